#!/usr/bin/env bash
# hmr-vs-slidev.sh [DECKDIR] - "save -> visible" of the dev servers, side by side in one run: the oracle's
# hmr.sh (20 edits of slide 3 on a copy of the deck, in headless Chromium) against `slidejar dev` and against
# Slidev 53's own dev server. Prints the RESULT lines: p50, p95, in-place updates, first slide visible.
# Each tool runs twice: with --force (Slidejar: no start snapshot; Slidev: its dependency optimizer's cache
# ignored: a deck's first start), then without (the snapshot or cache the first run left: every later start).
# Default deck: ../shared/decks/seed. Needs ../shared/oracle/setup.sh done.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
echo "== slidejar dev --force (first start: no snapshot)"
HMR_WORK="$ORACLE_DIR/work/hmr-slidejar" bash "$SHARED/oracle/hmr.sh" "$DECK" -- "$ROOT/slidejar" dev slides.md --port {port} \
  --force | tee /tmp/hmr-slidejar-force.log | grep -E "^(RESULT|edit slide|first load)"
echo "== slidejar dev (a later start: the deck's start snapshot)"
# the first run edits the deck from its first second on, so it saves no snapshot of the deck as copied: a start
# left alone for a few seconds does (as any start before the deck's last edit), on a copy made as hmr.sh makes it
SJ_WORK="$ORACLE_DIR/work/hmr-slidejar"
rm -rf "$SJ_WORK"; mkdir -p "$SJ_WORK"
tar -C "$DECK" --exclude=./node_modules --exclude=./dist --exclude=./.git -cf - . | tar -C "$SJ_WORK" -xf -
(cd "$SJ_WORK" && exec "$ROOT/slidejar" dev slides.md --port 0 --log silent </dev/null >/dev/null 2>&1) &
sleep 6; kill "$!" 2>/dev/null || true; wait "$!" 2>/dev/null || true
HMR_WORK="$ORACLE_DIR/work/hmr-slidejar" bash "$SHARED/oracle/hmr.sh" "$DECK" -- "$ROOT/slidejar" dev slides.md --port {port} \
  | tee /tmp/hmr-slidejar.log | grep -E "^(RESULT|edit slide|first load)"
echo "== slidev dev --force (its dependency optimizer's cache ignored: a deck's first start)"
HMR_WORK="$ORACLE_DIR/work/hmr-slidev" bash "$SHARED/oracle/hmr.sh" "$DECK" -- "$SLIDEV" slides.md --port {port} \
  --force | tee /tmp/hmr-slidev-force.log | grep -E "^(RESULT|edit slide|first load)"
echo "== slidev dev (a later start: the cache the first run left)"
HMR_WORK="$ORACLE_DIR/work/hmr-slidev" bash "$SHARED/oracle/hmr.sh" "$DECK" -- "$SLIDEV" slides.md --port {port} \
  | tee /tmp/hmr-slidev.log | grep -E "^(RESULT|edit slide|first load)"
