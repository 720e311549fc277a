#!/usr/bin/env bash
# Edit-to-preview latency of `serve`: copies the sample content, starts the preview server, then saves a product's
# Markdown ten times and measures with curl how long until the preview serves the new name (watcher, debounce,
# incremental rebuild and HTTP included). The product's page is open, as in the editor's browser: a second curl holds
# its live-reload event stream, which names the page (livereload.js), so the rebuild makes that page first.
# Usage: bench/serve.sh [N] — without N the sample, with N a corpus of N products (bench/common.sh), whose product
# san-pham-7 is edited; the first build's time and peak memory are printed.
set -euo pipefail
source "$(dirname "$0")/common.sh"
machine
work=$(mktemp -d)
if [ $# -eq 0 ]; then
  cp -r content "$work/content"
  slug=che-lam-cam-tan; name="Chè lam Cẩm Tân"
else
  cp -r "$(corpus_of "$1")" "$work/content"
  # The corpora's photo, card and poster caches (beside them in /tmp/.cache), so that serve does not paint 40,000
  # share cards in the background while edits are timed (run bench/versus.sh or bench/build.sh N first).
  ln -s /tmp/.cache "$work/.cache"
  slug=san-pham-7; name="Trà dây Yên Định"
fi
port=18765
started=$(date +%s%N)
$ocop serve --content "$work/content" --port $port > "$work/serve.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$work"; settle' EXIT
until curl -sf "http://127.0.0.1:$port/" >/dev/null; do sleep 0.2; done
echo "first build served after $(( ($(date +%s%N) - started) / 1000000 )) ms"
file="$work/content/san-pham/$slug/index.md"
page="http://127.0.0.1:$port/san-pham/$slug/"
curl -sN "http://127.0.0.1:$port/__ocop/events?page=%2Fsan-pham%2F$slug%2F" > "$work/events.log" &
tab=$!
trap 'kill $pid $tab 2>/dev/null; rm -rf "$work"; settle' EXIT
for i in $(seq 1 10); do
  sed -i "s/^name: .*/name: $name $i/" "$file"
  start=$(date +%s%N)
  until curl -sf "$page" | grep -q "$name $i<"; do sleep 0.005; done
  end=$(date +%s%N)
  echo "edit $i: $(( (end - start) / 1000000 )) ms"
  sleep 2   # an editor reads the page before saving again; background card and poster painting finishes
done
grep "Đã dựng lại" "$work/serve.log" | tail -3
echo "peak memory: $(( $(grep VmHWM /proc/$pid/status | awk '{print $2}') / 1024 )) MiB"

