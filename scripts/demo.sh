#!/usr/bin/env bash
# The start command of README.md: set up what is missing, start OpsDesk on the demo shop
# (built in the background on first use, in the user data folder, while the window shows
# the welcome page).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
exec .venv/bin/opsdesk --demo "$@"
