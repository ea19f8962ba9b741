// The preview's browser code, bundled by `node scripts/build.mjs --tools`: the page's script
// (dev/preview/page/main.ts → build/preview-main.js) and the google.script client injected into
// each sidebar (dev/preview/page/shim.ts → build/preview-shim.js). In build/preview.cjs the
// bundler replaces this module with the scripts themselves (scripts/build.mjs,
// inlinePageScripts); run unbundled (the browser tests under ts-jest) it reads the built files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const cache = new Map<string, string>();

function built(name: 'main' | 'shim'): string {
  let script = cache.get(name);
  if (script === undefined) {
    const file = join(__dirname, `../../build/preview-${name}.js`);
    try {
      script = readFileSync(file, 'utf8');
    } catch {
      throw new Error(`${file} is missing: run \`node scripts/build.mjs --tools\` first`);
    }
    cache.set(name, script);
  }
  return script;
}

export function pageScript(): string {
  return built('main');
}

export function shimScript(): string {
  return built('shim');
}
