import { createEmulator, fromJSON, typedGlobals } from '../../dev/emulator';
import type { EmulatorState } from '../../dev/emulator';
import { copenhagen, setup } from './helpers';

describe('toJSON / fromJSON', () => {
  test('round-trips sheets with values, formats, validation, conditional formats, protections, charts and properties', () => {
    const { emu, g, ss } = setup();
    const sheet = ss.insertSheet('Personer');
    sheet.getRange('A1:C2').setValues([
      ['ID', 'Oprettet', 'Børnepasning'],
      ['P001', copenhagen(2026, 1, 5), ''],
    ]);
    sheet.getRange('B2').setNumberFormat('dd-mm-yyyy');
    sheet.getRange('C2').insertCheckboxes();
    sheet.getRange('D2').setFormula('=1+1');
    sheet.getRange('A1:C1').setFontWeight('bold').setBackground('#dddddd');
    sheet.setFrozenRows(1);
    sheet.setColumnWidth(2, 150);
    sheet
      .getRange('A2:A100')
      .setDataValidation(
        g.SpreadsheetApp.newDataValidation().requireValueInRange(sheet.getRange('Z1:Z5')).build(),
      );
    sheet.setConditionalFormatRules([
      g.SpreadsheetApp.newConditionalFormatRule()
        .whenCellEmpty()
        .setBackground('#ff0')
        .setRanges([sheet.getRange('B2:B50')])
        .build(),
    ]);
    sheet.getRange('A1:C1').protect().setDescription('Overskrifter').setWarningOnly(true);
    sheet.insertChart(
      sheet
        .newChart()
        .setChartType(g.Charts.ChartType.PIE)
        .addRange(sheet.getRange('A1:B2'))
        .setPosition(1, 5, 0, 0)
        .build(),
    );
    sheet.addDeveloperMetadata('role', 'people');
    g.PropertiesService.getDocumentProperties().setProperty('settings', '{"modules":15}');

    const state = JSON.parse(JSON.stringify(emu.toJSON())) as EmulatorState;
    const back = fromJSON(state);
    const g2 = typedGlobals(back);
    const s2 = g2.SpreadsheetApp.getActive().getSheetByName('Personer')!;
    expect(s2.getSheetId()).toBe(sheet.getSheetId());
    expect(s2.getRange('A1:D2').getValues()).toEqual([
      ['ID', 'Oprettet', 'Børnepasning', ''],
      ['P001', copenhagen(2026, 1, 5), false, 2],
    ]);
    expect(s2.getRange('D2').getFormula()).toBe('=1+1');
    expect(s2.getRange('B2').getDisplayValue()).toBe('05-01-2026');
    expect(s2.getRange('C2').getDataValidation()!.getCriteriaType()).toBe('CHECKBOX');
    expect(s2.getRange('A50').getDataValidation()!.getCriteriaValues()[0].getA1Notation()).toBe('Z1:Z5');
    expect(s2.getRange('B1').getBackground()).toBe('#dddddd');
    expect(s2.getFrozenRows()).toBe(1);
    expect(s2.getColumnWidth(2)).toBe(150);
    expect(s2.getConditionalFormatRules()[0].getRanges()[0].getA1Notation()).toBe('B2:B50');
    const [p] = s2.getProtections(g2.SpreadsheetApp.ProtectionType.RANGE);
    expect([p.getDescription(), p.isWarningOnly(), p.getRange().getA1Notation()]).toEqual([
      'Overskrifter',
      true,
      'A1:C1',
    ]);
    expect(s2.getCharts()[0].getRanges()[0].getA1Notation()).toBe('A1:B2');
    expect(s2.getDeveloperMetadata()[0].getValue()).toBe('people');
    expect(g2.PropertiesService.getDocumentProperties().getProperty('settings')).toBe('{"modules":15}');
    // Ids keep counting up after a restore: a new sheet never reuses an old id.
    const fresh = g2.SpreadsheetApp.getActive().insertSheet('Ny');
    expect(back.model.sheets.filter((s) => s.id === fresh.getSheetId())).toHaveLength(1);
    expect(back.toJSON()).toEqual(JSON.parse(JSON.stringify(back.toJSON())));
  });
});

describe('loadScript runs a classic script with only our globals', () => {
  test('no Node globals inside; top-level functions are returned on the context', () => {
    const emu = createEmulator();
    const ctx = emu.loadScript(`
      var seen = { require: typeof require, process: typeof process, module: typeof module, Buffer: typeof Buffer, setTimeout: typeof setTimeout };
      function onOpen(e) { SpreadsheetApp.getUi().createAddonMenu().addItem('Opsæt', 'setupWorkbook').addToUi(); return e && e.authMode; }
      function whoAmI() { return Session.getActiveUser().getEmail(); }
    `);
    expect(ctx.seen).toEqual({
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
      Buffer: 'undefined',
      setTimeout: 'undefined',
    });
    expect((ctx.onOpen as (e: unknown) => unknown)({ authMode: 'LIMITED' })).toBe('LIMITED');
    expect(emu.ui.menus[0].items).toEqual([{ caption: 'Opsæt', functionName: 'setupWorkbook' }]);
    expect((ctx.whoAmI as () => string)()).toBe('koordinator@example.org');
  });

  test("dates cross the realm boundary both ways and errors are the script realm's", () => {
    const emu = createEmulator();
    const ctx = emu.loadScript(`
      function roundTrip() {
        var sheet = SpreadsheetApp.getActiveSheet();
        sheet.getRange('A1:B1').setValues([[new Date(Date.UTC(2026, 0, 5, 12)), 'x']]);
        var v = sheet.getRange('A1:B1').getValues();
        return { isDate: v[0][0] instanceof Date, isArray: v instanceof Array, time: v[0][0].getTime() };
      }
      function failing() {
        try { SpreadsheetApp.getActiveSheet().getRange(0, 1); } catch (e) { return { isError: e instanceof Error, message: e.message }; }
      }
      function logs() { console.log('rows=%d', 3); Logger.log('done'); }
    `);
    expect((ctx.roundTrip as () => unknown)()).toEqual({
      isDate: true,
      isArray: true,
      time: Date.UTC(2026, 0, 5, 12),
    });
    expect((ctx.failing as () => unknown)()).toEqual({
      isError: true,
      message: 'The starting row of the range is too small.',
    });
    (ctx.logs as () => void)();
    expect(emu.logs).toEqual(['rows=3', 'done']);
    expect(emu.sheetValues('Ark1')[0][0]).toBeInstanceOf(Date);
  });

  test('install puts the globals on a target and restores it', () => {
    const emu = createEmulator();
    const target: Record<string, unknown> = { SpreadsheetApp: 'old' };
    const restore = emu.install(target);
    expect(target.SpreadsheetApp).toBe(emu.globals.SpreadsheetApp);
    expect(target.Drive).toBe(emu.globals.Drive);
    restore();
    expect(target.SpreadsheetApp).toBe('old');
    expect('Drive' in target).toBe(false);
  });
});
