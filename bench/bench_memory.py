"""Memory and start-up of the bot process, side by side with an empty PTB Application.

Run: uv run python bench/bench_memory.py [--searches 300] [--starts 3] [--groups 10000]

Start-up: the fake Bot API server (tests/fake_bot_api.py, in this process) queues a /start, then
`python -m bot run` is spawned (as `groupfinder run`, over a generated 10,000-group catalog);
the figure is the time from the spawn to the fake server receiving the sendMessage that answers
it. Median of `--starts` fresh processes; the interpreter is started directly (no `uv run`).
One untimed start comes first: it writes the bytecode and the compiled crisis screen, which a
deployed bot has from its first start on.

Memory: VmRSS and VmHWM (peak RSS) from /proc for that process after start-up, then after
`--searches` whole searches by 30 people, one in four typing a town so the gazetteer loads.
The gazetteer is built in a short-lived child of the bot; its RSS is sampled every 50 ms.

Baseline: an empty PTB Application (one handler answering every message with one line, no job
queue, no rate limiter), the same start-up measurement and the same number of updates.
Processes are pinned with `taskset -c` to one core when the machine has two, as in bench_e2e.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from bench_e2e import (
    PLACES,
    TOKEN,
    LoadServer,
    Sample,
    SimulatedPerson,
    Step,
    any_message,
    bot_cpu,
    build_catalog,
    machine,
    people,
    pin_this_process,
    spawn,
    stop,
)

# Kept to the bare minimum on purpose: what any PTB bot process costs at least.
EMPTY_APP = """
import os
from telegram.ext import Application, MessageHandler, filters

async def answer(update, context):
    await context.bot.send_message(update.effective_chat.id, "hello")

app = (
    Application.builder()
    .token(os.environ["GROUPFINDER_BOT_TOKEN"])
    .base_url(os.environ["GROUPFINDER_API_BASE_URL"])
    .job_queue(None)
    .build()
)
app.add_handler(MessageHandler(filters.ALL, answer))
app.run_polling(allowed_updates=["message"])
"""
START_CHAT = 500
PEOPLE = 30
START_TIMEOUT = 120.0


@dataclass(frozen=True)
class Memory:
    """Resident memory of one process, in MB."""

    rss: float
    peak: float  # VmHWM: the most it ever held


def memory_of(pid: int) -> Memory | None:
    """VmRSS and VmHWM of a live process, or None once it has gone."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
    if "VmRSS" not in fields or "VmHWM" not in fields:
        return None
    return Memory(int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024)


def children_of(pid: int) -> list[int]:
    """Processes whose parent is `pid`."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            after_name = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(after_name[1]) == pid:
            found.append(int(entry.name))
    return found


async def sample_children(pid: int, peak: list[float]) -> None:
    """Until cancelled: the largest RSS any child of `pid` reaches goes into peak[0]."""
    while True:
        for child in children_of(pid):
            held = memory_of(child)
            if held is not None:
                peak[0] = max(peak[0], held.rss)
        await asyncio.sleep(0.05)


def environment(server: LoadServer, database: Path) -> dict[str, str]:
    """The process's environment with the settings pointing at the fake server."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("GROUPFINDER_")}
    # A deployed bot runs from compiled bytecode; without it every start recompiles ~600 modules.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(
        GROUPFINDER_BOT_TOKEN=TOKEN,
        GROUPFINDER_API_BASE_URL=server.base_url,
        GROUPFINDER_DATABASE=str(database),
        GROUPFINDER_DEFAULT_COUNTRY="GB",
    )
    return env


async def start(
    server: LoadServer, command: list[str], log: Path, database: Path
) -> tuple[float, subprocess.Popen[bytes]]:
    """Queue a /start, spawn `command`; the seconds until the answer arrived, and the process."""
    inbox = server.inbox(START_CHAT)
    seen = len(inbox.arrivals)
    server.send_command(START_CHAT, "start")
    spawned = time.monotonic()
    process = spawn(command, log, environment(server, database))
    deadline = spawned + START_TIMEOUT
    while len(inbox.arrivals) == seen and time.monotonic() < deadline:
        inbox.changed.clear()
        try:
            await asyncio.wait_for(inbox.changed.wait(), deadline - time.monotonic())
        except TimeoutError:
            break
    if len(inbox.arrivals) == seen:
        stop(process)
        raise RuntimeError(f"no answer to /start within {START_TIMEOUT:.0f} s; see {log}")
    return inbox.arrivals[seen].at - spawned, process


def writers(server: LoadServer, count: int) -> list[SimulatedPerson]:
    """People who only write (the empty app shows no buttons): three updates a search."""

    def script(rng: random.Random) -> list[Step]:
        return [
            Step("command", "start", any_message),
            Step("text", "hello", any_message),
            Step("text", "is anyone there?", any_message),
        ]

    return [SimulatedPerson(server, 60_000 + i, script, seed=i) for i in range(count)]


async def searches(crowd: list[SimulatedPerson], count: int) -> list[Sample]:
    """`count` whole searches shared among `crowd`; every step's sample."""
    left = count
    samples: list[Sample] = []

    async def live(person: SimulatedPerson) -> None:
        nonlocal left
        while left > 0:
            left -= 1
            samples.append(await person.next_step())
            while person.pending:
                samples.append(await person.next_step())

    await asyncio.gather(*(live(p) for p in crowd))
    return samples


@dataclass
class Result:
    """One kind of process: its start-ups, memory, and how its load went."""

    starts: list[float] = field(default_factory=list)
    after_start: Memory | None = None
    after_load: Memory | None = None
    child_peak: float = 0.0
    samples: list[Sample] = field(default_factory=list)

    def first_place(self) -> float | None:
        """Reply latency of the first typed town (the one that loads the gazetteer)."""
        typed = [s for s in self.samples if s.action == "text" and s.value in PLACES]
        first = min(typed, key=lambda s: s.sent_at, default=None)
        return None if first is None else first.latency

    def slowest(self) -> float:
        return max((s.latency for s in self.samples if s.latency is not None), default=0.0)

    def median_start(self) -> float:
        return statistics.median(self.starts)


async def measure(
    name: str,
    command: list[str],
    catalog: Path | None,
    crowd_of: str,
    args: argparse.Namespace,
    workdir: Path,
) -> Result:
    """`args.starts` fresh start-ups; the last process then carries the load."""
    result = Result()
    async with LoadServer() as server:
        # One untimed start first: the first start after an install writes the bytecode and the
        # compiled crisis screen that every later start (and a deployed bot) reads.
        warm_up = workdir / f"{name}-warm-up.sqlite3"
        if catalog is not None:
            shutil.copy(catalog, warm_up)
        _, process = await start(server, command, workdir / f"{name}-warm-up.log", warm_up)
        stop(process)
        for attempt in range(args.starts):
            database = workdir / f"{name}-{attempt}.sqlite3"
            if catalog is not None:
                shutil.copy(catalog, database)
            log = workdir / f"{name}-{attempt}.log"
            took, process = await start(server, command, log, database)
            result.starts.append(took)
            if attempt < args.starts - 1:
                stop(process)
                continue
            try:
                await asyncio.sleep(1.0)  # the start-up's own jobs (retention purge) run first
                result.after_start = memory_of(process.pid)
                crowd = (
                    people(server, PEOPLE, 70_000, echo=False, places=True)
                    if crowd_of == "searchers"
                    else writers(server, PEOPLE)
                )
                peak = [0.0]
                sampler = asyncio.create_task(sample_children(process.pid, peak))
                try:
                    result.samples = await searches(crowd, args.searches)
                finally:
                    sampler.cancel()
                    await asyncio.gather(sampler, return_exceptions=True)
                result.after_load = memory_of(process.pid)
                result.child_peak = peak[0]
            finally:
                stop(process)
    return result


def mb(memory: Memory | None, peak: bool) -> float:
    if memory is None:
        return float("nan")
    return memory.peak if peak else memory.rss


def report(ours: Result, empty: Result, args: argparse.Namespace) -> None:
    """Print the markdown table for the README."""
    rows: list[tuple[str, str, str, str, str, str]] = []
    for label, memory_of_run, peak, target in (
        ("RSS after start-up", "after_start", False, None),
        (f"peak RSS (VmHWM) after {args.searches} searches", "after_load", True, 150.0),
        (f"RSS after {args.searches} searches", "after_load", False, None),
    ):
        mine = mb(getattr(ours, memory_of_run), peak)
        floor = mb(getattr(empty, memory_of_run), peak)
        rows.append(
            (
                label,
                f"{mine:.0f} MB",
                f"{floor:.0f} MB",
                f"{mine / floor:.1f}x",
                f"<= {target:.0f} MB" if target else "",
                ("met" if mine <= target else "**not met**") if target else "",
            )
        )
    mine, floor = ours.median_start(), empty.median_start()
    rows.append(
        (
            f"start-up: spawn to first answered /start (median of {args.starts})",
            f"{mine:.2f} s ({min(ours.starts):.2f}-{max(ours.starts):.2f})",
            f"{floor:.2f} s ({min(empty.starts):.2f}-{max(empty.starts):.2f})",
            f"{mine / floor:.1f}x",
            "< 1 s",
            "met" if mine < 1 else "**not met**",
        )
    )
    first_place = ours.first_place()
    rows.append(
        (
            "reply to the first typed town (gazetteer built)",
            f"{first_place * 1e3:,.0f} ms" if first_place is not None else "n/a",
            "",
            "",
            "",
            "",
        )
    )
    rows.append(
        (
            "slowest reply during the searches",
            f"{ours.slowest() * 1e3:,.0f} ms",
            f"{empty.slowest() * 1e3:,.0f} ms",
            f"{ours.slowest() / empty.slowest():.0f}x",
            "",
            "",
        )
    )
    rows.append(
        (
            "gazetteer builder child's peak RSS (sampled)",
            f"{ours.child_peak:.0f} MB",
            "",
            "",
            "",
            "",
        )
    )
    print()
    print("| figure | ours | empty PTB app | ours / baseline | target | |")
    print("|---|---|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    print()
    print(
        f"- updates answered: ours {len(ours.samples)} "
        f"({sum(s.done_at is None for s in ours.samples)} unanswered), "
        f"empty app {len(empty.samples)}"
    )


async def main_async(args: argparse.Namespace) -> None:
    core = bot_cpu()
    where = f"processes pinned to cpu {core} (taskset)" if core is not None else "no pinning"
    print(f"machine: {machine()}; {where}; load average {os.getloadavg()[0]:.1f}")
    pin_this_process()
    with tempfile.TemporaryDirectory(prefix="bench-memory-") as tmp:
        workdir = Path(tmp)
        catalog = workdir / "catalog.sqlite3"
        took = await build_catalog(catalog, args.groups)
        print(f"catalog: {args.groups:,} generated groups written in {took:.1f} s")
        ours = await measure(
            "ours", [sys.executable, "-m", "bot", "run"], catalog, "searchers", args, workdir
        )
        empty = await measure(
            "empty", [sys.executable, "-c", EMPTY_APP], None, "writers", args, workdir
        )
        print(f"load average at the end {os.getloadavg()[0]:.1f}")
        report(ours, empty, args)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--searches", type=int, default=300)
    parser.add_argument("--starts", type=int, default=3, help="fresh processes timed")
    parser.add_argument("--groups", type=int, default=10_000)
    asyncio.run(main_async(parser.parse_args()))


if __name__ == "__main__":
    main()
