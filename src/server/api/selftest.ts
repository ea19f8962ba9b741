// selfTest: for whoever deploys the add-on, run once in real Google (Apps Script editor, or
// the add-on menu's "Selvtest"). It exercises each service the add-on relies on, the way the
// add-on uses it, including behaviour our emulator can only assume:
// - getSheetValues(1, 1, -1, -1) on an empty and on a filled sheet (the table layer's one
//   batched read relies on "-1 = up to the last row/column with content", undocumented);
// - text written with a leading apostrophe stays literal ('=…', '+45 …'), dates are date cells;
// - the production path for text: scratch copies of `Personer` and `Udgifter` made by setup's
//   own format code (number formats, validation), rows written and read by the table layer
//   (names with =, +, ', @, æøå, Arabic), read back with getValues and getDisplayValues; and
//   the fact the add-on is built to survive either way: whether a leading apostrophe written
//   into a plain-text cell stays (README, "Text cells");
// - document properties round trip; the document lock;
// - Drive v3: folder create, file create, new media (Files.update), trash;
// - Docs v1: create, batchUpdate with a header and replaceAllText in it;
// - the PDF export through UrlFetchApp with the script's own token;
// - one fetchAll wave reaching Drive's and Docs' REST endpoints (the diploma waves).
// Everything it makes is scratch and cleaned up (sheet deleted, files trashed, property
// removed), also when a step fails. It never touches the cohort's sheets or data, holds the
// document lock while it runs, and never throws: the result lists every step, and a
// machine-readable transcript of every probe (call, input, observed value) that the deployer
// copies from the dialog into test/fixtures/google/ (docs/deploy.md).
import type {
  JsonValue,
  SelfTestProbe,
  SelfTestResult,
  SelfTestStep,
  SelfTestTranscript,
} from '../../shared/privacy';
import type { SheetKey } from '../../core/schema';
import { sheetColumns } from '../../core/schema';
import { formatSheet } from '../sheets/format';
import { appendRows, Table } from '../sheets/table';
import type { Ctx } from '../runtime';
import { t } from '../../core/i18n';
import { resolveSettings } from '../../core/settings';
import { batchUpdate, getDocument } from '../google/docs';
import { createDoc, createFile, createFolder, getFile, replaceContent, trashFile } from '../google/drive';
import { exportPdfs } from '../google/pdfExport';
import { copyRequest, mergeRequest, wave } from '../google/rest';
import { tableCellStarts, tableFillRequests } from './report';
import { countPages, mergePdfs } from '../../core/pdfMerge';
import { dateCell, isoOfCell, toCell } from '../sheets/cells';
import { readSheet } from '../sheets/table';
import { DocumentStore } from '../store';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const PROPERTY = 'bm.selftest';
/** Text the add-on must keep exactly: a formula, a phone with +45, Danish and Arabic letters. */
const LITERALS = ['=1+1', '+45 12 34 56 78', '-5', '@x', 'Æblegrød på Ørstedsvej', 'مريم'];
const DATE = '2026-06-12';
const MERGED_NAME = 'Søs Ørnebjerg مريم';
const MODULES = 15;
/** Names the table layer must keep exactly (not real people). */
const NAMES = [
  '=Amal Test',
  '+Amal Test',
  "'Amal Test",
  '@Amal Test',
  "O'Brien Test",
  'Søs Ørnebjerg Åse',
  'مريم أحمد',
  '-5',
];
const PHONE = '+45 20 30 40 50';
/** Raw text typed into a plain-text cell: what Sheets stores is the fact probed. */
const PLAIN_PROBES = ["'Probe", '=1+1', '007', '2026-06-12', 'TRUE', PHONE, '20304050'];

/** A cell value as JSON: Dates as their local date and time (the script's time zone). */
function jsonOf(value: unknown): JsonValue {
  if (Object.prototype.toString.call(value) === '[object Date]') {
    const d = value as Date;
    const p = (n: number) => String(n).padStart(2, '0');
    return { date: `${isoOfCell(d)} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}` };
  }
  return value as JsonValue;
}

class Steps {
  readonly steps: SelfTestStep[] = [];
  readonly probes: SelfTestProbe[] = [];
  /** Records one probed behaviour for the transcript. */
  probe(probe: string, call: string, input: JsonValue, observed: JsonValue): void {
    this.probes.push({ probe, call, input, observed });
  }
  /** Runs a step; a step whose prerequisite failed is reported as skipped. Returns its value or null. */
  run<T>(name: string, fn: () => { value: T; detail: string }, needs: unknown[] = []): T | null {
    if (needs.some((n) => n === null || n === undefined)) {
      this.steps.push({ name, ok: false, detail: 'skipped: an earlier step failed' });
      return null;
    }
    try {
      const { value, detail } = fn();
      this.steps.push({ name, ok: true, detail });
      return value;
    } catch (error) {
      this.steps.push({ name, ok: false, detail: describe(error) });
      return null;
    }
  }
}

function describe(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}

function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function selfTest(): SelfTestResult {
  const s = new Steps();
  let lock: GoogleAppsScript.Lock.Lock | null = null;
  let sheet: Sheet | null = null;
  let ss: GoogleAppsScript.Spreadsheet.Spreadsheet | null = null;
  let active: Sheet | null = null;
  let reading: 'keep' | 'drop' | null = null;
  const scratch: Sheet[] = [];
  const trash: string[] = [];
  try {
    lock = s.run('documentLock', () => {
      const l = LockService.getDocumentLock();
      check(l.tryLock(10000), 'the document lock was not granted within 10 s');
      return { value: l, detail: 'granted' };
    });

    ss = s.run('activeSpreadsheet', () => {
      const active = SpreadsheetApp.getActive();
      return { value: active, detail: `time zone ${active.getSpreadsheetTimeZone()}` };
    });

    sheet = s.run(
      'scratchSheet',
      () => {
        const name = `Selvtest ${Date.now()}`;
        const book = ss as GoogleAppsScript.Spreadsheet.Spreadsheet;
        // insertSheet makes the new sheet active: the coordinator's sheet is activated again after.
        active = book.getActiveSheet();
        const created = book.insertSheet(name, book.getNumSheets());
        return { value: created, detail: `created "${name}"` };
      },
      [lock, ss],
    );

    s.run(
      'sheetValuesEmpty',
      () => {
        // What the -1 form does on an empty sheet (it may refuse: the table layer then falls
        // back to getDataRange), and that the table layer reads it as empty.
        let raw: string;
        try {
          const v = (sheet as Sheet).getSheetValues(1, 1, -1, -1);
          raw = `getSheetValues(1, 1, -1, -1) returned ${v.length} rows`;
          s.probe('getSheetValues.empty', 'Sheet.getSheetValues(1, 1, -1, -1) on an empty sheet', null, {
            rows: v.length,
          });
        } catch (error) {
          raw = `getSheetValues(1, 1, -1, -1) refused (${describe(error)})`;
          s.probe('getSheetValues.empty', 'Sheet.getSheetValues(1, 1, -1, -1) on an empty sheet', null, {
            refused: true,
          });
        }
        const values = readSheet(sheet as Sheet);
        check(
          values.every((r) => r.every((v) => v === '')),
          `expected no content, got ${values.length} rows`,
        );
        return { value: true, detail: `${raw}; read as empty` };
      },
      [sheet],
    );

    const wrote = s.run(
      'writeLiteralTextAndDates',
      () => {
        const target = sheet as Sheet;
        // Row 1: literals; row 2: a date cell; a lone cell at (5, 8) so the data area is 5 × 8.
        target.getRange(1, 1, 1, LITERALS.length).setValues([LITERALS.map(toCell)]);
        target.getRange(2, 1).setValue(dateCell(DATE));
        target.getRange(2, 1).setNumberFormat('dd-mm-yyyy');
        target.getRange(5, 8).setValue(toCell('hjørne'));
        return { value: true, detail: `${LITERALS.length + 2} cells written` };
      },
      [sheet],
    );

    s.run(
      'sheetValuesFilled',
      () => {
        // Directly, not through readSheet (which would hide a refusal behind its fallback).
        const values = (sheet as Sheet).getSheetValues(1, 1, -1, -1);
        s.probe('getSheetValues.filled', 'Sheet.getSheetValues(1, 1, -1, -1), content up to (5, 8)', null, {
          rows: values.length,
          columns: values[0]?.length ?? 0,
        });
        check(values.length === 5, `expected 5 rows up to the last row with content, got ${values.length}`);
        check(
          values.every((r) => r.length === 8),
          `expected 8 columns up to the last column with content, got ${values[0]?.length}`,
        );
        check(values[4][7] === 'hjørne', 'the last cell was not read back');
        return { value: true, detail: '5 × 8 values in one call' };
      },
      [wrote],
    );

    s.run(
      'literalText',
      () => {
        const range = (sheet as Sheet).getRange(1, 1, 1, LITERALS.length);
        const values = range.getValues()[0];
        const formulas = range.getFormulas()[0];
        s.probe(
          'generalCell.apostrophe',
          "Range.setValues with a leading ' (unformatted cells) + getValues/getFormulas",
          LITERALS.map(toCell) as JsonValue,
          {
            values,
            formulas,
          },
        );
        check(same(values, LITERALS), `text changed on the way: ${JSON.stringify(values)}`);
        check(
          formulas.every((f) => f === ''),
          `a formula was stored: ${JSON.stringify(formulas)}`,
        );
        return { value: true, detail: 'stored and read back exactly, no formulas' };
      },
      [wrote],
    );

    s.run(
      'dateCells',
      () => {
        const cell = (sheet as Sheet).getRange(2, 1);
        const value = cell.getValue();
        check(Object.prototype.toString.call(value) === '[object Date]', `not a date cell: ${typeof value}`);
        check(
          isoOfCell(value) === DATE,
          `read back as ${isoOfCell(value)}, expected ${DATE} (time zones of script and spreadsheet?)`,
        );
        const shown = cell.getDisplayValue();
        s.probe('dateCell', "Range.setValue(Date at local midnight) + setNumberFormat('dd-mm-yyyy')", DATE, {
          value: jsonOf(value),
          shown,
        });
        check(shown === '12-06-2026', `shown as ${shown}`);
        return { value: true, detail: `${DATE} shown as ${shown}` };
      },
      [wrote],
    );

    s.run(
      'typedDate',
      () => {
        // The emulator's claim (README "Dates typed by hand are date cells"): a whole date
        // written the spreadsheet locale's way is a date cell, day first in da_DK.
        const locale = (ss as GoogleAppsScript.Spreadsheet.Spreadsheet).getSpreadsheetLocale();
        const cell = (sheet as Sheet).getRange(2, 3);
        const typed = locale.startsWith('en_US') ? '5/31/2026' : '31-05-2026';
        cell.setValue(typed);
        const value = cell.getValue();
        const isDate = Object.prototype.toString.call(value) === '[object Date]';
        s.probe('typedDate', 'Range.setValue(a date written the locale’s way) into a General cell', typed, {
          locale,
          value: jsonOf(value),
        });
        check(
          isDate && isoOfCell(value) === '2026-05-31',
          `${typed} in ${locale} became ${JSON.stringify(jsonOf(value))}`,
        );
        return { value: true, detail: `${typed} is a date cell in ${locale}` };
      },
      [wrote],
    );

    // ---- The production path for text: setup's formats, the table layer, both readings.
    const production = s.run(
      'productionSheets',
      () => {
        const book = ss as GoogleAppsScript.Spreadsheet.Spreadsheet;
        const made: Partial<Record<SheetKey, Sheet>> = {};
        for (const key of ['persons', 'expenses'] as const) {
          const target = book.insertSheet(`Selvtest ${key} ${Date.now()}`, book.getNumSheets());
          scratch.push(target);
          const header = sheetColumns(key, MODULES).map((c) => c.header);
          const formatted = formatSheet(
            { key, sheet: target, header, created: true, newColumns: [], modules: MODULES },
            header,
          );
          check(formatted, `setup's formats of ${key} failed (see the log)`);
          made[key] = target;
        }
        const persons = made.persons as Sheet;
        const formats = persons
          .getRange(2, 1, 1, sheetColumns('persons', MODULES).length)
          .getNumberFormats()[0];
        const rules = persons.getRange(2, 1, 1, formats.length).getDataValidations()[0];
        s.probe(
          'setup.personsRow2',
          'formatSheet(persons) + Range.getNumberFormats/getDataValidations (row 2)',
          null,
          {
            formats,
            validations: rules.map((r) => (r ? String(r.getCriteriaType()) : null)),
          },
        );
        return {
          value: made as Record<'persons' | 'expenses', Sheet>,
          detail: 'Personer and Udgifter formatted by setup',
        };
      },
      [sheet],
    );

    s.run(
      'tablePersons',
      () => {
        const persons = (production as Record<string, Sheet>).persons;
        const own = sheetColumns('persons', MODULES).map((c) => c.header);
        const ctx = { onUndo: () => undefined } as unknown as Ctx;
        const table = new Table('persons', persons, readSheet(persons), own);
        const rows = NAMES.map((name, i) =>
          table.buildRow({
            ID: `P${String(901 + i)}`,
            Navn: name,
            Telefon: PHONE,
            Status: 'Interesseret',
            Noter: name,
            Samtykke: dateCell(DATE),
          }),
        );
        // Both of the table layer's append paths: one row (appendRow), then the rest (setValues).
        appendRows(ctx, table, rows.slice(0, 1));
        appendRows(ctx, table, rows.slice(1));
        const back = new Table('persons', persons, readSheet(persons), own);
        const read = back
          .filledRows()
          .slice(0, NAMES.length)
          .map(({ row }) => ({
            name: back.text(row, 'Navn'),
            phone: back.text(row, 'Telefon'),
            notes: back.text(row, 'Noter'),
            consent: isoOfCell(back.get(row, 'Samtykke')),
          }));
        const block = persons.getRange(2, 1, NAMES.length, own.length);
        const values = block.getValues();
        const shown = block.getDisplayValues();
        const formulas = block.getFormulas();
        const col = (h: string) => own.indexOf(h);
        s.probe(
          'table.persons',
          'appendRows (appendRow, then setValues) into setup-formatted Personer + getValues/getDisplayValues',
          { names: NAMES, phone: PHONE, date: DATE },
          {
            navn: values.map((r) => r[col('Navn')]),
            navnShown: shown.map((r) => r[col('Navn')]),
            telefon: values.map((r) => r[col('Telefon')]),
            telefonShown: shown.map((r) => r[col('Telefon')]),
            samtykke: values.map((r) => jsonOf(r[col('Samtykke')])),
            samtykkeShown: shown.map((r) => r[col('Samtykke')]),
            formulas: formulas.flat().filter((f) => f !== '').length,
          },
        );
        const wrong = read.filter(
          (r, i) => r.name !== NAMES[i] || r.notes !== NAMES[i] || r.phone !== PHONE || r.consent !== DATE,
        );
        check(wrong.length === 0, `read back by the table layer: ${JSON.stringify(wrong)}`);
        const shownWrong = NAMES.filter(
          (n, i) => shown[i][col('Navn')] !== n || shown[i][col('Telefon')] !== PHONE,
        );
        check(
          shownWrong.length === 0,
          `shown differently: ${JSON.stringify(shown.map((r) => r[col('Navn')]))}`,
        );
        check(
          formulas.flat().every((f) => f === ''),
          'a formula was stored',
        );
        check(
          shown.every((r) => r[col('Samtykke')] === '12-06-2026'),
          `dates shown as ${shown[0][col('Samtykke')]}`,
        );
        return {
          value: true,
          detail: `${NAMES.length} rows written and read back exactly (values and display)`,
        };
      },
      [production],
    );

    s.run(
      'tableExpenses',
      () => {
        const expenses = (production as Record<string, Sheet>).expenses;
        const own = sheetColumns('expenses', MODULES).map((c) => c.header);
        const ctx = { onUndo: () => undefined } as unknown as Ctx;
        const table = new Table('expenses', expenses, readSheet(expenses), own);
        const texts = ['=SUM(1;2)', "'kvittering", 'Forplejning og materialer', '12-06-2026'];
        appendRows(
          ctx,
          table,
          texts.map((t, i) =>
            table.buildRow({
              Dato: dateCell(DATE),
              Post: t,
              Beløb: 1234.5 + i,
              Beskrivelse: t,
              Bilag: `B${i + 1}`,
            }),
          ),
        );
        const block = expenses.getRange(2, 1, texts.length, own.length);
        const values = block.getValues();
        const shown = block.getDisplayValues();
        const col = (h: string) => own.indexOf(h);
        s.probe(
          'table.expenses',
          'appendRows into setup-formatted Udgifter + getValues/getDisplayValues',
          { texts, amount: 1234.5, date: DATE },
          {
            post: values.map((r) => r[col('Post')]),
            beskrivelse: shown.map((r) => r[col('Beskrivelse')]),
            beloeb: values.map((r) => r[col('Beløb')]),
            beloebShown: shown.map((r) => r[col('Beløb')]),
            datoShown: shown.map((r) => r[col('Dato')]),
          },
        );
        check(
          same(
            values.map((r) => r[col('Post')]),
            texts,
          ),
          `Post read back as ${JSON.stringify(values.map((r) => r[col('Post')]))}`,
        );
        check(
          same(
            shown.map((r) => r[col('Beskrivelse')]),
            texts,
          ),
          'Beskrivelse shown differently',
        );
        check(shown[0][col('Beløb')] === '1.234,50 kr.', `kroner shown as ${shown[0][col('Beløb')]}`);
        return {
          value: true,
          detail: `${texts.length} expenses written and read back exactly; ${shown[0][col('Beløb')]}`,
        };
      },
      [production],
    );

    reading = s.run(
      'plainTextApostrophe',
      () => {
        // Raw writes into plain-text cells of the scratch Personer (Navn, rows 40 …): the fact
        // the add-on is built to survive either way, and what she types by hand.
        const persons = (production as Record<string, Sheet>).persons;
        const navn = sheetColumns('persons', MODULES).findIndex((c) => c.header === 'Navn') + 1;
        const range = persons.getRange(40, navn, PLAIN_PROBES.length, 1);
        const formats = range.getNumberFormats().map((r) => r[0]);
        check(
          formats.every((f) => f === '@'),
          `the Navn column is not plain text: ${JSON.stringify(formats)}`,
        );
        range.setValues(PLAIN_PROBES.map((p) => [p]));
        const values = range.getValues().map((r) => r[0]);
        const shown = range.getDisplayValues().map((r) => r[0]);
        const formulas = range.getFormulas().map((r) => r[0]);
        s.probe(
          'plainText.raw',
          'Range.setValues as typed (no apostrophe) into cells formatted @ + getValues/getDisplayValues/getFormulas',
          PLAIN_PROBES,
          {
            values: values.map(jsonOf),
            shown,
            formulas,
          },
        );
        const found: 'keep' | 'drop' | null =
          values[0] === "'Probe" ? 'keep' : values[0] === 'Probe' ? 'drop' : null;
        check(found !== null, `a leading apostrophe came back as ${JSON.stringify(values[0])}`);
        const typedKept = PLAIN_PROBES.slice(1).every(
          (p, i) => values[i + 1] === p && formulas[i + 1] === '',
        );
        const detail =
          found === 'keep'
            ? 'keep: a leading apostrophe written into a plain-text cell stays part of the text'
            : 'drop: a leading apostrophe written into a plain-text cell is dropped';
        return {
          value: found,
          detail: `${detail}; text typed as it is ${typedKept ? 'stays exactly that text' : `changed: ${JSON.stringify(values.slice(1).map(jsonOf))}`}`,
        };
      },
      [production],
    );

    s.run('documentProperties', () => {
      const props = PropertiesService.getDocumentProperties();
      const value = JSON.stringify({ at: Date.now(), text: 'æøå مريم' });
      props.setProperty(PROPERTY, value);
      const back = props.getProperty(PROPERTY);
      props.deleteProperty(PROPERTY);
      s.probe('documentProperties', 'PropertiesService document properties set/get/delete', 'æøå مريم', {
        same: back === value,
        deleted: props.getProperty(PROPERTY) === null,
      });
      check(back === value, 'the value read back differs');
      check(props.getProperty(PROPERTY) === null, 'the property was not deleted');
      return { value: true, detail: 'set, read, deleted' };
    });

    const folder = s.run('driveFolder', () => {
      const f = createFolder(`Bydelsmødre selvtest ${Date.now()}`);
      trash.push(f.id);
      return { value: f.id, detail: 'created' };
    });

    const doc = s.run(
      'docsCreate',
      () => {
        const d = createDoc('Selvtest diplom', folder as string);
        trash.unshift(d.id);
        return { value: d.id, detail: 'created in the folder' };
      },
      [folder],
    );

    s.run(
      'docsHeaderReplace',
      () => {
        const id = doc as string;
        const reply = batchUpdate(id, [{ createHeader: { type: 'DEFAULT' } }]);
        const headerId = (reply.replies?.[0] as { createHeader?: { headerId?: string } } | undefined)
          ?.createHeader?.headerId;
        check(typeof headerId === 'string' && headerId !== '', 'createHeader gave no header id');
        batchUpdate(id, [
          { insertText: { location: { segmentId: headerId, index: 0 }, text: 'Diplom til {{Navn}}' } },
          { insertText: { location: { index: 1 }, text: '{{Navn}}' } },
          {
            replaceAllText: { containsText: { text: '{{Navn}}', matchCase: true }, replaceText: MERGED_NAME },
          },
        ]);
        const text = JSON.stringify(getDocument(id));
        check(!text.includes('{{Navn}}'), 'a merge field was left unreplaced');
        check(text.includes(`Diplom til ${MERGED_NAME}`), 'the header was not merged');
        return { value: true, detail: 'header and body merged' };
      },
      [doc],
    );

    s.run(
      'docsTable',
      () => {
        // The report's table is filled by index: check Google lays out a new table the way the
        // add-on (and its emulator) expect — insert, read the cell starts, fill in reverse.
        const id = doc as string;
        const rows = [
          ['Post', 'Budget'],
          ['Selvtest', '1,00 kr.'],
        ];
        batchUpdate(id, [{ insertTable: { rows: 2, columns: 2, endOfSegmentLocation: { segmentId: '' } } }]);
        type Doc = GoogleAppsScript.Docs.Schema.Document;
        batchUpdate(id, tableFillRequests(rows, tableCellStarts(getDocument(id) as Doc)));
        const table = ((getDocument(id) as Doc).body?.content ?? []).find((c) => c.table)?.table;
        const texts = (table?.tableRows ?? []).map((r) =>
          (r.tableCells ?? []).map((c) =>
            (c.content ?? [])
              .flatMap((p) => p.paragraph?.elements ?? [])
              .map((e) => e.textRun?.content ?? '')
              .join('')
              .replace(/\n$/, ''),
          ),
        );
        s.probe('docs.table', 'Docs batchUpdate insertTable + fill by index + documents.get', rows, texts);
        check(JSON.stringify(texts) === JSON.stringify(rows), `the table reads ${JSON.stringify(texts)}`);
        return { value: true, detail: '2 × 2 table filled by index' };
      },
      [doc],
    );

    const pdf = s.run(
      'pdfExport',
      () => {
        const [blob] = exportPdfs([doc as string]);
        const head = String.fromCharCode(
          ...blob
            .getBytes()
            .slice(0, 5)
            .map((b) => b & 0xff),
        );
        s.probe(
          'pdf.export',
          "the PDF export adapter (Drive export of a Doc, the script's token): first bytes",
          null,
          head,
        );
        check(head === '%PDF-', `not a PDF (starts with ${JSON.stringify(head)})`);
        return { value: blob, detail: `${blob.getBytes().length} bytes` };
      },
      [doc],
    );

    s.run(
      'pdfMerge',
      () => {
        // The combined PDF for the ceremony is made by our own merger: check it takes apart
        // the PDFs Google's export really produces (it refuses compressed object streams).
        const bytes = (pdf as GoogleAppsScript.Base.Blob).getBytes();
        const single = countPages(bytes);
        const merged = mergePdfs([bytes, bytes]);
        check(
          merged.ok,
          merged.ok ? '' : `the merger refused Google's PDF: ${merged.reason} (${merged.detail})`,
        );
        const pages = merged.ok ? countPages(merged.pdf) : null;
        check(single !== null && pages === 2 * single, `merged ${pages} pages from 2 × ${single}`);
        return { value: true, detail: `2 × ${single} pages merged into ${pages}` };
      },
      [pdf],
    );

    restWaveStep(s, folder, doc, trash);

    s.run(
      'driveUpdateMedia',
      () => {
        const blob = (pdf as GoogleAppsScript.Base.Blob).setName('Selvtest.pdf');
        const file = createFile('Selvtest.pdf', folder as string, blob, { bmSelfTest: '1' });
        trash.unshift(file.id);
        const updated = replaceContent(file.id, 'Selvtest (ny).pdf', blob);
        check(
          updated.id === file.id && getFile(file.id)?.name === 'Selvtest (ny).pdf',
          'the file was not updated in place',
        );
        return { value: true, detail: 'created, then new content in place' };
      },
      [pdf, folder],
    );
  } finally {
    // Cleanup always runs, also after a failed step; its own failures are steps too.
    if (trash.length > 0) {
      s.run('driveTrash', () => {
        for (const id of trash) trashFile(id);
        const left = trash.filter((id) => getFile(id)?.trashed !== true);
        check(left.length === 0, `${left.length} files are not in the trash`);
        return { value: true, detail: `${trash.length} files trashed` };
      });
    }
    if (sheet) {
      s.run('scratchSheetDeleted', () => {
        for (const extra of scratch) (ss as GoogleAppsScript.Spreadsheet.Spreadsheet).deleteSheet(extra);
        (ss as GoogleAppsScript.Spreadsheet.Spreadsheet).deleteSheet(sheet as Sheet);
        if (active) active.activate();
        return { value: true, detail: 'deleted' };
      });
    }
    if (lock) {
      try {
        lock.releaseLock();
      } catch {
        // The lock expires with the execution anyway.
      }
    }
  }
  const ok = s.steps.every((step) => step.ok);
  console.log(`selfTest: ${s.steps.filter((step) => step.ok).length} of ${s.steps.length} steps ok`);
  for (const step of s.steps) if (!step.ok) console.error(`selfTest: ${step.name} failed: ${step.detail}`);
  const transcript: SelfTestTranscript = {
    format: 'bydelsmoedre-selftest/1',
    producedBy: 'selfTest',
    plainTextApostrophe: reading,
    timeZone: safely(() => (ss as GoogleAppsScript.Spreadsheet.Spreadsheet).getSpreadsheetTimeZone(), ''),
    locale: safely(() => (ss as GoogleAppsScript.Spreadsheet.Spreadsheet).getSpreadsheetLocale(), ''),
    probes: s.probes,
  };
  return { ok, steps: s.steps, plainTextApostrophe: reading, transcript };
}

function safely<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}

/**
 * The diploma waves (issue 14): one UrlFetchApp.fetchAll that copies the scratch Doc over
 * Drive's REST endpoint and edits it over Docs' REST endpoint, both with the script's token,
 * each answered on its own. Proves in real Google that fetchAll reaches both whitelisted APIs
 * under drive.file and answers per request; the copy is trashed with the rest.
 */
function restWaveStep(s: Steps, folder: string | null, doc: string | null, trash: string[]): void {
  s.run(
    'restWave',
    () => {
      const [copy, edit] = wave([
        copyRequest(doc as string, 'Selvtest kopi', folder as string),
        mergeRequest(doc as string, [
          {
            replaceAllText: {
              containsText: { text: MERGED_NAME, matchCase: true },
              replaceText: MERGED_NAME,
            },
          },
        ]),
      ]);
      if (copy.ok && copy.json.id) trash.unshift(String(copy.json.id));
      s.probe(
        'rest.wave',
        'one fetchAll wave: Drive files.copy + Docs documents.batchUpdate over REST',
        null,
        { copy: copy.ok, edit: edit.ok },
      );
      check(copy.ok && typeof copy.json.id === 'string', `Drive copy over REST: ${copy.error}`);
      check(edit.ok, `Docs batchUpdate over REST: ${edit.error}`);
      return { value: true, detail: 'one fetchAll: Drive copy and Docs batchUpdate, each answered' };
    },
    [folder, doc],
  );
}

/** The menu item: runs the self-test and shows the outcome, the reading and the transcript in a dialog. */
export function runSelfTestFromMenu(): void {
  let lang: 'da' | 'en' = 'da';
  try {
    lang = resolveSettings(new DocumentStore().storedSettings(), '2000-01-01').language;
  } catch {
    // Danish when the settings cannot be read.
  }
  const result = selfTest();
  const failed = result.steps.filter((step) => !step.ok);
  const message = result.ok
    ? t(lang, 'privacySelfTestOk', { count: result.steps.length })
    : result.steps[0]?.name === 'documentLock' &&
        !result.steps[0].ok &&
        result.steps[0].detail.includes('not granted')
      ? t(lang, 'privacySelfTestBusy')
      : t(lang, 'privacySelfTestFailed', {
          failed: failed.length,
          count: result.steps.length,
          steps: failed.map((f) => f.name).join(', '),
        });
  const reading =
    result.plainTextApostrophe === null
      ? ''
      : t(
          lang,
          result.plainTextApostrophe === 'keep' ? 'privacySelfTestReadingKeep' : 'privacySelfTestReadingDrop',
        );
  const html = [
    '<div style="font:13px Arial,sans-serif">',
    `<p>${escapeHtml(message)}</p>`,
    reading ? `<p>${escapeHtml(reading)}</p>` : '',
    `<p>${escapeHtml(t(lang, 'privacySelfTestTranscript'))}</p>`,
    '<textarea readonly style="width:100%;height:260px;font:11px monospace" onfocus="this.select()">',
    escapeHtml(JSON.stringify(result.transcript, null, 1)),
    '</textarea></div>',
  ].join('');
  SpreadsheetApp.getUi().showModalDialog(
    HtmlService.createHtmlOutput(html).setWidth(620).setHeight(460),
    t(lang, 'privacySelfTestTitle'),
  );
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
