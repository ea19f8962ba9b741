// getSettings/saveSettings and how the workbook follows them: module columns and rows,
// module dates, and the rule's figures.
import { harness, type Harness } from '../helpers/harness';
import { addApplicants, admit, snapshot } from './workbook.fixtures';

function header(emu: Harness['emu'], name: string): string[] {
  return (emu.sheetValues(name)[0] ?? []).map(String);
}

describe('settings before setup', () => {
  it('reads the defaults and saves a partial, validated, returning the full settings', () => {
    const h = harness({ today: '2026-01-15' });
    expect(h.api.getSettings()).toMatchObject({
      cohortName: 'Bydelsmødre',
      modules: 15,
      requiredShare: 0.9,
      excusedCountsAsAbsent: true,
      closedDates: [],
      language: 'da',
      periodStart: '2026-10-01',
      periodEnd: '2027-06-30',
    });
    const saved = h.api.saveSettings({ cohortName: 'Hold 1', modules: 12 });
    expect(saved).toMatchObject({ cohortName: 'Hold 1', modules: 12, place: 'Ballerup Rådhus' });
    expect(h.api.getSettings()).toEqual(saved);
    h.api.setupWorkbook();
    expect(header(h.emu, 'Fremmøde')).toContain('M12');
    expect(header(h.emu, 'Fremmøde')).not.toContain('M13');
    expect(h.emu.sheetValues('Moduler')).toHaveLength(13);
  });

  it.each([
    [{ modules: 0 }, /Antal moduler/],
    [{ modules: 41 }, /Antal moduler/],
    [{ requiredShare: 1.5 }, /Krævet fremmøde/],
    [{ colour: 'blå' }, /colour/],
    [{ firstModuleDate: '2026-04-03' }, /lukkedag/],
    [{ firstModuleDate: '03-05-2026' }, /dato/],
  ])('refuses %j and saves nothing', (patch, message) => {
    const h = harness({ today: '2026-01-15' });
    h.api.setupWorkbook();
    const before = snapshot(h.emu);
    expect(() => h.api.saveSettings(patch as never)).toThrow(message);
    expect(snapshot(h.emu)).toBe(before);
  });
});

describe('changing settings on a file in use', () => {
  let h: Harness;
  let ids: string[];
  beforeEach(() => {
    h = harness({ today: '2026-01-15' });
    h.api.setupWorkbook();
    ids = addApplicants(h.api, 4);
    admit(h.api, ids);
    h.api.recordAttendance({ module: 1, present: ids.slice(0, 3), excused: [ids[3]] });
  });

  it('more modules inserts columns before the summary columns and rows in Moduler', () => {
    const user = h.emu.spreadsheet.getSheetByName('Fremmøde')!;
    user.getRange(1, header(h.emu, 'Fremmøde').length + 1).setValue('Egen kolonne');
    h.api.saveSettings({ modules: 17 });
    const hdr = header(h.emu, 'Fremmøde');
    expect(hdr.slice(15, 25)).toEqual([
      'M14',
      'M15',
      'M16',
      'M17',
      'Mødt',
      'Afholdt',
      'Fremmøde %',
      'Status',
      'Diplom',
      'Egen kolonne',
    ]);
    expect(h.emu.sheetValues('Moduler')).toHaveLength(18);
    expect(h.api.getAttendance()[0]).toMatchObject({ total: 17, required: 16, held: 1 });
    expect(h.emu.sheetValues('Fremmøde')[1][hdr.indexOf('M1')]).toBe('M');
    const rule = h.emu.spreadsheet
      .getSheetByName('Fremmøde')!
      .getRange(2, hdr.indexOf('M17') + 1)
      .getDataValidation();
    expect(rule?.getCriteriaValues()[0]).toEqual(['M', 'A', 'F']);
  });

  it('fewer modules removes empty columns and rows, and refuses to remove a column with marks', () => {
    h.api.saveSettings({ modules: 10 });
    expect(header(h.emu, 'Fremmøde')).not.toContain('M11');
    expect(h.emu.sheetValues('Moduler')).toHaveLength(11);
    expect(h.api.getAttendance()[0]).toMatchObject({ total: 10, required: 9 });
    h.api.recordAttendance({ module: 10, present: ids });
    const before = snapshot(h.emu);
    expect(() => h.api.saveSettings({ modules: 9, cohortName: 'X' })).toThrow(/«M10».*«Fremmøde»/);
    expect(snapshot(h.emu)).toBe(before);
    expect(h.api.getSettings().cohortName).toBe('Bydelsmødre');
  });

  it('a first module date and closed dates re-flow the dates of modules without marks', () => {
    h.api.saveSettings({ firstModuleDate: '2026-02-05' });
    const dates = () =>
      h.emu
        .sheetDisplayValues('Moduler')
        .slice(1)
        .map((r) => r[1]);
    // Module 1 was held before any date was set: it keeps what it has (none); the rest follow.
    expect(dates().slice(0, 4)).toEqual(['', '05-02-2026', '12-02-2026', '19-02-2026']);
    h.setToday('2026-02-05'); // module 2 is held on its day (a later date cannot be recorded yet)
    h.api.recordAttendance({ module: 2, present: ids });
    h.api.saveSettings({ closedDates: ['2026-02-19'] });
    // Module 2 has marks and keeps its date; the rest move on past the closed day.
    expect(dates().slice(0, 4)).toEqual(['', '05-02-2026', '12-02-2026', '26-02-2026']);
  });

  it('changing the rule recomputes every status in Fremmøde', () => {
    const status = () =>
      h.emu
        .sheetValues('Fremmøde')
        .slice(1)
        .map((r) => r[header(h.emu, 'Fremmøde').indexOf('Status')]);
    expect(status()).toEqual(['OK', 'OK', 'OK', 'I risiko']);
    h.api.saveSettings({ excusedCountsAsAbsent: false });
    expect(status()).toEqual(['OK', 'OK', 'OK', 'OK']);
    h.api.saveSettings({ requiredShare: 0.8 });
    expect(h.api.getAttendance()[0]).toMatchObject({ required: 12 });
  });
});
