#!/usr/bin/env bash
# Builds the Teams app package to sideload: manifest.json with the bot's app id filled in, plus
# color.png and outline.png, all three at the root of the zip (Teams rejects a zip with a folder in it).
#
#   MICROSOFT_APP_ID=<guid> manifest/package.sh
#   manifest/package.sh --app-id <guid> [--version 1.0.1] [--out path/to/app.zip]
#
# manifest.json is a template: ${{MICROSOFT_APP_ID}} (the Azure Bot's Entra app id, the same value as the
# bot's MicrosoftAppId setting) and ${{APP_VERSION}} (default 1.0.0; raise it to update an uploaded app)
# are replaced; any other ${{...}} left over is an error. This is the token syntax of the Teams/Agents
# Toolkit, so the template also works there.
#
# Zips with the first of `zip`, python3 or node (manifest/zip.mjs) that is installed.
# TEAMS_PACKAGE_ZIPPER=zip|python3|node forces one (the tests use it to cover each).
#
# Exit codes: 0 built; 2 bad or missing argument; 1 anything else.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
app_id="${MICROSOFT_APP_ID:-}"
version="${APP_VERSION:-1.0.0}"
out="$here/build/TeamsBookingsBot.zip"

usage() {
  echo "usage: $0 [--app-id GUID] [--version X.Y.Z] [--out FILE]   (or set MICROSOFT_APP_ID)" >&2
  exit 2
}

while [[ $# -gt 0 ]]; do
  case "$1" in
    --app-id) [[ $# -ge 2 ]] || usage; app_id="$2"; shift 2 ;;
    --version) [[ $# -ge 2 ]] || usage; version="$2"; shift 2 ;;
    --out) [[ $# -ge 2 ]] || usage; out="$2"; shift 2 ;;
    -h|--help) usage ;;
    *) echo "unknown argument: $1" >&2; usage ;;
  esac
done

if [[ -z "$app_id" ]]; then
  echo "MICROSOFT_APP_ID is not set: pass --app-id or set it to the Azure Bot's Microsoft App ID (a GUID)." >&2
  exit 2
fi
guid='^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
if [[ ! "$app_id" =~ $guid ]]; then
  echo "MICROSOFT_APP_ID '$app_id' is not a GUID such as 2a1f6c3e-8b0d-4f52-9c7e-1d3b5a7f9e21." >&2
  exit 2
fi
# The Azure portal shows app ids in lower case; Teams compares them as given.
app_id="${app_id,,}"
if [[ "$app_id" == "00000000-0000-0000-0000-000000000000" ]]; then
  echo "MICROSOFT_APP_ID is the empty GUID: use the Azure Bot's Microsoft App ID." >&2
  exit 2
fi
# Teams compares versions numerically to decide whether an upload is an update: plain x.y.z only.
if [[ ! "$version" =~ ^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$ ]]; then
  echo "APP_VERSION '$version' is not a version such as 1.0.0." >&2
  exit 2
fi

stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT

# Both values were validated above, so they hold no character sed would treat specially.
sed -e "s/\${{MICROSOFT_APP_ID}}/$app_id/g" -e "s/\${{APP_VERSION}}/$version/g" \
  "$here/manifest.json" > "$stage/manifest.json"
if left="$(grep -o '\${{[^}]*}}' "$stage/manifest.json" | sort -u | tr '\n' ' ')" && [[ -n "$left" ]]; then
  echo "manifest.json has placeholders this script does not fill: $left" >&2
  exit 1
fi
cp "$here/color.png" "$here/outline.png" "$stage/"

zipper="${TEAMS_PACKAGE_ZIPPER:-}"
if [[ -z "$zipper" ]]; then
  for candidate in zip python3 node; do
    if command -v "$candidate" > /dev/null; then zipper="$candidate"; break; fi
  done
fi
case "$zipper" in
  zip)
    # -X: no extra file attributes; -D: no folder entries. Into a fresh file: zip would update an existing one.
    (cd "$stage" && zip -q -X -D package.zip manifest.json color.png outline.png) ;;
  python3)
    python3 - "$stage" <<'PY'
import sys, zipfile
from pathlib import Path
stage = Path(sys.argv[1])
with zipfile.ZipFile(stage / "package.zip", "w", zipfile.ZIP_DEFLATED) as package:
    for name in ("manifest.json", "color.png", "outline.png"):
        package.write(stage / name, arcname=name)
PY
    ;;
  node)
    (cd "$stage" && node "$here/zip.mjs" package.zip manifest.json color.png outline.png) ;;
  "") echo "None of zip, python3 or node is installed: install one (apt-get install zip)." >&2; exit 1 ;;
  *) echo "TEAMS_PACKAGE_ZIPPER must be zip, python3 or node, not '$zipper'." >&2; exit 2 ;;
esac

mkdir -p "$(dirname "$out")"
mv -f "$stage/package.zip" "$out"
echo "$out"
