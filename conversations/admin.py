"""The admin desk: the commands and buttons that keep the catalog right from inside Telegram.

`Dialogue` decides who is an admin and routes here; this module never sees a non-admin. Each
command or `adm:` button is one small async function that reads the store, writes at most one
transaction through it (apply_groups / set_removed, which audit every change) and returns the
replies with the admin's next state. The /add and /edit wizard is `admin_wizard`; files are
`admin_import`; read-only pages are `admin_browse`. Button data: see BUTTON DATA below.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from difflib import get_close_matches
from typing import Any

from catalog.model import Group
from catalog.needs import NEED_IDS, NEED_LABELS, normalise
from catalog.store import Store, StoredGroup
from conversations import admin_browse as browse
from conversations import admin_import as imports
from conversations import admin_texts as A
from conversations import admin_views as V
from conversations import admin_wizard as wizard
from conversations.intake import Located, Said, Tapped
from conversations.reply import Button, Reply

# BUTTON DATA (all "adm:..."): menu:<command> · w:<step>:<value> and w:nav:back (wizard) ·
# sh|ed|rs|vf:<ref> · rm:<ref>[:yes|:no] · ls:<page>:<filter> · sl:<page>:<days> · rp:<page> ·
# imp:apply:<token> · imp:cancel · ft:<need>|done|cancel (a feed's needs).
COMMANDS: tuple[str, ...] = (
    "admin", "add", "edit", "remove", "restore", "show", "list", "import", "export",
    "verify", "stale", "reports", "stats", "audit",
)  # fmt: skip


# -- inputs, state, turn ------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Order:
    """An admin command with its arguments, e.g. Order("edit", "some-id time=19:00")."""

    name: str
    args: str = ""


@dataclass(frozen=True, slots=True)
class Uploaded:
    """A document an admin sent; `content` is empty when it was too large to download."""

    filename: str
    content: bytes
    caption: str = ""


Move = Order | Said | Tapped | Located | Uploaded


@dataclass(slots=True)
class AdminState:
    """An admin's desk: a wizard or a feed in progress, and an import waiting for Apply."""

    wizard: wizard.Wizard | None = None
    feed: imports.Feed | None = None
    pending: imports.Pending | None = None

    @property
    def active(self) -> bool:
        """True while typed text belongs to the desk (a wizard step, or a feed's needs)."""
        return self.wizard is not None or self.feed is not None

    def to_dict(self) -> dict[str, Any]:
        return {
            "wizard": self.wizard.to_dict() if self.wizard else None,
            "feed": imports.to_dict(self.feed),
            "pending": imports.to_dict(self.pending),
        }

    @classmethod
    def from_dict(cls, data: object) -> AdminState:
        """Rebuild a stored desk; anything unreadable is dropped."""
        if not isinstance(data, dict):
            return cls()
        return cls(
            wizard.Wizard.from_dict(data.get("wizard")),
            imports.Feed.from_dict(data.get("feed")),
            imports.Pending.from_dict(data.get("pending")),
        )


@dataclass(frozen=True, slots=True)
class Desk:
    """What a turn at the desk may use: the store, who acts (for the audit) and the time."""

    store: Store
    actor: str
    now: datetime
    default_country: str | None = None

    @property
    def today(self) -> date:
        return self.now.date()


@dataclass(slots=True)
class AdminTurn:
    replies: list[Reply]
    state: AdminState = field(default_factory=AdminState)


# -- entry points -------------------------------------------------------------
async def handle(state: AdminState, move: Move, desk: Desk) -> AdminTurn:
    """Answer one admin command, button, typed answer, location or file."""
    if isinstance(move, Order):
        return await _order(state, move, desk)
    if isinstance(move, Uploaded):
        return await _upload(state, move, desk)
    if isinstance(move, Tapped):
        return await _press(state, move.data, desk)
    if state.wizard is not None:
        return await _wizard(state, move, desk)
    if state.feed is not None and isinstance(move, Said):
        return await _feed_typed(state, move.text, desk)
    return AdminTurn([Reply(A.STALE_BUTTON)], state)


def resume(state: AdminState) -> list[Reply]:
    """Ask again where the admin was (after a crisis pause): the wizard step or a feed's needs."""
    if state.wizard is not None:
        return wizard.ask(state.wizard).replies
    if state.feed is not None:
        return [imports.feed_question(state.feed)]
    return [Reply(A.MENU, _menu_buttons())]


async def report_digest(store: Store) -> Reply | None:
    """One short note for admins about reports since the last note; None when there are none."""
    count = await store.take_unnotified_reports()
    if not count:
        return None
    return Reply(A.DIGEST.format(n=count), ((Button(A.B_REVIEW, "adm:menu:reports"),),))


# -- commands -----------------------------------------------------------------
async def _order(state: AdminState, order: Order, desk: Desk) -> AdminTurn:
    name, args = order.name.lower(), order.args.strip()
    if name == "cancel":
        return AdminTurn([Reply(A.ALL_STOPPED)], AdminState(pending=state.pending))
    if name == "back":
        if state.wizard is not None:
            turn = wizard.back(state.wizard)
            state.wizard = turn.state
            return AdminTurn(turn.replies, state)
        return AdminTurn(resume(state), state)
    handler = _COMMANDS.get(name)
    if handler is None:
        return AdminTurn([Reply(A.STALE_BUTTON)], state)
    return await handler(state, args, desk)


async def _menu(state: AdminState, args: str, desk: Desk) -> AdminTurn:
    return AdminTurn([Reply(A.MENU, _menu_buttons())], state)


async def _add(state: AdminState, args: str, desk: Desk) -> AdminTurn:
    turn = wizard.start_add()
    state.wizard, state.feed = turn.state, None
    return AdminTurn(turn.replies, state)


async def _edit(state: AdminState, args: str, desk: Desk) -> AdminTurn:
    group_id, _, assignment = args.partition(" ")
    found = await _find(desk.store, group_id, "edit")
    if isinstance(found, Reply):
        return AdminTurn([found], state)
    if found.removed:
        return AdminTurn([Reply(A.HIDDEN_FIRST.format(id=found.group.id))], state)
    context = wizard.Context(default_country=desk.default_country)
    turn = wizard.start_edit(found.group, assignment, context)
    state.wizard, state.feed = turn.state, None
    return AdminTurn(turn.replies, state)


async def _remove(state: AdminState, args: str, desk: Desk) -> AdminTurn:
    found = await _find(desk.store, args, "remove")
    if isinstance(found, Reply):
        return AdminTurn([found], state)
    group = found.group
    if found.removed:
        return AdminTurn([Reply(A.ALREADY_REMOVED.format(id=group.id))], state)
    ref = browse.ref(group.id)
    yes, no = Button(A.B_YES_HIDE, f"adm:rm:{ref}:yes"), Button(A.B_NO_KEEP, f"adm:rm:{ref}:no")
    buttons = ((yes, no),)
    return AdminTurn([Reply(A.REMOVE_ASK.format(name=group.name, id=group.id), buttons)], state)


async def _restore(state: AdminState, args: str, desk: Desk) -> AdminTurn:
    found = await _find(desk.store, args, "restore")
    if isinstance(found, Reply):
        return AdminTurn([found], state)
    group = found.group
    if await desk.store.set_removed(group.id, False, actor=desk.actor) is None:
        return AdminTurn([Reply(A.NOT_REMOVED.format(id=group.id))], state)
    return AdminTurn([Reply(A.RESTORED.format(name=group.name, id=group.id))], state)


async def _show(state: AdminState, args: str, desk: Desk) -> AdminTurn:
    found = await _find(desk.store, args, "show")
    if isinstance(found, Reply):
        return AdminTurn([found], state)
    return AdminTurn([await browse.show(desk.store, found, desk.today)], state)


async def _list(state: AdminState, args: str, desk: Desk) -> AdminTurn:
    return AdminTurn([await browse.list_page(desk.store, args, desk.today)], state)


async def _import(state: AdminState, args: str, desk: Desk) -> AdminTurn:
    return AdminTurn([Reply(A.IMPORT_ASK)], state)


async def _export(state: AdminState, args: str, desk: Desk) -> AdminTurn:
    return AdminTurn([await browse.export(desk.store, desk.today)], state)


async def _verify(state: AdminState, args: str, desk: Desk) -> AdminTurn:
    found = await _find(desk.store, args, "verify")
    if isinstance(found, Reply):
        return AdminTurn([found], state)
    group = found.group
    if found.removed:
        return AdminTurn([Reply(A.HIDDEN_FIRST.format(id=group.id))], state)
    checked = Group.model_validate({**group.model_dump(), "last_verified": desk.today})
    summary = await desk.store.apply_groups(
        [checked], actor=desk.actor, action="verify", close_reports=True
    )
    closed = summary.closed_reports
    text = A.VERIFIED.format(name=group.name, id=group.id, date=desk.today.isoformat())
    if closed:
        text += A.VERIFIED_REPORTS.format(n=closed)
    return AdminTurn([Reply(text)], state)


async def _stale(state: AdminState, args: str, desk: Desk) -> AdminTurn:
    words = args.split()
    if words and not (words[0].isdigit() and len(words[0]) <= 5):
        return AdminTurn([Reply(A.STALE_DAYS)], state)
    days = int(words[0]) if words else browse.STALE_DAYS
    return AdminTurn([await browse.stale_page(desk.store, days, desk.today)], state)


async def _reports(state: AdminState, args: str, desk: Desk) -> AdminTurn:
    return AdminTurn([await browse.reports_page(desk.store)], state)


async def _stats(state: AdminState, args: str, desk: Desk) -> AdminTurn:
    return AdminTurn([await browse.stats(desk.store, desk.today)], state)


async def _audit(state: AdminState, args: str, desk: Desk) -> AdminTurn:
    group_id = args.split()[0].lower() if args.split() else None
    return AdminTurn([await browse.audit(desk.store, group_id)], state)


_Command = Callable[[AdminState, str, Desk], Awaitable[AdminTurn]]
_COMMANDS: dict[str, _Command] = {
    "admin": _menu,
    "add": _add,
    "edit": _edit,
    "remove": _remove,
    "restore": _restore,
    "show": _show,
    "list": _list,
    "import": _import,
    "export": _export,
    "verify": _verify,
    "stale": _stale,
    "reports": _reports,
    "stats": _stats,
    "audit": _audit,
}


# -- buttons ------------------------------------------------------------------
async def _press(state: AdminState, data: str, desk: Desk) -> AdminTurn:
    scope, _, rest = data.removeprefix("adm:").partition(":")
    if scope == "w" and state.wizard is not None:
        return await _wizard(state, Tapped(data), desk)
    if scope == "menu" and rest in _COMMANDS:
        return await _COMMANDS[rest](state, "", desk)
    if scope == "ft" and state.feed is not None:
        return await _feed_pressed(state, rest, desk)
    if scope == "imp":
        return await _import_pressed(state, rest, desk)
    if scope in ("ls", "sl", "rp"):
        return AdminTurn([await _page(scope, rest, desk)], state)
    if scope in ("sh", "ed", "rs", "vf", "rm"):
        ref, _, answer = rest.partition(":")
        group_id = await browse.unref(desk.store, ref)
        if group_id is not None:
            return await _on_group_button(state, scope, group_id, answer, desk)
    return AdminTurn([Reply(A.STALE_BUTTON)], state)


async def _page(scope: str, rest: str, desk: Desk) -> Reply:
    """The page a ‹ › button asks for: "<page>:<filter>" (list) or "<page>:<days>" (stale)."""
    number, _, extra = rest.partition(":")
    page = int(number) if number.isdigit() and len(number) < 6 else 0
    if scope == "ls":
        return await browse.list_page(desk.store, extra, desk.today, page)
    if scope == "sl":
        days = int(extra) if extra.isdigit() and len(extra) <= 5 else browse.STALE_DAYS
        return await browse.stale_page(desk.store, days, desk.today, page)
    return await browse.reports_page(desk.store, page)


async def _on_group_button(
    state: AdminState, scope: str, group_id: str, answer: str, desk: Desk
) -> AdminTurn:
    if scope == "rm" and answer == "yes":
        return await _hide(state, group_id, desk)
    if scope == "rm" and answer == "no":
        return AdminTurn([Reply(A.REMOVE_KEPT.format(id=group_id))], state)
    handler = {"sh": _show, "ed": _edit, "rs": _restore, "vf": _verify, "rm": _remove}[scope]
    return await handler(state, group_id, desk)


async def _hide(state: AdminState, group_id: str, desk: Desk) -> AdminTurn:
    stored = await desk.store.get_group(group_id)
    # A hidden group sends nobody to a locked door: what people reported about it is dealt with.
    closed = (
        None
        if stored is None
        else await desk.store.set_removed(group_id, True, actor=desk.actor, close_reports=True)
    )
    if stored is None or closed is None:
        return AdminTurn([Reply(A.ALREADY_REMOVED.format(id=group_id))], state)
    text = A.REMOVED.format(name=stored.group.name, id=group_id)
    if closed:
        text += A.REMOVED_REPORTS.format(n=closed)
    return AdminTurn([Reply(text)], state)


# -- the wizard ---------------------------------------------------------------
async def _wizard(state: AdminState, move: Move, desk: Desk) -> AdminTurn:
    current = state.wizard
    if current is None or not isinstance(move, Said | Tapped | Located):
        return AdminTurn([Reply(A.STALE_BUTTON)], state)
    taken: frozenset[str] = frozenset()
    if wizard.needs_taken_ids(current):
        taken = frozenset(s.group.id for s in await desk.store.all_groups(include_removed=True))
    context = wizard.Context(taken_ids=taken, default_country=desk.default_country)
    turn = wizard.handle(current, move, context)
    state.wizard = turn.state
    if turn.save is None:
        return AdminTurn(turn.replies, state)
    return await _save(state, current, turn.save, desk)


async def _save(state: AdminState, drafted: wizard.Wizard, group: Group, desk: Desk) -> AdminTurn:
    """Store a confirmed wizard's group: a new one must not take an id in use; an edit must not
    overwrite a change made meanwhile."""
    stored = await desk.store.get_group(group.id)
    ref = browse.ref(group.id)
    if drafted.mode == "add":
        if stored is not None:
            turn = wizard.taken(drafted, group.id)
            state.wizard = turn.state
            return AdminTurn(turn.replies, state)
        await desk.store.apply_groups([group], actor=desk.actor, action="add")
        buttons = ((Button(A.B_SHOW, f"adm:sh:{ref}"), Button(A.B_ADD_ANOTHER, "adm:menu:add")),)
        return AdminTurn([Reply(A.ADDED.format(name=group.name, id=group.id), buttons)], state)
    if stored is None:
        return AdminTurn([Reply(A.EDIT_GONE.format(id=group.id))], state)
    if stored.removed or stored.group.model_dump(mode="json") != drafted.original:
        return AdminTurn([Reply(A.EDIT_CONFLICT.format(id=group.id))], state)
    await desk.store.apply_groups([group], actor=desk.actor, action="edit")
    buttons = ((Button(A.B_SHOW, f"adm:sh:{ref}"), Button(A.B_VERIFY, f"adm:vf:{ref}")),)
    return AdminTurn([Reply(A.EDITED.format(name=group.name, id=group.id), buttons)], state)


# -- files --------------------------------------------------------------------
async def _upload(state: AdminState, upload: Uploaded, desk: Desk) -> AdminTurn:
    if state.wizard is not None:
        return AdminTurn([Reply(A.UPLOAD_BUSY), *wizard.ask(state.wizard).replies], state)
    store, name = desk.store, upload.filename
    checked = await imports.check_upload(store, name, upload.content, upload.caption)
    state.feed, state.pending = checked.feed, checked.pending
    return AdminTurn(checked.replies, state)


async def _feed_pressed(state: AdminState, value: str, desk: Desk) -> AdminTurn:
    feed = state.feed
    assert feed is not None
    if value == "cancel":
        state.feed = None
        return AdminTurn([Reply(A.IMPORT_CANCELLED)], state)
    if value == "done":
        if not feed.topics:
            return AdminTurn([Reply(A.FEED_PICK_ONE), imports.feed_question(feed)], state)
        checked = await imports.check_feed(desk.store, feed)
        state.feed, state.pending = None, checked.pending
        return AdminTurn(checked.replies, state)
    if value not in NEED_IDS:
        return AdminTurn([Reply(A.STALE_BUTTON)], state)
    feed.toggle(value)
    return AdminTurn([imports.feed_question(feed)], state)


async def _feed_typed(state: AdminState, text: str, desk: Desk) -> AdminTurn:
    feed = state.feed
    assert feed is not None
    named = imports.topics_in(f"topics={text}") or []
    by_label = {normalise(label): need for need, label in NEED_LABELS.items()}
    needs = [by_label.get(normalise(word), word) for word in named]
    unknown = [n for n in needs if n not in NEED_IDS]
    if not needs or unknown:
        return AdminTurn([Reply(A.FEED_PICK_ONE), imports.feed_question(feed)], state)
    feed.topics = list(dict.fromkeys(needs))
    checked = await imports.check_feed(desk.store, feed)
    state.feed, state.pending = None, checked.pending
    return AdminTurn(checked.replies, state)


async def _import_pressed(state: AdminState, value: str, desk: Desk) -> AdminTurn:
    action, _, token = value.partition(":")
    pending = state.pending
    if pending is None or (action == "apply" and token != pending.token):
        return AdminTurn([Reply(A.IMPORT_GONE)], state)
    state.pending = None
    if action == "apply":
        return AdminTurn([await imports.apply(desk.store, pending, desk.actor)], state)
    return AdminTurn([Reply(A.IMPORT_CANCELLED)], state)


# -- finding groups -----------------------------------------------------------
async def _find(store: Store, text: str, command: str) -> StoredGroup | Reply:
    """The group an admin named, or a reply saying how to name one."""
    words = text.split()
    if not words:
        return Reply(A.NEED_AN_ID.format(command=command))
    group_id = words[0].strip().lower()
    stored = await store.get_group(group_id)
    if stored is not None:
        return stored
    ids = [s.group.id for s in await store.all_groups(include_removed=True)]
    close = get_close_matches(group_id, ids, n=3, cutoff=0.6)
    text = A.NOT_FOUND.format(id=V.show_value(group_id, 40))
    if close:
        text += A.DID_YOU_MEAN.format(ids=", ".join(close))
    return Reply(text)


def _menu_buttons() -> tuple[tuple[Button, ...], ...]:
    return tuple(
        tuple(Button(label, f"adm:menu:{command}") for label, command in row)
        for row in A.MENU_BUTTONS
    )
