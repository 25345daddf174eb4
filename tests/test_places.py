"""Stories of people telling the bot where they are: typed towns (with typos) and shared pins."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from catalog import places
from catalog.places import Place, distance_km, place_from_location, resolve_place, warm_up

# Reference points taken from a map, independent of the gazetteer's own coordinates.
LONDON = (51.5074, -0.1278)  # Trafalgar Square
MANCHESTER = (53.4794, -2.2453)  # Piccadilly Gardens
NEW_YORK = (40.7128, -74.0060)  # City Hall, Manhattan
MIDTOWN_MANHATTAN = (40.7549, -73.9840)
MUNICH = (48.1374, 11.5755)  # Marienplatz
PARIS = (48.8566, 2.3522)
MANCHESTER_NH = (42.9956, -71.4548)


@pytest.fixture(scope="module", autouse=True)
def gazetteer() -> Iterator[None]:
    warm_up()
    yield


def km_from(place: Place | None, point: tuple[float, float]) -> float:
    assert place is not None, "expected a place"
    return distance_km(place.latitude, place.longitude, *point)


@pytest.mark.parametrize(
    ("typed", "country", "point"),
    [
        ("Manchster", "GB", MANCHESTER),
        ("Lodnon", "GB", LONDON),
        ("london", "GB", LONDON),
        ("Londres", "GB", LONDON),
        ("new yrok", "US", NEW_YORK),
        ("München", "DE", MUNICH),
        ("Munich", "DE", MUNICH),
        ("Мюнхен", "DE", MUNICH),
        ("  PARIS!  ", "FR", PARIS),
        ("I live in Manchester", "GB", MANCHESTER),
    ],
)
def test_person_who_types_their_town_loosely_is_placed_in_the_right_city(
    typed: str, country: str, point: tuple[float, float]
) -> None:
    place = resolve_place(typed)
    assert place is not None
    assert place.country == country
    assert km_from(place, point) < 25


def test_person_in_brooklyn_is_placed_close_to_manhattan_groups() -> None:
    place = resolve_place("brooklyn")
    assert place is not None
    assert place.timezone == "America/New_York"
    assert km_from(place, NEW_YORK) < 15


@pytest.mark.parametrize("typed", ["asdfgh", "qwertyuiop", "zzzz", "!!!", "", "   "])
def test_nonsense_is_not_taken_for_a_place(typed: str) -> None:
    assert resolve_place(typed) is None


@pytest.mark.parametrize("reply", ["yes", "no", "hello", "Online", "not sure"])
def test_an_everyday_reply_is_not_mistaken_for_a_faraway_town(reply: str) -> None:
    assert resolve_place(reply) is None


def test_without_a_hint_manchester_means_the_biggest_manchester() -> None:
    place = resolve_place("Manchester")
    assert place is not None
    assert place.country == "GB"


def test_a_country_hint_picks_the_manchester_in_that_country() -> None:
    in_us = resolve_place("Manchester", country_hint="US")
    in_gb = resolve_place("Manchester", country_hint="gb")
    assert in_us is not None and in_us.country == "US"
    assert in_us.timezone.startswith("America/")
    assert in_gb is not None and in_gb.country == "GB"
    assert km_from(in_gb, MANCHESTER) < 25


def test_a_hint_for_a_country_without_that_town_still_finds_the_town() -> None:
    place = resolve_place("Lodnon", country_hint="JP")
    assert place is not None
    assert km_from(place, LONDON) < 25


@pytest.mark.parametrize(
    ("typed", "country", "point"),
    [
        ("Manchester, NH", "US", MANCHESTER_NH),
        ("Manchester, New Hampshire", "US", MANCHESTER_NH),
        ("Manchester UK", "GB", MANCHESTER),
        ("Manchster, England", "GB", MANCHESTER),
        ("Paris, France", "FR", PARIS),
    ],
)
def test_naming_the_country_or_state_after_the_town_narrows_it_down(
    typed: str, country: str, point: tuple[float, float]
) -> None:
    place = resolve_place(typed)
    assert place is not None
    assert place.country == country
    assert km_from(place, point) < 25


def test_a_town_named_in_a_country_where_it_is_not_found_gives_nothing() -> None:
    assert resolve_place("Manchester, Japan") is None


def test_a_neighbourhood_we_do_not_know_falls_back_to_the_city_after_the_comma() -> None:
    place = resolve_place("Hackney, London")
    assert place is not None
    assert km_from(place, LONDON) < 25


@pytest.mark.parametrize("typed", ["France", "germany", "United Kingdom", "Texas"])
def test_a_country_or_state_alone_gives_no_point_to_measure_from(typed: str) -> None:
    assert resolve_place(typed) is None


@pytest.mark.parametrize(("typed", "country"), [("Singapore", "SG"), ("New York", "US")])
def test_a_city_named_like_its_country_or_state_is_still_found(typed: str, country: str) -> None:
    place = resolve_place(typed)
    assert place is not None
    assert place.country == country


def test_a_shared_location_near_london_is_named_london_in_london_time() -> None:
    place = place_from_location(51.5155, -0.0922)  # the City of London, near Bank
    assert place.name == "London"
    assert place.country == "GB"
    assert place.timezone == "Europe/London"


def test_a_shared_location_in_manhattan_is_in_new_york_time() -> None:
    place = place_from_location(*MIDTOWN_MANHATTAN)
    assert place.country == "US"
    assert place.timezone == "America/New_York"
    assert km_from(place, MIDTOWN_MANHATTAN) < 15


@pytest.mark.parametrize(
    ("latitude", "longitude"),
    [(0.0, -140.0), (89.9, 10.0), (-89.9, 10.0), (64.1, 179.99), (64.1, -179.99), (0.0, 180.0)],
)
def test_a_pin_far_from_any_town_still_gets_the_nearest_one(
    latitude: float, longitude: float
) -> None:
    place = place_from_location(latitude, longitude)
    assert place.name
    assert place.timezone


def test_a_pin_with_impossible_coordinates_is_refused() -> None:
    with pytest.raises(ValueError):
        place_from_location(float("nan"), 0.0)


def test_distances_match_the_map() -> None:
    london_paris = distance_km(*LONDON, *PARIS)
    assert 330 < london_paris < 360
    assert distance_km(*PARIS, *LONDON) == pytest.approx(london_paris)
    assert distance_km(*PARIS, *PARIS) == pytest.approx(0.0, abs=1e-9)
    assert 19_000 < distance_km(0.0, 0.0, 0.0, 180.0) < 21_000


def test_places_still_resolve_when_the_helper_process_cannot_start(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_subprocess(*args: Any, **kwargs: Any) -> Any:
        raise OSError("no processes here")

    monkeypatch.setattr(places, "_index", None)
    monkeypatch.setattr(subprocess, "run", no_subprocess)
    place = resolve_place("Manchster")
    assert place is not None
    assert km_from(place, MANCHESTER) < 25


@settings(deadline=None, max_examples=150)
@given(text=st.text(max_size=200), hint=st.one_of(st.none(), st.text(max_size=4)))
def test_whatever_a_person_types_looking_up_a_place_never_fails(
    text: str, hint: str | None
) -> None:
    place = resolve_place(text, country_hint=hint)
    assert place is None or isinstance(place, Place)
