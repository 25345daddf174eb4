"""A small fake Telegram Bot API server for end-to-end tests.

The real python-telegram-bot ``Application`` talks to it over HTTP on 127.0.0.1, in the test's
own event loop::

    async with FakeBotAPI() as fake:
        app = (
            ApplicationBuilder()
            .token(fake.token)
            .base_url(fake.base_url)
            .base_file_url(fake.base_file_url)
            .build()
        )
        ...  # add handlers, start the app, start_polling(poll_interval=0, timeout=1)
        fake.send_command(42, "start")
        [welcome] = await fake.wait_for_messages(42)
        fake.press_button(42, welcome.button_data("Yes"))

Public API
----------
``FakeBotAPI(token="123456:TEST", *, bot_username="groupfinder_test_bot",
bot_first_name="Group Finder", max_poll_wait=1.0)``

- ``token``, ``bot_id``, ``bot_username``; after start: ``port``, ``base_url``,
  ``base_file_url``.
- ``await start()``, ``await stop()``, or ``async with FakeBotAPI() as fake``.

What a person does. Each call queues one update and returns its ``update_id``. Message ids count
up per chat, shared by the person's and the bot's messages. A positive ``chat_id`` is a private
chat (``user_id`` defaults to it); a negative one is a supergroup (``user_id`` defaults to
``DEFAULT_GROUP_MEMBER``). ``first_name``/``username``/``language_code`` left as ``None`` keep
what that person had last time (at first: "Alex", no username, "en").

- ``send_text(chat_id, text, *, user_id=None, language_code=None, username=None,
  first_name=None) -> int``; a leading ``/command`` gets a ``bot_command`` entity, as Telegram
  adds one (PTB's ``CommandHandler`` only looks at that entity).
- ``send_command(chat_id, command, args="", *, mention_bot=False, ...) -> int``
- ``press_button(chat_id, data, *, message_id=None, ...) -> int``: a callback query on that
  message (default: the bot's last message in the chat with an inline keyboard); ``data`` must
  be the ``callback_data`` of a button shown on it. The query's id is ``str(update_id)``.
- ``share_location(chat_id, latitude, longitude, *, live_period=None, ...) -> int``
- ``send_document(chat_id, filename, content, mime_type, caption=None, ...) -> int``
- ``send_photo(chat_id, content=..., *, caption=None, width=800, height=600, ...) -> int``
- ``send_voice(chat_id, content=..., *, duration=2, mime_type="audio/ogg", ...) -> int``
- ``send_sticker(chat_id, emoji="🙂", *, content=..., ...) -> int``
- ``edit_text(chat_id, message_id, new_text, ...) -> int``: an ``edited_message`` update;
  ``message_id_of(update_id)`` gives the message id of an earlier ``send_*``.
- ``send_raw_update(update) -> int``: anything else; an ``update_id`` is added when missing.

Every file a person sends can be fetched by the bot with getFile and ``base_file_url``.

What the bot did:

- ``calls: list[ApiCall]`` (every request, in order), ``calls_to(method)``,
  ``rejected_calls()`` (answered with an error that no ``fail_next`` asked for).
- ``sent(chat_id=None) -> list[SentMessage]``, ``message(chat_id, message_id)``: messages from
  sendMessage, sendVenue, sendLocation, sendDocument; the objects are live (edits and deletes
  change them). ``SentMessage``: ``text`` (rendered text, caption, or "title\naddress" of a
  venue), ``reply_markup``, ``buttons`` [(label, callback_data or url)], ``button_data(label)``,
  ``location``, ``message_id``, ``method``, ``params``, ``files``, ``history``, ``deleted``.
  ``ApiCall``: ``method``, ``params`` (decoded), ``files``, ``file_names``, ``received_at``
  (monotonic), ``status``, ``response``, ``fault``.
- ``await wait_for_messages(chat_id, count=1, timeout=5.0) -> list[SentMessage]``: the next
  ``count`` messages sent in that chat since the last wait or ``mark(chat_id)``.
- ``await wait_for_edit(chat_id, message_id, *, edits=1, timeout=5.0) -> SentMessage``
- ``await wait_for_answer(update_id, timeout=5.0) -> dict``: answerCallbackQuery's parameters.
- ``await wait_for_call(method, *, where=None, timeout=5.0) -> ApiCall``
- ``await wait_until(predicate, *, timeout=5.0, what="...")``
- ``commands(scope=None, language_code="") -> list[dict]``: what setMyCommands stored.
- ``dropped_updates``: updates the bot never received because of its ``allowed_updates``.
  Every wait raises ``AssertionError`` with a dump of the chat and the last calls on timeout.

Faults: ``fail_next(method, *, times=1, kind, retry_after=1, delay=0.0)``: the next ``times``
requests to ``method`` are not carried out. "429" and "500" answer with that error in
Telegram's envelope; "drop" closes the connection without an answer; "timeout" answers nothing
until the client gives up (or ``delay`` seconds pass), then closes. ``delay`` also holds the
other kinds that long before failing.

Like Telegram, and stricter than a plain mock, the fake rejects with 400: empty or too long
text, HTML with tags Telegram does not support or that are not closed, inline buttons whose
callback_data is over 64 bytes or whose URL is not http(s)/tg, edits that change nothing, edits
or deletes of unknown messages, a second answer to one callback query. editMessageText without
a reply_markup removes the inline keyboard. getUpdates honours ``offset``, ``limit``,
``timeout`` (capped at ``max_poll_wait``) and ``allowed_updates`` (chat_member and reactions only
when asked for); a newer getUpdates ends an older one whose client still waits with 409 (a
poll PTB abandoned on stop just ends). Markdown is not checked.
An unknown method answers 404 "Not Found". Inbound helpers must be called from the loop's thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import re
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from http import HTTPStatus
from types import TracebackType
from typing import Any, Literal
from urllib.parse import parse_qsl, unquote, urlsplit

__all__ = ["DEFAULT_GROUP_MEMBER", "ApiCall", "FakeBotAPI", "FaultKind", "SentMessage"]

_LOGGER = logging.getLogger(__name__)

FaultKind = Literal["429", "500", "timeout", "drop"]

DEFAULT_GROUP_MEMBER = 7001
"""The person who writes in a group chat when a test names nobody."""


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_MAX_HOLD = 30.0  # a "timeout" fault never holds a connection longer than this
_SUPERSEDED_GRACE = 0.2  # how long an ended long poll waits to learn its client hung up
_MAX_TEXT = 4096
_MAX_CAPTION = 1024
_MAX_CALLBACK_DATA = 64
_MAX_ANSWER_TEXT = 200

_DEFAULT_UPDATE_TYPES = _words(
    "message edited_message channel_post edited_channel_post business_connection "
    "business_message edited_business_message deleted_business_messages inline_query "
    "chosen_inline_result callback_query shipping_query pre_checkout_query "
    "purchased_paid_media poll poll_answer my_chat_member chat_join_request chat_boost "
    "removed_chat_boost"
)

# Form fields are raw strings for these; every other field is JSON-encoded by PTB.
_TEXT_PARAMS = _words(
    "text caption parse_mode callback_query_id inline_message_id title address action url "
    "file_id foursquare_id foursquare_type google_place_id google_place_type language_code "
    "message_effect_id business_connection_id description short_description name emoji "
    "secret_token ip_address document photo sticker voice audio video animation thumbnail"
)

_CHAT_ACTIONS = _words(
    "typing upload_photo record_video upload_video record_voice upload_voice upload_document "
    "choose_sticker find_location record_video_note upload_video_note"
)

_HTML_TAGS = _words(
    "b strong i em u ins s strike del span tg-spoiler a code pre blockquote tg-emoji"
)

_API_PATH = re.compile(r"/bot([^/]+)/([A-Za-z0-9_]+)/?")
_FILE_PATH = re.compile(r"/file/bot([^/]+)/(.+)")
_LEADING_COMMAND = re.compile(r"/[A-Za-z0-9_]{1,32}(@[A-Za-z0-9_]+)?")
_BOT_COMMAND = re.compile(r"[a-z0-9_]{1,32}")
_NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup "
    "are exactly the same as a current content and reply markup of the message"
)
_QUERY_INVALID = "query is too old and response timeout expired or query ID is invalid"


@dataclass
class ApiCall:
    """One request the bot made, as the fake received and answered it."""

    method: str
    params: dict[str, Any]
    received_at: float  # time.monotonic()
    files: dict[str, bytes] = field(default_factory=dict)  # multipart uploads by field name
    file_names: dict[str, str] = field(default_factory=dict)
    file_types: dict[str, str] = field(default_factory=dict)
    status: int | None = None  # HTTP status answered; None while pending or when never answered
    response: dict[str, Any] | None = None
    fault: FaultKind | None = None  # set when fail_next made this call fail

    def describe(self) -> str:
        """One line for failure dumps."""
        shown = {k: v for k, v in self.params.items() if k != "reply_markup"}
        fault = f" (injected {self.fault})" if self.fault else ""
        answer = ""
        if self.response is not None and not self.response.get("ok"):
            answer = f" -> {self.response.get('description')}"
        return f"{self.method} {self.status}{fault} {shown}{answer}"


@dataclass
class SentMessage:
    """A message the bot sent, kept up to date by its later edits and deletion."""

    chat_id: int
    message_id: int
    method: str
    text: str | None  # what the person reads: text, caption, or "title\naddress" of a venue
    reply_markup: dict[str, Any] | None
    params: dict[str, Any]
    files: dict[str, bytes]
    date: int
    attachments: dict[str, Any] = field(default_factory=dict)  # location, venue, document...
    history: list[str | None] = field(default_factory=list)  # earlier texts, oldest first
    edit_date: int | None = None
    deleted: bool = False

    @property
    def buttons(self) -> list[tuple[str, str | None]]:
        """Every button in reading order as (label, callback_data or url)."""
        if not self.reply_markup:
            return []
        rows = self.reply_markup.get("inline_keyboard") or self.reply_markup.get("keyboard") or []
        flat: list[tuple[str, str | None]] = []
        for row in rows:
            for button in row:
                if isinstance(button, str):
                    flat.append((button, None))
                else:
                    flat.append(
                        (button.get("text", ""), button.get("callback_data") or button.get("url"))
                    )
        return flat

    @property
    def location(self) -> tuple[float, float] | None:
        """(latitude, longitude) for sendLocation and sendVenue messages."""
        spot = self.attachments.get("location")
        if spot is None:
            return None
        return (spot["latitude"], spot["longitude"])

    def button_data(self, label: str) -> str:
        """The callback_data of the inline button with this label."""
        for text, data in self._inline_buttons():
            if text == label and data is not None:
                return data
        raise AssertionError(f"no inline button {label!r} on {self.describe()}")

    def describe(self) -> str:
        """One line for failure dumps."""
        flags = " (deleted)" if self.deleted else ""
        flags += f" (edited {len(self.history)}x)" if self.history else ""
        buttons = f" buttons={self.buttons}" if self.buttons else ""
        return f"#{self.message_id} {self.method}{flags}: {self.text!r}{buttons}"

    def _inline_buttons(self) -> list[tuple[str, str | None]]:
        if not self.reply_markup or "inline_keyboard" not in self.reply_markup:
            return []
        return [
            (button.get("text", ""), button.get("callback_data"))
            for row in self.reply_markup["inline_keyboard"]
            for button in row
        ]


@dataclass
class _Fault:
    kind: FaultKind
    retry_after: int
    delay: float


@dataclass
class _Person:
    user_id: int
    first_name: str = "Alex"
    username: str | None = None
    language_code: str = "en"

    def as_json(self) -> dict[str, Any]:
        user: dict[str, Any] = {
            "id": self.user_id,
            "is_bot": False,
            "first_name": self.first_name,
            "language_code": self.language_code,
        }
        if self.username:
            user["username"] = self.username
        return user


@dataclass
class _Chat:
    chat_id: int
    info: dict[str, Any]
    next_message_id: int = 1
    bot_messages: list[SentMessage] = field(default_factory=list)
    person_messages: dict[int, dict[str, Any]] = field(default_factory=dict)
    seen: int = 0  # how many bot messages wait_for_messages already handed out

    def take_message_id(self) -> int:
        message_id = self.next_message_id
        self.next_message_id += 1
        return message_id


@dataclass
class _StoredFile:
    file_id: str
    file_unique_id: str
    file_path: str
    content: bytes

    def as_json(self) -> dict[str, Any]:
        return {
            "file_id": self.file_id,
            "file_unique_id": self.file_unique_id,
            "file_size": len(self.content),
            "file_path": self.file_path,
        }


@dataclass
class _CallbackQuery:
    chat_id: int
    message_id: int
    answer: dict[str, Any] | None = None


@dataclass
class _HttpRequest:
    method: str
    target: str
    headers: dict[str, str]
    body: bytes


@dataclass
class _HttpAnswer:
    status: int
    body: bytes
    content_type: str = "application/json"

    def encode(self) -> bytes:
        head = (
            f"HTTP/1.1 {self.status} {HTTPStatus(self.status).phrase}\r\n"
            f"Content-Type: {self.content_type}\r\n"
            f"Content-Length: {len(self.body)}\r\n"
            "Connection: keep-alive\r\n\r\n"
        )
        return head.encode("latin-1") + self.body


class _ApiError(Exception):
    """An error answer in Telegram's envelope."""

    def __init__(self, code: int, description: str, parameters: dict[str, Any] | None = None):
        super().__init__(description)
        self.code = code
        self.description = description
        self.parameters = parameters

    def envelope(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "ok": False,
            "error_code": self.code,
            "description": self.description,
        }
        if self.parameters:
            body["parameters"] = self.parameters
        return body


class _ClientGone(Exception):
    """The client hung up before its answer was ready; nobody is left to answer."""


def _bad_request(detail: str) -> _ApiError:
    return _ApiError(400, f"Bad Request: {detail}")


class _TelegramHtml(HTMLParser):
    """Renders Telegram's HTML subset as the text a person reads; raises where Telegram would."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.open_tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _HTML_TAGS:
            raise _bad_request(f'can\'t parse entities: Unsupported start tag "{tag}"')
        self.open_tags.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        raise _bad_request(f'can\'t parse entities: Unsupported start tag "{tag}"')

    def handle_endtag(self, tag: str) -> None:
        if not self.open_tags or self.open_tags[-1] != tag:
            raise _bad_request(f'can\'t parse entities: Unmatched end tag "{tag}"')
        self.open_tags.pop()

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def _render(raw: str, parse_mode: Any) -> str:
    if not isinstance(parse_mode, str) or parse_mode.upper() != "HTML":
        return raw
    parser = _TelegramHtml()
    parser.feed(raw)
    parser.close()
    if parser.open_tags:
        tag = parser.open_tags[-1]
        raise _bad_request(
            f"can't parse entities: Can't find end tag corresponding to start tag \"{tag}\""
        )
    return "".join(parser.parts)


def _decode_field(name: str, raw: str) -> Any:
    if name in _TEXT_PARAMS:
        return raw
    try:
        return json.loads(raw)
    except ValueError:
        return raw


def _parse_multipart(content_type: str, body: bytes) -> tuple[dict[str, Any], dict[str, Any]]:
    """Splits a multipart/form-data body into plain fields and (filename, mime, bytes) files."""
    match = re.search(r'boundary="?([^";]+)"?', content_type)
    if match is None:
        raise _bad_request("multipart boundary is missing")
    delimiter = b"--" + match.group(1).encode("latin-1")
    fields: dict[str, Any] = {}
    files: dict[str, Any] = {}
    for chunk in body.split(delimiter)[1:]:
        if chunk.startswith(b"--"):
            break
        head, _, content = chunk.removeprefix(b"\r\n").partition(b"\r\n\r\n")
        content = content.removesuffix(b"\r\n")
        headers = head.decode("utf-8", "replace").lower()
        original = head.decode("utf-8", "replace")
        name = re.search(r'\bname="([^"]*)"', original, re.IGNORECASE)
        if name is None:
            continue
        filename = re.search(r'\bfilename="([^"]*)"', original, re.IGNORECASE)
        mime = re.search(r"content-type:\s*([^\r\n]+)", headers)
        if filename is None:
            fields[name.group(1)] = content.decode("utf-8")
        else:
            files[name.group(1)] = (
                unquote(filename.group(1)),
                mime.group(1).strip() if mime else "application/octet-stream",
                content,
            )
    return fields, files


async def _read_chunked(reader: asyncio.StreamReader) -> bytes:
    chunks: list[bytes] = []
    while True:
        size = int((await reader.readline()).split(b";")[0].strip() or b"0", 16)
        if size == 0:
            while (await reader.readline()) not in (b"\r\n", b"\n", b""):
                pass
            return b"".join(chunks)
        chunks.append(await reader.readexactly(size))
        await reader.readexactly(2)


async def _read_request(reader: asyncio.StreamReader) -> _HttpRequest | None:
    line = await reader.readline()
    if not line:
        return None
    parts = line.decode("latin-1").split()
    if len(parts) != 3:
        raise ValueError(f"bad request line {line!r}")
    headers: dict[str, str] = {}
    while True:
        raw = await reader.readline()
        if raw in (b"\r\n", b"\n"):
            break
        if not raw:
            raise ConnectionResetError("connection closed inside the headers")
        name, _, value = raw.decode("latin-1").partition(":")
        headers[name.strip().lower()] = value.strip()
    if headers.get("transfer-encoding", "").lower() == "chunked":
        body = await _read_chunked(reader)
    else:
        body = await reader.readexactly(int(headers.get("content-length") or 0))
    return _HttpRequest(parts[0].upper(), parts[1], headers, body)


def _json_answer(status: int, payload: dict[str, Any]) -> _HttpAnswer:
    return _HttpAnswer(status, json.dumps(payload).encode("utf-8"))


def _check_markup(markup: Any) -> dict[str, Any] | None:
    if markup is None:
        return None
    if not isinstance(markup, dict):
        raise _bad_request("can't parse reply keyboard markup JSON object")
    for row in markup.get("inline_keyboard", []):
        for button in row:
            _check_inline_button(button)
    return markup


def _check_inline_button(button: Any) -> None:
    if not isinstance(button, dict) or not button.get("text"):
        raise _bad_request("BUTTON_TEXT_INVALID")
    actions = set(button) - {"text"}
    if not actions:
        raise _bad_request("text buttons are unallowed in the inline keyboard")
    data = button.get("callback_data")
    if data is not None and not 1 <= len(str(data).encode("utf-8")) <= _MAX_CALLBACK_DATA:
        raise _bad_request("BUTTON_DATA_INVALID")
    url = button.get("url")
    if url is not None:
        parts = urlsplit(str(url))
        if parts.scheme not in ("http", "https", "tg") or (
            parts.scheme != "tg" and not parts.netloc
        ):
            raise _bad_request(f"inline keyboard button URL '{url}' is invalid: Wrong HTTP URL")


def _inline_part(markup: dict[str, Any] | None) -> dict[str, Any] | None:
    if markup and "inline_keyboard" in markup:
        return markup
    return None


def _text_fields(text: str) -> dict[str, Any]:
    fields: dict[str, Any] = {"text": text}
    command = _LEADING_COMMAND.match(text)
    if command is not None:
        length = len(command.group(0).encode("utf-16-le")) // 2  # offsets count UTF-16 units
        fields["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
    return fields


def _update_type(update: dict[str, Any]) -> str:
    return next((key for key in update if key != "update_id"), "")


class FakeBotAPI:
    """A Telegram Bot API server on 127.0.0.1 for one bot; see the module docstring."""

    def __init__(
        self,
        token: str = "123456:TEST",
        *,
        bot_username: str = "groupfinder_test_bot",
        bot_first_name: str = "Group Finder",
        max_poll_wait: float = 1.0,
    ) -> None:
        self.token = token
        self.bot_id = int(token.split(":", 1)[0])
        self.bot_username = bot_username
        self.bot_first_name = bot_first_name
        self.max_poll_wait = max_poll_wait
        self.calls: list[ApiCall] = []
        self.dropped_updates: list[dict[str, Any]] = []
        self._server: asyncio.Server | None = None
        self._port: int | None = None
        self._connections: dict[asyncio.Task[None], asyncio.StreamWriter] = {}
        self._stopping = asyncio.Event()
        self._changed = asyncio.Event()
        self._queue: list[dict[str, Any]] = []
        self._next_update_id = 100_001
        self._allowed_updates: frozenset[str] = _DEFAULT_UPDATE_TYPES
        self._poll_generation = 0
        self._webhook_url = ""
        self._chats: dict[int, _Chat] = {}
        self._people: dict[int, _Person] = {}
        self._files: dict[str, _StoredFile] = {}
        self._files_by_path: dict[str, _StoredFile] = {}
        self._next_file = 1
        self._callbacks: dict[str, _CallbackQuery] = {}
        self._message_ids: dict[int, int] = {}  # update_id -> the person's message_id
        self._faults: dict[str, deque[_Fault]] = {}
        self._commands: dict[tuple[str, str], list[dict[str, Any]]] = {}
        self._methods: dict[str, Callable[[ApiCall], Any]] = {
            "getme": self._get_me,
            "deletewebhook": self._delete_webhook,
            "setwebhook": self._set_webhook,
            "getwebhookinfo": self._get_webhook_info,
            "setmycommands": self._set_my_commands,
            "getmycommands": self._get_my_commands,
            "deletemycommands": self._delete_my_commands,
            "sendmessage": self._send_message,
            "editmessagetext": self._edit_message_text,
            "editmessagereplymarkup": self._edit_message_reply_markup,
            "answercallbackquery": self._answer_callback_query,
            "sendvenue": self._send_venue,
            "sendlocation": self._send_location,
            "senddocument": self._send_document,
            "getfile": self._get_file,
            "sendchataction": self._send_chat_action,
            "deletemessage": self._delete_message,
            "getchat": self._get_chat,
        }

    # --- lifecycle -------------------------------------------------------------------------

    async def start(self) -> None:
        """Listens on a free port of 127.0.0.1."""
        self._stopping.clear()
        self._server = await asyncio.start_server(self._serve_connection, "127.0.0.1", 0)
        self._port = int(self._server.sockets[0].getsockname()[1])

    async def stop(self) -> None:
        """Ends pending long polls and held requests, closes every connection."""
        self._stopping.set()
        self._notify()
        if self._server is not None:
            self._server.close()
        for writer in self._connections.values():
            writer.close()  # the reader sees EOF and the connection's task ends by itself
        if self._connections:
            _, stuck = await asyncio.wait(list(self._connections), timeout=2.0)
            for task in stuck:
                task.cancel()
        if self._server is not None:
            await self._server.wait_closed()
            self._server = None

    async def __aenter__(self) -> FakeBotAPI:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    @property
    def port(self) -> int:
        """The port the server listens on."""
        if self._port is None:
            raise RuntimeError("FakeBotAPI is not started")
        return self._port

    @property
    def base_url(self) -> str:
        """Give to ApplicationBuilder().base_url(...)."""
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        """Give to ApplicationBuilder().base_file_url(...)."""
        return f"http://127.0.0.1:{self.port}/file/bot"

    # --- what a person does ----------------------------------------------------------------

    def send_text(
        self,
        chat_id: int,
        text: str,
        *,
        user_id: int | None = None,
        language_code: str | None = None,
        username: str | None = None,
        first_name: str | None = None,
    ) -> int:
        """A person writes `text`; returns the update_id."""
        person = self._person(chat_id, user_id, first_name, username, language_code)
        return self._person_message(chat_id, person, _text_fields(text))

    def send_command(
        self,
        chat_id: int,
        command: str,
        args: str = "",
        *,
        mention_bot: bool = False,
        user_id: int | None = None,
        language_code: str | None = None,
        username: str | None = None,
        first_name: str | None = None,
    ) -> int:
        """A person sends `/command args` (with the bot_command entity); returns the update_id."""
        text = "/" + command.removeprefix("/")
        if mention_bot:
            text += f"@{self.bot_username}"
        if args:
            text += f" {args}"
        return self.send_text(
            chat_id,
            text,
            user_id=user_id,
            language_code=language_code,
            username=username,
            first_name=first_name,
        )

    def press_button(
        self,
        chat_id: int,
        data: str,
        *,
        message_id: int | None = None,
        user_id: int | None = None,
        language_code: str | None = None,
        username: str | None = None,
        first_name: str | None = None,
    ) -> int:
        """A person taps the inline button carrying `data`; returns the update_id."""
        chat = self._chats.get(chat_id)
        shown = [m for m in (chat.bot_messages if chat else []) if not m.deleted]
        if message_id is None:
            with_keyboard = [m for m in shown if m._inline_buttons()]
            if not with_keyboard:
                raise AssertionError(
                    f"no bot message with buttons in chat {chat_id}\n{self._dump(chat_id)}"
                )
            target = with_keyboard[-1]
        else:
            found = [m for m in shown if m.message_id == message_id]
            if not found:
                raise AssertionError(
                    f"no bot message #{message_id} in chat {chat_id}\n{self._dump(chat_id)}"
                )
            target = found[0]
        if data not in [d for _, d in target._inline_buttons()]:
            raise AssertionError(f"no button with data {data!r} on {target.describe()}")
        person = self._person(chat_id, user_id, first_name, username, language_code)
        update_id = self._take_update_id()
        query_id = str(update_id)
        self._callbacks[query_id] = _CallbackQuery(chat_id, target.message_id)
        query = {
            "id": query_id,
            "from": person.as_json(),
            "message": self._bot_message_json(target),
            "chat_instance": f"instance{chat_id}",
            "data": data,
        }
        return self._enqueue({"callback_query": query}, update_id)

    def share_location(
        self,
        chat_id: int,
        latitude: float,
        longitude: float,
        *,
        live_period: int | None = None,
        horizontal_accuracy: float | None = None,
        user_id: int | None = None,
        language_code: str | None = None,
    ) -> int:
        """A person shares a location; returns the update_id."""
        person = self._person(chat_id, user_id, None, None, language_code)
        location: dict[str, Any] = {"latitude": latitude, "longitude": longitude}
        if live_period is not None:
            location["live_period"] = live_period
        if horizontal_accuracy is not None:
            location["horizontal_accuracy"] = horizontal_accuracy
        return self._person_message(chat_id, person, {"location": location})

    def send_document(
        self,
        chat_id: int,
        filename: str,
        content: bytes,
        mime_type: str,
        caption: str | None = None,
        *,
        user_id: int | None = None,
        language_code: str | None = None,
    ) -> int:
        """A person sends a file the bot can download; returns the update_id."""
        person = self._person(chat_id, user_id, None, None, language_code)
        stored = self._store_file("documents", filename, content)
        document = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_name": filename,
            "mime_type": mime_type,
            "file_size": len(content),
        }
        return self._person_message(
            chat_id, person, self._with_caption({"document": document}, caption)
        )

    def send_photo(
        self,
        chat_id: int,
        content: bytes = b"\xff\xd8\xff\xe0 fake jpeg",
        *,
        caption: str | None = None,
        width: int = 800,
        height: int = 600,
        user_id: int | None = None,
        language_code: str | None = None,
    ) -> int:
        """A person sends a photo (a thumbnail and the full size); returns the update_id."""
        person = self._person(chat_id, user_id, None, None, language_code)
        sizes = []
        for w, h in ((90, max(1, round(90 * height / width))), (width, height)):
            stored = self._store_file("photos", "photo.jpg", content)
            sizes.append(
                {
                    "file_id": stored.file_id,
                    "file_unique_id": stored.file_unique_id,
                    "width": w,
                    "height": h,
                    "file_size": len(content),
                }
            )
        return self._person_message(chat_id, person, self._with_caption({"photo": sizes}, caption))

    def send_voice(
        self,
        chat_id: int,
        content: bytes = b"OggS fake voice",
        *,
        duration: int = 2,
        mime_type: str = "audio/ogg",
        user_id: int | None = None,
        language_code: str | None = None,
    ) -> int:
        """A person sends a voice note; returns the update_id."""
        person = self._person(chat_id, user_id, None, None, language_code)
        stored = self._store_file("voice", "voice.oga", content)
        voice = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "duration": duration,
            "mime_type": mime_type,
            "file_size": len(content),
        }
        return self._person_message(chat_id, person, {"voice": voice})

    def send_sticker(
        self,
        chat_id: int,
        emoji: str = "🙂",
        *,
        content: bytes = b"RIFF fake webp",
        user_id: int | None = None,
        language_code: str | None = None,
    ) -> int:
        """A person sends a sticker; returns the update_id."""
        person = self._person(chat_id, user_id, None, None, language_code)
        stored = self._store_file("stickers", "sticker.webp", content)
        sticker = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
            "emoji": emoji,
            "file_size": len(content),
        }
        return self._person_message(chat_id, person, {"sticker": sticker})

    def edit_text(
        self,
        chat_id: int,
        message_id: int,
        new_text: str,
        *,
        user_id: int | None = None,
        language_code: str | None = None,
    ) -> int:
        """A person edits a text message they sent; returns the update_id."""
        chat = self._chats.get(chat_id)
        original = chat.person_messages.get(message_id) if chat else None
        if original is None:
            raise AssertionError(f"the person sent no message #{message_id} in chat {chat_id}")
        person = self._person(chat_id, user_id, None, None, language_code)
        original.pop("entities", None)
        original.update(_text_fields(new_text))
        original["edit_date"] = int(time.time())
        original["from"] = person.as_json()
        return self._enqueue({"edited_message": json.loads(json.dumps(original))})

    def message_id_of(self, update_id: int) -> int:
        """The message_id of the person's message that update `update_id` carried."""
        if update_id not in self._message_ids:
            raise AssertionError(f"update {update_id} carried no message from a person")
        return self._message_ids[update_id]

    def send_raw_update(self, update: dict[str, Any]) -> int:
        """Queues any update as given; adds an update_id when it has none; returns it."""
        body = {k: v for k, v in update.items() if k != "update_id"}
        given = update.get("update_id")
        if isinstance(given, int):
            self._next_update_id = max(self._next_update_id, given + 1)
            return self._enqueue(body, given)
        return self._enqueue(body)

    # --- what the bot did ------------------------------------------------------------------

    def calls_to(self, method: str) -> list[ApiCall]:
        """Every call to `method` (any letter case), in order."""
        return [c for c in self.calls if c.method.lower() == method.lower()]

    def rejected_calls(self) -> list[ApiCall]:
        """Calls the fake answered with an error that no fail_next asked for."""
        return [
            c for c in self.calls if c.fault is None and c.status is not None and c.status >= 400
        ]

    def sent(self, chat_id: int | None = None) -> list[SentMessage]:
        """The bot's messages (live objects), in one chat or in all, in order."""
        if chat_id is None:
            chats = list(self._chats.values())
        else:
            chats = [self._chats[chat_id]] if chat_id in self._chats else []
        return [m for chat in chats for m in chat.bot_messages]

    def message(self, chat_id: int, message_id: int) -> SentMessage:
        """The bot's message with this id in this chat."""
        for sent in self.sent(chat_id):
            if sent.message_id == message_id:
                return sent
        raise AssertionError(f"the bot sent no message #{message_id} in chat {chat_id}")

    def mark(self, chat_id: int) -> None:
        """Makes wait_for_messages count only messages sent from now on."""
        self._chat(chat_id).seen = len(self._chat(chat_id).bot_messages)

    async def wait_for_messages(
        self, chat_id: int, count: int = 1, timeout: float = 5.0
    ) -> list[SentMessage]:
        """The next `count` bot messages in the chat since the last wait or mark."""
        chat = self._chat(chat_id)
        await self.wait_until(
            lambda: len(chat.bot_messages) - chat.seen >= count,
            timeout=timeout,
            what=f"{count} new message(s) in chat {chat_id}",
            chat_id=chat_id,
        )
        fresh = chat.bot_messages[chat.seen : chat.seen + count]
        chat.seen += count
        return fresh

    async def wait_for_edit(
        self, chat_id: int, message_id: int, *, edits: int = 1, timeout: float = 5.0
    ) -> SentMessage:
        """The bot's message once it has been edited at least `edits` times in all."""
        sent = self.message(chat_id, message_id)
        await self.wait_until(
            lambda: len(sent.history) >= edits,
            timeout=timeout,
            what=f"edit #{edits} of message #{message_id} in chat {chat_id}",
            chat_id=chat_id,
        )
        return sent

    async def wait_for_answer(self, update_id: int, timeout: float = 5.0) -> dict[str, Any]:
        """The parameters of answerCallbackQuery for the button press `update_id`."""
        query = self._callbacks.get(str(update_id))
        if query is None:
            raise AssertionError(f"update {update_id} was not a button press")
        await self.wait_until(
            lambda: query.answer is not None,
            timeout=timeout,
            what=f"an answer to the button press {update_id}",
            chat_id=query.chat_id,
        )
        assert query.answer is not None
        return query.answer

    async def wait_for_call(
        self,
        method: str,
        *,
        where: Callable[[ApiCall], bool] | None = None,
        timeout: float = 5.0,
    ) -> ApiCall:
        """The first answered call to `method` (matching `where`), waiting for it if needed."""

        def find() -> ApiCall | None:
            for call in self.calls_to(method):
                if call.response is not None and (where is None or where(call)):
                    return call
            return None

        await self.wait_until(lambda: find() is not None, timeout=timeout, what=f"a {method} call")
        found = find()
        assert found is not None
        return found

    async def wait_until(
        self,
        predicate: Callable[[], bool],
        *,
        timeout: float = 5.0,
        what: str = "the condition",
        chat_id: int | None = None,
    ) -> None:
        """Returns once `predicate()` holds; raises AssertionError with a dump after `timeout`."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not predicate():
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise AssertionError(
                    f"timed out after {timeout}s waiting for {what}\n{self._dump(chat_id)}"
                )
            await self._wait_for_change(remaining)

    def commands(
        self, scope: dict[str, Any] | None = None, language_code: str = ""
    ) -> list[dict[str, Any]]:
        """The bot's command list for this scope and language, as setMyCommands stored it."""
        return list(self._commands.get(self._commands_key(scope, language_code), []))

    # --- faults ----------------------------------------------------------------------------

    def fail_next(
        self,
        method: str,
        *,
        times: int = 1,
        kind: FaultKind,
        retry_after: int = 1,
        delay: float = 0.0,
    ) -> None:
        """Makes the next `times` requests to `method` fail in the way `kind` names."""
        queue = self._faults.setdefault(method.lower(), deque())
        queue.extend(_Fault(kind, retry_after, delay) for _ in range(times))

    # --- HTTP ------------------------------------------------------------------------------

    async def _serve_connection(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._connections[task] = writer
        try:
            while not self._stopping.is_set():
                request = await _read_request(reader)
                if request is None:
                    break
                answer = await self._answer(request, reader)
                if answer is None:
                    break
                writer.write(answer.encode())
                await writer.drain()
                if request.headers.get("connection", "").lower() == "close":
                    break
        except (ConnectionError, asyncio.IncompleteReadError, ValueError) as exc:
            _LOGGER.debug("fake Bot API connection ended: %r", exc)
        except asyncio.CancelledError:
            # Only stop() cancels, and asyncio's stream callback would log the cancelled task.
            _LOGGER.debug("fake Bot API connection cancelled on stop")
        finally:
            self._connections.pop(task, None)
            writer.close()
            with contextlib.suppress(ConnectionError, asyncio.CancelledError):
                await writer.wait_closed()

    async def _answer(
        self, request: _HttpRequest, reader: asyncio.StreamReader
    ) -> _HttpAnswer | None:
        target = urlsplit(request.target)
        path = unquote(target.path)
        api = _API_PATH.fullmatch(path)
        if api is not None:
            return await self._answer_api(api.group(1), api.group(2), request, target.query, reader)
        download = _FILE_PATH.fullmatch(path)
        if download is not None and download.group(1) == self.token:
            stored = self._files_by_path.get(download.group(2))
            if stored is not None:
                return _HttpAnswer(200, stored.content, "application/octet-stream")
        return _json_answer(404, {"ok": False, "error_code": 404, "description": "Not Found"})

    async def _answer_api(
        self,
        token: str,
        method: str,
        request: _HttpRequest,
        query: str,
        reader: asyncio.StreamReader,
    ) -> _HttpAnswer | None:
        call = ApiCall(method, {}, time.monotonic())
        self.calls.append(call)
        try:
            self._decode_params(call, request, query)
            if token != self.token:
                raise _ApiError(401, "Unauthorized")
            faults = self._faults.get(method.lower())
            if faults:
                return await self._fail(call, faults.popleft(), reader)
            envelope: dict[str, Any] = {"ok": True, "result": await self._dispatch(call, reader)}
            status = 200
        except _ApiError as err:
            status, envelope = err.code, err.envelope()
        except _ClientGone:
            self._notify()
            return None
        except Exception as exc:  # a bug in the fake must show up in the test, not hang it
            _LOGGER.exception("fake Bot API failed on %s", method)
            status = 500
            envelope = {"ok": False, "error_code": 500, "description": f"fake server bug: {exc!r}"}
        call.status, call.response = status, envelope
        self._notify()
        return _json_answer(status, envelope)

    def _decode_params(self, call: ApiCall, request: _HttpRequest, query: str) -> None:
        content_type = request.headers.get("content-type", "")
        raw_fields: dict[str, Any] = dict(parse_qsl(query, keep_blank_values=True))
        if content_type.startswith("application/json") and request.body:
            decoded = json.loads(request.body)
            if not isinstance(decoded, dict):
                raise _bad_request("parameters must be a JSON object")
            call.params.update(decoded)
        elif content_type.startswith("multipart/form-data"):
            fields, files = _parse_multipart(content_type, request.body)
            raw_fields.update(fields)
            for name, (filename, mime, content) in files.items():
                call.files[name] = content
                call.file_names[name] = filename
                call.file_types[name] = mime
        elif request.body:
            raw_fields.update(parse_qsl(request.body.decode("utf-8"), keep_blank_values=True))
        for name, raw in raw_fields.items():
            call.params[name] = _decode_field(name, raw)

    async def _fail(
        self, call: ApiCall, fault: _Fault, reader: asyncio.StreamReader
    ) -> _HttpAnswer | None:
        call.fault = fault.kind
        if fault.kind == "timeout":
            await self._hold(reader, fault.delay or _MAX_HOLD)
            self._notify()
            return None
        if fault.delay:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stopping.wait(), fault.delay)
        if fault.kind == "drop":
            self._notify()
            return None
        if fault.kind == "429":
            error = _ApiError(
                429,
                f"Too Many Requests: retry after {fault.retry_after}",
                {"retry_after": fault.retry_after},
            )
        else:
            error = _ApiError(500, "Internal Server Error")
        call.status, call.response = error.code, error.envelope()
        self._notify()
        return _json_answer(error.code, error.envelope())

    async def _hold(self, reader: asyncio.StreamReader, limit: float) -> bool:
        """Waits until the client hangs up, the server stops or `limit` passes; True if hung up."""
        # A client that closes its end (it timed out or gave up) shows as EOF on the reader;
        # httpx sends nothing else on a connection while it waits for an answer.
        client_gone = asyncio.ensure_future(reader.read(1))
        stopping = asyncio.ensure_future(self._stopping.wait())
        try:
            await asyncio.wait(
                {client_gone, stopping}, timeout=limit, return_when=asyncio.FIRST_COMPLETED
            )
        finally:
            client_gone.cancel()
            stopping.cancel()
        return client_gone.done() and not client_gone.cancelled() and client_gone.result() == b""

    # --- Bot API methods -------------------------------------------------------------------

    async def _dispatch(self, call: ApiCall, reader: asyncio.StreamReader) -> Any:
        name = call.method.lower()
        if name == "getupdates":
            return await self._get_updates(call.params, reader)
        handler = self._methods.get(name)
        if handler is None:
            raise _ApiError(404, "Not Found")
        return handler(call)

    async def _get_updates(
        self, params: dict[str, Any], reader: asyncio.StreamReader
    ) -> list[dict[str, Any]]:
        if self._webhook_url:
            raise _ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        self._poll_generation += 1
        generation = self._poll_generation
        self._notify()  # an older long poll still waiting must end now
        offset = int(params.get("offset") or 0)
        limit = min(max(int(params.get("limit") or 100), 1), 100)
        allowed = params.get("allowed_updates")
        if isinstance(allowed, list):
            self._allowed_updates = frozenset(allowed) if allowed else _DEFAULT_UPDATE_TYPES
        if offset > 0:
            self._queue = [u for u in self._queue if u["update_id"] >= offset]
        elif offset < 0:
            self._queue = self._queue[offset:]
        loop = asyncio.get_running_loop()
        deadline = loop.time() + min(float(params.get("timeout") or 0), self.max_poll_wait)
        while True:
            if generation != self._poll_generation:
                # PTB abandons its long poll when it stops; only a client still there hears 409.
                if await self._hold(reader, _SUPERSEDED_GRACE):
                    raise _ClientGone
                raise _ApiError(
                    409,
                    "Conflict: terminated by other getUpdates request; "
                    "make sure that only one bot instance is running",
                )
            self._drop_unwanted_updates()
            if self._queue:
                delivered: list[dict[str, Any]] = json.loads(json.dumps(self._queue[:limit]))
                return delivered
            remaining = deadline - loop.time()
            if remaining <= 0 or self._stopping.is_set():
                return []
            await self._wait_for_change(remaining)

    def _get_me(self, call: ApiCall) -> dict[str, Any]:
        return {
            **self._bot_user(),
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    def _delete_webhook(self, call: ApiCall) -> bool:
        self._webhook_url = ""
        if call.params.get("drop_pending_updates"):
            self._queue.clear()
        return True

    def _set_webhook(self, call: ApiCall) -> bool:
        self._webhook_url = str(call.params.get("url") or "")
        if call.params.get("drop_pending_updates"):
            self._queue.clear()
        return True

    def _get_webhook_info(self, call: ApiCall) -> dict[str, Any]:
        return {
            "url": self._webhook_url,
            "has_custom_certificate": False,
            "pending_update_count": len(self._queue),
        }

    @staticmethod
    def _commands_key(scope: Any, language_code: Any) -> tuple[str, str]:
        scope = scope if isinstance(scope, dict) else {"type": "default"}
        return (json.dumps(scope, sort_keys=True), str(language_code or ""))

    def _set_my_commands(self, call: ApiCall) -> bool:
        commands = call.params.get("commands")
        if not isinstance(commands, list):
            raise _bad_request("commands is empty")
        for command in commands:
            if not isinstance(command, dict) or not _BOT_COMMAND.fullmatch(
                str(command.get("command"))
            ):
                raise _bad_request("BOT_COMMAND_INVALID")
            if not 1 <= len(str(command.get("description") or "")) <= 256:
                raise _bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
        key = self._commands_key(call.params.get("scope"), call.params.get("language_code"))
        self._commands[key] = [
            {"command": c["command"], "description": c["description"]} for c in commands
        ]
        return True

    def _get_my_commands(self, call: ApiCall) -> list[dict[str, Any]]:
        return self.commands(call.params.get("scope"), str(call.params.get("language_code") or ""))

    def _delete_my_commands(self, call: ApiCall) -> bool:
        key = self._commands_key(call.params.get("scope"), call.params.get("language_code"))
        self._commands.pop(key, None)
        return True

    def _send_message(self, call: ApiCall) -> dict[str, Any]:
        chat_id = self._target_chat(call.params)
        text = _render(str(call.params.get("text") or ""), call.params.get("parse_mode"))
        if not text.strip():
            raise _bad_request("message text is empty")
        if len(text) > _MAX_TEXT:
            raise _bad_request("message is too long")
        markup = _check_markup(call.params.get("reply_markup"))
        return self._store_bot_message(call, chat_id, text, markup, {})

    def _send_location(self, call: ApiCall) -> dict[str, Any]:
        chat_id = self._target_chat(call.params)
        location = self._location(call.params)
        markup = _check_markup(call.params.get("reply_markup"))
        return self._store_bot_message(call, chat_id, None, markup, {"location": location})

    def _send_venue(self, call: ApiCall) -> dict[str, Any]:
        chat_id = self._target_chat(call.params)
        location = self._location(call.params)
        title = self._required(call.params, "title")
        address = self._required(call.params, "address")
        venue = {"location": location, "title": title, "address": address}
        for extra in ("foursquare_id", "foursquare_type", "google_place_id", "google_place_type"):
            if extra in call.params:
                venue[extra] = call.params[extra]
        markup = _check_markup(call.params.get("reply_markup"))
        attachments = {"venue": venue, "location": location}
        return self._store_bot_message(call, chat_id, f"{title}\n{address}", markup, attachments)

    def _send_document(self, call: ApiCall) -> dict[str, Any]:
        chat_id = self._target_chat(call.params)
        if "document" in call.files:
            name = call.file_names.get("document") or "document"
            mime = call.file_types.get("document", "application/octet-stream")
            stored = self._store_file("documents", name, call.files["document"])
        else:
            reference = call.params.get("document")
            if not isinstance(reference, str) or not reference:
                raise _bad_request("there is no document in the request")
            known = self._files.get(reference)
            if known is None and not reference.startswith(("http://", "https://")):
                raise _bad_request("wrong file identifier/HTTP URL specified")
            name = reference.rsplit("/", 1)[-1]
            mime = "application/octet-stream"
            stored = known or self._store_file("documents", name, b"")
        caption = _render(str(call.params.get("caption") or ""), call.params.get("parse_mode"))
        if len(caption) > _MAX_CAPTION:
            raise _bad_request("message caption is too long")
        document = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_name": name,
            "mime_type": mime,
            "file_size": len(stored.content),
        }
        markup = _check_markup(call.params.get("reply_markup"))
        return self._store_bot_message(
            call, chat_id, caption or None, markup, {"document": document}
        )

    def _edit_message_text(self, call: ApiCall) -> dict[str, Any] | bool:
        if "inline_message_id" in call.params:
            return True
        sent = self._editable(call.params)
        if sent.method != "sendMessage":
            raise _bad_request("there is no text in the message to edit")
        text = _render(str(call.params.get("text") or ""), call.params.get("parse_mode"))
        if not text.strip():
            raise _bad_request("message text is empty")
        if len(text) > _MAX_TEXT:
            raise _bad_request("message is too long")
        markup = _check_markup(call.params.get("reply_markup"))
        return self._apply_edit(sent, text, markup)

    def _edit_message_reply_markup(self, call: ApiCall) -> dict[str, Any] | bool:
        if "inline_message_id" in call.params:
            return True
        sent = self._editable(call.params)
        markup = _check_markup(call.params.get("reply_markup"))
        return self._apply_edit(sent, sent.text, markup)

    def _answer_callback_query(self, call: ApiCall) -> bool:
        query_id = self._required(call.params, "callback_query_id")
        query = self._callbacks.get(str(query_id))
        if query is None or query.answer is not None:
            raise _bad_request(_QUERY_INVALID)
        if len(str(call.params.get("text") or "")) > _MAX_ANSWER_TEXT:
            raise _bad_request("MESSAGE_TOO_LONG")
        query.answer = dict(call.params)
        return True

    def _get_file(self, call: ApiCall) -> dict[str, Any]:
        stored = self._files.get(str(call.params.get("file_id") or ""))
        if stored is None:
            raise _bad_request("invalid file_id")
        return stored.as_json()

    def _send_chat_action(self, call: ApiCall) -> bool:
        self._target_chat(call.params)
        if call.params.get("action") not in _CHAT_ACTIONS:
            raise _bad_request("wrong parameter action in request")
        return True

    def _delete_message(self, call: ApiCall) -> bool:
        chat_id = self._target_chat(call.params)
        message_id = call.params.get("message_id")
        chat = self._chats.get(chat_id)
        if chat is not None:
            for sent in chat.bot_messages:
                if sent.message_id == message_id and not sent.deleted:
                    sent.deleted = True
                    self._notify()
                    return True
            if isinstance(message_id, int) and message_id in chat.person_messages:
                del chat.person_messages[message_id]
                return True
        raise _bad_request("message to delete not found")

    def _get_chat(self, call: ApiCall) -> dict[str, Any]:
        chat = self._chat(self._target_chat(call.params))
        return {
            **chat.info,
            "accent_color_id": 0,
            "max_reaction_count": 11,
            "accepted_gift_types": {
                "unlimited_gifts": False,
                "limited_gifts": False,
                "unique_gifts": False,
                "premium_subscription": False,
                "gifts_from_channels": False,
            },
        }

    # --- state -----------------------------------------------------------------------------

    def _notify(self) -> None:
        self._changed.set()
        self._changed = asyncio.Event()

    async def _wait_for_change(self, timeout: float) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._changed.wait(), timeout)

    def _take_update_id(self) -> int:
        update_id = self._next_update_id
        self._next_update_id += 1
        return update_id

    def _enqueue(self, body: dict[str, Any], update_id: int | None = None) -> int:
        if update_id is None:
            update_id = self._take_update_id()
        self._queue.append({"update_id": update_id, **body})
        self._notify()
        return update_id

    def _drop_unwanted_updates(self) -> None:
        kept = []
        for update in self._queue:
            if _update_type(update) in self._allowed_updates:
                kept.append(update)
            else:
                self.dropped_updates.append(update)
        self._queue = kept

    def _person(
        self,
        chat_id: int,
        user_id: int | None,
        first_name: str | None,
        username: str | None,
        language_code: str | None,
    ) -> _Person:
        if user_id is None:
            user_id = chat_id if chat_id > 0 else DEFAULT_GROUP_MEMBER
        person = self._people.setdefault(user_id, _Person(user_id))
        if first_name is not None:
            person.first_name = first_name
        if username is not None:
            person.username = username
        if language_code is not None:
            person.language_code = language_code
        if chat_id > 0:
            info: dict[str, Any] = {
                "id": chat_id,
                "type": "private",
                "first_name": person.first_name,
            }
            if person.username:
                info["username"] = person.username
            self._chat(chat_id).info = info
        return person

    def _chat(self, chat_id: int) -> _Chat:
        chat = self._chats.get(chat_id)
        if chat is None:
            if chat_id > 0:
                info: dict[str, Any] = {"id": chat_id, "type": "private", "first_name": "Alex"}
            else:
                info = {"id": chat_id, "type": "supergroup", "title": "Test group"}
            chat = self._chats[chat_id] = _Chat(chat_id, info)
        return chat

    def _person_message(self, chat_id: int, person: _Person, fields: dict[str, Any]) -> int:
        chat = self._chat(chat_id)
        message = {
            "message_id": chat.take_message_id(),
            "date": int(time.time()),
            "chat": dict(chat.info),
            "from": person.as_json(),
            **fields,
        }
        chat.person_messages[message["message_id"]] = message
        update_id = self._enqueue({"message": json.loads(json.dumps(message))})
        self._message_ids[update_id] = message["message_id"]
        return update_id

    @staticmethod
    def _with_caption(fields: dict[str, Any], caption: str | None) -> dict[str, Any]:
        if caption is not None:
            fields["caption"] = caption
        return fields

    def _store_file(self, folder: str, name: str, content: bytes) -> _StoredFile:
        number = self._next_file
        self._next_file += 1
        suffix = name.rsplit(".", 1)[-1] if "." in name else "bin"
        stored = _StoredFile(
            file_id=f"BQACAgFake{number:06d}",
            file_unique_id=f"AgADFake{number:06d}",
            file_path=f"{folder}/file_{number}.{suffix}",
            content=content,
        )
        self._files[stored.file_id] = stored
        self._files_by_path[stored.file_path] = stored
        return stored

    def _bot_user(self) -> dict[str, Any]:
        return {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": self.bot_first_name,
            "username": self.bot_username,
        }

    def _bot_message_json(self, sent: SentMessage) -> dict[str, Any]:
        message: dict[str, Any] = {
            "message_id": sent.message_id,
            "date": sent.date,
            "chat": dict(self._chat(sent.chat_id).info),
            "from": self._bot_user(),
        }
        if sent.edit_date is not None:
            message["edit_date"] = sent.edit_date
        if sent.text is not None and sent.method == "sendMessage":
            message["text"] = sent.text
        elif sent.text is not None and sent.method == "sendDocument":
            message["caption"] = sent.text
        message.update(json.loads(json.dumps(sent.attachments)))
        inline = _inline_part(sent.reply_markup)
        if inline is not None:
            message["reply_markup"] = json.loads(json.dumps(inline))
        return message

    def _store_bot_message(
        self,
        call: ApiCall,
        chat_id: int,
        text: str | None,
        markup: dict[str, Any] | None,
        attachments: dict[str, Any],
    ) -> dict[str, Any]:
        chat = self._chat(chat_id)
        sent = SentMessage(
            chat_id=chat_id,
            message_id=chat.take_message_id(),
            method=call.method,
            text=text,
            reply_markup=markup,
            params=dict(call.params),
            files=dict(call.files),
            date=int(time.time()),
            attachments=attachments,
        )
        chat.bot_messages.append(sent)
        self._notify()
        return self._bot_message_json(sent)

    def _editable(self, params: dict[str, Any]) -> SentMessage:
        chat = self._chats.get(self._target_chat(params))
        message_id = params.get("message_id")
        if chat is not None:
            for sent in chat.bot_messages:
                if sent.message_id == message_id and not sent.deleted:
                    return sent
            if message_id in chat.person_messages:
                raise _bad_request("message can't be edited")
        raise _bad_request("message to edit not found")

    def _apply_edit(
        self, sent: SentMessage, text: str | None, markup: dict[str, Any] | None
    ) -> dict[str, Any]:
        if text == sent.text and _inline_part(markup) == _inline_part(sent.reply_markup):
            raise _ApiError(400, _NOT_MODIFIED)
        sent.history.append(sent.text)
        sent.text = text
        sent.reply_markup = markup
        sent.edit_date = int(time.time())
        self._notify()
        return self._bot_message_json(sent)

    @staticmethod
    def _required(params: dict[str, Any], name: str) -> Any:
        value = params.get(name)
        if value is None or value == "":
            raise _bad_request(f"{name} is empty")
        return value

    def _target_chat(self, params: dict[str, Any]) -> int:
        chat_id = self._required(params, "chat_id")
        if isinstance(chat_id, bool) or not isinstance(chat_id, int):
            raise _bad_request("chat not found")
        return chat_id

    def _location(self, params: dict[str, Any]) -> dict[str, Any]:
        latitude = self._required(params, "latitude")
        longitude = self._required(params, "longitude")
        if not isinstance(latitude, int | float) or not isinstance(longitude, int | float):
            raise _bad_request("wrong latitude or longitude")
        location: dict[str, Any] = {"latitude": float(latitude), "longitude": float(longitude)}
        for extra in ("horizontal_accuracy", "live_period", "heading", "proximity_alert_radius"):
            if extra in params:
                location[extra] = params[extra]
        return location

    def _dump(self, chat_id: int | None) -> str:
        lines: list[str] = []
        if chat_id is not None:
            chat = self._chats.get(chat_id)
            messages = chat.bot_messages if chat else []
            seen = chat.seen if chat else 0
            lines.append(f"bot messages in chat {chat_id} ({seen} already handed out):")
            lines.extend(f"  {m.describe()}" for m in messages)
            if not messages:
                lines.append("  (none)")
        lines.append(f"updates still queued: {[u['update_id'] for u in self._queue]}")
        if self.dropped_updates:
            lines.append(f"updates dropped by allowed_updates: {len(self.dropped_updates)}")
        lines.append(f"last calls ({len(self.calls)} in all):")
        lines.extend(f"  {c.describe()}" for c in self.calls[-15:])
        return "\n".join(lines)
