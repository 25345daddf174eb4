"""Hostile and random input into the intake machine: it always answers kindly and never breaks."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from catalog.matcher import Matcher
from catalog.sample import sample_groups
from conversations import intake
from tests.conftest import NOW

MATCHER = Matcher(sample_groups(), today=NOW.date())
CONTEXT = intake.Context(MATCHER, NOW, "GB")
REAL_DATA = [
    f"{step.value}:{value}"
    for step in intake.Step
    for value in ("skip", "show", "online", "in_person", "any", "me", "someone", "15", "peer",
                  "weekday_eve", "free", "teens", "es", "anxiety", "more", "need", "cost")
] + ["nav:back", "res:more", "res:change", "res:restart", "rep:x", "rep:x:gone", "rep::"]  # fmt: skip

hostile_text = st.one_of(
    st.text(max_size=300),
    st.text(alphabet=st.characters(categories=["Cc", "Cf", "Zs", "So"]), max_size=50),
    st.sampled_from(["", " ", "\u200b", "\u202eevil", "🙂" * 50, "x" * 4096, "/start", "12"]),
)
events = st.one_of(
    hostile_text.map(intake.Said),
    st.one_of(st.sampled_from(REAL_DATA), st.text(max_size=80)).map(intake.Tapped),
    st.tuples(st.floats(-90, 90, allow_nan=False), st.floats(-180, 180, allow_nan=False)).map(
        lambda p: intake.Located(*p)
    ),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(events, min_size=1, max_size=12))
def test_any_sequence_of_inputs_gets_an_answer_and_a_state_that_survives_a_restart(
    sequence: list[intake.Input],
) -> None:
    state = intake.start().state
    for event in sequence:
        turn = intake.handle(state, event, CONTEXT)
        assert turn.replies, "every input gets an answer"
        for reply in turn.replies:
            assert reply.text.strip()
            assert "Traceback" not in reply.text
            for row in reply.buttons:
                for button in row:
                    assert button.url or 0 < len(button.data.encode()) <= 64
        stored = json.loads(json.dumps(turn.state.to_dict()))
        assert intake.Intake.from_dict(stored).to_dict() == turn.state.to_dict()
        state = intake.Intake.from_dict(stored)


@given(st.dictionaries(st.text(max_size=10), st.one_of(st.none(), st.integers(), st.text())))
def test_a_corrupted_stored_state_starts_a_fresh_conversation(data: dict[str, object]) -> None:
    state = intake.Intake.from_dict(data)
    turn = intake.ask(state, CONTEXT)
    assert turn.replies
