"""How the admin desk shows the catalog on a phone: a listing, a page of groups, stats, changes.

Pure formatting of data the desk has already read; short lines, values shown as /edit takes them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from enum import StrEnum
from typing import Any, TypeVar

from catalog.model import FIELDS, Group
from catalog.schedule import describe_when
from catalog.store import AuditEntry, Report, StoredGroup
from conversations import admin_texts as A

MAX_VALUE_CHARS = 60
MAX_FIELDS_PER_CHANGE = 8
MAX_STATS_LINES = 10

_T = TypeVar("_T")


def label(field: str) -> str:
    """The plain name of a field, as admins read it ("contact_url" -> "web page")."""
    return A.FIELD_LABELS.get(field, field.replace("_", " "))


def show_value(value: object, limit: int = MAX_VALUE_CHARS) -> str:
    """One field's value, short and printable: lists joined by `; `, blanks as a dash."""
    if value is None or value == "" or value == []:
        text = "—"
    elif isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, list | tuple):
        text = "; ".join(str(item) for item in value)
    elif isinstance(value, StrEnum):
        text = value.value
    elif isinstance(value, date):
        text = value.isoformat()
    else:
        text = str(value)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def describe_group(
    group: Group, *, removed: bool = False, reports: int = 0, today: date | None = None
) -> str:
    """Everything about one group: its status, then every field that has a value."""
    lines = [f"{group.name} ({group.id})"]
    if removed:
        lines.append(A.SHOW_HIDDEN.format(id=group.id))
    if not group.active:
        lines.append(A.SHOW_INACTIVE)
    lines.append(group.description)
    when = describe_when(group)
    if when:
        lines.append(f"When: {when}")
    dumped = group.model_dump()
    for name in FIELDS:
        if name in ("id", "name", "description", "last_verified", "active"):
            continue
        value = dumped[name]
        if value is None or value == []:
            continue
        lines.append(f"{label(name).capitalize()}: {show_value(value, limit=200)}")
    if group.last_verified is None:
        lines.append(A.SHOW_NEVER_CHECKED)
    else:
        days = (today - group.last_verified).days if today else 0
        lines.append(A.SHOW_CHECKED.format(date=group.last_verified.isoformat(), days=days))
    if reports:
        lines.append(A.SHOW_REPORTS.format(n=reports))
    return "\n".join(lines)


def changes(before: Mapping[str, Any], after: Mapping[str, Any]) -> list[str]:
    """`label: before → after` for each field that differs, in the catalog's field order."""
    names = [n for n in FIELDS if n in before or n in after]
    names += sorted(k for k in {*before, *after} if k not in FIELDS)
    return [
        f"{label(n)}: {show_value(before.get(n))} → {show_value(after.get(n))}"
        for n in names
        if before.get(n) != after.get(n)
    ]


def page_of(items: Sequence[_T], page: int, size: int) -> tuple[Sequence[_T], int, int]:
    """The items on `page` (clamped into range), that page and the number of pages."""
    pages = max(1, -(-len(items) // size))
    page = min(max(page, 0), pages - 1)
    return items[page * size : (page + 1) * size], page, pages


def group_line(stored: StoredGroup) -> str:
    """One line of a list: id, name, town and format, and whether it is hidden."""
    group = stored.group
    parts = [group.name]
    if group.city:
        parts.append(group.city)
    parts.append(group.format.value)
    marks = (A.HIDDEN_MARK if stored.removed else "") + ("" if group.active else A.INACTIVE_MARK)
    return f"• {group.id}: {show_value(' · '.join(parts))}{marks}"


def stale_line(stored: StoredGroup, today: date) -> str:
    group = stored.group
    checked = (
        f"{group.last_verified.isoformat()} ({(today - group.last_verified).days} days)"
        if group.last_verified
        else A.NEVER
    )
    return f"• {group.id}: {show_value(group.name, 40)} — {checked}"


def report_line(group_id: str, name: str, hidden: bool, reports: Sequence[Report]) -> str:
    """One group's open reports: each reason with how many people gave it, and the first date."""
    counts = Counter(r.reason for r in reports)
    reasons = ", ".join(
        f"{n}× {A.REPORT_REASONS.get(reason, reason)}" for reason, n in counts.most_common()
    )
    first = min(r.created_at for r in reports)[:10]
    mark = A.HIDDEN_MARK if hidden else ""
    return A.REPORTS_LINE.format(name=name, id=group_id, hidden=mark, reasons=reasons, date=first)


def stats_text(week: Mapping[str, int], month: Mapping[str, int]) -> str:
    """The anonymous counters side by side: searches, by need, the catalog's gaps, crisis."""
    lines = [A.STATS_HEADER.format(week=week.get("search", 0), month=month.get("search", 0))]
    for heading, prefix in (
        (A.STATS_NEEDS, "search:"),
        (A.STATS_GAPS, "gap:"),
        (A.STATS_CRISIS, "crisis:"),
    ):
        lines += ["", heading, *_counter_lines(week, month, prefix)]
    return "\n".join(lines)


def _counter_lines(week: Mapping[str, int], month: Mapping[str, int], prefix: str) -> list[str]:
    kinds = sorted(
        (k for k in month if k.startswith(prefix)), key=lambda k: (-month[k], -week.get(k, 0), k)
    )
    if not kinds:
        return [A.STATS_NONE]
    lines = []
    for kind in kinds[:MAX_STATS_LINES]:
        name = kind.removeprefix(prefix)
        if prefix == "gap:":
            need, _, place = name.partition(":")
            name = f"{need} in {place}"
        lines.append(f"  {name}: {week.get(kind, 0)} / {month[kind]}")
    if len(kinds) > MAX_STATS_LINES:
        lines.append(A.STATS_MORE.format(n=len(kinds) - MAX_STATS_LINES))
    return lines


def audit_text(entries: Iterable[AuditEntry], group_id: str | None) -> str:
    """Recent changes, newest first: when, who, what, and each changed field before → after."""
    scope = A.AUDIT_SCOPE.format(id=show_value(group_id, 40)) if group_id else ""
    blocks = [_audit_entry(entry) for entry in entries]
    if not blocks:
        return A.AUDIT_NONE.format(scope=scope)
    return "\n\n".join([A.AUDIT_HEADER.format(scope=scope), *blocks])


def _audit_entry(entry: AuditEntry) -> str:
    when = entry.at.replace("T", " ")[:16] + " UTC"
    action = A.ACTIONS.get(entry.action, entry.action)
    head = f"{when} · {entry.actor} · {action} {entry.group_id}"
    if entry.before is None:
        name = (entry.after or {}).get("name", "")
        return f"{head}\n  {A.AUDIT_ADDED}: {show_value(name)}"
    found = changes(entry.before, entry.after or {})
    if entry.action in ("remove", "restore"):
        return head
    if not found:
        return f"{head}\n  {A.AUDIT_NO_FIELDS}"
    shown = [f"  {line}" for line in found[:MAX_FIELDS_PER_CHANGE]]
    if len(found) > MAX_FIELDS_PER_CHANGE:
        shown.append(A.STATS_MORE.format(n=len(found) - MAX_FIELDS_PER_CHANGE))
    return "\n".join([head, *shown])
