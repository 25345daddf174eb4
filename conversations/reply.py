"""Replies as data: text plus buttons, which only `bot/` renders to Telegram and the terminal prints."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Button:
    """A tap target. `data` is the callback payload (at most 64 bytes); `url` opens a link instead."""

    label: str
    data: str = ""
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Document:
    """A file to send, e.g. an export."""

    filename: str
    content: bytes
    caption: str = ""


@dataclass(frozen=True, slots=True)
class Reply:
    """One message to the person: plain text, rows of buttons, optional files."""

    text: str
    buttons: tuple[tuple[Button, ...], ...] = ()
    documents: tuple[Document, ...] = ()
    ask_location: bool = False
    remove_keyboard: bool = False
    urgent: bool = False  # the crisis handoff: sent with the most retries
