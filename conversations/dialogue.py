"""One person's turn, whatever the channel: crisis screen first, then commands, then the machines.

Telegram, the terminal chat and the tests all call `Dialogue.handle`; it loads the chat's state from
the store, runs the right machine, saves the new state and returns the replies as data.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from catalog.matcher import Matcher
from catalog.store import Store
from conversations import admin, intake
from conversations import texts as T
from conversations.crisis import screen
from conversations.handoff import (
    AGAIN_DATA,
    CONTINUE_DATA,
    country_for,
    handoff_reply,
    load_resources,
)
from conversations.reply import Button, Reply


@dataclass(frozen=True, slots=True)
class Person:
    """Who is writing: the chat, the Telegram user (for admin checks), and their app language."""

    chat_id: int
    user_id: int | None = None
    language_code: str | None = None


@dataclass(frozen=True, slots=True)
class Text:
    """Typed words (a message, a caption, or an edited message)."""

    text: str


@dataclass(frozen=True, slots=True)
class Command:
    """A slash command, e.g. Command("start", "anxiety")."""

    name: str
    args: str = ""


@dataclass(frozen=True, slots=True)
class Press:
    """A button tap with its callback data."""

    data: str


@dataclass(frozen=True, slots=True)
class Location:
    latitude: float
    longitude: float


@dataclass(frozen=True, slots=True)
class Upload:
    """A document the person sent (only admins' are downloaded; `content` is empty otherwise)."""

    filename: str
    content: bytes
    caption: str = ""


@dataclass(frozen=True, slots=True)
class Unsupported:
    """A sticker, voice note, photo or anything else we cannot read."""

    kind: str


Event = Text | Command | Press | Location | Upload | Unsupported

USER_COMMANDS: tuple[tuple[str, str], ...] = (
    ("start", "Find a support group"),
    ("crisis", "Emergency numbers and crisis lines"),
    ("help", "What I can do"),
    ("back", "Go back one question"),
    ("cancel", "Stop and clear your answers"),
    ("privacy", "What I keep and for how long"),
    ("forget", "Delete everything I keep about you"),
)

# Registered for admins only (their chats' command menu); anyone else gets UNKNOWN_COMMAND.
ADMIN_COMMANDS: tuple[tuple[str, str], ...] = (
    ("admin", "Admin menu"),
    ("add", "Add a group step by step"),
    ("edit", "Change a group: /edit ID [field=value]"),
    ("remove", "Hide a group from search: /remove ID"),
    ("restore", "Bring a hidden group back: /restore ID"),
    ("show", "Everything about one group: /show ID"),
    ("list", "Browse groups: /list [topic, town, online, stale]"),
    ("import", "Check and apply a CSV, JSON or Meeting Guide file"),
    ("export", "The catalog as CSV and JSON files"),
    ("verify", "Mark a group as checked today: /verify ID"),
    ("stale", "Groups not checked for a while: /stale [days]"),
    ("reports", "Problems people reported"),
    ("stats", "Anonymous figures for 7 and 30 days"),
    ("audit", "Recent changes: /audit [ID]"),
)
_ADMIN_COMMAND_NAMES = frozenset(name for name, _ in ADMIN_COMMANDS)


@dataclass
class Dialogue:
    """The conversation service shared by every channel."""

    store: Store
    default_country: str | None = None
    admin_ids: frozenset[int] = frozenset()
    retention_days: int = 30
    resources_path: Path | None = None
    clock: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))
    _matcher: Matcher | None = None
    _matcher_version: int = -1
    _matcher_lock: asyncio.Lock = field(default_factory=asyncio.Lock, repr=False)

    def __post_init__(self) -> None:
        self.resources = load_resources(self.resources_path)

    async def matcher(self) -> Matcher:
        """The matcher for the current catalog, rebuilt only after the catalog changed."""
        if self._matcher is None or self._matcher_version != self.store.catalog_version:
            # One rebuild at a time: people searching at once would each build (and hold) a copy.
            async with self._matcher_lock:
                if self._matcher is None or self._matcher_version != self.store.catalog_version:
                    version = self.store.catalog_version
                    today = self.clock().date()
                    # Off the event loop: indexing 10,000 groups takes a good part of a second.
                    self._matcher = await self.store.consume_active_group_json(
                        lambda rows: Matcher.from_json(rows, today)
                    )
                    self._matcher_version = version
        return self._matcher

    def is_admin(self, person: Person) -> bool:
        """Whether this person may use the admin commands (the one place this is decided)."""
        return person.user_id is not None and person.user_id in self.admin_ids

    async def crisis_check(self, person: Person, event: Event) -> list[Reply] | None:
        """The fixed handoff when the event's words are a crisis, else None. Counts the category
        for /stats; keeps nothing of the words."""
        words = _words(event)
        if not words:
            return None
        verdict = screen(words)
        if not verdict.crisis:
            return None
        await self.store.bump([f"crisis:{verdict.category}"])
        return [await self._handoff(person)]

    async def handle(self, person: Person, event: Event) -> list[Reply]:
        """Answer one event. Crisis language is screened before anything else can answer."""
        handoff = await self.crisis_check(person, event)
        if handoff is not None:
            return handoff
        admin_replies = await self._admin(person, event)
        if admin_replies is not None:
            return admin_replies
        if isinstance(event, Command):
            return await self._command(person, event)
        if isinstance(event, Press):
            if event.data == CONTINUE_DATA:
                return await self._resume(person)
            if event.data == AGAIN_DATA:
                return [await self._handoff(person)]
            if event.data.startswith("forget:"):
                return await self._forget(person, event.data == "forget:yes")
        if isinstance(event, Unsupported):
            return [Reply(T.NOT_TEXT)]
        if isinstance(event, Upload):
            return [Reply(T.DOCUMENT_NOT_EXPECTED)]
        return await self._intake(person, event)

    # -- commands -------------------------------------------------------------
    async def _command(self, person: Person, command: Command) -> list[Reply]:
        name = command.name.lower()
        if name == "start":
            turn = intake.start(command.args)
            await self._save(person, turn.state)
            return turn.replies
        if name == "help":
            return [Reply(T.HELP + (T.HELP_ADMIN if self.is_admin(person) else ""))]
        if name == "crisis":
            return [await self._handoff(person)]
        if name == "privacy":
            return [Reply(T.PRIVACY.format(days=self.retention_days))]
        if name == "forget":
            buttons = ((Button(T.B_YES_FORGET, "forget:yes"), Button(T.B_NO_KEEP, "forget:no")),)
            return [Reply(T.FORGET_ASK, buttons)]
        if name == "cancel":
            await self.store.forget_chat(person.chat_id)
            return [Reply(T.CANCELLED)]
        if name == "back":
            state = await self._load(person)
            turn = intake.back(state)
            await self._save(person, turn.state)
            return turn.replies
        return [Reply(T.UNKNOWN_COMMAND)]

    async def _forget(self, person: Person, confirmed: bool) -> list[Reply]:
        if not confirmed:
            return [Reply(T.FORGET_KEPT)]
        await self.store.forget_chat(person.chat_id)
        return [Reply(T.FORGET_DONE)]

    # -- crisis ---------------------------------------------------------------
    async def _handoff(self, person: Person) -> Reply:
        stored = await self.store.load_conversation(person.chat_id)
        given = None
        if stored:
            given = intake.Intake.from_dict(stored.get("intake", {})).answers.country
        country = country_for(given, self.default_country, person.language_code)
        return handoff_reply(country, self.resources)

    async def _resume(self, person: Person) -> list[Reply]:
        """Ask again where the person was, in whichever machine was active."""
        stored = await self.store.load_conversation(person.chat_id) or {}
        if stored.get("machine") == "admin" and self.is_admin(person):
            return admin.resume(admin.AdminState.from_dict(stored.get("admin")))
        state = await self._load(person)
        return intake.ask(state, await self._context(person)).replies

    # -- intake ---------------------------------------------------------------
    async def _intake(self, person: Person, event: Event) -> list[Reply]:
        state = await self._load(person)
        move: intake.Input
        if isinstance(event, Text):
            move = intake.Said(event.text)
        elif isinstance(event, Press):
            move = intake.Tapped(event.data)
        elif isinstance(event, Location):
            move = intake.Located(event.latitude, event.longitude)
        else:
            return [Reply(T.NOT_TEXT)]
        turn = intake.handle(state, move, await self._context(person))
        await self._save(person, turn.state)
        if turn.events:
            await self.store.bump(turn.events)
        if turn.report is not None and not await self.store.add_report(*turn.report):
            return [Reply(T.REPORT_UNKNOWN)]
        return turn.replies

    async def _context(self, person: Person) -> intake.Context:
        # The deployment's country, else a hint from the person's app language (for time zones).
        country = country_for(None, self.default_country, person.language_code)
        return intake.Context(await self.matcher(), self.clock(), country)

    async def _load(self, person: Person) -> intake.Intake:
        stored = await self.store.load_conversation(person.chat_id)
        if not stored:
            return intake.Intake()
        return intake.Intake.from_dict(stored.get("intake", {}))

    async def _save(self, person: Person, state: intake.Intake) -> None:
        data: dict[str, Any] = {"machine": "intake", "intake": state.to_dict()}
        stored = await self.store.load_conversation(person.chat_id) or {}
        if "admin" in stored:
            data["admin"] = stored["admin"]  # a pending import outlives a search in between
        await self.store.save_conversation(person.chat_id, data)

    # -- admin ----------------------------------------------------------------
    async def _admin(self, person: Person, event: Event) -> list[Reply] | None:
        """The admin desk's turn, or None when the event is not for it.

        The only gate to every admin command, `adm:` button, wizard answer and upload: for
        anyone who is not an admin this returns None, so they get exactly what any unknown
        command or stale button gets.
        """
        if not self.is_admin(person):
            return None
        stored = await self.store.load_conversation(person.chat_id) or {}
        state = admin.AdminState.from_dict(stored.get("admin"))
        if stored.get("machine") != "admin":
            state.wizard, state.feed = None, None  # left for a search: that wizard is over
        move = _admin_move(event, state)
        if move is None:
            return None
        desk = admin.Desk(self.store, str(person.user_id), self.clock(), self.default_country)
        turn = await admin.handle(state, move, desk)
        data: dict[str, Any] = {
            "machine": "admin" if turn.state.active else "intake",
            "intake": stored.get("intake", {}),
            "admin": turn.state.to_dict(),
        }
        await self.store.save_conversation(person.chat_id, data)
        return turn.replies


def _admin_move(event: Event, state: admin.AdminState) -> admin.Move | None:
    """What an admin's event means to the desk; None for events that are not the desk's."""
    if isinstance(event, Command):
        name = event.name.lower()
        if name in _ADMIN_COMMAND_NAMES or (name in ("back", "cancel") and state.active):
            return admin.Order(name, event.args)
    elif isinstance(event, Press):
        if event.data.startswith("adm:"):
            return intake.Tapped(event.data)
    elif isinstance(event, Upload):
        return admin.Uploaded(event.filename, event.content, event.caption)
    elif isinstance(event, Text):
        if state.active:
            return intake.Said(event.text)
    elif isinstance(event, Location) and state.wizard is not None:
        return intake.Located(event.latitude, event.longitude)
    return None


def _words(event: Event) -> str:
    if isinstance(event, Text):
        return event.text
    if isinstance(event, Command):
        return event.args
    if isinstance(event, Upload):
        return event.caption
    return ""
