// Every sidebar with the Danish demo cohort: no serious or critical axe-core violations, a
// size under 100 KB, and a screenshot for review (test-artifacts/screenshots) that
// `npm run screenshots` also writes to docs/images for the guides (saveScreenshot).
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { fillDemo } from '../../dev/preview/server';
import { openSidebar, saveScreenshot, settled, setup, type Env } from './helpers';

const SIDEBARS: [fn: string, page: string][] = [
  ['showStart', 'start'],
  ['showNewPerson', 'person'],
  ['showRecruitment', 'recruitment'],
  ['showAttendance', 'attendance'],
  ['showExpense', 'expense'],
  ['showTimeline', 'timeline'],
  ['showDiplomas', 'diplomas'],
  ['showReport', 'report'],
  ['showPrivacy', 'privacy'],
  ['showSettings', 'settings'],
  ['showHelp', 'help'],
];

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

const AXE = require.resolve('axe-core/axe.min.js');
let env: Env;

beforeAll(async () => {
  env = await setup();
  fillDemo(env.preview.session);
  await env.page.reload();
  await env.page.waitForSelector('#tabs button');
});

afterAll(async () => {
  await env?.close();
});

test.each(SIDEBARS)('%s: accessible, small, screenshot', async (fn, page) => {
  expect(statSync(join(env.distDir, `${page}.html`)).size).toBeLessThan(100 * 1024);
  const frame = await openSidebar(env.page, fn);
  await settled(frame);
  await frame.addScriptTag({ path: AXE });
  const violations = (await frame.evaluate(
    `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations)`,
  )) as AxeViolation[];
  const serious = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(serious).toEqual([]);
  const shot = await env.page.locator('#side').screenshot();
  saveScreenshot(`sidebar-${page}.png`, shot);
  expect(env.dialogs).toEqual([]);
});

test('the preview page shows the Fremmøde sheet with the demo cohort', async () => {
  await settled(await openSidebar(env.page, 'showStart'));
  await env.page.click('#tabs button[data-sheet="Fremmøde"]');
  const text = await env.page.textContent('table.cells');
  expect(text).toContain('Fatima Al-Hassan');
  expect(text).toContain('I risiko');
  const shot = await env.page.screenshot();
  saveScreenshot('preview.png', shot);
});

// The sheets the user guide shows, without a sidebar in front of them.
test.each([
  ['Fremmøde', 'sheet-fremmoede', 'Gennemført|I risiko'],
  ['Budget', 'sheet-budget', 'Honorar til gæstelærere'],
])('screenshot of the %s sheet for the guide', async (sheet, file, expected) => {
  const close = env.page.locator('#sb-close:visible');
  if (await close.count()) await close.first().click();
  await env.page.click(`#tabs button[data-sheet="${sheet}"]`);
  const text = (await env.page.textContent('table.cells')) ?? '';
  expect(text).toMatch(new RegExp(expected));
  const shot = await env.page.screenshot();
  saveScreenshot(`${file}.png`, shot);
});
