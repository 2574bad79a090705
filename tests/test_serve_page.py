"""`newsprism serve`'s page, fetched over loopback: nothing on it comes from another site."""

from __future__ import annotations

import asyncio
import re
import subprocess
import sys
import urllib.request

from tests.browser import free_port, wait_for_port


def test_the_served_page_fetches_nothing_from_another_site() -> None:
    """Trial 38 F11: textual-serve's page loaded a stylesheet from fonts.googleapis.com, so the
    reader served on localhost called out to Google whenever a browser opened it."""
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "tui.cli", "serve", "--host", "127.0.0.1", "--port", str(port)],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        asyncio.run(wait_for_port(port))
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=30) as response:
            page = response.read().decode("utf-8")
    finally:
        server.terminate()
        output = server.communicate(timeout=10)[0]
    assert "textual.js" in page  # the served page itself, from the server's own address
    fetched = re.findall(r"""(?:href|src)=["']([^"']+)""", page)
    assert fetched and not [f for f in fetched if re.match(r"(?:https?:)?//", f) and f"127.0.0.1:{port}" not in f], fetched
    assert "googleapis" not in page
    assert "Traceback" not in output
