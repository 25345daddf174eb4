"""The one fixed crisis handoff message, built from the reviewed resources file.

When the crisis screen fires, the bot sends exactly this text: the emergency number and crisis
lines for the person's country, a line on professional help, the international directories and
a line saying it is an automatic reply. The wording lives here and in the reviewed TOML file;
nothing is generated and nothing the person wrote is ever quoted.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from importlib import resources as package_files
from pathlib import Path
from types import MappingProxyType
from typing import Annotated, Any
from urllib.parse import urlsplit

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    field_validator,
    model_validator,
)

from conversations.reply import Button, Reply

CONTINUE_DATA = "crisis:continue"
AGAIN_DATA = "crisis:again"

# Someone in danger reads this on a phone: every message must stay under this many characters.
MAX_MESSAGE_CHARS = 900

OPENING = "You deserve support right now."
LINES_HEADING = "Talk to someone:"
AUTOMATIC_NOTICE = "This is an automatic reply, not a person."
INTERNATIONAL_DANGER = "If you are in immediate danger, call your local emergency number."
INTERNATIONAL_LINES_HEADING = "Free, confidential helplines in your country:"
INTERNATIONAL_PROFESSIONAL_HELP = (
    "A doctor or local health service can connect you to mental health care."
)
FALLBACK_PREFIX = "More helplines:"

_SHIPPED_FILE = "crisis_resources.toml"
_PHONE = r"^\+?\d(?:[\d -]*\d)?$"
_COUNTRY = r"^[A-Z]{2}$"
# Common spellings people type for a country that are not its ISO 3166 code.
_COUNTRY_ALIASES = {"UK": "GB"}
# Only languages spoken overwhelmingly in one covered country give a hint. "en", "es", "fr" and
# "pt" do not: Spain's or France's numbers would reach no one in Mexico or Senegal, so those
# people get the international list, which tells them to call their local emergency number.
_LANGUAGE_COUNTRY = {"de": "DE", "hi": "IN", "ru": "RU"}


@dataclass(frozen=True, slots=True)
class CrisisLine:
    """One service a person can reach: by phone, by text message or by web chat."""

    name: str
    phone: str | None
    text: str | None
    chat_url: str | None
    hours: str | None
    languages: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CountryResources:
    """The reviewed help for one country (ISO 3166 alpha-2 `country`)."""

    country: str
    name: str
    emergency: tuple[str, ...]
    lines: tuple[CrisisLine, ...]
    professional_help: str
    local_header: str | None
    sources: tuple[str, ...]
    checked: date
    note: str | None


@dataclass(frozen=True, slots=True)
class Directory:
    """An international directory of helplines."""

    name: str
    url: str


@dataclass(frozen=True, slots=True)
class Fallback:
    """The international directories: in every message, and alone when the country is unknown."""

    directories: tuple[Directory, ...]
    sources: tuple[str, ...]
    checked: date
    note: str | None


@dataclass(frozen=True)
class Resources:
    """All reviewed resources: countries by ISO code, plus the international fallback."""

    countries: Mapping[str, CountryResources]
    fallback: Fallback


def _check_https(url: str) -> str:
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.scheme != "https" or "." not in host or " " in url:
        raise ValueError(f"{url!r} is not an https address with a host")
    return url


class _Entry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class _LineEntry(_Entry):
    name: str = Field(min_length=1)
    phone: Annotated[str, StringConstraints(pattern=_PHONE)] | None = None
    text: str | None = Field(default=None, min_length=1)
    text_number: Annotated[str, StringConstraints(pattern=_PHONE)] | None = None
    chat_url: str | None = None
    hours: str | None = Field(default=None, min_length=1)
    languages: tuple[Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}$")], ...] = ()

    @field_validator("chat_url")
    @classmethod
    def _chat_is_https(cls, url: str | None) -> str | None:
        return None if url is None else _check_https(url)

    @model_validator(mode="after")
    def _reachable(self) -> _LineEntry:
        if self.phone is None and self.text is None and self.chat_url is None:
            raise ValueError("a line needs at least one of phone, text or chat_url")
        if (self.text is None) != (self.text_number is None):
            raise ValueError("text and text_number go together")
        if self.text and self.text_number and self.text_number not in self.text:
            raise ValueError(f"text {self.text!r} does not contain {self.text_number!r}")
        return self


class _CountryEntry(_Entry):
    name: str = Field(min_length=1)
    emergency: tuple[Annotated[str, StringConstraints(pattern=_PHONE)], ...] = Field(min_length=1)
    lines: tuple[_LineEntry, ...] = Field(min_length=1)
    professional_help: str = Field(min_length=1)
    local_header: str | None = Field(default=None, min_length=1)
    sources: tuple[str, ...] = Field(min_length=1)
    checked: date
    note: str | None = Field(default=None, min_length=1)

    @field_validator("sources")
    @classmethod
    def _sources_are_https(cls, urls: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(_check_https(url) for url in urls)


class _DirectoryEntry(_Entry):
    name: str = Field(min_length=1)
    url: str

    @field_validator("url")
    @classmethod
    def _url_is_https(cls, url: str) -> str:
        return _check_https(url)


class _FallbackEntry(_Entry):
    directories: tuple[_DirectoryEntry, ...] = Field(min_length=1)
    sources: tuple[str, ...] = Field(min_length=1)
    checked: date
    note: str | None = Field(default=None, min_length=1)

    @field_validator("sources")
    @classmethod
    def _sources_are_https(cls, urls: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(_check_https(url) for url in urls)


class _ResourcesFile(_Entry):
    fallback: _FallbackEntry | None = None
    countries: dict[Annotated[str, StringConstraints(pattern=_COUNTRY)], _CountryEntry] = {}


def _where(location: tuple[int | str, ...]) -> str:
    text = ""
    for part in location:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text or "file"


def _parse(raw: str, origin: str) -> _ResourcesFile:
    try:
        data: dict[str, Any] = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as error:
        raise ValueError(f"{origin}: not valid TOML: {error}") from error
    try:
        return _ResourcesFile.model_validate(data)
    except ValidationError as error:
        problems = "; ".join(f"{_where(e['loc'])}: {e['msg']}" for e in error.errors())
        raise ValueError(f"{origin}: {problems}") from error


def _country(code: str, entry: _CountryEntry) -> CountryResources:
    lines = tuple(
        CrisisLine(line.name, line.phone, line.text, line.chat_url, line.hours, line.languages)
        for line in entry.lines
    )
    return CountryResources(
        country=code,
        name=entry.name,
        emergency=entry.emergency,
        lines=lines,
        professional_help=entry.professional_help,
        local_header=entry.local_header,
        sources=entry.sources,
        checked=entry.checked,
        note=entry.note,
    )


def _fallback(entry: _FallbackEntry) -> Fallback:
    directories = tuple(Directory(d.name, d.url) for d in entry.directories)
    return Fallback(directories, entry.sources, entry.checked, entry.note)


@functools.lru_cache(maxsize=8)
def _load(extra_path: Path | None) -> Resources:
    shipped = package_files.files("conversations").joinpath("data", _SHIPPED_FILE)
    base = _parse(shipped.read_text(encoding="utf-8"), f"conversations/data/{_SHIPPED_FILE}")
    if base.fallback is None:
        raise ValueError(f"conversations/data/{_SHIPPED_FILE}: fallback: missing")
    fallback = base.fallback
    entries = dict(base.countries)
    if extra_path is not None:
        try:
            raw = extra_path.read_text(encoding="utf-8")
        except OSError as error:
            raise ValueError(f"{extra_path}: cannot read: {error}") from error
        extra = _parse(raw, str(extra_path))
        entries.update(extra.countries)
        fallback = extra.fallback or fallback
    countries = {code: _country(code, entry) for code, entry in sorted(entries.items())}
    return Resources(MappingProxyType(countries), _fallback(fallback))


def load_resources(extra_path: Path | None = None) -> Resources:
    """The shipped resources, with an operator's TOML file (same format) replacing or adding
    countries and, if it has one, the fallback. Cached per path; a bad file raises ValueError
    naming the file and the entry."""
    return _load(None if extra_path is None else extra_path.resolve())


def _country_code(value: str | None) -> str | None:
    if value is None:
        return None
    code = value.strip().upper()
    code = _COUNTRY_ALIASES.get(code, code)
    return code if re.fullmatch(_COUNTRY, code) else None


def _country_from_language(language_code: str | None) -> str | None:
    if not language_code:
        return None
    language, *subtags = re.split(r"[-_]", language_code.strip())
    for subtag in subtags:
        if len(subtag) == 2 and subtag.isalpha():
            return _country_code(subtag)
        if len(subtag) == 3 and subtag.isdigit():
            return None  # a region like "419" (Latin America) names no single country
    return _LANGUAGE_COUNTRY.get(language.lower())


def country_for(given: str | None, default: str | None, language_code: str | None) -> str | None:
    """The ISO country code to use: the one the person gave, else the deployment default, else a
    hint from Telegram's language_code ("en-GB" -> GB, "de" -> DE, plain "en" -> None), else None.

    The code may be one the resources do not cover; handoff_text then sends the international
    message."""
    return _country_code(given) or _country_code(default) or _country_from_language(language_code)


def _line_text(line: CrisisLine) -> str:
    ways = []
    if line.phone is not None:
        ways.append(f"call {line.phone}")
    if line.text is not None:
        ways.append(line.text)
    if line.chat_url is not None:
        ways.append(f"chat at {line.chat_url}")
    how = ways[0] if len(ways) == 1 else ", ".join(ways[:-1]) + " or " + ways[-1]
    hours = f" ({line.hours})" if line.hours else ""
    return f"• {line.name}: {how}{hours}"


def _fallback_line(fallback: Fallback) -> str:
    return f"{FALLBACK_PREFIX} " + " or ".join(d.url for d in fallback.directories)


def _country_text(help_here: CountryResources, fallback: Fallback) -> str:
    header = [help_here.local_header, ""] if help_here.local_header else []
    return "\n".join(
        [
            *header,
            OPENING,
            f"If you are in immediate danger, call {' or '.join(help_here.emergency)}.",
            "",
            LINES_HEADING,
            *(_line_text(line) for line in help_here.lines),
            "",
            help_here.professional_help,
            _fallback_line(fallback),
            AUTOMATIC_NOTICE,
        ]
    )


def _international_text(fallback: Fallback) -> str:
    return "\n".join(
        [
            OPENING,
            INTERNATIONAL_DANGER,
            "",
            INTERNATIONAL_LINES_HEADING,
            *(f"• {d.name}: {d.url}" for d in fallback.directories),
            "",
            INTERNATIONAL_PROFESSIONAL_HELP,
            AUTOMATIC_NOTICE,
        ]
    )


def handoff_text(country: str | None, resources: Resources | None = None) -> str:
    """The fixed handoff message for `country` (an ISO code); for None or a country the resources
    do not cover, the international message. Never contains anything the person wrote."""
    resources = resources or load_resources()
    code = _country_code(country)
    help_here = resources.countries.get(code) if code else None
    if help_here is None:
        return _international_text(resources.fallback)
    return _country_text(help_here, resources.fallback)


def handoff_reply(country: str | None, resources: Resources | None = None) -> Reply:
    """The handoff message with its two buttons: continue once safe, or show the numbers again."""
    return Reply(
        text=handoff_text(country, resources),
        buttons=(
            (Button("I'm safe now, continue", CONTINUE_DATA),),
            (Button("Show the numbers again", AGAIN_DATA),),
        ),
        urgent=True,
    )
