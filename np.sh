#!/bin/sh
PYTHONPATH=/tmp/wt-d exec /work/main/.venv/bin/newsprism "$@"
