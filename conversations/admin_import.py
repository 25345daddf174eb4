"""Catalog files sent by an admin: check every row, show a dry run, apply only on Apply.

A file is parsed and validated whole (catalog.transfer / catalog.meeting_guide) before anything
is written; a file with any bad row is refused whole, naming the rows. A valid file becomes a
`Pending` import: its validated groups wait in the admin's conversation row (as JSON, up to a few
MB for the largest file the bot accepts) until Apply writes them in one transaction.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import re
from dataclasses import asdict, dataclass, field
from typing import Any

from catalog.meeting_guide import parse_meeting_guide
from catalog.model import Group
from catalog.needs import NEED_IDS, NEED_LABELS
from catalog.store import Store
from catalog.transfer import MAX_BYTES, CatalogFileError, ParsedCatalog, RowError, parse_catalog
from conversations import admin_texts as A
from conversations.admin_views import show_value
from conversations.reply import Button, Reply

MAX_ERRORS_SHOWN = 12  # a phone screen's worth; the rest are counted

_TOPICS = re.compile(r"topics?\s*[=:]\s*(.+)", re.IGNORECASE | re.DOTALL)


@dataclass(slots=True)
class Pending:
    """A checked file's groups (as JSON values) waiting for Apply; `token` names this dry run."""

    filename: str
    rows: list[dict[str, Any]]
    token: str

    @classmethod
    def from_dict(cls, data: object) -> Pending | None:
        if not isinstance(data, dict):
            return None
        try:
            pending = cls(**data)
        except TypeError:
            return None
        return pending if isinstance(pending.rows, list) else None


@dataclass(slots=True)
class Feed:
    """A Meeting Guide feed waiting for the admin to say which needs its meetings serve."""

    filename: str
    text: str
    topics: list[str] = field(default_factory=list)

    @classmethod
    def from_dict(cls, data: object) -> Feed | None:
        if not isinstance(data, dict):
            return None
        try:
            feed = cls(**data)
        except TypeError:
            return None
        feed.topics = [t for t in feed.topics if t in NEED_IDS]
        return feed if isinstance(feed.text, str) else None

    def toggle(self, need: str) -> None:
        """Tick a need, or untick it when it was ticked."""
        ticked = need in self.topics
        self.topics = [t for t in self.topics if t != need] if ticked else [*self.topics, need]


def to_dict(item: Pending | Feed | None) -> dict[str, Any] | None:
    return None if item is None else asdict(item)


@dataclass(slots=True)
class Checked:
    """What checking a file led to: the replies, and a pending import or a feed to finish."""

    replies: list[Reply]
    pending: Pending | None = None
    feed: Feed | None = None


async def check_upload(store: Store, filename: str, content: bytes, caption: str) -> Checked:
    """Check an uploaded file against the catalog; write nothing."""
    name = show_value(filename or "the file", 60)
    if not content:
        return Checked([Reply(A.IMPORT_NO_CONTENT.format(filename=name, limit=_mb(MAX_BYTES)))])
    topics = topics_in(caption)
    try:
        parsed = await asyncio.to_thread(parse_catalog, content, filename, topics=topics)
    except CatalogFileError as error:
        if error.kind == "meeting_guide_feed":
            feed = Feed(name, content.decode("utf-8-sig"))
            return Checked([feed_question(feed)], feed=feed)
        return Checked([Reply(A.IMPORT_REFUSED.format(filename=name, reason=error.message))])
    return await _dry_run(store, name, parsed)


async def check_feed(store: Store, feed: Feed) -> Checked:
    """Read a waiting Meeting Guide feed with the needs chosen for it; write nothing."""
    data = feed.text.encode("utf-8")
    try:
        parsed = await asyncio.to_thread(parse_meeting_guide, data, topics=feed.topics)
    except CatalogFileError as error:
        text = A.IMPORT_REFUSED.format(filename=feed.filename, reason=error.message)
        return Checked([Reply(text)])
    return await _dry_run(store, feed.filename, parsed)


def topics_in(caption: str) -> list[str] | None:
    """Need ids from a caption like "topics=alcohol; drugs"; None when it names none."""
    match = _TOPICS.search(caption or "")
    if not match:
        return None
    items = [t.strip().lower() for t in re.split(r"[;,\s]+", match[1]) if t.strip()]
    return items or None


def feed_question(feed: Feed) -> Reply:
    """Ask which needs a feed serves: every need as a toggle, then Done."""
    chosen = set(feed.topics)
    buttons = [
        Button(A.B_TICKED.format(label=label) if need in chosen else label, f"adm:ft:{need}")
        for need, label in NEED_LABELS.items()
    ]
    rows = [tuple(buttons[i : i + 2]) for i in range(0, len(buttons), 2)]
    rows.append((Button(A.B_DONE, "adm:ft:done"), Button(A.B_CANCEL, "adm:ft:cancel")))
    return Reply(A.FEED_ASK.format(filename=feed.filename), tuple(rows))


async def apply(store: Store, pending: Pending, actor: str) -> Reply:
    """Write a pending import in one transaction, auditing each change."""
    groups = [Group.model_validate(row) for row in pending.rows]
    summary = await store.apply_groups(groups, actor=actor, action="import")
    return Reply(
        A.IMPORT_APPLIED.format(
            filename=pending.filename,
            added=summary.added,
            updated=summary.updated,
            unchanged=summary.unchanged,
        )
    )


async def _dry_run(store: Store, filename: str, parsed: ParsedCatalog) -> Checked:
    if not parsed.ok:
        return Checked([Reply(_refusal(filename, parsed.errors))])
    existing = {s.group.id: s for s in await store.all_groups(include_removed=True)}
    added = updated = unchanged = restored = 0
    rows = []
    for group in parsed.groups:
        row = group.model_dump(mode="json")
        rows.append(row)
        stored = existing.get(group.id)
        if stored is None:
            added += 1
        elif stored.removed:
            updated += 1
            restored += 1
        elif stored.group.model_dump(mode="json") == row:
            unchanged += 1
        else:
            updated += 1
    if not added and not updated:
        return Checked([Reply(A.IMPORT_NOTHING.format(filename=filename))])
    text = A.IMPORT_DRY_RUN.format(
        filename=filename,
        total=len(rows),
        added=added,
        updated=updated,
        unchanged=unchanged,
    )
    if restored:
        text += A.IMPORT_RESTORES.format(n=restored)
    text += A.IMPORT_KEEPS
    digest = hashlib.sha256(json.dumps(rows, sort_keys=True).encode()).hexdigest()[:12]
    pending = Pending(filename, rows, digest)
    apply_button = Button(A.B_APPLY, f"adm:imp:apply:{digest}")
    buttons = ((apply_button, Button(A.B_CANCEL, "adm:imp:cancel")),)
    return Checked([Reply(text, buttons)], pending=pending)


def _refusal(filename: str, errors: list[RowError]) -> str:
    bad_rows = len({e.row for e in errors})
    lines = [A.IMPORT_BAD_ROWS.format(filename=filename, bad=bad_rows)]
    for error in errors[:MAX_ERRORS_SHOWN]:
        where = f", {error.field}" if error.field else ""
        lines.append(A.IMPORT_ROW.format(row=error.row, field=where, reason=error.reason))
    if len(errors) > MAX_ERRORS_SHOWN:
        lines.append(A.IMPORT_MORE.format(n=len(errors) - MAX_ERRORS_SHOWN))
    return "\n".join(lines)


def _mb(n: int) -> str:
    return f"{n / 1_000_000:g} MB"
