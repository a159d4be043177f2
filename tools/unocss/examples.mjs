// Usage: node tools/unocss/examples.mjs FAMILY TOKEN...   (after `. ../shared/oracle/env.sh`)
// Prints an example file for UtilityCssFamilyTest: for each token, "== token" and the CSS Slidev 53's UnoCSS
// generates for it alone (no preflights). The expected CSS in src/test/resources/style/utilities/ comes from here.
import { slidevUno } from './slidev-uno.mjs'

const [family, ...tokens] = process.argv.slice(2)
const { uno } = await slidevUno()
const out = [`# ${family}: the CSS Slidev 53's UnoCSS generates for each token alone (tools/unocss/examples.mjs)`]
for (const token of tokens) {
  const { css } = await uno.generate(new Set([token]), { preflights: false })
  out.push(`== ${token}`, css || '(nothing)')
}
process.stdout.write(out.join('\n') + '\n')
