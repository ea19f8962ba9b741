// The preview page's script: dev/preview/page/main.ts, bundled for the browser by
// `node scripts/build.mjs --tools` to build/preview-page.js. In build/preview.cjs the bundler
// replaces this module with the script itself (scripts/build.mjs, inlinePageScript); run
// unbundled (the browser tests under ts-jest) it reads the built file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

let script: string | null = null;

export function pageScript(): string {
  if (script === null) {
    const file = join(__dirname, '../../build/preview-page.js');
    try {
      script = readFileSync(file, 'utf8');
    } catch {
      throw new Error(`${file} is missing: run \`node scripts/build.mjs --tools\` first`);
    }
  }
  return script;
}
