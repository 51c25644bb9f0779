#!/usr/bin/env bash
# Packs the Linux bundle built by build_linux.sh into the file a release publishes,
# dist/OpsDesk-<version>-linux-x86_64.tar.gz, with its SHA-256 beside it (.sha256, in the
# format `sha256sum -c` reads), then unpacks that archive into a scratch folder and runs
# the frozen-app checks (smoke_frozen.py: start, the demo shop, a printed review …) on
# what was unpacked, so what ships is what was tested.
#
#   bash build_spec/build_linux.sh --fresh-venv && bash build_spec/package_linux.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
fail() { echo "package_linux: FAILED: $*" >&2; exit 1; }

[[ -x dist/OpsDesk/opsdesk ]] || fail "no dist/OpsDesk/opsdesk: run build_spec/build_linux.sh"
PY="${PYTHON:-}"
for candidate in build/venv-fresh/bin/python .venv/bin/python; do
  [[ -z $PY && -x $candidate ]] && PY="$candidate"
done
[[ -n $PY ]] || fail "no Python with OpsDesk's dependencies (.venv or build/venv-fresh)"
version="$("$PY" build_spec/buildinfo.py)"
name="OpsDesk-$version-linux-$(uname -m)"
archive="dist/$name.tar.gz"

echo "== $archive"
rm -f "$archive" "$archive.sha256"
tar -C dist --transform "s,^OpsDesk,$name," -czf "$archive" OpsDesk
(cd dist && sha256sum "$name.tar.gz" >"$name.tar.gz.sha256")
echo "$(du -h "$archive" | cut -f1)  $(cat "$archive.sha256")"

echo "== the unpacked archive passes the frozen-app checks"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
(cd dist && sha256sum -c --quiet "$name.tar.gz.sha256") || fail "checksum does not match"
tar -C "$scratch" -xzf "$archive"
"$PY" build_spec/smoke_frozen.py "$scratch/$name/opsdesk" || fail "the unpacked bundle"
echo "package_linux: OK: $archive"
