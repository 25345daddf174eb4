"""Shared fixtures: a real SQLite file with the sample catalog, and the dialogue over it."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from catalog.sample import seed_if_empty
from catalog.store import Store
from conversations.dialogue import Dialogue
from tests.fake_bot_api import FakeBotAPI

# As `bot/__init__.py` does, for the plain PTB bots the fake server's own tests run.
os.environ.setdefault("PTB_TIMEDELTA", "true")

# A fixed clock keeps "next meeting" texts and freshness stable: Tuesday 24 Nov 2026, 12:00 UTC.
NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
SHARED_EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "groupfinder.sqlite3"


@pytest.fixture
async def store(db_path: Path) -> AsyncIterator[Store]:
    store = await Store.open(db_path)
    await seed_if_empty(store)
    yield store
    await store.close()


@pytest.fixture
async def dialogue(store: Store) -> Dialogue:
    return Dialogue(store, default_country="GB", admin_ids=frozenset({42}), clock=lambda: NOW)


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotAPI]:
    """A fake Telegram Bot API server on 127.0.0.1 for end-to-end tests."""
    async with FakeBotAPI() as server:
        yield server
