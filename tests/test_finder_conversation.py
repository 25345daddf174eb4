"""Stories of people using the finder conversation, on a real SQLite file with the sample catalog."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from catalog.model import Group
from catalog.store import Store
from conversations import texts as T
from conversations.dialogue import Dialogue, Press, Unsupported
from conversations.handoff import CONTINUE_DATA
from tests.conftest import NOW
from tests.talk import Chat


def shown_ids(chat: Chat) -> list[str]:
    """The ids of the groups in the last replies, read from their report buttons."""
    return [
        b.data.split(":")[1]
        for b in chat.buttons()
        if b.data.startswith("rep:") and b.data.count(":") == 1
    ]


async def groups_by_id(store: Store) -> dict[str, Group]:
    return {s.group.id: s.group for s in await store.all_groups(include_removed=True)}


async def test_person_who_types_panic_atacks_online_reaches_online_anxiety_groups(
    dialogue: Dialogue, store: Store
) -> None:
    chat = Chat(dialogue)
    await chat.command("start")
    await chat.say("panic atacks, online please")
    assert "anxiety" in chat.text.lower()
    # Every remaining question is skipped, the way a tired person would.
    while not shown_ids(chat):
        assert chat.exchanges < 9, chat.text
        await chat.tap(T.B_SKIP)
    assert chat.exchanges <= 8
    catalog = await groups_by_id(store)
    shown = [catalog[i] for i in shown_ids(chat)]
    assert 1 <= len(shown) <= 3
    assert all(g.meets_online for g in shown)
    assert "anxiety" in shown[0].topics


async def test_show_groups_now_skips_the_remaining_questions(dialogue: Dialogue) -> None:
    chat = Chat(dialogue)
    await chat.command("start")
    await chat.say("I've been drinking too much")
    await chat.tap(T.B_SHOW_NOW)
    assert shown_ids(chat), chat.text
    assert chat.exchanges == 3
    assert "next:" in chat.text or T.NEXT_MEETING_FALLBACK in chat.text


async def test_full_search_with_buttons_and_a_typed_place_finds_groups_nearby(
    dialogue: Dialogue, store: Store
) -> None:
    chat = Chat(dialogue)
    await chat.command("start")
    await chat.tap("Grief and loss")
    await chat.tap(T.B_FOR_ME)
    await chat.tap(T.B_IN_PERSON)
    await chat.say("Londn")
    assert "London" in chat.text
    await chat.tap("15 km")
    await chat.tap(T.B_NO_PREF)
    await chat.tap(T.B_ANY_TIME)
    await chat.tap(T.B_COST_OK)
    await chat.tap(T.B_ANYONE)
    await chat.tap(T.B_ANY_LANGUAGE)
    catalog = await groups_by_id(store)
    shown = [catalog[i] for i in shown_ids(chat)]
    assert shown, chat.text
    for group in shown:
        assert group.meets_in_person
        assert group.country == "GB"
    maps = [b.url for r in chat.last for row in r.buttons for b in row if b.label == T.B_MAP]
    assert maps and all(url and url.startswith("https://www.openstreetmap.org/") for url in maps)


async def test_shared_location_ranks_groups_by_distance(dialogue: Dialogue, store: Store) -> None:
    chat = Chat(dialogue)
    await chat.command("start")
    await chat.tap("Anxiety and panic")
    await chat.tap(T.B_FOR_ME)
    await chat.tap(T.B_EITHER)
    await chat.locate(40.6782, -73.9442)  # Brooklyn
    assert "New York" in chat.text or "Brooklyn" in chat.text
    await chat.tap(T.B_SHOW_NOW)
    catalog = await groups_by_id(store)
    shown = [catalog[i] for i in shown_ids(chat)]
    assert shown
    in_person = [g for g in shown if g.format.value == "in_person"]
    assert all(g.country == "US" for g in in_person)


async def test_back_returns_to_the_previous_question_and_keeps_going(dialogue: Dialogue) -> None:
    chat = Chat(dialogue)
    await chat.command("start")
    await chat.tap("Depression and low mood")
    assert T.ASK_WHO in chat.text
    await chat.command("back")
    assert T.ASK_NEED in chat.text
    await chat.command("back")
    assert T.NOTHING_TO_GO_BACK_TO in chat.text
    await chat.tap("Loneliness")
    assert T.ASK_WHO in chat.text


async def test_cancel_stops_and_start_begins_again(dialogue: Dialogue, db_path: Path) -> None:
    chat = Chat(dialogue)
    await chat.command("start")
    await chat.tap("Stress and burnout")
    await chat.command("cancel")
    assert chat.text == T.CANCELLED
    with sqlite3.connect(db_path) as db:
        assert db.execute("SELECT COUNT(*) FROM conversations").fetchone()[0] == 0
    await chat.command("start")
    assert T.WELCOME in chat.text


async def test_a_restart_mid_conversation_resumes_at_the_same_step(
    dialogue: Dialogue, db_path: Path
) -> None:
    chat = Chat(dialogue)
    await chat.command("start")
    await chat.tap("Anxiety and panic")
    await chat.tap(T.B_FOR_ME)
    assert T.ASK_FORMAT in chat.text
    await dialogue.store.close()

    reopened = await Store.open(db_path)
    try:
        again = Chat(Dialogue(reopened, clock=lambda: NOW))
        await again.say("online")
        assert T.ASK_FACILITATION in again.text
    finally:
        await reopened.close()


async def test_deep_link_starts_with_the_need_filled_in(dialogue: Dialogue) -> None:
    chat = Chat(dialogue)
    await chat.command("start", "gambling")
    assert "gambling" in chat.text.lower()
    assert T.ASK_WHO in chat.text
    await chat.tap(T.B_SHOW_NOW)
    assert shown_ids(chat)


async def test_an_unknown_deep_link_gets_the_normal_welcome(dialogue: Dialogue) -> None:
    chat = Chat(dialogue)
    await chat.command("start", "not-a-need")
    assert T.WELCOME in chat.text


async def test_a_button_from_an_earlier_question_gets_a_kind_reply(dialogue: Dialogue) -> None:
    chat = Chat(dialogue)
    await chat.command("start")
    await chat.tap("Anxiety and panic")
    old_need_button = Press("need:grief")
    await chat.send(old_need_button)
    assert T.STALE_BUTTON in chat.text
    assert T.ASK_WHO in chat.text


async def test_callback_data_that_was_never_sent_changes_nothing(dialogue: Dialogue) -> None:
    chat = Chat(dialogue)
    await chat.command("start")
    await chat.tap("Anxiety and panic")
    before = await dialogue.store.load_conversation(chat.person.chat_id)
    await chat.send(Press("who:\x00garbage"))
    assert T.ASK_WHO in chat.text
    await chat.send(Press("zzz"))
    after = await dialogue.store.load_conversation(chat.person.chat_id)
    assert before == after


async def test_gibberish_need_is_asked_again_kindly(dialogue: Dialogue) -> None:
    chat = Chat(dialogue)
    await chat.command("start")
    await chat.say("qwzx plm")
    assert T.ASK_NEED_AGAIN in chat.text


async def test_a_4000_character_message_gets_a_kind_reply_and_changes_nothing(
    dialogue: Dialogue,
) -> None:
    chat = Chat(dialogue)
    await chat.command("start")
    await chat.say("word " * 800)
    assert T.TOO_LONG in chat.text
    state = await dialogue.store.load_conversation(chat.person.chat_id)
    assert state is not None and state["intake"]["step"] == "need"


async def test_a_sticker_gets_a_hint_to_type_or_tap(dialogue: Dialogue) -> None:
    chat = Chat(dialogue)
    await chat.command("start")
    await chat.send(Unsupported("sticker"))
    assert chat.text == T.NOT_TEXT


async def test_inactive_groups_are_never_shown(dialogue: Dialogue, store: Store) -> None:
    catalog = await groups_by_id(store)
    inactive = [g for g in catalog.values() if not g.active]
    assert inactive, "the sample catalog keeps a few inactive groups to prove this"
    for group in inactive:
        chat = Chat(dialogue, chat_id=5000 + len(group.id))
        await chat.command("start")
        await chat.say(group.name)
        await chat.tap(T.B_SHOW_NOW)
        for _ in range(5):
            assert group.id not in shown_ids(chat)
            if not any(b.label == T.B_MORE for b in chat.buttons()):
                break
            await chat.tap(T.B_MORE)


async def test_nothing_found_relaxes_a_filter_and_says_which(dialogue: Dialogue) -> None:
    chat = Chat(dialogue)
    await chat.command("start")
    await chat.tap("Anxiety and panic")
    await chat.tap(T.B_FOR_ME)
    await chat.tap(T.B_IN_PERSON)
    await chat.say("Reykjavik")
    await chat.tap(T.B_SHOW_NOW)
    assert shown_ids(chat), chat.text
    assert "online" in chat.text.lower()
    assert "found no" in chat.text.lower() or "nothing within" in chat.text.lower()


async def test_more_and_change_my_answers_work_from_the_results(dialogue: Dialogue) -> None:
    chat = Chat(dialogue)
    await chat.command("start")
    await chat.tap("Anxiety and panic")
    await chat.tap(T.B_SHOW_NOW)
    first = shown_ids(chat)
    if any(b.label == T.B_MORE for b in chat.buttons()):
        await chat.tap(T.B_MORE)
        assert not set(first) & set(shown_ids(chat))
    await chat.tap(T.B_CHANGE)
    await chat.tap("Cost")
    await chat.tap(T.B_FREE_ONLY)
    catalog = await groups_by_id(dialogue.store)
    assert all(
        catalog[i].cost is not None and catalog[i].cost.value == "free" for i in shown_ids(chat)
    )


async def test_forget_leaves_no_row_about_the_person(dialogue: Dialogue, db_path: Path) -> None:
    chat = Chat(dialogue, chat_id=777001)
    await chat.command("start")
    await chat.tap("Anxiety and panic")
    await chat.tap(T.B_FOR_ME)
    await chat.command("forget")
    await chat.tap(T.B_YES_FORGET)
    assert chat.text == T.FORGET_DONE
    with sqlite3.connect(db_path) as db:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            for row in db.execute(f"SELECT * FROM {table}"):
                assert "777001" not in " ".join(map(str, row)), table


async def test_a_crisis_message_mid_intake_gets_the_handoff_first_and_continue_resumes(
    dialogue: Dialogue,
) -> None:
    chat = Chat(dialogue)
    await chat.command("start")
    await chat.tap("Depression and low mood")
    await chat.tap(T.B_FOR_ME)
    assert T.ASK_FORMAT in chat.text
    await chat.say("honestly I want to kill myself")
    assert len(chat.last) == 1
    handoff = chat.text
    assert "999" in handoff  # the deployment's default country is GB
    assert "kill myself" not in handoff
    await chat.send(Press(CONTINUE_DATA))
    assert T.ASK_FORMAT in chat.text


async def test_crisis_and_help_commands_are_always_there(dialogue: Dialogue) -> None:
    chat = Chat(dialogue)
    await chat.command("help")
    assert chat.text.splitlines()[0].count("/crisis") == 1
    await chat.command("crisis")
    assert "999" in chat.text
    await chat.command("privacy")
    assert "30 days" in chat.text
