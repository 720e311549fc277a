#!/usr/bin/env bash
# Prints the path of the first usable Chromium in tests/chromium-candidates.txt (the list the browser tests read),
# or nothing and exit 1.
set -uo pipefail
list="$(dirname "$0")/../tests/chromium-candidates.txt"
while IFS= read -r line; do
  case "$line" in ''|'#'*) continue ;; esac
  if [[ "$line" == \$* ]]; then name="${line#\$}"; path="${!name:-}"; else path="$line"; fi
  [ -n "$path" ] && [ -f "$path" ] && [ -x "$path" ] || continue
  # Ubuntu's transitional package leaves a shell script that only says "install the snap".
  if head -c 2 "$path" | grep -q '#!' && grep -qs '/snap/' "$path"; then continue; fi
  echo "$path"
  exit 0
done < "$list"
exit 1
