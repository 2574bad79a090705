"""Drive headless Chromium over the DevTools protocol: open a page, click, take screenshots.

Used by the end-to-end test of `newsprism serve` and by screenshots/make.py. The
flags keep Chromium off the network (this machine has none) and out of the sandbox
(it runs as root here).
"""

from __future__ import annotations

import asyncio
import base64
import os
import signal
import shutil
import socket
import subprocess
import tempfile
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import aiohttp

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--window-size=1280,800",
]


def free_port() -> int:
    """A TCP port nothing listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def wait_for_port(port: int, *, seconds: float = 20) -> None:
    """Wait until something accepts connections on *port* of localhost."""
    for _ in range(int(seconds / 0.1)):
        try:
            _, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.close()
            return
        except OSError:
            await asyncio.sleep(0.1)
    raise TimeoutError(f"nothing listens on port {port}")


class Page:
    """One Chromium tab, spoken to over its DevTools websocket."""

    def __init__(self, ws: aiohttp.ClientWebSocketResponse) -> None:
        self.ws = ws
        self.sent = 0

    async def call(self, method: str, **params: Any) -> dict[str, Any]:
        self.sent += 1
        await self.ws.send_json({"id": self.sent, "method": method, "params": params})
        while True:
            message = await self.ws.receive_json()
            if message.get("id") == self.sent:
                return dict(message.get("result", {}))

    async def evaluate(self, expression: str) -> Any:
        result = await self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        return result.get("result", {}).get("value")

    async def screenshot(self) -> bytes:
        return base64.b64decode((await self.call("Page.captureScreenshot", format="png"))["data"])


@asynccontextmanager
async def chromium_page(url: str) -> AsyncIterator[Page]:
    """Open *url* in a fresh headless Chromium and yield its tab."""
    assert CHROMIUM, "chromium is not installed"
    port = free_port()
    # Chromium's helper processes may still write to the profile as it is removed.
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as profile:
        proc = subprocess.Popen(
            [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", f"--remote-debugging-port={port}", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True,  # its own process group, so its helpers go with it
        )
        try:
            await wait_for_port(port)
            async with aiohttp.ClientSession() as http:
                for _ in range(100):
                    targets = await (await http.get(f"http://127.0.0.1:{port}/json")).json()
                    pages = [t for t in targets if t["type"] == "page"]
                    if pages:
                        break
                    await asyncio.sleep(0.1)
                async with http.ws_connect(pages[0]["webSocketDebuggerUrl"], max_msg_size=0) as ws:
                    page = Page(ws)
                    await page.call("Page.enable")
                    await page.call("Page.navigate", url=url)
                    yield page
        finally:
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            proc.wait()


async def served_app_screenshot(url: str, *, seconds: float = 30) -> tuple[bytes, bytes]:
    """Open a textual-serve page, press Start, and return (before, after) screenshots.

    "after" is taken once the picture has grown well past the start card and then
    held still for a second: the app has drawn and settled.
    """
    async with chromium_page(url) as page:
        for _ in range(100):
            if await page.evaluate("document.getElementById('start') !== null"):
                break
            await asyncio.sleep(0.1)
        before = await page.screenshot()
        await page.evaluate("document.getElementById('start').click()")
        last = b""
        for _ in range(int(seconds / 0.5)):
            await asyncio.sleep(0.5)
            shot = await page.screenshot()
            if len(shot) > 3 * len(before) and shot == last:
                return before, shot
            last = shot
        return before, last
