"""Thin adapters: a Telegram update in, one `Dialogue.handle` call, the replies out."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from telegram import Chat, Message, Update
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from bot.keyboards import (
    SHARE_LOCATION_HINT,
    inline_markup,
    location_keyboard,
    remove_keyboard,
    split_text,
)
from bot.ratelimit import HANDOFF_RETRIES
from bot.throttle import ChatThrottle
from conversations import texts as T
from conversations.dialogue import (
    Command,
    Dialogue,
    Event,
    Location,
    Person,
    Press,
    Text,
    Unsupported,
    Upload,
)
from conversations.reply import Reply

log = logging.getLogger("groupfinder.bot")


def dialogue_of(context: ContextTypes.DEFAULT_TYPE) -> Dialogue:
    dialogue = context.bot_data["dialogue"]
    assert isinstance(dialogue, Dialogue)
    return dialogue


def person_of(update: Update) -> Person | None:
    chat = update.effective_chat
    if chat is None:
        return None
    user = update.effective_user
    return Person(
        chat_id=chat.id,
        user_id=user.id if user else None,
        language_code=user.language_code if user else None,
    )


def event_of(update: Update) -> Event | None:
    """The dialogue event an update carries, or None for updates that need no answer."""
    if update.callback_query is not None:
        return Press(update.callback_query.data or "")
    message = update.effective_message
    if message is None:
        return None
    if message.location is not None:
        return Location(message.location.latitude, message.location.longitude)
    if message.document is not None:
        return Upload(message.document.file_name or "upload", b"", message.caption or "")
    text = message.text or message.caption
    if text is not None:
        if message.text and text.startswith("/"):
            head, _, args = text[1:].partition(" ")
            return Command(head.split("@", 1)[0].lower(), args.strip())
        return Text(text)
    for kind in ("sticker", "voice", "photo", "video", "animation", "audio", "video_note",
                 "document", "contact", "poll", "dice", "venue"):  # fmt: skip
        if getattr(message, kind, None):
            return Unsupported(kind)
    return Unsupported("other")


async def on_update(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Every update a person sends goes through here, so the crisis screen always runs first."""
    person = person_of(update)
    event = event_of(update)
    if person is None or event is None:
        return
    dialogue = dialogue_of(context)
    if update.effective_chat is not None and update.effective_chat.type != Chat.PRIVATE:
        await _outside_private_chat(update, context, person, event)
        return
    throttle = context.bot_data.get("throttle")
    sent_at = _sent_at(update)
    if isinstance(throttle, ChatThrottle) and not throttle.allow(person.chat_id, sent_at):
        # Too fast: only the crisis screen still answers, plus one kind word to slow down.
        await _stop_spinner(update)
        replies = await dialogue.crisis_check(person, event)
        if replies is None and throttle.first_refusal(person.chat_id):
            replies = [Reply(T.SLOW_DOWN)]
        await send_replies(context, person.chat_id, replies or [])
        return
    if isinstance(event, Upload) and dialogue.is_admin(person):
        event = await _download(update, event)
    # Stop the button's spinner at once; the answer comes as new messages.
    await _stop_spinner(update)
    # One line per update is for debugging; at INFO it would be most of the log and its cost.
    log.debug("update", extra={"kind": type(event).__name__, "update_id": update.update_id})
    replies = await dialogue.handle(person, event)
    await send_replies(context, person.chat_id, replies)


def _sent_at(update: Update) -> float | None:
    """When the person sent this (Telegram's clock); None for a tap, which carries no time."""
    message = update.message or update.edited_message
    if message is None:
        return None
    when = message.edit_date or message.date
    return when.timestamp()


async def _stop_spinner(update: Update) -> None:
    """Answer a button tap; a query Telegram no longer knows (too old after downtime, or never
    issued) is logged, and the person still gets their answer."""
    if update.callback_query is None:
        return
    try:
        await update.callback_query.answer()
    except TelegramError as exc:
        log.warning("could not answer a button tap", extra={"error": type(exc).__name__})


async def _outside_private_chat(
    update: Update, context: ContextTypes.DEFAULT_TYPE, person: Person, event: Event
) -> None:
    """In a group nothing personal is asked or kept: a crisis still gets the handoff (without
    buttons that would lead on in public), and a command gets a pointer to a private chat."""
    await _stop_spinner(update)
    replies = await dialogue_of(context).crisis_check(person, event)
    if replies is not None:
        replies = [replace(reply, buttons=()) for reply in replies]
    elif isinstance(event, Command):
        replies = [Reply(T.PRIVATE_CHAT_ONLY)]
    await send_replies(context, person.chat_id, replies or [])


MAX_UPLOAD_BYTES = 5_000_000


async def _download(update: Update, event: Upload) -> Upload:
    """Fetch an admin's document; too large a file arrives empty and the dialogue says why."""
    document = update.effective_message.document if update.effective_message else None
    if document is None or (document.file_size or 0) > MAX_UPLOAD_BYTES:
        return event
    file = await document.get_file()
    return Upload(event.filename, bytes(await file.download_as_bytearray()), event.caption)


async def send_replies(
    context: ContextTypes.DEFAULT_TYPE, chat_id: int, replies: Sequence[Reply]
) -> list[Message]:
    """Send replies in order: text with its keyboard, then map pins and files."""
    sent: list[Message] = []
    bot = context.bot
    for reply in replies:
        retries = HANDOFF_RETRIES if reply.urgent else None
        chunks = split_text(reply.text)
        for i, chunk in enumerate(chunks):
            last = i == len(chunks) - 1
            markup = inline_markup(reply) if last else None
            if markup is None and last and reply.remove_keyboard:
                markup_or_remove: Any = remove_keyboard()
            else:
                markup_or_remove = markup
            sent.append(
                await bot.send_message(
                    chat_id,
                    chunk,
                    reply_markup=markup_or_remove,
                    # The default context types ExtBot's limiter args as None; ours takes an int.
                    rate_limit_args=retries,  # type: ignore[arg-type]
                )
            )
        if reply.ask_location:
            sent.append(
                await bot.send_message(
                    chat_id, SHARE_LOCATION_HINT, reply_markup=location_keyboard()
                )
            )
        for document in reply.documents:
            sent.append(
                await bot.send_document(
                    chat_id, document.content, filename=document.filename, caption=document.caption
                )
            )
    return sent


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log the failure without any message text, and tell the person kindly."""
    error = context.error
    log.error("handler failed", extra={"error": type(error).__name__})
    if isinstance(update, Update) and update.effective_chat is not None:
        try:
            await context.bot.send_message(update.effective_chat.id, T.SOMETHING_WENT_WRONG)
        except Exception:  # the network may be the problem; never raise from the error handler
            log.warning("could not send the error reply")
