"""The crisis handoff message and the reviewed resources file behind it."""

from __future__ import annotations

import re
import tomllib
from datetime import date
from importlib import resources as package_files
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import phonenumbers
import pytest
from phonenumbers import shortnumberinfo

from conversations.handoff import (
    AGAIN_DATA,
    AUTOMATIC_NOTICE,
    CONTINUE_DATA,
    INTERNATIONAL_DANGER,
    MAX_MESSAGE_CHARS,
    CountryResources,
    Fallback,
    Resources,
    country_for,
    handoff_reply,
    handoff_text,
    load_resources,
)
from conversations.reply import Button

REQUIRED = ("US", "CA", "GB", "IE", "AU", "NZ", "DE", "FR", "ES", "IN", "BR", "RU")
NOT_ENGLISH = ("DE", "FR", "ES", "BR", "RU")

# Short codes that exist but are missing from libphonenumber's short-number metadata, so
# phonenumbers cannot vouch for them. Each is pinned digit for digit here instead, with why.
UNLISTED_SHORT_NUMBERS = {
    ("IN", "14416"): "Tele-MANAS short code (2022), not in phonenumbers' IN short-number data; "
    "its long form 1-800-891-4416 is validated normally",
    ("BR", "188"): "CVV's national short code, not in phonenumbers' BR short-number data",
}
# Freephone ranges whose numbering plan allows several lengths, so phonenumbers cannot tell a
# dropped or extra digit: each such number is pinned here exactly as reviewed (change both).
PINNED_VARIABLE_LENGTH = {
    ("NZ", "0800 543 354"): "NZ 0800 numbers have 8 to 10 digits",
    ("DE", "0800 111 0 111"): "DE 0800 numbers have 10 to 15 digits",
    ("DE", "0800 111 0 222"): "DE 0800 numbers have 10 to 15 digits",
    ("IN", "1-800-891-4416"): "IN 1800 numbers have 8 to 13 digits",
}
# Longer than this, a number must be a full valid number, so a dropped digit cannot pass as short.
LONGEST_SHORT_NUMBER = 6
# National lines use non-geographic numbers. This also catches a dropped digit that happens to
# spell a valid landline (Irish "1800 247 24" reads as a Dublin number). A real line on a
# geographic number would need its own documented exception here.
HELPLINE_NUMBER_TYPES = {
    phonenumbers.PhoneNumberType.TOLL_FREE,
    phonenumbers.PhoneNumberType.SHARED_COST,
    phonenumbers.PhoneNumberType.UAN,
    phonenumbers.PhoneNumberType.MOBILE,
}


def _raw_file() -> dict[str, Any]:
    shipped = package_files.files("conversations").joinpath("data", "crisis_resources.toml")
    return tomllib.loads(shipped.read_text(encoding="utf-8"))


def _numbers_in_file() -> list[tuple[str, str, str]]:
    """(country, what, number) for every number a person could dial or text."""
    found = []
    for country, entry in _raw_file()["countries"].items():
        found += [(country, "emergency", number) for number in entry["emergency"]]
        for line in entry["lines"]:
            if "phone" in line:
                found.append((country, line["name"], line["phone"]))
            if "text_number" in line:
                found.append((country, f"{line['name']} (text)", line["text_number"]))
    return found


def _is_dialable(number: str, region: str) -> bool:
    if (region, number) in UNLISTED_SHORT_NUMBERS:
        return True
    digits = re.sub(r"\D", "", number)
    if len(digits) <= LONGEST_SHORT_NUMBER and shortnumberinfo.is_valid_short_number_for_region(
        phonenumbers.parse(digits, region), region
    ):
        return True
    if not _is_helpline_number(number, region):
        return False
    plan_checks_length = not any(
        _is_helpline_number(neighbour, region) for neighbour in (number[:-1], number + "0")
    )
    return plan_checks_length or (region, number) in PINNED_VARIABLE_LENGTH


def _is_helpline_number(number: str, region: str) -> bool:
    parsed = phonenumbers.parse(number, region)
    return (
        phonenumbers.is_valid_number_for_region(parsed, region)
        and phonenumbers.number_type(parsed) in HELPLINE_NUMBER_TYPES
    )


def _urls(resources: Resources) -> list[str]:
    urls = [d.url for d in resources.fallback.directories] + list(resources.fallback.sources)
    for entry in resources.countries.values():
        urls += entry.sources
        urls += [line.chat_url for line in entry.lines if line.chat_url]
    return urls


@pytest.fixture(scope="module")
def shipped() -> Resources:
    return load_resources()


# --- the reviewed file -------------------------------------------------------------------------


@pytest.mark.parametrize(("country", "what", "number"), _numbers_in_file())
def test_every_number_in_the_file_can_be_dialled_in_its_country(
    country: str, what: str, number: str
) -> None:
    assert _is_dialable(number, country), f"{country} {what}: {number!r} is not a valid number"


def test_a_long_number_typed_with_a_digit_missing_is_caught() -> None:
    long_numbers = [
        (country, number)
        for country, _, number in _numbers_in_file()
        if len(re.sub(r"\D", "", number)) > LONGEST_SHORT_NUMBER
    ]
    assert long_numbers
    for country, number in long_numbers:
        assert not _is_dialable(number[:-1], country), f"{country} {number[:-1]!r} passed"
        assert not _is_dialable(number + "7", country), f"{country} {number + '7'!r} passed"


def test_each_emergency_number_is_known_as_an_emergency_number(shipped: Resources) -> None:
    for country, entry in shipped.countries.items():
        for number in entry.emergency:
            assert shortnumberinfo.is_emergency_number(number, country), (country, number)


def test_every_address_is_https_with_a_plausible_host(shipped: Resources) -> None:
    for url in _urls(shipped):
        parts = urlsplit(url)
        assert parts.scheme == "https", url
        assert re.fullmatch(r"(?:[a-z0-9-]+\.)+[a-z]{2,}", parts.hostname or ""), url
        assert " " not in url, url


def test_every_entry_names_its_sources_and_a_check_date_not_in_the_future(
    shipped: Resources,
) -> None:
    entries: list[CountryResources | Fallback] = [*shipped.countries.values(), shipped.fallback]
    for entry in entries:
        assert entry.sources, entry
        assert entry.checked <= date.today(), entry


def test_the_discontinued_988_press_3_option_is_never_advertised(shipped: Resources) -> None:
    for country in shipped.countries:
        assert "press 3" not in handoff_text(country, shipped).lower()


def test_anything_the_reviewer_could_not_confirm_says_so(shipped: Resources) -> None:
    assert shipped.countries["RU"].note and "adult" in shipped.countries["RU"].note
    assert shipped.fallback.note and "IASP" in shipped.fallback.note


# --- the message -------------------------------------------------------------------------------


@pytest.mark.parametrize("country", REQUIRED)
def test_a_person_in_each_covered_country_gets_a_short_complete_message(
    country: str, shipped: Resources
) -> None:
    entry = shipped.countries[country]
    text = handoff_text(country, shipped)
    assert entry.emergency and entry.lines
    assert len(text) < MAX_MESSAGE_CHARS
    assert f"call {entry.emergency[0]}" in text
    assert all(line.name in text for line in entry.lines)
    assert entry.professional_help in text
    assert all(d.url in text for d in shipped.fallback.directories)
    assert text.rstrip().endswith(AUTOMATIC_NOTICE)
    assert not re.search(r"[{}<>]|TODO|XXX|None", text)


@pytest.mark.parametrize("country", NOT_ENGLISH)
def test_a_person_sees_their_own_language_first(country: str, shipped: Resources) -> None:
    entry = shipped.countries[country]
    text = handoff_text(country, shipped)
    assert entry.local_header is not None
    assert text.startswith(entry.local_header)
    assert entry.emergency[0] in entry.local_header


def test_the_uk_message_opens_warmly_and_gives_help_before_anything_else(
    shipped: Resources,
) -> None:
    lines = handoff_text("GB", shipped).splitlines()
    assert lines[0] == "You deserve support right now."
    assert lines[1] == "If you are in immediate danger, call 999."
    assert "Samaritans: call 116 123" in "\n".join(lines[2:6])


def test_a_country_code_in_lower_case_or_as_uk_still_finds_the_country(shipped: Resources) -> None:
    assert handoff_text("gb", shipped) == handoff_text("GB", shipped)
    assert handoff_text("UK", shipped) == handoff_text("GB", shipped)


def test_someone_whose_country_is_unknown_gets_the_international_message(
    shipped: Resources,
) -> None:
    for country in (None, "ZZ", "PL"):
        text = handoff_text(country, shipped)
        assert INTERNATIONAL_DANGER in text
        assert all(d.url in text for d in shipped.fallback.directories)
        assert AUTOMATIC_NOTICE in text
        assert len(text) < MAX_MESSAGE_CHARS


def test_what_the_person_wrote_is_never_echoed_back(shipped: Resources) -> None:
    typed = "I can't go on anymore"
    text = handoff_text(typed, shipped)
    assert typed not in text
    assert text == handoff_text(None, shipped)


def test_the_handoff_reply_offers_continue_and_show_again() -> None:
    reply = handoff_reply("GB")
    assert reply.text == handoff_text("GB")
    assert reply.buttons == (
        (Button("I'm safe now, continue", CONTINUE_DATA),),
        (Button("Show the numbers again", AGAIN_DATA),),
    )
    assert CONTINUE_DATA == "crisis:continue" and AGAIN_DATA == "crisis:again"


# --- operator overrides ------------------------------------------------------------------------

OVERRIDE = """
[countries.GB]
name = "United Kingdom"
emergency = ["999"]
professional_help = "Our partner clinic can see you this week."
sources = ["https://example.org/uk-review"]
checked = 2026-01-05

[[countries.GB.lines]]
name = "Partner Night Line"
phone = "0800 123 4567"
hours = "8pm to 8am"

[countries.PL]
name = "Poland"
emergency = ["112"]
professional_help = "Your family doctor can refer you to mental health care."
sources = ["https://example.org/pl-review"]
checked = "2026-01-05"

[[countries.PL.lines]]
name = "Telefon zaufania"
phone = "116 123"
"""


def test_an_operator_file_replaces_one_country_and_adds_another(
    tmp_path: Path, shipped: Resources
) -> None:
    extra = tmp_path / "ours.toml"
    extra.write_text(OVERRIDE, encoding="utf-8")
    ours = load_resources(extra)

    uk = handoff_text("GB", ours)
    assert "Partner Night Line: call 0800 123 4567 (8pm to 8am)" in uk
    assert "Samaritans" not in uk
    poland = handoff_text("PL", ours)
    assert "If you are in immediate danger, call 112." in poland
    assert "Telefon zaufania" in poland
    assert handoff_text("US", ours) == handoff_text("US", shipped)
    assert load_resources(extra) is ours


@pytest.mark.parametrize(
    ("content", "entry"),
    [
        (OVERRIDE.replace('phone = "116 123"', 'phone = "ring us"'), "countries.PL.lines[0].phone"),
        (OVERRIDE.replace('emergency = ["112"]', "emergency = []"), "countries.PL.emergency"),
        (OVERRIDE.replace('sources = ["https://example.org/pl-review"]\n', ""), "countries.PL"),
        (OVERRIDE.replace("https://example.org/uk-review", "http://x"), "countries.GB.sources"),
        (OVERRIDE.replace("[countries.PL]", "[countries.Poland]"), "countries.Poland"),
        (OVERRIDE.replace('name = "Telefon zaufania"', 'nmae = "x"'), "countries.PL.lines[0]"),
        (OVERRIDE + "\n[countries.FR\n", "not valid TOML"),
    ],
)
def test_a_broken_operator_file_is_refused_with_its_name_and_entry(
    tmp_path: Path, content: str, entry: str
) -> None:
    extra = tmp_path / "broken.toml"
    extra.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError) as refused:
        load_resources(extra)
    assert str(extra) in str(refused.value)
    assert entry in str(refused.value)


def test_a_missing_operator_file_is_refused_with_its_name(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.toml"
    with pytest.raises(ValueError, match=r"nowhere\.toml"):
        load_resources(missing)


# --- which country ----------------------------------------------------------------------------


def test_the_country_the_person_gave_wins_over_the_default_and_the_hint() -> None:
    assert country_for("IE", "GB", "de") == "IE"
    assert country_for(None, "GB", "de") == "GB"


def test_the_deployment_default_wins_over_the_language_hint() -> None:
    assert country_for(None, "GB", "de") == "GB"
    assert country_for(None, None, "de") == "DE"


def test_a_language_with_a_region_names_that_region() -> None:
    assert country_for(None, None, "en-GB") == "GB"
    assert country_for(None, None, "pt-br") == "BR"
    assert country_for(None, None, "pt") is None


def test_a_plain_language_hints_only_where_one_country_is_likely() -> None:
    assert [country_for(None, None, code) for code in ("de", "ru")] == ["DE", "RU"]
    assert country_for(None, None, "es-ES") == "ES"
    assert country_for(None, None, "fr-FR") == "FR"


@pytest.mark.parametrize("code", ["en", "es", "fr", "pt", "es-419"])
def test_a_language_spoken_across_many_countries_gives_the_international_list(code: str) -> None:
    # A Mexican writing plain "es" must not be sent Spain's numbers.
    assert country_for(None, None, code) is None


def test_nothing_to_go_on_gives_no_country() -> None:
    assert country_for(None, None, None) is None
    assert country_for("", "", "") is None


def test_a_country_given_as_free_text_is_ignored_rather_than_guessed() -> None:
    assert country_for("somewhere up north", "GB", None) == "GB"
    assert country_for("somewhere up north", None, None) is None
    assert country_for("uk", None, None) == "GB"


def test_a_country_the_resources_do_not_cover_is_still_returned() -> None:
    assert country_for("PL", None, None) == "PL"
    assert country_for(None, None, "it-IT") == "IT"
