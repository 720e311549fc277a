#!/usr/bin/env bash
# Full-build benchmark: writes corpora of N products (tests/OcopShowcase.Benchmarks corpus) and builds each once with a
# warm photo/card cache, reporting wall time, pages per second and peak RSS (GNU time).
# Usage: bench/build.sh [N ...]   (default: 1000 5000 20000)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-1000 5000 20000}")
dotnet build -c Release tests/OcopShowcase.Benchmarks -v quiet -nologo >/dev/null
dotnet build -c Release generator -v quiet -nologo >/dev/null
corpus="dotnet tests/OcopShowcase.Benchmarks/bin/Release/net10.0/OcopShowcase.Benchmarks.dll corpus"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
for n in ${sizes[@]}; do
  dir="/tmp/ocop-corpus-$n"
  [ -d "$dir" ] || $corpus --products "$n" --out "$dir" >/dev/null
  dotnet generator/bin/Release/net10.0/ocop.dll build --content "$dir" --output "$dir-site" >/dev/null 2>&1 || true   # warm caches
  /usr/bin/time -v dotnet generator/bin/Release/net10.0/ocop.dll build --content "$dir" --output "$dir-site" > "/tmp/ocop-bench-$n.log" 2>&1
  pages=$(grep -o 'Đã dựng [0-9]* trang' "/tmp/ocop-bench-$n.log" | grep -o '[0-9]*')
  wall=$(grep 'Elapsed (wall clock)' "/tmp/ocop-bench-$n.log" | awk '{print $NF}')
  rss=$(grep 'Maximum resident' "/tmp/ocop-bench-$n.log" | awk '{print int($NF/1024)}')
  echo "N=$n pages=$pages wall=$wall peak=${rss} MiB"
done
