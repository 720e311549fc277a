#!/usr/bin/env bash
# Incremental builds of this checkout against another revision, side by side: each builds the corpus of N products
# into its own output folder, then both build the same edits (a price, ROUNDS times, the order alternating; one product
# added, then removed) and print wall time, peak memory, pages kept and the pages and publish stages. The reference is
# a worktree with its own Release build: git worktree add /tmp/wt-ref <rev> && dotnet build -c Release /tmp/wt-ref/generator
# Usage: bench/ab.sh REF_WORKTREE N [ROUNDS]
set -euo pipefail
ref=$(cd "$1" && pwd); n=$2; rounds=${3:-4}
source "$(dirname "$0")/common.sh"
machine
dir=$(corpus_of "$n")
declare -A root=([ref]="$ref" [new]="$PWD")
out="/tmp/ocop-ab-$n-$$"
b() { # version, label
  local v=$1 log="$out-$1.log"
  /usr/bin/time -f "%e %M" -o "$out.time" dotnet "${root[$v]}/generator/bin/Release/net10.0/ocop.dll" build \
    --content "$dir" --theme "${root[$v]}/theme" --output "$out-$v" --timings > "$log" 2>&1
  read -r wall rss < "$out.time"
  echo "$2 $v: wall $wall s, peak $((rss / 1024)) MiB; $(grep -o '([0-9]* giữ nguyên)' "$log" || true)" \
    "pages $(grep -E '^ +pages ' "$log" | head -1 | awk '{print $2}') ms; publish $(grep -E '^ +publish ' "$log" | awk '{print $2}') ms"
}
trap 'rm -rf "$out"-* "$out.time" "$dir/san-pham/san-pham-bench-new"' EXIT
b ref full; b new full
b ref no-op; b new no-op
for r in $(seq 1 "$rounds"); do
  perl -pi -e 's/^price: (\d+)$/"price: " . (($1 + 1000) % 900000000)/e' "$dir/san-pham/san-pham-7/index.md"
  if [ $((r % 2)) = 1 ]; then b ref "edit $r"; b new "edit $r"; else b new "edit $r"; b ref "edit $r"; fi
done
cp -r "$dir/san-pham/san-pham-7" "$dir/san-pham/san-pham-bench-new"
sed -i 's/^name: .*/name: Sản phẩm thêm để đo/; /^certificate:/d' "$dir/san-pham/san-pham-bench-new/index.md"
b ref add; b new add
rm -rf "$dir/san-pham/san-pham-bench-new"
b new remove; b ref remove
