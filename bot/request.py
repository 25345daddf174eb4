"""python-telegram-bot's HTTP requests carried by aiohttp instead of httpx.

PTB documents `BaseRequest` as the place to plug in another HTTP library. On the 2-core
development machine an httpx request cost about 2.2 ms of CPU and an aiohttp request about
0.25 ms (bench/README.md), and HTTP was most of what an update cost the bot.
"""

from __future__ import annotations

from urllib.parse import urlencode

import aiohttp
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

DEFAULT_TIMEOUT = 15.0
_FORM = {"Content-Type": "application/x-www-form-urlencoded"}


class AiohttpRequest(BaseRequest):
    """A `BaseRequest` over one `aiohttp.ClientSession`, opened in `initialize`.

    Timeouts follow PTB's four: `pool` bounds the wait for a free connection (and making it),
    `connect` the TCP connect, `read` each read of the answer. aiohttp has no write timeout of
    its own, so `write` is added to the time allowed for a free connection.
    """

    def __init__(
        self,
        *,
        connection_pool_size: int = 16,
        read_timeout: float | None = DEFAULT_TIMEOUT,
        write_timeout: float | None = DEFAULT_TIMEOUT,
        connect_timeout: float | None = DEFAULT_TIMEOUT,
        pool_timeout: float | None = DEFAULT_TIMEOUT,
    ) -> None:
        self._pool_size = connection_pool_size
        self._read_timeout = read_timeout
        self._write_timeout = write_timeout
        self._connect_timeout = connect_timeout
        self._pool_timeout = pool_timeout
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float | None:
        """The read timeout used when a call does not give one."""
        return self._read_timeout

    async def initialize(self) -> None:
        """Open the session (inside the running event loop, as aiohttp requires)."""
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self._pool_size),
                headers={"User-Agent": self.USER_AGENT},
            )

    async def shutdown(self) -> None:
        """Close the session and its connections."""
        if self._session is not None and not self._session.closed:
            await self._session.close()
        self._session = None

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: float | object | None = BaseRequest.DEFAULT_NONE,
        write_timeout: float | object | None = BaseRequest.DEFAULT_NONE,
        connect_timeout: float | object | None = BaseRequest.DEFAULT_NONE,
        pool_timeout: float | object | None = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """Send one request; raise PTB's `TimedOut` or `NetworkError` when it cannot be done."""
        if self._session is None or self._session.closed:
            raise RuntimeError("AiohttpRequest is not initialized")
        read = _given(read_timeout, self._read_timeout)
        write = _given(write_timeout, self._write_timeout)
        connect = _given(connect_timeout, self._connect_timeout)
        pool = _given(pool_timeout, self._pool_timeout)
        waiting = None if pool is None and write is None else (pool or 0.0) + (write or 0.0)
        timeout = aiohttp.ClientTimeout(
            total=None, connect=waiting, sock_connect=connect, sock_read=read
        )
        try:
            body = _body(request_data)
            headers = _FORM if isinstance(body, bytes) else None
            async with self._session.request(
                method, url, data=body, headers=headers, timeout=timeout
            ) as response:
                return response.status, await response.read()
        except (TimeoutError, aiohttp.ServerTimeoutError) as err:
            raise TimedOut from err
        except aiohttp.ClientError as err:
            # The class name says what failed when the message is empty (a dropped connection).
            raise NetworkError(f"aiohttp.{err.__class__.__name__}: {err}") from err


def _given(value: float | object | None, default: float | None) -> float | None:
    """A timeout a call gave, or the default when it left PTB's DEFAULT_NONE."""
    if isinstance(value, (int, float)) or value is None:
        return value
    return default


def _body(request_data: RequestData | None) -> aiohttp.FormData | bytes | None:
    """The form fields PTB would send: url-encoded, or multipart when a file goes with them."""
    if request_data is None:
        return None
    fields = request_data.json_parameters
    files = request_data.multipart_data
    if not files:
        # Encoded here: a dict would make aiohttp build a multipart writer it then throws away.
        return urlencode(fields).encode()
    form = aiohttp.FormData()
    for name, value in fields.items():
        form.add_field(name, value)
    for name, part in files.items():
        filename, content, mimetype = part  # PTB's (file name, bytes, MIME type)
        form.add_field(name, content, filename=filename, content_type=mimetype)
    return form
