#!/usr/bin/env bash
# fidelity-all.sh [DECK...] - builds every deck of ../shared/decks (or the ones named) with target/slidejar.jar,
# measures it with ../shared/oracle/fidelity.sh against Slidev 53's references, and writes docs/fidelity.md:
# the means per deck and the per-slide table of each. Takes about a minute per deck.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
SHARED=$(cd "$ROOT/../shared" && pwd)
JAR=${SLIDEJAR_JAR:-$ROOT/target/slidejar.jar}
[ -f "$JAR" ] || { echo "build the jar first: mvn -q package -DskipTests"; exit 1; }
DECKS=("$@"); [ ${#DECKS[@]} -gt 0 ] || DECKS=($(ls "$SHARED/decks" | while read -r d; do [ -f "$SHARED/decks/$d/slides.md" ] && echo "$d"; done))
WORK=$(mktemp -d)
for deck in "${DECKS[@]}"; do
  echo "== $deck" >&2
  java -jar "$JAR" build "$SHARED/decks/$deck/slides.md" --out "$WORK/site-$deck" > "$WORK/build-$deck.log" 2>&1
  bash "$SHARED/oracle/fidelity.sh" "$WORK/site-$deck" "$deck" > "$WORK/fid-$deck.log" 2>&1 || true
done
{
  echo "# Fidelity against Slidev 53"
  echo
  echo "Made by \`bench/fidelity-all.sh\` on $(date -u +%Y-%m-%d) at $(git -C "$ROOT" rev-parse --short HEAD): each deck of"
  echo "\`../shared/decks\` built by Slidejar, shot by \`../shared/oracle/fidelity.sh\` (980x552, print mode, offline) and"
  echo "compared with \`../shared/reference/DECK/N.png\`, Slidev 53's own rendering. ssim: whole slide; box: inside the"
  echo "content's bounding box; diff%: share of differing pixels. 1.0000 means pixel-identical."
  echo
  echo "| deck | slides | mean ssim | mean box | min ssim |"
  echo "| --- | --- | --- | --- | --- |"
  for deck in "${DECKS[@]}"; do
    tail -1 "$WORK/fid-$deck.log" | awk -v d="$deck" '{ printf "| %s | %s | %s | %s | %s %s %s |\n", d, $2, $5, $8, $14, $15, $16 }'
  done
  echo
  echo "Where the score is low, and why:"
  echo
  echo "- \`alptugan-cod208-interactivity\`: \`routerMode: hash\`; its references show slide 1 for every N (Slidev's"
  echo "  hash router ignores the /N path the shots use), so the deck cannot be compared slide by slide."
  echo "- math is rendered by KaTeX at build time as Slidev renders it (\`qrwells-model-checking-ch5\`: 0.9715 without);"
  echo "  code blocks are coloured as Shiki colours them and their line ranges follow the clicks. Monaco, Mermaid,"
  echo "  PlantUML and the decks' own Vue components (left out of the decks) differ."
  echo "- \`:class\` bindings on \`\$clicks\` (antfu slide 4) and other Vue expressions are not evaluated."
  for deck in "${DECKS[@]}"; do
    echo; echo "## $deck"; echo; echo '```'
    sed -n '/^ slide /,$p' "$WORK/fid-$deck.log"
    echo '```'
  done
} > "$ROOT/docs/fidelity.md"
rm -rf "$WORK"
echo "wrote docs/fidelity.md" >&2
