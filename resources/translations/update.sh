#!/usr/bin/env bash
# Re-extract every translatable string into the .ts sources, then compile the .qm files
# the app loads. Translators edit opsdesk_zh_CN.ts (Qt Linguist: pyside6-linguist).
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=.venv/bin
mapfile -t sources < <(find opsdesk_gui -name '*.py' | sort)
for ts in resources/translations/opsdesk_*.ts; do
  "$bin/pyside6-lupdate" -no-obsolete "${sources[@]}" -ts "$ts"
  "$bin/pyside6-lrelease" "$ts" -qm "${ts%.ts}.qm"
done
