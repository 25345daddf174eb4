"""The support-group model: one validated record per group, the catalog's CSV header, and its enums."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from enum import StrEnum
from typing import Annotated, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, field_validator, model_validator

from catalog.needs import NEED_IDS

# The CSV header of import/export, in this order; also the Group's field order.
FIELDS: tuple[str, ...] = (
    "id",
    "name",
    "description",
    "topics",
    "audience",
    "format",
    "facilitation",
    "city",
    "region",
    "country",
    "latitude",
    "longitude",
    "address",
    "days",
    "time",
    "timezone",
    "frequency",
    "size",
    "cost",
    "cost_note",
    "languages",
    "contact_url",
    "contact_phone",
    "contact_email",
    "organizer",
    "confidentiality",
    "accessibility",
    "last_verified",
    "active",
)

# Fields whose cell holds a `;`-separated list.
LIST_FIELDS: frozenset[str] = frozenset(
    {"topics", "audience", "days", "languages", "accessibility"}
)

AUDIENCES: tuple[str, ...] = (
    "adults",
    "young-adults",
    "teens",
    "seniors",
    "women",
    "men",
    "lgbtq",
    "veterans",
    "parents",
    "family-and-friends",
    "students",
)

WEEKDAYS: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

# Ids travel inside 64-byte Telegram button payloads such as "rep:<id>:<reason>".
MAX_ID_LENGTH = 48


class Format(StrEnum):
    online = "online"
    in_person = "in_person"
    hybrid = "hybrid"


class Facilitation(StrEnum):
    peer = "peer"
    professional = "professional"
    mixed = "mixed"


class Size(StrEnum):
    small = "small"
    medium = "medium"
    large = "large"


class Cost(StrEnum):
    free = "free"
    donation = "donation"
    paid = "paid"


class Frequency(StrEnum):
    weekly = "weekly"
    biweekly = "biweekly"
    monthly = "monthly"
    drop_in = "drop_in"
    ongoing = "ongoing"


def slugify(text: str) -> str:
    """Return a lowercase ASCII slug of `text` ("Café Talk!" -> "cafe-talk"), never empty."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:MAX_ID_LENGTH].strip("-") or "group"


def _split_list(value: Any) -> Any:
    """Accept a `;`-separated cell as well as a list; drop blanks, lowercase, keep order."""
    if value is None:
        return []
    if isinstance(value, str):
        value = value.split(";")
    if isinstance(value, list | tuple):
        out: list[str] = []
        for item in value:
            text = str(item).strip().lower()
            if text and text not in out:
                out.append(text)
        return out
    return value


def _blank_to_none(value: Any) -> Any:
    if isinstance(value, str) and not value.strip():
        return None
    return value.strip() if isinstance(value, str) else value


StrList = Annotated[list[str], BeforeValidator(_split_list)]
OptStr = Annotated[str | None, BeforeValidator(_blank_to_none)]

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class Group(BaseModel):
    """One support group, validated: what the store keeps and the matcher ranks."""

    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)

    id: str = ""
    name: str = Field(min_length=2, max_length=120)
    description: str = Field(min_length=1, max_length=1000)
    topics: StrList = Field(min_length=1)
    audience: StrList = Field(default_factory=list)
    format: Format
    facilitation: Annotated[Facilitation | None, BeforeValidator(_blank_to_none)] = None
    city: OptStr = None
    region: OptStr = None
    country: OptStr = None
    latitude: Annotated[float | None, BeforeValidator(_blank_to_none)] = Field(None, ge=-90, le=90)
    longitude: Annotated[float | None, BeforeValidator(_blank_to_none)] = Field(
        None, ge=-180, le=180
    )
    address: OptStr = None
    days: StrList = Field(default_factory=list)
    time: OptStr = None
    timezone: OptStr = None
    frequency: Annotated[Frequency | None, BeforeValidator(_blank_to_none)] = None
    size: Annotated[Size | None, BeforeValidator(_blank_to_none)] = None
    cost: Annotated[Cost | None, BeforeValidator(_blank_to_none)] = None
    cost_note: OptStr = None
    languages: StrList = Field(default_factory=list)
    contact_url: OptStr = None
    contact_phone: OptStr = None
    contact_email: OptStr = None
    organizer: OptStr = None
    confidentiality: OptStr = None
    accessibility: StrList = Field(default_factory=list)
    last_verified: Annotated[date | None, BeforeValidator(_blank_to_none)] = None
    active: Annotated[bool, BeforeValidator(lambda v: True if v in (None, "") else v)] = True

    @field_validator("id", mode="before")
    @classmethod
    def _id_is_slug(cls, value: Any) -> Any:
        if value is None:
            return ""
        text = str(value).strip()
        if text and not _SLUG.match(text):
            raise ValueError("must be a slug: lowercase letters, digits and single hyphens")
        if len(text) > MAX_ID_LENGTH:
            raise ValueError(f"must be at most {MAX_ID_LENGTH} characters")
        return text

    @field_validator("topics")
    @classmethod
    def _known_topics(cls, value: list[str]) -> list[str]:
        unknown = [t for t in value if t not in NEED_IDS]
        if unknown:
            raise ValueError(f"unknown need id {', '.join(unknown)}")
        return value

    @field_validator("audience")
    @classmethod
    def _known_audience(cls, value: list[str]) -> list[str]:
        unknown = [a for a in value if a not in AUDIENCES]
        if unknown:
            raise ValueError(f"unknown audience {', '.join(unknown)}")
        return value

    @field_validator("days")
    @classmethod
    def _known_days(cls, value: list[str]) -> list[str]:
        unknown = [d for d in value if d not in WEEKDAYS]
        if unknown:
            raise ValueError(f"days must be mon..sun, not {', '.join(unknown)}")
        return sorted(value, key=WEEKDAYS.index)

    @field_validator("languages")
    @classmethod
    def _iso_languages(cls, value: list[str]) -> list[str]:
        bad = [lang for lang in value if not re.fullmatch(r"[a-z]{2}", lang)]
        if bad:
            raise ValueError(f"languages must be ISO 639-1 codes like en, not {', '.join(bad)}")
        return value

    @field_validator("country")
    @classmethod
    def _iso_country(cls, value: str | None) -> str | None:
        if value is None:
            return None
        if not re.fullmatch(r"[A-Za-z]{2}", value):
            raise ValueError("must be an ISO 3166 alpha-2 code like GB")
        return value.upper()

    @field_validator("time")
    @classmethod
    def _clock_time(cls, value: str | None) -> str | None:
        if value is not None and not _TIME.match(value):
            raise ValueError("must be HH:MM, 24-hour")
        return value

    @field_validator("timezone")
    @classmethod
    def _iana_zone(cls, value: str | None) -> str | None:
        if value is None:
            return None
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            raise ValueError("must be an IANA time zone like Europe/London") from None
        return value

    @field_validator("contact_url")
    @classmethod
    def _web_address(cls, value: str | None) -> str | None:
        if value is not None and not re.match(r"^https?://[^\s/$.?#][^\s]*$", value):
            raise ValueError("must start with http:// or https://")
        return value

    @field_validator("contact_email")
    @classmethod
    def _email(cls, value: str | None) -> str | None:
        if value is not None and not _EMAIL.match(value):
            raise ValueError("is not an email address")
        return value

    @model_validator(mode="after")
    def _consistent(self) -> Group:
        if (self.latitude is None) != (self.longitude is None):
            raise ValueError("latitude and longitude go together: give both or neither")
        if self.format is not Format.online and not (self.city or self.latitude is not None):
            raise ValueError("an in-person or hybrid group needs a city or coordinates")
        if not self.id:
            object.__setattr__(self, "id", slugify(self.name))
        return self

    @property
    def meets_in_person(self) -> bool:
        return self.format in (Format.in_person, Format.hybrid)

    @property
    def meets_online(self) -> bool:
        return self.format in (Format.online, Format.hybrid)

    def to_row(self) -> dict[str, str]:
        """Return the group as CSV cells in FIELDS order: lists joined by `;`, blanks as ''."""
        row: dict[str, str] = {}
        for name in FIELDS:
            value = getattr(self, name)
            if isinstance(value, list):
                row[name] = ";".join(value)
            elif value is None:
                row[name] = ""
            elif isinstance(value, bool):
                row[name] = "true" if value else "false"
            elif isinstance(value, StrEnum):
                row[name] = value.value
            else:
                row[name] = str(value)
        return row
