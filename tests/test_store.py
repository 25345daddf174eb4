"""The SQLite store hands back exactly the groups it was given, however it packs them."""

from __future__ import annotations

from catalog.model import Group
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


async def test_the_catalog_is_streamed_in_id_order_without_removed_groups(store: Store) -> None:
    groups = sample_groups()
    removed = groups[3].id
    await store.set_removed(removed, True, actor="test")
    streamed = await store.consume_active_group_json(list)
    ids = [Group.model_validate_json(row).id for row in streamed]
    assert ids == sorted(g.id for g in groups if g.id != removed)
    assert streamed == await store.active_group_json()


async def test_an_in_memory_store_streams_its_catalog_too() -> None:
    store = await Store.open(":memory:")
    try:
        await store.apply_groups(sample_groups()[:5], actor="test")
        assert len(await store.consume_active_group_json(list)) == 5
    finally:
        await store.close()
