#!/usr/bin/env bash
# Installs every program the full test suite uses besides the .NET SDK, and nothing else:
#   - a Chromium, for the browser tests (Playwright drives it; Playwright's own browser download is not used);
#   - poppler-utils (pdftoppm), to rasterize the QR posters as a printer would;
#   - Java and the Nu Html Checker (npm package vnu-jar), for HTML validity.
# One list for every place that runs the full suite: the README, .ci/run and the tests workflow (tests.yml) call this
# script, so they cannot drift. Debian and Ubuntu (apt). On Ubuntu the apt package "chromium" is a snap stub, so a
# Chromium is taken from tests/chromium-candidates.txt (GitHub's runners have one) and never apt-installed there.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root=()
if [ "$(id -u)" -ne 0 ]; then as_root=(sudo); fi

packages=()
command -v pdftoppm >/dev/null 2>&1 || packages+=(poppler-utils)
command -v java >/dev/null 2>&1 || packages+=(default-jre-headless)
if ! bash scripts/find-chromium.sh >/dev/null; then
  if grep -qi '^ID=ubuntu' /etc/os-release 2>/dev/null; then
    echo "No usable Chromium: on Ubuntu install Google Chrome or Chromium (snap), then set OCOP_CHROMIUM to its path." >&2
    exit 1
  fi
  packages+=(chromium)
fi
command -v npm >/dev/null 2>&1 || packages+=(npm)

if [ ${#packages[@]} -gt 0 ]; then
  echo "Installing: ${packages[*]}"
  "${as_root[@]}" apt-get update -qq
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null
fi

(cd tests/html-validator && npm ci --no-audit --no-fund --loglevel=error)

browser=$(bash scripts/find-chromium.sh)
if [ -n "${GITHUB_ENV:-}" ]; then echo "OCOP_CHROMIUM=$browser" >> "$GITHUB_ENV"; fi
echo "Chromium: $browser ($("$browser" --version 2>/dev/null || echo 'version unknown'))"
echo "pdftoppm: $(command -v pdftoppm); java: $(command -v java)"
