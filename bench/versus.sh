#!/usr/bin/env bash
# Ours against Hugo, run by run: for each N, a warm-up build of ours (photo and card caches), then three rounds of one
# full build each, ours then Hugo's (bench/hugo), each into a fresh folder, outputs deleted only after the timings (see
# bench/build.sh). Interleaving matters on a shared VM whose speed drifts by tens of percent within an hour: figures
# taken minutes apart are not comparable. Reports each tool's median wall time, the ratio, and peak RSS.
# Usage: bench/versus.sh [N ...] (default 1000 5000 20000)
set -euo pipefail
sizes=("${@:-1000 5000 20000}")
source "$(dirname "$0")/common.sh"
machine "; $(hugo version | cut -d' ' -f1-2)"
run() { # label, log, command...
  local label=$1 log=$2; shift 2
  /usr/bin/time -v "$@" > "$log" 2>&1
  echo "$(grep 'Elapsed (wall clock)' "$log" | awk '{print $NF}') $(grep 'Maximum resident' "$log" | awk '{print int($NF/1024)}')"
}
seconds() { awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }'; }
for n in ${sizes[@]}; do
  dir=$(corpus_of "$n")
  out="/tmp/ocop-versus-$n-$$"
  $ocop build --content "$dir" --output "$out-warm" >/dev/null 2>&1 || true
  ours=(); hugos=(); rss_ours=0; rss_hugo=0
  for round in 1 2 3; do
    read -r wall rss < <(run ours "/tmp/ocop-versus-$n-ours.log" $ocop build --content "$dir" --output "$out-ours-$round")
    ours+=("$(echo "$wall" | seconds)"); rss_ours=$(( rss > rss_ours ? rss : rss_ours ))
    read -r wall rss < <(run hugo "/tmp/ocop-versus-$n-hugo.log" hugo --source bench/hugo --contentDir "$dir" --destination "$out-hugo-$round" --quiet)
    hugos+=("$(echo "$wall" | seconds)"); rss_hugo=$(( rss > rss_hugo ? rss : rss_hugo ))
    echo "N=$n round $round: ours ${ours[-1]} s, hugo ${hugos[-1]} s"
  done
  mo=$(printf '%s\n' "${ours[@]}" | sort -g | sed -n 2p); mh=$(printf '%s\n' "${hugos[@]}" | sort -g | sed -n 2p)
  echo "N=$n median: ours $mo s (peak ${rss_ours} MiB), hugo $mh s (peak ${rss_hugo} MiB), ours/hugo $(awk -v a="$mo" -v b="$mh" 'BEGIN { printf "%.2f", a / b }')"
  rm -rf "$out"-*; settle
done
