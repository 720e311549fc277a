#!/usr/bin/env bash
# Where an edit build allocates. Counts every call into the native image's allocation slow path (RhpGcAlloc: once per
# allocation context the collector hands out, about 8 KiB of small objects, and once per large object) with its
# stack, and prints the calls by the innermost generator frame, then by stage. A call is about 10 KiB of a build's
# allocations (an edit build at 20,000 products: 1,147 MiB in 113,645 calls, BENCHMARKS.md session 44), so the counts
# say where the megabytes go, where a time profile only says where the first touch of new memory is paid.
# Needs root, perf with uprobes, and the image with its symbols, which a plain publish strips (an image already there is
# kept as it is, and `dotnet publish` takes no --no-incremental; so it is deleted first):
#   rm -f generator/bin/native/*/ocop && dotnet publish generator -p:OcopNative=true -p:StripSymbols=false
# Usage: bench/allocations.sh [N] [TOP]   (N products, default 20000; the corpus and a built site are made first)
set -euo pipefail
n=${1:-20000}
top=${2:-40}
OCOP_NATIVE=0 source "$(dirname "$0")/common.sh"
ocop="dotnet generator/bin/Release/net10.0/ocop.dll"
image=$(ls -d generator/bin/native/*/ocop 2>/dev/null | head -1)
if [ -z "$image" ] || ! file "$image" | grep -q "not stripped"; then
  echo "No native image with symbols: rm -f generator/bin/native/*/ocop && dotnet publish generator -p:OcopNative=true -p:StripSymbols=false" >&2
  exit 1
fi
dir=$(corpus_of "$n")
out="/tmp/ocop-allocations-$n"
$ocop build --content "$dir" --output "$out" >/dev/null 2>&1 || true   # a site to edit (full the first time)
perl -pi -e 's/^price: (\d+)$/"price: " . (($1 + 1000) % 900000000)/e' "$dir/san-pham/san-pham-7/index.md"
perf probe -q -x "$image" --del 'probe_ocop:RhpGcAlloc' 2>/dev/null || true
perf probe -q -x "$image" RhpGcAlloc
trap 'perf probe -q -x "$image" --del "probe_ocop:RhpGcAlloc" 2>/dev/null || true' EXIT
perf record -q -e probe_ocop:RhpGcAlloc -g -o /tmp/ocop-allocations.data -- $ocop build --content "$dir" --output "$out" --timings > /tmp/ocop-allocations.log 2>&1
grep -E '^  GC ' /tmp/ocop-allocations.log
perf script -i /tmp/ocop-allocations.data 2>/dev/null | awk '
  # One sample: a header line, then its frames, innermost first. Each sample gives two lines: the innermost frame of
  # the generator itself (lambdas and the wrappers skipped), and its stage (the frame BuildTimings.Measure called).
  function flush() {
    if (!seen) return
    print "inner\t" (own == "" ? "(runtime or library only)" : own)
    print "stage\t" (st == "" ? "(on a worker, or beside the stages)" : st)
    seen = 0; own = ""; st = ""; prev = ""
  }
  /^[^ \t]/ { flush(); seen = 1; next }
  NF >= 2 && $2 ~ /^ocop_OcopShowcase_/ {
    g = $2; sub(/\+0x[0-9a-f]+$/, "", g); sub(/^ocop_OcopShowcase_/, "", g)
    if (g ~ /^BuildTimings__Measure/) { if (prev != "") st = prev; next }
    if (g ~ /DisplayClass|_b__|FileSystemFailure__Guard/) next
    if (own == "") own = g
    prev = g
  }
  END { flush() }' > /tmp/ocop-allocations.txt
calls=$(grep -c '^inner' /tmp/ocop-allocations.txt || true)
if [ "$calls" = 0 ]; then
  # The build ran another image (or none): the one probed is of other code. Publishing deletes images of other code.
  echo "No calls recorded in $image: it is not the image of this code; publish it again (see the top of this script)." >&2
  exit 1
fi
echo "$calls calls into the allocation slow path"
echo; echo "By the innermost generator frame:"
grep '^inner' /tmp/ocop-allocations.txt | cut -f2 | sort | uniq -c | sort -rn | head -"$top"
echo; echo "By stage (the function each timed stage runs):"
grep '^stage' /tmp/ocop-allocations.txt | cut -f2 | sort | uniq -c | sort -rn | head -"$top"
