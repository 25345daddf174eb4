"""The sample catalog shipped with the package: every row is a valid group, and together they cover
every need, several cities and languages, so a demo or a test run finds something real-looking."""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from importlib.resources import files

import pytest

from catalog.model import FIELDS, Format, Group
from catalog.needs import NEED_IDS

_DATA = files("catalog") / "data"
_CSV = _DATA / "sample_catalog.csv"


def _read_rows() -> tuple[list[str], list[dict[str, str]]]:
    reader = csv.DictReader(io.StringIO(_CSV.read_text(encoding="utf-8"), newline=""))
    rows = list(reader)
    return list(reader.fieldnames or []), rows


@pytest.fixture(scope="module")
def groups() -> list[Group]:
    _, rows = _read_rows()
    return [Group.model_validate(row) for row in rows]


@pytest.fixture(scope="module")
def active(groups: list[Group]) -> list[Group]:
    return [g for g in groups if g.active]


def test_catalog_header_is_the_import_format() -> None:
    header, _ = _read_rows()
    assert tuple(header) == FIELDS


def test_catalog_offers_at_least_eighty_groups_each_with_its_own_id(groups: list[Group]) -> None:
    ids = [g.id for g in groups]
    assert len(ids) >= 80
    assert len(set(ids)) == len(ids)


def test_every_need_offers_a_choice_and_at_least_one_online_group(active: list[Group]) -> None:
    for need in sorted(NEED_IDS):
        fitting = [g for g in active if need in g.topics]
        assert len(fitting) >= 2, f"only {len(fitting)} active group(s) for {need}"
        assert any(g.format is Format.online for g in fitting), f"no online group for {need}"


def test_people_in_eight_cities_across_four_countries_can_meet_in_person(
    active: list[Group],
) -> None:
    cities_by_country: dict[str, set[str]] = defaultdict(set)
    for g in active:
        if g.meets_in_person and g.city and g.country:
            cities_by_country[g.country].add(g.city)
    assert sum(len(cities) for cities in cities_by_country.values()) >= 8
    assert len(cities_by_country) >= 4


def test_groups_meet_in_more_than_one_language(active: list[Group]) -> None:
    languages = {lang for g in active for lang in g.languages}
    assert len(languages) >= 2
    assert all(g.languages for g in active), "every group says which language it meets in"


def test_online_groups_say_which_clock_they_keep(groups: list[Group]) -> None:
    for g in groups:
        if g.meets_online:
            assert g.timezone, f"{g.id} meets online but has no time zone"


def test_a_group_with_meeting_days_says_what_time_and_in_which_zone(groups: list[Group]) -> None:
    for g in groups:
        if g.days:
            assert g.time and g.timezone, f"{g.id} lists days but not a time and time zone"


def test_closed_groups_stay_in_the_file_but_are_marked_inactive(groups: list[Group]) -> None:
    closed = [g for g in groups if not g.active]
    assert closed
    assert len(closed) < len(groups)


def test_every_contact_link_is_secure(groups: list[Group]) -> None:
    for g in groups:
        if g.contact_url:
            assert g.contact_url.startswith("https://"), f"{g.id} links over plain http"


def test_person_in_manchester_with_ocd_finds_a_free_peer_led_group(active: list[Group]) -> None:
    found = [
        g
        for g in active
        if g.city == "Manchester"
        and g.meets_in_person
        and "ocd" in g.topics
        and g.cost is not None
        and g.cost.value == "free"
        and g.facilitation is not None
        and g.facilitation.value == "peer"
    ]
    assert found


def test_person_with_anxiety_can_join_online_on_different_days(active: list[Group]) -> None:
    days = {
        day for g in active if g.format is Format.online and "anxiety" in g.topics for day in g.days
    }
    assert len(days) >= 2


def test_spanish_speaker_who_is_grieving_finds_an_online_group(active: list[Group]) -> None:
    assert any(
        g.format is Format.online and "grief" in g.topics and "es" in g.languages for g in active
    )


def test_abuse_survivors_groups_never_publish_where_they_meet(active: list[Group]) -> None:
    in_person = [g for g in active if "abuse" in g.topics and g.meets_in_person]
    assert in_person
    for g in in_person:
        assert g.address is None, f"{g.id} shows its address"
        assert g.latitude is None and g.longitude is None, f"{g.id} pins its venue on a map"
        assert g.confidentiality, f"{g.id} says nothing about confidentiality"


def test_invented_contacts_use_reserved_example_addresses(groups: list[Group]) -> None:
    for g in groups:
        if g.contact_email:
            assert g.contact_email.endswith("@example.org"), f"{g.id} has a real-looking email"


def test_catalog_ships_with_a_note_that_it_is_sample_data() -> None:
    note = (_DATA / "SAMPLE_DATA.md").read_text(encoding="utf-8").lower()
    assert "sample" in note
    assert "verify" in note
