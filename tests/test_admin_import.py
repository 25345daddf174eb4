"""Stories of admins importing catalog files from Telegram: checked whole, applied on Apply only."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from catalog.model import FIELDS, Group
from catalog.store import Store
from catalog.transfer import parse_catalog
from conversations import admin_texts as A
from conversations import texts as T
from conversations.dialogue import Dialogue, Press, Upload
from tests.talk import Chat

ADMIN = 42


def admin_chat(dialogue: Dialogue) -> Chat:
    return Chat(dialogue, chat_id=ADMIN)


def made_up_groups(count: int) -> list[Group]:
    return [
        Group(
            id=f"import-test-{i:03d}",
            name=f"Import Test Group {i}",
            description="A weekly online peer group, made up for this story.",
            topics=["anxiety"],
            format="online",
            days=["mon"],
            time="18:00",
            timezone="Europe/London",
            contact_url=f"https://example.org/groups/{i}",
        )
        for i in range(count)
    ]


def csv_file(rows: list[dict[str, str]]) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, fieldnames=FIELDS)
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


async def snapshot(store: Store) -> tuple[list[tuple[str, dict[str, Any], bool]], int]:
    rows = [
        (s.group.id, s.group.model_dump(mode="json"), s.removed)
        for s in await store.all_groups(include_removed=True)
    ]
    return rows, await store.audit_count()


def labels(chat: Chat) -> list[str]:
    return [b.label for b in chat.buttons()]


async def test_500_rows_with_3_bad_ones_are_refused_whole_then_the_fixed_file_applies(
    dialogue: Dialogue, store: Store
) -> None:
    before = await snapshot(store)
    rows = [g.to_row() for g in made_up_groups(500)]
    rows[10]["time"] = "25:00"
    rows[200]["topics"] = "anxeity"
    rows[499]["contact_email"] = "not-an-address"
    desk = admin_chat(dialogue)
    await desk.command("import")
    assert desk.text == A.IMPORT_ASK
    await desk.send(Upload("groups.csv", csv_file(rows)))
    assert "3 row(s) have problems, so nothing was changed" in desk.text
    # The header is row 1, so the 11th group is spreadsheet row 12.
    assert "Row 12, time: must be HH:MM, 24-hour" in desk.text
    assert "Row 202, topics: unknown need id 'anxeity' (did you mean 'anxiety'?)" in desk.text
    assert "Row 501, contact_email: is not an email address" in desk.text
    assert A.B_APPLY not in labels(desk)
    assert await snapshot(store) == before

    fixed = [g.to_row() for g in made_up_groups(500)]
    await desk.send(Upload("groups.csv", csv_file(fixed)))
    assert "all 500 group(s) are valid" in desk.text
    assert "• add 500\n• update 0\n• leave 0 unchanged" in desk.text
    assert await snapshot(store) == before  # a dry run writes nothing
    apply = desk.button(A.B_APPLY)
    await desk.send(Press(apply.data))
    assert "500 added, 0 updated, 0 unchanged" in desk.text
    assert await store.group_count() == len(before[0]) + 500
    assert await store.audit_count() == before[1] + 500

    await desk.command("audit")
    assert "42 · imported import-test-499" in desk.text
    await desk.send(Press(apply.data))  # the same Apply again: that import is done
    assert desk.text == A.IMPORT_GONE
    assert await store.audit_count() == before[1] + 500


async def test_an_exported_catalog_with_two_changes_updates_just_those_two(
    dialogue: Dialogue, store: Store
) -> None:
    desk = admin_chat(dialogue)
    await desk.command("export")
    exported = next(d for d in desk.last[0].documents if d.filename.endswith(".csv"))
    rows = list(csv.DictReader(io.StringIO(exported.content.decode("utf-8"))))
    rows[0]["time"] = "06:15"
    rows[1]["name"] = rows[1]["name"] + " (renamed)"
    count, audits = await store.group_count(), await store.audit_count()
    await desk.send(Upload("catalog.csv", csv_file(rows)))
    assert f"• add 0\n• update 2\n• leave {count - 2} unchanged" in desk.text
    await desk.tap(A.B_APPLY)
    assert await store.audit_count() == audits + 2
    first = await store.get_group(rows[0]["id"])
    assert first is not None and first.group.time == "06:15"


async def test_cancel_drops_a_checked_import(dialogue: Dialogue, store: Store) -> None:
    before = await snapshot(store)
    desk = admin_chat(dialogue)
    three = json.dumps([g.to_row() for g in made_up_groups(3)]).encode()
    await desk.send(Upload("few.json", three))
    assert "• add 3" in desk.text
    await desk.tap(A.B_CANCEL)
    assert desk.text == A.IMPORT_CANCELLED
    assert await snapshot(store) == before


async def test_files_that_cannot_be_imported_get_a_plain_reason_and_change_nothing(
    dialogue: Dialogue, store: Store
) -> None:
    before = await snapshot(store)
    good = [g.to_row() for g in made_up_groups(2)]
    missing_format = csv_file(good).replace(b",format,", b",shape,", 1)
    duplicated = csv_file([good[0], good[0]])
    cases = {
        ("catalog.xlsx", b"PK\x03\x04 spreadsheet bytes"): "spreadsheet",
        ("catalog.csv", "name,description\nCafé,Été\n".encode("latin-1")): "not UTF-8",
        ("catalog.csv", missing_format): "shape",
        ("catalog.csv", duplicated): "duplicate id 'import-test-000'",
        ("catalog.json", b'{"name": "not an array"}'): "array",
        ("huge.csv", b""): "the most I can take is 5 MB",
    }
    desk = admin_chat(dialogue)
    for (filename, content), reason in cases.items():
        await desk.send(Upload(filename, content))
        assert reason in desk.text, (filename, desk.text)
        assert "nothing was changed" in desk.text.lower() or "5 MB" in desk.text
        assert A.B_APPLY not in labels(desk)
    assert await snapshot(store) == before


FEED: list[dict[str, Any]] = [
    {
        "name": "Loop Lunchtime Meeting",
        "slug": "loop-lunchtime",
        "day": 2,
        "time": "12:15",
        "timezone": "America/Chicago",
        "location": "St. Peter's Hall",
        "formatted_address": "123 W Madison St, Chicago, IL 60602, USA",
        "latitude": 41.8819,
        "longitude": -87.6278,
        "types": ["O", "D", "X"],
        "notes": "Enter by the side door.",
    },
    {
        "name": "Early Birds Online",
        "slug": "early-birds-online",
        "day": [1, 3, 5],
        "time": "7:00",
        "timezone": "America/New_York",
        "conference_url": "https://meet.example.org/early-birds",
        "types": ["ONL", "C", "EN", "W"],
    },
    {
        "name": "Westside Hybrid Speaker Meeting",
        "slug": "westside-hybrid",
        "day": 6,
        "time": "19:30",
        "timezone": "America/Los_Angeles",
        "formatted_address": "456 Ocean Ave, Santa Monica, CA 90401, USA",
        "latitude": 34.0119,
        "longitude": -118.4916,
        "conference_url": "https://meet.example.org/westside",
        "types": ["O", "SP", "S"],
    },
]


async def find_in_search(chat: Chat, group_id: str) -> str:
    """Page through a person's results until `group_id` shows; return its reply text."""
    for _ in range(10):
        for reply in chat.last:
            if any(b.data == f"rep:{group_id}" for row in reply.buttons for b in row):
                return reply.text
        if T.B_MORE not in labels(chat):
            break
        await chat.tap(T.B_MORE)
    raise AssertionError(f"{group_id} not found in the results:\n{chat.text}")


async def test_a_meeting_guide_feed_imports_and_people_find_its_meetings(
    dialogue: Dialogue, store: Store
) -> None:
    desk = admin_chat(dialogue)
    await desk.send(Upload("meetings.json", json.dumps(FEED).encode()))
    assert A.FEED_ASK.format(filename="meetings.json") in desk.text
    await desk.tap(A.B_DONE)
    assert A.FEED_PICK_ONE in desk.text
    await desk.tap("Alcohol")
    await desk.tap(A.B_DONE)
    assert "all 3 group(s) are valid" in desk.text
    await desk.tap(A.B_APPLY)
    assert "3 added" in desk.text

    stored = {s.group.id: s.group for s in await store.all_groups()}
    loop, early, westside = (
        stored["loop-lunchtime"],
        stored["early-birds-online"],
        stored["westside-hybrid"],
    )
    assert (loop.format.value, loop.timezone) == ("in_person", "America/Chicago")
    assert (early.format.value, early.timezone) == ("online", "America/New_York")
    assert (westside.format.value, westside.timezone) == ("hybrid", "America/Los_Angeles")
    assert early.days == ["mon", "wed", "fri"] and early.time == "07:00"
    assert "women" in early.audience and "es" in westside.languages
    assert "wheelchair" in loop.accessibility
    assert all(g.topics == ["alcohol"] for g in (loop, early, westside))

    online = Chat(dialogue, chat_id=801)
    await online.command("start")
    await online.say("I drink too much")
    await online.tap(T.B_FOR_ME)
    await online.tap(T.B_ONLINE)
    await online.tap(T.B_SHOW_NOW)
    assert "New York time" in await find_in_search(online, "early-birds-online")

    nearby = Chat(dialogue, chat_id=802)
    await nearby.command("start")
    await nearby.say("I drink too much")
    await nearby.tap(T.B_FOR_ME)
    await nearby.tap(T.B_IN_PERSON)
    await nearby.say("Chicago")
    await nearby.tap(T.B_SHOW_NOW)
    assert "Chicago time" in await find_in_search(nearby, "loop-lunchtime")

    coast = Chat(dialogue, chat_id=803)
    await coast.command("start")
    await coast.say("I drink too much")
    await coast.tap(T.B_FOR_ME)
    await coast.tap(T.B_IN_PERSON)
    await coast.say("Santa Monica")
    await coast.tap(T.B_SHOW_NOW)
    assert "Los Angeles time" in await find_in_search(coast, "westside-hybrid")


async def test_a_feed_with_topics_in_its_caption_goes_straight_to_the_dry_run(
    dialogue: Dialogue, store: Store
) -> None:
    desk = admin_chat(dialogue)
    await desk.send(Upload("meetings.json", json.dumps(FEED).encode(), "topics=alcohol; drugs"))
    assert "all 3 group(s) are valid" in desk.text
    await desk.tap(A.B_APPLY)
    group = await store.get_group("early-birds-online")
    assert group is not None and group.group.topics == ["alcohol", "drugs"]


async def test_a_feeds_needs_can_be_typed_and_a_bad_need_is_named(dialogue: Dialogue) -> None:
    desk = admin_chat(dialogue)
    await desk.send(Upload("meetings.json", json.dumps(FEED).encode(), "topics=alcohool"))
    assert "'alcohool' is not one" in desk.text
    await desk.send(Upload("meetings.json", json.dumps(FEED).encode()))
    await desk.say("alcohol")
    assert "all 3 group(s) are valid" in desk.text


async def test_export_then_import_gives_back_the_same_catalog(
    dialogue: Dialogue, store: Store
) -> None:
    desk = admin_chat(dialogue)
    await desk.command("export")
    for document in desk.last[0].documents:
        parsed = parse_catalog(document.content, document.filename)
        assert parsed.ok
        assert parsed.groups == [s.group for s in await store.all_groups()]
        await desk.send(Upload(document.filename, document.content))
        assert A.IMPORT_NOTHING.format(filename=document.filename) == desk.text
    await desk.send(Press("adm:imp:apply:000000000000"))
    assert desk.text == A.IMPORT_GONE
