// Usage: node tools/unocss/dump-data.mjs   (from the project root, after `. ../shared/oracle/env.sh`)
// Rewrites the data files of dev.slidejar.style from Slidev 53's UnoCSS (preset-wind3) install:
//   theme.properties  the theme values (palette, font sizes with line heights, breakpoints, shadows, ...)
//   static-rules.tsv  every static utility (a rule matched by its exact name): rule index, name, declarations
// These are facts (names, numbers, colours); the matching logic is Slidejar's own Java.
import { writeFileSync } from 'node:fs'
import { slidevUno } from './slidev-uno.mjs'

const out = 'src/main/resources/dev/slidejar/style/'
const { uno } = await slidevUno()

const lines = []
const walk = (prefix, v) => {
  if (Array.isArray(v)) v.forEach((x, i) => walk(`${prefix}.${i}`, x))
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(prefix ? `${prefix}.${k}` : k, x)
  else if (typeof v === 'string' || typeof v === 'number') lines.push(`${prefix}=${String(v).replace(/\\/g, '\\\\').replace(/\n/g, '\\n')}`)
}
const theme = uno.config.theme
for (const key of ['colors', 'fontSize', 'fontWeight', 'lineHeight', 'letterSpacing', 'wordSpacing', 'breakpoints',
  'verticalBreakpoints', 'borderRadius', 'boxShadow', 'textShadow', 'blur', 'dropShadow', 'easing', 'transitionProperty',
  'lineWidth', 'spacing', 'duration', 'ringWidth', 'width', 'height', 'maxWidth', 'maxHeight', 'minWidth', 'minHeight',
  'textIndent', 'textStrokeWidth', 'zIndex', 'animation', 'fontFamily', 'preflightBase', 'containers']) walk(key, theme[key])
writeFileSync(out + 'theme.properties', [
  '# UnoCSS preset-wind3 theme as Slidev 53 uses it (@unocss/preset-wind3 66.x), written by tools/unocss/dump-data.mjs.',
  '# Arrays are flattened to key.0, key.1, ...; fontFamily is the default, which Slidev replaces by the deck\'s fonts.',
  ...lines, ''].join('\n'))

const rows = []
for (const [matcher, , meta] of uno.config.rules) {
  if (typeof matcher !== 'string') continue
  const { css } = await uno.generate(new Set([matcher]), { preflights: false })
  const body = css.split('\n').filter(l => !l.startsWith('/*'))
  const esc = '.' + matcher.replace(/([!"#$%&'()*+,./:;<=>?@[\\\]^`{|}~])/g, '\\$1')
  const m = body.length === 1 && body[0].startsWith(esc) && body[0].endsWith('}') && body[0].match(/^([^{]*)\{(.*)\}$/)
  if (!m) { console.warn(`skipped ${matcher}: ${body.join(' ').slice(0, 80)}`); continue }
  rows.push([meta.__index, matcher, m[1].slice(esc.length), m[2], meta.layer ?? ''].join('\t'))
}
writeFileSync(out + 'static-rules.tsv', [
  '# Static utilities of Slidev 53\'s UnoCSS (preset-wind3 66.x), written by tools/unocss/dump-data.mjs:',
  '# rule index<TAB>name<TAB>selector suffix<TAB>declarations<TAB>layer (empty: default)',
  ...rows, ''].join('\n'))
console.log(`${lines.length} theme values, ${rows.length} static rules`)
