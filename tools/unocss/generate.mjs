// Usage: node tools/unocss/generate.mjs [--no-preflights] [--unmatched] < tokens.txt   (after `. ../shared/oracle/env.sh`)
// Prints the CSS that Slidev 53's UnoCSS generates for the whitespace-separated class tokens on stdin:
// what dev.slidejar.style.UtilityCss.generate must reproduce.
import { readFileSync } from 'node:fs'
import { slidevUno } from './slidev-uno.mjs'

const args = process.argv.slice(2)
const { uno } = await slidevUno()
const tokens = readFileSync(0, 'utf8').split(/\s+/).filter(Boolean)
const { css, matched } = await uno.generate(new Set(tokens), { preflights: !args.includes('--no-preflights') })
process.stdout.write(css + '\n')
if (args.includes('--unmatched')) process.stdout.write(`/* unmatched: ${tokens.filter(t => !matched.has(t)).join(' ')} */\n`)
