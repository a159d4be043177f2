#!/usr/bin/env node
// Writes the golden icon output of the real tools Slidev 53 uses, for IconsGoldenTest:
//   src/test/resources/style/icon-components.tsv  unplugin-icons (vue3, defaultClass slidev-icon) rendered by Vue SSR
//   src/test/resources/style/icon-classes.tsv     UnoCSS preset-icons (as Slidev configures it) for i- classes
// Needs the screenshot oracle's install (../shared/oracle/setup.sh):
//   . ../shared/oracle/env.sh && node tools/icon-goldens.mjs
// Rows are: input, attributes (name=value pairs joined by |), output; the random ids of unplugin-icons are
// numbered (uicons-1, ...). Rerun after changing the bundled versions.

import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const ORACLE = process.env.ORACLE_DIR ?? '/tmp/oracle'
const OUT = path.join(ROOT, 'src/test/resources/style')
const cli = createRequire(path.join(ORACLE, 'node_modules/@slidev/cli/package.json'))
const client = createRequire(path.join(ORACLE, 'node_modules/@slidev/client/package.json'))

const COMPONENTS = [
  ['carbon:arrow-right', { class: 'inline' }],
  ['carbon:logo-github', { class: 'text-xl', 'data-x': 'a&b' }],
  ['carbon:edit', {}],
  ['ri:github-line', { class: 'op50' }],
  ['codicon:file-binary', {}],
  ['ant-design:layout-outlined', {}],
  ['logos:nuxt-icon', {}],
  ['logos:vitejs', { class: 'w-10' }],
  ['logos:vueuse', {}],
]
const CLASSES = [
  'i-carbon-edit', 'i-carbon:arrow-up', 'i-carbon-favorite-filled', 'i-ri-user-3-line', 'i-codicon-file-binary',
  'i-ant-design-file-search-outlined', 'i-logos-vitejs', 'i-logos-nuxt-icon', 'i-logos-vitest', 'i-logos-vue',
  'i-logos-vueuse', 'i-logos-unocss',
]

/** unplugin-icons gives each instance random ids (uicons-<random>): number them in order, so reruns agree. */
function numberRandomIds(html) {
  const ids = [...new Set(html.match(/uicons-[a-z0-9]+/g) ?? [])]
  return ids.reduce((out, id, i) => out.replaceAll(id, `uicons-${i + 1}`), html)
}

const attrs = a => Object.entries(a).map(([k, v]) => `${k}=${v}`).join('|')

async function components() {
  const { default: Icons } = await import(pathToFileURL(cli.resolve('unplugin-icons/vite')).href)
  const plugin = Icons({ compiler: 'vue3', defaultClass: 'slidev-icon', collectionsNodeResolvePath: ORACLE })
  const load = typeof plugin.load === 'function' ? plugin.load : plugin.load.handler
  const vueUrl = pathToFileURL(client.resolve('vue')).href
  const vue = await import(vueUrl)
  const { renderToString } = await import(pathToFileURL(client.resolve('vue/server-renderer')).href)
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'icon-goldens-'))
  const rows = []
  for (const [id, a] of COMPONENTS) {
    const resolved = await plugin.resolveId.call({}, `~icons/${id.replace(':', '/')}`)
    const code = await load.call({}, typeof resolved === 'string' ? resolved : resolved.id)
    const file = path.join(tmp, `${id.replace(':', '-')}.mjs`)
    fs.writeFileSync(file, (typeof code === 'string' ? code : code.code).replace(/from ['"]vue['"]/g, `from '${vueUrl}'`))
    const component = (await import(pathToFileURL(file).href)).default
    const html = await renderToString(vue.createSSRApp({ render: () => vue.h(component, a) }))
    rows.push([id, attrs(a), numberRandomIds(html)])
  }
  fs.rmSync(tmp, { recursive: true, force: true })
  return rows
}

async function classes() {
  const { createGenerator } = await import(pathToFileURL(cli.resolve('@unocss/core')).href)
  const { default: presetIcons } = await import(pathToFileURL(cli.resolve('@unocss/preset-icons')).href)
  const uno = await createGenerator({ presets: [presetIcons({ collectionsNodeResolvePath: ORACLE })] })
  const rows = []
  for (const c of CLASSES) {
    const { css } = await uno.generate(c, { preflights: false })
    const rule = css.split('\n').find(l => l.startsWith('.'))
    rows.push([c, '', rule.slice(rule.indexOf('{') + 1, rule.lastIndexOf('}'))])
  }
  return rows
}

const tsv = rows => ['input\tattributes\toutput', ...rows.map(r => r.join('\t'))].join('\n') + '\n'
fs.mkdirSync(OUT, { recursive: true })
fs.writeFileSync(path.join(OUT, 'icon-components.tsv'), tsv(await components()))
fs.writeFileSync(path.join(OUT, 'icon-classes.tsv'), tsv(await classes()))
console.error(`icon-goldens: wrote ${path.relative(ROOT, OUT)}/icon-{components,classes}.tsv`)
