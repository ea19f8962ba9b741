// saveCohortSetup / getSavedCohortSetup / setupWorkbook({ fromSaved }) (SPEC): the reusable
// setup goes to the USER's properties — settings without dates, module themes, budget lines and
// amounts, timeline activities and months, the template — never a person; a new spreadsheet of
// the same user starts from it. Within the properties limits (9 KB a value, 500 KB a store).
import { createEmulator } from '../../dev/emulator';
import { harness, installGlobals, type Harness } from '../helpers/harness';
import { expectSentence, expectSame, fingerprint } from '../helpers/reliability';
import { gunzipSync } from 'node:zlib';

const DOC = 'application/vnd.google-apps.document';

/** The last cohort: its own themes, teacher, budget, timeline, settings, and people. */
function lastCohort(h: Harness): string {
  const { api, emu } = h;
  api.saveSettings({
    modules: 12,
    requiredShare: 0.75,
    cohortName: 'Ballerup 2026',
    place: 'Ballerup Bibliotek',
    signatory: 'Borgmester X',
    coordinatorInitials: 'KB',
    grant: 120000,
    language: 'da',
    firstModuleDate: '2026-03-05',
    closedDates: ['2026-04-02'],
    ceremonyDate: '2026-06-12',
    retentionMonths: 3,
  });
  const templateId = emu.drive.addFile({ name: 'Diplomskabelon – Ballerup 2026', mimeType: DOC });
  api.saveSettings({ templateId });
  api.setupWorkbook();
  const ss = emu.spreadsheet;
  const moduler = ss.getSheetByName('Moduler')!;
  moduler.getRange('C2').setValue('Velkommen og forventninger');
  moduler.getRange('E2').setValue('Hanne Underviser');
  moduler.getRange('F3').setValue(2.5);
  const budget = ss.getSheetByName('Budget')!;
  budget.getRange('B2').setValue(12500);
  budget.getRange(12, 1, 1, 2).setValues([['Tolkebistand', 4000]]);
  const tidsplan = ss.getSheetByName('Tidsplan')!;
  tidsplan.getRange(8, 1, 1, 4).setValues([['Maj', 'Besøg på rådhuset', 'KB', new Date(2026, 4, 20)]]);
  api.addPerson({ name: 'Hemmelig Deltager', phone: '+45 99 88 77 66', email: 'hemmelig@example.org' });
  api.setPersonStatus('P001', 'Optaget');
  return templateId;
}

function decodeSaved(user: Map<string, string>): Record<string, unknown> {
  const meta = JSON.parse(user.get('bm.savedSetup')!) as { chunks: number };
  let text = '';
  for (let i = 0; i < meta.chunks; i++) text += user.get(`bm.savedSetup.${i}`)!;
  return JSON.parse(gunzipSync(Buffer.from(text, 'base64')).toString('utf8')) as Record<string, unknown>;
}

/** A new spreadsheet of the same user (same user properties and Drive). */
function newSpreadsheet(of: Harness, today = '2027-08-20'): Harness {
  const emu = createEmulator({ sameUserAs: of.emu });
  installGlobals(emu);
  of.setToday(today);
  return { emu, api: of.api, setToday: of.setToday };
}

describe('saveCohortSetup', () => {
  it('keeps settings without dates, themes, budget, timeline and template in the user properties, and no person', () => {
    const h = harness({ today: '2026-06-20' });
    const templateId = lastCohort(h);
    expect(h.api.getSavedCohortSetup()).toBeNull();
    const docBefore = JSON.stringify([...h.emu.properties.document.entries()]);
    const { savedAt } = h.api.saveCohortSetup();
    expect(savedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(h.api.getSavedCohortSetup()).toEqual({ savedAt, cohortName: 'Ballerup 2026' });
    // Nothing in the spreadsheet's own properties; all in the user's.
    expect(JSON.stringify([...h.emu.properties.document.entries()])).toBe(docBefore);
    const saved = decodeSaved(h.emu.properties.user);
    const settings = saved.settings as Record<string, unknown>;
    expect(settings).toMatchObject({
      cohortName: 'Ballerup 2026',
      modules: 12,
      requiredShare: 0.75,
      place: 'Ballerup Bibliotek',
      grant: 120000,
      templateId,
      retentionMonths: 3,
    });
    for (const key of ['firstModuleDate', 'closedDates', 'ceremonyDate', 'periodStart', 'periodEnd'])
      expect(settings).not.toHaveProperty(key);
    const modules = saved.modules as { nr: number; theme: string; teacher: string; hours: number | null }[];
    expect(modules).toHaveLength(12);
    expect(modules[0]).toMatchObject({
      nr: 1,
      theme: 'Velkommen og forventninger',
      teacher: 'Hanne Underviser',
      hours: 3,
    });
    expect(modules[1].hours).toBe(2.5);
    expect(saved.budget).toEqual(
      expect.arrayContaining([
        { line: 'Honorar til gæstelærere', budget: 12500 },
        { line: 'Tolkebistand', budget: 4000 },
      ]),
    );
    expect(saved.timeline).toEqual(
      expect.arrayContaining([{ month: 'Maj', activity: 'Besøg på rådhuset', deadlineMonth: 5 }]),
    );
    const all = JSON.stringify(saved) + JSON.stringify([...h.emu.properties.user.entries()]);
    for (const personal of [
      'Hemmelig',
      '99 88 77 66',
      'hemmelig@example.org',
      'P001',
      '2026-03-05',
      '2026-06-12',
    ])
      expect(all).not.toContain(personal);
  });

  it('a second save replaces the first whole (no chunk of the old one is left)', () => {
    const h = harness({ today: '2026-06-20' });
    lastCohort(h);
    h.emu.properties.user.set('other.key', 'kept');
    h.emu.spreadsheet
      .getSheetByName('Moduler')!
      .getRange('C3')
      .setValue('x'.repeat(30000) + Math.random());
    h.api.saveCohortSetup();
    const many = [...h.emu.properties.user.keys()].filter((k) => k.startsWith('bm.savedSetup.')).length;
    h.emu.spreadsheet.getSheetByName('Moduler')!.getRange('C3').setValue('kort');
    h.api.saveCohortSetup();
    const keys = [...h.emu.properties.user.keys()];
    expect(keys.filter((k) => k.startsWith('bm.savedSetup.')).length).toBeLessThanOrEqual(many);
    expect(h.emu.properties.user.get('other.key')).toBe('kept');
    expect((decodeSaved(h.emu.properties.user).modules as { theme: string }[])[1].theme).toBe('kort');
  });
});

describe('setupWorkbook({ fromSaved: true }) in a new spreadsheet', () => {
  it('seeds settings (dates of its own), Moduler, Budget and Tidsplan from the saved setup, and no person', () => {
    const a = harness({ today: '2026-06-20' });
    const templateId = lastCohort(a);
    a.api.saveCohortSetup();
    const b = newSpreadsheet(a);
    expect(b.api.getSavedCohortSetup()?.cohortName).toBe('Ballerup 2026');
    const result = b.api.setupWorkbook({ fromSaved: true });
    expect(result.warnings).toEqual([]);
    const s = b.api.getSettings();
    expect(s).toMatchObject({
      cohortName: 'Ballerup 2026',
      modules: 12,
      requiredShare: 0.75,
      place: 'Ballerup Bibliotek',
      signatory: 'Borgmester X',
      grant: 120000,
      templateId,
      retentionMonths: 3,
    });
    expect(s).toMatchObject({
      firstModuleDate: '',
      closedDates: [],
      ceremonyDate: '',
      periodStart: '2027-10-01',
      periodEnd: '2028-06-30',
    });
    const moduler = b.emu.sheetValues('Moduler');
    expect(moduler).toHaveLength(13);
    const hd = moduler[0].map(String);
    expect(moduler[1][hd.indexOf('Tema')]).toBe('Velkommen og forventninger');
    expect(moduler[1][hd.indexOf('Underviser')]).toBe('Hanne Underviser');
    expect(moduler[2][hd.indexOf('Timer')]).toBe(2.5);
    expect(moduler[1][hd.indexOf('Dato')]).toBe('');
    const budget = b.emu.sheetValues('Budget');
    const lines = budget.slice(1).map((r) => [r[0], r[1]]);
    expect(lines).toHaveLength(11);
    expect(lines).toContainEqual(['Honorar til gæstelærere', 12500]);
    expect(lines).toContainEqual(['Tolkebistand', 4000]);
    expect(b.api.getBudget().budget).toBe(111000 + 2500 + 4000);
    const timeline = b.api.getTimeline();
    expect(timeline).toHaveLength(7);
    const visit = timeline.find((r) => r.activity === 'Besøg på rådhuset')!;
    expect(visit).toMatchObject({
      month: 'Maj',
      responsible: 'KB',
      status: 'Planlagt',
      deadline: '2028-05-31',
    });
    expect(timeline[0].deadline).toBe('2027-10-31');
    expect(b.emu.sheetValues('Personer')).toHaveLength(1);
    expect(b.emu.sheetValues('Fremmøde')).toHaveLength(1);
  });

  it('when the saved template Doc is gone, says so and creates the default template', () => {
    const a = harness({ today: '2026-06-20' });
    const templateId = lastCohort(a);
    a.api.saveCohortSetup();
    const b = newSpreadsheet(a);
    // The coordinator deleted last year's template.
    (b.emu.globals.Drive as { Files: { update(r: unknown, id: string): unknown } }).Files.update(
      { trashed: true },
      templateId,
    );
    const result = b.api.setupWorkbook({ fromSaved: true });
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings![0]).toMatch(/Diplomskabelonen fra sidste hold findes ikke længere/);
    const s = b.api.getSettings();
    expect(s.templateId).not.toBe('');
    expect(s.templateId).not.toBe(templateId);
    const made = b.emu.drive.files().find((f) => f.id === s.templateId)!;
    expect(made).toMatchObject({ mimeType: DOC, trashed: false, name: 'Diplomskabelon – Ballerup 2026' });
    expect(b.emu.drive.textOf(made.id)).toContain('{{Navn}}');
  });

  it('is refused with a sentence and writes nothing: no saved setup, a file already set up, bad options', () => {
    const fresh = harness({ today: '2026-06-20' });
    const B = fingerprint(fresh.emu);
    expect(expectSentence(() => fresh.api.setupWorkbook({ fromSaved: true }))).toMatch(
      /ingen gemt opsætning/,
    );
    for (const bad of [{ fromSaved: 'yes' }, { fromsaved: true }, 'x', [true], { fromSaved: 1 }])
      expectSentence(() => fresh.api.setupWorkbook(bad as never));
    expectSame(B, fingerprint(fresh.emu));
    expect(fresh.api.getSavedCohortSetup()).toBeNull();

    const a = harness({ today: '2026-06-20' });
    lastCohort(a);
    a.api.saveCohortSetup();
    const C = fingerprint(a.emu);
    expect(expectSentence(() => a.api.setupWorkbook({ fromSaved: true }))).toMatch(/nyt regneark/);
    expectSame(C, fingerprint(a.emu));
    // A damaged save is said so, not half used.
    a.emu.properties.user.set(
      'bm.savedSetup.0',
      'AAAA' + a.emu.properties.user.get('bm.savedSetup.0')!.slice(4),
    );
    const b = newSpreadsheet(a);
    const D = fingerprint(b.emu);
    expect(expectSentence(() => b.api.setupWorkbook({ fromSaved: true }))).toMatch(/kan ikke læses/);
    expectSame(D, fingerprint(b.emu));
  });
});

describe('the properties limits', () => {
  it('a setup at the limits (40 modules with long themes, 300 budget lines) is saved in chunks under 9 KB and comes back whole', () => {
    const a = harness({ today: '2026-06-20' });
    a.api.saveSettings({ modules: 40 });
    a.api.setupWorkbook();
    const words = [
      'familie',
      'sundhed',
      'rettigheder',
      'fællesskab',
      'uddannelse',
      'økonomi',
      'børn',
      'samtale',
    ];
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const text = (n: number) =>
      Array.from(
        { length: n },
        () => words[Math.floor(rnd() * words.length)] + (rnd() < 0.3 ? ` ${Math.floor(rnd() * 10000)}` : ''),
      ).join(' ');
    const themes = Array.from({ length: 40 }, () => [text(120), text(8), text(3)]);
    a.emu.spreadsheet.getSheetByName('Moduler')!.getRange(2, 3, 40, 3).setValues(themes);
    const lines = Array.from({ length: 300 }, (_, i) => [`Post ${i + 1}: ${text(12)}`, 100 + i]);
    const budget = a.emu.spreadsheet.getSheetByName('Budget')!;
    budget.getRange(2, 1, 300, 2).setValues(lines);
    a.api.saveCohortSetup();
    const user = a.emu.properties.user;
    const chunks = [...user.keys()].filter((k) => k.startsWith('bm.savedSetup.'));
    expect(chunks.length).toBeGreaterThan(1);
    let total = 0;
    for (const [k, v] of user) {
      expect(Buffer.byteLength(v)).toBeLessThanOrEqual(9 * 1024);
      total += Buffer.byteLength(k) + Buffer.byteLength(v);
    }
    expect(total).toBeLessThan(500 * 1024);
    const b = newSpreadsheet(a);
    b.api.setupWorkbook({ fromSaved: true });
    const moduler = b.emu.sheetValues('Moduler');
    expect(moduler.slice(1).map((r) => [r[2], r[3], r[4]])).toEqual(themes);
    expect(
      b.emu
        .sheetValues('Budget')
        .slice(1)
        .map((r) => [r[0], r[1]]),
    ).toEqual(lines);
  });

  it('a setup too large for the store even compressed is refused, and the old save stays', () => {
    const a = harness({ today: '2026-06-20' });
    a.api.saveSettings({ modules: 40 });
    a.api.setupWorkbook();
    const first = a.api.saveCohortSetup();
    const before = JSON.stringify([...a.emu.properties.user.entries()]);
    // Random text does not compress: 40 × 3 cells of 4,500 characters ≈ 540 KB.
    const noise = () =>
      Array.from({ length: 4500 }, () => String.fromCharCode(33 + Math.floor(Math.random() * 90))).join('');
    a.emu.spreadsheet
      .getSheetByName('Moduler')!
      .getRange(2, 3, 40, 3)
      .setValues(Array.from({ length: 40 }, () => ['T' + noise(), 'D' + noise(), 'U' + noise()]));
    const B = fingerprint(a.emu);
    expect(expectSentence(() => a.api.saveCohortSetup())).toMatch(/for stor/);
    expectSame(B, fingerprint(a.emu));
    expect(JSON.stringify([...a.emu.properties.user.entries()])).toBe(before);
    expect(a.api.getSavedCohortSetup()?.savedAt).toBe(first.savedAt);
  });
});

describe('setup of a cohort with many modules (bug found while testing the limits)', () => {
  it('a blank spreadsheet with 40 modules is set up (Fremmøde needs 47 columns, a new sheet has 26)', () => {
    const h = harness({ today: '2026-06-20' });
    h.api.saveSettings({ modules: 40 });
    h.api.setupWorkbook();
    const header = h.emu.sheetValues('Fremmøde')[0].map(String);
    expect(header).toHaveLength(47);
    expect(header[41]).toBe('M40');
    expect(h.emu.sheetValues('Moduler')).toHaveLength(41);
  });
});
