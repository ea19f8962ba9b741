// Runs before the build and the tests (plain Node, no dependencies): in a fresh clone, or after
// package.json gained a package, it says what to do instead of failing with a module-not-found
// stack from esbuild or jest.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const problems = [];
const [major] = process.versions.node.split('.').map(Number);
const wanted = Number(/\d+/.exec(pkg.engines?.node ?? '20')?.[0] ?? 20);
if (major < wanted)
  problems.push(`Node ${process.versions.node} is too old: this project needs Node ${wanted} or newer.`);

const missing = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }).filter(
  (name) => !existsSync(join(root, 'node_modules', name, 'package.json')),
);
if (!existsSync(join(root, 'node_modules'))) {
  problems.push('node_modules/ is missing: run `npm install` (or `npm ci`) first.');
} else if (missing.length) {
  problems.push(
    `${missing.length} package(s) from package.json are not installed (${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}): run \`npm install\` first.`,
  );
}

if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
