#!/usr/bin/env bash
# Edit-to-preview latency of `serve`: copies the sample content, starts the preview server, then saves a product's
# Markdown ten times and measures with curl how long until the preview serves the new name (watcher, debounce,
# incremental rebuild and HTTP included). Usage: bench/serve.sh
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build -c Release generator -v quiet -nologo >/dev/null
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
work=$(mktemp -d)
cp -r content "$work/content"
port=18765
dotnet generator/bin/Release/net10.0/ocop.dll serve --content "$work/content" --port $port > "$work/serve.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$work"' EXIT
until curl -sf "http://127.0.0.1:$port/" >/dev/null; do sleep 0.2; done
file="$work/content/san-pham/che-lam-cam-tan/index.md"
page="http://127.0.0.1:$port/san-pham/che-lam-cam-tan/"
for i in $(seq 1 10); do
  sed -i "s/^name: .*/name: Chè lam Cẩm Tân $i/" "$file"
  start=$(date +%s%N)
  until curl -sf "$page" | grep -q "Chè lam Cẩm Tân $i<"; do sleep 0.005; done
  end=$(date +%s%N)
  echo "edit $i: $(( (end - start) / 1000000 )) ms"
  sleep 2   # an editor reads the page before saving again; background card and poster painting finishes
done
grep "Đã dựng lại" "$work/serve.log" | tail -3
