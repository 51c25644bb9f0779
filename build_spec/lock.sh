#!/usr/bin/env bash
# Rewrites build_spec/constraints.txt from a fresh venv with the newest versions pip picks
# for pyproject.toml (its comment lines are kept). Run the tests and
# `bash build_spec/build_linux.sh --fresh-venv` before committing the result.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
venv="$(mktemp -d)/venv"
trap 'rm -rf "$(dirname "$venv")"' EXIT
"${PYTHON:-python3}" -m venv "$venv"
"$venv/bin/python" -m pip install -q --upgrade pip
"$venv/bin/python" -m pip install -q ".[dev]"
{ grep '^#' build_spec/constraints.txt; "$venv/bin/python" -m pip freeze --exclude-editable \
    | grep -vi '^opsdesk'; } >build_spec/constraints.txt.new
mv build_spec/constraints.txt.new build_spec/constraints.txt
echo "lock: build_spec/constraints.txt rewritten; review with git diff"
