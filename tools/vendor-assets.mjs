#!/usr/bin/env node
// Vendors the fonts and Iconify icon sets that Slidejar bundles, from pinned npm packages, into
// src/main/resources/dev/slidejar/assets/. Maintainers rerun it to update them; building Slidejar never does.
//
//   node tools/vendor-assets.mjs [--decks DIR]
//
// --decks: the folder of test decks whose icons decide which icons of a partially bundled collection are kept
// (default: ../shared/decks next to the repository). See tools/README.md.
// Needs Node >= 18, npm (for `npm pack`) and tar. Output is byte-identical on every run with the same inputs.

import { execFileSync } from 'node:child_process'
import { createRequire } from 'node:module'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import zlib from 'node:zlib'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const OUT = path.join(ROOT, 'src/main/resources/dev/slidejar/assets')

// ---- what is bundled ---------------------------------------------------------------------------------------

// Fonts: the families and faces Slidev 53's themes request from Google Fonts (resolveFonts in @slidev/parser,
// generateGoogleFontsUrl in @slidev/cli), latin and latin-ext subsets only.
//   seriph  (fonts: sans/serif PT Serif, mono PT Mono, weights "400, 700", italic: true)
//   default (fonts: sans "Avenir Next,Nunito Sans" with Avenir Next local, mono Fira Code, weights 200,400,600,
//            italic false)
// A face the family does not have is not requested (Google serves nothing for it either): PT Mono has only 400
// normal; Fira Code starts at 300, so of 200,400,600 only 400 and 600 exist.
const FONTS = [
  {
    pkg: '@fontsource/pt-serif', version: '5.3.0',
    integrity: 'sha512-ST+j/byBGZw6H+TQMX78o6Qlngfj2Va/Q9fAJxq54Is1ZQk1/FhBIuqyJcLmnpi0trG8V/hWO9Bx6ZY09A0DBQ==',
    faces: [[400, 'normal'], [700, 'normal'], [400, 'italic'], [700, 'italic']],
  },
  {
    pkg: '@fontsource/pt-mono', version: '5.3.0',
    integrity: 'sha512-AKXUTYCdv53jAJyzk3AEns6PdOvL3u+AD9Y4Ms6BFFRC7WCqYOvywujYT3gs00sMBIPs/J8iY7SQljk3wRfovw==',
    faces: [[400, 'normal']],
  },
  {
    pkg: '@fontsource/nunito-sans', version: '5.3.0',
    integrity: 'sha512-CctNhebQ2YYJUwVMCAkHexQg7yedfz9s8JzaETALyc9QIQuDFRlNTWXux9H5PsNLgptPkrzRDomAdLJt1sDFpQ==',
    faces: [[200, 'normal'], [400, 'normal'], [600, 'normal']],
  },
  {
    pkg: '@fontsource/fira-code', version: '5.3.0',
    integrity: 'sha512-EJL968RJRkakubAj/coU8pSUaeTE5UNoRjtzAr6kGiSZ3jWuN8/AKWHwym/PFUaQL1q7IL/H+EXs4358YhrTBQ==',
    faces: [[400, 'normal'], [600, 'normal']],
  },
]
// In the order fontsource's CSS declares them.
const SUBSETS = ['latin-ext', 'latin']

// Icon sets: carbon is Slidev 53's own dependency (@iconify-json/carbon as @slidev/cli pulls it in); the others
// are the sets the test decks use, at the versions of ../shared/oracle/npm/package.json. 'all' bundles the whole
// set; 'used' keeps only the icons the decks use (logos is 3 MB gzipped in full).
const ICON_SETS = [
  {
    prefix: 'carbon', pkg: '@iconify-json/carbon', version: '1.2.29', icons: 'all',
    integrity: 'sha512-whk3BOU2jXFtweigCrrrYXT7NzWXGUT1q268vEnySzhfdnwZhQhVlFjhkgZH86JRRx21/CziTmzpAJMe5V2yKQ==',
  },
  {
    prefix: 'ri', pkg: '@iconify-json/ri', version: '1.2.10', icons: 'all',
    integrity: 'sha512-WWMhoncVVM+Xmu9T5fgu2lhYRrKTEWhKk3Com0KiM111EeEsRLiASjpsFKnC/SrB6covhUp95r2mH8tGxhgd5Q==',
  },
  {
    prefix: 'codicon', pkg: '@iconify-json/codicon', version: '1.2.74', icons: 'all',
    integrity: 'sha512-iAz3K0Y59B3Z6bqV8i2NGMgPSFJUbLEAu8zL5nsXZ5j+FJdGalMqo1ZaxJNBvH924fLqgLomm+JN14kg5WScYw==',
  },
  {
    prefix: 'ant-design', pkg: '@iconify-json/ant-design', version: '1.2.9', icons: 'all',
    integrity: 'sha512-cAP5tQXUj05Hb0o3nyjEzYofuU5luRm6IV4FNZ3KQkG2cfzvmM34WYJuNLA3/sWqfE0cHSaaaEGvIdAUq+bN2Q==',
  },
  {
    prefix: 'logos', pkg: '@iconify-json/logos', version: '1.2.19', icons: 'used',
    integrity: 'sha512-ICjDNu2RW4xMk+0YAHyrTj/pW2BHgywcYyvf9DS16upalmSUbg+WqkEYJRim8iVOuVylyo9FFjzWLzACFhj8oA==',
  },
]

// Pictures from @slidev/client (MIT), the package of the oracle's Slidev 53: the logo <PoweredBySlidev> shows, and
// the favicon of every page whose headmatter names none (Slidev links a CDN copy of this file).
const IMAGES = [
  {
    pkg: '@slidev/client', version: '53.0.0', folder: 'slidev',
    integrity: 'sha512-y95YzIeqEhXGAKQ0BabG7QLBYwDaqwjtAAttNmJL9E2qmgSoEuIg2KVMIyz15bdchS6XyouqlDiNdzgDag47Kw==',
    files: ['assets/logo-title-horizontal.png', 'assets/favicon.png'],
  },
]

// Code highlighting: the TextMate grammars and the two themes Slidev 53 highlights with (Shiki 4.6.0, its
// resolveShikiOptions: vitesse-light and vitesse-dark), at the versions of Shiki that @slidev/cli 53.0.0 pulls in.
// The grammars' own licences are in tm-grammars' NOTICE (Shiki's grammars are tm-grammars').
const SHIKI = {
  langs: {
    pkg: '@shikijs/langs', version: '4.6.0',
    integrity: 'sha512-1yMEX3oCVV54LUq/ovfpRkDQoYDkcvjSWFFa/YLUDMiSoRzMi2uxLJYbv41ahT8Lu9lFMaa7hecd3Q39trqUyg==',
  },
  themes: {
    pkg: '@shikijs/themes', version: '4.6.0',
    integrity: 'sha512-qHAVAs80RiGD+IRuH9G+JPDOEc9A/kHsng4EzCUCwB9bLzW6Z0y9WETh2YyCcADJBmfrIaJ1Jp7KBNP6FHkgtQ==',
    names: ['vitesse-light', 'vitesse-dark'],
  },
  notice: {
    pkg: 'tm-grammars', version: '1.32.22',
    integrity: 'sha512-VKWL+UiqlGqbGHonRbrBc0kkqDIHUUiVO/A2rBTBz5LBXKA8Fe2f34O1YiBI7ED37tTUlT3MGmLf9+0F/H4/Ww==',
  },
}

// Math: KaTeX at the version Slidev 53 renders with (@slidev/cli's katex ^0.18.7, 0.18.11 installed), run at build
// time in Rhino (a JavaScript engine in Java, ES5 and part of ES2015): so its ES2015+ source is compiled to ES5 here
// with Babel (@babel/standalone, used by this script only). Its stylesheet and fonts (woff2, what browsers load) go
// with it.
const KATEX = {
  pkg: 'katex', version: '0.18.11',
  integrity: 'sha512-yvyz/2VMKqoho/35Hat5w37wIEdWJ5ElVMidTAlWrxr5uW4aBGsEpveTmKh18/zw08v/7lGswCPon4OhqmqrTA==',
}
const BABEL = {
  pkg: '@babel/standalone', version: '8.0.6',
  integrity: 'sha512-KOK+cX/FvysgJ6rY5Q47SxHmYmHVyDYE+s9QNNeIucaeFh8oukV4AUwzQZO8iqzBF1WzD7+U3TATQu0eKgR9kg==',
}

// Diagrams: Mermaid at the version Slidev 53 draws with (12.3.0), its browser build, loaded by a page that shows a
// ```mermaid block (runtime/mermaid.js draws them, as Slidev's Mermaid component does).
const MERMAID = {
  pkg: 'mermaid', version: '12.3.0',
  integrity: 'sha512-4113TdXeLAsMruJ79OpFL5O8+LTFXhQqZ260rF3tgUmiNAtRm4Uume04I+65PRN6yZ69J4f8rVYWW8zRk65UYw==',
}

// ---- main --------------------------------------------------------------------------------------------------

async function main(argv) {
  const decks = path.resolve(option(argv, '--decks') ?? path.join(ROOT, '..', 'shared', 'decks'))
  if (!fs.existsSync(decks)) fail(`decks folder not found: ${decks} (pass --decks DIR)`)
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'slidejar-vendor-'))
  try {
    const used = scanDecks(decks)
    const sources = []
    replaceDir(path.join(OUT, 'fonts'))
    const fontRows = FONTS.flatMap(font => vendorFont(font, unpack(font, tmp), sources))
    writeText(path.join(OUT, 'fonts', 'fonts.tsv'), tsv(['family', 'weight', 'style', 'unicodeRange', 'file'], fontRows))

    replaceDir(path.join(OUT, 'icons'))
    const sets = ICON_SETS.map(set => vendorIconSet(set, unpack(set, tmp), used, sources))
    checkAllUsedIconsBundled(used, sets)
    writeText(path.join(OUT, 'icons', 'collections.tsv'),
      tsv(['prefix', 'icons', 'total', 'package', 'license', 'file'], sets.map(s => s.row)))
    writeText(path.join(OUT, 'icons', 'LICENSES'), sets.map(s => s.licence).join('\n'))

    replaceDir(path.join(OUT, 'images'))
    for (const image of IMAGES) vendorImages(image, unpack(image, tmp), sources)

    replaceDir(path.join(OUT, 'shiki'))
    await vendorShiki(tmp, sources)

    replaceDir(path.join(OUT, 'katex'))
    vendorKatex(tmp, sources)

    replaceDir(path.join(OUT, 'mermaid'))
    const mermaid = unpack(MERMAID, tmp)
    writeBytes(path.join(OUT, 'mermaid', 'mermaid.min.js'), fs.readFileSync(path.join(mermaid, 'dist', 'mermaid.min.js')))
    writeText(path.join(OUT, 'mermaid', 'LICENSE'), fs.readFileSync(path.join(mermaid, 'LICENSE'), 'utf8'))
    sources.push([MERMAID.pkg, MERMAID.version, MERMAID.integrity])
    writeText(path.join(OUT, 'SOURCES.tsv'), tsv(['package', 'version', 'integrity'], sources))
    report()
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true })
  }
}

// ---- packages ----------------------------------------------------------------------------------------------

/** `npm pack` of the pinned version, checked against the pinned integrity, unpacked; returns the package dir. */
function unpack({ pkg, version, integrity }, tmp) {
  const dir = path.join(tmp, pkg.replace('/', '+'))
  fs.mkdirSync(dir, { recursive: true })
  const out = execFileSync('npm', ['pack', `${pkg}@${version}`, '--json', '--pack-destination', dir],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
  const [info] = JSON.parse(out)
  const tgz = path.join(dir, info.filename)
  const actual = 'sha512-' + crypto.createHash('sha512').update(fs.readFileSync(tgz)).digest('base64')
  if (actual !== integrity) fail(`${pkg}@${version}: integrity ${actual}, pinned ${integrity}`)
  execFileSync('tar', ['-xzf', tgz, '-C', dir])
  return path.join(dir, 'package')
}

// ---- images ------------------------------------------------------------------------------------------------

/** The package's pictures named in `files`, by their file names, with the package's licence, in images/FOLDER. */
function vendorImages(image, dir, sources) {
  const target = path.join(OUT, 'images', image.folder)
  for (const file of image.files) {
    if (!fs.existsSync(path.join(dir, file))) fail(`${image.pkg}: no ${file}`)
    writeBytes(path.join(target, path.basename(file)), fs.readFileSync(path.join(dir, file)))
  }
  writeText(path.join(target, 'LICENSE'), fs.readFileSync(path.join(dir, 'LICENSE'), 'utf8'))
  sources.push([image.pkg, image.version, image.integrity])
}

// ---- code highlighting -------------------------------------------------------------------------------------

/**
 * shiki/grammars/NAME.json.gz for every grammar of @shikijs/langs (each module holds its language's grammar after
 * those it embeds), shiki/languages.tsv (name, scope, aliases, embedded languages, the scopes it injects into,
 * file), the themes as shiki/themes/NAME.json, and the licences in shiki/LICENSES.
 */
async function vendorShiki(tmp, sources) {
  const target = path.join(OUT, 'shiki')
  const langs = unpack(SHIKI.langs, tmp)
  const byName = new Map()
  const dist = path.join(langs, 'dist')
  for (const file of fs.readdirSync(dist).filter(f => f.endsWith('.mjs') && f !== 'index.mjs').sort()) {
    const grammars = (await import(pathToFileURL(path.join(dist, file)).href)).default
    for (const g of grammars) {
      if (!byName.has(g.name)) byName.set(g.name, g)
    }
  }
  const rows = []
  for (const name of [...byName.keys()].sort()) {
    const g = byName.get(name)
    const file = `grammars/${name}.json.gz`
    writeBytes(path.join(target, file), gzip(JSON.stringify(g)))
    rows.push([name, g.scopeName, (g.aliases ?? []).join(','), (g.embeddedLangs ?? []).join(','),
      (g.injectTo ?? []).join(','), file])
  }
  writeText(path.join(target, 'languages.tsv'), tsv(['name', 'scope', 'aliases', 'embedded', 'injectTo', 'file'], rows))
  const themes = unpack(SHIKI.themes, tmp)
  for (const name of SHIKI.themes.names) {
    const theme = (await import(pathToFileURL(path.join(themes, 'dist', `${name}.mjs`)).href)).default
    writeText(path.join(target, 'themes', `${name}.json`), JSON.stringify(theme, null, 1) + '\n')
  }
  const notice = unpack(SHIKI.notice, tmp)
  writeText(path.join(target, 'LICENSES'), [
    `${SHIKI.langs.pkg} ${SHIKI.langs.version}\n\n${fs.readFileSync(path.join(langs, 'LICENSE'), 'utf8')}`,
    `${SHIKI.themes.pkg} ${SHIKI.themes.version}\n\n${fs.readFileSync(path.join(themes, 'LICENSE'), 'utf8')}`,
    `The grammars' own licences (${SHIKI.notice.pkg} ${SHIKI.notice.version}, NOTICE)\n\n`
      + fs.readFileSync(path.join(notice, 'NOTICE'), 'utf8'),
  ].join('\n'))
  for (const p of [SHIKI.langs, SHIKI.themes, SHIKI.notice]) sources.push([p.pkg, p.version, p.integrity])
}

// ---- math ----------------------------------------------------------------------------------------------------

/**
 * katex/katex.js.gz (dist/katex.js compiled to ES5, for Rhino), katex/katex.css (dist/katex.css with only the woff2
 * sources of its fonts), katex/fonts/*.woff2 and katex/LICENSE.
 */
function vendorKatex(tmp, sources) {
  const target = path.join(OUT, 'katex')
  const katex = unpack(KATEX, tmp)
  const babel = createRequire(import.meta.url)(path.join(unpack(BABEL, tmp), 'babel.js'))
  const source = fs.readFileSync(path.join(katex, 'dist', 'katex.js'), 'utf8')
  const es5 = babel.transform(source, {
    presets: [['env', { targets: 'ie 11' }]], compact: true, comments: false, sourceType: 'script',
  }).code
  writeBytes(path.join(target, 'katex.js.gz'), gzip(es5))
  const css = fs.readFileSync(path.join(katex, 'dist', 'katex.css'), 'utf8')
    .replace(/,\s*url\(fonts\/[^)]+\.(?:woff|ttf)\) format\("(?:woff|truetype)"\)/g, '')
  if (/\.(woff|ttf)\)/.test(css)) fail('katex.css: a font source other than woff2 is left')
  writeText(path.join(target, 'katex.css'), css)
  for (const font of fs.readdirSync(path.join(katex, 'dist', 'fonts')).filter(f => f.endsWith('.woff2')).sort()) {
    writeBytes(path.join(target, 'fonts', font), fs.readFileSync(path.join(katex, 'dist', 'fonts', font)))
  }
  writeText(path.join(target, 'LICENSE'), fs.readFileSync(path.join(katex, 'LICENSE'), 'utf8'))
  sources.push([KATEX.pkg, KATEX.version, KATEX.integrity])
}

// ---- fonts -------------------------------------------------------------------------------------------------

function vendorFont(font, dir, sources) {
  const meta = readJson(path.join(dir, 'metadata.json'))
  const id = meta.id
  const target = path.join(OUT, 'fonts', id)
  fs.mkdirSync(target, { recursive: true })
  const rows = []
  for (const [weight, style] of font.faces) {
    const ranges = unicodeRanges(fs.readFileSync(path.join(dir, `${weight}${style === 'italic' ? '-italic' : ''}.css`), 'utf8'))
    for (const subset of SUBSETS) {
      const file = `${id}-${subset}-${weight}-${style}.woff2`
      const range = ranges.get(file)
      if (!range) fail(`${font.pkg}: no ${file} in ${weight} ${style}`)
      fs.copyFileSync(path.join(dir, 'files', file), path.join(target, file))
      rows.push([meta.family, String(weight), style, range, `${id}/${file}`])
    }
  }
  writeText(path.join(target, 'LICENSE'), fs.readFileSync(path.join(dir, 'LICENSE'), 'utf8'))
  sources.push([font.pkg, font.version, font.integrity])
  return rows
}

/** woff2 file name → unicode-range, from the @font-face rules of a fontsource CSS file. */
function unicodeRanges(css) {
  const ranges = new Map()
  for (const [, block] of css.matchAll(/@font-face\s*{([^}]*)}/g)) {
    const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(block)?.[1]
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1]
    if (file && range) ranges.set(file, range.trim())
  }
  return ranges
}

// ---- icons -------------------------------------------------------------------------------------------------

/** Icon names in the decks, as tags (<carbon:edit/>, <ri-github-line>) and i- classes (i-carbon-edit). */
function scanDecks(decks) {
  const names = new Set()
  for (const file of walk(decks).filter(f => f.endsWith('.md'))) {
    const text = fs.readFileSync(file, 'utf8')
    for (const m of text.matchAll(/<([a-z][a-z0-9]*(?:[:-][a-z0-9]+)+)(?=[\s/>])/gi)) names.add(m[1].toLowerCase())
    for (const m of text.matchAll(/(?<=^|[\s"'`{])i-([a-z0-9]+(?:[:-][a-z0-9]+)+)(?=$|[\s"'`}/>])/gim)) names.add(m[1].toLowerCase())
  }
  return [...names].sort()
}

/** [prefix, name] for a scanned name if it belongs to a configured set: the longest prefix wins. */
function splitName(name) {
  const colon = name.indexOf(':')
  if (colon > 0) {
    const set = ICON_SETS.find(s => s.prefix === name.slice(0, colon))
    return set ? [set.prefix, name.slice(colon + 1)] : null
  }
  const set = [...ICON_SETS].sort((a, b) => b.prefix.length - a.prefix.length).find(s => name.startsWith(`${s.prefix}-`))
  return set ? [set.prefix, name.slice(set.prefix.length + 1)] : null
}

function vendorIconSet(set, dir, used, sources) {
  const json = readJson(path.join(dir, 'icons.json'))
  const info = readJson(path.join(dir, 'info.json'))
  if (json.prefix !== set.prefix) fail(`${set.pkg}: prefix ${json.prefix}, expected ${set.prefix}`)
  const all = [...Object.keys(json.icons), ...Object.keys(json.aliases ?? {})].sort()
  const wanted = set.icons === 'all'
    ? all
    : used.map(splitName).filter(s => s && s[0] === set.prefix).map(s => s[1]).filter(n => all.includes(n))
  const rows = [...new Set(wanted)].sort().map(name => iconRow(json, name))
  const file = `${set.prefix}.tsv.gz`
  writeBytes(path.join(OUT, 'icons', file), gzip(tsv(['name', 'left', 'top', 'width', 'height', 'body'], rows)))
  sources.push([set.pkg, set.version, set.integrity])
  const lic = info.license ?? {}
  return {
    prefix: set.prefix,
    names: new Set(rows.map(r => r[0])),
    row: [set.prefix, String(rows.length), String(all.length), `${set.pkg}@${set.version}`, lic.spdx ?? '', file],
    licence: [
      `${info.name} (${set.prefix}): ${rows.length} of ${all.length} names, from ${set.pkg}@${set.version}`,
      `  author:  ${info.author?.name ?? ''}${info.author?.url ? ` <${info.author.url}>` : ''}`,
      `  license: ${lic.title ?? ''} (${lic.spdx ?? ''})${lic.url ? ` <${lic.url}>` : ''}`,
      ...(info.version ? [`  version: icon set ${info.version}`] : []),
      '',
    ].join('\n'),
  }
}

/**
 * One icon with its alias chain resolved: [name, left, top, width, height, body]. Defaults come from the set,
 * then the root icon, then each alias towards the name (Iconify's merge order). Alias transformations (rotate,
 * hFlip, vFlip) would need the body rewritten: none of the bundled sets has them, so they stop the script.
 */
function iconRow(json, name) {
  const chain = []
  for (let n = name; ; ) {
    if (chain.length > 10) fail(`${json.prefix}:${name}: alias loop`)
    const icon = json.icons[n]
    if (icon) { chain.unshift(icon); break }
    const alias = json.aliases?.[n]
    if (!alias) fail(`${json.prefix}:${name}: missing ${n}`)
    chain.unshift(alias)
    n = alias.parent
  }
  const props = { left: json.left ?? 0, top: json.top ?? 0, width: json.width ?? 16, height: json.height ?? 16 }
  for (const item of chain) {
    for (const key of ['rotate', 'hFlip', 'vFlip']) {
      if (item[key]) fail(`${json.prefix}:${name}: ${key} is not supported by this script`)
    }
    for (const key of Object.keys(props)) if (item[key] !== undefined) props[key] = item[key]
  }
  const body = chain[0].body
  if (/[\t\n\r]/.test(body)) fail(`${json.prefix}:${name}: tab or line break in the body`)
  return [name, String(props.left), String(props.top), String(props.width), String(props.height), body]
}

function checkAllUsedIconsBundled(used, sets) {
  const skipped = []
  for (const name of used) {
    const split = splitName(name)
    if (!split) { skipped.push(name); continue }
    const set = sets.find(s => s.prefix === split[0])
    if (!set.names.has(split[1])) fail(`the decks use ${name}, which ${set.prefix} does not have`)
  }
  log(`names in the decks that are no bundled icon set (components, or sets to add to ICON_SETS): ${skipped.join(' ')}`)
}

// ---- output ------------------------------------------------------------------------------------------------

function tsv(header, rows) {
  return [header, ...rows].map(r => r.join('\t')).join('\n') + '\n'
}

/** gzip without a file name or timestamp (mtime 0), at level 9: the same bytes on every run. */
function gzip(text) {
  return zlib.gzipSync(Buffer.from(text, 'utf8'), { level: 9 })
}

function writeText(file, text) {
  writeBytes(file, Buffer.from(text.replace(/\r\n?/g, '\n'), 'utf8'))
}

function writeBytes(file, bytes) {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, bytes)
}

function replaceDir(dir) {
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(dir, { recursive: true })
}

function report() {
  const files = walk(OUT)
  const total = files.reduce((sum, f) => sum + fs.statSync(f).size, 0)
  log(`wrote ${path.relative(ROOT, OUT)}: ${files.length} files, ${Math.round(total / 1024)} KiB`)
}

// ---- small helpers -----------------------------------------------------------------------------------------

function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap(e => e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)])
}

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'))
}

function option(argv, name) {
  const i = argv.indexOf(name)
  return i >= 0 ? argv[i + 1] : undefined
}

function log(message) {
  console.error(`vendor-assets: ${message}`)
}

class VendorError extends Error {}

function fail(message) {
  throw new VendorError(message)
}

try {
  await main(process.argv.slice(2))
} catch (e) {
  if (!(e instanceof VendorError)) throw e
  log(`error: ${e.message}`)
  process.exitCode = 1
}
