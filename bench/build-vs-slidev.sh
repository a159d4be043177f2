#!/usr/bin/env bash
# build-vs-slidev.sh [DECKDIR] [RUNS] - times whole `slidejar build` runs against whole `slidev build` runs
# (the oracle's Slidev 53) on the same deck, RUNS each (default 5), in one sitting, and prints the ratio of
# the medians. Default deck: ../shared/decks/seed. Needs ../shared/oracle/setup.sh done.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
RUNS=${2:-5}

# Slidev resolves its themes from the oracle's node_modules, so it builds a copy of the deck there.
WORK="$ORACLE_DIR/work/bench-$(basename "$DECK")"
rm -rf "$WORK"; mkdir -p "$WORK"
tar -C "$DECK" --exclude=./node_modules --exclude=./dist -cf - . | tar -C "$WORK" -xf -

now() { date +%s.%N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
run() { # label command...
  local label=$1; shift; local times=()
  for i in $(seq "$RUNS"); do
    local t0; t0=$(now); "$@" >/dev/null 2>&1 || { echo "$label failed"; exit 1; }
    times+=("$(awk -v a="$t0" -v b="$(now)" 'BEGIN { printf "%.3f", b - a }')")
  done
  printf '%s\n' "${times[@]}" > "/tmp/bench-$label.txt"
  printf '%-9s runs: %s  median: %ss\n' "$label" "${times[*]}" "$(median < "/tmp/bench-$label.txt")"
}
echo "deck: $DECK  runs: $RUNS  java: $(java -version 2>&1 | sed -n 1p)  slidev: $("$SLIDEV" --version 2>/dev/null | tail -1)"
run slidejar "$ROOT/slidejar" build "$DECK/slides.md" --out "/tmp/bench-slidejar-out"
run slidev bash -c "cd '$WORK' && '$SLIDEV' build slides.md --out /tmp/bench-slidev-out"
awk -v a="$(median < /tmp/bench-slidev.txt)" -v b="$(median < /tmp/bench-slidejar.txt)" \
  'BEGIN { printf "ratio (slidev / slidejar, medians): %.1fx\n", a / b }'
