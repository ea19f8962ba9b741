// Builds dist/ — the clasp rootDir — as SPEC.md "Build output" describes:
//   dist/appsscript.json  the manifest, copied
//   dist/Code.js          one classic script: an IIFE holding the server code, followed by one
//                         top-level forwarding function per export of src/server/index.ts
//   dist/<name>.html      one self-contained page per folder in src/ui/ with a main.ts (script and
//                         CSS inlined into the shared shell src/ui/shared/page.html)
// With --tools it also bundles the local tools in dev/ (preview server with its page script,
// benchmark) to build/.
import * as esbuild from 'esbuild';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const GLOBAL = '__bydelsmoedre';

/** The names src/server/index.ts exports, read from an ESM build's metafile (an IIFE lists none). */
async function serverExports() {
  const result = await esbuild.build({
    entryPoints: [join(root, 'src/server/index.ts')],
    bundle: true,
    format: 'esm',
    write: false,
    metafile: true,
    outfile: 'probe.js',
    logLevel: 'silent',
  });
  const [output] = Object.values(result.metafile.outputs);
  return [...output.exports].sort();
}

async function buildServer() {
  const names = await serverExports();
  const result = await esbuild.build({
    entryPoints: [join(root, 'src/server/index.ts')],
    plugins: [await messagesNamedBy(join(root, 'src/server/index.ts'))],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL,
    target: 'es2019',
    platform: 'neutral',
    // Every name stays as written, so a stack trace in Apps Script still names the function
    // that failed; white space and syntax are shortened, which keeps Code.js inside its 300 KB
    // budget (about 345 KB with line breaks and indentation). READABLE=1 builds the indented
    // version for reading or debugging in the Apps Script editor.
    minify: false,
    minifyIdentifiers: false,
    minifySyntax: true,
    minifyWhitespace: process.env.READABLE !== '1',
    write: false,
    outfile: 'Code.js',
    logLevel: 'warning',
  });
  const body = result.outputFiles[0].text;
  // Apps Script sees only top-level function declarations: one stub per public function, so
  // google.script.run and the menu can reach exactly the exported surface and nothing else.
  const stubs = names
    .map((name) => `function ${name}() {\n  return ${GLOBAL}.${name}.apply(this, arguments);\n}\n`)
    .join('');
  writeFileSync(join(dist, 'Code.js'), `${body}\n${stubs}`);
  return names;
}

function inlineSafe(js) {
  // A literal "</script" inside the bundle would end the inline <script> element early.
  return js.replace(/<\/(script)/gi, '<\\/$1');
}

const AREA_FILE = /[\\/]src[\\/]core[\\/]i18n[\\/](da|en)[\\/](\w+)\.ts$/;
const areaCache = new Map();

/** One message area (src/core/i18n/<lang>/<area>.ts) as a plain object, compiled once. */
async function loadArea(path) {
  if (!areaCache.has(path)) {
    const out = await esbuild.build({
      entryPoints: [path],
      bundle: true,
      format: 'cjs',
      write: false,
      logLevel: 'silent',
    });
    const mod = { exports: {} };
    new Function('module', 'exports', out.outputFiles[0].text)(mod, mod.exports);
    areaCache.set(path, mod.exports);
  }
  return areaCache.get(path);
}

/**
 * A bundle (Code.js, or one sidebar) carries only the messages its own code names. Every
 * message key is a string literal in the code (MessageKey is a union of literals: no key is
 * ever computed), so the words of the bundle's sources, the message tables left out, are
 * exactly the keys it can show; each area file is cut down to those. Code.js so drops the
 * sidebars' texts, and a sidebar the server's and the other sidebars' texts (before, every
 * page carried both languages' whole tables and grew past its 100 KB budget).
 */
async function messagesNamedBy(entry) {
  const probe = await esbuild.build({
    entryPoints: [entry],
    absWorkingDir: root,
    bundle: true,
    write: false,
    metafile: true,
    outfile: 'probe.js',
    logLevel: 'silent',
  });
  const words = new Set();
  for (const input of Object.keys(probe.metafile.inputs)) {
    if (AREA_FILE.test(input) || input.includes('node_modules')) continue;
    for (const m of readFileSync(join(root, input), 'utf8').matchAll(/['"`]([A-Za-z][A-Za-z0-9]*)['"`]/g))
      words.add(m[1]);
  }
  return {
    name: 'page-messages',
    setup(build) {
      build.onLoad({ filter: AREA_FILE }, async (args) => {
        const area = await loadArea(args.path);
        const [exportName] = Object.keys(area);
        const kept = Object.fromEntries(Object.entries(area[exportName]).filter(([key]) => words.has(key)));
        return { contents: `export const ${exportName} = ${JSON.stringify(kept)};`, loader: 'js' };
      });
    },
  };
}

async function buildPage(name) {
  const dir = join(root, 'src/ui', name);
  const entry = join(dir, 'main.ts');
  const js = await esbuild.build({
    entryPoints: [entry],
    plugins: [await messagesNamedBy(entry)],
    bundle: true,
    format: 'iife',
    target: 'es2019',
    platform: 'browser',
    minify: true,
    write: false,
    outfile: 'main.js',
    logLevel: 'warning',
  });
  let css = '';
  const cssEntry = join(dir, 'style.css');
  if (existsSync(cssEntry)) {
    const built = await esbuild.build({
      entryPoints: [cssEntry],
      bundle: true,
      minify: true,
      write: false,
      outfile: 'style.css',
      logLevel: 'warning',
    });
    css = built.outputFiles[0].text;
  }
  // Every page shares one shell (the page's script builds the rest and sets its title); a page
  // that ever needs its own markup can have an index.html of its own.
  const own = join(dir, 'index.html');
  const shell = existsSync(own) ? own : join(root, 'src/ui/shared/page.html');
  const html = readFileSync(shell, 'utf8');
  if (!html.includes('<!-- inline:style -->') || !html.includes('<!-- inline:script -->')) {
    throw new Error(`${shell} needs the <!-- inline:style --> and <!-- inline:script --> markers`);
  }
  const page = html
    .replace('<!-- inline:style -->', () => `<style>${css}</style>`)
    .replace('<!-- inline:script -->', () => `<script>${inlineSafe(js.outputFiles[0].text)}</script>`);
  writeFileSync(join(dist, `${name}.html`), page);
}

function uiPages() {
  const uiRoot = join(root, 'src/ui');
  if (!existsSync(uiRoot)) return [];
  return readdirSync(uiRoot, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'shared' && existsSync(join(uiRoot, d.name, 'main.ts')))
    .map((d) => d.name);
}

/** The preview's browser code (dev/preview/page/<name>.ts), bundled like a sidebar's script. */
async function buildPreviewScript(name) {
  const result = await esbuild.build({
    entryPoints: [join(root, `dev/preview/page/${name}.ts`)],
    bundle: true,
    format: 'iife',
    target: 'es2019',
    platform: 'browser',
    minify: false,
    write: false,
    outfile: `preview-${name}.js`,
    logLevel: 'warning',
  });
  const js = result.outputFiles[0].text;
  mkdirSync(join(root, 'build'), { recursive: true });
  writeFileSync(join(root, `build/preview-${name}.js`), js);
  return js;
}

/** In build/preview.cjs, dev/preview/page-script.ts holds the bundled browser scripts themselves. */
function inlinePageScripts(page, shim) {
  return {
    name: 'inline-page-scripts',
    setup(build) {
      build.onLoad({ filter: /[\\/]dev[\\/]preview[\\/]page-script\.ts$/ }, () => ({
        contents:
          `export function pageScript() { return ${JSON.stringify(page)}; }\n` +
          `export function shimScript() { return ${JSON.stringify(shim)}; }\n`,
        loader: 'ts',
      }));
    },
  };
}

async function buildTools() {
  const plugins = [inlinePageScripts(await buildPreviewScript('main'), await buildPreviewScript('shim'))];
  const tools = [
    ['dev/preview/main.ts', 'build/preview.cjs'],
    ['dev/bench/main.ts', 'build/bench.cjs'],
  ].filter(([entry]) => existsSync(join(root, entry)));
  for (const [entry, out] of tools) {
    await esbuild.build({
      entryPoints: [join(root, entry)],
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      outfile: join(root, out),
      packages: 'external',
      plugins,
      logLevel: 'warning',
    });
  }
}

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
writeFileSync(join(dist, 'appsscript.json'), readFileSync(join(root, 'appsscript.json')));
const names = await buildServer();
const pages = uiPages();
for (const page of pages) await buildPage(page);
if (process.argv.includes('--tools')) await buildTools();
if (!process.argv.includes('--quiet')) {
  console.log(`dist/Code.js: ${names.length} public functions; pages: ${pages.join(', ') || 'none'}`);
}
