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


def handshake(port: int, headers: dict[str, str]) -> tuple[int, str]:
    """The status and body of a websocket handshake to the reader with *headers* added."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request("GET", "/ws", headers={
            "Connection": "Upgrade", "Upgrade": "websocket", "Sec-WebSocket-Version": "13",
            "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ==", **headers})
        answer = connection.getresponse()
        return answer.status, answer.read().decode("utf-8") if answer.status != 101 else ""
    finally:
        connection.close()


def test_only_the_reader_s_own_page_may_open_its_websocket() -> None:
    # The websocket drives a reader of the user's library: a page of another site the user has
    # open (or one whose name was made to point at 127.0.0.1) must not be able to open it.
    with serving() as port:
        own = f"http://127.0.0.1:{port}"
        assert handshake(port, {"Host": f"127.0.0.1:{port}", "Origin": own})[0] == 101
        status, body = handshake(port, {"Host": f"127.0.0.1:{port}", "Origin": "http://evil.example"})
        assert status == 403 and "another site" in body
        status, body = handshake(port, {"Host": f"rebound.example:{port}", "Origin": f"http://rebound.example:{port}"})
        assert status == 403 and "--public-url" in body


@pytest.mark.parametrize(("headers", "refused"), [
    ({}, False),  # no browser page: a program, which no web page can make
    ({"Host": "localhost:9000", "Origin": "http://localhost:9000"}, False),  # an SSH tunnel's end
    ({"Host": "[::1]:8000", "Origin": "http://[::1]:8000"}, False),
    ({"Host": "192.168.1.20:8000", "Origin": "http://192.168.1.20:8000"}, False),  # --host 0.0.0.0 on a LAN
    ({"Host": "127.0.0.1", "X-Forwarded-Host": "news.example", "X-Forwarded-Proto": "https",
      "Origin": "https://news.example"}, False),  # a proxy's forwarded host
    ({"Host": "localhost:8000", "Origin": "http://localhost:8001"}, True),  # another local site
    ({"Host": "localhost:8000", "Origin": "null"}, True),  # a sandboxed frame or a file
    ({"Host": "attacker.example:8000", "Origin": "http://attacker.example:8000"}, True),  # DNS rebinding
])
def test_which_pages_may_open_the_websocket(headers: dict[str, str], refused: bool) -> None:
    from tui.cli_reading import websocket_refused

    assert bool(websocket_refused(headers, "http", host="localhost", public_url=None)) is refused


def test_behind_a_public_url_only_its_pages_may_open_the_websocket() -> None:
    from tui.cli_reading import websocket_refused

    given = "https://news.example/reader"
    assert websocket_refused({"Host": "127.0.0.1:8000", "Origin": "https://news.example"}, "http", host="localhost", public_url=given) is None
    assert websocket_refused({"Host": "127.0.0.1:8000", "Origin": "http://127.0.0.1:8000"}, "http", host="localhost", public_url=given)
