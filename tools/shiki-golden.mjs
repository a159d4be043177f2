#!/usr/bin/env node
// Writes what Shiki (the oracle's, as Slidev 53 highlights: vitesse-light and vitesse-dark, defaultColor false, the
// languages Slidev always loads (resolveShikiOptions) and the block's own)
// makes of every fenced code block of the given decks, as the expected output of Slidejar's highlighter:
//
//   node tools/shiki-golden.mjs OUT.json DECK.md...     (run with $ORACLE_DIR/node_modules resolvable)
//
// Each entry: the deck, the block's language as written, its code, and the <code> element's inner HTML, or
// "error" when Shiki does not know the language.
import fs from 'node:fs'
import path from 'node:path'
import { createRequire } from 'node:module'

const require = createRequire(path.join(process.env.ORACLE_DIR ?? '/tmp/oracle', 'package.json'))
const { createHighlighter } = await import(require.resolve('shiki'))
const ALWAYS = ['markdown', 'vue', 'javascript', 'typescript', 'html', 'css']
const themes = { light: 'vitesse-light', dark: 'vitesse-dark' }
const [out, ...decks] = process.argv.slice(2)
const entries = []
for (const deck of decks) {
  const lines = fs.readFileSync(deck, 'utf8').split('\n')
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([\w+#.-]+)?/.exec(lines[i])
    if (!open || !open[3]) continue
    const fence = open[2]
    const body = []
    let j = i + 1
    while (j < lines.length && !lines[j].trimStart().startsWith(fence)) body.push(lines[j++])
    i = j
    const code = body.map(l => l.startsWith(open[1]) ? l.slice(open[1].length) : l).join('\n')
    const lang = open[3]
    let html
    try {
      const highlighter = await createHighlighter({ themes: Object.values(themes), langs: ALWAYS })
      await highlighter.loadLanguage(lang)
      html = highlighter.codeToHtml(code, { lang, themes, defaultColor: false })
      highlighter.dispose()
      html = html.replace(/^[\s\S]*?<code>/, '').replace(/<\/code><\/pre>$/, '')
    } catch (e) {
      html = 'error'
    }
    entries.push({ deck: path.basename(path.dirname(deck)), lang, code, html })
  }
}
fs.writeFileSync(out, JSON.stringify(entries, null, 1) + '\n')
console.error(`${entries.length} blocks, ${entries.filter(e => e.html === 'error').length} unknown languages`)
