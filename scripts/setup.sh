#!/usr/bin/env bash
# Makes this checkout runnable on a fresh Debian/Ubuntu machine with only Python:
# the system libraries Qt needs (offscreen and on a real display) and a CJK font (when
# missing and running as root; otherwise it prints the apt-get line to run), the virtual
# environment in .venv, and the project installed into it.
# Sourced by scripts/test.sh and scripts/demo.sh; safe to run again: it only does what is
# missing, reinstalls when pyproject.toml changed, and rebuilds a .venv that is broken
# (no pip, half made) or foreign (made by a Python older than 3.10, or on another machine).
# Success is recorded only after the install and the import check pass.
#
#   PYTHON=/usr/bin/python3.11 bash scripts/setup.sh   # choose the Python (default: the
#                                                      # first of python3, python3.13 … 3.10
#                                                      # that is 3.10 or newer)
#   OPSDESK_SKIP_SYSTEM_PACKAGES=1 bash scripts/setup.sh  # leave the system packages alone
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

MIN_PYTHON=(3 10)
# Offscreen (tests, screenshots): GL, glib, fontconfig, xkbcommon, dbus and a CJK font.
# A real X11 display (demo.sh on a desktop or under Xvfb): Qt's xcb plugin aborts with
# "xcb-cursor0 is needed" unless every xcb library below is there.
APT_PACKAGES=(python3-venv python3-pip libgl1 libegl1 libglib2.0-0 libfontconfig1
  libxkbcommon0 libxkbcommon-x11-0 libdbus-1-3 fonts-wqy-microhei poppler-utils sqlite3
  libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1
  libxcb-xfixes0 libxcb-xinerama0 libxcb-xkb1)
# Only installed when running as root (CI, containers): a virtual display for the test
# that starts demo.sh in a real window (tests/gui/test_demo_window.py); it skips without.
ROOT_ONLY_PACKAGES=(xvfb xauth x11-utils)

say() { echo "setup: $*"; }
die() { echo "setup: $*" >&2; exit 1; }

# -- a Python that is new enough ------------------------------------------------------
python_ok() {  # the interpreter runs and is MIN_PYTHON or newer
  "$1" -c "import sys; sys.exit(sys.version_info[:2] < (${MIN_PYTHON[0]}, ${MIN_PYTHON[1]}))" \
    >/dev/null 2>&1
}
python_version() { "$1" -c 'import sys; print("%d.%d.%d" % sys.version_info[:3])' 2>/dev/null \
  || echo "not runnable"; }

if [[ -n ${PYTHON:-} ]]; then
  python_ok "$PYTHON" || die "OpsDesk needs Python ${MIN_PYTHON[0]}.${MIN_PYTHON[1]} or newer;" \
    "PYTHON=$PYTHON is $(python_version "$PYTHON"). Point PYTHON at a newer one."
else
  for candidate in python3 python3.13 python3.12 python3.11 python3.10; do
    if command -v "$candidate" >/dev/null 2>&1 && python_ok "$candidate"; then
      PYTHON="$candidate"
      break
    fi
  done
  [[ -n ${PYTHON:-} ]] || die "OpsDesk needs Python ${MIN_PYTHON[0]}.${MIN_PYTHON[1]} or" \
    "newer; python3 is $(python_version python3). Install one (Debian 12: apt-get install" \
    "python3 python3-venv; Ubuntu 20.04: apt-get install python3.10 python3.10-venv) or" \
    "run with PYTHON=/path/to/python3.11."
fi

# -- system libraries -----------------------------------------------------------------
missing=()
if [[ -z ${OPSDESK_SKIP_SYSTEM_PACKAGES:-} ]] && command -v dpkg-query >/dev/null 2>&1; then
  wanted=("${APT_PACKAGES[@]}")
  [[ $(id -u) == 0 ]] && wanted+=("${ROOT_ONLY_PACKAGES[@]}")
  for pkg in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
      || missing+=("$pkg")
  done
fi
if ((${#missing[@]})); then
  if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null 2>&1; then
    say "installing ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      "${missing[@]}" >/dev/null
  else
    echo "setup: these system packages are missing: ${missing[*]}" >&2
    echo "setup: install them with: sudo apt-get install ${missing[*]}" >&2
  fi
fi

# -- the virtual environment ----------------------------------------------------------
VENV_PY=.venv/bin/python
venv_problem() {  # prints why .venv cannot be used as it is, or nothing
  [[ -e .venv ]] || return 0
  [[ -x $VENV_PY ]] \
    || { echo "its bin/python is missing (half made, made on Windows or moved)"; return; }
  python_ok "$VENV_PY" \
    || { echo "its Python is $(python_version "$VENV_PY"), older than 3.10 or broken"; return; }
  "$VENV_PY" -m pip --version >/dev/null 2>&1 || { echo "it has no pip (half made)"; return; }
}
problem="$(venv_problem)"
if [[ -n $problem ]]; then
  say "rebuilding .venv: $problem"
  rm -rf .venv
fi
if [[ ! -e .venv ]]; then
  say "creating .venv with $PYTHON ($(python_version "$PYTHON"))"
  "$PYTHON" -m venv .venv || { rm -rf .venv; die "'$PYTHON -m venv' failed; on Debian/Ubuntu" \
    "install the venv module: apt-get install python3-venv (or python3.X-venv for $PYTHON)"; }
  "$VENV_PY" -m pip --version >/dev/null 2>&1 || { rm -rf .venv; die "the new .venv has no" \
    "pip; on Debian/Ubuntu: apt-get install python3-venv python3-pip"; }
fi

# The stamp names what was installed; it is written only after the import check passed,
# so a failed or interrupted install is retried by the next run.
stamp=".venv/.opsdesk-installed"
want="$(sha256sum <pyproject.toml | cut -d' ' -f1) $(python_version "$VENV_PY")"
if [[ ! -f $stamp || "$(cat "$stamp")" != "$want" ]]; then
  rm -f "$stamp"
  say "installing OpsDesk and its dependencies into .venv"
  "$VENV_PY" -m pip install -q --upgrade pip \
    || die "pip could not upgrade itself (network?); run this again to retry"
  "$VENV_PY" -m pip install -q -e ".[dev]" \
    || die "pip could not install OpsDesk (see above); run this again to retry"
  "$VENV_PY" -m pip check >/dev/null && "$VENV_PY" -m opsdesk_gui --version >/dev/null \
    || die "OpsDesk does not start in .venv after the install (see above)"
  echo "$want" >"$stamp"
fi
