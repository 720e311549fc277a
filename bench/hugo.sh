#!/usr/bin/env bash
# The yardstick: Hugo (Debian's 0.111.3: apt-get install hugo) building the same corpora as bench/build.sh with the
# minimal layouts in bench/hugo/ (product, producer, certificate and list pages with the same fields, cross-references
# by GetPage). Reports the median of three runs, pages written and peak RSS. Usage: bench/hugo.sh [N ...]
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-1000 5000 20000}")
dotnet build -c Release tests/OcopShowcase.Benchmarks -v quiet -nologo >/dev/null
corpus="dotnet tests/OcopShowcase.Benchmarks/bin/Release/net10.0/OcopShowcase.Benchmarks.dll corpus"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); $(hugo version | cut -d' ' -f1-2)"
for n in ${sizes[@]}; do
  dir="/tmp/ocop-corpus-$n"
  [ -d "$dir" ] || $corpus --products "$n" --out "$dir" >/dev/null
  walls=()
  out="/tmp/ocop-hugo-$n-$$"
  for run in 1 2 3; do
    # A folder per run, deleted after the timings (see bench/build.sh: ext4 and recently freed inodes).
    /usr/bin/time -v hugo --source bench/hugo --contentDir "$dir" --destination "$out-$run" --quiet > "/tmp/ocop-hugo-$n.log" 2>&1
    walls+=("$(grep 'Elapsed (wall clock)' "/tmp/ocop-hugo-$n.log" | awk '{print $NF}')")
  done
  rss=$(grep 'Maximum resident' "/tmp/ocop-hugo-$n.log" | awk '{print int($NF/1024)}')
  pages=$(find "$out-3" -name '*.html' | wc -l)
  rm -rf "$out"-*
  echo "N=$n hugo pages=$pages wall=$(printf '%s\n' "${walls[@]}" | sort | sed -n 2p) (runs: ${walls[*]}) peak=${rss} MiB"
done
