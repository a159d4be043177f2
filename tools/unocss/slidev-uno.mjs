// Builds the UnoCSS generator that Slidev 53 uses (its client uno.config.ts: presetWind3, attributify,
// typography, Slidev's shortcuts and variants), from the oracle install, at run time. No Slidev or UnoCSS code
// is copied into Slidejar: these tools only print what the real thing does, for comparison and for the data
// files under src/main/resources/dev/slidejar/style/.
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

export const oracle = process.env.ORACLE_DIR || '/tmp/oracle'

export async function slidevUno() {
  // Node refuses to strip types under node_modules: load the (type-free) config from a temp copy.
  const dir = mkdtempSync(join(tmpdir(), 'slidejar-uno-'))
  symlinkSync(join(oracle, 'node_modules'), join(dir, 'node_modules'))
  const file = join(dir, 'uno.config.mjs')
  writeFileSync(file, readFileSync(join(oracle, 'node_modules/@slidev/client/uno.config.ts'), 'utf8'))
  const config = (await import(pathToFileURL(file).href)).default
  const core = await import(pathToFileURL(join(dir, 'node_modules/@unocss/core/dist/index.mjs')).href)
  config.safelist = [] // Slidev's safelist (its client's own classes) is not part of a deck's tokens
  return { uno: await core.createGenerator(config), core }
}
