"""What a block run with the cycle collector paused keeps is long-lived after it, not young:
no young pass walks the many objects a big story's linking keeps (bench/linker.py)."""

from __future__ import annotations

import gc

from core.gcpause import paused_gc


def test_what_a_paused_block_keeps_is_not_walked_as_young_after_it() -> None:
    gc.collect()
    passes: list[int] = []

    def seen(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            passes.append(info["generation"])

    gc.callbacks.append(seen)
    try:
        with paused_gc():
            assert not gc.isenabled()
            kept = [[k, (k, k + 1)] for k in range(5000)]  # tracked objects, more than a young pass waits for
        assert gc.isenabled()
        after = [[k] for k in range(100)]  # allocations after the block: no pass over what it kept
    finally:
        gc.callbacks.remove(seen)
    assert passes == []
    oldest = {id(o) for o in gc.get_objects(2)}
    assert id(kept) in oldest and id(kept[0]) in oldest and after


def test_a_block_leaves_objects_frozen_before_it_frozen_and_the_collector_off_if_it_was() -> None:
    gc.freeze()
    try:
        with paused_gc():
            kept = [[k] for k in range(1000)]
        assert gc.get_freeze_count() > 0 and gc.isenabled() and kept
    finally:
        gc.unfreeze()
    gc.disable()
    try:
        with paused_gc():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
