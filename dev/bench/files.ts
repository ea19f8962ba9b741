// The built add-on the benchmark measures: dist/Code.js and the sidebars, as clasp would push them.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The repository root, found upwards from here (build/bench.cjs or dev/bench/*.ts). */
function findRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, 'scripts', 'build.mjs'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('bench: repository root not found');
    dir = up;
  }
  return dir;
}

export const ROOT = findRoot(__dirname);
export const DIST = join(ROOT, 'dist');

export function readCode(): string {
  const file = join(DIST, 'Code.js');
  if (!existsSync(file)) throw new Error('dist/Code.js is missing: run `node scripts/build.mjs` first');
  return readFileSync(file, 'utf8');
}

export function distHtml(name: string): string {
  return readFileSync(join(DIST, `${name}.html`), 'utf8');
}

export function sidebarPages(): string[] {
  return readdirSync(DIST)
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.slice(0, -'.html'.length))
    .sort();
}

export function sizeOf(file: string): number {
  return statSync(join(DIST, file)).size;
}
