#!/usr/bin/env node
// Writes what KaTeX (the oracle's, the version Slidev 53 renders with; strict: false) makes of the formulas of the
// given decks, as the expected output of Slidejar's bundled copy run in Rhino:
//
//   node tools/katex-golden.mjs OUT.json LIMIT DECK.md...     (run with $ORACLE_DIR/node_modules resolvable)
//
// Formulas: each $$ block and each $...$ on a line, the first LIMIT distinct ones in file order.
import fs from 'node:fs'
import path from 'node:path'
import { createRequire } from 'node:module'

const require = createRequire(path.join(process.env.ORACLE_DIR ?? '/tmp/oracle', 'package.json'))
const katex = require('katex')
const [out, limit, ...decks] = process.argv.slice(2)
const seen = new Set()
const entries = []
const add = (tex, display) => {
  const key = (display ? 'D' : 'I') + tex
  if (seen.has(key) || entries.length >= +limit) return
  seen.add(key)
  let html
  try {
    html = katex.renderToString(tex, { strict: false, displayMode: display })
  } catch (e) {
    html = null
  }
  entries.push({ tex, display, html })
}
for (const deck of decks) {
  const text = fs.readFileSync(deck, 'utf8')
  for (const [, tex] of text.matchAll(/^\$\$\n([\s\S]*?)\$\$$/gm)) add(tex, true)
  for (const line of text.split('\n')) {
    for (const [, tex] of line.matchAll(/\$([^$\s][^$]*?[^$\s]|[^$\s])\$(?!\d)/g)) add(tex, false)
  }
}
fs.writeFileSync(out, JSON.stringify(entries, null, 1) + '\n')
console.error(`${entries.length} formulas, ${entries.filter(e => e.html === null).length} that KaTeX refuses`)
