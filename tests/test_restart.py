"""The bot is killed (SIGKILL) in the middle of 50 conversations and an admin's import, then
started again: everyone carries on where they were, and the import is all there or not at all.

The bot runs as a real `groupfinder run` process against the fake Bot API on 127.0.0.1, on a
real SQLite file.
"""

from __future__ import annotations

import asyncio
import csv
import io
import os
import signal
import sqlite3
import subprocess
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

from catalog.model import FIELDS, Group
from conversations import admin_texts as A
from conversations import texts as T
from tests.fake_bot_api import FakeBotAPI
from tests.telegram_driver import ADMIN, Person

REPO = Path(__file__).resolve().parents[1]
STARTUP_TIMEOUT = 60.0  # importing the bot and opening the catalog, on a busy 2-core machine
REPLY_TIMEOUT = 20.0  # the bot keeps Telegram's 30 messages a second, so 50 people queue a little


class BotProcess:
    """`python -m bot run` as its own process, talking to the fake Bot API; stderr goes to a file."""

    def __init__(
        self, fake: FakeBotAPI, database: Path, workdir: Path, *, log_level: str = "INFO"
    ) -> None:
        self.fake = fake
        self.database = database
        self.workdir = workdir
        self.log_level = log_level
        self.stderr = workdir / "bot-stderr.log"
        self.process: asyncio.subprocess.Process | None = None

    def environment(self) -> dict[str, str]:
        # No GROUPFINDER_* from the machine running the tests leaks into the bot.
        env = {k: v for k, v in os.environ.items() if not k.startswith("GROUPFINDER_")}
        env.update(
            GROUPFINDER_BOT_TOKEN=self.fake.token,
            GROUPFINDER_API_BASE_URL=self.fake.base_url,
            GROUPFINDER_DATABASE=str(self.database),
            GROUPFINDER_ADMIN_IDS=str(ADMIN),
            GROUPFINDER_DEFAULT_COUNTRY="GB",
            GROUPFINDER_LOG_LEVEL=self.log_level,
            PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])),
        )
        return env

    async def start(self) -> None:
        """Start the process and return once it polls Telegram for updates."""
        polls = len(self.fake.calls_to("getUpdates"))
        with self.stderr.open("ab") as stderr:
            self.process = await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "bot",
                "run",
                cwd=self.workdir,  # no stray .env is read
                env=self.environment(),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=stderr,
            )
        loop = asyncio.get_running_loop()
        deadline = loop.time() + STARTUP_TIMEOUT
        while len(self.fake.calls_to("getUpdates")) <= polls:
            if self.process.returncode is not None or loop.time() > deadline:
                raise AssertionError(f"the bot did not start polling:\n{self.log()[-3000:]}")
            await asyncio.sleep(0.05)

    async def crash(self) -> None:
        """SIGKILL, as when the process is killed by the kernel: no shutdown code runs."""
        if self.process is not None:
            if self.process.returncode is None:
                self.process.send_signal(signal.SIGKILL)
            await self.process.wait()

    async def stop(self) -> int | None:
        """SIGTERM and wait for a clean exit (SIGKILL after a while); the exit code."""
        if self.process is None:
            return None
        if self.process.returncode is None:
            self.process.terminate()
            try:
                await asyncio.wait_for(self.process.wait(), 15)
            except TimeoutError:
                await self.crash()
        return await self.process.wait()

    def log(self) -> str:
        return self.stderr.read_text(encoding="utf-8", errors="replace")


@asynccontextmanager
async def bot_process(
    fake: FakeBotAPI, database: Path, workdir: Path, *, log_level: str = "INFO"
) -> AsyncIterator[BotProcess]:
    """A started bot process that is always ended, however the test goes."""
    bot = BotProcess(fake, database, workdir, log_level=log_level)
    try:
        await bot.start()
        yield bot
    finally:
        await bot.crash()


@dataclass(frozen=True)
class Answer:
    """One answer in the intake, tapped (or a shared pin) or typed, and the question it leads to."""

    data: str | None  # the button's callback data; None means share `location` instead
    typed: str
    then: tuple[str, ...]  # the next question shows one of these
    location: tuple[float, float] = (51.5155, -0.0922)  # the City of London


RESULTS = (T.RESULTS_FOOTER, T.NOTHING_FOUND)
PLACE = Answer(None, "London", (T.ASK_DISTANCE,))
ONLINE = (
    Answer("need:anxiety", "panic attacks", (T.ASK_WHO,)),
    Answer("who:me", "for me", (T.ASK_FORMAT,)),
    Answer("format:online", "online", (T.ASK_FACILITATION,)),
    Answer("facilitation:peer", "peer", (T.ASK_WHEN,)),
    Answer("when:weekend", "weekend", (T.ASK_COST,)),
    Answer("cost:any", "any", (T.ASK_AUDIENCE,)),
    Answer("audience:any", "any", (T.ASK_LANGUAGE,)),
    Answer("language:any", "any language", RESULTS),
)
IN_PERSON = (
    Answer("need:grief", "grief", (T.ASK_WHO,)),
    Answer("who:someone", "someone else", (T.ASK_FORMAT,)),
    Answer("format:in_person", "in person", (T.ASK_PLACE,)),
    PLACE,
    Answer("distance:15", "15", (T.ASK_FACILITATION,)),
    Answer("facilitation:any", "any", (T.ASK_WHEN,)),
    Answer("when:weekday_eve", "skip", (T.ASK_COST,)),
    Answer("cost:free", "free", (T.ASK_AUDIENCE,)),
    Answer("audience:any", "any", (T.ASK_LANGUAGE,)),
    Answer("language:en", "english", RESULTS),
)


# Whoever was at the town question when the bot died skips it after the restart: proof enough
# of where they were, without the gazetteer's slow first load in the new process.
SKIP_PLACE = Answer("place:skip", "skip", (T.ASK_FACILITATION,))


@dataclass
class Searcher:
    """One of the 50 people: their chat, their path through the intake, and how far they got."""

    person: Person
    script: tuple[Answer, ...]
    answered: int  # answers given before the crash
    types: bool  # types answers instead of tapping

    @property
    def next_answer(self) -> Answer:
        """The answer they give after the restart, to the question they were left on."""
        answer = self.script[self.answered]
        return SKIP_PLACE if answer is PLACE else answer

    def give(self, answer: Answer) -> None:
        fake, chat = self.person.fake, self.person.chat_id
        self.person.mark()
        if self.types:
            fake.send_text(chat, answer.typed)
        elif answer.data is None:
            fake.share_location(chat, *answer.location)
        else:
            fake.press_button(chat, answer.data)

    async def sees(self, texts: tuple[str, ...]) -> None:
        new = self.person.new
        await self.person.fake.wait_until(
            lambda: any(t in (m.text or "") for m in new() for t in texts),
            timeout=REPLY_TIMEOUT,
            what=f"one of {texts} in chat {self.person.chat_id}",
        )


def fifty_people(fake: FakeBotAPI) -> list[Searcher]:
    """50 people spread over every step of both paths; every third one types instead of tapping."""
    people = []
    for i in range(50):
        script = ONLINE if i % 2 == 0 else IN_PERSON
        answered = (i // 2) % len(script)
        people.append(Searcher(Person(fake, 5_560_000 + i), script, answered, i % 3 == 0))
    return people


async def bring_to_their_steps(people: list[Searcher]) -> None:
    """Everyone says /start, then answers round by round until each has reached their step."""
    for someone in people:
        someone.person.command("start")
    for someone in people:
        await someone.sees((T.ASK_NEED,))
    for step in range(max(p.answered for p in people)):
        moving = [p for p in people if p.answered > step]
        for someone in moving:
            someone.give(someone.script[step])
        for someone in moving:
            await someone.sees(someone.script[step].then)


def made_up_catalog(count: int) -> bytes:
    """A valid CSV catalog of `count` new online and in-person groups."""
    topics = ["anxiety", "depression", "grief", "loneliness", "stress", "alcohol"]
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, fieldnames=FIELDS)
    writer.writeheader()
    for i in range(count):
        online = i % 3 != 0
        group = Group(
            id=f"restart-import-{i:04d}",
            name=f"Restart Import Group {i}",
            description="A made-up weekly peer group for the crash-and-restart story.",
            topics=[topics[i % len(topics)]],
            format="online" if online else "in_person",
            city=None if online else "Leeds",
            days=[("mon", "tue", "wed", "thu", "fri", "sat", "sun")[i % 7]],
            time=f"{18 + i % 3}:{(i * 5) % 60:02d}",
            timezone="Europe/London",
            contact_url=f"https://example.org/restart/{i}",
        )
        writer.writerow(group.to_row())
    return out.getvalue().encode("utf-8")


@dataclass(frozen=True)
class Catalog:
    integrity: str
    groups: int
    imported: int  # audit rows the admin's import wrote


def read_catalog(database: Path) -> Catalog:
    """What a fresh process finds in the file (SQLite replays the WAL on opening)."""
    with sqlite3.connect(database) as db:
        integrity = str(db.execute("PRAGMA integrity_check").fetchone()[0])
        groups = int(db.execute("SELECT COUNT(*) FROM groups").fetchone()[0])
        imported = int(
            db.execute(
                "SELECT COUNT(*) FROM audit WHERE actor = ? AND action = 'import'", (str(ADMIN),)
            ).fetchone()[0]
        )
    return Catalog(integrity, groups, imported)


async def writing_begins(database: Path) -> None:
    """Return as soon as another connection has a write transaction open on `database`."""
    db = sqlite3.connect(database, timeout=0, isolation_level=None)
    loop = asyncio.get_running_loop()
    deadline = loop.time() + REPLY_TIMEOUT
    try:
        while loop.time() < deadline:
            try:
                db.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError:  # "database is locked": the bot is writing
                return
            db.execute("ROLLBACK")
            await asyncio.sleep(0.002)
    finally:
        db.close()
    raise AssertionError("the bot never started writing the import")


IMPORTED = 2000


async def test_after_a_kill_mid_import_everyone_resumes_and_the_import_is_all_or_nothing(
    fake: FakeBotAPI, tmp_path: Path
) -> None:
    database = tmp_path / "groupfinder.sqlite3"
    people = fifty_people(fake)
    admin = Person(fake, ADMIN)
    async with bot_process(fake, database, tmp_path) as bot:
        await bring_to_their_steps(people)
        sample = read_catalog(database).groups

        admin.command("import")
        await admin.expect(A.IMPORT_ASK[:40], timeout=REPLY_TIMEOUT)
        admin.mark()
        fake.send_document(ADMIN, "catalog.csv", made_up_catalog(IMPORTED), "text/csv")
        await admin.expect(f"• add {IMPORTED}\n", timeout=REPLY_TIMEOUT)
        dry_run = admin.new()[-1]
        apply = dry_run.button_data(A.B_APPLY)
        tap = admin.press(apply, dry_run.message_id)
        await writing_begins(database)
        await bot.crash()  # in the middle of writing the 2,000 groups

    crashed = read_catalog(database)
    assert crashed.integrity == "ok"
    assert (crashed.groups, crashed.imported) in ((sample, 0), (sample + IMPORTED, IMPORTED))

    async with bot_process(fake, database, tmp_path) as bot:
        for someone in people:
            someone.give(someone.next_answer)
        for someone in people:
            await someone.sees(someone.next_answer.then)
            assert T.STALE_BUTTON not in "\n".join(m.text or "" for m in someone.person.new())

        # Whatever the crash left, tapping Apply again ends with the file applied exactly once.
        admin.press(apply, dry_run.message_id)
        await fake.wait_until(
            lambda: any(
                "Imported catalog.csv" in (m.text or "") or m.text == A.IMPORT_GONE
                for m in admin.new()
            ),
            timeout=REPLY_TIMEOUT,
            what="the admin's answer to Apply",
        )
        assert await bot.stop() == 0, bot.log()[-3000:]

    after = read_catalog(database)
    assert after == Catalog("ok", sample + IMPORTED, IMPORTED)
    # Telegram redelivers the Apply tap the killed process never confirmed; answering that
    # query a second time is refused, and the bot carries on.
    refused = [(c.method, c.params.get("callback_query_id")) for c in fake.rejected_calls()]
    assert set(refused) <= {("answerCallbackQuery", str(tap))}, refused
    assert not any(m.text == T.SOMETHING_WENT_WRONG for m in fake.sent())
