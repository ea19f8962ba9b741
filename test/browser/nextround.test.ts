// Issue 15's buttons in Chromium, against dist/Code.js in the emulator: the paper attendance
// list from the attendance sidebar, saving the setup and drafting the next application from the
// report sidebar, and "Start fra sidste hold" on the start page of a new spreadsheet.
import { notice, openSidebar, settled, setup, sheetRows, type Env } from './helpers';

let env: Env;

beforeAll(async () => {
  env = await setup();
  api('saveSettings', { modules: 4, cohortName: 'Hold 2026' });
  api('setupWorkbook');
  for (const name of ['Hodan Warsame', 'Ayşe Yılmaz', 'Sara <img src=x onerror=alert(1)>']) {
    const { id } = api('addPerson', { name }) as { id: string };
    api('setPersonStatus', id, 'Optaget');
  }
});

afterAll(async () => {
  await env?.close();
});

function api(fn: string, ...args: unknown[]): unknown {
  const result = env.preview.session.run(fn, args);
  if (!result.ok) throw new Error(`${fn}: ${result.error}`);
  return result.value;
}

const live = () => env.preview.session.emu.drive.files().filter((f) => !f.trashed);

test('the attendance sidebar makes the paper list of the chosen module and of all modules', async () => {
  const frame = await openSidebar(env.page, 'showAttendance');
  await settled(frame);
  const forModule = frame.locator('[data-action="attendance-list-module"]');
  expect(await forModule.textContent()).toBe('Lav liste til modul 1');
  await frame.getByLabel('Modul', { exact: true }).selectOption('3');
  expect(await forModule.textContent()).toBe('Lav liste til modul 3');
  await forModule.click();
  const links = frame.locator('.card .notice-ok a');
  await links.first().waitFor();
  const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  expect(hrefs).toHaveLength(2);
  const names = live().map((f) => f.name);
  expect(names).toContain('Fremmødeliste - Modul 3 - Hold 2026');
  expect(names).toContain('Fremmødeliste - Modul 3 - Hold 2026.pdf');
  const pdf = live().find((f) => f.name === 'Fremmødeliste - Modul 3 - Hold 2026.pdf')!;
  expect(hrefs.some((h) => h.includes(pdf.id))).toBe(true);
  const doc = live().find((f) => f.name === 'Fremmødeliste - Modul 3 - Hold 2026')!;
  expect(env.preview.session.emu.drive.textOf(doc.id)).toContain('Sara <img src=x onerror=alert(1)>');

  await frame.locator('[data-action="attendance-list-all"]').click();
  await frame.waitForFunction(
    () =>
      document.querySelectorAll('.card .notice-ok a').length === 2 &&
      !document.querySelector('[aria-busy="true"]'),
  );
  expect(live().map((f) => f.name)).toContain('Fremmødeliste - Alle moduler - Hold 2026.pdf');
  expect(env.dialogs).toEqual([]);
  expect(await frame.locator('img').count()).toBe(0);
});

test('the report sidebar saves the setup for the next cohort and drafts the next application', async () => {
  env.preview.session.edit('Moduler', 2, 3, 'Velkommen til holdet');
  const frame = await openSidebar(env.page, 'showReport');
  await settled(frame);
  await frame.locator('[data-action="save-setup"]').click();
  await frame.getByText(/Opsætningen er gemt/).waitFor();
  expect(api('getSavedCohortSetup')).toMatchObject({ cohortName: 'Hold 2026' });

  await frame.locator('[data-action="application-draft"]').click();
  const link = frame.getByRole('link', { name: 'Åbn udkastet' });
  await link.waitFor();
  const draft = live().find((f) => f.name.startsWith('Ansøgning (udkast) - Hold 2026'))!;
  expect(await link.getAttribute('href')).toContain(draft.id);
  const text = env.preview.session.emu.drive.textOf(draft.id);
  expect(text).toContain('Optaget på uddannelsen: 3');
  expect(text).not.toContain('Hodan');
});

test('a new spreadsheet starts from the last cohort from the start page', async () => {
  env.preview.session.newSpreadsheet();
  await env.page.reload();
  await env.page.waitForSelector('#tabs button');
  const frame = await openSidebar(env.page, 'showStart');
  const button = frame.locator('[data-action="setup-from-saved"]');
  await button.waitFor();
  expect(await frame.textContent('main')).toContain('Der er gemt en opsætning fra holdet "Hold 2026"');
  await button.click();
  expect(await notice(frame)).toContain('sat op');
  await settled(frame);
  const moduler = await sheetRows(env.page, 'Moduler');
  expect(moduler.some((r) => r.includes('Velkommen til holdet'))).toBe(true);
  expect(moduler.filter((r) => /^\d+$/.test(r[0] ?? '')).length).toBe(4);
  expect(api('getSettings')).toMatchObject({ cohortName: 'Hold 2026', modules: 4 });
  const personer = await sheetRows(env.page, 'Personer');
  expect(personer.some((r) => r.some((c) => c.includes('Hodan')))).toBe(false);
  expect(env.dialogs).toEqual([]);
  expect(env.errors).toEqual([]);
});
