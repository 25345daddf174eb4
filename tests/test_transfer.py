"""Stories of an admin importing and exporting the catalog as CSV or JSON."""

from __future__ import annotations

import csv
import io
import json
import random
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from catalog.model import AUDIENCES, FIELDS, WEEKDAYS, Group
from catalog.needs import NEED_IDS
from catalog.transfer import (
    MAX_BYTES,
    CatalogFileError,
    ParsedCatalog,
    RowError,
    export_csv,
    export_json,
    format_for,
    parse_catalog,
)

NEEDS = sorted(NEED_IDS)
PROPERTY = settings(deadline=None, max_examples=150, suppress_health_check=[HealthCheck.too_slow])


def a_row(**cells: str) -> dict[str, str]:
    """One valid catalog row as CSV cells; `cells` override."""
    row = {
        "name": "Calm Minds",
        "description": "A friendly peer group for anxious days.",
        "topics": "anxiety",
        "format": "online",
    }
    row.update(cells)
    return row


def csv_bytes(
    rows: Sequence[Mapping[str, str]], header: tuple[str, ...] | list[str] = FIELDS
) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, fieldnames=list(header), extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def varied_groups() -> list[Group]:
    """Groups an admin might really hold, with the awkward characters spreadsheets mangle."""
    return [
        Group(
            id="calm-minds",
            name="Calm Minds",
            description='-- weekly, gentle; bring a friend, "if you\'d like"\nSecond line.',
            topics=["anxiety", "stress"],
            format="online",
            contact_url="https://example.org/calm",
            contact_phone="+44 20 7946 0000",
            accessibility=["-captions", "screen-reader friendly"],
            languages=["en"],
        ),
        Group(
            name="=Café Deuil ☕",
            description="=1+1 is not a formula here. Ünïcödé, commas, and 'quotes'.",
            topics="grief;suicide-loss",
            audience=["adults", "family-and-friends"],
            format="in_person",
            facilitation="professional",
            city="Montréal",
            region="Québec",
            country="ca",
            latitude=45.5019,
            longitude=-73.5674,
            address="1234 Rue Sainte-Catherine, Montréal",
            days=["wed", "mon"],
            time="18:30",
            timezone="America/Toronto",
            frequency="weekly",
            size="small",
            cost="paid",
            cost_note="+5 $ suggested",
            languages=["fr", "en"],
            contact_email="bonjour@example.ca",
            organizer="@CafeDeuil",
            confidentiality="What is said here stays here.",
            last_verified=date(2024, 5, 31),
        ),
        Group(
            name="Sunday Walkers",
            description="@everyone welcome: a walk, then tea.",
            topics=["depression", "loneliness"],
            audience=["seniors"],
            format="hybrid",
            city="Leeds",
            latitude=-0.0001,
            longitude=-1.5491,
            days=["sun"],
            time="10:00",
            cost="free",
            active=False,
        ),
    ]


def test_an_export_imported_again_gives_back_the_identical_catalog_as_csv() -> None:
    groups = varied_groups()

    parsed = parse_catalog(export_csv(groups), "catalog.csv")

    assert parsed.ok
    assert parsed.groups == groups


def test_an_export_imported_again_gives_back_the_identical_catalog_as_json() -> None:
    groups = varied_groups()

    parsed = parse_catalog(export_json(groups), "catalog.json")

    assert parsed.ok
    assert parsed.groups == groups


def test_no_exported_cell_would_run_as_a_formula_when_opened_in_a_spreadsheet() -> None:
    exported = export_csv(varied_groups()).decode("utf-8")

    cells = [cell for row in csv.reader(io.StringIO(exported, newline="")) for cell in row]

    dangerous = [c for c in cells if c[:1] in ("=", "+", "@", "\t", "\r")]
    assert dangerous == []
    # A minus only starts a plain negative number (a coordinate), never text.
    assert all(float(c) < 0 for c in cells if c.startswith("-"))
    assert "'=Café Deuil ☕" in cells
    assert "'-- weekly, gentle; bring a friend, \"if you'd like\"\nSecond line." in cells


def test_a_value_that_really_starts_with_an_apostrophe_survives_the_round_trip() -> None:
    group = Group(name="'=quoted'", description="'-x", topics=["anxiety"], format="online")

    parsed = parse_catalog(export_csv([group]), "catalog.csv")

    assert parsed.groups == [group]


def test_export_json_is_an_indented_array_with_every_column_and_real_lists() -> None:
    exported = export_json(varied_groups())

    rows = json.loads(exported)

    assert exported.startswith(b"[\n  {")
    assert [list(row) for row in rows] == [list(FIELDS)] * 3
    assert rows[1]["days"] == ["mon", "wed"]
    assert rows[1]["latitude"] == 45.5019
    assert rows[2]["active"] is False


def test_export_csv_starts_with_the_catalog_header() -> None:
    first_line = export_csv([]).decode("utf-8").splitlines()[0]

    assert first_line == ",".join(FIELDS)


def test_import_of_500_rows_with_three_bad_ones_names_exactly_those_rows() -> None:
    rng = random.Random(500)
    rows = []
    for i in range(500):
        in_person = i % 3 == 0
        rows.append(
            a_row(
                name=f"Support circle {i}",
                topics=";".join(rng.sample(NEEDS, 2)),
                format="in_person" if in_person else "online",
                city="Bristol" if in_person else "",
                days=";".join(rng.sample(WEEKDAYS, 2)),
                time=f"{rng.randrange(24):02d}:{rng.choice(['00', '30'])}",
            )
        )
    bad_indexes = sorted(rng.sample(range(500), 3))
    rows[bad_indexes[0]]["topics"] = "anxeity"
    rows[bad_indexes[1]]["time"] = "7pm"
    rows[bad_indexes[2]].update(latitude="95", longitude="2")

    parsed = parse_catalog(csv_bytes(rows), "catalog.csv")

    spreadsheet_rows = [i + 2 for i in bad_indexes]  # the header is row 1
    assert not parsed.ok
    assert [(e.row, e.field) for e in parsed.errors] == [
        (spreadsheet_rows[0], "topics"),
        (spreadsheet_rows[1], "time"),
        (spreadsheet_rows[2], "latitude"),
    ]
    reasons = [e.reason for e in parsed.errors]
    assert "unknown need id 'anxeity'" in reasons[0] and "anxiety" in reasons[0]
    assert reasons[1] == "must be HH:MM, 24-hour"
    assert reasons[2] == "must be between -90 and 90"
    assert len(parsed.groups) == 497


def test_a_bad_row_says_each_problem_plainly_without_validation_jargon() -> None:
    rows = [
        a_row(
            name="X",
            topics="",
            format="sometimes",
            latitude="north",
            longitude="1",
            last_verified="last week",
            active="maybe",
            contact_url="example.org",
            languages="English",
        )
    ]

    parsed = parse_catalog(csv_bytes(rows), "catalog.csv")

    problems = {e.field: e.reason for e in parsed.errors}
    assert set(problems) == {
        "name",
        "topics",
        "format",
        "latitude",
        "last_verified",
        "active",
        "contact_url",
        "languages",
    }
    assert problems["topics"] == "is required"
    assert problems["format"] == "must be one of online, in_person, hybrid, not 'sometimes'"
    assert "2024-05-31" in problems["last_verified"]
    for reason in problems.values():
        assert "Input should" not in reason
        assert "Value error" not in reason
        assert "pydantic" not in reason.lower()


def test_a_row_that_is_fine_alone_but_not_as_a_whole_is_a_whole_row_problem() -> None:
    rows = [a_row(format="in_person")]

    parsed = parse_catalog(csv_bytes(rows), "catalog.csv")

    assert parsed.errors == [
        RowError(2, "", "an in-person or hybrid group needs a city or coordinates")
    ]


def test_two_rows_with_the_same_id_are_both_named() -> None:
    rows = [
        a_row(id="calm-minds", name="Calm Minds North"),
        a_row(name="Another group"),
        a_row(id="calm-minds", name="Calm Minds South"),
        a_row(name="Another Group!"),  # its id comes from its name, like row 3's
    ]

    parsed = parse_catalog(csv_bytes(rows), "catalog.csv")

    assert parsed.errors == [
        RowError(2, "id", "duplicate id 'calm-minds' (also row 4)"),
        RowError(3, "id", "duplicate id 'another-group' (also row 5)"),
        RowError(4, "id", "duplicate id 'calm-minds' (also row 2)"),
        RowError(5, "id", "duplicate id 'another-group' (also row 3)"),
    ]


def test_blank_rows_are_skipped_but_still_counted_like_a_spreadsheet_does() -> None:
    data = csv_bytes([a_row(name="First group"), {}, a_row(name="X")])

    parsed = parse_catalog(data, "catalog.csv")

    assert len(parsed.groups) == 1
    assert [(e.row, e.field) for e in parsed.errors] == [(4, "name")]


def test_a_multi_line_cell_counts_as_one_spreadsheet_row() -> None:
    rows = [a_row(name="Lines", description="one\ntwo\nthree"), a_row(name="Z")]

    parsed = parse_catalog(csv_bytes(rows), "catalog.csv")

    assert [e.row for e in parsed.errors] == [3]


def test_only_the_required_columns_are_enough() -> None:
    data = b"name,description,topics,format\r\nCalm Minds,Gentle support,anxiety;stress,online\r\n"

    parsed = parse_catalog(data, "catalog.csv")

    assert parsed.ok
    assert parsed.groups[0].topics == ["anxiety", "stress"]
    assert parsed.groups[0].id == "calm-minds"


def test_a_file_saved_with_a_bom_and_windows_line_ends_is_read() -> None:
    data = b"\xef\xbb\xbf" + csv_bytes([a_row(name="Café Calme")]).replace(b"\r\n", b"\n")
    data = data.replace(b"\n", b"\r\n")

    parsed = parse_catalog(data, "catalog.csv")

    assert parsed.ok
    assert parsed.groups[0].name == "Café Calme"


def test_a_semicolon_separated_export_from_a_european_spreadsheet_is_read() -> None:
    data = "name;description;topics;format\nRuhige Runde;Wöchentlich, offen;anxiety;online\n"

    parsed = parse_catalog(data.encode("utf-8"), "katalog.csv")

    assert parsed.ok
    assert parsed.groups[0].description == "Wöchentlich, offen"


def test_a_spreadsheet_saved_as_latin1_is_refused_with_how_to_save_it_as_utf8() -> None:
    data = "name,description,topics,format\nCafé Calme,Soirée,anxiety,online\n".encode("latin-1")

    with pytest.raises(CatalogFileError) as caught:
        parse_catalog(data, "catalog.csv")

    assert caught.value.kind == "not_utf8"
    assert "UTF-8" in str(caught.value)
    assert "line 2" in str(caught.value)
    assert "CSV UTF-8" in str(caught.value)


def test_a_missing_required_column_is_named() -> None:
    data = b"name,topics,format\nCalm Minds,anxiety,online\n"

    with pytest.raises(CatalogFileError) as caught:
        parse_catalog(data, "catalog.csv")

    assert caught.value.kind == "missing_columns"
    assert "description" in str(caught.value)
    assert "name," not in str(caught.value)


def test_an_unknown_column_is_named_with_the_likely_one() -> None:
    data = b"name,descripton,topics,format,colour\nCalm Minds,x,anxiety,online,blue\n"

    with pytest.raises(CatalogFileError) as caught:
        parse_catalog(data, "catalog.csv")

    assert caught.value.kind == "unknown_columns"
    assert "'descripton' (did you mean 'description'?)" in str(caught.value)
    assert "'colour'" in str(caught.value)


def test_a_spreadsheet_file_instead_of_csv_is_refused() -> None:
    xlsx = b"PK\x03\x04\x14\x00\x06\x00" + bytes(200)

    with pytest.raises(CatalogFileError) as caught:
        parse_catalog(xlsx, "catalog.xlsx")

    assert caught.value.kind == "wrong_type"
    assert "CSV UTF-8" in str(caught.value)


def test_a_text_file_that_is_neither_csv_nor_json_is_refused() -> None:
    with pytest.raises(CatalogFileError) as caught:
        parse_catalog(b"Dear admin,\nhere are the groups you asked for.\n", "notes.txt")

    assert caught.value.kind == "wrong_type"


def test_a_file_without_an_extension_is_recognised_by_its_content() -> None:
    as_json = parse_catalog(export_json(varied_groups()), "upload")
    as_csv = parse_catalog(export_csv(varied_groups()), "upload")

    assert as_json.groups == as_csv.groups == varied_groups()


def test_format_for_names_the_format_by_extension_only() -> None:
    assert format_for("Catalog.CSV") == "csv"
    assert format_for("/tmp/export.json") == "json"
    with pytest.raises(CatalogFileError):
        format_for("catalog.xlsx")


@pytest.mark.parametrize(
    ("data", "filename"),
    [
        (b"", "catalog.csv"),
        (b"\xef\xbb\xbf \r\n", "catalog.csv"),
        (b",".join(f.encode() for f in FIELDS) + b"\r\n", "catalog.csv"),
        (b"name,description,topics,format\n,,,\n,,,\n", "catalog.csv"),
        (b"[]", "catalog.json"),
        (b'[{}, {"name": null}]', "catalog.json"),
    ],
)
def test_a_file_with_no_groups_is_refused_as_empty(data: bytes, filename: str) -> None:
    with pytest.raises(CatalogFileError) as caught:
        parse_catalog(data, filename)

    assert caught.value.kind == "empty"


def test_a_file_over_the_size_limit_is_refused_before_reading() -> None:
    data = csv_bytes([a_row(name=f"Group {i}") for i in range(50)])

    with pytest.raises(CatalogFileError) as caught:
        parse_catalog(data, "catalog.csv", max_bytes=1_000)

    assert caught.value.kind == "too_large"
    assert "1 KB" in str(caught.value)


def test_a_file_over_five_megabytes_is_refused_by_default() -> None:
    data = b"name,description,topics,format\n" + b"x" * MAX_BYTES

    with pytest.raises(CatalogFileError) as caught:
        parse_catalog(data, "catalog.csv")

    assert caught.value.kind == "too_large"
    assert "5.0 MB" in str(caught.value)


def test_a_file_with_too_many_rows_is_refused() -> None:
    rows = [a_row(name=f"Group {i}") for i in range(11)]

    with pytest.raises(CatalogFileError) as csv_caught:
        parse_catalog(csv_bytes(rows), "catalog.csv", max_rows=10)
    with pytest.raises(CatalogFileError) as json_caught:
        parse_catalog(json.dumps(rows).encode(), "catalog.json", max_rows=10)

    assert csv_caught.value.kind == json_caught.value.kind == "too_many_rows"
    assert parse_catalog(csv_bytes(rows[:10]), "catalog.csv", max_rows=10).ok


def test_json_accepts_lists_or_semicolon_text_and_numbers_rows_from_one() -> None:
    items: list[Any] = [
        {
            "name": "Calm Minds",
            "description": "x",
            "topics": ["anxiety", "ocd"],
            "format": "online",
        },
        {
            "name": "Open Door",
            "description": "x",
            "topics": "grief; depression",
            "format": "online",
        },
        {"name": "Broken", "description": "x", "topics": ["anxeity"], "format": "online"},
        "not a group",
    ]

    parsed = parse_catalog(json.dumps(items).encode(), "catalog.json")

    assert [g.topics for g in parsed.groups] == [["anxiety", "ocd"], ["grief", "depression"]]
    assert [(e.row, e.field) for e in parsed.errors] == [(3, "topics"), (4, "")]


def test_json_keeps_an_apostrophe_because_only_csv_cells_are_protected() -> None:
    item = {"name": "'=Quoted", "description": "x", "topics": ["anxiety"], "format": "online"}

    parsed = parse_catalog(json.dumps([item]).encode(), "catalog.json")

    assert parsed.groups[0].name == "'=Quoted"


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b'{"groups": []}', "not_array"),
        (b"[1, 2, 3]", "not_array"),
        (b'[{"name": "x",', "unreadable"),
        (b'[{"name": "x", "description": "d", "topics": "ocd", "format": "online", "tags": 1}]',
         "unknown_columns"),
        (b'[{"name": "x", "description": "d", "topics": "ocd"}]', "missing_columns"),
    ],
)  # fmt: skip
def test_a_json_file_of_the_wrong_shape_is_refused(data: bytes, kind: str) -> None:
    with pytest.raises(CatalogFileError) as caught:
        parse_catalog(data, "catalog.json")

    assert caught.value.kind == kind


def test_a_time_zone_name_that_is_a_folder_is_a_row_error_not_a_crash() -> None:
    rows = [a_row(timezone="America", name="A"), a_row(timezone="US")]

    parsed = parse_catalog(csv_bytes(rows), "catalog.csv")

    assert [(e.row, e.field) for e in parsed.errors] == [
        (2, "name"),
        (2, "timezone"),
        (3, "timezone"),
    ]


def test_a_meeting_guide_feed_sent_as_a_catalog_says_how_to_import_it() -> None:
    feed = [{"name": "Sunday Serenity", "slug": "sunday-serenity", "day": 0, "time": "18:00",
             "conference_url": "https://zoom.us/j/1"}]  # fmt: skip
    data = json.dumps(feed).encode()

    with pytest.raises(CatalogFileError) as caught:
        parse_catalog(data, "meetings.json")
    parsed = parse_catalog(data, "meetings.json", topics=["alcohol"])

    assert caught.value.kind == "meeting_guide_feed"
    assert "Meeting Guide" in str(caught.value)
    assert parsed.ok
    assert parsed.groups[0].topics == ["alcohol"]


# Property tests: whatever arrives, the admin gets either a file problem or a full report.


def assert_honest(parsed: ParsedCatalog) -> None:
    assert parsed.ok == (not parsed.errors)
    assert all(isinstance(group, Group) for group in parsed.groups)
    assert all(error.reason and error.row >= 1 for error in parsed.errors)
    if parsed.ok:
        assert parsed.groups


def outcome(data: bytes, filename: str) -> ParsedCatalog | None:
    try:
        parsed = parse_catalog(data, filename, max_bytes=200_000)
    except CatalogFileError as exc:
        assert str(exc)
        return None
    assert_honest(parsed)
    return parsed


FILENAMES = st.sampled_from(["catalog.csv", "catalog.json", "upload", "notes.txt", "x.xlsx"])
HOSTILE_TEXT = st.one_of(
    st.text(max_size=40),
    st.sampled_from(
        ["=cmd|' /C calc'!A0", "'=1", "+1", "-1", "@SUM(1)", '"', '""', ",", ";", "\r", "\n",
         "\x00", "\ufeff", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "a" * 1200, "US", "America", "nan", "inf", "1e999",
         "true", "no", "2024-02-30", "99:99", "anxiety;;grief", "-90", "180.0000001"]
    ),
)  # fmt: skip


@PROPERTY
@given(data=st.binary(max_size=400), filename=FILENAMES)
def test_random_bytes_give_a_file_problem_or_an_honest_report(data: bytes, filename: str) -> None:
    outcome(data, filename)


@PROPERTY
@given(text=st.text(max_size=300), filename=FILENAMES)
def test_random_text_gives_a_file_problem_or_an_honest_report(text: str, filename: str) -> None:
    outcome(text.encode("utf-8", "surrogatepass"), filename)


@st.composite
def hostile_csv(draw: st.DrawFn) -> tuple[bytes, int]:
    header = draw(st.lists(st.sampled_from([*FIELDS, "", "extra"]), min_size=1, max_size=8))
    if draw(st.booleans()):
        header = list(dict.fromkeys(["name", "description", "topics", "format", *header]))
    vocab = st.sampled_from([*NEEDS, *AUDIENCES, *WEEKDAYS, "online", "in_person", "hybrid"])
    cell = st.one_of(HOSTILE_TEXT, vocab)
    rows = draw(st.lists(st.lists(cell, max_size=len(header) + 2), max_size=6))
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=draw(st.sampled_from([",", ";", "\t"])))
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8", "surrogatepass"), len(rows)


@PROPERTY
@given(case=hostile_csv())
def test_hostile_csv_gives_a_file_problem_or_a_report_naming_real_rows(
    case: tuple[bytes, int],
) -> None:
    data, row_count = case

    parsed = outcome(data, "catalog.csv")

    if parsed is not None:
        assert all(2 <= error.row <= row_count + 1 for error in parsed.errors)
        if parsed.ok:
            assert len(parsed.groups) <= row_count


JSON_VALUES = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), HOSTILE_TEXT),
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=8,
)
JSON_ROW = st.dictionaries(st.sampled_from(list(FIELDS)), JSON_VALUES, max_size=10)


@PROPERTY
@given(items=st.lists(st.one_of(JSON_ROW, JSON_VALUES), max_size=6))
def test_hostile_json_gives_a_file_problem_or_a_report_naming_real_entries(
    items: list[object],
) -> None:
    data = json.dumps(items).encode("utf-8", "surrogatepass")

    parsed = outcome(data, "catalog.json")

    if parsed is not None:
        assert all(1 <= error.row <= len(items) for error in parsed.errors)


@PROPERTY
@given(
    items=st.lists(
        st.fixed_dictionaries(
            {"name": HOSTILE_TEXT, "description": HOSTILE_TEXT,
             "format": st.sampled_from(["online", "hybrid"])},
            optional={"topics": st.lists(st.sampled_from([*NEEDS, "x"]), max_size=3),
                      "city": HOSTILE_TEXT, "timezone": HOSTILE_TEXT, "id": HOSTILE_TEXT},
        ),
        min_size=1,
        max_size=5,
    )
)  # fmt: skip
def test_nearly_valid_json_is_all_valid_or_every_bad_entry_is_named(
    items: list[dict[str, Any]],
) -> None:
    parsed = outcome(json.dumps(items).encode("utf-8", "surrogatepass"), "catalog.json")

    if parsed is not None:
        bad_rows = {error.row for error in parsed.errors}
        assert len(parsed.groups) + len(bad_rows) >= len(items)


SAFE_TEXT = st.text(
    alphabet=st.characters(exclude_categories=["Cs"]), min_size=1, max_size=30
).filter(lambda s: len(s.strip()) >= 2)
LIST_ITEM = st.text(
    alphabet=st.characters(exclude_categories=["Cs"], exclude_characters=";"), max_size=12
)


@st.composite
def groups(draw: st.DrawFn) -> Group:
    latitude = draw(st.one_of(st.none(), st.floats(-90, 90)))
    in_person = draw(st.booleans())
    fields: dict[str, Any] = {
        "name": draw(SAFE_TEXT),
        "description": draw(SAFE_TEXT),
        "topics": draw(st.lists(st.sampled_from(NEEDS), min_size=1, max_size=3)),
        "audience": draw(st.lists(st.sampled_from(AUDIENCES), max_size=2)),
        "format": draw(st.sampled_from(["in_person", "hybrid"])) if in_person else "online",
        "city": draw(SAFE_TEXT) if in_person else draw(st.one_of(st.none(), SAFE_TEXT)),
        "latitude": latitude,
        "longitude": None if latitude is None else draw(st.floats(-180, 180)),
        "days": draw(st.lists(st.sampled_from(WEEKDAYS), max_size=3)),
        "time": draw(st.sampled_from([None, "00:00", "09:30", "23:59"])),
        "languages": draw(st.lists(st.sampled_from(["en", "fr", "de", "uk"]), max_size=2)),
        "accessibility": draw(st.lists(LIST_ITEM, max_size=3)),
        "cost_note": draw(st.one_of(st.none(), SAFE_TEXT)),
        "contact_phone": draw(st.one_of(st.none(), st.from_regex(r"\A[+\-=@(0-9 ]{3,15}\Z"))),
        "organizer": draw(st.one_of(st.none(), SAFE_TEXT)),
        "last_verified": draw(st.one_of(st.none(), st.dates())),
        "active": draw(st.booleans()),
    }
    return Group.model_validate(fields)


@settings(deadline=None, max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(catalog=st.lists(groups(), min_size=1, max_size=5, unique_by=lambda g: g.id))
def test_any_catalog_survives_export_then_import_unchanged(catalog: list[Group]) -> None:
    from_csv = parse_catalog(export_csv(catalog), "catalog.csv")
    from_json = parse_catalog(export_json(catalog), "catalog.json")

    assert from_csv.ok and from_json.ok
    assert from_csv.groups == catalog
    assert from_json.groups == catalog


def test_a_cell_too_long_for_csv_is_a_file_problem_in_plain_words() -> None:
    data = csv_bytes([a_row(description="x" * 200_000)])

    with pytest.raises(CatalogFileError) as caught:
        parse_catalog(data, "catalog.csv")

    assert caught.value.kind == "unreadable"
    assert "longer than 128 KB" in str(caught.value)


def test_a_reason_quoting_a_huge_cell_stays_short_enough_to_send() -> None:
    data = csv_bytes([a_row(languages="x" * 20_000, topics="y" * 20_000)])

    parsed = parse_catalog(data, "catalog.csv")

    assert {e.field for e in parsed.errors} == {"languages", "topics"}
    assert all(len(e.reason) <= 200 for e in parsed.errors)
