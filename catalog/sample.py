"""The sample catalog shipped with the package, loaded into an empty database on first run."""

from __future__ import annotations

from importlib import resources

from catalog.model import Group
from catalog.store import Store
from catalog.transfer import parse_catalog

SAMPLE_FILE = "sample_catalog.csv"


def sample_groups() -> list[Group]:
    """The sample groups; the shipped file is valid (a test proves it)."""
    data = resources.files("catalog").joinpath("data", SAMPLE_FILE).read_bytes()
    parsed = parse_catalog(data, SAMPLE_FILE)
    if parsed.errors:
        raise ValueError(f"the shipped sample catalog has errors: {parsed.errors[:3]}")
    return parsed.groups


async def seed_if_empty(store: Store) -> int:
    """Load the sample catalog when the store has no groups at all; return how many were added."""
    if await store.group_count(include_removed=True):
        return 0
    summary = await store.apply_groups(sample_groups(), actor="sample", action="seed")
    return summary.added
