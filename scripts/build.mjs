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

/**
 * The sidebars' own texts (src/core/i18n/{da,en}/ui.ts, about 23 KB) are never used on the
 * server, so the server bundle gets an empty `ui` area instead; test/core/i18n-areas.test.ts
 * fails if server or core code ever names a ui* message.
 */
const withoutUiMessages = {
  name: 'without-ui-messages',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]core[\\/]i18n[\\/](da|en)[\\/](ui|nextroundUi)\.ts$/ }, (args) => ({
      contents: `export const ${/(\w+)\.ts$/.exec(args.path)[1]} = {};`,
      loader: 'ts',
    }));
  },
};

async function buildServer() {
  const names = await serverExports();
  const result = await esbuild.build({
    entryPoints: [join(root, 'src/server/index.ts')],
    plugins: [withoutUiMessages],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL,
    target: 'es2019',
    platform: 'neutral',
    // Names, line breaks and indentation stay (readable stack traces); only the syntax is
    // shortened (`!== void 0`, merged declarations, dead branches gone): about 16 KB less, which
    // keeps Code.js inside its 300 KB budget with issues 14 and 15 in it.
    minify: false,
    minifySyntax: true,
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

async function buildPage(name) {
  const dir = join(root, 'src/ui', name);
  const js = await esbuild.build({
    entryPoints: [join(dir, 'main.ts')],
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
