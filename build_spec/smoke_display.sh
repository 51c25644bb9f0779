#!/usr/bin/env bash
# Starts an OpsDesk command on a virtual X display (Xvfb) and waits for its main window
# to be mapped: proves Qt's xcb plugin and every library it loads are there, which the
# offscreen checks never load. Optionally saves a screenshot of the display.
#
#   bash build_spec/smoke_display.sh [--screenshot OUT.png] -- COMMAND [ARGS…]
#   bash build_spec/smoke_display.sh -- bash scripts/demo.sh       # README's start command
#   bash build_spec/smoke_display.sh -- dist/OpsDesk/opsdesk        # the Linux bundle
#
# Needs xvfb-run, xauth and xwininfo (apt-get install xvfb xauth x11-utils; scripts/setup.sh
# installs them as root) and, for --screenshot, imagemagick's `import`. Exits 0 when the
# window showed, 3 when the command died first (its output is printed), 4 on a timeout.
set -euo pipefail
shot=""
while (($#)); do
  case "$1" in
    --screenshot) shot="$(realpath -m "$2")"; shift 2 ;;
    --) shift; break ;;
    *) break ;;
  esac
done
(($#)) || { sed -n '2,13p' "$0"; exit 64; }
for tool in xvfb-run xwininfo; do
  command -v "$tool" >/dev/null || { echo "smoke_display: $tool is missing" >&2; exit 2; }
done
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
unset QT_QPA_PLATFORM  # the real (virtual) display, not offscreen
export SMOKE_LOG="$log" SMOKE_SHOT="$shot"
# shellcheck disable=SC2016  # expanded by the inner shell
xvfb-run -a -s "-screen 0 1366x768x24" bash -c '
  "$@" >"$SMOKE_LOG" 2>&1 &
  pid=$!
  for _ in $(seq 240); do
    if xwininfo -root -tree | grep -q "(\"opsdesk\" \"OpsDesk\")"; then
      xwininfo -root -tree | grep "(\"opsdesk\" \"OpsDesk\")"
      if [[ -n $SMOKE_SHOT ]]; then sleep 2; import -window root "$SMOKE_SHOT"; fi
      kill "$pid"; wait "$pid" || true
      exit 0
    fi
    kill -0 "$pid" 2>/dev/null || { wait "$pid" || true; exit 3; }
    sleep 0.5
  done
  kill "$pid"
  exit 4
' smoke "$@" || { rc=$?; echo "smoke_display: no OpsDesk window (exit $rc):" >&2;
                  cat "$log" >&2; exit "$rc"; }
if grep -qi "xcb" "$log"; then
  echo "smoke_display: the window showed, but Qt complained about xcb:" >&2
  cat "$log" >&2
  exit 5
fi
echo "smoke_display: OK: the OpsDesk window showed"
