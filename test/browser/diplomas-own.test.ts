// Her own diploma in the real sidebar (issue 14), in Chromium against dist/Code.js in the
// emulator: a Word file made here (a real .docx) is brought in as the template, one diploma
// is previewed, and a cohort of 20 gets every diploma and the combined PDF in ONE click.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diplomaDocx } from '../helpers/docx';
import { notice, openSidebar, saveScreenshot, settled, setup, type Env } from './helpers';

let env: Env;

beforeAll(async () => {
  env = await setup();
  const api = (fn: string, ...args: unknown[]) => {
    const result = env.preview.session.run(fn, args);
    if (!result.ok) throw new Error(`${fn}: ${result.error}`);
    return result.value as { id: string };
  };
  api('saveSettings', { modules: 3, ceremonyDate: '2026-06-12', signatory: 'Borgmester Jesper Würtzen' });
  api('setupWorkbook');
  const ids: string[] = [];
  for (let i = 1; i <= 21; i++)
    ids.push(api('addPerson', { name: i === 21 ? 'Samira Below' : `Kvinde ${i} Ærø` }).id);
  for (const id of ids) api('setPersonStatus', id, 'Optaget');
  for (let m = 1; m <= 3; m++)
    api('recordAttendance', { module: m, present: m === 3 ? ids : ids.slice(0, 20) });
}, 120_000);

afterAll(async () => {
  await env?.close();
});

const files = () => env.preview.session.emu.drive.files().filter((f) => !f.trashed);

test('a Word template is brought in: checked, converted, its fields shown and linked', async () => {
  const frame = await openSidebar(env.page, 'showDiplomas');
  await settled(frame);
  const path = join(mkdtempSync(join(tmpdir(), 'bm-docx-')), 'Diplom 2025.docx');
  writeFileSync(path, diplomaDocx());
  await frame.setInputFiles('#template-file', path);
  await frame.getByRole('button', { name: 'Hent Word-filen ind' }).click();
  expect(await notice(frame)).toContain('Dit diplom er hentet ind');
  await frame.getByText('Alle fem felter er med.').waitFor();
  const open = frame.getByRole('link', { name: 'Åbn det nye dokument' });
  expect(await open.getAttribute('href')).toMatch(/^https:\/\/docs\.google\.com\/document\/d\//);
  expect(
    files().some((f) => f.name === 'Diplom 2025' && f.mimeType === 'application/vnd.google-apps.document'),
  ).toBe(true);
  await settled(frame);
  saveScreenshot('diplomas-own.png', await env.page.locator('#side').screenshot());

  // A PDF is refused with a sentence, and nothing is created.
  const before = files().length;
  const pdf = join(mkdtempSync(join(tmpdir(), 'bm-pdf-')), 'diplom.pdf');
  writeFileSync(pdf, '%PDF-1.4\n%%EOF\n');
  await frame.setInputFiles('#template-file', pdf);
  await frame.getByRole('button', { name: 'Hent Word-filen ind' }).click();
  await frame.waitForSelector('.notice-error');
  expect(await notice(frame)).toContain('Filen er ikke et Word-dokument (.docx)');
  expect(files()).toHaveLength(before);
});

test('a preview is made before "Lav diplomer", not counted', async () => {
  const frame = await openSidebar(env.page, 'showDiplomas');
  await settled(frame);
  await frame.selectOption('#preview-who', { label: 'Navn Navnesen (eksempel)' });
  await frame.getByRole('button', { name: 'Lav en prøve' }).click();
  await frame.getByRole('link', { name: 'Åbn prøven (PDF)' }).waitFor();
  expect(
    files()
      .filter((f) => f.name.startsWith('Prøve - '))
      .map((f) => f.name),
  ).toEqual(['Prøve - Navn Navnesen - Bydelsmødre.pdf']);
  await settled(frame);
  expect(await frame.textContent('main')).toContain('Mangler');
  await frame.getByText('Se et diplom først').scrollIntoViewIfNeeded();
  saveScreenshot('diplomas-preview.png', await env.page.locator('#side').screenshot());
});

test('a cohort of 20 gets every diploma and the combined PDF in one click; the left-out list is grouped', async () => {
  const frame = await openSidebar(env.page, 'showDiplomas');
  await settled(frame);
  expect(await frame.locator('section.group[data-code="below"] h3').textContent()).toBe('Under 90 % (1)');
  const calls: string[] = [];
  const original = env.preview.session.run.bind(env.preview.session);
  env.preview.session.run = (fn: string, args: unknown[]) => {
    if (fn === 'generateDiplomas') calls.push(JSON.stringify(args));
    return original(fn, args);
  };
  try {
    await frame.getByRole('button', { name: 'Lav diplomer' }).click();
    expect(await notice(frame)).toContain('Færdig: 20 diplomer lavet.');
  } finally {
    env.preview.session.run = original;
  }
  expect(calls).toEqual([JSON.stringify([{ batchSize: 20 }])]);
  expect(files().filter((f) => /^Diplom - .*\.pdf$/.test(f.name))).toHaveLength(20);
  expect(files().filter((f) => f.name === 'Diplomer - Bydelsmødre.pdf')).toHaveLength(1);
  await settled(frame);
  await frame.getByRole('link', { name: 'Åbn den samlede PDF til udskrift' }).waitFor();
  await frame.locator('section.group[data-code="below"]').scrollIntoViewIfNeeded();
  saveScreenshot('diplomas-done.png', await env.page.locator('#side').screenshot());
});
