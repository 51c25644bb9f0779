#!/usr/bin/env bash
# The test command of README.md: set up what is missing, lint, run every test.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
.venv/bin/ruff check .
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest "$@"
