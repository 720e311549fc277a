#!/usr/bin/env bash
# Incremental builds of this checkout against another revision, side by side: each builds the corpus of N products
# into its own output folder, with a cache of its own, then both build the same edits (a price, ROUNDS times, the
# order alternating; one product added, then removed) and print wall time, peak memory, pages kept and the pages and
# publish stages. The reference is a worktree with its own Release build and native image (without the image, it runs
# JIT-compiled):
#   git worktree add /tmp/wt-ref <rev> && dotnet build -c Release /tmp/wt-ref/generator
#   (cd /tmp/wt-ref && dotnet publish generator -p:OcopNative=true)
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
  OCOP_CACHE_DIR="$out-$v-cache" /usr/bin/time -f "%e %M" -o "$out.time" dotnet "${root[$v]}/generator/bin/Release/net10.0/ocop.dll" build \
    --content "$dir" --theme "${root[$v]}/theme" --output "$out-$v" --timings > "$log" 2>&1
  read -r wall rss < "$out.time"
  echo "$2 $v: wall $wall s, peak $((rss / 1024)) MiB; $(grep -o '([0-9]* giữ nguyên)' "$log" || true)" \
    "pages $(grep -E '^ +pages ' "$log" | head -1 | awk '{print $2}') ms; publish $(grep -E '^ +publish ' "$log" | awk '{print $2}') ms"
}
trap 'rm -rf "$out"-* "$out.time" "$dir/san-pham/san-pham-bench-new"' EXIT
# Each version keeps its memos in a cache of its own (OCOP_CACHE_DIR): the document, listing and search-token memos are
# kept by content folder, and a memo another generator wrote is not used, so with one cache every build of one version
# found the other's memos and read the whole corpus again (edit builds of 2.7 s took 4.8 s). The painted share cards
# and photos are shared, hard-linked: they are named by what they show and never changed in place.
for v in ref new; do
  mkdir -p "$out-$v-cache"
  for kind in cards images icons; do
    if [ -d "$(dirname "$dir")/.cache/$kind" ]; then cp -al "$(dirname "$dir")/.cache/$kind" "$out-$v-cache/$kind"; fi
  done
done
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
