"""Stories of a person asking when a group next meets, from their own time zone."""

from __future__ import annotations

import locale
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from catalog.model import WEEKDAYS, Group
from catalog.schedule import day_parts, describe_next, describe_when, next_meeting

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")


def group(
    days: list[str] | None = None,
    time: str | None = "19:00",
    timezone: str | None = "Europe/London",
    **extra: Any,
) -> Group:
    return Group(
        name="Tuesday Talk",
        description="A peer group for people living with low mood.",
        topics=["depression"],
        format="online",
        days=["thu"] if days is None else days,
        time=time,
        timezone=timezone,
        **extra,
    )


def test_a_thursday_group_asked_about_on_monday_meets_this_thursday() -> None:
    meeting = next_meeting(group(["thu"]), datetime(2025, 11, 24, 12, 0, tzinfo=UTC))
    assert meeting == datetime(2025, 11, 27, 19, 0, tzinfo=LONDON)
    assert meeting is not None and meeting.tzinfo == LONDON


def test_a_group_meeting_tonight_is_tonight() -> None:
    now = datetime(2025, 11, 27, 10, 0, tzinfo=LONDON)
    assert next_meeting(group(["thu"]), now) == datetime(2025, 11, 27, 19, 0, tzinfo=LONDON)


def test_a_meeting_starting_right_now_is_not_the_next_one() -> None:
    now = datetime(2025, 11, 27, 19, 0, tzinfo=LONDON)
    assert next_meeting(group(["thu"]), now) == datetime(2025, 12, 4, 19, 0, tzinfo=LONDON)


def test_a_saturday_group_just_missed_meets_again_next_saturday() -> None:
    now = datetime(2025, 11, 29, 11, 0, tzinfo=LONDON)
    meeting = next_meeting(group(["sat"], "10:00"), now)
    assert meeting == datetime(2025, 12, 6, 10, 0, tzinfo=LONDON)


def test_on_sunday_night_a_monday_group_is_tomorrow() -> None:
    now = datetime(2025, 11, 23, 22, 0, tzinfo=LONDON)
    meeting = next_meeting(group(["mon", "sat"], "18:30"), now)
    assert meeting == datetime(2025, 11, 24, 18, 30, tzinfo=LONDON)


def test_in_the_repeated_hour_a_meeting_already_held_that_night_is_not_offered() -> None:
    g = group(["sun"], "01:30", "America/New_York")  # 01:00-02:00 happens twice on 2 Nov 2025
    second_time_round = datetime(2025, 11, 2, 1, 15, fold=1, tzinfo=NEW_YORK)
    meeting = next_meeting(g, second_time_round)
    assert meeting is not None
    assert meeting.date() == datetime(2025, 11, 9).date()


def test_a_just_after_midnight_group_asked_late_evening_is_minutes_away() -> None:
    now = datetime(2025, 11, 27, 23, 45, tzinfo=LONDON)
    meeting = next_meeting(group(["fri"], "00:30"), now)
    assert meeting is not None
    assert meeting - now == timedelta(minutes=45)


def test_someone_in_new_york_on_thursday_evening_sees_a_london_friday_group_soon() -> None:
    now = datetime(2025, 11, 27, 19, 0, tzinfo=NEW_YORK)  # already Friday 00:00 in London
    meeting = next_meeting(group(["fri"], "00:30"), now)
    assert meeting is not None
    assert meeting - now == timedelta(minutes=30)
    assert meeting.strftime("%a") == "Fri"


def test_the_answer_is_the_same_moment_whatever_zone_the_question_comes_from() -> None:
    in_utc = datetime(2025, 11, 24, 12, 0, tzinfo=UTC)
    in_tokyo = in_utc.astimezone(ZoneInfo("Asia/Tokyo"))
    g = group(["tue", "thu"], "18:30", "America/New_York")
    assert next_meeting(g, in_utc) == next_meeting(g, in_tokyo)


def test_a_london_group_keeps_its_local_time_when_the_clocks_go_forward() -> None:
    g = group(["mon"], "19:00", "Europe/London")
    before = next_meeting(g, datetime(2025, 3, 20, 12, 0, tzinfo=UTC))
    after = next_meeting(g, datetime(2025, 3, 27, 12, 0, tzinfo=UTC))  # clocks change 30 Mar
    assert before is not None and after is not None
    assert (before.hour, after.hour) == (19, 19)
    assert before.astimezone(UTC).hour == 19
    assert after.astimezone(UTC).hour == 18
    assert after.astimezone(UTC) - before.astimezone(UTC) == timedelta(days=7, hours=-1)


def test_a_new_york_group_keeps_its_local_time_when_the_clocks_go_back() -> None:
    g = group(["mon"], "19:00", "America/New_York")
    meeting = next_meeting(g, datetime(2025, 10, 31, 12, 0, tzinfo=UTC))  # clocks change 2 Nov
    assert meeting is not None
    assert meeting.hour == 19
    assert meeting.astimezone(UTC) == datetime(2025, 11, 4, 0, 0, tzinfo=UTC)


def test_a_meeting_set_inside_the_skipped_hour_happens_at_the_first_real_moment_after() -> None:
    g = group(["sun"], "01:30", "Europe/London")  # 01:00-02:00 does not exist on 30 Mar 2025
    meeting = next_meeting(g, datetime(2025, 3, 29, 12, 0, tzinfo=UTC))
    assert meeting is not None
    assert meeting.astimezone(UTC) == datetime(2025, 3, 30, 1, 30, tzinfo=UTC)
    assert (meeting.hour, meeting.minute) == (2, 30)


@pytest.mark.parametrize(
    "g",
    [group([], "19:00"), group(["thu"], None), group(["thu"], "19:00", None)],
    ids=["no days", "no time", "no time zone"],
)
def test_a_group_without_a_full_schedule_has_no_next_meeting_to_tell(g: Group) -> None:
    now = datetime(2025, 11, 24, 12, 0, tzinfo=UTC)
    assert next_meeting(g, now) is None
    assert describe_next(g, now) is None


def test_a_clock_without_a_zone_is_refused() -> None:
    with pytest.raises(ValueError):
        next_meeting(group(), datetime(2025, 11, 24, 12, 0))


def test_the_next_meeting_is_told_in_the_groups_own_city_time() -> None:
    now = datetime(2025, 11, 24, 12, 0, tzinfo=UTC)
    assert describe_next(group(["thu"]), now) == "next: Thu 27 Nov, 19:00 London time"


def test_a_person_in_london_also_sees_a_new_york_meeting_in_their_own_time() -> None:
    g = group(["thu"], "19:00", "America/New_York")
    text = describe_next(g, datetime(2025, 11, 24, 12, 0, tzinfo=UTC), "Europe/London")
    assert text == "next: Thu 27 Nov, 19:00 New York time (00:00 Fri your time)"


def test_when_only_one_side_has_moved_its_clocks_the_gap_is_an_hour_shorter() -> None:
    g = group(["thu"], "19:00", "America/New_York")
    text = describe_next(g, datetime(2025, 3, 10, 12, 0, tzinfo=UTC), "Europe/London")
    assert text == "next: Thu 13 Mar, 19:00 New York time (23:00 your time)"


@pytest.mark.parametrize("person_tz", ["Europe/London", "Europe/Dublin", None, "Not/AZone"])
def test_a_person_on_the_same_clock_is_not_shown_the_time_twice(person_tz: str | None) -> None:
    text = describe_next(group(["thu"]), datetime(2025, 11, 24, 12, 0, tzinfo=UTC), person_tz)
    assert text == "next: Thu 27 Nov, 19:00 London time"


def test_a_zone_with_a_two_word_city_reads_as_that_city() -> None:
    g = group(["sat"], "10:00", "America/Argentina/Buenos_Aires")
    text = describe_next(g, datetime(2025, 11, 24, 12, 0, tzinfo=UTC))
    assert text is not None
    assert text.endswith("10:00 Buenos Aires time")


@pytest.fixture
def foreign_locale() -> Iterator[str]:
    saved = locale.setlocale(locale.LC_TIME)
    for name in ("de_DE.UTF-8", "fr_FR.UTF-8", "es_ES.UTF-8", "C.UTF-8"):
        try:
            yield locale.setlocale(locale.LC_TIME, name)
            break
        except locale.Error:
            continue
    else:
        pytest.skip("no other locale installed on this machine")
    locale.setlocale(locale.LC_TIME, saved)


def test_day_and_month_names_stay_english_whatever_the_machines_locale(
    foreign_locale: str,
) -> None:
    text = describe_next(group(["thu"]), datetime(2025, 11, 24, 12, 0, tzinfo=UTC))
    assert text == "next: Thu 27 Nov, 19:00 London time"


@pytest.mark.parametrize(
    ("days", "time", "expected"),
    [
        (["tue"], "19:00", {"weekday", "evening"}),
        (["sat"], "10:00", {"weekend", "daytime"}),
        (["fri", "sun"], "16:59", {"weekday", "weekend", "daytime"}),
        (["wed"], "17:00", {"weekday", "evening"}),
        (["sat"], "00:30", {"weekend", "evening"}),
        (["mon"], "06:00", {"weekday", "daytime"}),
        ([], "12:00", {"daytime"}),
        (["sun"], None, {"weekend"}),
        ([], None, set()),
    ],
)
def test_a_person_who_can_only_come_evenings_or_weekends_can_be_told_which_fit(
    days: list[str], time: str | None, expected: set[str]
) -> None:
    assert day_parts(group(days, time)) == expected


@pytest.mark.parametrize(
    ("days", "time", "zone", "frequency", "expected"),
    [
        (["tue"], "19:00", "Europe/London", None, "Tuesdays 19:00 (Europe/London)"),
        (["mon", "thu"], "18:30", "America/Chicago", "weekly", "Mon & Thu 18:30 (America/Chicago)"),
        (["sat"], "10:00", "Europe/Berlin", "weekly", "Saturdays 10:00 (Europe/Berlin)"),
        (["mon", "wed", "fri"], "12:00", None, None, "Mon, Wed & Fri 12:00"),
        (["tue"], "19:00", "Europe/Rome", "biweekly", "Every other Tuesday 19:00 (Europe/Rome)"),
        (["tue"], "19:00", "Europe/London", "monthly", "Monthly, Tuesdays 19:00 (Europe/London)"),
        (["mon", "tue", "wed", "thu", "fri"], "09:00", None, None, "Weekdays 09:00"),
        ([], "20:00", "Europe/Paris", None, "20:00 (Europe/Paris)"),
        (["sun"], None, None, None, "Sundays"),
        ([], None, "Europe/London", None, None),
    ],
)  # fmt: skip
def test_the_regular_slot_is_said_the_way_a_person_would_say_it(
    days: list[str], time: str | None, zone: str | None, frequency: str | None, expected: str | None
) -> None:
    g = group(days, time, zone, frequency=frequency)
    assert describe_when(g) == expected


ZONES = ["Europe/London", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata", "UTC"]


@settings(deadline=None, max_examples=300)
@given(
    days=st.lists(st.sampled_from(WEEKDAYS), min_size=1, unique=True),
    hour=st.integers(0, 23),
    minute=st.sampled_from([0, 15, 30, 45]),
    zone=st.sampled_from(ZONES),
    asker_zone=st.sampled_from(ZONES),
    now=st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2037, 12, 31)),
)
def test_the_next_meeting_is_always_soon_on_one_of_the_groups_days(
    days: list[str], hour: int, minute: int, zone: str, asker_zone: str, now: datetime
) -> None:
    asked = now.replace(tzinfo=ZoneInfo(asker_zone)).astimezone(UTC)
    meeting = next_meeting(group(days, f"{hour:02d}:{minute:02d}", zone), asked)
    assert meeting is not None
    assert asked < meeting.astimezone(UTC) <= asked + timedelta(days=7, hours=1)
    assert WEEKDAYS[meeting.weekday()] in days
    assert meeting.tzinfo == ZoneInfo(zone)
