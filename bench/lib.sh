# Sourced by the bench scripts: where things are, the deck ($1, default ../shared/decks/seed), the oracle's
# environment and Slidev, and the slidejar launcher primed as a user runs it (its first run after a build
# makes the jar and trains the class-data archive: done here, before any clock runs).
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
SHARED=$(cd "$ROOT/../shared" && pwd)
. "$SHARED/oracle/env.sh"
DECK=$(cd "${1:-$SHARED/decks/seed}" && pwd)
SLIDEV="$ORACLE_DIR/node_modules/.bin/slidev"
[ -x "$SLIDEV" ] || { echo "run $SHARED/oracle/setup.sh first"; exit 1; }
"$ROOT/slidejar" --version >/dev/null
