"""When a group meets: the next start, a plain description, and coarse parts of the week/day.

Times are wall-clock times in the group's own IANA zone, so a 19:00 meeting stays at 19:00
across daylight-saving changes. The catalog records only weekdays, not which week of the month,
so biweekly and monthly groups get the next matching weekday: it may be an off week, and
`describe_when` says "every other" / "monthly" so the person knows to check.
Day and month names are English and fixed, whatever the machine's locale.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from importlib import resources
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from catalog.model import WEEKDAYS, Frequency, Group

_SHORT_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_LONG_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DAYTIME_START = time(6, 0)
_EVENING_START = time(17, 0)


def next_meeting(group: Group, now: datetime) -> datetime | None:
    """Return the group's next start strictly after `now` (aware, any zone), in the group's zone.

    None when the group has no days, no time or no time zone. Weekly semantics for every
    frequency (see the module docstring for biweekly/monthly). Raises ValueError on a naive
    `now`: its moment is unknowable.
    """
    if now.utcoffset() is None:
        raise ValueError("now must be timezone-aware")
    zone = _zone(group.timezone)
    start = _clock(group.time)
    if zone is None or start is None or not group.days:
        return None
    weekdays = {WEEKDAYS.index(day) for day in group.days}
    now_utc = now.astimezone(UTC)  # same-zone datetimes compare by wall clock, ignoring fold
    local_today = now.astimezone(zone).date()
    for offset in range(8):
        day = local_today + timedelta(days=offset)
        if day.weekday() not in weekdays:
            continue
        # Via UTC so a start inside a spring-forward gap lands on the real instant after it.
        candidate = datetime.combine(day, start, tzinfo=zone).astimezone(UTC).astimezone(zone)
        if candidate.astimezone(UTC) > now_utc:
            return candidate
    return None


def describe_next(group: Group, now: datetime, person_tz: str | None = None) -> str | None:
    """Say when the next meeting is, e.g. "next: Thu 27 Nov, 19:00 London time".

    With `person_tz` whose clock differs from the group's at that moment, their own time is
    added: "next: Thu 27 Nov, 19:00 New York time (00:00 Fri your time)"; the weekday appears
    there only when their date differs. None when there is no next meeting to tell.
    """
    meeting = next_meeting(group, now)
    if meeting is None or group.timezone is None:
        return None
    text = (
        f"next: {_SHORT_DAYS[meeting.weekday()]} {meeting.day} {_MONTHS[meeting.month - 1]}, "
        f"{meeting:%H:%M} {zone_label(group.timezone)}"
    )
    person_zone = _zone(person_tz)
    if person_zone is None:
        return text
    theirs = meeting.astimezone(person_zone)
    if theirs.utcoffset() == meeting.utcoffset():
        return text
    day = f" {_SHORT_DAYS[theirs.weekday()]}" if theirs.date() != meeting.date() else ""
    return f"{text} ({theirs:%H:%M}{day} your time)"


def zone_label(timezone: str) -> str:
    """A city-ish name for an IANA zone: "America/New_York" -> "New York time"."""
    return f"{timezone.rsplit('/', 1)[-1].replace('_', ' ')} time"


def day_parts(group: Group) -> frozenset[str]:
    """Which of "weekday", "weekend", "daytime", "evening" the meetings fall in.

    Daytime starts 06:00-16:59; evening 17:00-23:59 and, for night owls, 00:00-05:59.
    Only what is known is said: no days, no week part; no time, no day part.
    """
    parts: set[str] = set()
    indexes = {WEEKDAYS.index(day) for day in group.days}
    if any(i < 5 for i in indexes):
        parts.add("weekday")
    if any(i >= 5 for i in indexes):
        parts.add("weekend")
    start = _clock(group.time)
    if start is not None:
        parts.add("daytime" if _DAYTIME_START <= start < _EVENING_START else "evening")
    return frozenset(parts)


def describe_when(group: Group) -> str | None:
    """Describe the regular slot, e.g. "Tuesdays 19:00 (Europe/London)".

    Several days read "Mon & Thu 18:30 (America/New_York)"; biweekly "Every other Tuesday
    19:00 (...)"; monthly "Monthly, Tuesdays 19:00 (...)". None when neither days nor time.
    """
    indexes = [WEEKDAYS.index(day) for day in group.days]
    if not indexes and group.time is None:
        return None
    if group.frequency is Frequency.biweekly:
        days = _every_other(indexes)
    elif group.frequency is Frequency.monthly:
        days = f"Monthly, {_days(indexes)}" if indexes else "Monthly"
    else:
        days = _days(indexes)
    words = [w for w in (days, group.time, f"({group.timezone})" if group.timezone else "") if w]
    text = " ".join(words)
    return text[0].upper() + text[1:]


def _days(indexes: list[int]) -> str:
    if not indexes:
        return ""
    if len(indexes) == 7:
        return "Every day"
    if indexes == [0, 1, 2, 3, 4]:
        return "Weekdays"
    if indexes == [5, 6]:
        return "Weekends"
    if len(indexes) == 1:
        return f"{_LONG_DAYS[indexes[0]]}s"
    names = [_SHORT_DAYS[i] for i in indexes]
    return f"{', '.join(names[:-1])} & {names[-1]}"


def _every_other(indexes: list[int]) -> str:
    if not indexes:
        return "Every other week"
    if len(indexes) == 1:
        return f"Every other {_LONG_DAYS[indexes[0]]}"
    return f"Every other week, {_days(indexes)}"


def _zone(name: str | None) -> ZoneInfo | None:
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _clock(text: str | None) -> time | None:
    if text is None:
        return None
    try:
        hours, minutes = text.split(":")
        return time(int(hours), int(minutes))
    except ValueError:
        return None


@cache
def country_timezone(country: str | None) -> str | None:
    """The main IANA zone of a country (the first tzdata lists for it), e.g. "US" -> New York."""
    if not country:
        return None
    try:
        table = resources.files("tzdata").joinpath("zoneinfo", "zone.tab").read_text("utf-8")
    except (FileNotFoundError, ModuleNotFoundError):
        return None
    code = country.upper()
    for line in table.splitlines():
        fields = line.split("\t")
        if len(fields) >= 3 and fields[0] == code:
            return fields[2]
    return None


def utc_offset_minutes(timezone: str, on: date) -> int | None:
    """The zone's offset from UTC at noon on `on`, in minutes; None for an unknown zone."""
    try:
        zone = ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None
    offset = datetime.combine(on, time(12, 0), tzinfo=zone).utcoffset()
    return None if offset is None else int(offset.total_seconds() // 60)
