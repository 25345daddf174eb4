"""Odd, hostile and unexpected updates: each gets a kind reply or none, nothing crashes, and
nothing is written that should not be.

Through Telegram (the real Application against the fake Bot API) for every kind of update we
can build, and straight into `Dialogue.handle` with hypothesis for random events.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import logging
import sqlite3
import time
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from catalog.sample import seed_if_empty
from catalog.store import Store
from conversations import admin_texts as A
from conversations import texts as T
from conversations.dialogue import (
    ADMIN_COMMANDS,
    USER_COMMANDS,
    Command,
    Dialogue,
    Event,
    Location,
    Person,
    Press,
    Text,
    Unsupported,
)
from conversations.handoff import AGAIN_DATA, CONTINUE_DATA
from conversations.reply import Reply
from tests.conftest import NOW
from tests.fake_bot_api import FakeBotAPI, SentMessage
from tests.telegram_driver import ADMIN, running_bot
from tests.telegram_driver import Person as Someone

ODD_TEXTS = 5554001
MEDIA = 5554002
BYSTANDER = 5554003
STALE = 5554004
REPORTER = 5554005
GROUP_CHAT = -1005554006
CHANNEL = -1005554007

# Telegram accepts at most 4,096 characters in a message, so that is the longest a person can send.
LONGEST = 4096

ODD_WORDS = {
    "a 4,096-character message": "I just need someone to listen. " * 132,
    "4,096 letters in one word": "a" * LONGEST,
    "4,096 emoji": "😔" * LONGEST,
    "control characters": "\x00\x01\x07\x08\x1b[31mhello\x1b[0m\x7f\x9b",
    "zero-width characters": "\u200b\u200c\u200d\u2060\ufeff",
    "zero-width inside a word": "f\u200bo\u200dr\u200c m\u2060e\ufeff please",
    "right-to-left text": "אני צריך עזרה עם משהו",
    "right-to-left override": "\u202etxet desrever\u202c and \u2067isolated\u2069",
    "Arabic": "أحتاج إلى مجموعة دعم",
    "emoji only": "😶‍🌫️🫠💔",
    "combining marks": "Z̵̡̢̛̗͇͍̳͈̗͎̙̮̞̐̽̄̈́̔̈́͊͝a̸̧̛̜̮̠̻̳̻l̷̡̛̖̪̍g̶̢̛̪̲̅o̵̧͈̙̊͋",
    "private-use characters": "\ue000\uf8ff\U000f0000\U0010fffd",
}


def _person_json(user_id: int, first_name: str = "Robin") -> dict[str, Any]:
    return {"id": user_id, "is_bot": False, "first_name": first_name, "language_code": "en"}


def _private_chat(chat_id: int) -> dict[str, Any]:
    return {"id": chat_id, "type": "private", "first_name": "Robin"}


_message_ids = itertools.count(10_000)


def _message(chat_id: int, **fields: Any) -> dict[str, Any]:
    """A person's message in their private chat with the bot, carrying `fields`."""
    return {
        "message_id": next(_message_ids),
        "date": int(time.time()),
        "chat": _private_chat(chat_id),
        "from": _person_json(chat_id),
        **fields,
    }


def _file(number: int) -> dict[str, Any]:
    return {"file_id": f"BQACAgRaw{number:04d}", "file_unique_id": f"AgADRaw{number:04d}"}


def _poll() -> dict[str, Any]:
    options = [
        {"text": "Mornings", "voter_count": 1, "persistent_id": "opt-1"},
        {"text": "Evenings", "voter_count": 0, "persistent_id": "opt-2"},
    ]
    return {
        "id": "5554000001",
        "question": "When do you feel worst?",
        "options": options,
        "total_voter_count": 1,
        "is_closed": False,
        "is_anonymous": False,
        "type": "regular",
        "allows_multiple_answers": False,
        "allows_revoting": False,
        "members_only": False,
    }


def _media_messages(chat_id: int) -> dict[str, dict[str, Any]]:
    """Every message a person can send that has no text, built as Telegram delivers it."""
    return {
        "video": _message(chat_id, video={**_file(1), "width": 640, "height": 360, "duration": 3}),
        # Telegram sends an animation with a document beside it, for old clients.
        "animation": _message(
            chat_id,
            animation={**_file(2), "width": 320, "height": 240, "duration": 2},
            document={**_file(2), "file_name": "funny.gif.mp4", "mime_type": "video/mp4"},
        ),
        "audio": _message(chat_id, audio={**_file(3), "duration": 180, "title": "Calm"}),
        "video note": _message(chat_id, video_note={**_file(4), "length": 240, "duration": 5}),
        "contact": _message(
            chat_id, contact={"phone_number": "+447700900123", "first_name": "Sam"}
        ),
        "poll": _message(chat_id, poll=_poll()),
        "dice": _message(chat_id, dice={"emoji": "🎲", "value": 6}),
    }


def _updates_for_no_one(chat_id: int) -> dict[str, dict[str, Any]]:
    """Updates that are not a person talking to the bot in a private chat."""
    someone = _person_json(chat_id)
    bot_user = {"id": 123456, "is_bot": True, "first_name": "Group Finder"}
    group = {"id": GROUP_CHAT, "type": "supergroup", "title": "Peer support circle"}
    channel = {"id": CHANNEL, "type": "channel", "title": "Wellbeing news"}
    return {
        "poll": {"poll": _poll()},
        "poll_answer": {
            "poll_answer": {
                "poll_id": "5554000001",
                "user": someone,
                "option_ids": [0],
                "option_persistent_ids": ["opt-1"],
            }
        },
        "my_chat_member": {
            "my_chat_member": {
                "chat": _private_chat(chat_id),
                "from": someone,
                "date": int(time.time()),
                "old_chat_member": {"status": "member", "user": bot_user},
                "new_chat_member": {"status": "kicked", "user": bot_user, "until_date": 0},
            }
        },
        "chat_member": {
            "chat_member": {
                "chat": group,
                "from": someone,
                "date": int(time.time()),
                "old_chat_member": {"status": "left", "user": someone},
                "new_chat_member": {"status": "member", "user": someone},
            }
        },
        "message_reaction": {
            "message_reaction": {
                "chat": _private_chat(chat_id),
                "message_id": 1,
                "user": someone,
                "date": int(time.time()),
                "old_reaction": [],
                "new_reaction": [{"type": "emoji", "emoji": "❤"}],
            }
        },
        "channel_post": {
            "channel_post": {
                "message_id": 7,
                "date": int(time.time()),
                "chat": channel,
                "text": "Our Tuesday group moves to Wednesday",
            }
        },
        "edited_channel_post": {
            "edited_channel_post": {
                "message_id": 7,
                "date": int(time.time()),
                "edit_date": int(time.time()),
                "chat": channel,
                "text": "Our Tuesday group moves to Thursday",
            }
        },
        "inline_query": {
            "inline_query": {"id": "8800001", "from": someone, "query": "anxiety", "offset": ""}
        },
        "chosen_inline_result": {
            "chosen_inline_result": {"result_id": "r-1", "from": someone, "query": "anxiety"}
        },
        "shipping_query": {
            "shipping_query": {
                "id": "ship-1",
                "from": someone,
                "invoice_payload": "donation",
                "shipping_address": {
                    "country_code": "GB",
                    "state": "",
                    "city": "Leeds",
                    "street_line1": "1 Park Row",
                    "street_line2": "",
                    "post_code": "LS1 5AB",
                },
            }
        },
    }


def conversation_row(database: Path, chat_id: int) -> str | None:
    """The stored state of one chat exactly as written, or None when there is no row."""
    with sqlite3.connect(database) as db:
        row = db.execute("SELECT state FROM conversations WHERE chat_id = ?", (chat_id,)).fetchone()
    return None if row is None else str(row[0])


def group_rows(database: Path) -> list[tuple[str, str, str | None]]:
    with sqlite3.connect(database) as db:
        rows = db.execute("SELECT id, data, removed_at FROM groups ORDER BY id").fetchall()
    return [(str(i), str(d), r) for i, d, r in rows]


def report_count(database: Path) -> int:
    with sqlite3.connect(database) as db:
        return int(db.execute("SELECT COUNT(*) FROM reports").fetchone()[0])


def texts_of(messages: list[SentMessage]) -> list[str]:
    return [m.text or "" for m in messages]


def assert_nothing_broke(fake: FakeBotAPI, caplog: pytest.LogCaptureFixture) -> None:
    """No request Telegram would refuse, no error reply, no handler failure in the logs."""
    assert not fake.rejected_calls(), [c.describe() for c in fake.rejected_calls()]
    assert not any(m.text == T.SOMETHING_WENT_WRONG for m in fake.sent())
    failures = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert not failures, [f"{r.name}: {r.getMessage()}" for r in failures]


async def at_the_who_question(fake: FakeBotAPI, chat_id: int) -> Someone:
    """A person who has chosen a topic and is being asked who the support is for."""
    person = Someone(fake, chat_id)
    person.command("start")
    await person.expect(T.ASK_NEED)
    person.tap("Grief and loss")
    await person.expect(T.ASK_WHO)
    return person


LAST_WORDS = (T.NOT_TEXT, T.DOCUMENT_NOT_EXPECTED, T.REPORT_UNKNOWN)


def answered(person: Someone) -> bool:
    """Whether the bot has finished answering: the question again, or a one-line reply."""
    new = texts_of(person.new())
    return bool(new) and (T.ASK_WHO in new[-1] or new[-1] in LAST_WORDS)


async def reply_to(person: Someone, send: Callable[[], int]) -> list[str]:
    """Send one thing and return the texts of everything the bot answered to it."""
    person.mark()
    send()
    await person.fake.wait_until(
        lambda: answered(person), timeout=15.0, what=f"an answer in chat {person.chat_id}"
    )
    return texts_of(person.new())


async def test_odd_and_enormous_texts_get_a_kind_nudge_and_leave_the_answers_alone(
    fake: FakeBotAPI, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    database = tmp_path / "gf.sqlite3"
    caplog.set_level(logging.WARNING)
    async with running_bot(fake, database):
        robin = await at_the_who_question(fake, ODD_TEXTS)
        before, groups = conversation_row(database, ODD_TEXTS), group_rows(database)
        for what, words in ODD_WORDS.items():
            answer = await reply_to(robin, partial(fake.send_text, ODD_TEXTS, words))
            assert T.ASK_WHO in answer[-1], what
            assert not any(words.strip() in text for text in answer), f"{what} was echoed"
            assert conversation_row(database, ODD_TEXTS) == before, what
        assert group_rows(database) == groups
        assert_nothing_broke(fake, caplog)


async def test_every_kind_of_message_without_text_gets_a_kind_hint_and_changes_nothing(
    fake: FakeBotAPI, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    database = tmp_path / "gf.sqlite3"
    caplog.set_level(logging.WARNING)
    async with running_bot(fake, database):
        sam = Someone(fake, MEDIA)
        sam.command("start")
        await sam.expect(T.ASK_NEED)
        sam.locate(53.8008, -1.5491)  # a pin where words or a topic are asked for
        assert T.USE_BUTTONS in await sam.expect(T.ASK_NEED)
        sam.tap("Grief and loss")
        await sam.expect(T.ASK_WHO)
        before = conversation_row(database, MEDIA)
        sends: dict[str, Callable[[], int]] = {
            "sticker": lambda: fake.send_sticker(MEDIA),
            "voice": lambda: fake.send_voice(MEDIA),
            "photo": lambda: fake.send_photo(MEDIA),
            # A place where a button is expected: the person is shown the question again.
            "location": lambda: fake.share_location(MEDIA, 53.8008, -1.5491),
            "venue": lambda: fake.send_raw_update(
                {
                    "message": _message(
                        MEDIA,
                        location={"latitude": 53.8008, "longitude": -1.5491},
                        venue={
                            "location": {"latitude": 53.8008, "longitude": -1.5491},
                            "title": "Leeds Central Library",
                            "address": "Calverley St, Leeds",
                        },
                    )
                }
            ),
        }
        for kind, message in _media_messages(MEDIA).items():
            sends[kind] = partial(fake.send_raw_update, {"message": message})
        for kind, send in sends.items():
            answer = await reply_to(sam, send)
            kind_words = {T.NOT_TEXT, T.DOCUMENT_NOT_EXPECTED, T.USE_BUTTONS}
            assert answer[0] in kind_words or T.ASK_WHO in answer[0], kind
            assert conversation_row(database, MEDIA) == before, kind
        assert_nothing_broke(fake, caplog)


async def test_updates_that_are_not_a_person_talking_get_no_reply_and_no_error(
    fake: FakeBotAPI, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    database = tmp_path / "gf.sqlite3"
    caplog.set_level(logging.WARNING)
    async with running_bot(fake, database):
        bystander = Someone(fake, BYSTANDER)
        groups = group_rows(database)
        for update in _updates_for_no_one(BYSTANDER).values():
            fake.send_raw_update(update)
        # Updates arrive in order, so once /help is answered the bot has had all of the above.
        bystander.command("help")
        await bystander.expect(T.HELP.splitlines()[0])
        assert texts_of(fake.sent(BYSTANDER)) == [T.HELP]
        assert fake.sent(GROUP_CHAT) == [] and fake.sent(CHANNEL) == []
        assert conversation_row(database, BYSTANDER) is None
        assert group_rows(database) == groups
        assert_nothing_broke(fake, caplog)


async def test_in_a_group_chat_nobody_is_asked_anything_personal_and_nothing_is_kept(
    fake: FakeBotAPI, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    database = tmp_path / "gf.sqlite3"
    caplog.set_level(logging.WARNING)
    async with running_bot(fake, database):
        fake.send_command(GROUP_CHAT, "start", mention_bot=True)
        [pointer] = await fake.wait_for_messages(GROUP_CHAT)
        assert pointer.buttons == [], "no questions in front of the whole group"
        fake.send_text(GROUP_CHAT, "I have been so anxious since the accident")
        fake.send_text(GROUP_CHAT, "i want to end my life")
        [handoff] = await fake.wait_for_messages(GROUP_CHAT)
        assert "Samaritans" in (handoff.text or ""), "a crisis is answered everywhere"
        assert handoff.buttons == [], "no button leads the group into a personal conversation"
        assert all("anxious" not in t and "accident" not in t for t in texts_of(fake.sent()))
        assert conversation_row(database, GROUP_CHAT) is None
        assert_nothing_broke(fake, caplog)


async def test_a_button_nobody_was_shown_gets_the_current_question_again(
    fake: FakeBotAPI, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    database = tmp_path / "gf.sqlite3"
    caplog.set_level(logging.WARNING)
    forged = [
        "zz\x00:" + "q" * 40,
        "rep:" + "x" * 60,
        "rep:no-such-group:gone",
        "need:not-a-need",
        "res:more",
        "adm:imp:apply:0123456789ab",
        "language:" + "🙂" * 12,
        "",
    ]
    async with running_bot(fake, database):
        kim = await at_the_who_question(fake, STALE)
        welcome = fake.sent(STALE)[0]
        before, groups = conversation_row(database, STALE), group_rows(database)
        reports = report_count(database)
        for data in forged:
            query = {
                "id": f"forged-{data.encode().hex()[:40]}",
                "from": _person_json(STALE),
                "message": {
                    "message_id": welcome.message_id,
                    "date": welcome.date,
                    "chat": _private_chat(STALE),
                    "text": welcome.text,
                },
                "chat_instance": "forged",
                "data": data,
            }
            answer = await reply_to(kim, partial(fake.send_raw_update, {"callback_query": query}))
            assert T.ASK_WHO in answer[-1] or answer == [T.REPORT_UNKNOWN], data
            assert conversation_row(database, STALE) == before, data
        assert group_rows(database) == groups
        assert report_count(database) == reports
        # Telegram refuses to answer a query it never issued; the bot carries on regardless.
        refused = fake.rejected_calls()
        assert {c.method for c in refused} <= {"answerCallbackQuery"}
        assert all(str(c.params["callback_query_id"]).startswith("forged-") for c in refused)
        assert not any(m.text == T.SOMETHING_WENT_WRONG for m in fake.sent())
        assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


async def test_buttons_from_before_a_restart_lead_back_to_the_question_the_person_is_on(
    fake: FakeBotAPI, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    database = tmp_path / "gf.sqlite3"
    caplog.set_level(logging.WARNING)
    async with running_bot(fake, database):
        kim = await at_the_who_question(fake, STALE)
        welcome = fake.sent(STALE)[0]
    before = conversation_row(database, STALE)
    async with running_bot(fake, database):
        kim.press("need:anxiety", welcome.message_id)
        text = await kim.expect(T.ASK_WHO)
        assert T.STALE_BUTTON in text
        assert conversation_row(database, STALE) == before
        kim.tap(T.B_FOR_ME)
        await kim.expect(T.ASK_FORMAT)
        assert_nothing_broke(fake, caplog)


async def test_reporting_a_group_an_admin_has_since_removed_gets_a_kind_answer(
    fake: FakeBotAPI, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    database = tmp_path / "gf.sqlite3"
    caplog.set_level(logging.WARNING)
    async with running_bot(fake, database):
        lee, admin = Someone(fake, REPORTER), Someone(fake, ADMIN)
        lee.command("start")
        await lee.expect(T.ASK_NEED)
        lee.say("grief, online please")
        await lee.expect(T.ASK_WHO)
        lee.tap(T.B_SHOW_NOW)
        await lee.expect(T.RESULTS_FOOTER)
        first = next(m for m in lee.new() if any(label == T.B_REPORT for label, _ in m.buttons))
        report_data = first.button_data(T.B_REPORT)
        group_id = report_data.removeprefix("rep:")

        admin.command("remove", group_id)
        await admin.expect("Hide ")
        admin.tap(A.B_YES_HIDE)
        await admin.expect("Hidden")
        hidden = group_rows(database)

        lee.press(report_data, first.message_id)
        await lee.expect(T.REPORT_ASK)
        reason_message = lee.new()[-1]
        lee.press(reason_message.buttons[0][1] or "", reason_message.message_id)
        await lee.next_message()
        assert texts_of(lee.new()) in ([T.REPORT_THANKS], [T.REPORT_UNKNOWN])
        assert group_rows(database) == hidden, "a report never brings a hidden group back"
        assert_nothing_broke(fake, caplog)


# -- straight into the dialogue, with random events ---------------------------------------------

FUZZ_ADMIN = 42
COMMAND_NAMES = [n for n, _ in (*USER_COMMANDS, *ADMIN_COMMANDS)]
REAL_PRESSES = [
    "need:anxiety", "need:more", "need:skip", "who:me", "format:in_person", "format:online",
    "place:skip", "distance:15", "facilitation:any", "when:weekend", "cost:free",
    "audience:any", "language:en", "res:more", "res:change", "res:restart", "nav:back",
    "rep:london-anxiety-circle", "rep:london-anxiety-circle:gone", "forget:yes", "forget:no",
    CONTINUE_DATA, AGAIN_DATA, "adm:imp:apply:x", "adm:w:name:skip",
]  # fmt: skip
PHRASES = [
    "panic attacks", "I lost my mum last year", "online", "in person", "for me", "Leeds",
    "skip", "15", "weekend", "free", "english", "any", "drinking too much, in London",
]  # fmt: skip

any_text = st.one_of(
    st.text(max_size=200),
    st.text(alphabet=st.characters(categories=["Cc", "Cf", "Zs", "So", "Mn"]), max_size=40),
    st.sampled_from(PHRASES + list(ODD_WORDS.values())),
    # Over Telegram's limit, built by repeating a random piece so it stays cheap to draw.
    st.builds(lambda piece, n: (piece * n)[: LONGEST + 200], st.text(min_size=1), st.just(5000)),
)
coordinates = st.one_of(
    st.tuples(st.floats(-90, 90), st.floats(-180, 180)),
    st.sampled_from([(90.0, 180.0), (-90.0, -180.0), (0.0, 0.0), (-0.0, 179.999999), (89.9, 0)]),
)
random_events = st.one_of(
    any_text.map(Text),
    st.one_of(st.sampled_from(REAL_PRESSES), st.text(max_size=64)).map(Press),
    st.builds(
        Command,
        st.one_of(st.sampled_from(COMMAND_NAMES), st.text(max_size=40)),
        st.one_of(st.just(""), any_text),
    ),
    coordinates.map(lambda c: Location(*c)),
    st.sampled_from(["sticker", "voice", "photo", "poll", "other"]).map(Unsupported),
)


def telegram_would_refuse(reply: Reply) -> list[str]:
    """What Telegram would reject in this reply: empty or too long text, bad button data."""
    problems = []
    if not reply.text.strip():
        problems.append("empty text")
    if len(reply.text) > LONGEST:
        problems.append(f"{len(reply.text)} characters")
    for row in reply.buttons:
        for button in row:
            if not button.url and not 0 < len(button.data.encode()) <= 64:
                problems.append(f"button data {button.data!r}")
    return problems


def shown_presses(replies: list[Reply]) -> list[str]:
    return [b.data for r in replies for row in r.buttons for b in row if b.data]


@pytest.fixture
def fuzz_dialogue(tmp_path: Path) -> Iterator[tuple[asyncio.AbstractEventLoop, Dialogue]]:
    """One dialogue over a seeded SQLite file, with its own loop for hypothesis' sync examples."""
    loop = asyncio.new_event_loop()
    store = loop.run_until_complete(Store.open(tmp_path / "fuzz.sqlite3"))
    loop.run_until_complete(seed_if_empty(store))
    dialogue = Dialogue(
        store, default_country="GB", admin_ids=frozenset({FUZZ_ADMIN}), clock=lambda: NOW
    )
    try:
        yield loop, dialogue
    finally:
        loop.run_until_complete(store.close())
        loop.close()


_chats = itertools.count(1)


@settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(data=st.data(), admin=st.booleans())
def test_the_dialogue_answers_any_event_kindly_and_never_repeats_what_was_typed(
    fuzz_dialogue: tuple[asyncio.AbstractEventLoop, Dialogue], data: st.DataObject, admin: bool
) -> None:
    loop, dialogue = fuzz_dialogue
    chat = next(_chats)  # a fresh chat each time, so one example never starts where another ended
    person = Person(chat_id=chat, user_id=FUZZ_ADMIN if admin else chat, language_code="en")
    shown: list[str] = []
    for _ in range(data.draw(st.integers(1, 10), label="turns")):
        # Every turn draws the same things whatever was shown, so hypothesis can replay it.
        tap = data.draw(st.booleans(), label="tap a shown button")
        which = data.draw(st.integers(0, 63), label="which button")
        random_event = data.draw(random_events, label="event")
        event: Event = Press(shown[which % len(shown)]) if tap and shown else random_event
        replies = loop.run_until_complete(dialogue.handle(person, event))
        assert replies, f"no answer to {event!r}"
        for reply in replies:
            assert not telegram_would_refuse(reply), (event, telegram_would_refuse(reply))
        typed = event.text if isinstance(event, Text) else getattr(event, "args", "")
        typed = typed.strip()
        # Admins' own words come back to them on purpose (a group's name in the wizard).
        if not admin and len(typed) > 12:
            assert not any(typed in r.text for r in replies), f"echoed {typed!r}"
        shown = shown_presses(replies) or shown
    stored = loop.run_until_complete(dialogue.store.load_conversation(chat))
    assert stored is None or json.loads(json.dumps(stored)) == stored
