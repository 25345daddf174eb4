"""Wiring: the python-telegram-bot Application, its handlers, rate limiter, retries and daily jobs."""

from __future__ import annotations

import asyncio
import gc
import logging
from datetime import time, timedelta

from telegram import BotCommand, BotCommandScopeChat, Update
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ContextTypes,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.handlers import on_error, on_update, send_replies
from bot.ratelimit import PatientRateLimiter
from bot.request import AiohttpRequest
from bot.settings import Settings
from bot.throttle import ChatThrottle
from bot.updates import PerChatUpdateProcessor
from catalog.needs import load_vocabulary
from catalog.places import warm_up
from catalog.sample import seed_if_empty
from catalog.store import Store
from conversations.admin import report_digest
from conversations.dialogue import ADMIN_COMMANDS, USER_COMMANDS, Dialogue

log = logging.getLogger("groupfinder.app")


async def open_dialogue(settings: Settings, *, seed: bool = True) -> Dialogue:
    """Open the store (seeding the sample catalog into an empty one) and the dialogue over it."""
    store = await Store.open(settings.database)
    if seed:
        added = await seed_if_empty(store)
        if added:
            log.info("seeded sample catalog", extra={"groups": added})
    return Dialogue(
        store,
        default_country=settings.default_country,
        admin_ids=settings.admin_ids,
        retention_days=settings.retention_days,
        resources_path=settings.crisis_resources,
    )


# Sixteen connections are plenty under Telegram's 30 messages a second.
CONNECTION_POOL_SIZE = 16


def request_for(
    settings: Settings, pool_size: int, *, read_timeout: float | None = None
) -> AiohttpRequest:
    """PTB's requests over aiohttp, with the timeouts from `settings`."""
    timeout = settings.request_timeout
    return AiohttpRequest(
        connection_pool_size=pool_size,
        read_timeout=timeout if read_timeout is None else read_timeout,
        write_timeout=timeout,
        connect_timeout=timeout,
        pool_timeout=timeout,
    )


def build_application(settings: Settings) -> Application:  # type: ignore[type-arg]
    """The Application for `settings`: handlers, rate limiter with retries, and the retention job."""
    if settings.bot_token is None:
        raise ValueError("GROUPFINDER_BOT_TOKEN is not set")
    builder = (
        ApplicationBuilder()
        .token(settings.bot_token.get_secret_value())
        .rate_limiter(PatientRateLimiter())
        .concurrent_updates(PerChatUpdateProcessor())
        .request(request_for(settings, CONNECTION_POOL_SIZE))
        # One connection for the long poll; its read timeout is added to the poll's own.
        .get_updates_request(request_for(settings, 1, read_timeout=40))
        .post_init(_post_init(settings))
        .post_shutdown(_post_shutdown)
    )
    if settings.api_base_url:
        builder = builder.base_url(settings.api_base_url)
        file_url = settings.file_base_url
        if file_url:
            builder = builder.base_file_url(file_url)
    application = builder.build()
    add_handlers(application)
    return application


def add_handlers(application: Application) -> None:  # type: ignore[type-arg]
    """Route every kind of update a person can send to the one adapter."""
    application.add_handler(CallbackQueryHandler(on_update))
    application.add_handler(
        MessageHandler(filters.UpdateType.MESSAGES | filters.UpdateType.EDITED_MESSAGE, on_update)
    )
    # Anything else (polls, member changes) is ignored quietly rather than failing.
    application.add_handler(TypeHandler(Update, _ignore), group=1)
    application.add_error_handler(on_error)


async def _ignore(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    return None


def _post_init(settings: Settings):  # type: ignore[no-untyped-def]
    async def post_init(application: Application) -> None:  # type: ignore[type-arg]
        await start_services(application, settings)

    return post_init


async def start_services(application: Application, settings: Settings) -> None:  # type: ignore[type-arg]
    """Open the dialogue, register the commands and schedule the daily jobs (run once at start)."""
    dialogue = await open_dialogue(settings)
    application.bot_data["dialogue"] = dialogue
    application.bot_data["throttle"] = ChatThrottle()
    application.bot_data["matcher_ready"] = asyncio.create_task(_warm_up(dialogue))
    await application.bot.set_my_commands([BotCommand(n, d) for n, d in USER_COMMANDS])
    admin_menu = [BotCommand(n, d) for n, d in (*USER_COMMANDS, *ADMIN_COMMANDS)]
    for admin_id in sorted(settings.admin_ids):
        try:
            await application.bot.set_my_commands(admin_menu, scope=BotCommandScopeChat(admin_id))
        except TelegramError:
            # An admin who has never opened the bot has no chat yet; their menu comes later.
            log.warning("could not set the admin command menu", extra={"admin": admin_id})
    if application.job_queue is not None:
        application.job_queue.run_repeating(
            _notify_reports,
            interval=3600,
            first=60,
            name="reports",
            data=sorted(settings.admin_ids),
        )
        retention = timedelta(days=settings.retention_days)
        application.job_queue.run_daily(
            _purge_idle, time=time(3, 17), name="retention", data=retention
        )
        application.job_queue.run_once(_purge_idle, when=5, name="retention-now", data=retention)


# Long enough for the updates that queued while the bot was down to be answered first.
WARM_UP_DELAY = 1.0


async def _warm_up(dialogue: Dialogue) -> None:
    """Build the town index, the need vocabulary and the catalog index in the background, so
    the first person to search does not wait for them. They start a moment after start-up:
    building them holds Python's lock, which would slow the answers to waiting updates."""
    await asyncio.sleep(WARM_UP_DELAY)
    loop = asyncio.get_running_loop()
    await asyncio.gather(
        loop.run_in_executor(None, warm_up),
        loop.run_in_executor(None, load_vocabulary),
        dialogue.matcher(),
    )
    # What start-up built lives as long as the process; frozen, a full collection skips it
    # instead of pausing every waiting update while it walks it. Its garbage goes first.
    gc.collect()
    gc.freeze()


async def _purge_idle(context: ContextTypes.DEFAULT_TYPE) -> None:
    dialogue = context.bot_data.get("dialogue")
    if isinstance(dialogue, Dialogue) and isinstance(context.job.data, timedelta):  # type: ignore[union-attr]
        removed = await dialogue.store.purge_idle(context.job.data)  # type: ignore[union-attr]
        log.info("purged idle conversations", extra={"count": removed})


async def _notify_reports(context: ContextTypes.DEFAULT_TYPE) -> None:
    """At most once an hour: one short message to every admin about new listing reports."""
    dialogue = context.bot_data.get("dialogue")
    admins = context.job.data if context.job else None
    if not isinstance(dialogue, Dialogue) or not isinstance(admins, list) or not admins:
        return
    digest = await report_digest(dialogue.store)
    if digest is None:
        return
    for admin_id in admins:
        try:
            await send_replies(context, admin_id, [digest])
        except TelegramError:
            log.warning("could not notify an admin of reports", extra={"admin": admin_id})


async def _post_shutdown(application: Application) -> None:  # type: ignore[type-arg]
    warming = application.bot_data.get("matcher_ready")
    if isinstance(warming, asyncio.Task):
        warming.cancel()
        # Whatever the warm-up ended with, the next start builds the index again.
        await asyncio.gather(warming, return_exceptions=True)
    dialogue = application.bot_data.get("dialogue")
    if isinstance(dialogue, Dialogue):
        await dialogue.store.close()
