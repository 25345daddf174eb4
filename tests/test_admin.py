"""Stories of admins keeping the catalog right from Telegram, on a real SQLite file.

The admin (user 42 in the fixtures) adds, edits, hides, restores and checks groups; people
searching with the intake see the result at once; anyone else learns nothing of the desk.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest

from catalog.model import Group
from catalog.store import Store
from conversations import admin
from conversations import admin_texts as A
from conversations import texts as T
from conversations.admin import report_digest
from conversations.dialogue import ADMIN_COMMANDS, USER_COMMANDS, Dialogue, Press, Text, Upload
from conversations.handoff import CONTINUE_DATA
from conversations.reply import Reply
from tests.talk import Chat

ADMIN = 42
ANXIETY_CIRCLE = "london-anxiety-circle"  # in the sample catalog: Wednesdays 19:00, donation


def shown_ids(chat: Chat) -> list[str]:
    """The ids of the groups in a search's results, read from their report buttons."""
    return [
        b.data.split(":")[1]
        for b in chat.buttons()
        if b.data.startswith("rep:") and b.data.count(":") == 1
    ]


async def search_in_person(dialogue: Dialogue, words: str, town: str, chat_id: int) -> list[str]:
    """A person's whole search: their words, for me, in person, their town, show groups now."""
    chat = Chat(dialogue, chat_id=chat_id)
    await chat.command("start")
    await chat.say(words)
    await chat.tap(T.B_FOR_ME)
    await chat.tap(T.B_IN_PERSON)
    await chat.say(town)
    await chat.tap(T.B_SHOW_NOW)
    return shown_ids(chat)


async def catalog_rows(store: Store) -> list[tuple[str, dict[str, Any], bool]]:
    return [
        (s.group.id, s.group.model_dump(mode="json"), s.removed)
        for s in await store.all_groups(include_removed=True)
    ]


# -- /add, then a person finds it; /remove and /restore ------------------------
async def test_admin_adds_a_group_step_by_step_and_the_next_search_finds_it(
    dialogue: Dialogue, store: Store
) -> None:
    desk = Chat(dialogue, chat_id=ADMIN)
    await desk.command("add")
    assert A.ASK_NAME in desk.text
    await desk.say("Leeds Gambling Support Circle")
    await desk.say("A weekly circle for anyone whose life is touched by gambling. Tea and talk.")
    await desk.tap("Gambling")
    await desk.tap(A.B_DONE)
    assert A.ASK_FORMAT in desk.text
    await desk.command("back")  # /back returns to the topics, which kept the answer
    assert A.ASK_TOPICS in desk.text
    assert A.B_TICKED.format(label="Gambling") in [b.label for b in desk.buttons()]
    await desk.tap(A.B_DONE)
    await desk.tap("In person")
    await desk.say("Leeds")
    assert "Leeds, GB" in desk.text and "Europe/London" in desk.text
    await desk.say("Quarry House Community Room, 12 Park Lane")
    await desk.tap(A.B_KEEP_TOWN)
    await desk.tap("Tue")
    await desk.tap(A.B_DONE)
    await desk.say("25:99")  # not a time: refused with the reason, and asked again
    assert "That doesn't work for time" in desk.text
    assert "HH:MM" in desk.text
    assert "Input should be" not in desk.text
    assert A.ASK_TIME in desk.text
    await desk.say("7pm")
    await desk.tap(A.B_KEEP_ZONE.format(timezone="Europe/London"))
    await desk.tap("Peer-led")
    await desk.tap("Free")
    await desk.tap("English")
    await desk.tap(A.B_DONE)
    await desk.say("https://example.org/leeds-gambling-circle")
    await desk.tap(A.B_SKIP)
    await desk.tap(A.B_SKIP)
    assert "Save it?" in desk.text
    assert "Tuesdays 19:00" in desk.text
    assert await store.get_group("leeds-gambling-support-circle") is None  # nothing yet
    await desk.tap(A.B_SAVE)
    assert "Added Leeds Gambling Support Circle" in desk.text

    stored = await store.get_group("leeds-gambling-support-circle")
    assert stored is not None and not stored.removed
    group = stored.group
    assert (group.city, group.country, group.timezone) == ("Leeds", "GB", "Europe/London")
    assert group.latitude is not None and abs(group.latitude - 53.8) < 0.1
    assert (group.days, group.time, group.topics) == (["tue"], "19:00", ["gambling"])

    found = await search_in_person(dialogue, "I can't stop gambling", "Leeds", chat_id=501)
    assert found and found[0] == group.id

    await desk.command("remove", group.id)
    assert "Hide Leeds Gambling Support Circle" in desk.text
    assert (await store.get_group(group.id)) is not None
    await desk.tap(A.B_YES_HIDE)
    assert "Hidden" in desk.text
    hidden = await search_in_person(dialogue, "I can't stop gambling", "Leeds", chat_id=502)
    assert group.id not in hidden

    await desk.command("restore", group.id)
    assert "Restored" in desk.text
    again = await search_in_person(dialogue, "I can't stop gambling", "Leeds", chat_id=503)
    assert again and again[0] == group.id

    history = await store.audit_log(group.id)
    assert [(e.action, e.actor) for e in history] == [
        ("restore", "42"),
        ("remove", "42"),
        ("add", "42"),
    ]
    assert history[-1].before is None and history[-1].after is not None


async def test_an_existing_id_is_refused_with_a_clear_message(dialogue: Dialogue) -> None:
    desk = Chat(dialogue, chat_id=ADMIN)
    await desk.command("add")
    await desk.say("London Anxiety Circle")
    assert A.ID_TAKEN.format(id=ANXIETY_CIRCLE) in desk.text
    assert A.ASK_NAME in desk.text


async def test_an_in_person_group_needs_a_way_to_get_in_touch(dialogue: Dialogue) -> None:
    desk = Chat(dialogue, chat_id=ADMIN)
    await desk.command("add")
    for answer in ("Online Calm Evenings", "A calm hour online for anyone feeling anxious."):
        await desk.say(answer)
    await desk.say("anxiety; stress")
    await desk.tap("Online")
    while A.ASK_CONTACT_URL not in desk.text:
        await desk.tap(A.B_SKIP)
    for _ in range(3):
        await desk.tap(A.B_SKIP)
    assert A.CONTACT_NEEDED in desk.text
    await desk.say("calm@example.org")
    assert "Save it?" in desk.text


async def test_cancel_stops_the_wizard_and_saves_nothing(dialogue: Dialogue, store: Store) -> None:
    desk = Chat(dialogue, chat_id=ADMIN)
    before = await store.audit_count()
    await desk.command("add")
    await desk.say("Short Lived Group")
    await desk.command("cancel")
    assert desk.text == A.ALL_STOPPED
    await desk.say("anxiety")  # typed text now goes to a search again, not to the wizard
    assert T.ASK_WHO in desk.text
    assert await store.audit_count() == before
    assert await store.get_group("short-lived-group") is None


# -- nobody else can use the desk ---------------------------------------------
def every_admin_button(group_id: str) -> list[str]:
    """Every shape of `adm:` callback data the desk sends."""
    shapes = [f"adm:menu:{name}" for name, _ in ADMIN_COMMANDS]
    shapes += [f"adm:{scope}:{group_id}" for scope in ("sh", "ed", "rs", "vf", "rm")]
    shapes += [f"adm:rm:{group_id}:yes", f"adm:rm:{group_id}:no", f"adm:rm:#{'0' * 16}:yes"]
    shapes += ["adm:ls:1:", "adm:ls:0:london", "adm:sl:0:180", "adm:rp:0"]
    shapes += ["adm:imp:apply:0123456789ab", "adm:imp:cancel"]
    shapes += ["adm:ft:alcohol", "adm:ft:done", "adm:ft:cancel"]
    shapes += ["adm:w:name:x", "adm:w:nav:back", "adm:w:preview:save", "adm:w:topics:done"]
    shapes += ["adm:w:pick:time", "adm:w:value:clear", "adm:", "adm:zz"]
    return shapes


async def test_someone_who_is_not_an_admin_changes_nothing_and_learns_nothing(
    dialogue: Dialogue, store: Store
) -> None:
    rows, audits = await catalog_rows(store), await store.audit_count()
    stranger = Chat(dialogue, chat_id=777)
    unknown = [Reply(T.UNKNOWN_COMMAND)]
    for name, _ in ADMIN_COMMANDS:
        for args in ("", ANXIETY_CIRCLE, f"{ANXIETY_CIRCLE} time=20:00", "stale 1"):
            assert await stranger.command(name, args) == unknown, name
    for data in every_admin_button(ANXIETY_CIRCLE):
        await stranger.command("start")
        stale_reply = await stranger.send(Press("zzz:never-sent"))
        await stranger.command("start")
        assert await stranger.send(Press(data)) == stale_reply, data
    content = b"id,name,description,topics,format\nx,Sneaky,Sneaky,anxiety,online\n"
    assert await stranger.send(Upload("catalog.csv", content, "topics=alcohol")) == [
        Reply(T.DOCUMENT_NOT_EXPECTED)
    ]
    assert await catalog_rows(store) == rows
    assert await store.audit_count() == audits
    stored = await store.load_conversation(777)
    assert stored is not None and "admin" not in stored


async def test_admin_commands_are_separate_from_the_user_commands_and_all_answer(
    dialogue: Dialogue,
) -> None:
    assert {n for n, _ in ADMIN_COMMANDS} == set(admin.COMMANDS)
    assert not {n for n, _ in ADMIN_COMMANDS} & {n for n, _ in USER_COMMANDS}
    desk = Chat(dialogue, chat_id=ADMIN)
    for name, description in ADMIN_COMMANDS:
        assert 3 <= len(description) <= 256
        await desk.command(name)
        assert desk.text and desk.text != T.UNKNOWN_COMMAND, name
        await desk.command("cancel")


async def test_an_admin_button_after_the_admin_lost_their_role_is_just_stale(
    dialogue: Dialogue, store: Store
) -> None:
    desk = Chat(dialogue, chat_id=ADMIN)
    await desk.command("remove", ANXIETY_CIRCLE)
    former = Dialogue(store, default_country="GB", admin_ids=frozenset(), clock=dialogue.clock)
    demoted = Chat(former, chat_id=ADMIN)
    await demoted.send(Press(f"adm:rm:{ANXIETY_CIRCLE}:yes"))
    assert T.STALE_BUTTON in demoted.text
    stored = await store.get_group(ANXIETY_CIRCLE)
    assert stored is not None and not stored.removed


# -- /edit --------------------------------------------------------------------
async def test_edit_by_buttons_shows_before_and_after_and_saves_on_confirm(
    dialogue: Dialogue, store: Store
) -> None:
    desk = Chat(dialogue, chat_id=ADMIN)
    await desk.command("edit", ANXIETY_CIRCLE)
    assert "Which field?" in desk.text
    await desk.tap("Time")
    await desk.say("half past seven")
    assert "That doesn't work for time: must be HH:MM, 24-hour" in desk.text
    await desk.say("19:30")
    assert "time: 19:00 → 19:30" in desk.text
    await desk.tap(A.B_ANOTHER_FIELD)
    await desk.tap("Days")
    await desk.tap("Thu")
    await desk.tap(A.B_DONE)
    assert "days: wed → wed; thu" in desk.text and "time: 19:00 → 19:30" in desk.text
    stored = await store.get_group(ANXIETY_CIRCLE)
    assert stored is not None and stored.group.time == "19:00"  # not before Save
    await desk.tap(A.B_SAVE)
    assert "Saved" in desk.text
    stored = await store.get_group(ANXIETY_CIRCLE)
    assert stored is not None
    assert (stored.group.time, stored.group.days) == ("19:30", ["wed", "thu"])
    last = (await store.audit_log(ANXIETY_CIRCLE, limit=1))[0]
    assert last.action == "edit" and last.actor == "42"
    assert last.before is not None and last.after is not None
    assert (last.before["time"], last.after["time"]) == ("19:00", "19:30")


async def test_edit_field_equals_value_goes_straight_to_the_preview(
    dialogue: Dialogue, store: Store
) -> None:
    desk = Chat(dialogue, chat_id=ADMIN)
    await desk.command("edit", f"{ANXIETY_CIRCLE} cost=paid")
    assert "cost: donation → paid" in desk.text
    await desk.tap(A.B_SAVE)
    await desk.command("edit", f"{ANXIETY_CIRCLE} city=Leeds")
    assert "town: London → Leeds" in desk.text and "latitude:" in desk.text
    await desk.tap(A.B_SAVE)
    stored = await store.get_group(ANXIETY_CIRCLE)
    assert stored is not None
    assert stored.group.cost is not None and stored.group.cost.value == "paid"
    assert stored.group.city == "Leeds"
    assert stored.group.latitude is not None and abs(stored.group.latitude - 53.8) < 0.1


@pytest.mark.parametrize(
    ("assignment", "reason"),
    [
        ("format=underwater", "must be one of online, in_person, hybrid, not 'underwater'"),
        ("topics=anxeity", "unknown need id 'anxeity' (did you mean 'anxiety'?)"),
        ("contact_email=not-an-address", "is not an email address"),
        ("latitude=123", "must be between -90 and 90"),
        ("timezone=Mars/Olympus", "must be an IANA time zone like Europe/London"),
        ("name=", "it is required"),
        ("colour=blue", "There is no field 'colour'"),
    ],
)
async def test_edit_with_a_bad_value_is_refused_with_a_reason_and_changes_nothing(
    dialogue: Dialogue, store: Store, assignment: str, reason: str
) -> None:
    rows, audits = await catalog_rows(store), await store.audit_count()
    desk = Chat(dialogue, chat_id=ADMIN)
    await desk.command("edit", f"{ANXIETY_CIRCLE} {assignment}")
    assert reason in desk.text
    assert "Input should be" not in desk.text and "Value error" not in desk.text
    assert A.B_SAVE not in [b.label for b in desk.buttons()]
    assert await catalog_rows(store) == rows
    assert await store.audit_count() == audits


async def test_an_edit_overtaken_by_another_change_is_not_saved(
    dialogue: Dialogue, store: Store
) -> None:
    both = Dialogue(store, admin_ids=frozenset({ADMIN, ADMIN + 1000}), clock=dialogue.clock)
    first, second = Chat(both, chat_id=ADMIN), Chat(both, chat_id=ADMIN + 1000)
    await first.command("edit", f"{ANXIETY_CIRCLE} time=18:00")
    await second.command("edit", f"{ANXIETY_CIRCLE} time=20:00")
    await second.tap(A.B_SAVE)
    await first.tap(A.B_SAVE)
    assert A.EDIT_CONFLICT.format(id=ANXIETY_CIRCLE) in first.text
    stored = await store.get_group(ANXIETY_CIRCLE)
    assert stored is not None and stored.group.time == "20:00"


# -- reports, verify, digest --------------------------------------------------
async def test_a_reported_listing_reaches_the_admin_who_verifies_it_and_the_report_closes(
    dialogue: Dialogue, store: Store
) -> None:
    person = Chat(dialogue, chat_id=601)
    await person.command("start")
    await person.say("panic attacks")
    await person.tap(T.B_SHOW_NOW)
    reported = shown_ids(person)[0]
    await person.send(Press(f"rep:{reported}"))
    await person.tap("No longer meets")
    assert T.REPORT_THANKS in person.text

    digest = await report_digest(store)
    assert digest is not None and "1 new report" in digest.text
    assert await report_digest(store) is None

    desk = Chat(dialogue, chat_id=ADMIN)
    await desk.command("reports")
    assert reported in desk.text and "1× no longer meets" in desk.text
    verify = next(b for b in desk.buttons() if b.data == f"adm:vf:{reported}")
    await desk.send(Press(verify.data))
    assert "checked today (2026-11-24)" in desk.text and "Closed 1 open report" in desk.text
    stored = await store.get_group(reported)
    assert stored is not None and str(stored.group.last_verified) == "2026-11-24"
    assert (await store.audit_log(reported, limit=1))[0].action == "verify"
    await desk.command("reports")
    assert desk.text == A.REPORTS_NONE

    await person.send(Press(f"rep:{reported}"))
    await person.tap("Wrong time or place")
    again = await report_digest(store)
    assert again is not None and "1 new report" in again.text


async def test_hiding_a_reported_group_closes_its_reports(dialogue: Dialogue, store: Store) -> None:
    await store.add_report(ANXIETY_CIRCLE, "gone")
    await store.add_report(ANXIETY_CIRCLE, "gone")
    desk = Chat(dialogue, chat_id=ADMIN)
    await desk.command("reports")
    assert "2× no longer meets" in desk.text
    hide = next(b for b in desk.buttons() if b.data == f"adm:rm:{ANXIETY_CIRCLE}")
    await desk.send(Press(hide.data))
    await desk.tap(A.B_YES_HIDE)
    assert "Closed 2 open report(s)" in desk.text
    assert await store.open_reports() == []


# -- the crisis screen comes first, for admins too -----------------------------
async def test_a_crisis_message_in_the_middle_of_add_gets_the_handoff_then_continue_resumes(
    dialogue: Dialogue, store: Store
) -> None:
    desk = Chat(dialogue, chat_id=ADMIN)
    await desk.command("add")
    await desk.say("Evening Calm Group")
    assert A.ASK_DESCRIPTION in desk.text
    await desk.send(Text("honestly I want to kill myself"))
    assert len(desk.last) == 1
    assert "999" in desk.text  # the deployment's default country is GB
    assert A.ASK_DESCRIPTION not in desk.text
    assert await store.get_group("evening-calm-group") is None
    await desk.send(Press(CONTINUE_DATA))
    assert A.ASK_DESCRIPTION in desk.text
    await desk.say("A quiet evening group for anyone feeling anxious.")
    assert A.ASK_TOPICS in desk.text
    counts = await store.counter_totals(date.min)
    assert any(kind.startswith("crisis:") for kind in counts)


async def test_a_crisis_caption_on_an_admins_file_gets_the_handoff_and_nothing_is_checked(
    dialogue: Dialogue, store: Store
) -> None:
    desk = Chat(dialogue, chat_id=ADMIN)
    content = b"id,name,description,topics,format\nx-group,X Group,Some words,anxiety,online\n"
    await desk.send(Upload("catalog.csv", content, "I want to kill myself"))
    assert len(desk.last) == 1 and "999" in desk.text
    assert A.B_APPLY not in [b.label for b in desk.buttons()]
    stored = await store.load_conversation(ADMIN)
    assert stored is None or not (stored.get("admin") or {}).get("pending")


# -- browsing: /show, /list, /stale, /stats, /audit, /export ------------------
async def test_show_tells_everything_about_a_group_with_its_buttons(dialogue: Dialogue) -> None:
    desk = Chat(dialogue, chat_id=ADMIN)
    await desk.command("show", ANXIETY_CIRCLE)
    assert "London Anxiety Circle" in desk.text and "Wednesdays 19:00" in desk.text
    assert {b.label for b in desk.buttons()} == {A.B_EDIT, A.B_VERIFY, A.B_REMOVE}
    await desk.command("show", "london-anxiety-circel")
    assert "can't find" in desk.text and ANXIETY_CIRCLE in desk.text  # did you mean
    await desk.command("show")
    assert desk.text == A.NEED_AN_ID.format(command="show")


async def test_list_pages_through_groups_and_filters_them(dialogue: Dialogue, store: Store) -> None:
    desk = Chat(dialogue, chat_id=ADMIN)
    total = await store.group_count()
    await desk.command("list")
    assert f"Groups: {total}. Page 1 of" in desk.text
    first_page = desk.text
    await desk.tap(A.B_NEXT)
    assert "Page 2 of" in desk.text and desk.text != first_page
    await desk.tap(A.B_PREVIOUS)
    assert desk.text == first_page

    groups = [s.group for s in await store.all_groups()]
    filters: dict[str, Callable[[Group], bool]] = {
        "online": lambda g: g.format.value == "online",
        "hybrid": lambda g: g.format.value == "hybrid",
        "grief": lambda g: "grief" in g.topics,
        "manchester": lambda g: g.city == "Manchester",
        "stale": lambda g: (
            g.last_verified is None or (dialogue.clock().date() - g.last_verified).days >= 180
        ),
    }
    for words, wanted in filters.items():
        await desk.command("list", words)
        expected = sum(1 for g in groups if wanted(g))
        if expected:
            assert f"matching '{words}': {expected}." in desk.text, words
        else:
            assert desk.text == A.LIST_EMPTY.format(filter=f" matching '{words}'")


async def test_stale_lists_the_oldest_first_with_verify_and_hide_buttons(
    dialogue: Dialogue, store: Store
) -> None:
    desk = Chat(dialogue, chat_id=ADMIN)
    await desk.command("stale")
    today = dialogue.clock().date()
    groups = [s.group for s in await store.all_groups()]
    stale = sorted(
        (g for g in groups if g.last_verified is None or (today - g.last_verified).days >= 180),
        key=lambda g: (g.last_verified or today.min, g.id),
    )
    assert stale, "the sample catalog has listings not checked for a long time"
    assert f"{len(stale)} group(s)" in desk.text
    assert desk.text.index(stale[0].id) < desk.text.index(stale[1].id)
    verify = [b.data for b in desk.buttons() if b.data.startswith("adm:vf:")]
    assert verify[0] == f"adm:vf:{stale[0].id}"
    await desk.send(Press(verify[0]))
    await desk.command("stale")
    assert f"{len(stale) - 1} group(s)" in desk.text
    await desk.command("stale", "36500")
    never = sum(1 for g in groups if g.last_verified is None)
    if never:
        assert f"{never} group(s)" in desk.text
    else:
        assert desk.text == A.STALE_NONE.format(days=36500)
    await desk.command("stale", "soon")
    assert desk.text == A.STALE_DAYS


async def test_stats_show_anonymous_counts_for_7_and_30_days(
    dialogue: Dialogue, store: Store
) -> None:
    today = dialogue.clock().date()
    await store.bump(["search", "search:grief", "gap:grief:Leeds"], day=today)
    await store.bump(["search", "search:grief", "crisis:suicidal"], day=today - timedelta(days=20))
    await store.bump(["search"], day=today - timedelta(days=40))
    desk = Chat(dialogue, chat_id=ADMIN)
    await desk.command("stats")
    assert "Searches: 1 / 2" in desk.text
    assert "grief: 1 / 2" in desk.text
    assert "grief in Leeds: 1 / 1" in desk.text
    assert "suicidal: 0 / 1" in desk.text
    assert str(ADMIN) not in desk.text


async def test_audit_shows_who_changed_what_before_and_after(dialogue: Dialogue) -> None:
    desk = Chat(dialogue, chat_id=ADMIN)
    await desk.command("edit", f"{ANXIETY_CIRCLE} time=18:45")
    await desk.tap(A.B_SAVE)
    await desk.command("audit", ANXIETY_CIRCLE)
    assert "42 · edited london-anxiety-circle" in desk.text
    assert "time: 19:00 → 18:45" in desk.text
    assert "description" not in desk.text  # only the fields that changed


async def test_audit_of_an_id_thousands_of_letters_long_still_answers_in_one_message(
    dialogue: Dialogue,
) -> None:
    desk = Chat(dialogue, chat_id=ADMIN)
    await desk.command("audit", "a" * 4090)
    assert "No changes recorded to aaaa" in desk.text
    assert all(len(reply.text) <= 4096 for reply in desk.last)


async def test_export_sends_the_catalog_as_csv_and_json_documents(
    dialogue: Dialogue, store: Store
) -> None:
    desk = Chat(dialogue, chat_id=ADMIN)
    await desk.command("export")
    (reply,) = desk.last
    names = sorted(d.filename for d in reply.documents)
    assert names == ["catalog-2026-11-24.csv", "catalog-2026-11-24.json"]
    csv_file = next(d for d in reply.documents if d.filename.endswith(".csv"))
    assert csv_file.content.count(b"\n") >= await store.group_count()


async def test_a_group_with_a_very_long_id_still_works_from_its_buttons(
    dialogue: Dialogue, store: Store
) -> None:
    long_id = "a-long-identifier-for-one-group-in-leeds-west"  # past 40 bytes: sent hashed
    base = await store.get_group(ANXIETY_CIRCLE)
    assert base is not None
    copy = Group.model_validate({**base.group.model_dump(), "id": long_id})
    await store.apply_groups([copy], actor="test", action="import")
    desk = Chat(dialogue, chat_id=ADMIN)
    await desk.command("show", long_id)
    assert all(long_id not in b.data for b in desk.buttons())
    await desk.tap(A.B_REMOVE)
    assert all(len(b.data.encode()) <= 64 for b in desk.buttons())
    await desk.tap(A.B_YES_HIDE)
    assert "Hidden" in desk.text
    await desk.command("list", "hidden")
    assert long_id in desk.text and A.HIDDEN_MARK in desk.text
    await desk.command("show", long_id)
    await desk.tap(A.B_RESTORE)
    stored = await store.get_group(long_id)
    assert stored is not None and not stored.removed
