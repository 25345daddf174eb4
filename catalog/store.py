"""The SQLite store: the only module that writes SQL. Groups, audit, conversations, stats, reports."""

from __future__ import annotations

import asyncio
import json
import sqlite3
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

import aiosqlite

from catalog.model import Group

# Each entry moves the schema from version i to i+1; never edit a shipped one, append.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE groups (
        id TEXT PRIMARY KEY,
        data TEXT NOT NULL,
        removed_at TEXT,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE audit (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        group_id TEXT NOT NULL,
        before TEXT,
        after TEXT
    );
    CREATE INDEX audit_group ON audit(group_id, id);
    CREATE TABLE conversations (
        chat_id INTEGER PRIMARY KEY,
        state TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX conversations_idle ON conversations(updated_at);
    CREATE TABLE counters (
        day TEXT NOT NULL,
        kind TEXT NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (day, kind)
    );
    CREATE TABLE reports (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        group_id TEXT NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
        reason TEXT NOT NULL,
        created_at TEXT NOT NULL,
        closed_at TEXT,
        notified INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX reports_open ON reports(group_id) WHERE closed_at IS NULL;
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    """,
)

_ACTIVE_JSON = "SELECT data FROM groups WHERE removed_at IS NULL ORDER BY id"
T = TypeVar("T")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _dump(group: Group) -> str:
    return json.dumps(group.model_dump(mode="json"), ensure_ascii=False, sort_keys=True)


def _decode_groups(rows: Iterable[sqlite3.Row]) -> list[StoredGroup]:
    shared = _SharedStrings()
    return [StoredGroup(shared.group(r["data"]), r["removed_at"] is not None) for r in rows]


# How many chats' conversation states the store keeps in memory (about 1 KB each).
_RECENT_CONVERSATIONS = 4096


class _SharedStrings:
    """Decodes many groups' JSON so that equal strings (towns, days, topics, templates) are one
    object: a 10,000-group catalog then holds each repeated value once instead of per group."""

    def __init__(self) -> None:
        self._seen: dict[str, str] = {}
        self._fields_sets: dict[frozenset[str], set[str]] = {}

    def group(self, data: str) -> Group:
        """The stored group, validated; groups that set the same fields share one set of their
        names (pydantic keeps a 2 KB set per instance, never changed on a frozen model)."""
        group = Group.model_validate(self.decode(data))
        names = group.model_fields_set
        shared = self._fields_sets.setdefault(frozenset(names), names)
        if shared is not names:
            object.__setattr__(group, "__pydantic_fields_set__", shared)
        return group

    def _share(self, value: Any) -> Any:
        if isinstance(value, str):
            return self._seen.setdefault(value, value)
        if isinstance(value, list):
            return [self._share(item) for item in value]
        return value

    def _object(self, pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        return {key: self._share(value) for key, value in pairs}

    def decode(self, data: str) -> Any:
        return json.loads(data, object_pairs_hook=self._object)


@dataclass(frozen=True, slots=True)
class StoredGroup:
    """A group as stored, with whether an admin has removed (hidden) it."""

    group: Group
    removed: bool


@dataclass(frozen=True, slots=True)
class ApplySummary:
    """What applying a list of groups did: counts of added, updated and unchanged groups."""

    added: int
    updated: int
    unchanged: int
    closed_reports: int = 0


@dataclass(frozen=True, slots=True)
class AuditEntry:
    at: str
    actor: str
    action: str
    group_id: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None


@dataclass(frozen=True, slots=True)
class Report:
    id: int
    group_id: str
    reason: str
    created_at: str


class Store:
    """One SQLite database file, opened with WAL and foreign keys; every write is one transaction."""

    def __init__(self, db: aiosqlite.Connection, path: Path) -> None:
        self._db = db
        self.path = path
        # Bumped on every catalog write so readers can rebuild derived indexes lazily.
        self.catalog_version = 0
        # Recent conversations' states as stored (write-through; the database stays the truth):
        # most updates then read nothing from disk. "" marks a chat known to have none.
        self._recent: OrderedDict[int, str] = OrderedDict()

    @classmethod
    async def open(cls, path: Path | str) -> Store:
        """Open (creating if needed) the database at `path` and bring its schema up to date."""
        path = Path(path)
        if str(path) != ":memory:":
            path.parent.mkdir(parents=True, exist_ok=True)
        db = await aiosqlite.connect(path, isolation_level=None)
        db.row_factory = aiosqlite.Row
        await db.execute("PRAGMA journal_mode=WAL")
        await db.execute("PRAGMA foreign_keys=ON")
        await db.execute("PRAGMA busy_timeout=5000")
        await db.execute("PRAGMA synchronous=NORMAL")
        store = cls(db, path)
        await store._migrate()
        return store

    async def close(self) -> None:
        await self._db.close()

    async def _migrate(self) -> None:
        async with self._db.execute("PRAGMA user_version") as cur:
            row = await cur.fetchone()
        version = int(row[0]) if row else 0
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            await self._db.executescript(
                f"BEGIN;\n{script}\nPRAGMA user_version={number};\nCOMMIT;"
            )

    async def schema_version(self) -> int:
        async with self._db.execute("PRAGMA user_version") as cur:
            row = await cur.fetchone()
        return int(row[0]) if row else 0

    async def integrity_ok(self) -> bool:
        async with self._db.execute("PRAGMA integrity_check") as cur:
            row = await cur.fetchone()
        return row is not None and row[0] == "ok"

    # -- transactions -------------------------------------------------------

    async def _begin(self) -> None:
        await self._db.execute("BEGIN IMMEDIATE")

    async def _commit(self) -> None:
        await self._db.execute("COMMIT")
        self.catalog_version += 1

    async def _rollback(self) -> None:
        await self._db.execute("ROLLBACK")

    # -- groups ---------------------------------------------------------------

    async def group_count(self, *, include_removed: bool = False) -> int:
        sql = "SELECT COUNT(*) FROM groups" + (
            "" if include_removed else " WHERE removed_at IS NULL"
        )
        async with self._db.execute(sql) as cur:
            row = await cur.fetchone()
        return int(row[0]) if row else 0

    async def all_groups(self, *, include_removed: bool = False) -> list[StoredGroup]:
        """Every stored group in id order; removed ones only when asked."""
        sql = "SELECT data, removed_at FROM groups"
        if not include_removed:
            sql += " WHERE removed_at IS NULL"
        sql += " ORDER BY id"
        async with self._db.execute(sql) as cur:
            rows = await cur.fetchall()
        # Validating thousands of groups takes a while: off the event loop, so others are served.
        return await asyncio.to_thread(_decode_groups, rows)

    async def active_group_json(self) -> list[str]:
        """Every group not removed, as its stored JSON, in id order (for `Matcher.from_json`)."""
        async with self._db.execute(_ACTIVE_JSON) as cur:
            rows = await cur.fetchall()
        return [row["data"] for row in rows]

    async def consume_active_group_json(self, consume: Callable[[Iterable[str]], T]) -> T:
        """`consume` run in a worker thread over every group not removed, as its stored JSON in
        id order, streamed one row at a time from a committed snapshot: the catalog's text is
        never all held at once, and a transaction still open elsewhere is not seen."""
        if str(self.path) == ":memory:":  # no second connection can see it
            rows = await self.active_group_json()
            return await asyncio.to_thread(consume, rows)

        def stream() -> T:
            with closing(sqlite3.connect(self.path)) as connection:
                connection.execute("PRAGMA busy_timeout=5000")
                # One statement is one read transaction: every row comes from the same snapshot.
                return consume(data for (data,) in connection.execute(_ACTIVE_JSON))

        return await asyncio.to_thread(stream)

    async def get_group(self, group_id: str) -> StoredGroup | None:
        async with self._db.execute(
            "SELECT data, removed_at FROM groups WHERE id = ?", (group_id,)
        ) as cur:
            row = await cur.fetchone()
        if row is None:
            return None
        return StoredGroup(
            Group.model_validate(json.loads(row["data"])), row["removed_at"] is not None
        )

    async def _audit(
        self, actor: str, action: str, group_id: str, before: str | None, after: str | None
    ) -> None:
        await self._db.execute(
            "INSERT INTO audit (at, actor, action, group_id, before, after) VALUES (?, ?, ?, ?, ?, ?)",
            (_now(), actor, action, group_id, before, after),
        )

    async def _current(self, group_id: str) -> tuple[str, str | None] | None:
        async with self._db.execute(
            "SELECT data, removed_at FROM groups WHERE id = ?", (group_id,)
        ) as cur:
            row = await cur.fetchone()
        return None if row is None else (str(row["data"]), row["removed_at"])

    async def apply_groups(
        self,
        groups: Sequence[Group],
        *,
        actor: str,
        action: str = "import",
        close_reports: bool = False,
    ) -> ApplySummary:
        """Insert or update every group in one transaction, auditing each change; all or nothing.

        With `close_reports`, open listing reports on these groups close in the same transaction.
        """
        added = updated = unchanged = closed = 0
        await self._begin()
        try:
            for group in groups:
                after = _dump(group)
                current = await self._current(group.id)
                if current is None:
                    await self._db.execute(
                        "INSERT INTO groups (id, data, updated_at) VALUES (?, ?, ?)",
                        (group.id, after, _now()),
                    )
                    await self._audit(actor, action, group.id, None, after)
                    added += 1
                elif current[0] == after and current[1] is None:
                    unchanged += 1
                else:
                    await self._db.execute(
                        "UPDATE groups SET data = ?, removed_at = NULL, updated_at = ? WHERE id = ?",
                        (after, _now(), group.id),
                    )
                    await self._audit(actor, action, group.id, current[0], after)
                    updated += 1
                if close_reports:
                    closed += await self._close_reports(group.id)
        except BaseException:
            await self._rollback()
            raise
        await self._commit()
        return ApplySummary(added, updated, unchanged, closed)

    async def set_removed(
        self, group_id: str, removed: bool, *, actor: str, close_reports: bool = False
    ) -> int | None:
        """Hide (soft-delete) or restore a group in one audited transaction.

        Returns None when there is no such group or nothing changed, else how many open reports
        were closed with it (only with `close_reports`).
        """
        await self._begin()
        try:
            current = await self._current(group_id)
            if current is None or (current[1] is not None) == removed:
                await self._rollback()
                return None
            await self._db.execute(
                "UPDATE groups SET removed_at = ?, updated_at = ? WHERE id = ?",
                (_now() if removed else None, _now(), group_id),
            )
            before, after = json.dumps({"removed": not removed}), json.dumps({"removed": removed})
            await self._audit(actor, "remove" if removed else "restore", group_id, before, after)
            closed = await self._close_reports(group_id) if close_reports else 0
        except BaseException:
            await self._rollback()
            raise
        await self._commit()
        return closed

    async def audit_log(self, group_id: str | None = None, limit: int = 20) -> list[AuditEntry]:
        """The most recent audit rows, newest first, for one group or all."""
        sql = "SELECT at, actor, action, group_id, before, after FROM audit"
        params: tuple[Any, ...] = ()
        if group_id:
            sql += " WHERE group_id = ?"
            params = (group_id,)
        sql += " ORDER BY id DESC LIMIT ?"
        async with self._db.execute(sql, (*params, limit)) as cur:
            rows = await cur.fetchall()
        return [
            AuditEntry(
                r["at"],
                r["actor"],
                r["action"],
                r["group_id"],
                json.loads(r["before"]) if r["before"] else None,
                json.loads(r["after"]) if r["after"] else None,
            )
            for r in rows
        ]

    async def audit_count(self) -> int:
        async with self._db.execute("SELECT COUNT(*) FROM audit") as cur:
            row = await cur.fetchone()
        return int(row[0]) if row else 0

    # -- conversations --------------------------------------------------------

    async def load_conversation(self, chat_id: int) -> dict[str, Any] | None:
        stored = self._recent.get(chat_id)
        if stored is None:
            rows = await self._db.execute_fetchall(
                "SELECT state FROM conversations WHERE chat_id = ?", (chat_id,)
            )
            row = next(iter(rows), None)
            stored = "" if row is None else str(row["state"])
            self._remember(chat_id, stored)
        else:
            self._recent.move_to_end(chat_id)
        if not stored:
            return None
        try:
            value = json.loads(stored)
        except json.JSONDecodeError:
            return None
        return value if isinstance(value, dict) else None

    async def save_conversation(self, chat_id: int, state: dict[str, Any]) -> None:
        stored = json.dumps(state, ensure_ascii=False)
        await self._db.execute(
            "INSERT INTO conversations (chat_id, state, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT(chat_id) DO UPDATE SET state = excluded.state, "
            "updated_at = excluded.updated_at",
            (chat_id, stored, _now()),
        )
        self._remember(chat_id, stored)

    def _remember(self, chat_id: int, stored: str) -> None:
        self._recent[chat_id] = stored
        self._recent.move_to_end(chat_id)
        if len(self._recent) > _RECENT_CONVERSATIONS:
            self._recent.popitem(last=False)

    async def forget_chat(self, chat_id: int) -> None:
        """Delete everything stored about one chat (its conversation is the only per-person row)."""
        self._recent.pop(chat_id, None)
        await self._db.execute("DELETE FROM conversations WHERE chat_id = ?", (chat_id,))

    async def purge_idle(self, older_than: timedelta) -> int:
        """Delete conversations idle for longer than `older_than`; return how many."""
        cutoff = (datetime.now(UTC) - older_than).isoformat(timespec="seconds")
        self._recent.clear()
        cur = await self._db.execute("DELETE FROM conversations WHERE updated_at < ?", (cutoff,))
        return cur.rowcount

    async def conversation_count(self) -> int:
        async with self._db.execute("SELECT COUNT(*) FROM conversations") as cur:
            row = await cur.fetchone()
        return int(row[0]) if row else 0

    # -- anonymous counters ---------------------------------------------------

    async def bump(self, kinds: Iterable[str], day: date | None = None) -> None:
        """Add one to each anonymous daily counter (e.g. "search", "crisis:suicidal")."""
        today = (day or datetime.now(UTC).date()).isoformat()
        await self._db.executemany(
            "INSERT INTO counters (day, kind, n) VALUES (?, ?, 1) "
            "ON CONFLICT(day, kind) DO UPDATE SET n = n + 1",
            [(today, kind) for kind in kinds],
        )

    async def counter_totals(self, since: date) -> dict[str, int]:
        """Each counter summed over the days from `since` to today."""
        async with self._db.execute(
            "SELECT kind, SUM(n) AS total FROM counters WHERE day >= ? GROUP BY kind ORDER BY kind",
            (since.isoformat(),),
        ) as cur:
            rows = await cur.fetchall()
        return {r["kind"]: int(r["total"]) for r in rows}

    # -- listing reports ------------------------------------------------------

    async def add_report(self, group_id: str, reason: str) -> bool:
        """Store an anonymous report on a listing; False when the group does not exist."""
        try:
            await self._db.execute(
                "INSERT INTO reports (group_id, reason, created_at) VALUES (?, ?, ?)",
                (group_id, reason, _now()),
            )
        except sqlite3.IntegrityError:
            return False
        return True

    async def open_reports(self) -> list[Report]:
        async with self._db.execute(
            "SELECT id, group_id, reason, created_at FROM reports WHERE closed_at IS NULL "
            "ORDER BY group_id, id"
        ) as cur:
            rows = await cur.fetchall()
        return [Report(r["id"], r["group_id"], r["reason"], r["created_at"]) for r in rows]

    async def _close_reports(self, group_id: str) -> int:
        cur = await self._db.execute(
            "UPDATE reports SET closed_at = ? WHERE group_id = ? AND closed_at IS NULL",
            (_now(), group_id),
        )
        return cur.rowcount

    async def take_unnotified_reports(self) -> int:
        """Mark new reports as notified and return how many there were."""
        await self._begin()
        try:
            cur = await self._db.execute(
                "UPDATE reports SET notified = 1 WHERE notified = 0 AND closed_at IS NULL"
            )
            count = cur.rowcount
        except BaseException:
            await self._rollback()
            raise
        await self._db.execute("COMMIT")
        return count

    # -- backup ---------------------------------------------------------------

    async def backup_to(self, target: Path | str) -> None:
        """Copy the live database to `target` with SQLite's online backup API."""
        dest = await aiosqlite.connect(target)
        try:
            await self._db.backup(dest)
        finally:
            await dest.close()
