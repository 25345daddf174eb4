"""Recall and false-alarm figures of the crisis screen over a test file's rounds of examples.

Each `tests/test_crisis_<lang>.py` keeps its rounds as `{name: (crisis lines, safe lines)}` and
calls `assert_recall` and `assert_few_false_alarms`; the figures are printed (run with `-s`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import pytest

from conversations.crisis import firing_rules, screen

Rounds = Mapping[str, tuple[Sequence[str], Sequence[str]]]

RECALL_FLOOR = 0.98
FALSE_ALARM_CEILING = 0.05


@dataclass(frozen=True)
class Figures:
    """How the screen did on one set: who it missed and whom it alarmed for nothing."""

    crisis: int
    safe: int
    missed: list[str]
    alarms: list[str]

    @property
    def recall(self) -> float:
        return 1 - len(self.missed) / self.crisis if self.crisis else 1.0

    @property
    def false_alarms(self) -> float:
        return len(self.alarms) / self.safe if self.safe else 0.0


def figures(crisis: Sequence[str], safe: Sequence[str]) -> Figures:
    """Screen every line and count the misses and the false alarms."""
    missed = [text for text in crisis if not screen(text).crisis]
    alarms = [text for text in safe if screen(text).crisis]
    return Figures(len(crisis), len(safe), missed, alarms)


def everything(rounds: Rounds) -> Figures:
    """The figures over all rounds together."""
    crisis = [text for lines, _ in rounds.values() for text in lines]
    safe = [text for _, lines in rounds.values() for text in lines]
    return figures(crisis, safe)


def assert_recall(rounds: Rounds, floor: float = RECALL_FLOOR) -> None:
    """Print each round's figures, then fail when recall over all of them is under `floor`."""
    for name, (crisis, safe) in rounds.items():
        round_figures = figures(crisis, safe)
        print(
            f"\n{name}: recall {round_figures.recall:.1%} of {len(crisis)}, "
            f"false alarms {round_figures.false_alarms:.1%} of {len(safe)}",
            end="",
        )
    total = everything(rounds)
    print(f"\nall rounds: recall {total.recall:.1%} of {total.crisis}")
    assert total.recall >= floor, f"recall {total.recall:.1%}; missed: {total.missed}"


def assert_few_false_alarms(rounds: Rounds, ceiling: float = FALSE_ALARM_CEILING) -> None:
    """Fail when more than `ceiling` of all the rounds' safe lines raise an alarm."""
    total = everything(rounds)
    print(f"\nall rounds: false alarms {total.false_alarms:.1%} of {total.safe}")
    assert total.false_alarms <= ceiling, f"false alarms {total.false_alarms:.1%}: {total.alarms}"


# The warning-sign families every language's `<lang>_signs.toml` has (rule ids `<lang>.suicidal.<family>`).
SIGN_FAMILIES = (
    "sign_goodbye",
    "sign_kept_secret",
    "sign_note_left",
    "sign_gave_things_away",
    "sign_closed_down",
    "sign_deadline",
    "sign_means_at_hand",
    "sign_at_a_height",
    "sign_calm_after_deciding",
    "sign_burden",
)


def with_a_sign(texts: Sequence[str]) -> list[str]:
    """The texts that hand off with a warning sign among the rules that fire."""
    return [text for text in texts if any(".sign_" in rule for rule in firing_rules(text))]


def assert_sign_round(language: str, crisis: Sequence[str], not_crisis: Sequence[str]) -> None:
    """Print one round of a language's sign examples, then fail when a two-sign message is
    missed or more than 5% of the single-sign lines hand off with a sign among the rules."""
    found = figures(crisis, not_crisis)
    sign_alarms = with_a_sign(found.alarms)
    print(
        f"\n{language} signs: caught {len(crisis) - len(found.missed)}/{len(crisis)}, "
        f"false alarms {len(found.alarms)}/{len(not_crisis)} "
        f"({len(sign_alarms)} with a warning sign among the rules that fire)"
    )
    assert not found.missed, found.missed
    # Other rules of the language (not signs) fire on a few of these lines: counted, owned elsewhere.
    assert len(sign_alarms) <= len(not_crisis) * 0.05, [(t, firing_rules(t)) for t in sign_alarms]


def assert_caught_by_rules(text: str) -> None:
    """Fail unless a lexicon rule itself fires on the text (not only the model) and it hands off."""
    assert firing_rules(text), f"no rule fires on {text!r}"
    assert screen(text).crisis, f"{text!r} should hand off"


def assert_gets_groups(text: str) -> None:
    """Fail when an ordinary or hard safe message hands off instead of getting groups."""
    verdict = screen(text)
    assert not verdict.crisis, f"{text!r} handed off ({verdict.rule}; rules {firing_rules(text)})"


def family_cases(families: Mapping[str, Sequence[str]]) -> list[object]:
    """One pytest case per line of each named family, its id "family-index", so that a failure
    names the family it belongs to."""
    return [
        pytest.param(text, id=f"{family}-{index}")
        for family, lines in families.items()
        for index, text in enumerate(lines)
    ]
