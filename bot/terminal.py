"""`groupfinder chat`: the same conversation in a terminal, with numbered choices for buttons."""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import Callable, Sequence
from typing import TextIO

from conversations.dialogue import Command, Dialogue, Event, Person, Press, Text
from conversations.reply import Button, Reply

TERMINAL_CHAT_ID = 1
INTRO = (
    "groupfinder terminal chat. Type your answer, or the number of a choice.\n"
    "Commands work as on Telegram (/start, /back, /cancel, /help, /crisis). Type /quit to leave.\n"
)


def render(replies: Sequence[Reply], out: TextIO) -> list[Button]:
    """Print replies; return the numbered buttons in the order shown."""
    numbered: list[Button] = []
    for reply in replies:
        out.write("\n" + reply.text + "\n")
        for row in reply.buttons:
            cells = []
            for button in row:
                if button.url:
                    cells.append(f"[{button.label}: {button.url}]")
                else:
                    numbered.append(button)
                    cells.append(f"[{len(numbered)}] {button.label}")
            if cells:
                out.write("   " + "   ".join(cells) + "\n")
        if reply.ask_location:
            out.write("   (type a town or city)\n")
    return numbered


def parse_line(line: str, buttons: Sequence[Button]) -> Event | None:
    """Turn a typed line into a dialogue event: a number picks a button, /x is a command."""
    text = line.strip()
    if not text:
        return None
    if text.isdigit() and 1 <= int(text) <= len(buttons):
        return Press(buttons[int(text) - 1].data)
    if text.startswith("/"):
        head, _, args = text[1:].partition(" ")
        return Command(head.lower(), args.strip())
    return Text(text)


async def chat(
    dialogue: Dialogue,
    read_line: Callable[[], str | None],
    out: TextIO = sys.stdout,
    language_code: str | None = None,
    echo: bool = False,
) -> None:
    """Run the conversation until /quit or end of input; `echo` prints piped input back."""
    person = Person(TERMINAL_CHAT_ID, None, language_code)
    out.write(INTRO)
    buttons = render(await dialogue.handle(person, Command("start")), out)
    while True:
        out.write("\n> ")
        out.flush()
        line = await asyncio.to_thread(read_line)
        if echo and line is not None:
            out.write(line if line.endswith("\n") else line + "\n")
        if line is None or line.strip() in ("/quit", "/exit"):
            out.write("\nTake care. Goodbye.\n")
            return
        event = parse_line(line, buttons)
        if event is None:
            continue
        buttons = render(await dialogue.handle(person, event), out)


def locale_language() -> str | None:
    """The terminal's language as Telegram would report it ("en_GB.UTF-8" -> "en-GB")."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        code = value.split(".", 1)[0].replace("_", "-")
        if len(code) >= 2 and code[:2].isalpha() and code not in ("C", "POSIX"):
            return code
    return None


def stdin_line() -> str | None:
    line = sys.stdin.readline()
    return None if line == "" else line
