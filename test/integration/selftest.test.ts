// selfTest(): the deployer's one-time check in real Google, exercised here in the emulator:
// every step passes, nothing is left behind (scratch sheet deleted, files trashed, property
// removed), and an injected fault is reported as the failing step while cleanup still runs.
import { createEmulator } from '../../dev/emulator';
import { distHtml, harness, loadBundle, type Harness } from '../helpers/harness';
import { expectSame, fingerprint } from '../helpers/reliability';

// selfTest logs its outcome (counts and step names only); the tests read the result instead.
let quiet: jest.SpyInstance[] = [];
beforeEach(() => {
  quiet = [
    jest.spyOn(console, 'log').mockImplementation(() => undefined),
    jest.spyOn(console, 'error').mockImplementation(() => undefined),
  ];
});
afterEach(() => {
  for (const spy of quiet) spy.mockRestore();
});

const STEPS = [
  'documentLock',
  'activeSpreadsheet',
  'scratchSheet',
  'sheetValuesEmpty',
  'writeLiteralTextAndDates',
  'sheetValuesFilled',
  'literalText',
  'dateCells',
  'typedDate',
  'productionSheets',
  'tablePersons',
  'tableExpenses',
  'plainTextApostrophe',
  'documentProperties',
  'driveFolder',
  'docsCreate',
  'docsHeaderReplace',
  'docsTable',
  'pdfExport',
  'pdfMerge',
  'restWave',
  'driveUpdateMedia',
  'driveTrash',
  'scratchSheetDeleted',
];

describe('selfTest', () => {
  let h: Harness;
  beforeEach(() => {
    h = harness({ today: '2026-01-15' });
    h.api.setupWorkbook();
  });

  it('passes every step and leaves the workbook, properties and Drive as they were', () => {
    const before = fingerprint(h.emu);
    const sheets = h.emu.model.sheets.length;
    const result = h.api.selfTest();
    expect(result.steps.filter((s) => !s.ok)).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.steps.map((s) => s.name)).toEqual(STEPS);
    for (const s of result.steps) expect(s.detail.length).toBeGreaterThan(0);
    expect(h.emu.model.sheets.length).toBe(sheets);
    expectSame(before, fingerprint(h.emu));
    // It made files (and trashed them all again).
    expect(h.emu.drive.files().filter((f) => f.trashed).length).toBeGreaterThanOrEqual(3);
  });

  it.each([
    ['Drive', 2, 'docsCreate'],
    ['Docs', 2, 'docsHeaderReplace'],
    ['UrlFetch', 1, 'pdfExport'],
    ['Properties', 1, 'documentProperties'],
  ] as const)('a fault in %s (call %i) is reported as %s; cleanup still runs', (service, n, step) => {
    const before = fingerprint(h.emu);
    h.emu.calls.failAt(n, { service: service as never });
    const result = h.api.selfTest();
    h.emu.calls.clearFaults();
    expect(result.ok).toBe(false);
    const failed = result.steps.filter((s) => !s.ok);
    expect(failed[0].name).toBe(step);
    expect(failed[0].detail).toMatch(/injected fault/);
    expect(result.steps.find((s) => s.name === 'scratchSheetDeleted')?.ok).toBe(true);
    const trash = result.steps.find((s) => s.name === 'driveTrash');
    if (trash) expect(trash.ok).toBe(true);
    expectSame(before, fingerprint(h.emu));
  });

  it('a fault while creating the scratch sheet skips the sheet steps and still releases the lock', () => {
    h.emu.calls.failAt(1, { service: 'Spreadsheet', method: 'insertSheet' });
    const result = h.api.selfTest();
    h.emu.calls.clearFaults();
    expect(result.steps.find((s) => s.name === 'scratchSheet')?.ok).toBe(false);
    expect(result.steps.find((s) => s.name === 'sheetValuesFilled')?.detail).toMatch(/skipped/);
    expect(result.steps.find((s) => s.name === 'pdfExport')?.ok).toBe(true);
    // The lock was released: a writer can run.
    expect(h.api.addPerson({ name: 'Amal' }).id).toBe('P001');
  });

  it('is on the add-on menu as "Selvtest" and shows its result, the reading and the transcript in a dialog', () => {
    h.api.onOpen({ authMode: 'FULL' } as never);
    const items = (h.emu.ui.menus[0] as unknown as { items: { caption?: string; functionName?: string }[] })
      .items;
    expect(items.find((i) => i.functionName === 'runSelfTestFromMenu')?.caption).toBe('Selvtest');
    h.api.runSelfTestFromMenu();
    const dialog = h.emu.ui.dialogs[h.emu.ui.dialogs.length - 1];
    expect(dialog.title).toBe('Selvtest');
    expect(dialog.html).toContain('Selvtesten gik godt');
    expect(dialog.html).toContain(`«${h.emu.plainTextApostrophe}»`);
    // The transcript is there, escaped, and parses back to what selfTest returned.
    const text = /<textarea[^>]*>([\s\S]*)<\/textarea>/.exec(dialog.html)?.[1] ?? '';
    const unescaped = text
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
    const transcript = JSON.parse(unescaped);
    expect(transcript.format).toBe('bydelsmoedre-selftest/1');
    expect(transcript.plainTextApostrophe).toBe(h.emu.plainTextApostrophe);
    expect(text).not.toContain('<');
    h.emu.calls.failAt(1, { service: 'UrlFetch' });
    h.api.runSelfTestFromMenu();
    expect(h.emu.ui.dialogs[h.emu.ui.dialogs.length - 1].html).toContain('pdfExport');
  });
});

describe.each(['keep', 'drop'] as const)('selfTest in the emulator\'s reading "%s"', (reading) => {
  it('passes, names the reading it found, and probes the production path', () => {
    const h = harness({ today: '2026-01-15', plainTextApostrophe: reading });
    h.api.setupWorkbook();
    const before = fingerprint(h.emu);
    const result = h.api.selfTest();
    expect(result.steps.filter((s) => !s.ok)).toEqual([]);
    expect(result.plainTextApostrophe).toBe(reading);
    expect(result.transcript.plainTextApostrophe).toBe(reading);
    expect(result.steps.find((s) => s.name === 'plainTextApostrophe')?.detail).toMatch(
      new RegExp(`^${reading}:`),
    );
    const probes = result.transcript.probes.map((p) => p.probe);
    expect(new Set(probes).size).toBe(probes.length);
    expect(probes).toEqual(
      expect.arrayContaining(['plainText.raw', 'table.persons', 'table.expenses', 'setup.personsRow2']),
    );
    const table = result.transcript.probes.find((p) => p.probe === 'table.persons')?.observed as {
      navn: string[];
      navnShown: string[];
    };
    expect(table.navn).toEqual([
      '=Amal Test',
      '+Amal Test',
      "'Amal Test",
      '@Amal Test',
      "O'Brien Test",
      'Søs Ørnebjerg Åse',
      'مريم أحمد',
      '-5',
    ]);
    expect(table.navnShown).toEqual(table.navn);
    expectSame(before, fingerprint(h.emu));
  });

  it('reports the table layer failing when text comes back changed', () => {
    const h = harness({ today: '2026-01-15', plainTextApostrophe: reading });
    h.api.setupWorkbook();
    // A table layer that wrote every string with an apostrophe (the old design) fails under keep.
    const cells = jest.requireActual(
      '../../src/server/sheets/cells',
    ) as typeof import('../../src/server/sheets/cells');
    const spy = jest
      .spyOn(cells, 'cellValue')
      .mockImplementation((v: unknown) => (typeof v === 'string' && v !== '' ? `'${v}` : v));
    try {
      const result = h.api.selfTest();
      const step = result.steps.find((s) => s.name === 'tablePersons');
      if (reading === 'keep') expect(step?.ok).toBe(false);
      else expect(step?.ok).toBe(true);
    } finally {
      spy.mockRestore();
    }
  });
});

describe.each(['keep', 'drop'] as const)('the built Code.js in node:vm, reading "%s"', (reading) => {
  it('selfTest passes there too and names the reading', () => {
    const emu = createEmulator({ htmlFiles: distHtml, plainTextApostrophe: reading });
    const code = loadBundle(emu) as Record<string, (...a: unknown[]) => unknown>;
    code.setupWorkbook();
    const result = code.selfTest() as {
      ok: boolean;
      steps: { name: string; ok: boolean; detail: string }[];
      plainTextApostrophe: string;
    };
    expect(result.steps.filter((s) => !s.ok)).toEqual([]);
    expect(result.plainTextApostrophe).toBe(reading);
  });
});
