// selfTest(): the deployer's one-time check in real Google, exercised here in the emulator:
// every step passes, nothing is left behind (scratch sheet deleted, files trashed, property
// removed), and an injected fault is reported as the failing step while cleanup still runs.
import { harness, type Harness } from '../helpers/harness';
import { expectSame, fingerprint } from '../helpers/reliability';

const STEPS = [
  'documentLock',
  'activeSpreadsheet',
  'scratchSheet',
  'sheetValuesEmpty',
  'writeLiteralTextAndDates',
  'sheetValuesFilled',
  'literalText',
  'dateCells',
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

  it('is on the add-on menu as "Selvtest" and shows its result in an alert', () => {
    h.api.onOpen({ authMode: 'FULL' } as never);
    const items = (h.emu.ui.menus[0] as unknown as { items: { caption?: string; functionName?: string }[] }).items;
    expect(items.find((i) => i.functionName === 'runSelfTestFromMenu')?.caption).toBe('Selvtest');
    h.api.runSelfTestFromMenu();
    expect(JSON.stringify(h.emu.ui.alerts[h.emu.ui.alerts.length - 1])).toContain('Selvtesten gik godt');
    h.emu.calls.failAt(1, { service: 'UrlFetch' });
    h.api.runSelfTestFromMenu();
    expect(JSON.stringify(h.emu.ui.alerts[h.emu.ui.alerts.length - 1])).toContain('pdfExport');
  });
});
