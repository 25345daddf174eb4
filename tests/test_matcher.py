"""The matcher, on a small catalog written here: filters, preferences, reasons and relaxing."""

from __future__ import annotations

from datetime import date

import pytest

from catalog.matcher import Matcher, Query
from catalog.model import Group
from catalog.sample import sample_groups

TODAY = date(2026, 11, 24)


def group(**fields: object) -> Group:
    base: dict[str, object] = {
        "description": "A kind group.",
        "topics": "general",
        "format": "online",
        "timezone": "Europe/London",
        "languages": "en",
        "last_verified": "2026-10-01",
    }
    base.update(fields)
    return Group.model_validate(base)


@pytest.fixture
def matcher() -> Matcher:
    return Matcher(
        [
            group(
                id="calm-online",
                name="Calm Online",
                topics="anxiety",
                facilitation="peer",
                cost="free",
                days="tue",
                time="19:00",
            ),
            group(
                id="calm-paid",
                name="Anxiety Clinic Group",
                topics="anxiety",
                facilitation="professional",
                cost="paid",
                cost_note="£20 a session",
                days="sat",
                time="10:00",
            ),
            group(
                id="london-grief",
                name="Grief Café",
                topics="grief",
                format="in_person",
                city="London",
                country="GB",
                latitude=51.5072,
                longitude=-0.1276,
                cost="free",
                days="wed",
                time="18:30",
            ),
            group(
                id="manchester-grief",
                name="Manchester Bereavement Circle",
                topics="grief",
                format="in_person",
                city="Manchester",
                country="GB",
                latitude=53.48,
                longitude=-2.24,
                cost="donation",
                days="thu",
                time="19:00",
            ),
            group(
                id="grief-es",
                name="Duelo en línea",
                topics="grief",
                languages="es",
                timezone="Europe/Madrid",
            ),
            group(id="drink-less", name="Drink Less Together", topics="alcohol", cost="free"),
            group(
                id="families-psychosis",
                name="Families Living with Psychosis",
                topics="psychosis;caregivers",
                audience="family-and-friends",
            ),
            group(id="old-anxiety", name="Old Anxiety Group", topics="anxiety", active="false"),
            group(id="talk-anything", name="Open Talk", topics="general", cost="free"),
        ],
        today=TODAY,
    )


def ids(matcher: Matcher, query: Query, limit: int = 5) -> list[str]:
    return [m.group.id for m in matcher.rank(query, limit=limit).matches]


def test_person_who_types_panic_atacks_is_offered_an_anxiety_group(matcher: Matcher) -> None:
    result = matcher.rank(Query(text="panic atacks"))
    assert result.needs[0] == "anxiety"
    assert result.matches[0].group.id in {"calm-online", "calm-paid"}


def test_inactive_groups_are_never_ranked(matcher: Matcher) -> None:
    for text in ("anxiety", "Old Anxiety Group", ""):
        assert "old-anxiety" not in ids(matcher, Query(text=text), limit=50)


def test_free_only_is_a_hard_filter(matcher: Matcher) -> None:
    shown = ids(matcher, Query(needs=("anxiety",), free_only=True))
    assert shown == ["calm-online"]


def test_preferences_reorder_but_do_not_exclude(matcher: Matcher) -> None:
    peer = ids(matcher, Query(needs=("anxiety",), facilitation="peer", when=frozenset({"weekday"})))
    pro = ids(
        matcher, Query(needs=("anxiety",), facilitation="professional", when=frozenset({"weekend"}))
    )
    assert peer[0] == "calm-online" and "calm-paid" in peer
    assert pro[0] == "calm-paid" and "calm-online" in pro


def test_in_person_filters_by_distance_and_ranks_nearest_first(matcher: Matcher) -> None:
    london = (51.5, -0.12)
    near = matcher.rank(Query(needs=("grief",), format="in_person", near=london, radius_km=15))
    assert [m.group.id for m in near.matches] == ["london-grief"]
    assert near.matches[0].distance_km is not None and near.matches[0].distance_km < 15
    assert "km away" in near.matches[0].why or "under 1 km" in near.matches[0].why


def test_no_group_near_widens_the_distance_and_says_so(matcher: Matcher) -> None:
    leeds = (53.80, -1.55)
    result = matcher.rank(Query(needs=("grief",), format="in_person", near=leeds, radius_km=15))
    assert result.matches[0].group.id == "manchester-grief"
    assert any("15 km" in note for note in result.relaxed)


def test_nothing_in_person_anywhere_offers_online_groups_instead(matcher: Matcher) -> None:
    sydney = (-33.87, 151.21)
    result = matcher.rank(Query(needs=("grief",), format="in_person", near=sydney, radius_km=15))
    assert result.matches
    assert all(m.group.meets_online for m in result.matches)
    assert any("online" in note for note in result.relaxed)


def test_language_is_a_hard_filter_until_nothing_is_left(matcher: Matcher) -> None:
    assert ids(matcher, Query(needs=("grief",), format="online", language="es")) == ["grief-es"]
    result = matcher.rank(Query(needs=("alcohol",), language="es"))
    assert [m.group.id for m in result.matches] == ["drink-less"]
    assert any("language" in note for note in result.relaxed)


def test_a_carer_is_offered_the_family_group(matcher: Matcher) -> None:
    result = matcher.rank(Query(text="my son has schizophrenia", for_someone_else=True))
    assert {"psychosis", "caregivers"} <= set(result.needs)
    assert result.matches[0].group.id == "families-psychosis"


def test_a_misspelt_group_name_finds_the_group(matcher: Matcher) -> None:
    result = matcher.rank(Query(text="bereavment circle", format="in_person", country="GB"))
    assert "manchester-grief" in [m.group.id for m in result.matches]


def test_each_result_explains_why_it_fits(matcher: Matcher) -> None:
    top = matcher.rank(Query(needs=("anxiety",), free_only=True)).matches[0]
    assert top.why.startswith("online · peer-led · free · ")
    assert "Tuesdays 19:00" in top.why
    assert top.why.endswith("matches: anxiety and panic")


def test_an_unknown_need_falls_back_to_general_groups_and_says_so(matcher: Matcher) -> None:
    result = matcher.rank(Query(needs=("gambling",)))
    assert [m.group.id for m in result.matches] == ["talk-anything"]
    assert result.relaxed


def test_in_person_only_groups_need_a_place_when_the_person_said_either(matcher: Matcher) -> None:
    shown = ids(matcher, Query(needs=("grief",), format="any"), limit=10)
    assert "london-grief" not in shown and "grief-es" in shown


def test_a_matcher_built_from_stored_json_shows_the_same_groups_and_reasons() -> None:
    groups = sample_groups()
    from_models = Matcher(groups, today=TODAY)
    from_json = Matcher.from_json([g.model_dump_json() for g in groups], today=TODAY)
    assert len(from_json) == len(from_models) > 0
    for text in ("panic atacks", "lost my mum", "drinking too much", ""):
        for format in ("online", "in_person", "any"):
            query = Query(text=text, format=format, near=(51.5074, -0.1278))
            a, b = from_models.rank(query, limit=5), from_json.rank(query, limit=5)
            assert [m.group for m in a.matches] == [m.group for m in b.matches]
            assert [m.why for m in a.matches] == [m.why for m in b.matches]
            assert a.relaxed == b.relaxed and a.total == b.total


def test_every_group_of_a_large_catalog_is_shown_exactly_as_it_was_given() -> None:
    # Several packed blocks and a part-filled last one, and a group with a long text.
    groups = [
        *(g for g in sample_groups() if g.active),
        group(id="long-story", name="Long Story Circle", description="Ünïcode words ✓ " * 60),
    ]
    matcher = Matcher.from_json([g.model_dump_json() for g in groups], today=TODAY)
    assert len(matcher) == len(groups) > 64
    assert [matcher.group(i) for i in range(len(matcher))] == groups
    assert matcher.groups() == groups


def test_a_catalog_of_one_group_still_shows_it() -> None:
    only = group(id="only", name="The Only Circle", topics="grief")
    matcher = Matcher.from_json([only.model_dump_json()], today=TODAY)
    assert [m.group for m in matcher.rank(Query(text="grief")).matches] == [only]
