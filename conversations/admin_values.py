"""Reading what an admin types into a catalog field, and checking it with the Group model.

The wizard's values are always the model's own: a typed value is read forgivingly (commas for
lists, "7pm" for 19:00), then validated by the Group model, whose errors come back in plain words.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any
from zoneinfo import available_timezones

from catalog.model import WEEKDAYS, Group
from catalog.needs import NEED_IDS, NEED_LABELS, normalise
from catalog.transfer import validate_row
from conversations import admin_texts as A
from conversations import texts as T

REQUIRED: frozenset[str] = frozenset({"name", "description", "topics", "format"})
# Typed lists may be separated by commas too; accessibility items may hold commas themselves.
_COMMA_LISTS = frozenset({"topics", "audience", "days", "languages"})
_ENUMS = frozenset({"format", "facilitation", "cost", "frequency", "size"})


def check(
    draft: dict[str, Any], values: dict[str, Any], *, adding: bool
) -> tuple[str | None, dict[str, Any]]:
    """Check `values` set on `draft` with the Group model.

    Returns the plain reason they can't be used, or None and the values as the model keeps them
    (lists split and lowercased, country upper-cased, numbers as numbers). While `adding`, fields
    not asked yet are filled with placeholders and only these values' own problems count.
    """
    merged = {**draft, **values}
    missing = [n for n, v in values.items() if n in REQUIRED and v in (None, "", [])]
    if missing:
        return A.REQUIRED, {}
    phone = values.get("contact_phone")
    if isinstance(phone, str) and len(re.findall(r"\d", phone)) < 5:
        # The model takes any text here; a number nobody can dial helps no one.
        return A.PHONE_DIGITS, {}
    candidate = present(merged)
    if adding:
        candidate = _with_placeholders(candidate)
    outcome = validate_row(candidate, 0)
    if isinstance(outcome, Group):
        dumped = outcome.model_dump(mode="json")
        return None, {name: dumped[name] for name in values}
    relevant = [e for e in outcome if e.field in values or not adding]
    if not relevant:
        return None, values
    reasons = list(dict.fromkeys(e.reason for e in relevant))
    return "; ".join(reasons), {}


_PLACEHOLDERS: dict[str, Any] = {
    "name": "Placeholder",
    "description": "Placeholder",
    "topics": ["general"],
    "format": "online",
}


def _with_placeholders(values: dict[str, Any]) -> dict[str, Any]:
    candidate = {**_PLACEHOLDERS, **values}
    if candidate["format"] != "online" and not candidate.get("city"):
        candidate.setdefault("latitude", 0.0)
        candidate.setdefault("longitude", 0.0)
    return candidate


def present(values: dict[str, Any]) -> dict[str, Any]:
    """The values that are set (blanks dropped, so the model treats them as not given)."""
    return {k: v for k, v in values.items() if v is not None and v != ""}


def read_typed(name: str, typed: str) -> Any:
    """Typed text for field `name` as the model reads it, forgiving the usual phone shortcuts:
    "mon, thu", "Monday", "Anxiety and panic", "in person", "7pm", "example.org"."""
    text = " ".join(typed.split()) if name != "description" else typed.strip()
    if name in _COMMA_LISTS:
        items = [item.strip() for item in re.split(r"[;,]", text) if item.strip()]
        return [_list_item(name, item) for item in items]
    if name in _ENUMS:
        return re.sub(r"[\s-]+", "_", text.lower())
    if name == "time":
        return _clock(text)
    if name == "contact_url" and re.fullmatch(r"[\w.-]+\.[a-z]{2,}(/\S*)?", text, re.IGNORECASE):
        return f"https://{text}"
    return text


def _list_item(name: str, item: str) -> str:
    word = item.lower()
    if name == "topics" and word not in NEED_IDS:
        by_label = {normalise(lbl): need for need, lbl in NEED_LABELS.items()}
        return by_label.get(normalise(item), word.replace(" ", "-"))
    if name == "days" and word[:3] in WEEKDAYS and (len(word) <= 3 or word.endswith("day")):
        return word[:3]
    if name == "languages":
        by_label = {normalise(lbl): code for lbl, code in T.LANGUAGE_CHOICES}
        return by_label.get(normalise(item), _LANGUAGE_NAMES.get(normalise(item), word))
    return word


_LANGUAGE_NAMES: dict[str, str] = {
    "english": "en", "spanish": "es", "german": "de", "french": "fr", "portuguese": "pt",
    "russian": "ru", "welsh": "cy", "italian": "it", "polish": "pl", "arabic": "ar",
    "urdu": "ur", "hindi": "hi", "chinese": "zh", "irish": "ga", "ukrainian": "uk",
}  # fmt: skip


def _clock(text: str) -> str:
    """'7pm' -> '19:00', '7.30' -> '07:30'; anything else goes to the model unchanged."""
    plain = text.lower().replace(" ", "")
    match = re.fullmatch(r"(\d{1,2})(?:[:.h](\d{2}))?(am|pm)?", plain)
    if not match or (match[2] is None and match[3] is None):
        return text
    hour, minute = int(match[1]), int(match[2] or 0)
    if match[3] and 1 <= hour <= 12:
        hour = hour % 12 + (12 if match[3] == "pm" else 0)
    return f"{hour:02d}:{minute:02d}"


def zone_named(text: str) -> str | None:
    """The IANA zone `text` names, whatever its case ("europe/london"); None when none."""
    return _zones().get(text.strip().lower().replace(" ", "_"))


@cache
def _zones() -> dict[str, str]:
    return {zone.lower(): zone for zone in available_timezones()}
