#!/usr/bin/env bash
# hmr-vs-slidev.sh [DECKDIR] - "save -> visible" of the dev servers, side by side in one run: the oracle's
# hmr.sh (20 edits of slide 3 on a copy of the deck, in headless Chromium) against `slidejar dev` and against
# Slidev 53's own dev server. Prints the RESULT lines: p50, p95, in-place updates, first slide visible.
# Slidejar runs twice: with --force (no start snapshot: a deck's first start), then without (the snapshot the
# first run saved of the deck as copied: every later start of an unchanged deck).
# Default deck: ../shared/decks/seed. Needs ../shared/oracle/setup.sh done.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
echo "== slidejar dev --force (first start: no snapshot)"
HMR_WORK="$ORACLE_DIR/work/hmr-slidejar" bash "$SHARED/oracle/hmr.sh" "$DECK" -- "$ROOT/slidejar" dev slides.md --port {port} \
  --force | tee /tmp/hmr-slidejar-force.log | grep -E "^(RESULT|edit slide|first load)"
echo "== slidejar dev (a later start: the deck's start snapshot)"
HMR_WORK="$ORACLE_DIR/work/hmr-slidejar" bash "$SHARED/oracle/hmr.sh" "$DECK" -- "$ROOT/slidejar" dev slides.md --port {port} \
  | tee /tmp/hmr-slidejar.log | grep -E "^(RESULT|edit slide|first load)"
echo "== slidev dev"
HMR_WORK="$ORACLE_DIR/work/hmr-slidev" bash "$SHARED/oracle/hmr.sh" "$DECK" -- "$SLIDEV" slides.md --port {port} \
  | tee /tmp/hmr-slidev.log | grep -E "^(RESULT|edit slide|first load)"
