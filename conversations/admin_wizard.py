"""The /add and /edit wizard for admins: one field at a time, a preview, then Save or Cancel.

A plain state machine like the intake (diagram in admin.md): each step has one small function
taking the state and the admin's input and returning the replies and the next state. Every value
is checked with the Group model's own validators and refused in plain words. Nothing is written
here: a confirmed wizard hands the Group back (`Turn.save`) for the desk to store.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any

from catalog.model import FIELDS, WEEKDAYS, Group, slugify
from catalog.needs import NEED_LABELS
from catalog.places import resolve_place
from catalog.transfer import validate_row
from conversations import admin_texts as A
from conversations import texts as T
from conversations.admin_values import REQUIRED, check, present, read_typed, zone_named
from conversations.admin_views import changes, describe_group, label, show_value
from conversations.intake import Located, Said, Tapped
from conversations.reply import Button, Reply

Input = Said | Tapped | Located

PREFIX = "adm:w:"
MAX_INPUT = 1500  # longer than any field allows (a description is at most 1000 characters)
EDITABLE: tuple[str, ...] = tuple(name for name in FIELDS if name != "id")


class Step(StrEnum):
    name = "name"
    description = "description"
    topics = "topics"
    format_ = "format"
    city = "city"
    address = "address"
    coordinates = "coordinates"
    days = "days"
    time = "time"
    timezone = "timezone"
    facilitation = "facilitation"
    cost = "cost"
    cost_note = "cost_note"
    languages = "languages"
    contact_url = "contact_url"
    contact_phone = "contact_phone"
    contact_email = "contact_email"
    preview = "preview"
    pick = "pick"  # edit: which field to change
    value = "value"  # edit: a new value for a field that has no step of its own


ADD_ORDER: tuple[Step, ...] = (
    Step.name, Step.description, Step.topics, Step.format_, Step.city, Step.address,
    Step.coordinates, Step.days, Step.time, Step.timezone, Step.facilitation, Step.cost,
    Step.cost_note, Step.languages, Step.contact_url, Step.contact_phone, Step.contact_email,
    Step.preview,
)  # fmt: skip

# The step that asks for a field, when it has one; latitude and longitude share one.
STEP_FOR_FIELD: dict[str, Step] = {
    **{s.value: s for s in ADD_ORDER if s.value in FIELDS},
    "latitude": Step.coordinates,
    "longitude": Step.coordinates,
}


# -- state --------------------------------------------------------------------
@dataclass(slots=True)
class Wizard:
    """Where an admin is in /add or /edit, and the listing as drafted so far (JSON values)."""

    mode: str = "add"  # "add" | "edit"
    step: Step = Step.name
    draft: dict[str, Any] = field(default_factory=dict)
    history: list[Step] = field(default_factory=list)
    original: dict[str, Any] = field(default_factory=dict)  # edit: the group as it was
    target: str = ""  # edit: the field asked for at Step.value
    typed_place: str = ""  # a town not on the map, offered to keep as typed

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["step"] = self.step.value
        data["history"] = [s.value for s in self.history]
        return data

    @classmethod
    def from_dict(cls, data: object) -> Wizard | None:
        """Rebuild a stored wizard; None when there is none or it can't be read."""
        if not isinstance(data, dict):
            return None
        try:
            wizard = cls(**data)
            wizard.step = Step(wizard.step)
            wizard.history = [Step(s) for s in wizard.history]
        except (TypeError, ValueError):
            return None
        if wizard.mode not in ("add", "edit") or not isinstance(wizard.draft, dict):
            return None
        return wizard


@dataclass(frozen=True, slots=True)
class Context:
    """What the wizard may know of the catalog: ids in use (asked for only when it matters)."""

    taken_ids: frozenset[str] = frozenset()
    default_country: str | None = None


@dataclass(slots=True)
class Turn:
    """The replies, the wizard's next state (None once it ended) and a confirmed group to save."""

    replies: list[Reply]
    state: Wizard | None
    save: Group | None = None


def needs_taken_ids(state: Wizard) -> bool:
    """Whether the next input may need Context.taken_ids (naming or saving a new group)."""
    return state.mode == "add" and state.step in (Step.name, Step.preview)


# -- entry points -------------------------------------------------------------
def start_add() -> Turn:
    """A fresh /add wizard at its first question."""
    state = Wizard()
    return Turn([_question(state)], state)


def start_edit(group: Group, assignment: str = "", ctx: Context | None = None) -> Turn:
    """An /edit wizard for `group`: pick a field, or go straight to the preview of field=value."""
    current = group.model_dump(mode="json")
    state = Wizard(mode="edit", step=Step.pick, draft=dict(current), original=current)
    if not assignment.strip():
        return Turn([_question(state)], state)
    return _assign(state, assignment, ctx or Context())


def ask(state: Wizard) -> Turn:
    """Repeat the current question (after a crisis pause or a stale button)."""
    return Turn([_question(state)], state)


def back(state: Wizard) -> Turn:
    """Go back one step, keeping what was given."""
    if not state.history:
        return Turn([Reply(A.FIRST_STEP), _question(state)], state)
    state.step = state.history.pop()
    state.typed_place = ""
    return Turn([_question(state)], state)


def handle(state: Wizard, event: Input, ctx: Context) -> Turn:
    """Take one input at the current step; return the replies and the next state."""
    if isinstance(event, Said) and len(event.text) > MAX_INPUT:
        return Turn([Reply(A.TOO_LONG), _question(state)], state)
    if isinstance(event, Tapped):
        scope, value = _tap(event)
        if scope == "nav" and value == "back":
            return back(state)
        if scope != state.step.value:
            return Turn([Reply(A.STALE_STEP), _question(state)], state)
    return _HANDLERS[state.step](state, event, ctx)


# -- steps --------------------------------------------------------------------
def _on_name(state: Wizard, event: Input, ctx: Context) -> Turn:
    if not isinstance(event, Said):
        return _use_words(state)
    if state.mode == "add":
        group_id = slugify(event.text.strip())
        if group_id in ctx.taken_ids:
            return taken(state, group_id)
    return _set(state, {"name": event.text.strip()}, ctx)


def _on_text(state: Wizard, event: Input, ctx: Context) -> Turn:
    """A step whose answer is typed text (description, address, cost note, contacts)."""
    name = state.step.value
    if isinstance(event, Tapped) and _tap(event)[1] == "skip" and name not in REQUIRED:
        return _set(state, {name: None}, ctx)
    if not isinstance(event, Said):
        return _use_words(state)
    return _set(state, {name: read_typed(name, event.text)}, ctx)


def _on_choice(state: Wizard, event: Input, ctx: Context) -> Turn:
    """A step answered with one button (format, led by, cost); typing the value works too."""
    name = state.step.value
    if isinstance(event, Tapped):
        value = _tap(event)[1]
        if value == "skip" and name not in REQUIRED:
            return _set(state, {name: None}, ctx)
        if value not in {v for _, v in _CHOICES[name]}:
            return _use_buttons(state)
        return _set(state, {name: value}, ctx)
    if isinstance(event, Said):
        return _set(state, {name: read_typed(name, event.text)}, ctx)
    return _use_buttons(state)


def _on_many(state: Wizard, event: Input, ctx: Context) -> Turn:
    """A step that takes several values (topics, days, languages): tap each, then Done."""
    name = state.step.value
    if isinstance(event, Said):
        return _set(state, {name: read_typed(name, event.text)}, ctx)
    if not isinstance(event, Tapped):
        return _use_buttons(state)
    value = _tap(event)[1]
    chosen = [str(v) for v in state.draft.get(name) or []]
    if value == "skip" and name not in REQUIRED:
        return _set(state, {name: []}, ctx)
    if value == "done":
        if name in REQUIRED and not chosen:
            return Turn([Reply(A.PICK_A_TOPIC), _question(state)], state)
        return _set(state, {name: chosen}, ctx)
    if value not in {v for _, v in _many_choices(name)}:
        return _use_buttons(state)
    state.draft[name] = [v for v in chosen if v != value] if value in chosen else [*chosen, value]
    return Turn([_question(state)], state)


def _on_city(state: Wizard, event: Input, ctx: Context) -> Turn:
    if isinstance(event, Tapped):
        value = _tap(event)[1]
        if value == "keep" and state.typed_place:
            typed, state.typed_place = state.typed_place, ""
            return _set(state, {"city": typed}, ctx)
        if value == "skip" and state.mode == "edit":
            return _set(state, {"city": None}, ctx)
        return _use_words(state)
    if not isinstance(event, Said):
        return _use_words(state)
    typed = " ".join(event.text.split())
    place = resolve_place(typed, country_hint=state.draft.get("country") or ctx.default_country)
    if place is None:
        state.typed_place = typed[:120]
        text = A.CITY_NOT_FOUND.format(typed=show_value(typed, 40))
        return Turn([Reply(text, _buttons(state, _keep_typed_row(state)))], state)
    state.typed_place = ""
    found = {
        "city": place.name,
        "country": place.country,
        "latitude": place.latitude,
        "longitude": place.longitude,
        "timezone": place.timezone,
    }
    turn = _set(state, found, ctx)
    if turn.state is not None and turn.state.step is not Step.city:
        note = A.CITY_FOUND.format(place=place.name, country=place.country, timezone=place.timezone)
        turn.replies.insert(0, Reply(note))
    return turn


def _on_coordinates(state: Wizard, event: Input, ctx: Context) -> Turn:
    if isinstance(event, Located):
        return _set(state, {"latitude": event.latitude, "longitude": event.longitude}, ctx)
    if isinstance(event, Tapped):
        value = _tap(event)[1]
        if value == "keep" and state.draft.get("latitude") is not None:
            return _next(state, ctx)
        if value == "skip":
            return _set(state, {"latitude": None, "longitude": None}, ctx)
        return _use_words(state)
    numbers = re.findall(r"[-+]?\d+(?:[.,]\d+)?", event.text)
    if len(numbers) != 2 or len(re.findall(r"\d", event.text)) > 40:
        return Turn([Reply(A.COORDINATES_TWO_NUMBERS), _question(state)], state)
    lat, lon = (n.replace(",", ".") for n in numbers)
    return _set(state, {"latitude": lat, "longitude": lon}, ctx)


def _on_timezone(state: Wizard, event: Input, ctx: Context) -> Turn:
    if isinstance(event, Tapped):
        value = _tap(event)[1]
        if value == "keep" and state.draft.get("timezone"):
            return _next(state, ctx)
        if value == "skip":
            if state.draft.get("time") and state.mode == "add":
                return Turn([Reply(A.TIMEZONE_NEEDED), _question(state)], state)
            return _set(state, {"timezone": None}, ctx)
        return _use_words(state)
    if not isinstance(event, Said):
        return _use_words(state)
    typed = event.text.strip()
    zone = zone_named(typed)
    if zone is not None:
        return _set(state, {"timezone": zone}, ctx)
    place = resolve_place(typed, country_hint=state.draft.get("country") or ctx.default_country)
    if place is None:
        return _set(state, {"timezone": typed}, ctx)  # the model says why it is not a zone
    turn = _set(state, {"timezone": place.timezone}, ctx)
    note = A.TIMEZONE_FROM_CITY.format(timezone=place.timezone, place=place.name)
    turn.replies.insert(0, Reply(note))
    return turn


def _on_contact_email(state: Wizard, event: Input, ctx: Context) -> Turn:
    turn = _on_text(state, event, ctx)
    moved = turn.state is not None and turn.state.step is not Step.contact_email
    contacts = ("contact_url", "contact_phone", "contact_email")
    if state.mode == "add" and moved and not any(state.draft.get(c) for c in contacts):
        state.step = state.history.pop() if state.history else Step.contact_email
        return Turn([Reply(A.CONTACT_NEEDED), _question(state)], state)
    return turn


def _on_preview(state: Wizard, event: Input, ctx: Context) -> Turn:
    value = _tap(event)[1] if isinstance(event, Tapped) else ""
    if value == "cancel":
        return Turn([Reply(A.ALL_STOPPED)], None)
    if value == "more" and state.mode == "edit":
        state.history.append(state.step)
        state.step = Step.pick
        return Turn([_question(state)], state)
    if value != "save":
        return _use_buttons(state)
    outcome = validate_row(present(state.draft), 0)
    if not isinstance(outcome, Group):
        return Turn([_question(state)], state)
    if state.mode == "add" and outcome.id in ctx.taken_ids:
        return taken(state, outcome.id)
    if state.mode == "edit" and outcome.model_dump(mode="json") == state.original:
        return Turn([Reply(A.EDIT_SAME)], None)
    return Turn([], None, save=outcome)


def _on_pick(state: Wizard, event: Input, ctx: Context) -> Turn:
    if isinstance(event, Said):
        if "=" in event.text:
            return _assign(state, event.text, ctx)
        return _go_to_field(state, event.text.strip().lower().replace(" ", "_"))
    if isinstance(event, Tapped):
        return _go_to_field(state, _tap(event)[1])
    return _use_buttons(state)


def _on_value(state: Wizard, event: Input, ctx: Context) -> Turn:
    name = state.target
    if name not in EDITABLE:
        return _go_to_field(state, name)
    if isinstance(event, Tapped):
        value = _tap(event)[1]
        if value == "clear" and name not in REQUIRED:
            return _set(state, {name: None}, ctx)
        if value not in {v for _, v in _CHOICES.get(name, ())}:
            return _use_words(state)
        return _set(state, {name: value}, ctx)
    if not isinstance(event, Said):
        return _use_words(state)
    typed = event.text.strip()
    return _set(state, {name: None if typed == "-" else read_typed(name, typed)}, ctx)


_HANDLERS: dict[Step, Callable[[Wizard, Input, Context], Turn]] = {
    Step.name: _on_name,
    Step.description: _on_text,
    Step.topics: _on_many,
    Step.format_: _on_choice,
    Step.city: _on_city,
    Step.address: _on_text,
    Step.coordinates: _on_coordinates,
    Step.days: _on_many,
    Step.time: _on_text,
    Step.timezone: _on_timezone,
    Step.facilitation: _on_choice,
    Step.cost: _on_choice,
    Step.cost_note: _on_text,
    Step.languages: _on_many,
    Step.contact_url: _on_text,
    Step.contact_phone: _on_text,
    Step.contact_email: _on_contact_email,
    Step.preview: _on_preview,
    Step.pick: _on_pick,
    Step.value: _on_value,
}


# -- setting values -----------------------------------------------------------
def _set(state: Wizard, values: dict[str, Any], ctx: Context) -> Turn:
    """Check `values` with the model; keep them (normalised) and move on, or say why not."""
    problem, normalised = check(state.draft, values, adding=state.mode == "add")
    if problem is not None:
        name = next(iter(values)) if len(values) == 1 else state.step.value
        text = A.BAD_VALUE.format(label=label(name), reason=problem)
        return Turn([Reply(text), _question(state)], state)
    state.draft.update(normalised)
    return _next(state, ctx)


# -- moving between steps -----------------------------------------------------
def _applies(step: Step, draft: dict[str, Any]) -> bool:
    if step in (Step.city, Step.address, Step.coordinates):
        return draft.get("format") in ("in_person", "hybrid")
    if step is Step.cost_note:
        return draft.get("cost") == "paid"
    return True


def _next(state: Wizard, ctx: Context) -> Turn:
    if state.mode == "edit":
        return _next_edit(state)
    if state.step is Step.name and Step.preview in state.history:
        return _go(state, Step.preview)
    position = ADD_ORDER.index(state.step) if state.step in ADD_ORDER else 0
    for step in ADD_ORDER[position + 1 :]:
        if _applies(step, state.draft):
            return _go(state, step)
    return _go(state, Step.preview)


def _next_edit(state: Wizard) -> Turn:
    """After a changed field: a place if the group now meets in person without one, else preview."""
    draft = state.draft
    placeless = not draft.get("city") and draft.get("latitude") is None
    if state.step is Step.format_ and _applies(Step.city, draft) and placeless:
        return _go(state, Step.city)
    return _go(state, Step.preview)


def _go(state: Wizard, step: Step) -> Turn:
    state.history.append(state.step)
    state.step = step
    return Turn([_question(state)], state)


def _go_to_field(state: Wizard, name: str) -> Turn:
    if name not in EDITABLE:
        return _unknown_field(state, name)
    state.target = name
    return _go(state, STEP_FOR_FIELD.get(name, Step.value))


def _assign(state: Wizard, assignment: str, ctx: Context) -> Turn:
    """/edit ID field=value: check the value and show the preview, or say why not."""
    name, _, typed = assignment.partition("=")
    name = name.strip().lower().replace(" ", "_")
    if name not in EDITABLE:
        return _unknown_field(state, name)
    typed = typed.strip()
    # A field with its own step is read by that step (a town also sets coordinates and zone).
    step = None if name in ("latitude", "longitude") else STEP_FOR_FIELD.get(name)
    state.target = name
    state.history.append(state.step)
    state.step = step or Step.value
    if typed in ("", "-"):
        return _set(state, {name: None}, ctx)
    if step is None:
        return _set(state, {name: read_typed(name, typed)}, ctx)
    return _HANDLERS[step](state, Said(typed), ctx)


def _unknown_field(state: Wizard, name: str) -> Turn:
    text = A.UNKNOWN_FIELD.format(field=show_value(name, 30))
    return Turn([Reply(text, (*_field_buttons(), *_nav(state)))], state)


def taken(state: Wizard, group_id: str) -> Turn:
    """Refuse a new group's id already in use, and ask for another name."""
    if state.step is not Step.name:
        # From the preview: once renamed, go straight back to it (see _next).
        state.history.append(state.step)
        state.step = Step.name
    return Turn([Reply(A.ID_TAKEN.format(id=group_id)), _question(state)], state)


def _use_words(state: Wizard) -> Turn:
    return Turn([Reply(A.USE_BUTTONS), _question(state)], state)


_use_buttons = _use_words


def _tap(event: Tapped) -> tuple[str, str]:
    """(scope, value) of wizard button data "adm:w:<scope>:<value>"; ("", "") otherwise."""
    if not event.data.startswith(PREFIX):
        return "", ""
    scope, _, value = event.data.removeprefix(PREFIX).partition(":")
    return scope, value


# -- questions ----------------------------------------------------------------
def _question(state: Wizard) -> Reply:
    step = state.step
    if step is Step.preview:
        return _preview(state)
    if step is Step.pick:
        name = state.original.get("name", "")
        text = A.ASK_FIELD.format(name=name, id=state.original.get("id", ""))
        return Reply(text, (*_field_buttons(), *_nav(state)))
    if step is Step.value:
        return _value_question(state)
    text = _QUESTIONS.get(step, "")
    rows: list[tuple[Button, ...]] = []
    if step in (Step.format_, Step.facilitation, Step.cost):
        rows.append(tuple(_button(state, lbl, v) for lbl, v in _CHOICES[step.value]))
    elif step in (Step.topics, Step.days, Step.languages):
        rows += _many_rows(state)
    elif step is Step.coordinates and state.mode == "add" and _located(state):
        rows.append((_button(state, A.B_KEEP_TOWN, "keep"),))
    elif step is Step.coordinates:
        text = A.ASK_COORDINATES_NONE
    elif step is Step.timezone and state.draft.get("timezone"):
        zone = str(state.draft["timezone"])
        text = A.ASK_TIMEZONE.format(timezone=zone)
        rows.append((_button(state, A.B_KEEP_ZONE.format(timezone=zone), "keep"),))
    now = _current(state, step)
    if now:
        text = f"{text}\n(now: {now})"
    return Reply(text, _buttons(state, rows), ask_location=step is Step.coordinates)


_QUESTIONS: dict[Step, str] = {
    Step.name: A.ASK_NAME,
    Step.description: A.ASK_DESCRIPTION,
    Step.topics: A.ASK_TOPICS,
    Step.format_: A.ASK_FORMAT,
    Step.city: A.ASK_CITY,
    Step.address: A.ASK_ADDRESS,
    Step.coordinates: A.ASK_COORDINATES,
    Step.days: A.ASK_DAYS,
    Step.time: A.ASK_TIME,
    Step.timezone: A.ASK_TIMEZONE_NONE,
    Step.facilitation: A.ASK_FACILITATION,
    Step.cost: A.ASK_COST,
    Step.cost_note: A.ASK_COST_NOTE,
    Step.languages: A.ASK_LANGUAGES,
    Step.contact_url: A.ASK_CONTACT_URL,
    Step.contact_phone: A.ASK_CONTACT_PHONE,
    Step.contact_email: A.ASK_CONTACT_EMAIL,
}

_CHOICES: dict[str, tuple[tuple[str, str], ...]] = {
    "format": A.FORMAT_CHOICES,
    "facilitation": A.FACILITATION_CHOICES,
    "cost": A.COST_CHOICES,
    "frequency": A.FREQUENCY_CHOICES,
    "size": A.SIZE_CHOICES,
    "active": A.ACTIVE_CHOICES,
}


def _many_choices(name: str) -> tuple[tuple[str, str], ...]:
    if name == "topics":
        return tuple((lbl, need) for need, lbl in NEED_LABELS.items())
    if name == "days":
        return tuple((A.DAY_LABELS[d], d) for d in WEEKDAYS)
    return T.LANGUAGE_CHOICES


def _many_rows(state: Wizard) -> list[tuple[Button, ...]]:
    name = state.step.value
    chosen = set(state.draft.get(name) or [])
    buttons = [
        _button(state, A.B_TICKED.format(label=lbl) if value in chosen else lbl, value)
        for lbl, value in _many_choices(name)
    ]
    width = 4 if name == "days" else 2 if name == "topics" else 3
    rows = [tuple(buttons[i : i + width]) for i in range(0, len(buttons), width)]
    rows.append((_button(state, A.B_DONE, "done"),))
    return rows


def _buttons(
    state: Wizard, rows: list[tuple[Button, ...]] | tuple[tuple[Button, ...], ...]
) -> tuple[tuple[Button, ...], ...]:
    """The step's own rows, then Skip (or Clear when editing) if the field may be left empty."""
    out = list(rows)
    step = state.step
    optional = step.value not in REQUIRED and step not in (Step.city, Step.preview)
    if step is Step.city and state.mode == "edit":
        optional = True
    if step is Step.coordinates and state.mode == "add" and _located(state):
        optional = False
    if optional:
        out.append((_button(state, A.B_CLEAR if state.mode == "edit" else A.B_SKIP, "skip"),))
    return (*out, *_nav(state))


def _located(state: Wizard) -> bool:
    return state.draft.get("latitude") is not None


def _keep_typed_row(state: Wizard) -> list[tuple[Button, ...]]:
    return [(_button(state, A.B_KEEP_TYPED, "keep"),)]


def _nav(state: Wizard) -> tuple[tuple[Button, ...], ...]:
    return ((Button(A.B_BACK, f"{PREFIX}nav:back"),),) if state.history else ()


def _button(state: Wizard, text: str, value: str) -> Button:
    return Button(text, f"{PREFIX}{state.step.value}:{value}")


def _field_buttons() -> tuple[tuple[Button, ...], ...]:
    buttons = [Button(label(n).capitalize(), f"{PREFIX}pick:{n}") for n in EDITABLE]
    return tuple(tuple(buttons[i : i + 3]) for i in range(0, len(buttons), 3))


def _current(state: Wizard, step: Step) -> str:
    """The value drafted for this step so far ("" when none), so going back shows it."""
    if step is Step.coordinates:
        lat, lon = state.draft.get("latitude"), state.draft.get("longitude")
        return "" if lat is None else f"{lat}, {lon}"
    value = state.draft.get(step.value)
    return "" if value in (None, "", []) else show_value(value)


def _value_question(state: Wizard) -> Reply:
    name = state.target
    hint = A.VALUE_HINTS.get(name, "")
    text = A.ASK_VALUE.format(
        label=label(name), current=show_value(state.original.get(name)), hint=hint
    )
    rows: list[tuple[Button, ...]] = []
    if name in _CHOICES:
        rows.append(tuple(Button(lbl, f"{PREFIX}value:{v}") for lbl, v in _CHOICES[name]))
    if name not in REQUIRED:
        text += A.CLEAR_HINT
        rows.append((Button(A.B_CLEAR, f"{PREFIX}value:clear"),))
    return Reply(text, (*rows, *_nav(state)))


def _preview(state: Wizard) -> Reply:
    outcome = validate_row(present(state.draft), 0)
    if not isinstance(outcome, Group):
        reasons = "\n".join(f"• {label(e.field or 'listing')}: {e.reason}" for e in outcome)
        return Reply(A.PREVIEW_INVALID.format(reasons=reasons), _nav(state))
    if state.mode == "add":
        text = A.PREVIEW_ADD.format(listing=describe_group(outcome))
        rows: tuple[tuple[Button, ...], ...] = (
            (_button(state, A.B_SAVE, "save"), _button(state, A.B_CANCEL, "cancel")),
        )
    else:
        found = changes(state.original, outcome.model_dump(mode="json"))
        text = A.PREVIEW_EDIT.format(
            name=outcome.name, id=outcome.id, changes="\n".join(found) or A.EDIT_SAME
        )
        rows = (
            (_button(state, A.B_SAVE, "save"), _button(state, A.B_CANCEL, "cancel")),
            (_button(state, A.B_ANOTHER_FIELD, "more"),),
        )
    return Reply(text, (*rows, *_nav(state)))
