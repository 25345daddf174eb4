"""The SQLite store hands back exactly the groups it was given, however it packs them."""

from __future__ import annotations

from catalog.sample import sample_groups
from catalog.store import Store


async def test_every_group_comes_back_from_the_store_as_it_was_saved(store: Store) -> None:
    saved = {group.id: group for group in sample_groups()}
    await store.apply_groups(list(saved.values()), actor="test", action="seed")
    loaded = {stored.group.id: stored.group for stored in await store.all_groups()}
    assert loaded == saved
    assert all(loaded[i].model_dump() == saved[i].model_dump() for i in saved)


async def test_editing_one_loaded_group_leaves_the_others_as_they_were(store: Store) -> None:
    await store.apply_groups(sample_groups(), actor="test", action="seed")
    first, second = [stored.group for stored in await store.all_groups()][:2]
    untouched = set(second.model_fields_set)
    edited = first.model_copy(update={"name": "Renamed group"})
    await store.apply_groups([edited], actor="test", action="edit")
    again = {stored.group.id: stored.group for stored in await store.all_groups()}
    assert again[first.id].name == "Renamed group"
    assert again[second.id] == second
    assert set(second.model_fields_set) == untouched


async def test_a_forgotten_or_purged_conversation_is_gone_at_once(store: Store) -> None:
    from datetime import timedelta

    await store.save_conversation(1, {"machine": "intake", "step": "format_"})
    assert await store.load_conversation(1) == {"machine": "intake", "step": "format_"}
    await store.forget_chat(1)
    assert await store.load_conversation(1) is None
    await store.save_conversation(2, {"machine": "intake"})
    await store.load_conversation(2)
    await store.purge_idle(timedelta(seconds=-1))
    assert await store.load_conversation(2) is None
    assert await store.conversation_count() == 0
