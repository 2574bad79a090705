"""bench/linker.py's command line: --help tells how to run it, and a size that is no number is
one line and a non-zero exit, never a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "bench" / "linker.py"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True, timeout=120)


def test_help_tells_how_to_run_it() -> None:
    done = _run("--help")
    assert done.returncode == 0 and "Run: python bench/linker.py [SIZES ...]" in done.stdout
    assert "Traceback" not in done.stderr


def test_a_size_that_is_no_number_is_one_line() -> None:
    done = _run("twenty")
    assert done.returncode != 0 and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
