// The coordinator's main path through the real sidebars, in Chromium, against dist/Code.js in
// the emulator: set up, add a person, admit her, record modules (her flag changes in the
// Fremmøde sheet), make diplomas with the progress bar; and a hostile name stays text.
import type { Frame } from 'playwright-core';
import { addDays, displayDate } from '../../src/core/dates';
import { todayIso } from '../../dev/preview/clock';
import { notice, openSidebar, settled, setup, sheetRows, type Env } from './helpers';

const HOSTILE = 'Sara <img src=x onerror=alert(1)>';
let env: Env;

beforeAll(async () => {
  env = await setup();
});

afterAll(async () => {
  await env?.close();
});

function api(fn: string, ...args: unknown[]): unknown {
  const result = env.preview.session.run(fn, args);
  if (!result.ok) throw new Error(`${fn}: ${result.error}`);
  return result.value;
}

async function save(frame: Frame, name: string): Promise<string> {
  await frame.getByRole('button', { name, exact: true }).click();
  return notice(frame);
}

test('a new spreadsheet is set up from the start sidebar', async () => {
  const frame = await openSidebar(env.page, 'showStart');
  const setupButton = frame.getByRole('button', { name: 'Opsæt regneark' });
  await setupButton.waitFor();
  await settled(frame);
  // Before setup only the setup card speaks: no card repeats that a sheet is missing.
  expect(await frame.locator('main :visible:text("mangler")').count()).toBe(1);
  await setupButton.click();
  expect(await notice(frame)).toContain('sat op');
  await settled(frame);
  expect(await frame.textContent('main')).toContain('Ingen personer endnu');
});

test('settings are changed with validation as you type', async () => {
  const frame = await openSidebar(env.page, 'showSettings');
  await settled(frame);
  const modules = frame.getByLabel('Antal moduler');
  await modules.fill('41');
  await modules.blur();
  expect(await frame.textContent('main')).toContain('helt tal fra 1 til 40');
  await modules.fill('2');
  // Two modules at 50 %: she may miss one; a second absence puts her below.
  await frame.getByLabel('Krævet fremmøde (%)').fill('50');
  await frame.getByLabel('Dato for diplomoverrækkelse').fill('12-06-2027');
  expect(await save(frame, 'Gem')).toContain('Gemt');
  expect(api('getSettings')).toMatchObject({ modules: 2, requiredShare: 0.5, ceremonyDate: '2027-06-12' });
});

test('a person is added through the sidebar; languages wait for consent', async () => {
  const frame = await openSidebar(env.page, 'showNewPerson');
  await frame.getByLabel(/^Navn/).fill('Amina Hassan');
  await frame.getByLabel('Telefon').fill('+45 12 34 56 78');
  expect(await frame.getByLabel('Sprog').isDisabled()).toBe(true);
  await frame.getByLabel('Samtykke').fill(displayDate(addDays(todayIso(), -3)));
  expect(await frame.getByLabel('Sprog').isDisabled()).toBe(false);
  await frame.getByLabel('Sprog').fill('somali, dansk');
  expect(await save(frame, 'Gem person')).toContain('Amina Hassan er gemt med ID P001');
  expect(await frame.getByLabel(/^Navn/).inputValue()).toBe('');
});

test('a hostile name is shown as text and runs nothing', async () => {
  const frame = await openSidebar(env.page, 'showNewPerson');
  await frame.getByLabel(/^Navn/).fill(HOSTILE);
  expect(await save(frame, 'Gem person')).toContain(HOSTILE);
  const list = await openSidebar(env.page, 'showRecruitment');
  await settled(list);
  expect(await list.textContent('main')).toContain(HOSTILE);
  expect(await list.locator('img').count()).toBe(0);
  const rows = await sheetRows(env.page, 'Personer');
  expect(rows.some((r) => r.includes(HOSTILE))).toBe(true);
  expect(await env.page.locator('table.cells img').count()).toBe(0);
  expect(env.dialogs).toEqual([]);
});

test('she is admitted from the recruitment list', async () => {
  for (const name of [
    'Hodan Warsame',
    'Ayşe Yılmaz',
    'Nasreen Akhtar',
    'Fatima Al-Hassan',
    'Mette Hansen',
    'Elif Demir',
  ]) {
    const { id } = api('addPerson', { name }) as { id: string };
    api('setPersonStatus', id, 'Optaget');
  }
  const frame = await openSidebar(env.page, 'showRecruitment');
  await settled(frame);
  await frame.getByLabel('Skift status for Amina Hassan').selectOption('Optaget');
  const item = frame.locator('li.person-row', { hasText: 'Amina Hassan' });
  await item.getByRole('button', { name: 'Skift status …' }).click();
  await item.getByRole('button', { name: 'Ja, skift status' }).click();
  expect(await notice(frame)).toContain('Amina Hassan har nu status Optaget');
  const rows = await sheetRows(env.page, 'Fremmøde');
  const amina = rows.find((r) => r.includes('Amina Hassan'));
  expect(amina).toBeDefined();
  expect(amina).toContain('OK');
});

test('recording a module previews and then changes her flag in Fremmøde', async () => {
  const frame = await openSidebar(env.page, 'showAttendance');
  await settled(frame);
  expect(await frame.getByLabel('Modul', { exact: true }).inputValue()).toBe('1');
  const preview = frame.locator('.preview');
  expect(await preview.textContent()).not.toContain('Amina Hassan');
  await frame.locator('fieldset', { hasText: 'Amina Hassan' }).getByLabel('Fravær').check();
  // The live preview uses the same rule as the server: one absence of the one allowed.
  expect(await preview.textContent()).toContain('Amina Hassan');
  expect(await preview.textContent()).toContain('I risiko');
  expect(await save(frame, 'Gem fremmøde')).toContain('modul 1 er gemt');
  const amina = (await sheetRows(env.page, 'Fremmøde')).find((r) => r.includes('Amina Hassan'));
  expect(amina).toContain('I risiko');
  expect(amina).toContain('F');

  const again = await openSidebar(env.page, 'showAttendance');
  await settled(again);
  expect(await again.getByLabel('Modul', { exact: true }).inputValue()).toBe('2');
  await again.locator('fieldset', { hasText: 'Amina Hassan' }).getByLabel('Afbud').check();
  expect(await again.locator('.preview').textContent()).toContain('Under 50 %');
  expect(await save(again, 'Gem fremmøde')).toContain('modul 2 er gemt');
  const rows = await sheetRows(env.page, 'Fremmøde');
  expect(rows.find((r) => r.includes('Amina Hassan'))).toContain('Under 50 %');
  expect(rows.find((r) => r.includes('Hodan Warsame'))).toContain('Gennemført');
});

test('diplomas are made with a real progress bar (a small cohort in one call)', async () => {
  const frame = await openSidebar(env.page, 'showDiplomas');
  await settled(frame);
  await frame.evaluate(`(() => {
    window.__progress = [];
    const bar = document.querySelector('[role=progressbar]');
    new MutationObserver(() => window.__progress.push(bar.getAttribute('aria-valuenow') + '/' + bar.getAttribute('aria-valuemax')))
      .observe(bar, { attributes: true, attributeFilter: ['aria-valuenow'] });
  })()`);
  await frame.getByRole('button', { name: 'Lav diplomer' }).click();
  expect(await notice(frame)).toContain('6 diplomer lavet');
  const progress = (await frame.evaluate('window.__progress')) as string[];
  // The sidebar sizes the batch from the latency model (core/diplomaPace.ts): all six at once.
  expect(progress).not.toContain('5/6');
  expect(progress[progress.length - 1]).toBe('6/6');
  await settled(frame);
  expect(await frame.locator('[role=progressbar] span').getAttribute('style')).toContain('100%');
  expect(await frame.textContent('main')).toContain('Amina Hassan');
  expect(env.dialogs).toEqual([]);
  expect(env.errors).toEqual([]);
});

test('a data-protection request: her data are exported, then she is deleted everywhere', async () => {
  const frame = await openSidebar(env.page, 'showPrivacy');
  await settled(frame);
  await frame.getByLabel('Person', { exact: true }).selectOption('P001');
  await frame.getByRole('button', { name: 'Hent hendes data' }).click();
  const link = frame.locator('a[download="persondata-P001.json"]');
  await link.waitFor();
  await frame.locator('details summary').click();
  const json = JSON.parse((await frame.textContent('pre.json')) ?? '{}');
  expect(json.person.Navn).toBe('Amina Hassan');
  expect(json.attendance).not.toBeNull();
  expect(Array.isArray(json.diplomas)).toBe(true);

  const remove = frame.getByRole('button', { name: 'Slet for altid' });
  expect(await remove.isDisabled()).toBe(true);
  await frame.getByLabel('Skriv P001 for at bekræfte').fill('P001');
  await remove.click();
  expect(await notice(frame)).toContain('P001 er slettet');
  for (const sheet of ['Personer', 'Fremmøde']) {
    const text = (await sheetRows(env.page, sheet)).flat().join(' ');
    expect(text).not.toContain('Amina Hassan');
  }
  expect(env.dialogs).toEqual([]);
  expect(env.errors).toEqual([]);
});
