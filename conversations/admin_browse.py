"""What the admin desk shows without changing anything: a group, lists, reports, stats, changes.

Each page is one Reply built from the store, with the buttons that act on what it shows (verify,
edit, hide) and ‹ › to page. Ids ride in button data as `ref(id)`: Telegram allows 64 bytes.
"""

from __future__ import annotations

import hashlib
from datetime import date, timedelta

from catalog.model import Format
from catalog.needs import NEED_IDS, NEED_LABELS, normalise
from catalog.store import Report, Store, StoredGroup
from catalog.transfer import export_csv, export_json
from conversations import admin_texts as A
from conversations import admin_views as V
from conversations.reply import Button, Document, Reply

LIST_PAGE = 10
ACTION_PAGE = 5  # groups per page when each carries its own buttons
STALE_DAYS = 180
MAX_RAW_REF = 40  # bytes of an id sent as-is in button data; longer ones go hashed

Rows = tuple[tuple[Button, ...], ...]


def ref(group_id: str) -> str:
    """The id as it travels in button data: itself when short, else "#" and a hash of it."""
    if len(group_id.encode()) <= MAX_RAW_REF:
        return group_id
    return "#" + hashlib.sha256(group_id.encode()).hexdigest()[:16]


async def unref(store: Store, sent: str) -> str | None:
    """The group id a button's `ref` stands for; None when no group has it."""
    if not sent.startswith("#"):
        return sent or None
    for stored in await store.all_groups(include_removed=True):
        if ref(stored.group.id) == sent:
            return stored.group.id
    return None


async def show(store: Store, found: StoredGroup, today: date) -> Reply:
    """Everything about one group, with Edit / Checked / Hide (or Restore when hidden)."""
    group, sent = found.group, ref(found.group.id)
    reports = [r for r in await store.open_reports() if r.group_id == group.id]
    text = V.describe_group(group, removed=found.removed, reports=len(reports), today=today)
    if found.removed:
        return Reply(text, ((Button(A.B_RESTORE, f"adm:rs:{sent}"),),))
    buttons = (
        (Button(A.B_EDIT, f"adm:ed:{sent}"), Button(A.B_VERIFY, f"adm:vf:{sent}")),
        (Button(A.B_REMOVE, f"adm:rm:{sent}"),),
    )
    return Reply(text, buttons)


async def list_page(store: Store, words: str, today: date, page: int = 0) -> Reply:
    """One page of groups matching `words`: a need, a town or name, a format, stale or hidden."""
    wanted = short_filter(words)
    everything = await store.all_groups(include_removed=True)
    chosen = [s for s in everything if _matches(s, wanted, today)]
    shown = A.LIST_FILTER.format(filter=wanted) if wanted else ""
    if not chosen:
        return Reply(A.LIST_EMPTY.format(filter=shown))
    items, page, pages = V.page_of(chosen, page, LIST_PAGE)
    head = A.LIST_HEADER.format(filter=shown, total=len(chosen), page=page + 1, pages=pages)
    text = "\n".join([head, *(V.group_line(s) for s in items), A.LIST_HINT])
    return Reply(text, _with_nav((), "ls", page, pages, wanted))


async def stale_page(store: Store, days: int, today: date, page: int = 0) -> Reply:
    """Listed groups not checked for `days` days (never checked first), oldest first."""
    limit = today - timedelta(days=days)
    stale = [
        s
        for s in await store.all_groups()
        if s.group.last_verified is None or s.group.last_verified <= limit
    ]
    if not stale:
        return Reply(A.STALE_NONE.format(days=days))
    stale.sort(key=lambda s: (s.group.last_verified or date.min, s.group.id))
    items, page, pages = V.page_of(stale, page, ACTION_PAGE)
    head = A.STALE_HEADER.format(days=days, total=len(stale), page=page + 1, pages=pages)
    text = "\n".join([head, *(V.stale_line(s, today) for s in items)])
    rows: list[tuple[Button, ...]] = []
    for stored in items:
        short, sent = V.show_value(stored.group.name, 20), ref(stored.group.id)
        verify = Button(A.B_VERIFY_ONE.format(name=short), f"adm:vf:{sent}")
        rows.append((verify, Button(A.B_REMOVE_ONE.format(name=short), f"adm:rm:{sent}")))
    return Reply(text, _with_nav(tuple(rows), "sl", page, pages, str(days)))


async def reports_page(store: Store, page: int = 0) -> Reply:
    """Open reports per group (most reported first) with verify / edit / hide buttons."""
    open_reports = await store.open_reports()
    if not open_reports:
        return Reply(A.REPORTS_NONE)
    catalog = {s.group.id: s for s in await store.all_groups(include_removed=True)}
    by_group: dict[str, list[Report]] = {}
    for report in open_reports:
        by_group.setdefault(report.group_id, []).append(report)
    ids = sorted(by_group, key=lambda i: (-len(by_group[i]), i))
    items, page, pages = V.page_of(ids, page, ACTION_PAGE)
    lines = [A.REPORTS_HEADER.format(total=len(ids), page=page + 1, pages=pages)]
    rows: list[tuple[Button, ...]] = []
    for group_id in items:
        stored = catalog.get(group_id)
        name = stored.group.name if stored else group_id
        lines.append(
            V.report_line(group_id, name, not stored or stored.removed, by_group[group_id])
        )
        short, sent = V.show_value(name, 16), ref(group_id)
        rows.append(
            (
                Button(A.B_VERIFY_ONE.format(name=short), f"adm:vf:{sent}"),
                Button(A.B_EDIT_ONE.format(name=short), f"adm:ed:{sent}"),
                Button(A.B_REMOVE_ONE.format(name=short), f"adm:rm:{sent}"),
            )
        )
    return Reply("\n".join(lines), _with_nav(tuple(rows), "rp", page, pages, ""))


async def stats(store: Store, today: date) -> Reply:
    """The anonymous counters for the last 7 and 30 days, today included."""
    week = await store.counter_totals(today - timedelta(days=6))
    month = await store.counter_totals(today - timedelta(days=29))
    return Reply(V.stats_text(week, month))


async def audit(store: Store, group_id: str | None) -> Reply:
    """The ten most recent changes, to one group or to any."""
    return Reply(V.audit_text(await store.audit_log(group_id, limit=10), group_id))


async def export(store: Store, today: date) -> Reply:
    """The listed groups as a CSV and a JSON document, dated today."""
    groups = [s.group for s in await store.all_groups()]
    stamp = today.isoformat()
    documents = (
        Document(f"catalog-{stamp}.csv", export_csv(groups)),
        Document(f"catalog-{stamp}.json", export_json(groups)),
    )
    return Reply(A.EXPORT.format(n=len(groups)), documents=documents)


def short_filter(text: str) -> str:
    """A list filter short enough to ride in button data (Telegram allows 64 bytes)."""
    words = " ".join(text.split()).lower()
    return words.encode()[:40].decode("utf-8", "ignore").strip()


def _matches(stored: StoredGroup, wanted: str, today: date) -> bool:
    group = stored.group
    if wanted in ("hidden", "removed"):
        return stored.removed
    if stored.removed:
        return False
    if not wanted:
        return True
    if wanted == "stale":
        checked = group.last_verified
        return checked is None or (today - checked).days >= STALE_DAYS
    as_format = wanted.replace(" ", "_").replace("-", "_")
    if as_format in {f.value for f in Format}:
        return group.format.value == as_format
    by_label = {normalise(label): need for need, label in NEED_LABELS.items()}
    need = wanted if wanted in NEED_IDS else by_label.get(normalise(wanted))
    if need is not None:
        return need in group.topics
    return any(wanted in (value or "").lower() for value in (group.city, group.name, group.id))


def _with_nav(rows: Rows, scope: str, page: int, pages: int, extra: str) -> Rows:
    nav = []
    if page > 0:
        nav.append(Button(A.B_PREVIOUS, f"adm:{scope}:{page - 1}:{extra}"))
    if page < pages - 1:
        nav.append(Button(A.B_NEXT, f"adm:{scope}:{page + 1}:{extra}"))
    return (*rows, tuple(nav)) if nav else rows
