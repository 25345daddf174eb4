"""The fake Bot API carries real python-telegram-bot traffic the way Telegram would."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from typing import Any

import pytest
from telegram import Bot, BotCommand, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import BadRequest, Conflict, EndPointNotFound, NetworkError, TimedOut
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)
from telegram.request import HTTPXRequest

from tests.fake_bot_api import FakeBotAPI

CHAT = 42
OTHER_CHAT = 43
GREETING = "Hello. Would you like to look for a support group?"


# --- a tiny bot, built only from public PTB API -------------------------------------------


async def greet(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_message is not None
    keyboard = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton("Yes, please", callback_data="yes"),
                InlineKeyboardButton("Not now", callback_data="no"),
            ],
            [InlineKeyboardButton("About us", url="https://example.org/about")],
        ]
    )
    await update.effective_message.reply_text(GREETING, reply_markup=keyboard)


async def take_choice(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    assert query is not None
    await query.answer("Noted")
    await query.edit_message_text(f"You chose: {query.data}")


async def notice_edit(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.edited_message is not None
    await update.edited_message.reply_text(f"You changed it to: {update.edited_message.text}")


async def suggest_venue(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    assert message is not None and message.location is not None
    await message.reply_venue(
        latitude=message.location.latitude,
        longitude=message.location.longitude,
        title="Thursday circle",
        address="1 Example Street",
    )


async def read_document(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    assert message is not None and message.document is not None
    content = await (await message.document.get_file()).download_as_bytearray()
    await message.reply_text(f"Received {len(content)} bytes")
    await message.reply_document(bytes(content), filename="copy.bin", caption="Your copy")


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_message is not None
    await update.effective_message.reply_text(f"You said: {update.effective_message.text}")


def build_bot(fake: FakeBotAPI, *, rate_limited: bool) -> Application[Any, Any, Any, Any, Any, Any]:
    builder = (
        ApplicationBuilder()
        .token(fake.token)
        .base_url(fake.base_url)
        .base_file_url(fake.base_file_url)
    )
    application: Application[Any, Any, Any, Any, Any, Any]
    if rate_limited:
        application = builder.rate_limiter(AIORateLimiter(max_retries=2)).build()
    else:
        application = builder.build()
    application.add_handler(CommandHandler("start", greet))
    application.add_handler(CallbackQueryHandler(take_choice))
    edited_text = filters.UpdateType.EDITED_MESSAGE & filters.TEXT
    application.add_handler(MessageHandler(edited_text, notice_edit))
    application.add_handler(MessageHandler(filters.LOCATION, suggest_venue))
    application.add_handler(MessageHandler(filters.Document.ALL, read_document))
    new_text = filters.UpdateType.MESSAGE & filters.TEXT & ~filters.COMMAND
    application.add_handler(MessageHandler(new_text, echo))
    return application


@contextlib.asynccontextmanager
async def running_bot(fake: FakeBotAPI, *, rate_limited: bool = False) -> AsyncIterator[None]:
    application = build_bot(fake, rate_limited=rate_limited)
    async with application:
        await application.start()
        updater = application.updater
        assert updater is not None
        await updater.start_polling(poll_interval=0, timeout=1)
        try:
            yield
        finally:
            await updater.stop()
            await application.stop()


@contextlib.asynccontextmanager
async def plain_bot(fake: FakeBotAPI, *, read_timeout: float = 5.0) -> AsyncIterator[Bot]:
    bot = Bot(
        fake.token,
        base_url=fake.base_url,
        base_file_url=fake.base_file_url,
        request=HTTPXRequest(read_timeout=read_timeout),
    )
    async with bot:
        yield bot


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotAPI]:
    server = FakeBotAPI()
    await server.start()
    try:
        yield server
    finally:
        await server.stop()


@pytest.fixture
async def bot_running(fake: FakeBotAPI) -> AsyncIterator[FakeBotAPI]:
    async with running_bot(fake):
        yield fake


# --- the real Application, end to end ------------------------------------------------------


async def test_person_who_sends_start_is_greeted_with_choices(bot_running: FakeBotAPI) -> None:
    fake = bot_running
    fake.send_command(CHAT, "start")

    [welcome] = await fake.wait_for_messages(CHAT)

    assert welcome.text == GREETING
    assert welcome.buttons == [
        ("Yes, please", "yes"),
        ("Not now", "no"),
        ("About us", "https://example.org/about"),
    ]
    assert fake.rejected_calls() == []


async def test_tapping_a_button_is_acknowledged_and_replaces_the_question(
    bot_running: FakeBotAPI,
) -> None:
    fake = bot_running
    fake.send_command(CHAT, "start")
    [welcome] = await fake.wait_for_messages(CHAT)

    press = fake.press_button(CHAT, welcome.button_data("Yes, please"))

    assert (await fake.wait_for_answer(press))["text"] == "Noted"
    edited = await fake.wait_for_edit(CHAT, welcome.message_id)
    assert edited.text == "You chose: yes"
    assert edited.history == [GREETING]
    assert edited.buttons == []  # Telegram drops the keyboard when an edit sends none
    assert fake.rejected_calls() == []


async def test_each_person_gets_the_reply_in_their_own_chat(bot_running: FakeBotAPI) -> None:
    fake = bot_running
    fake.send_text(CHAT, "hello")
    fake.send_text(OTHER_CHAT, "good evening", first_name="Sam")

    [mine] = await fake.wait_for_messages(CHAT)
    [theirs] = await fake.wait_for_messages(OTHER_CHAT)

    assert mine.text == "You said: hello"
    assert theirs.text == "You said: good evening"


async def test_shared_location_is_answered_with_a_venue_nearby(bot_running: FakeBotAPI) -> None:
    fake = bot_running
    fake.share_location(CHAT, 52.52, 13.405)

    [venue] = await fake.wait_for_messages(CHAT)

    assert venue.method == "sendVenue"
    assert venue.location == pytest.approx((52.52, 13.405))
    assert venue.text is not None and "Thursday circle" in venue.text


async def test_uploaded_document_is_downloaded_by_the_bot_and_sent_back(
    bot_running: FakeBotAPI,
) -> None:
    fake = bot_running
    content = bytes(range(256)) * 3 + b"\r\n--boundary-like\r\n"  # binary, with multipart traps

    fake.send_document(CHAT, "notes.bin", content, "application/octet-stream")

    receipt, copy = await fake.wait_for_messages(CHAT, count=2)
    assert receipt.text == f"Received {len(content)} bytes"
    assert copy.method == "sendDocument"
    assert copy.text == "Your copy"
    assert copy.files["document"] == content


async def test_edited_message_reaches_the_bot_as_an_edit(bot_running: FakeBotAPI) -> None:
    fake = bot_running
    sent = fake.send_text(CHAT, "I feel anxous")
    await fake.wait_for_messages(CHAT)

    fake.edit_text(CHAT, fake.message_id_of(sent), "I feel anxious")

    [reply] = await fake.wait_for_messages(CHAT)
    assert reply.text == "You changed it to: I feel anxious"


async def test_reply_throttled_by_telegram_is_retried_and_arrives_once(fake: FakeBotAPI) -> None:
    fake.fail_next("sendMessage", kind="429", retry_after=1)
    async with running_bot(fake, rate_limited=True):
        fake.send_text(CHAT, "is anyone there?")

        [reply] = await fake.wait_for_messages(CHAT)

    assert reply.text == "You said: is anyone there?"
    assert [c.status for c in fake.calls_to("sendMessage")] == [429, 200]
    assert len(fake.sent(CHAT)) == 1


# --- the server on its own, through PTB's Bot ----------------------------------------------


async def test_long_poll_returns_as_soon_as_a_person_writes() -> None:
    async with FakeBotAPI(max_poll_wait=30.0) as fake, plain_bot(fake) as bot:
        polling = asyncio.create_task(bot.get_updates(timeout=30))
        await fake.wait_until(lambda: len(fake.calls_to("getUpdates")) == 1, what="a long poll")

        fake.send_text(CHAT, "hello?")

        [update] = await asyncio.wait_for(polling, timeout=5)
        assert update.message is not None and update.message.text == "hello?"


async def test_second_bot_instance_polling_ends_the_first_with_a_conflict() -> None:
    async with (
        FakeBotAPI(max_poll_wait=30.0) as fake,
        plain_bot(fake) as first,
        plain_bot(fake) as second,
    ):
        waiting = asyncio.create_task(first.get_updates(timeout=30))
        await fake.wait_until(lambda: len(fake.calls_to("getUpdates")) == 1, what="a long poll")

        assert await second.get_updates() == ()

        with pytest.raises(Conflict):
            await asyncio.wait_for(waiting, timeout=5)


async def test_a_bot_that_stops_polling_leaves_no_refused_call(fake: FakeBotAPI) -> None:
    async with running_bot(fake):
        sent = fake.send_text(CHAT, "hi")
        await fake.wait_for_messages(CHAT)

    assert fake.rejected_calls() == []
    assert fake.calls_to("getUpdates")[-1].params["offset"] == sent + 1  # confirmed on the way out


async def test_confirmed_updates_are_not_delivered_again(fake: FakeBotAPI) -> None:
    first = fake.send_text(CHAT, "one")
    second = fake.send_text(CHAT, "two")
    async with plain_bot(fake) as bot:
        assert [u.update_id for u in await bot.get_updates()] == [first, second]

        remaining = await bot.get_updates(offset=second)

        assert [u.update_id for u in remaining] == [second]
        assert await bot.get_updates(offset=second + 1) == ()


async def test_chat_member_updates_reach_only_a_bot_that_asks_for_them(fake: FakeBotAPI) -> None:
    person = {"id": CHAT, "is_bot": False, "first_name": "Alex"}
    change = {
        "chat": {"id": -100, "type": "supergroup", "title": "Circle"},
        "from": person,
        "date": 1_700_000_000,
        "old_chat_member": {"status": "member", "user": person},
        "new_chat_member": {"status": "left", "user": person},
    }
    async with plain_bot(fake) as bot:
        fake.send_raw_update({"chat_member": change})
        assert await bot.get_updates() == ()
        assert len(fake.dropped_updates) == 1

        fake.send_raw_update({"chat_member": change})
        [update] = await bot.get_updates(allowed_updates=Update.ALL_TYPES)

    assert update.chat_member is not None
    assert update.chat_member.new_chat_member.status == "left"


async def test_media_from_a_person_parse_in_ptb_and_can_be_downloaded(fake: FakeBotAPI) -> None:
    fake.send_photo(CHAT, caption="our flyer")
    fake.send_voice(CHAT, b"OggS a voice note", duration=4)
    fake.send_sticker(CHAT, "🌱")
    async with plain_bot(fake) as bot:
        photo, voice, sticker = [u.message for u in await bot.get_updates()]
        assert photo is not None and voice is not None and sticker is not None

        assert photo.caption == "our flyer" and photo.photo[-1].width == 800
        assert voice.voice is not None and voice.voice.mime_type == "audio/ogg"
        assert sticker.sticker is not None and sticker.sticker.emoji == "🌱"
        note = await (await voice.voice.get_file()).download_as_bytearray()
        assert note == b"OggS a voice note"


async def test_unknown_method_is_not_found_like_on_telegram(fake: FakeBotAPI) -> None:
    async with plain_bot(fake) as bot:
        with pytest.raises(EndPointNotFound):
            await bot.do_api_request("sendTelepathy")

    [call] = fake.calls_to("sendTelepathy")
    assert call.status == 404


async def test_html_that_telegram_would_refuse_is_refused(fake: FakeBotAPI) -> None:
    async with plain_bot(fake) as bot:
        with pytest.raises(BadRequest, match=r"(?i)unsupported start tag"):
            await bot.send_message(CHAT, "first line<br>second line", parse_mode="HTML")
        await bot.send_message(CHAT, "<b>Groups</b> &amp; circles", parse_mode="HTML")

    assert [m.text for m in fake.sent(CHAT)] == ["Groups & circles"]
    assert [c.method for c in fake.rejected_calls()] == ["sendMessage"]


async def test_an_edit_that_changes_nothing_is_refused(fake: FakeBotAPI) -> None:
    async with plain_bot(fake) as bot:
        message = await bot.send_message(CHAT, "Still here")
        with pytest.raises(BadRequest, match=r"(?i)not modified"):
            await bot.edit_message_text("Still here", chat_id=CHAT, message_id=message.message_id)


async def test_a_button_press_can_be_answered_only_once(fake: FakeBotAPI) -> None:
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Yes", callback_data="yes")]])
    async with plain_bot(fake) as bot:
        await bot.send_message(CHAT, "Ready?", reply_markup=keyboard)
        fake.press_button(CHAT, "yes")
        [update] = await bot.get_updates()
        assert update.callback_query is not None and update.callback_query.data == "yes"

        await update.callback_query.answer()
        with pytest.raises(BadRequest, match=r"(?i)query is too old"):
            await update.callback_query.answer()


async def test_commands_set_by_the_bot_can_be_read_back(fake: FakeBotAPI) -> None:
    async with plain_bot(fake) as bot:
        await bot.set_my_commands([BotCommand("start", "Begin"), BotCommand("help", "Get help")])

        assert [c.command for c in await bot.get_my_commands()] == ["start", "help"]
        assert fake.commands()[1] == {"command": "help", "description": "Get help"}

        await bot.delete_my_commands()
        assert await bot.get_my_commands() == ()


@pytest.mark.parametrize(
    ("kind", "error"),
    [("500", NetworkError), ("drop", NetworkError), ("timeout", TimedOut)],
)
async def test_injected_fault_fails_one_request_and_the_next_goes_through(
    fake: FakeBotAPI, kind: Any, error: type[Exception]
) -> None:
    fake.fail_next("sendMessage", kind=kind)
    async with plain_bot(fake, read_timeout=0.3) as bot:
        with pytest.raises(error):
            await bot.send_message(CHAT, "first try")
        await bot.send_message(CHAT, "second try")

    assert [m.text for m in fake.sent(CHAT)] == ["second try"]


async def test_pressing_a_button_that_is_not_shown_fails_the_test(fake: FakeBotAPI) -> None:
    with pytest.raises(AssertionError, match="no bot message with buttons"):
        fake.press_button(CHAT, "yes")


async def test_waiting_in_vain_explains_what_the_bot_did(fake: FakeBotAPI) -> None:
    async with plain_bot(fake) as bot:
        await bot.send_message(CHAT, "only one")
    fake.mark(CHAT)

    with pytest.raises(AssertionError) as failure:
        await fake.wait_for_messages(CHAT, timeout=0.1)

    assert "'only one'" in str(failure.value)
    assert "sendMessage 200" in str(failure.value)
