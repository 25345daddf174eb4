"""A tiny driver for conversation stories: say things, tap buttons by label, read what came back."""

from __future__ import annotations

from collections.abc import Sequence

from conversations.dialogue import Command, Dialogue, Event, Location, Person, Press, Text
from conversations.reply import Button, Reply


class Chat:
    """One person talking to the dialogue, as the terminal or Telegram would relay it."""

    def __init__(self, dialogue: Dialogue, chat_id: int = 1001, language_code: str = "en") -> None:
        self.dialogue = dialogue
        self.person = Person(chat_id, chat_id, language_code)
        self.last: list[Reply] = []
        self.exchanges = 0

    async def send(self, event: Event) -> list[Reply]:
        self.exchanges += 1
        self.last = await self.dialogue.handle(self.person, event)
        return self.last

    async def say(self, text: str) -> list[Reply]:
        return await self.send(Text(text))

    async def command(self, name: str, args: str = "") -> list[Reply]:
        return await self.send(Command(name, args))

    async def locate(self, latitude: float, longitude: float) -> list[Reply]:
        return await self.send(Location(latitude, longitude))

    def buttons(self) -> list[Button]:
        return [b for r in self.last for row in r.buttons for b in row]

    def button(self, label: str) -> Button:
        for b in self.buttons():
            if b.label == label:
                return b
        raise AssertionError(f"no button {label!r}; have {[b.label for b in self.buttons()]}")

    async def tap(self, label: str) -> list[Reply]:
        return await self.send(Press(self.button(label).data))

    @property
    def text(self) -> str:
        return "\n".join(r.text for r in self.last)


def texts(replies: Sequence[Reply]) -> str:
    return "\n".join(r.text for r in replies)
