"""Thread work of the reader: counted while it runs, so that quitting never waits for it."""

from __future__ import annotations


def test_background_work_is_counted_while_it_runs_so_quitting_need_not_wait_for_it() -> None:
    import threading

    from tui.background import background, busy

    started, release = threading.Event(), threading.Event()

    @background
    def read_a_large_file() -> str:
        started.set()
        release.wait(5)
        return "read"

    results: list[str] = []
    worker = threading.Thread(target=lambda: results.append(read_a_large_file()))
    assert not busy()
    worker.start()
    started.wait(5)
    assert busy()  # the reader's command exits at once rather than wait for this
    release.set()
    worker.join(5)
    assert not busy() and results == ["read"]
