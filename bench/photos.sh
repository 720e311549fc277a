#!/usr/bin/env bash
# Photo pipeline benchmark: 12 MP JPEGs → 3 widths × (WebP + JPEG), SkiaSharp (ours) against libvips (NetVips),
# on one worker and on every core, three runs each, each run in its own process (so peak memory is its own).
# Usage: bench/photos.sh [COUNT]   (default 12 photos)
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-12}"
dotnet build -c Release tests/OcopShowcase.Benchmarks -v quiet -nologo >/dev/null
bench="dotnet tests/OcopShowcase.Benchmarks/bin/Release/net10.0/OcopShowcase.Benchmarks.dll"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
$bench photo-bench --count "$count" --prepare
for engine in skia vips; do
  for workers in 1 "$(nproc)"; do
    for run in 1 2 3; do
      $bench photo-bench --engine "$engine" --workers "$workers" --count "$count"
    done
  done
done
