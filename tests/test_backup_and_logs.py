"""An operator's safety nets: `groupfinder backup` copies the live database while people talk to
the bot, and the copy restores everything; the bot's logs are JSON lines that never hold what
people wrote, their names or usernames, or the bot token."""

from __future__ import annotations

import asyncio
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from catalog.store import Store
from conversations import admin_texts as A
from conversations import texts as T
from tests.fake_bot_api import FakeBotAPI
from tests.telegram_driver import ADMIN, Person, running_bot
from tests.test_restart import ONLINE, REPO, BotProcess, Searcher, bring_to_their_steps

BACKUP_TIMEOUT = 60.0
BUSY = 5_570_099


def groups_and_conversations(
    database: Path,
) -> tuple[list[tuple[str, str, str | None]], dict[int, str]]:
    """Every group row and every conversation's stored state, read straight from the file."""
    with sqlite3.connect(database) as db:
        groups = db.execute("SELECT id, data, removed_at FROM groups ORDER BY id").fetchall()
        states = db.execute("SELECT chat_id, state FROM conversations").fetchall()
    return [(str(i), str(d), r) for i, d, r in groups], {int(c): str(s) for c, s in states}


async def groupfinder(*args: str, database: Path, workdir: Path) -> tuple[int, str, str]:
    """Run the `groupfinder` command (as `python -m bot`); its exit code, stdout and stderr."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("GROUPFINDER_")}
    env["GROUPFINDER_DATABASE"] = str(database)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        *args,
        cwd=workdir,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        out, err = await asyncio.wait_for(process.communicate(), BACKUP_TIMEOUT)
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    assert process.returncode is not None
    return process.returncode, out.decode(), err.decode()


async def keep_talking(person: Person, stop: asyncio.Event) -> int:
    """Someone who keeps starting over and choosing a topic, until told to stop; their turns."""
    turns = 0
    while not stop.is_set() and turns < 40:
        person.command("start")
        await person.expect(T.ASK_NEED)
        person.tap("Stress and burnout")
        await person.expect(T.ASK_WHO)
        turns += 1
        await asyncio.sleep(0.3)  # reads the question, at a pace the flood control lets through
    return turns


async def test_a_backup_taken_while_people_talk_restores_every_group_and_conversation(
    fake: FakeBotAPI, tmp_path: Path
) -> None:
    live, copy = tmp_path / "live.sqlite3", tmp_path / "backup" / "copy.sqlite3"
    copy.parent.mkdir()
    people = [Searcher(Person(fake, 5_570_000 + i), ONLINE, i, False) for i in range(6)]
    async with running_bot(fake, live):
        await bring_to_their_steps(people)
        admin = Person(fake, ADMIN)
        admin.command("remove", "london-anxiety-circle")
        await admin.expect("Hide ")
        admin.tap(A.B_YES_HIDE)
        await admin.expect("Hidden")
        groups, states = groups_and_conversations(live)

        stop = asyncio.Event()
        busy = asyncio.create_task(keep_talking(Person(fake, BUSY), stop))
        code, out, err = await groupfinder("backup", str(copy), database=live, workdir=tmp_path)
        stop.set()
        assert await busy > 0, "someone was talking to the bot while the backup ran"
        assert code == 0, err
        assert "Backed up" in out

    restored = await Store.open(copy)
    try:
        assert await restored.integrity_ok()
        stored = await restored.all_groups(include_removed=True)
        assert [(s.group.id, s.group.model_dump(mode="json"), s.removed) for s in stored] == [
            (i, json.loads(data), removed is not None) for i, data, removed in groups
        ]
        assert len(states) == len(people) + 1  # and the admin's
        for chat, state in states.items():
            assert await restored.load_conversation(chat) == json.loads(state)
    finally:
        await restored.close()

    # The copy is a working database: the bot runs on it and everyone carries on.
    async with running_bot(fake, copy):
        for someone in people:
            someone.give(someone.next_answer)
        for someone in people:
            await someone.sees(someone.next_answer.then)


# -- logs -----------------------------------------------------------------------------------------

TOKEN = "7654321:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"
PEOPLE = {
    5_580_001: ("Marguerite", "marguerite_wren"),
    5_580_002: ("Oluwaseun", "seun_okafor_77"),
    5_580_003: ("Ingrid", "ingrid_halvorsen"),
    ADMIN: ("Beatrix", "beatrix_keeps_the_list"),
}
WORDS = {
    "search": "I have had panic attacks ever since my divorce, online please",
    "crisis": "I cannot go on, I want to end my life tonight",
    "answer": "honestly just for my sister Henrietta",
    "admin": "stale-check-for-quarterly-review",
}


async def test_the_logs_are_json_lines_without_anything_a_person_wrote_or_who_they_are(
    tmp_path: Path,
) -> None:
    async with FakeBotAPI(token=TOKEN) as fake:
        bot = BotProcess(fake, tmp_path / "gf.sqlite3", tmp_path, log_level="DEBUG")
        try:
            await bot.start()
            await a_realistic_session(fake)
            assert await bot.stop() == 0, bot.log()[-3000:]
        finally:
            await bot.crash()
        log = bot.log()

    lines = [line for line in log.splitlines() if line.strip()]
    records = [json.loads(line) for line in lines]  # every line is one JSON object
    assert all(
        isinstance(r, dict) and {"time", "level", "logger", "event"} <= r.keys() for r in records
    )
    assert any(r["level"] == "DEBUG" for r in records), "debug logging was on"
    assert sum(r["event"] == "update" for r in records) >= 10, "each update was logged"

    lowered = log.lower()
    secrets = [TOKEN, TOKEN.split(":", 1)[1], *WORDS.values()]
    secrets += [part for name, username in PEOPLE.values() for part in (name, username)]
    secrets += ["divorce", "henrietta", "end my life"]
    leaked = [s for s in secrets if s.lower() in lowered]
    assert not leaked, f"the logs contain {leaked}"


async def a_realistic_session(fake: FakeBotAPI) -> None:
    """Several named people search, answer in their own words, write in crisis; an admin works."""
    (marguerite, m_user), (seun, s_user), (ingrid, i_user), (beatrix, b_user) = PEOPLE.values()
    m, s, i, admin = (Person(fake, chat) for chat in PEOPLE)

    # Telegram throttles the bot once: what the retry logs must be JSON too.
    fake.fail_next("sendMessage", kind="429", retry_after=1)
    m.mark()
    fake.send_command(m.chat_id, "start", first_name=marguerite, username=m_user)
    await m.expect(T.ASK_NEED)
    m.mark()
    fake.send_text(m.chat_id, WORDS["search"], first_name=marguerite, username=m_user)
    await m.expect(T.ASK_WHO)
    m.tap(T.B_SHOW_NOW)
    await m.expect(T.RESULTS_FOOTER)

    s.mark()
    fake.send_text(s.chat_id, WORDS["crisis"], first_name=seun, username=s_user)
    await s.expect("Samaritans")

    i.mark()
    fake.send_command(i.chat_id, "start", first_name=ingrid, username=i_user)
    await i.expect(T.ASK_NEED)
    i.tap("Grief and loss")
    await i.expect(T.ASK_WHO)
    i.mark()
    fake.send_text(i.chat_id, WORDS["answer"], first_name=ingrid, username=i_user)
    await i.expect(T.ASK_WHO)
    i.tap(T.B_FOR_SOMEONE)
    await i.expect(T.ASK_FORMAT)

    admin.mark()
    fake.send_command(admin.chat_id, "stats", first_name=beatrix, username=b_user)
    await admin.next_message()
    admin.mark()
    fake.send_command(admin.chat_id, "show", WORDS["admin"], first_name=beatrix, username=b_user)
    await admin.next_message()
    assert not any(msg.text == T.SOMETHING_WENT_WRONG for msg in fake.sent())
