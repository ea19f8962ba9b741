import { setup } from './helpers';

describe('call counting', () => {
  test('every call on a service object is counted under its service', () => {
    const { emu, g } = setup();
    emu.calls.reset();
    const ss = g.SpreadsheetApp.getActiveSpreadsheet(); // 1
    const sheet = ss.getActiveSheet(); // 2
    sheet.getRange('A1:B2').getValues(); // 3, 4
    g.SpreadsheetApp.getUi().createMenu('x').addItem('a', 'b').addToUi(); // Ui: 4
    g.PropertiesService.getDocumentProperties().getProperty('k'); // Properties: 2
    g.Session.getActiveUser().getEmail(); // Session: 2
    g.Logger.log('x');
    g.console.log('not counted');
    expect(emu.calls.snapshot()).toEqual({ Spreadsheet: 4, Ui: 4, Properties: 2, Session: 2, Logger: 1 });
    expect(emu.calls.entries.slice(0, 4).map((e) => e.method)).toEqual([
      'getActiveSpreadsheet',
      'getActiveSheet',
      'getRange',
      'getValues',
    ]);
  });

  test('builders are local: only applying them is counted', () => {
    const { emu, g, sheet } = setup();
    const range = sheet.getRange('A1:A3');
    emu.calls.reset();
    const rule = g.SpreadsheetApp.newDataValidation()
      .requireValueInList(['M', 'A'])
      .setAllowInvalid(false)
      .setHelpText('x')
      .build();
    const cf = g.SpreadsheetApp.newConditionalFormatRule()
      .whenTextEqualTo('M')
      .setBackground('#0f0')
      .setRanges([range])
      .build();
    const rich = g.SpreadsheetApp.newRichTextValue().setText('a').setLinkUrl('https://x').build();
    const chart = sheet
      .newChart()
      .setChartType(g.Charts.ChartType.BAR)
      .addRange(range)
      .setPosition(1, 3, 0, 0)
      .build();
    rule.getCriteriaType();
    expect(emu.calls.count()).toBe(0);
    range.setDataValidation(rule);
    sheet.setConditionalFormatRules([cf]);
    range.getCell(1, 1).setRichTextValue(rich);
    sheet.insertChart(chart);
    expect(emu.calls.entries.map((e) => e.method)).toEqual([
      'setDataValidation',
      'setConditionalFormatRules',
      'getCell',
      'setRichTextValue',
      'insertChart',
    ]);
  });

  test('internal calls are not counted: one getValues is one call however large', () => {
    const { emu, sheet } = setup();
    sheet.getRange(1, 1, 100, 10).setValue(1);
    emu.calls.reset();
    sheet.getDataRange().getValues();
    sheet.insertRowsAfter(5, 3);
    expect(emu.calls.count('Spreadsheet')).toBe(3);
  });

  test('an armed fault throws at the N-th call before that call has any effect', () => {
    const { emu, sheet } = setup();
    emu.calls.reset();
    emu.calls.failAt(2, { service: 'Spreadsheet' });
    const r = sheet.getRange('A1'); // 1st
    expect(() => r.setValue('x')).toThrow('Spreadsheet error: the service is unavailable (injected fault)'); // 2nd
    expect(emu.sheetValues(sheet.getName())).toEqual([]);
    r.setValue('y');
    expect(emu.sheetValues(sheet.getName())).toEqual([['y']]);
  });

  test('faults can target a method, across services', () => {
    const { emu, g } = setup();
    emu.calls.failAt(1, { method: 'setProperty', message: 'Service unavailable: Properties' });
    const props = g.PropertiesService.getDocumentProperties();
    expect(() => props.setProperty('a', '1')).toThrow('Service unavailable: Properties');
    expect(props.getProperty('a')).toBeNull();
  });

  test('emu.spreadsheet is uncounted for arranging and inspecting', () => {
    const { emu } = setup();
    emu.calls.reset();
    emu.spreadsheet
      .insertSheet('Budget')
      .getRange('A1:B1')
      .setValues([['Post', 'Budget']]);
    expect(emu.calls.count()).toBe(0);
    expect(emu.sheetValues('Budget')).toEqual([['Post', 'Budget']]);
    expect(emu.sheetByName('Budget')!.maxRows).toBe(1000);
    expect(emu.cell('Budget', 'B1')!.v).toBe('Budget');
  });
});
