#!/usr/bin/env bash
# Builds the Linux one-folder bundle dist/OpsDesk/ and proves the frozen app works
# (build_spec/smoke_frozen.py: the window builds offscreen, --version, every CLI command
# and import preset is inside the bundle, a generated Taobao export imports with preset
# detection and with --preset and gives the figures worked out by hand, UTF-8 mode and
# pyarrow inside the app, nothing excluded got in); checks that every library the bundle
# links is there; then, when makensis is installed, compiles installer.nsi over a dummy.
#
#   bash build_spec/build_linux.sh               # build with .venv (scripts/setup.sh)
#   bash build_spec/build_linux.sh --fresh-venv  # build in a new venv, build/venv-fresh,
#                                                # with the locked build_spec/constraints.txt
#                                                # (as the release workflow does)
#   bash build_spec/build_linux.sh --check-only  # only check an existing dist/OpsDesk
#
# Exits non-zero, saying what failed, when any step fails.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

fresh=0
build=1
for arg in "$@"; do
  case "$arg" in
    --fresh-venv) fresh=1 ;;
    --check-only) build=0 ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "build_linux: unknown option $arg" >&2; exit 64 ;;
  esac
done

fail() { echo "build_linux: FAILED: $*" >&2; exit 1; }

if ((fresh)); then
  echo "== a fresh venv in build/venv-fresh"
  rm -rf build/venv-fresh
  "${PYTHON:-python3}" -m venv build/venv-fresh
  build/venv-fresh/bin/python -m pip install -q --upgrade pip
  # the dependency versions of a release: build_spec/constraints.txt
  build/venv-fresh/bin/python -m pip install -q -c build_spec/constraints.txt ".[dev]"
  PY="$ROOT/build/venv-fresh/bin/python"
else
  # .venv with the project and its [dev] extras (PyInstaller), created or updated when
  # pyproject.toml changed, and the system libraries Qt needs offscreen (when root).
  bash scripts/setup.sh
  PY="$ROOT/.venv/bin/python"
fi

if ((build)); then
  echo "== PyInstaller: build_spec/opsdesk.spec -> dist/OpsDesk"
  start=$SECONDS
  "$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" build_spec/opsdesk.spec \
    || fail "PyInstaller"
  echo "built in $((SECONDS - start)) s: $(du -sh dist/OpsDesk | cut -f1)"
fi

"$PY" build_spec/smoke_frozen.py dist/OpsDesk/opsdesk || fail "the frozen app (see above)"

if command -v readelf >/dev/null; then
  echo "== every library the bundle links is in the bundle or on this system"
  # Catches a library dropped by opsdesk.spec that a bundled one still needs. Qt's GTK 3
  # theme and Wayland plugins load only where GTK 3 / Wayland are: optional here.
  bundled="$(find dist/OpsDesk -name '*.so*' -printf '%f\n' | sort -u)"
  needed="$(find dist/OpsDesk -type f \( -name '*.so*' -o -name opsdesk \) \
    -exec readelf -d {} + 2>/dev/null | sed -n 's/.*Shared library: \[\(.*\)\]/\1/p' | sort -u)"
  system="$(ldconfig -p | awk 'NR > 1 {print $1}')"
  from_system=()
  optional=()
  for lib in $needed; do
    grep -qxF "$lib" <<<"$bundled" && continue
    case "$lib" in
      libgtk-3.so.*|libgdk-3.so.*|libwayland-*) optional+=("$lib"); continue ;;
    esac
    grep -qxF "$lib" <<<"$system" || fail "$lib is linked by the bundle but is nowhere" \
      "(Qt's xcb libraries: bash scripts/setup.sh as root installs them)"
    from_system+=("$lib")
  done
  echo "taken from the target system: ${from_system[*]}"
  echo "optional (GTK theme, Wayland): ${optional[*]}"
fi

if command -v makensis >/dev/null; then
  echo "== installer.nsi compiles (over a dummy bundle)"
  dummy="$(mktemp -d)"
  trap 'rm -rf "$dummy"' EXIT
  mkdir -p "$dummy/OpsDesk/_internal"
  for f in OpsDesk.exe opsdesk-cli.exe _internal/python311.dll; do
    echo placeholder >"$dummy/OpsDesk/$f"
  done
  (cd build_spec && makensis -V2 -WX -DDIST="$dummy/OpsDesk" \
    -DOUTFILE="$dummy/OpsDesk-setup.exe" installer.nsi) || fail "makensis installer.nsi"
  [[ -s $dummy/OpsDesk-setup.exe ]] || fail "makensis wrote no installer"
  echo "installer.nsi: ok"
else
  echo "== installer.nsi not checked: makensis is not installed (apt-get install nsis)"
fi
echo "build_linux: OK: dist/OpsDesk ($(du -sh dist/OpsDesk | cut -f1))"
