"""End to end: the real python-telegram-bot Application over HTTP against a fake Bot API server."""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from telegram.ext import Application

from bot.app import build_application, start_services
from bot.settings import Settings
from conversations import texts as T
from conversations.dialogue import USER_COMMANDS
from conversations.handoff import CONTINUE_DATA
from tests.fake_bot_api import FakeBotAPI, SentMessage

PERSON = 5551001


@asynccontextmanager
async def running_bot(fake: FakeBotAPI, database: Path) -> AsyncIterator[Application]:  # type: ignore[type-arg]
    """The bot as `groupfinder run` builds it, pointed at the fake server, polling."""
    settings = Settings(
        bot_token=fake.token,
        api_base_url=fake.base_url,
        database=database,
        default_country="GB",
        admin_ids=frozenset({4242}),
    )
    application = build_application(settings)
    async with application:
        await start_services(application, settings)
        await application.start()
        assert application.updater is not None
        await application.updater.start_polling(poll_interval=0, timeout=1)
        try:
            yield application
        finally:
            await application.updater.stop()
            await application.stop()
            await application.bot_data["dialogue"].store.close()


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI() as server:
        yield server


def with_button(fake: FakeBotAPI, chat_id: int, label: str) -> SentMessage:
    """The latest message in the chat that shows a button with this label."""
    for message in reversed(fake.sent(chat_id)):
        if any(text == label for text, _ in message.buttons):
            return message
    raise AssertionError(f"no message shows {label!r}")


async def tap(fake: FakeBotAPI, chat_id: int, label: str) -> None:
    message = with_button(fake, chat_id, label)
    fake.press_button(chat_id, message.button_data(label), message_id=message.message_id)


async def until_text(fake: FakeBotAPI, chat_id: int, needle: str) -> str:
    """Wait until a message containing `needle` arrives; return all text since the last mark."""
    seen: list[str] = []

    def arrived() -> bool:
        seen[:] = [m.text for m in fake.sent(chat_id)]
        return any(needle in text for text in seen)

    await fake.wait_until(arrived, timeout=10, what=f"a message containing {needle!r}")
    return "\n".join(seen)


async def test_full_search_with_buttons_free_text_and_a_shared_location(
    fake: FakeBotAPI, tmp_path: Path
) -> None:
    async with running_bot(fake, tmp_path / "gf.sqlite3"):
        await fake.wait_for_call("setMyCommands")
        assert [c["command"] for c in fake.commands()] == [n for n, _ in USER_COMMANDS]

        fake.send_command(PERSON, "start")
        await until_text(fake, PERSON, "What would you like support with")
        fake.send_text(PERSON, "I keep having panik atacks")
        await until_text(fake, PERSON, T.ASK_WHO)
        await tap(fake, PERSON, T.B_FOR_ME)
        await until_text(fake, PERSON, T.ASK_FORMAT)
        await tap(fake, PERSON, T.B_IN_PERSON)
        await until_text(fake, PERSON, "Where are you?")
        fake.share_location(PERSON, 51.5155, -0.0922)  # the City of London
        await until_text(fake, PERSON, T.ASK_DISTANCE)
        await tap(fake, PERSON, "15 km")
        await until_text(fake, PERSON, T.ASK_FACILITATION)
        await tap(fake, PERSON, T.B_SHOW_NOW)
        await until_text(fake, PERSON, T.RESULTS_FOOTER)

        venues = [m for m in fake.sent(PERSON) if m.method == "sendVenue"]
        assert venues, "in-person results come with a map pin"
        results = [m for m in fake.sent(PERSON) if "matches: anxiety" in m.text]
        assert results
        assert all("km away" in m.text or "under 1 km" in m.text for m in results)
        assert not fake.rejected_calls()


async def test_a_restart_mid_conversation_resumes_at_the_same_step(
    fake: FakeBotAPI, tmp_path: Path
) -> None:
    database = tmp_path / "gf.sqlite3"
    async with running_bot(fake, database):
        fake.send_command(PERSON, "start")
        await until_text(fake, PERSON, "What would you like support with")
        await tap(fake, PERSON, "Loneliness")
        await until_text(fake, PERSON, T.ASK_WHO)

    async with running_bot(fake, database):
        fake.mark(PERSON)
        await tap(fake, PERSON, T.B_FOR_SOMEONE)
        await until_text(fake, PERSON, T.ASK_FORMAT)


async def test_a_deep_link_starts_with_the_need_filled_in(fake: FakeBotAPI, tmp_path: Path) -> None:
    async with running_bot(fake, tmp_path / "gf.sqlite3"):
        fake.send_command(PERSON, "start", "grief")
        text = await until_text(fake, PERSON, T.ASK_WHO)
        assert "grief" in text.lower()


async def test_a_crisis_message_mid_intake_gets_the_handoff_first_and_continue_resumes(
    fake: FakeBotAPI, tmp_path: Path
) -> None:
    async with running_bot(fake, tmp_path / "gf.sqlite3"):
        fake.send_command(PERSON, "start")
        await until_text(fake, PERSON, "What would you like support with")
        await tap(fake, PERSON, "Depression and low mood")
        await until_text(fake, PERSON, T.ASK_WHO)
        fake.mark(PERSON)
        fake.send_text(PERSON, "i dont want to be alive anymore")
        [handoff] = await fake.wait_for_messages(PERSON, 1)
        assert "999" in handoff.text and "Samaritans" in handoff.text
        assert "alive" not in handoff.text
        fake.press_button(PERSON, CONTINUE_DATA, message_id=handoff.message_id)
        [again] = await fake.wait_for_messages(PERSON, 1)
        assert T.ASK_WHO in again.text


async def test_an_edited_message_and_a_caption_are_screened_too(
    fake: FakeBotAPI, tmp_path: Path
) -> None:
    async with running_bot(fake, tmp_path / "gf.sqlite3"):
        update = fake.send_text(PERSON, "hello")
        await fake.wait_for_messages(PERSON, 1)
        fake.edit_text(PERSON, fake.message_id_of(update), "I am going to kill myself tonight")
        [handoff] = await fake.wait_for_messages(PERSON, 1)
        assert "116 123" in handoff.text
        fake.send_photo(PERSON, caption="goodbye, I took all my pills")
        [again] = await fake.wait_for_messages(PERSON, 1)
        assert "116 123" in again.text


async def test_stickers_voice_and_photos_get_a_kind_hint(fake: FakeBotAPI, tmp_path: Path) -> None:
    async with running_bot(fake, tmp_path / "gf.sqlite3"):
        fake.send_sticker(PERSON)
        fake.send_voice(PERSON)
        fake.send_photo(PERSON)
        replies = await fake.wait_for_messages(PERSON, 3)
        assert all(r.text == T.NOT_TEXT for r in replies)


async def test_forget_leaves_no_row_about_the_person(fake: FakeBotAPI, tmp_path: Path) -> None:
    database = tmp_path / "gf.sqlite3"
    async with running_bot(fake, database):
        fake.send_command(PERSON, "start")
        await until_text(fake, PERSON, "What would you like support with")
        await tap(fake, PERSON, "Stress and burnout")
        await until_text(fake, PERSON, T.ASK_WHO)
        fake.send_command(PERSON, "forget")
        await until_text(fake, PERSON, T.FORGET_ASK)
        await tap(fake, PERSON, T.B_YES_FORGET)
        await until_text(fake, PERSON, T.FORGET_DONE)
    with sqlite3.connect(database) as db:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            for row in db.execute(f"SELECT * FROM {table}"):
                assert str(PERSON) not in " ".join(map(str, row)), table
