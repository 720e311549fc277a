#!/usr/bin/env bash
# The yardstick: Hugo (Debian's 0.111.3: apt-get install hugo) building the same corpora as bench/build.sh with the
# minimal layouts in bench/hugo/ (product, producer, certificate and list pages with the same fields, cross-references
# by GetPage). Reports the median of three runs, pages written and peak RSS. Usage: bench/hugo.sh [N ...]
set -euo pipefail
sizes=("${@:-1000 5000 20000}")
source "$(dirname "$0")/common.sh"
machine "; $(hugo version | cut -d' ' -f1-2)"
for n in ${sizes[@]}; do
  dir=$(corpus_of "$n")
  walls=()
  out="/tmp/ocop-hugo-$n-$$"
  for run in 1 2 3; do
    # A folder per run, deleted after the timings (see bench/build.sh: ext4 and recently freed inodes).
    /usr/bin/time -v hugo --source bench/hugo --contentDir "$dir" --destination "$out-$run" --quiet > "/tmp/ocop-hugo-$n.log" 2>&1
    walls+=("$(grep 'Elapsed (wall clock)' "/tmp/ocop-hugo-$n.log" | awk '{print $NF}')")
  done
  rss=$(grep 'Maximum resident' "/tmp/ocop-hugo-$n.log" | awk '{print int($NF/1024)}')
  pages=$(find "$out-3" -name '*.html' | wc -l)
  rm -rf "$out"-*; settle
  echo "N=$n hugo pages=$pages wall=$(printf '%s\n' "${walls[@]}" | sort | sed -n 2p) (runs: ${walls[*]}) peak=${rss} MiB"
done
