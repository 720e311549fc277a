#!/usr/bin/env bash
# Full-build benchmark: writes corpora of N products (tests/OcopShowcase.Benchmarks corpus) and reports, for each:
#   full     a clean build into an empty output folder, photo/card caches warm (a first untimed build warms them),
#            three times, median reported;
#   no-op    the same build again, nothing changed;
#   edit     one product's price changed, then built (incremental: only the pages that show it are rendered); three
#            times, another price each, median reported;
#   add      one product added (a copy of another, renamed), then built; the copy is removed afterwards.
# Wall time, pages per second (full) and peak RSS, with GNU time. Usage: bench/build.sh [N ...] (default 1000 5000 20000)
set -euo pipefail
sizes=("${@:-1000 5000 20000}")
source "$(dirname "$0")/common.sh"
machine
measure() { # label, log
  local pages wall rss
  pages=$(grep -o 'Đã dựng [0-9]* trang' "$2" | grep -o '[0-9]*' || echo 0)
  wall=$(grep 'Elapsed (wall clock)' "$2" | awk '{print $NF}')
  rss=$(grep 'Maximum resident' "$2" | awk '{print int($NF/1024)}')
  echo "  $1: pages=$pages wall=$wall peak=${rss} MiB $(grep -o '([0-9]* giữ nguyên)' "$2" || true)"
}
# Every build writes into a folder of its own, and old outputs are deleted only after the timings: ext4 skips inodes
# freed in the last minutes when it allocates new ones, so a build right after deleting a 130,000-file site pays for
# the deletion (up to twice the system time). bench/hugo.sh does the same for Hugo.
for n in ${sizes[@]}; do
  dir=$(corpus_of "$n")
  out="/tmp/ocop-bench-$n-$$"
  echo "N=$n"
  $ocop build --content "$dir" --output "$out-warm" >/dev/null 2>&1 || true   # warm photo and card caches
  walls=()
  for run in 1 2 3; do
    /usr/bin/time -v $ocop build --content "$dir" --output "$out-$run" --timings > "/tmp/ocop-bench-$n-full.log" 2>&1
    measure "full ($run)" "/tmp/ocop-bench-$n-full.log"
    walls+=("$(grep 'Elapsed (wall clock)' "/tmp/ocop-bench-$n-full.log" | awk '{print $NF}')")
  done
  echo "  full median: $(printf '%s\n' "${walls[@]}" | sort | sed -n 2p)"
  /usr/bin/time -v $ocop build --content "$dir" --output "$out-3" > "/tmp/ocop-bench-$n-noop.log" 2>&1
  measure no-op "/tmp/ocop-bench-$n-noop.log"
  # Three edits, another price each, within the allowed range (0–1,000,000,000 ₫); the median is the figure: one
  # build's wall time swings by a tenth from run to run on this VM.
  edits=()
  for run in 1 2 3; do
    perl -pi -e 's/^price: (\d+)$/"price: " . (($1 + 1000) % 900000000)/e' "$dir/san-pham/san-pham-7/index.md"
    /usr/bin/time -v $ocop build --content "$dir" --output "$out-3" --timings > "/tmp/ocop-bench-$n-edit.log" 2>&1
    measure "edit ($run)" "/tmp/ocop-bench-$n-edit.log"
    edits+=("$(grep 'Elapsed (wall clock)' "/tmp/ocop-bench-$n-edit.log" | awk '{print $NF}')")
  done
  echo "  edit median: $(printf '%s\n' "${edits[@]}" | sort | sed -n 2p)"
  rm -rf "$dir/san-pham/san-pham-bench-new"
  cp -r "$dir/san-pham/san-pham-7" "$dir/san-pham/san-pham-bench-new"
  sed -i 's/^name: .*/name: Sản phẩm thêm để đo/; /^certificate:/d' "$dir/san-pham/san-pham-bench-new/index.md"
  /usr/bin/time -v $ocop build --content "$dir" --output "$out-3" --timings > "/tmp/ocop-bench-$n-add.log" 2>&1
  measure add "/tmp/ocop-bench-$n-add.log"
  rm -rf "$dir/san-pham/san-pham-bench-new"
  rm -rf "$out"-*; settle
done
