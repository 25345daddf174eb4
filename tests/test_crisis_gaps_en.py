"""English crisis screen, recall gaps: kinds of crisis message that slipped past the rules in
messages from people the team never saw, each beside the same words used safely.

The crisis examples must be caught by the lexicon rules themselves, not only by the model.
"""

from __future__ import annotations

import pytest

from conversations.crisis import firing_rules, screen

GAPS_CRISIS: list[str] = [
    "swallowed about 30 of my antidepressants",
    "took like 40 of my sleeping pills an hour ago",
    "loaded the gun. sorry",
    "cocked my dads pistol. love you all",
    "tied the noose. goodbye everyone",
    "just been holding the blade for a while",
    "been gripping the razor for an hour now",
    "I'm not suicidal or anything. I just have a plan for if things don't get better by the weekend.",
    "dont worry im fine, i just already picked a date",
]

GAPS_NOT_CRISIS: list[str] = [
    "took 2 of my antidepressants this morning like the doctor said",
    "loaded the gun for hunting tomorrow, sorry i can't make the group",
    "im holding a razor to shave, hands shake from the meds, any anxiety groups?",
    "im not suicidal, we just picked a date for the wedding",
    "i have a plan for if the job doesn't work out, not a big deal",
    "tied the rope to the boat, sorry for the late reply",
]


@pytest.mark.parametrize("text", GAPS_CRISIS)
def test_person_with_the_means_ready_or_taken_gets_emergency_help_from_the_rules(
    text: str,
) -> None:
    assert firing_rules(text), text
    assert screen(text).crisis


@pytest.mark.parametrize("text", GAPS_NOT_CRISIS)
def test_person_using_the_same_words_in_ordinary_life_gets_groups(text: str) -> None:
    assert not screen(text).crisis, firing_rules(text)
