#!/usr/bin/env bash
# export-vs-slidev.sh [DECKDIR] [RUNS] - times whole `slidejar export` runs against whole `slidev export` runs
# (the oracle's Slidev 53) on the same deck to PDF, RUNS each (default 3), both tools with the same browser:
# /usr/bin/chromium, then Chromium's headless shell when it is installed (Slidejar's first choice; Slidev takes
# it with --executable-path too). Prints the ratio of the medians per browser, the peak memory and the PDF sizes.
# Slidejar runs twice over: cold (an empty cache of shrunk images each run, as a deck's first export) and warm
# (the copies a first export kept in its cache, as every later export of the deck).
# Peak RSS is measured two ways: GNU time's "maximum resident set size" of the timed runs (the largest single
# process: the JVM or Node, or one Chromium process), and the peak sum over the whole process tree (JVM or Node
# plus every Chromium process), sampled with ps every 0.2 s in one more run that is not timed.
# Default deck: ../shared/decks/seed. Needs ../shared/oracle/setup.sh done.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
RUNS=${2:-3}
OUT=$(mktemp -d /tmp/bench-export.XXXXXX)

# Slidev resolves its themes from the oracle's node_modules, so it exports a copy of the deck there.
WORK="$ORACLE_DIR/work/bench-export-$(basename "$DECK")"
rm -rf "$WORK"; mkdir -p "$WORK"
tar -C "$DECK" --exclude=./node_modules --exclude=./dist -cf - . | tar -C "$WORK" -xf -

now() { date +%s.%N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
tree_rss() { # PID: the summed RSS (KiB) of PID and all its descendants
  ps -e -o pid=,ppid=,rss= | awk -v root="$1" '
    { parent[$1] = $2; rss[$1] = $3 }
    END { for (p in parent) { q = p; while (q != "" && q != 0 && q != root) q = parent[q]; if (q == root) s += rss[p] }
          print s + 0 }'
}
TIME=""; if /usr/bin/time -v true >/dev/null 2>&1; then TIME="/usr/bin/time -v"; fi
run() { # label command...: RUNS timed runs, then one more that samples the process tree's memory
  local label=$1; shift; local times=() maxrss=()
  for i in $(seq "$RUNS"); do
    # nothing else runs meanwhile: sampling ps every 0.2 s costs this 2-core machine more than a second of CPU
    # per run here, which lengthens the shorter runs the most
    local t0; t0=$(now)
    $TIME "$@" >"$OUT/$label.log" 2>&1 || { echo "$label failed:"; tail -20 "$OUT/$label.log"; exit 1; }
    times+=("$(awk -v a="$t0" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }')")
    [ -n "$TIME" ] && maxrss+=("$(($(awk -F': ' '/Maximum resident/ {print $2}' "$OUT/$label.log") / 1024))")
  done
  "$@" >"$OUT/$label.log" 2>&1 &
  local pid=$! peak=0
  while kill -0 "$pid" 2>/dev/null; do
    local r; r=$(tree_rss "$pid"); [ "$r" -gt "$peak" ] && peak=$r; sleep 0.2
  done
  wait "$pid" || { echo "$label failed:"; tail -20 "$OUT/$label.log"; exit 1; }
  printf '%s\n' "${times[@]}" > "$OUT/$label.times"
  printf '%-9s runs: %s  median: %ss  max single-process RSS: %s MiB  peak tree RSS (one more run): %s MiB\n' \
    "$label" "${times[*]}" "$(median < "$OUT/$label.times")" "${maxrss[*]:-n/a}" "$((peak / 1024))"
}
echo "deck: $DECK  runs: $RUNS  java: $(java -version 2>&1 | sed -n 1p)  slidev: $("$SLIDEV" --version 2>/dev/null | tail -1)"
BROWSERS=(/usr/bin/chromium)
SHELL_BIN=/usr/lib/chromium/chromium-headless-shell
[ -x "$SHELL_BIN" ] && BROWSERS+=("$SHELL_BIN")
for browser in "${BROWSERS[@]}"; do
  b=$(basename "$browser")
  echo "== browser: $browser ($("$browser" --version 2>/dev/null | tail -1))"
  # cold: every run with an empty cache of shrunk images (a deck's first export); warm: with the copies an
  # earlier export of the deck kept (every export after the first)
  run "slidejar-$b" bash -c "c=\$(mktemp -d); SLIDEJAR_CACHE_DIR=\$c '$ROOT/slidejar' export '$DECK/slides.md' \
    --output '$OUT/slidejar-$b.pdf' --executable-path '$browser'; s=\$?; rm -rf \$c; exit \$s"
  SLIDEJAR_CACHE_DIR="$OUT/cache-$b" "$ROOT/slidejar" export "$DECK/slides.md" --output "$OUT/fill.pdf" \
    --executable-path "$browser" >/dev/null 2>&1
  run "slidejar-warm-$b" env SLIDEJAR_CACHE_DIR="$OUT/cache-$b" "$ROOT/slidejar" export "$DECK/slides.md" \
    --output "$OUT/slidejar-warm-$b.pdf" --executable-path "$browser"
  run "slidev-$b" bash -c "cd '$WORK' && exec '$SLIDEV' export slides.md --output '$OUT/slidev-$b.pdf' --executable-path '$browser'"
  awk -v a="$(median < "$OUT/slidev-$b.times")" -v b="$(median < "$OUT/slidejar-$b.times")" \
    -v w="$(median < "$OUT/slidejar-warm-$b.times")" -v n="$b" \
    'BEGIN { printf "ratio with %s (slidev / slidejar, medians): %.2fx cold, %.2fx warm\n", n, a / b, a / w }'
  printf 'PDF sizes: slidejar %s bytes, slidev %s bytes\n' "$(stat -c %s "$OUT/slidejar-$b.pdf")" \
    "$(stat -c %s "$OUT/slidev-$b.pdf")"
done
echo "outputs in $OUT"
