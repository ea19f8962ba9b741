// The server bundle is built without the sidebars' message area (scripts/build.mjs gives it an
// empty `ui` table to save ~23 KB of Code.js). That is only safe while no server or core code
// names a ui* message: this test fails the moment one does.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return path.endsWith(join('core', 'i18n')) ? [] : sources(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

it('no server or core code uses a message of the sidebars-only ui area', () => {
  const offenders = [...sources(join(root, 'src/server')), ...sources(join(root, 'src/core'))].flatMap(
    (file) => {
      const text = readFileSync(file, 'utf8');
      const hits = text.match(/['"`]ui[A-Z]\w*['"`]|['"`]ui\$\{/g) ?? [];
      return hits.map((hit) => `${relative(root, file)}: ${hit}`);
    },
  );
  expect(offenders).toEqual([]);
});

it('the built Code.js carries no ui* message text (when dist/ is built)', () => {
  const code = join(root, 'dist/Code.js');
  let text = '';
  try {
    text = readFileSync(code, 'utf8');
  } catch {
    return; // npm test always builds first; a bare `jest` run before any build skips this half
  }
  expect(text).not.toMatch(/uiHelp[A-Z]\w*:/);
  expect(text).toMatch(/menuAttendance/);
});
