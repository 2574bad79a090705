"""`newsprism serve`: the reader in a browser, end to end in headless Chromium."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path

import pytest

from tests.browser import CHROMIUM, free_port, served_app_screenshot, wait_for_port

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (.ci/run installs it)")


def test_serve_shows_the_reader_in_headless_chromium(tmp_path: Path) -> None:
    """Start the server, press Start in Chromium, and see the app draw the story."""
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "tui.cli", "serve", "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    try:
        asyncio.run(wait_for_port(port))
        before, after = asyncio.run(served_app_screenshot(f"http://localhost:{port}/"))
        (tmp_path / "served.png").write_bytes(after)
        # The start card is a small, flat picture; the drawn reader (three panes of
        # text) is several times richer, and it held still before it was taken.
        assert len(after) > 3 * len(before), (len(before), len(after))
    finally:
        server.terminate()
        output = server.communicate(timeout=10)[0]
    assert "Traceback" not in output and "internal error" not in output


def test_serve_on_a_taken_port_is_one_line_and_exit_2() -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "tui.cli", "serve", "--host", "127.0.0.1", "--port", str(port)],
            capture_output=True, text=True, timeout=30,
        )
    assert result.returncode == 2
    # one line, and nothing said of serving there first (textual-serve's banner came before it)
    assert result.stderr == f"newsprism: cannot listen on 127.0.0.1:{port} (Address already in use)\n"
    assert result.stdout == ""


@pytest.mark.parametrize("port", ["99999", "0", "-1", "http"])
def test_serve_on_no_port_is_one_line_and_exit_2(port: str) -> None:
    """A fresh user's `serve --port 99999` said it served on 99999 and listened on 34463."""
    result = subprocess.run([sys.executable, "-m", "tui.cli", "serve", "--port", port], capture_output=True, text=True, timeout=30)
    assert result.returncode == 2 and "is no port: give a number from 1 to 65535" in result.stderr
    assert result.stderr.count("\n") == 1 and "serving" not in result.stderr
