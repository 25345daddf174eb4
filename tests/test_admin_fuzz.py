"""Random typing and tapping into the admin wizard: no crash, and no write unless confirmed."""

from __future__ import annotations

import asyncio
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from catalog.sample import sample_groups, seed_if_empty
from catalog.store import Store
from conversations import admin_wizard as wizard
from conversations.dialogue import Command, Dialogue, Event, Location, Person, Press, Text
from conversations.intake import Located, Said, Tapped
from conversations.reply import Reply
from tests.conftest import NOW

ADMIN = 42
SAVE = "adm:w:preview:save"

# Text an admin might type: real answers, near misses and noise.
typed = st.one_of(
    st.sampled_from(
        [
            "Leeds", "19:00", "7pm", "25:99", "anxiety; stress", "anxeity", "online", "hybrid",
            "in person", "mon, thu", "Europe/London", "Mars/Base", "51.5, -0.12", "999, 999",
            "hi@example.org", "not-an-email", "example.org", "+44 20 7946 0000", "12", "-",
            "time=19:30", "format=underwater", "colour=blue", "", "   ", "x" * 1600, "é",
        ]
    ),
    st.text(max_size=80),
)  # fmt: skip
steps = st.sampled_from([s.value for s in wizard.Step] + ["nav", "zz", ""])
values = st.sampled_from(
    [
        "save", "cancel", "more", "done", "skip", "keep", "clear", "back", "anxiety", "tue",
        "en", "online", "in_person", "paid", "time", "city", "latitude", "active", "true",
        "\x00", "",
    ]
)  # fmt: skip
made_up_data = st.one_of(
    st.builds(lambda s, v: f"adm:w:{s}:{v}", steps, values), st.text(max_size=70)
)


@st.composite
def moves(draw: st.DrawFn, buttons: list[str]) -> Said | Tapped | Located:
    """One input: often a button that moves on, else any button, typing, made-up data, a pin."""
    kind = draw(st.integers(0, 9))
    onward = [b for b in buttons if b.rsplit(":", 1)[-1] in _ONWARD or ":format:" in b]
    if kind <= 2 and onward:
        return Tapped(draw(st.sampled_from(onward)))
    if kind <= 4 and buttons:
        return Tapped(draw(st.sampled_from(buttons)))
    if kind <= 7:
        return Said(draw(typed))
    if kind == 8:
        return Tapped(draw(made_up_data))
    return Located(draw(st.floats(-90, 90)), draw(st.floats(-180, 180)))


_ONWARD = frozenset({"done", "skip", "keep", "save", "anxiety", "tue", "en"})


def button_data(replies: list[Reply]) -> list[str]:
    return [b.data for r in replies for row in r.buttons for b in row if b.data]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data(), st.booleans())
def test_the_wizard_survives_anything_and_saves_only_on_save(
    data: st.DataObject, editing: bool
) -> None:
    group = sample_groups()[0]
    turn = wizard.start_edit(group) if editing else wizard.start_add()
    context = wizard.Context(taken_ids=frozenset({group.id}), default_country="GB")
    for _ in range(45):
        state = turn.state
        if state is None:
            break
        move = data.draw(moves(button_data(turn.replies)))
        at_preview = state.step is wizard.Step.preview
        restored = wizard.Wizard.from_dict(state.to_dict())
        assert restored == state  # what the conversation row keeps is the whole state
        turn = wizard.handle(state, move, context)
        assert all(r.text for r in turn.replies) or turn.save is not None
        if turn.save is not None:
            assert at_preview and move == Tapped(SAVE)
            assert turn.save.id != group.id or editing


def confirms(data: str) -> bool:
    """Buttons whose tap is the admin's yes: Save, Yes hide it, Restore, Checked, Apply."""
    return (
        data == SAVE
        or data.startswith(("adm:vf:", "adm:rs:", "adm:imp:apply:"))
        or (data.startswith("adm:rm:") and data.endswith(":yes"))
    )


def _events(buttons: list[str]) -> st.SearchStrategy[Event]:
    on_screen = st.sampled_from(buttons) if buttons else st.just("adm:w:nav:back")
    return st.one_of(
        st.builds(Press, on_screen),
        st.builds(Press, on_screen),
        st.builds(Text, typed),
        st.builds(Press, made_up_data),
        st.builds(Command, st.sampled_from(["back", "back", "cancel", "add"])),
        st.builds(Command, st.just("edit"), st.sampled_from(["", "london-anxiety-circle"])),
        st.builds(Location, st.floats(-90, 90), st.floats(-180, 180)),
    )


def test_the_admin_desk_on_a_real_database_writes_only_when_confirmed(tmp_path: Path) -> None:
    loop = asyncio.new_event_loop()
    person = Person(ADMIN, ADMIN, "en")
    examples = iter(range(10**6))

    async def run(data: st.DataObject) -> None:
        # A fresh database per example, so every example starts from the same catalog.
        store = await Store.open(tmp_path / f"fuzz-{next(examples)}.sqlite3")
        try:
            await seed_if_empty(store)
            admins = frozenset({ADMIN})
            dialogue = Dialogue(store, default_country="GB", admin_ids=admins, clock=lambda: NOW)
            replies = await dialogue.handle(person, Command("add"))
            for _ in range(25):
                event = data.draw(_events(button_data(replies)))
                audits = await store.audit_count()
                replies = await dialogue.handle(person, event)
                assert replies and all(isinstance(r, Reply) for r in replies)
                if await store.audit_count() != audits:
                    assert isinstance(event, Press) and confirms(event.data), event
        finally:
            await store.close()

    @settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.data())
    def explore(data: st.DataObject) -> None:
        loop.run_until_complete(run(data))

    try:
        explore()
    finally:
        loop.close()
