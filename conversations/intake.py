"""The intake conversation: a few kind questions, then the groups that fit.

A plain state machine (see intake.md for the diagram): each step has one small function that takes
the state and the person's input and returns the replies and the next state. No Telegram here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace
from datetime import datetime
from enum import StrEnum
from typing import Any

from catalog.matcher import Match, Matcher, MatchResult, Query
from catalog.model import MAX_ID_LENGTH, Group
from catalog.needs import NEED_IDS, NEED_LABELS, normalise
from catalog.places import Place, place_from_location, resolve_place
from catalog.schedule import country_timezone, describe_next
from conversations import texts as T
from conversations.reply import Button, Reply

RESULTS_PER_PAGE = 3
MAX_INPUT = 500  # longer free text is almost never an answer to a short question


class Step(StrEnum):
    need = "need"
    who = "who"
    format_ = "format"  # trailing _ keeps str.format usable on the enum
    place = "place"
    distance = "distance"
    facilitation = "facilitation"
    when = "when"
    cost = "cost"
    audience = "audience"
    language = "language"
    results = "results"
    change = "change"


ORDER: tuple[Step, ...] = (
    Step.need,
    Step.who,
    Step.format_,
    Step.place,
    Step.distance,
    Step.facilitation,
    Step.when,
    Step.cost,
    Step.audience,
    Step.language,
    Step.results,
)

COMMON_NEEDS: tuple[str, ...] = (
    "anxiety",
    "depression",
    "grief",
    "alcohol",
    "drugs",
    "loneliness",
    "stress",
    "trauma",
)
WHEN_CHOICES: dict[str, tuple[str, frozenset[str]]] = {
    "weekday_day": (T.B_WEEKDAY_DAY, frozenset({"weekday", "daytime"})),
    "weekday_eve": (T.B_WEEKDAY_EVE, frozenset({"weekday", "evening"})),
    "weekend": (T.B_WEEKEND, frozenset({"weekend"})),
}


# -- inputs -------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Said:
    """The person typed text."""

    text: str


@dataclass(frozen=True, slots=True)
class Tapped:
    """The person tapped a button; `data` is its payload."""

    data: str


@dataclass(frozen=True, slots=True)
class Located:
    """The person shared a location."""

    latitude: float
    longitude: float


Input = Said | Tapped | Located


# -- state --------------------------------------------------------------------
@dataclass(slots=True)
class Answers:
    """Only what matching needs: need ids (never the words typed), place, preferences."""

    needs: list[str] = field(default_factory=list)
    for_someone_else: bool | None = None
    format: str | None = None  # online | in_person | any
    place_name: str | None = None
    country: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    timezone: str | None = None
    radius_km: int | None = None
    facilitation: str | None = None
    when: list[str] = field(default_factory=list)
    free_only: bool | None = None
    audience: str | None = None
    language: str | None = None


# Written out field by field: `dataclasses.asdict` cost about a tenth of an update's CPU.
_ANSWER_FIELDS = tuple(f.name for f in fields(Answers))


@dataclass(slots=True)
class Intake:
    """Where a person is in the intake and what they have answered so far."""

    step: Step = Step.need
    answers: Answers = field(default_factory=Answers)
    history: list[Step] = field(default_factory=list)
    page: int = 0
    editing: bool = False

    def to_dict(self) -> dict[str, Any]:
        """The state as plain data for the store (`from_dict` reads it back)."""
        answers = {}
        for name in _ANSWER_FIELDS:
            value = getattr(self.answers, name)
            answers[name] = list(value) if isinstance(value, list) else value
        return {
            "step": self.step.value,
            "answers": answers,
            "history": [s.value for s in self.history],
            "page": self.page,
            "editing": self.editing,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Intake:
        """Rebuild a stored state; anything unreadable starts a fresh intake."""
        try:
            answers = Answers(**data.get("answers", {}))
            answers.needs = [n for n in answers.needs if n in NEED_IDS]
            return cls(
                step=Step(data.get("step", "need")),
                answers=answers,
                history=[Step(s) for s in data.get("history", [])],
                page=int(data.get("page", 0)),
                editing=bool(data.get("editing", False)),
            )
        except (TypeError, ValueError):
            return cls()


@dataclass(frozen=True, slots=True)
class Context:
    """What the machine may read from the world: the catalog index and the clock."""

    matcher: Matcher
    now: datetime
    default_country: str | None = None


@dataclass(slots=True)
class Turn:
    """The replies to send, the new state, and anonymous events to count (e.g. "search")."""

    replies: list[Reply]
    state: Intake
    events: list[str] = field(default_factory=list)
    report: tuple[str, str] | None = None  # (group id, reason) for the store


# -- entry points -------------------------------------------------------------
def start(payload: str = "") -> Turn:
    """A fresh intake; a deep-link payload naming a need id fills in the first answer."""
    state = Intake()
    need = payload.strip().lower()
    if need in NEED_IDS:
        state.answers.needs = [need]
        turn = _advance(state, Step.need)
        turn.replies.insert(0, Reply(T.NEED_PREFILLED.format(labels=_labels([need]))))
        return turn
    return Turn([Reply(T.WELCOME, _need_buttons(state))], state)


def ask(state: Intake, ctx: Context) -> Turn:
    """Repeat the current question (after a crisis pause, a stale button, or a restart)."""
    if state.step is Step.results:
        return _results(state, ctx, page=state.page)
    return Turn([_question(state)], state)


def back(state: Intake) -> Turn:
    """Go back one question, keeping the answers given."""
    if not state.history:
        return Turn([Reply(T.NOTHING_TO_GO_BACK_TO), _question(state)], state)
    state.step = state.history.pop()
    state.editing = False
    return Turn([_question(state)], state)


def handle(state: Intake, event: Input, ctx: Context) -> Turn:
    """Take one input at the current step and return the replies and the next state."""
    if isinstance(event, Said) and len(event.text) > MAX_INPUT:
        return Turn([Reply(T.TOO_LONG), _question(state)], state)
    if isinstance(event, Tapped):
        scope, _, value = event.data.partition(":")
        if scope == "nav" and value == "back":
            return back(state)
        if scope == "res":
            return _on_results_button(state, value, ctx)
        if scope == "rep":
            return _on_report(state, value)
        if scope != state.step.value:
            return Turn([Reply(T.STALE_BUTTON), _question(state)], state)
        if value == "show":
            return _show(state, ctx)
    return _HANDLERS[state.step](state, event, ctx)


# -- steps --------------------------------------------------------------------
def _on_need(state: Intake, event: Input, ctx: Context) -> Turn:
    if isinstance(event, Tapped):
        value = _value(event)
        if value == "more":
            return Turn([Reply(T.ASK_NEED, _need_buttons(state, every=True))], state)
        if value == "skip":
            state.answers.needs = []
            return _next(state, ctx)
        if value in NEED_IDS:
            state.answers.needs = [value]
            return _next(state, ctx)
        return Turn([Reply(T.USE_BUTTONS), _question(state)], state)
    if isinstance(event, Located):
        return Turn([Reply(T.USE_BUTTONS), _question(state)], state)
    needs = list(ctx.matcher.understand(event.text))
    if not needs:
        return Turn([Reply(T.ASK_NEED_AGAIN, _need_buttons(state))], state)
    state.answers.needs = needs
    fmt = _format_in_words(event.text)
    if fmt and state.answers.format is None:
        state.answers.format = fmt
    turn = _next(state, ctx)
    turn.replies.insert(0, Reply(T.NEED_UNDERSTOOD.format(labels=_labels(needs))))
    return turn


def _on_who(state: Intake, event: Input, ctx: Context) -> Turn:
    choice = _choose(event, {"me": False, "someone": True}, _WHO_WORDS)
    if choice is _NO_ANSWER:
        return _reask(state)
    state.answers.for_someone_else = None if choice is _SKIPPED else bool(choice)
    return _next(state, ctx)


def _on_format(state: Intake, event: Input, ctx: Context) -> Turn:
    choice = _choose(event, {"online": "online", "in_person": "in_person", "any": "any"}, {})
    if choice is _NO_ANSWER and isinstance(event, Said):
        choice = _format_in_words(event.text) or _NO_ANSWER
    if choice is _NO_ANSWER:
        return _reask(state)
    state.answers.format = None if choice is _SKIPPED else str(choice)
    return _next(state, ctx)


def _on_place(state: Intake, event: Input, ctx: Context) -> Turn:
    place: Place | None
    if isinstance(event, Located):
        place = place_from_location(event.latitude, event.longitude)
        place = replace(place, latitude=event.latitude, longitude=event.longitude)
    elif isinstance(event, Said) and normalise(event.text) in _SKIP_WORDS:
        place = None  # "skip" typed, as at every other question
    elif isinstance(event, Said):
        place = resolve_place(event.text, country_hint=ctx.default_country)
        if place is None:
            return Turn([Reply(T.PLACE_NOT_FOUND, _step_buttons(state), ask_location=True)], state)
    elif _value(event) == "skip":
        place = None
    else:
        return _reask(state)
    a = state.answers
    if place is None:
        a.place_name = a.country = a.timezone = None
        a.latitude = a.longitude = None
        return _next(state, ctx)
    a.place_name, a.country, a.timezone = place.name, place.country, place.timezone
    a.latitude, a.longitude = place.latitude, place.longitude
    turn = _next(state, ctx)
    turn.replies.insert(
        0, Reply(T.PLACE_FOUND.format(place=f"{place.name}, {place.country}"), remove_keyboard=True)
    )
    return turn


def _on_distance(state: Intake, event: Input, ctx: Context) -> Turn:
    options = {str(km): km for _, km in T.DISTANCE_CHOICES}
    choice = _choose(event, options, {})
    if choice is _NO_ANSWER and isinstance(event, Said):
        digits = re.search(r"\d{1,4}", event.text)
        choice = min(int(digits.group()), 500) if digits else _NO_ANSWER
    if choice is _NO_ANSWER:
        return _reask(state)
    state.answers.radius_km = None if choice is _SKIPPED else int(str(choice))
    return _next(state, ctx)


def _on_facilitation(state: Intake, event: Input, ctx: Context) -> Turn:
    choice = _choose(event, {"peer": "peer", "professional": "professional", "any": None}, {})
    if choice is _NO_ANSWER:
        return _reask(state)
    state.answers.facilitation = None if choice is _SKIPPED or choice is None else str(choice)
    return _next(state, ctx)


def _on_when(state: Intake, event: Input, ctx: Context) -> Turn:
    options: dict[str, Any] = {key: sorted(parts) for key, (_, parts) in WHEN_CHOICES.items()}
    options["any"] = []
    choice = _choose(event, options, {})
    if choice is _NO_ANSWER:
        return _reask(state)
    state.answers.when = [] if choice is _SKIPPED else list(choice)
    return _next(state, ctx)


def _on_cost(state: Intake, event: Input, ctx: Context) -> Turn:
    choice = _choose(event, {"free": True, "any": False}, {})
    if choice is _NO_ANSWER:
        return _reask(state)
    state.answers.free_only = None if choice is _SKIPPED else bool(choice)
    return _next(state, ctx)


def _on_audience(state: Intake, event: Input, ctx: Context) -> Turn:
    options: dict[str, Any] = {value: value for _, value in T.AUDIENCE_CHOICES}
    options["any"] = None
    choice = _choose(event, options, {})
    if choice is _NO_ANSWER:
        return _reask(state)
    state.answers.audience = None if choice is _SKIPPED or choice is None else str(choice)
    return _next(state, ctx)


def _on_language(state: Intake, event: Input, ctx: Context) -> Turn:
    options: dict[str, Any] = {code: code for _, code in T.LANGUAGE_CHOICES}
    options["any"] = None
    words = {normalise(label): code for label, code in T.LANGUAGE_CHOICES} | _LANGUAGE_WORDS
    choice = _choose(event, options, words)
    if choice is _NO_ANSWER:
        if isinstance(event, Said):
            return Turn([Reply(T.LANGUAGE_UNKNOWN), _question(state)], state)
        return _reask(state)
    state.answers.language = None if choice is _SKIPPED or choice is None else str(choice)
    return _next(state, ctx)


def _on_results(state: Intake, event: Input, ctx: Context) -> Turn:
    if isinstance(event, Said):
        # New words at the results mean a new search: take them as the need.
        state.history.append(Step.results)
        state.step = Step.need
        return _on_need(state, event, ctx)
    return Turn([Reply(T.USE_BUTTONS)], state)


def _on_change(state: Intake, event: Input, ctx: Context) -> Turn:
    value = _value(event) if isinstance(event, Tapped) else ""
    if value in {s.value for s in ORDER}:
        state.history.append(Step.change)
        state.step = Step(value)
        state.editing = True
        return Turn([_question(state)], state)
    return _reask(state)


_HANDLERS: dict[Step, Callable[[Intake, Input, Context], Turn]] = {
    Step.need: _on_need,
    Step.who: _on_who,
    Step.format_: _on_format,
    Step.place: _on_place,
    Step.distance: _on_distance,
    Step.facilitation: _on_facilitation,
    Step.when: _on_when,
    Step.cost: _on_cost,
    Step.audience: _on_audience,
    Step.language: _on_language,
    Step.results: _on_results,
    Step.change: _on_change,
}


# -- moving between steps -----------------------------------------------------
def _applies(step: Step, answers: Answers) -> bool:
    if step is Step.format_:
        # Already said in their own words ("panic attacks, online").
        return answers.format is None
    if step is Step.place:
        return answers.format in ("in_person", "any")
    if step is Step.distance:
        return answers.latitude is not None and answers.format != "online"
    return True


def _next(state: Intake, ctx: Context) -> Turn:
    if state.editing:
        # After changing one answer, go straight back to the results, via the place if now needed.
        follow = {Step.format_: Step.place, Step.place: Step.distance}.get(state.step)
        if follow is not None and _applies(follow, state.answers):
            state.history.append(state.step)
            state.step = follow
            return Turn([_question(state)], state)
        state.editing = False
        return _show(state, ctx)
    return _advance(state, state.step, ctx)


def _advance(state: Intake, after: Step, ctx: Context | None = None) -> Turn:
    position = ORDER.index(after) if after in ORDER else 0
    for step in ORDER[position + 1 :]:
        if step is Step.results:
            if ctx is None:
                break
            state.history.append(state.step)
            return _results(state, ctx, page=0)
        if _applies(step, state.answers):
            state.history.append(state.step)
            state.step = step
            return Turn([_question(state)], state)
    return Turn([_question(state)], state)


def _show(state: Intake, ctx: Context) -> Turn:
    if state.step is not Step.results:
        state.history.append(state.step)
    return _results(state, ctx, page=0)


def _reask(state: Intake) -> Turn:
    return Turn([Reply(T.USE_BUTTONS), _question(state)], state)


# -- results ------------------------------------------------------------------
def query_for(answers: Answers, default_country: str | None = None) -> Query:
    """The matcher query these answers describe; the person's zone falls back to the deployment's."""
    near = (
        (answers.latitude, answers.longitude)
        if answers.latitude is not None and answers.longitude is not None
        else None
    )
    return Query(
        needs=tuple(answers.needs),
        for_someone_else=bool(answers.for_someone_else),
        format=answers.format or "any",
        near=near,
        radius_km=float(answers.radius_km or 25),
        facilitation=answers.facilitation,
        when=frozenset(answers.when),
        free_only=bool(answers.free_only),
        audience=answers.audience,
        language=answers.language,
        country=answers.country,
        timezone=answers.timezone or country_timezone(default_country),
    )


def _results(state: Intake, ctx: Context, page: int) -> Turn:
    state.step = Step.results
    state.page = page
    result = ctx.matcher.rank(
        query_for(state.answers, ctx.default_country),
        limit=RESULTS_PER_PAGE,
        offset=page * RESULTS_PER_PAGE,
    )
    events = [] if page else _search_events(state.answers, result)
    if not result.matches:
        if page:
            return Turn([Reply(T.NO_MORE_RESULTS, _results_buttons(more=False))], state, events)
        return Turn([_nothing_found(state.answers, ctx)], state, events)
    intro = T.RESULTS_MORE_INTRO if page else T.RESULTS_INTRO
    notes = "\n".join(result.relaxed)
    more = result.total > (page + 1) * RESULTS_PER_PAGE
    footer = T.RESULTS_FOOTER
    if state.answers.latitude is None and state.answers.format != "online":
        footer = f"{T.SHARE_PLACE_HINT}\n{footer}"
    # One card per group, each with its own buttons; the intro rides on the first card and
    # the way on (more, change, start over) on the last, so a search is a few messages.
    cards = [_group_reply(m, ctx, state.answers) for m in result.matches]
    head = f"{notes}\n\n{intro}" if notes else intro
    cards[0] = replace(cards[0], text=f"{head}\n\n{cards[0].text}")
    last = cards[-1]
    cards[-1] = replace(
        last, text=f"{last.text}\n\n{footer}", buttons=last.buttons + _results_buttons(more=more)
    )
    return Turn(cards, state, events)


def _search_events(answers: Answers, result: MatchResult) -> list[str]:
    events = ["search"] + [f"search:{need}" for need in result.needs[:1]]
    if not result.matches or result.relaxed:
        where = answers.place_name or ("online" if answers.format == "online" else "anywhere")
        need = result.needs[0] if result.needs else "any"
        events.append(f"gap:{need}:{where}")
    return events


def _group_reply(match: Match, ctx: Context, answers: Answers) -> Reply:
    group = match.group
    lines = [f"{group.name}", match.why, group.description]
    person_tz = answers.timezone or country_timezone(ctx.default_country)
    next_meeting = describe_next(group, ctx.now, person_tz)
    lines.append(next_meeting or T.NEXT_MEETING_FALLBACK)
    # Someone who asked for online groups joins a hybrid one online: no address or pin.
    in_person = group.meets_in_person and answers.format != "online"
    if group.address and in_person:
        lines.append(f"{group.address}" + (f", {group.city}" if group.city else ""))
    elif group.city and in_person:
        lines.append(group.city)
    lines.append(_how_to_join(group))
    links: list[Button] = []
    if group.contact_url:
        links.append(Button(T.B_JOIN.format(name=_short(group.name)), url=group.contact_url))
    # A map link rather than a pin: three pins would push the groups' details off the screen.
    if in_person and group.latitude is not None and group.longitude is not None:
        links.append(Button(T.B_MAP, url=T.MAP_URL.format(lat=group.latitude, lon=group.longitude)))
    buttons = ((tuple(links),) if links else ()) + ((Button(T.B_REPORT, f"rep:{group.id}"),),)
    return Reply("\n".join(lines), buttons)


def _how_to_join(group: Group) -> str:
    ways = [w for w in (group.contact_url, group.contact_phone, group.contact_email) if w]
    return T.JOIN.format(how=" · ".join(ways)) if ways else T.JOIN_NONE


def _nothing_found(answers: Answers, ctx: Context) -> Reply:
    country = answers.country or ctx.default_country or "*"
    directories = T.DIRECTORIES.get(country, ()) + T.DIRECTORIES["*"]
    text = T.NOTHING_FOUND + "\n" + "\n".join(f"• {d}" for d in directories)
    return Reply(text, _results_buttons(more=False))


def _on_results_button(state: Intake, value: str, ctx: Context) -> Turn:
    if value == "restart":
        return start()
    if state.step is not Step.results:
        return Turn([Reply(T.STALE_BUTTON), _question(state)], state)
    if value == "more":
        return _results(state, ctx, page=state.page + 1)
    if value == "change":
        state.step = Step.change
        return Turn([_question(state)], state)
    return Turn([Reply(T.STALE_BUTTON), _question(state)], state)


def _on_report(state: Intake, value: str) -> Turn:
    group_id, _, reason = value.partition(":")
    if not group_id or len(group_id.encode()) > MAX_ID_LENGTH:
        # No listing has such an id (its reason buttons would not fit Telegram's 64 bytes).
        return Turn([Reply(T.STALE_BUTTON), _question(state)], state)
    if not reason:
        buttons = tuple(
            (Button(label, f"rep:{group_id}:{code}"),) for label, code in T.REPORT_REASONS
        )
        return Turn([Reply(T.REPORT_ASK, buttons)], state)
    if reason not in {code for _, code in T.REPORT_REASONS}:
        return Turn([Reply(T.STALE_BUTTON), _question(state)], state)
    return Turn([Reply(T.REPORT_THANKS)], state, report=(group_id, reason))


# -- questions ----------------------------------------------------------------
def _question(state: Intake) -> Reply:
    step = state.step
    if step is Step.need:
        return Reply(T.ASK_NEED, _need_buttons(state))
    if step is Step.results:
        return Reply(T.RESULTS_FOOTER, _results_buttons(more=True))
    text, choices = _QUESTIONS[step]
    rows = [
        tuple(Button(label, f"{step.value}:{value}") for label, value in row) for row in choices
    ]
    return Reply(text, (*rows, *_step_buttons(state)), ask_location=step is Step.place)


_QUESTIONS: dict[Step, tuple[str, tuple[tuple[tuple[str, str], ...], ...]]] = {
    Step.who: (T.ASK_WHO, (((T.B_FOR_ME, "me"),), ((T.B_FOR_SOMEONE, "someone"),))),
    Step.format_: (
        T.ASK_FORMAT,
        (((T.B_ONLINE, "online"), (T.B_IN_PERSON, "in_person"), (T.B_EITHER, "any")),),
    ),
    Step.place: (T.ASK_PLACE, ()),
    Step.distance: (
        T.ASK_DISTANCE,
        (tuple((label, str(km)) for label, km in T.DISTANCE_CHOICES),),
    ),
    Step.facilitation: (
        T.ASK_FACILITATION,
        (((T.B_PEER, "peer"), (T.B_PRO, "professional")), ((T.B_NO_PREF, "any"),)),
    ),
    Step.when: (
        T.ASK_WHEN,
        (
            ((WHEN_CHOICES["weekday_day"][0], "weekday_day"),),
            ((WHEN_CHOICES["weekday_eve"][0], "weekday_eve"),),
            ((T.B_WEEKEND, "weekend"), (T.B_ANY_TIME, "any")),
        ),
    ),
    Step.cost: (T.ASK_COST, (((T.B_FREE_ONLY, "free"), (T.B_COST_OK, "any")),)),
    Step.audience: (
        T.ASK_AUDIENCE,
        (
            *(tuple(T.AUDIENCE_CHOICES[i : i + 3]) for i in range(0, len(T.AUDIENCE_CHOICES), 3)),
            ((T.B_ANYONE, "any"),),
        ),
    ),
    Step.language: (
        T.ASK_LANGUAGE,
        (
            tuple(T.LANGUAGE_CHOICES[:3]),
            tuple(T.LANGUAGE_CHOICES[3:]),
            ((T.B_ANY_LANGUAGE, "any"),),
        ),
    ),
    Step.change: (
        T.ASK_CHANGE,
        tuple(tuple(T.CHANGE_CHOICES[i : i + 3]) for i in range(0, len(T.CHANGE_CHOICES), 3)),
    ),
}


def _step_buttons(state: Intake) -> tuple[tuple[Button, ...], ...]:
    step = state.step.value
    row = [Button(T.B_SKIP, f"{step}:skip")]
    if state.step is not Step.change:
        row.append(Button(T.B_SHOW_NOW, f"{step}:show"))
    nav = (Button(T.B_BACK, "nav:back"),) if state.history else ()
    return (tuple(row), nav) if nav else (tuple(row),)


def _need_buttons(state: Intake, every: bool = False) -> tuple[tuple[Button, ...], ...]:
    needs = list(NEED_LABELS) if every else list(COMMON_NEEDS)
    buttons = [Button(NEED_LABELS[n], f"need:{n}") for n in needs]
    rows = [tuple(buttons[i : i + 2]) for i in range(0, len(buttons), 2)]
    last = [] if every else [Button(T.B_MORE_TOPICS, "need:more")]
    last.append(Button(T.B_SKIP, "need:skip"))
    rows.append(tuple(last))
    if state.history:
        rows.append((Button(T.B_BACK, "nav:back"),))
    return tuple(rows)


def _results_buttons(more: bool) -> tuple[tuple[Button, ...], ...]:
    first = (Button(T.B_MORE, "res:more"),) if more else ()
    second = (Button(T.B_CHANGE, "res:change"), Button(T.B_RESTART, "res:restart"))
    return (first, second) if first else (second,)


# -- reading answers ----------------------------------------------------------
class _Marker:
    pass


_SKIPPED = _Marker()
_NO_ANSWER = _Marker()

_SKIP_WORDS = frozenset({"skip", "pass", "next", "dont know", "don t know", "not sure", "no idea"})
_WHO_WORDS: dict[str, Any] = {
    "me": False,
    "myself": False,
    "for me": False,
    "me myself": False,
    "self": False,
    "someone": True,
    "someone else": True,
    "family": True,
    "friend": True,
    "my partner": True,
}
_LANGUAGE_WORDS: dict[str, Any] = {
    "english": "en",
    "spanish": "es",
    "espanol": "es",
    "german": "de",
    "french": "fr",
    "francais": "fr",
    "portuguese": "pt",
    "portugues": "pt",
    "russian": "ru",
    "russkii": "ru",
    "any": None,
    "anything": None,
    "any language": None,
}


def _value(event: Input) -> str:
    return event.data.partition(":")[2] if isinstance(event, Tapped) else ""


def _choose(event: Input, options: dict[str, Any], words: dict[str, Any]) -> Any:
    """A button's or typed answer's value; _SKIPPED for skip; _NO_ANSWER when unreadable."""
    if isinstance(event, Tapped):
        value = _value(event)
        if value == "skip":
            return _SKIPPED
        return options.get(value, _NO_ANSWER)
    if isinstance(event, Said):
        text = normalise(event.text)
        if text in _SKIP_WORDS:
            return _SKIPPED
        if text in words:
            return words[text]
        if text in options:
            return options[text]
    return _NO_ANSWER


_ONLINE_WORDS = re.compile(r"\b(online|virtual|zoom|video|remote|internet|en linea|en ligne)\b")
_IN_PERSON_WORDS = re.compile(r"\b(in person|face to face|in real life|irl|local|near me|nearby)\b")
_EITHER_WORDS = re.compile(r"\b(either|both|any|dont mind|don t mind|no preference)\b")


def _format_in_words(text: str) -> str | None:
    norm = normalise(text)
    if _ONLINE_WORDS.search(norm):
        return "online"
    if _IN_PERSON_WORDS.search(norm):
        return "in_person"
    if _EITHER_WORDS.search(norm):
        return "any"
    return None


def _labels(needs: list[str]) -> str:
    return ", ".join(NEED_LABELS[n].lower() for n in needs)


def _short(name: str) -> str:
    return name if len(name) <= 30 else name[:29] + "…"
