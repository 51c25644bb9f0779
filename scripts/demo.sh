#!/usr/bin/env bash
# The start command of README.md: set up what is missing, start OpsDesk on the demo shop
# (built on first use in the user data folder).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
exec .venv/bin/opsdesk --demo "$@"
