"""Rendering replies (plain data) as Telegram markup, and splitting long text under the limit."""

from __future__ import annotations

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
)
from telegram.constants import MessageLimit

from conversations.reply import Reply

SHARE_LOCATION = "📍 Share my location"
SHARE_LOCATION_HINT = "Or tap the button below to share your location."


def inline_markup(reply: Reply) -> InlineKeyboardMarkup | None:
    """The reply's buttons as an inline keyboard, or None when it has none."""
    if not reply.buttons:
        return None
    rows = [
        [
            InlineKeyboardButton(b.label, url=b.url)
            if b.url
            else InlineKeyboardButton(b.label, callback_data=b.data)
            for b in row
        ]
        for row in reply.buttons
        if row
    ]
    return InlineKeyboardMarkup(rows)


def location_keyboard() -> ReplyKeyboardMarkup:
    return ReplyKeyboardMarkup(
        [[KeyboardButton(SHARE_LOCATION, request_location=True)]],
        one_time_keyboard=True,
        resize_keyboard=True,
    )


def remove_keyboard() -> ReplyKeyboardRemove:
    return ReplyKeyboardRemove()


def split_text(text: str, limit: int = MessageLimit.MAX_TEXT_LENGTH) -> list[str]:
    """Split text into chunks of at most `limit` characters, preferring line breaks."""
    if len(text) <= limit:
        return [text]
    chunks: list[str] = []
    rest = text
    while len(rest) > limit:
        cut = rest.rfind("\n", 0, limit)
        if cut <= 0:
            cut = rest.rfind(" ", 0, limit)
        if cut <= 0:
            cut = limit
        chunks.append(rest[:cut])
        rest = rest[cut:].lstrip("\n ")
    if rest:
        chunks.append(rest)
    return chunks
