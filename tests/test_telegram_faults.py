"""When Telegram throttles, fails or drops the line, every reply still arrives, handoff included;
and one person flooding the bot is slowed down kindly without stopping anyone else."""

from __future__ import annotations

from pathlib import Path

import pytest

from conversations import texts as T
from tests.fake_bot_api import FakeBotAPI
from tests.telegram_driver import Person, running_bot

CHAT = 5553003
OTHER = 5553004


@pytest.mark.parametrize("kind", ["429", "500", "timeout", "drop"])
async def test_a_reply_that_telegram_fails_is_retried_and_arrives_once(
    fake: FakeBotAPI, tmp_path: Path, kind: str
) -> None:
    async with running_bot(fake, tmp_path / "gf.sqlite3", request_timeout=1.0):
        alex = Person(fake, CHAT)
        fake.fail_next("sendMessage", times=2, kind=kind)  # type: ignore[arg-type]
        alex.command("start")
        await alex.expect("What would you like support with", timeout=20)
        assert sum("What would you like support with" in m.text for m in alex.new()) == 1
        alex.tap("Grief and loss")
        await alex.expect(T.ASK_WHO)


async def test_the_crisis_handoff_survives_more_failures_than_an_ordinary_reply(
    fake: FakeBotAPI, tmp_path: Path
) -> None:
    async with running_bot(fake, tmp_path / "gf.sqlite3", request_timeout=1.0):
        alex = Person(fake, CHAT)
        fake.fail_next("sendMessage", times=5, kind="500")
        alex.say("I want to kill myself")
        await alex.expect("116 123", timeout=30)


async def test_one_person_flooding_is_told_once_to_slow_down_and_others_are_still_answered(
    fake: FakeBotAPI, tmp_path: Path
) -> None:
    async with running_bot(fake, tmp_path / "gf.sqlite3"):
        flooder, other = Person(fake, CHAT), Person(fake, OTHER)
        for i in range(100):
            fake.send_text(CHAT, f"hello {i}")
        other.command("start")
        other.mark()
        await other.expect("What would you like support with")
        await fake.wait_until(
            lambda: any(m.text == T.SLOW_DOWN for m in flooder.new()), what="the slow-down note"
        )
        # A crisis message inside a flood is never dropped.
        fake.send_text(CHAT, "i am going to end my life")
        await flooder.expect("116 123")
        replies = [m.text for m in flooder.new()]
        assert replies.count(T.SLOW_DOWN) == 1
        assert len(replies) < 60, "most of the flood was dropped, not answered"
        assert other.new(), "the other person was answered during the flood"
