// The formula functions the dashboard (Oversigt) relies on, as Google documents them:
// SUMPRODUCT https://support.google.com/docs/answer/3094294 (sum of products of equally sized
// arrays; its arguments are evaluated as arrays, so comparisons and arithmetic work cell by
// cell inside it), COUNTIFS https://support.google.com/docs/answer/3256550 (every criterion on
// the same position; ranges of the same size), COUNT /3093620, MAX /3094013, MIN /3094017,
// TRIM /3094140, IFERROR /3093304, TODAY /3092984 (the current date without a time), DATE /3092969.
import { setup } from './helpers';

describe('formula evaluator: the dashboard functions', () => {
  test('SUMPRODUCT with element-wise comparisons, TRIM and arithmetic', () => {
    const { ss, sheet } = setup();
    const p = ss.insertSheet('Personer');
    p.getRange('A1:C5').setValues([
      ['ID', 'Status', 'Aktiv'],
      ['P001', 'Uddannet', 'Ja'],
      ['P002', ' uddannet ', 'Nej'],
      ['P003', 'Optaget', 'Ja'],
      ['P004', 'Uddannet', ''],
    ]);
    sheet
      .getRange('A1:A5')
      .setFormulas([
        ['=SUMPRODUCT((TRIM(Personer!B:B)="Uddannet")*1)'],
        ['=SUMPRODUCT((TRIM(Personer!B:B)="Uddannet")*(TRIM(Personer!C:C)="Ja"))'],
        ['=SUMPRODUCT((TRIM(Personer!B:B)="Uddannet")*(Personer!C:C<>""))'],
        ['=SUMPRODUCT({1})'],
        ['=SUMPRODUCT(Personer!A1:A2,Personer!A1:A3)'],
      ]);
    const v = sheet
      .getRange('A1:A5')
      .getValues()
      .map((r) => r[0]);
    // Comparisons ignore case (as COUNTIF); TRIM takes the spaces away.
    expect(v.slice(0, 3)).toEqual([3, 1, 2]);
    // Unequal sizes are an error, not a guess.
    expect(v[4]).toBe('#VALUE!');
    // Outside SUMPRODUCT a range in an operator still yields its first cell, as before.
    sheet.getRange('B1').setFormula('=Personer!A2:A3="P001"');
    expect(sheet.getRange('B1').getValue()).toBe(true);
  });

  test('COUNTIFS: all criteria on the same rows; an array criterion inside SUMPRODUCT joins two sheets', () => {
    const { ss, sheet } = setup();
    const p = ss.insertSheet('Personer');
    p.getRange('A1:B4').setValues([
      ['ID', 'Status'],
      ['P001', 'Optaget'],
      ['P002', 'Frafaldet'],
      ['P003', 'Optaget'],
    ]);
    const f = ss.insertSheet('Fremmøde');
    f.getRange('A1:B4').setValues([
      ['ID', 'Status'],
      ['P001', 'I risiko'],
      ['P002', 'I risiko'],
      ['P003', 'OK'],
    ]);
    sheet.getRange('A1:A4').setFormulas([
      ['=COUNTIFS(Personer!B:B,"Optaget",Personer!A:A,"<>P003")'],
      ['=COUNTIFS(Personer!A:A,"P002",Personer!B:B,"Frafaldet")'],
      // At risk and not a dropout: P001 only.
      [
        '=SUMPRODUCT((Fremmøde!B:B="I risiko")*(COUNTIFS(Personer!A:A,Fremmøde!A:A,Personer!B:B,"Frafaldet")=0))',
      ],
      ['=COUNTIFS(Personer!A:A,"x",Personer!A1:A2,"y")'],
    ]);
    expect(
      sheet
        .getRange('A1:A4')
        .getValues()
        .map((r) => r[0]),
    ).toEqual([1, 1, 1, '#VALUE!']);
  });

  test('COUNT, MAX, MIN, IFERROR, TODAY and DATE', () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate'] });
    // 23:30 in Copenhagen on 6 December is still 6 December there (22:30 UTC).
    jest.setSystemTime(new Date('2026-12-06T22:30:00Z'));
    try {
      const { sheet } = setup();
      sheet.getRange('C1:C4').setValues([[3], ['tekst'], [''], [7]]);
      sheet
        .getRange('A1:A8')
        .setFormulas([
          ['=COUNT(C1:C4)'],
          ['=MAX(C1:C4)'],
          ['=MIN(C1:C4)'],
          ['=IFERROR(1/0,"–")'],
          ['=IFERROR(5,"–")'],
          ['=TODAY()'],
          ['=DATE(2026,12,6)'],
          ['=TODAY()-DATE(2026,10,1)+1'],
        ]);
      const v = sheet
        .getRange('A1:A8')
        .getValues()
        .map((r) => r[0]);
      expect(v.slice(0, 5)).toEqual([2, 7, 3, '–', 5]);
      expect(v[5]).toBe(v[6]);
      expect(v[6]).toBe(46362);
      expect(v[7]).toBe(67);
    } finally {
      jest.useRealTimers();
    }
  });
});
