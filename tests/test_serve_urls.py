"""`newsprism serve` through an SSH tunnel or a proxy: the page's scripts and websocket are
fetched from the address the browser asked for (or the one --public-url gives), not from the
server's own host and port."""

from __future__ import annotations

import asyncio
import http.client
import re
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from tests.browser import free_port, wait_for_port

pytest.importorskip("textual_serve")


@contextmanager
def serving(*options: str) -> Iterator[int]:
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "tui.cli", "serve", "--host", "127.0.0.1", "--port", str(port), *options],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    try:
        asyncio.run(wait_for_port(port, seconds=60))
        yield port
    finally:
        server.terminate()
        output = server.communicate(timeout=20)[0]
    assert "Traceback" not in output


def page(port: int, headers: dict[str, str]) -> tuple[list[str], list[str]]:
    """The page's script addresses and its websocket's, asked for with *headers*."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request("GET", "/", headers=headers)
        answer = connection.getresponse()
        assert answer.status == 200
        html = answer.read().decode("utf-8")
    finally:
        connection.close()
    return re.findall(r'<script src="([^"]+)"', html), re.findall(r'data-session-websocket-url="([^"]+)"', html)


def test_the_page_s_scripts_and_websocket_follow_the_address_the_browser_asked_for() -> None:
    # Trial 45 F15: through `ssh -L 9000:localhost:8846` the page said http://localhost:8846/... for
    # its script and ws://localhost:8846/ws: the browser's own port 8846, where nothing listens.
    with serving() as port:
        assert page(port, {"Host": "localhost:9000"}) == (["http://localhost:9000/static/js/textual.js"], ["ws://localhost:9000/ws"])
        assert page(port, {"Host": f"127.0.0.1:{port}"})[1] == [f"ws://127.0.0.1:{port}/ws"]
        # a TLS proxy says how it was asked
        assert page(port, {"Host": "127.0.0.1", "X-Forwarded-Proto": "https", "X-Forwarded-Host": "news.example"}) == (
            ["https://news.example/static/js/textual.js"], ["wss://news.example/ws"])
        # a malformed host is not written into the page: the server's own address is
        assert page(port, {"Host": 'x"><script>alert(1)</script>'})[1] == [f"ws://127.0.0.1:{port}/ws"]


def test_a_public_url_is_the_page_s_address_whatever_the_browser_asked_for() -> None:
    with serving("--public-url", "https://news.example/reader/") as port:
        assert page(port, {"Host": "localhost:9000"}) == (["https://news.example/reader/static/js/textual.js"],
                                                          ["wss://news.example/reader/ws"])


@pytest.mark.parametrize("url", ["news.example", "ftp://news.example/", "https://", "https://news.example/?a=1"])
def test_a_public_url_that_is_no_web_address_is_one_line_and_exit_2(url: str) -> None:
    result = subprocess.run([sys.executable, "-m", "tui.cli", "serve", "--public-url", url],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and "is no public address" in result.stderr and result.stderr.count("\n") == 1
