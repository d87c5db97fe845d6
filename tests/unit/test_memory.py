"""The check's page cache: the whole database when there is room, never more
than half of what is free, never below the floor."""
from __future__ import annotations

from desktop.services import memory

GIB = 1 << 30


def test_the_cache_holds_the_whole_database_when_memory_allows(monkeypatch):
    monkeypatch.setattr(memory, "available_bytes", lambda: 8 * GIB)
    assert memory.cache_kib_for(GIB, floor_kib=262_144) == GIB * 11 // 10 // 1024


def test_the_cache_takes_at_most_half_of_the_free_memory(monkeypatch):
    monkeypatch.setattr(memory, "available_bytes", lambda: GIB)
    assert memory.cache_kib_for(4 * GIB, floor_kib=65_536) == GIB // 2 // 1024


def test_the_cache_never_goes_below_its_floor_nor_above_its_ceiling(monkeypatch):
    monkeypatch.setattr(memory, "available_bytes", lambda: 100 * memory.MIB)
    assert memory.cache_kib_for(4 * GIB, floor_kib=262_144) == 262_144
    monkeypatch.setattr(memory, "available_bytes", lambda: None)
    assert memory.cache_kib_for(4 * GIB, floor_kib=262_144) == 262_144
    monkeypatch.setattr(memory, "available_bytes", lambda: 64 * GIB)
    assert memory.cache_kib_for(16 * GIB, floor_kib=262_144) == 2048 * 1024


def test_this_computer_says_how_much_is_free():
    free = memory.available_bytes()
    assert free is None or free > 0
    memory.give_back()  # harmless wherever it runs
