"""End to end: the real python-telegram-bot Application over HTTP against a fake Bot API server."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from conversations import texts as T
from conversations.dialogue import USER_COMMANDS
from conversations.handoff import CONTINUE_DATA
from tests.fake_bot_api import FakeBotAPI
from tests.telegram_driver import Person, running_bot

CHAT = 5551001


async def test_full_search_with_buttons_free_text_and_a_shared_location(
    fake: FakeBotAPI, tmp_path: Path
) -> None:
    async with running_bot(fake, tmp_path / "gf.sqlite3"):
        await fake.wait_for_call("setMyCommands")
        assert [c["command"] for c in fake.commands()] == [n for n, _ in USER_COMMANDS]
        alex = Person(fake, CHAT)
        alex.command("start")
        await alex.expect("What would you like support with")
        alex.say("I keep having panik atacks")
        await alex.expect(T.ASK_WHO)
        alex.tap(T.B_FOR_ME)
        await alex.expect(T.ASK_FORMAT)
        alex.tap(T.B_IN_PERSON)
        await alex.expect("Where are you?")
        alex.locate(51.5155, -0.0922)  # the City of London
        await alex.expect(T.ASK_DISTANCE)
        alex.tap("15 km")
        await alex.expect(T.ASK_FACILITATION)
        alex.tap(T.B_SHOW_NOW)
        await alex.expect(T.RESULTS_FOOTER)

        results = [m for m in alex.new() if "matches: anxiety" in m.text]
        assert results
        # A search is a few cards, not a stream of messages: intro and way on ride on the cards.
        assert len(alex.new()) <= 3
        maps = [url for m in results for label, url in m.buttons if label == T.B_MAP]
        assert maps, "in-person results get a map link"
        assert all("km away" in m.text or "under 1 km" in m.text for m in results)
        assert not fake.rejected_calls()


async def test_a_restart_mid_conversation_resumes_at_the_same_step(
    fake: FakeBotAPI, tmp_path: Path
) -> None:
    database = tmp_path / "gf.sqlite3"
    alex = Person(fake, CHAT)
    async with running_bot(fake, database):
        alex.command("start")
        await alex.expect("What would you like support with")
        alex.tap("Loneliness")
        await alex.expect(T.ASK_WHO)

    async with running_bot(fake, database):
        alex.tap(T.B_FOR_SOMEONE)
        await alex.expect(T.ASK_FORMAT)


async def test_a_deep_link_starts_with_the_need_filled_in(fake: FakeBotAPI, tmp_path: Path) -> None:
    async with running_bot(fake, tmp_path / "gf.sqlite3"):
        alex = Person(fake, CHAT)
        alex.command("start", "grief")
        text = await alex.expect(T.ASK_WHO)
        assert "grief" in text.lower()


async def test_a_crisis_message_mid_intake_gets_the_handoff_first_and_continue_resumes(
    fake: FakeBotAPI, tmp_path: Path
) -> None:
    async with running_bot(fake, tmp_path / "gf.sqlite3"):
        alex = Person(fake, CHAT)
        alex.command("start")
        await alex.expect("What would you like support with")
        alex.tap("Depression and low mood")
        await alex.expect(T.ASK_WHO)
        alex.say("i dont want to be alive anymore")
        handoff = await alex.next_message()
        assert "999" in handoff.text and "Samaritans" in handoff.text
        assert "alive" not in handoff.text
        alex.press(CONTINUE_DATA, handoff.message_id)
        await alex.expect(T.ASK_WHO)


async def test_an_edited_message_and_a_caption_are_screened_too(
    fake: FakeBotAPI, tmp_path: Path
) -> None:
    async with running_bot(fake, tmp_path / "gf.sqlite3"):
        alex = Person(fake, CHAT)
        update = alex.say("hello")
        await alex.next_message()
        alex.mark()
        fake.edit_text(CHAT, fake.message_id_of(update), "I am going to kill myself tonight")
        assert "116 123" in (await alex.next_message()).text
        alex.mark()
        fake.send_photo(CHAT, caption="goodbye, I took all my pills")
        assert "116 123" in (await alex.next_message()).text


async def test_stickers_voice_and_photos_get_a_kind_hint(fake: FakeBotAPI, tmp_path: Path) -> None:
    async with running_bot(fake, tmp_path / "gf.sqlite3"):
        fake.send_sticker(CHAT)
        fake.send_voice(CHAT)
        fake.send_photo(CHAT)
        replies = await fake.wait_for_messages(CHAT, 3)
        assert all(r.text == T.NOT_TEXT for r in replies)


async def test_forget_leaves_no_row_about_the_person(fake: FakeBotAPI, tmp_path: Path) -> None:
    database = tmp_path / "gf.sqlite3"
    async with running_bot(fake, database):
        alex = Person(fake, CHAT)
        alex.command("start")
        await alex.expect("What would you like support with")
        alex.tap("Stress and burnout")
        await alex.expect(T.ASK_WHO)
        alex.command("forget")
        await alex.expect(T.FORGET_ASK)
        alex.tap(T.B_YES_FORGET)
        await alex.expect(T.FORGET_DONE)
    with sqlite3.connect(database) as db:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            for row in db.execute(f"SELECT * FROM {table}"):
                assert str(CHAT) not in " ".join(map(str, row)), table
