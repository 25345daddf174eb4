"""Driving the real bot through the fake Bot API: a running Application and people who tap and type."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from telegram.ext import Application

from bot.app import build_application, start_services
from bot.settings import Settings
from tests.fake_bot_api import FakeBotAPI, SentMessage

ADMIN = 4242


@asynccontextmanager
async def running_bot(
    fake: FakeBotAPI, database: Path, **overrides: Any
) -> AsyncIterator[Application]:  # type: ignore[type-arg]
    """The bot as `groupfinder run` builds it, pointed at the fake server, polling."""
    settings = Settings(
        **{
            "bot_token": fake.token,
            "api_base_url": fake.base_url,
            "database": database,
            "default_country": "GB",
            "admin_ids": frozenset({ADMIN}),
            **overrides,
        }
    )
    application = build_application(settings)
    async with application:
        await start_services(application, settings)
        await application.start()
        assert application.updater is not None
        await application.updater.start_polling(poll_interval=0, timeout=1)
        try:
            yield application
        finally:
            await application.updater.stop()
            await application.stop()
            await application.bot_data["dialogue"].store.close()


class Person:
    """Someone in a Telegram chat with the bot: what they send, and what came back since."""

    def __init__(self, fake: FakeBotAPI, chat_id: int) -> None:
        self.fake = fake
        self.chat_id = chat_id
        self.seen = len(fake.sent(chat_id))

    def mark(self) -> None:
        self.seen = len(self.fake.sent(self.chat_id))

    def new(self) -> list[SentMessage]:
        return self.fake.sent(self.chat_id)[self.seen :]

    def say(self, text: str) -> int:
        self.mark()
        return self.fake.send_text(self.chat_id, text)

    def command(self, name: str, args: str = "") -> int:
        self.mark()
        return self.fake.send_command(self.chat_id, name, args)

    def locate(self, latitude: float, longitude: float) -> int:
        self.mark()
        return self.fake.share_location(self.chat_id, latitude, longitude)

    def press(self, data: str, message_id: int) -> int:
        self.mark()
        return self.fake.press_button(self.chat_id, data, message_id=message_id)

    def tap(self, label: str) -> int:
        """Tap the button with this label on the latest message that shows it."""
        for message in reversed(self.fake.sent(self.chat_id)):
            if any(text == label for text, _ in message.buttons):
                return self.press(message.button_data(label), message.message_id)
        raise AssertionError(f"no message shows a button {label!r}")

    async def expect(self, needle: str, timeout: float = 10.0) -> str:
        """Wait for a new message containing `needle`; return all new text since the last action."""
        await self.fake.wait_until(
            lambda: any(needle in (m.text or "") for m in self.new()),
            timeout=timeout,
            what=f"a message containing {needle!r} in chat {self.chat_id}",
        )
        return "\n".join(m.text or "" for m in self.new())

    async def next_message(self, timeout: float = 10.0) -> SentMessage:
        await self.fake.wait_until(lambda: bool(self.new()), timeout=timeout, what="a reply")
        return self.new()[-1]
