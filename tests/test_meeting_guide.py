"""Stories of an admin importing a fellowship's Meeting Guide feed, and exporting one."""

from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from catalog.meeting_guide import (
    export_meeting_guide,
    looks_like_meeting_guide,
    parse_meeting_guide,
)
from catalog.model import Format, Group
from catalog.transfer import CatalogFileError, ParsedCatalog, RowError, parse_catalog


def feed(*meetings: object) -> bytes:
    return json.dumps(list(meetings)).encode("utf-8")


def only_group(parsed: ParsedCatalog) -> Group:
    assert parsed.errors == []
    assert len(parsed.groups) == 1
    return parsed.groups[0]


IN_PERSON = {
    "name": "Sunday Serenity",
    "slug": "Sunday_Serenity-14",
    "day": 0,
    "time": "18:00",
    "end_time": "19:30",
    "timezone": "America/Los_Angeles",
    "location": "Alano Club",
    "group": "The Serenity Group",
    "notes": "Ring the buzzer; we are on the 2nd floor.",
    "updated": "2024-05-31 14:32:23",
    "url": "https://district123.example.org/meetings/sunday-serenity",
    "types": ["O", "B", "W", "S", "X"],
    "address": "123 Main Street",
    "city": "Anytown",
    "state": "CA",
    "postal_code": "98765",
    "country": "US",
    "latitude": 37.33,
    "longitude": -121.89,
    "entity": "District 123",
}

ONLINE = {
    "name": "Night Owls",
    "slug": "night-owls",
    "day": 3,
    "time": "22:00",
    "timezone": "Europe/London",
    "conference_url": "https://zoom.example.com/j/123",
    "conference_phone": "+44 20 7946 0000",
    "formatted_address": "London, UK",
    "approximate": "yes",
    "types": ["C", "EN", "Y", "LGBTQ", "ONL"],
}


def test_an_in_person_meeting_becomes_a_group_a_person_can_walk_into() -> None:
    group = only_group(parse_meeting_guide(feed(IN_PERSON), topics=["alcohol"]))

    assert group.id == "sunday-serenity-14"
    assert group.format is Format.in_person
    assert group.topics == ["alcohol"]
    assert (group.city, group.region, group.country) == ("Anytown", "CA", "US")
    assert group.address == "123 Main Street, Anytown, CA 98765, US"
    assert (group.latitude, group.longitude) == (37.33, -121.89)
    assert (group.days, group.time, group.timezone) == (["sun"], "18:00", "America/Los_Angeles")
    assert group.audience == ["women"]
    assert group.languages == ["es"]
    assert group.accessibility == ["wheelchair"]
    assert group.description.startswith("Open meeting — Big Book. At Alano Club.")
    assert group.description.endswith("Ring the buzzer; we are on the 2nd floor.")
    assert group.last_verified == date(2024, 5, 31)
    assert group.organizer == "District 123"
    assert group.contact_url == IN_PERSON["url"]
    assert (group.facilitation, group.cost, group.frequency) == ("peer", "donation", "weekly")
    assert group.active


def test_an_online_meeting_keeps_its_link_and_no_street_address() -> None:
    group = only_group(parse_meeting_guide(feed(ONLINE), topics=["alcohol", "drugs"]))

    assert group.format is Format.online
    assert group.address is None
    assert group.city == "London"
    assert group.country == "GB"
    assert group.contact_url == "https://zoom.example.com/j/123"
    assert group.contact_phone == "+44 20 7946 0000"
    assert group.audience == ["young-adults", "lgbtq"]
    assert group.languages == ["en"]
    assert group.description.startswith("Closed meeting")
    assert group.days == ["wed"]


def test_a_meeting_with_an_address_and_a_link_is_hybrid() -> None:
    meeting = {**IN_PERSON, "conference_url": "https://meet.example.com/serenity"}

    group = only_group(parse_meeting_guide(feed(meeting), topics=["alcohol"]))

    assert group.format is Format.hybrid
    assert group.contact_url == "https://meet.example.com/serenity"
    assert group.address is not None


def test_a_temporarily_closed_venue_with_a_link_is_an_online_group() -> None:
    meeting = {**IN_PERSON, "types": ["O", "TC"], "conference_url": "https://zoom.example.com/j/9"}

    group = only_group(parse_meeting_guide(feed(meeting), topics=["alcohol"]))

    assert group.format is Format.online
    assert group.active


def test_a_temporarily_closed_venue_with_no_link_is_kept_but_not_offered() -> None:
    meeting = {**IN_PERSON, "types": ["TC"]}

    group = only_group(parse_meeting_guide(feed(meeting), topics=["alcohol"]))

    assert group.format is Format.in_person
    assert not group.active


def test_a_meeting_marked_online_by_type_alone_is_online() -> None:
    meeting = {"name": "Phone Step Study", "slug": "phone-steps", "day": 5, "time": "07:00",
               "types": ["ONL", "ST"], "city": "Leeds"}  # fmt: skip

    group = only_group(parse_meeting_guide(feed(meeting), topics=["alcohol"]))

    assert group.format is Format.online
    assert "step study" in group.description


def test_a_meeting_on_several_days_in_one_entry_is_one_group() -> None:
    meeting = {**IN_PERSON, "day": [1, "3", 5]}

    group = only_group(parse_meeting_guide(feed(meeting), topics=["alcohol"]))

    assert group.days == ["mon", "wed", "fri"]


def test_the_same_meeting_listed_once_per_day_is_merged_into_one_group() -> None:
    monday = {**ONLINE, "slug": "night-owls-mon", "day": 1}
    thursday = {**ONLINE, "slug": "night-owls-thu", "day": 4}
    same_slug_friday = {**ONLINE, "slug": "night-owls", "day": 5}

    parsed = parse_meeting_guide(feed(monday, thursday, same_slug_friday), topics=["alcohol"])

    group = only_group(parsed)
    assert group.id == "night-owls"
    assert group.days == ["mon", "thu", "fri"]


def test_meetings_that_differ_in_more_than_the_day_stay_separate_groups() -> None:
    early = {**ONLINE, "slug": "night-owls-1", "day": 1, "time": "20:00"}
    late = {**ONLINE, "slug": "night-owls-3", "day": 3}

    parsed = parse_meeting_guide(feed(early, late), topics=["alcohol"])

    assert [(g.id, g.days, g.time) for g in parsed.groups] == [
        ("night-owls-1", ["mon"], "20:00"),
        ("night-owls-3", ["wed"], "22:00"),
    ]


def test_one_slug_used_for_two_different_meetings_names_both_rows() -> None:
    parsed = parse_meeting_guide(
        feed(ONLINE, {**ONLINE, "time": "07:00", "day": 6}), topics=["alcohol"]
    )

    assert parsed.errors == [
        RowError(1, "slug", "duplicate slug 'night-owls' (also row 2)"),
        RowError(2, "slug", "duplicate slug 'night-owls' (also row 1)"),
    ]


def test_bad_meetings_are_named_by_position_and_feed_key_while_good_ones_pass() -> None:
    meetings: list[object] = [
        IN_PERSON,
        {**ONLINE, "day": 7},
        {**ONLINE, "slug": "late", "time": "7pm"},
        {**ONLINE, "slug": "stale", "updated": "last Tuesday"},
        {"name": "Nowhere", "slug": "nowhere", "day": 2, "time": "10:00"},
        {**ONLINE, "slug": None},
        "a meeting",
        {**ONLINE, "slug": "lost", "timezone": "Mars/Olympus"},
    ]

    parsed = parse_meeting_guide(feed(*meetings), topics=["alcohol"])

    assert not parsed.ok
    assert [g.id for g in parsed.groups] == ["sunday-serenity-14"]
    assert [(e.row, e.field) for e in parsed.errors] == [
        (2, "day"),
        (3, "time"),
        (4, "updated"),
        (5, ""),
        (6, "slug"),
        (7, ""),
        (8, "timezone"),
    ]
    reasons = {e.row: e.reason for e in parsed.errors}
    assert reasons[2] == "must be 0 (Sunday) to 6 (Saturday), not 7"
    assert reasons[3] == "must be HH:MM, 24-hour"
    assert "no address and no conference link" in reasons[5]


def test_times_written_without_a_leading_zero_or_with_seconds_are_understood() -> None:
    parsed = parse_meeting_guide(
        feed({**ONLINE, "time": "7:05"}, {**ONLINE, "slug": "b", "time": "19:30:00"}),
        topics=["alcohol"],
    )

    assert [g.time for g in parsed.groups] == ["07:05", "19:30"]


def test_a_formatted_address_alone_gives_the_town_and_country() -> None:
    meeting = {"name": "Lakeside", "slug": "lakeside", "day": 2, "time": "19:00",
               "formatted_address": "4953 W Addison St, Chicago, IL 60641, USA"}  # fmt: skip

    group = only_group(parse_meeting_guide(feed(meeting), topics=["alcohol"]))

    assert group.format is Format.in_person
    assert (group.city, group.country) == ("Chicago", "US")
    assert group.address == "4953 W Addison St, Chicago, IL 60641, USA"


def test_a_country_written_out_in_full_becomes_its_iso_code() -> None:
    meeting = {**IN_PERSON, "country": "United Kingdom", "timezone": "Europe/London"}

    group = only_group(parse_meeting_guide(feed(meeting), topics=["alcohol"]))

    assert group.country == "GB"


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b'{"meetings": []}', "not_array"),
        (b"[]", "empty"),
        (b'[{"name": ', "unreadable"),
        ('[{"name": "Caf\u00e9", "slug": "c"}]'.encode("latin-1"), "not_utf8"),
        (b'[{"name": "x", "description": "d", "topics": "ocd", "format": "online"}]', "wrong_type"),
    ],
)
def test_a_feed_that_is_not_a_list_of_meetings_is_refused(data: bytes, kind: str) -> None:
    with pytest.raises(CatalogFileError) as caught:
        parse_meeting_guide(data, topics=["alcohol"])

    assert caught.value.kind == kind


def test_a_feed_over_the_limits_is_refused() -> None:
    data = feed(*[{**ONLINE, "slug": f"m{i}"} for i in range(5)])

    with pytest.raises(CatalogFileError) as too_big:
        parse_meeting_guide(data, topics=["alcohol"], max_bytes=100)
    with pytest.raises(CatalogFileError) as too_many:
        parse_meeting_guide(data, topics=["alcohol"], max_rows=4)

    assert (too_big.value.kind, too_many.value.kind) == ("too_large", "too_many_rows")


@pytest.mark.parametrize("topics", [[], ["alcohool"], [" "]])
def test_the_admin_must_name_real_needs_for_the_feed(topics: list[str]) -> None:
    with pytest.raises(CatalogFileError) as caught:
        parse_meeting_guide(feed(ONLINE), topics=topics)

    assert caught.value.kind == "bad_topics"
    assert "alcohol" in str(caught.value)


def test_a_feed_is_told_apart_from_a_catalog_file() -> None:
    assert looks_like_meeting_guide([IN_PERSON, ONLINE])
    assert not looks_like_meeting_guide([{"name": "x", "topics": ["ocd"], "format": "online"}])
    assert not looks_like_meeting_guide({"name": "x", "slug": "x"})
    assert not looks_like_meeting_guide([])


def catalog_for_export() -> list[Group]:
    return [
        Group(
            id="calm-harbour",
            name="Calm Harbour",
            description="A steady weekly circle.",
            topics=["alcohol"],
            audience=["women", "lgbtq"],
            format="in_person",
            city="Bristol",
            region="England",
            country="GB",
            latitude=51.4545,
            longitude=-2.5879,
            address="12 Quay Street, Bristol BS1 4DB",
            days=["mon", "wed", "sat"],
            time="19:30",
            timezone="Europe/London",
            languages=["en", "pl"],
            accessibility=["wheelchair"],
            contact_url="https://calm.example.org",
            contact_phone="+44 117 496 0000",
            organizer="Bristol Intergroup",
            last_verified=date(2024, 4, 2),
        ),
        Group(
            id="night-line",
            name="Night Line",
            description="=Dial in from anywhere.",
            topics=["alcohol"],
            audience=["young-adults"],
            format="online",
            city="Toronto",
            country="CA",
            days=["fri"],
            time="23:00",
            timezone="America/Toronto",
            languages=["fr"],
            contact_phone="+1 416 555 0100",
        ),
        Group(
            id="both-ways",
            name="Both Ways",
            description="In the hall or on screen.",
            topics=["alcohol"],
            audience=["men", "seniors"],
            format="hybrid",
            latitude=-33.8688,
            longitude=151.2093,
            days=["tue"],
            time="06:45",
            timezone="Australia/Sydney",
            contact_url="https://meet.example.com/both",
        ),
        Group(
            id="by-arrangement",
            name="By Arrangement",
            description="Call to arrange a time.",
            topics=["alcohol"],
            format="online",
        ),
    ]


ROUND_TRIP_FIELDS = (
    "id", "name", "description", "format", "timezone", "days", "time", "address", "city",
    "region", "country", "latitude", "longitude", "languages", "audience", "accessibility",
    "contact_url", "contact_phone", "organizer", "last_verified",
)  # fmt: skip


def test_an_exported_feed_read_back_gives_the_same_meetings() -> None:
    catalog = catalog_for_export()

    parsed = parse_meeting_guide(export_meeting_guide(catalog), topics=["alcohol"])

    assert parsed.errors == []
    for before, after in zip(catalog, parsed.groups, strict=True):
        assert {f: getattr(after, f) for f in ROUND_TRIP_FIELDS} == {
            f: getattr(before, f) for f in ROUND_TRIP_FIELDS
        }


def test_an_exported_feed_has_one_meeting_per_group_and_day_with_unique_slugs() -> None:
    meetings = json.loads(export_meeting_guide(catalog_for_export()))

    assert [(m["slug"], m.get("day")) for m in meetings] == [
        ("calm-harbour-mon", 1),
        ("calm-harbour-wed", 3),
        ("calm-harbour-sat", 6),
        ("night-line", 5),
        ("both-ways", 2),
        ("by-arrangement", None),
    ]
    assert meetings[0]["types"] == ["W", "LGBTQ", "EN", "POL", "X"]
    assert meetings[5]["types"] == ["ONL"]
    assert all(list(m)[:2] == ["name", "slug"] for m in meetings)


def test_inactive_groups_are_left_out_of_an_exported_feed() -> None:
    resting = Group(name="Resting", description="Paused.", topics=["alcohol"], format="online",
                    active=False)  # fmt: skip

    assert json.loads(export_meeting_guide([resting])) == []


def test_a_catalog_import_given_topics_reads_a_feed_through_the_same_door() -> None:
    parsed = parse_catalog(
        export_meeting_guide(catalog_for_export()), "feed.json", topics=["alcohol"]
    )

    assert parsed.ok
    assert [g.id for g in parsed.groups] == [g.id for g in catalog_for_export()]


MEETING_VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(-3, 9), st.floats(), st.text(max_size=12),
    st.lists(st.one_of(st.integers(-1, 8), st.text(max_size=4)), max_size=3),
    st.sampled_from(["18:00", "7pm", "25:61", "O", "TC", "https://x.example", "yes", "no",
                     "2024-01-01 00:00:00", "US", "America", "Europe/Paris"]),
)  # fmt: skip
MEETING_KEYS = st.sampled_from(
    ["name", "slug", "day", "time", "timezone", "types", "conference_url", "conference_phone",
     "address", "formatted_address", "city", "state", "country", "latitude", "longitude",
     "updated", "approximate", "notes", "entity", "url", "contact_1_email", "region"]
)  # fmt: skip


@settings(deadline=None, max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(
    meetings=st.lists(
        st.one_of(st.dictionaries(MEETING_KEYS, MEETING_VALUES, max_size=10), MEETING_VALUES),
        max_size=6,
    )
)
def test_hostile_feeds_give_a_file_problem_or_an_honest_report(meetings: list[object]) -> None:
    data = json.dumps(meetings).encode("utf-8", "surrogatepass")

    try:
        parsed = parse_meeting_guide(data, topics=["alcohol"])
    except CatalogFileError as exc:
        assert str(exc)
        return
    assert parsed.ok == (not parsed.errors)
    assert all(1 <= e.row <= len(meetings) for e in parsed.errors)
    if parsed.ok:
        assert parsed.groups
