// A corpus of bad input, generated from ONE table, run against every API function that takes
// input. Each case must throw an Error whose message is a sentence of the message tables in the
// coordinator's language (Danish; English for a sample after `language: 'en'`), leave the whole
// workbook — every sheet with formats, the document properties, Drive's live files — exactly
// as it was, and leave Object.prototype alone. Getters called with stray arguments ignore them.
import { harness, type Harness } from '../helpers/harness';
import { expectSame, expectSentence, fingerprint, prototypeKeys } from '../helpers/reliability';

type Api = Harness['api'];

/** The expense arrange() books in Udgifter row 2, as the sidebar's list shows it. */
const SEEN = { date: '2026-01-10', line: 'Administration', amount: 100 };
const HUGE = 'x'.repeat(100_000);
const proto = (json: string) => JSON.parse(json) as never;

interface Case {
  fn: string;
  what: string;
  call: (api: Api) => unknown;
}

const person = (over: Record<string, unknown>) => ({ name: 'Amal Test', ...over }) as never;
const expense = (over: Record<string, unknown>) =>
  ({ date: '2026-01-10', line: 'Administration', amount: 100, description: 'Kopipapir', ...over }) as never;

// fn, what, call — one row per case.
const CASES: Case[] = [
  // ---- addPerson -----------------------------------------------------------------------------
  ...(
    [
      ['empty name', { name: '' }],
      ['whitespace-only name', { name: ' \t  ' }],
      ['name of 10^5 characters', { name: HUGE }],
      ['NUL in the name', { name: 'Amal\u0000' }],
      ['bell character in the name', { name: 'Amal\u0007Hassan' }],
      ['right-to-left override in the name', { name: '\u202Enamla' }],
      ['left-to-right isolate in the name', { name: 'Amal \u2066Hassan\u2069' }],
      ['emoji-only name', { name: '😀🎉' }],
      ['punctuation-only name', { name: '.-!?' }],
      ['name is a number', { name: 42 }],
      ['name is null', { name: null }],
      ['name is an array', { name: ['Amal'] }],
      ['impossible date 2025-02-30', { consentDate: '2025-02-30' }],
      ['Danish date where ISO is required', { infoMeetingDate: '12-06-2026' }],
      ['date is an object', { interviewDate: {} }],
      ['date is a number', { interviewDate: 20260112 }],
      ['consent in the future', { consentDate: '2099-01-01' }],
      ['languages without consent', { languages: 'arabisk' }],
      ['childcare as a string', { childcare: 'true' }],
      ['phone as a number', { phone: 4520304050 }],
      ['phone with letters', { phone: 'ring mig' }],
      ['e-mail without domain', { email: 'amal@' }],
      ['notes of 10^5 characters', { notes: HUGE }],
      ['unknown field nationality', { nationality: 'x' }],
      ['unknown field ethnicity', { ethnicity: 'x' }],
    ] as [string, Record<string, unknown>][]
  ).map(([what, over]): Case => ({ fn: 'addPerson', what, call: (api) => api.addPerson(person(over)) })),
  {
    fn: 'addPerson',
    what: 'name missing',
    call: (api) => api.addPerson({ phone: '+45 12 34 56 78' } as never),
  },
  { fn: 'addPerson', what: 'null', call: (api) => api.addPerson(null as never) },
  {
    fn: 'addPerson',
    what: 'an array instead of an object',
    call: (api) => api.addPerson([{ name: 'Amal' }] as never),
  },
  { fn: 'addPerson', what: 'a string instead of an object', call: (api) => api.addPerson('Amal' as never) },
  { fn: 'addPerson', what: 'no argument', call: (api) => (api.addPerson as () => unknown)() },
  {
    fn: 'addPerson',
    what: '__proto__ key from JSON',
    call: (api) => api.addPerson(proto('{"name":"Amal","__proto__":{"polluted":true}}')),
  },
  {
    fn: 'addPerson',
    what: 'constructor key from JSON',
    call: (api) => api.addPerson(proto('{"name":"Amal","constructor":{"prototype":{"polluted":true}}}')),
  },

  // ---- updatePerson --------------------------------------------------------------------------
  { fn: 'updatePerson', what: 'unknown id', call: (api) => api.updatePerson('P999', { phone: '20304050' }) },
  {
    fn: 'updatePerson',
    what: 'id null',
    call: (api) => api.updatePerson(null as never, { phone: '20304050' }),
  },
  { fn: 'updatePerson', what: 'patch null', call: (api) => api.updatePerson('P001', null as never) },
  {
    fn: 'updatePerson',
    what: 'patch an array',
    call: (api) => api.updatePerson('P001', [{ phone: '1' }] as never),
  },
  { fn: 'updatePerson', what: 'empty patch', call: (api) => api.updatePerson('P001', {}) },
  { fn: 'updatePerson', what: 'name cleared', call: (api) => api.updatePerson('P001', { name: '' }) },
  { fn: 'updatePerson', what: 'name emoji only', call: (api) => api.updatePerson('P001', { name: '🙂🙂' }) },
  {
    fn: 'updatePerson',
    what: 'follow-up "Måske"',
    call: (api) => api.updatePerson('P001', { activeVolunteer: 'Måske' as never }),
  },
  {
    fn: 'updatePerson',
    what: 'follow-up true',
    call: (api) => api.updatePerson('P001', { educationOrJob: true as never }),
  },
  {
    fn: 'updatePerson',
    what: 'impossible date',
    call: (api) => api.updatePerson('P001', { interviewDate: '2026-02-30' }),
  },
  {
    fn: 'updatePerson',
    what: 'consent in the future',
    call: (api) => api.updatePerson('P001', { consentDate: '2099-01-01' }),
  },
  {
    fn: 'updatePerson',
    what: 'unknown field',
    call: (api) => api.updatePerson('P001', { nationality: 'x' } as never),
  },
  {
    fn: 'updatePerson',
    what: 'status through the patch',
    call: (api) => api.updatePerson('P001', { status: 'Optaget' } as never),
  },
  {
    fn: 'updatePerson',
    what: '__proto__ key from JSON',
    call: (api) => api.updatePerson('P001', proto('{"phone":"20304050","__proto__":{"polluted":true}}')),
  },

  // ---- setPersonStatus -----------------------------------------------------------------------
  { fn: 'setPersonStatus', what: 'unknown id', call: (api) => api.setPersonStatus('P999', 'Optaget') },
  {
    fn: 'setPersonStatus',
    what: 'unknown status',
    call: (api) => api.setPersonStatus('P001', 'Godkendt' as never),
  },
  {
    fn: 'setPersonStatus',
    what: 'status in lower case with a space',
    call: (api) => api.setPersonStatus('P001', 'optaget ' as never),
  },
  { fn: 'setPersonStatus', what: 'status null', call: (api) => api.setPersonStatus('P001', null as never) },
  {
    fn: 'setPersonStatus',
    what: 'status __proto__',
    call: (api) => api.setPersonStatus('P001', '__proto__' as never),
  },
  { fn: 'setPersonStatus', what: 'id null', call: (api) => api.setPersonStatus(null as never, 'Optaget') },
  { fn: 'setPersonStatus', what: 'id an object', call: (api) => api.setPersonStatus({} as never, 'Optaget') },
  { fn: 'setPersonStatus', what: 'empty id', call: (api) => api.setPersonStatus('', 'Optaget') },
  {
    fn: 'setPersonStatus',
    what: 'id of 10^5 characters',
    call: (api) => api.setPersonStatus(HUGE, 'Optaget'),
  },
  {
    fn: 'setPersonStatus',
    what: 'Uddannet for an applicant',
    call: (api) => api.setPersonStatus('P001', 'Uddannet'),
  },
  {
    fn: 'setPersonStatus',
    what: 'Optaget participant with marks to Venteliste',
    call: (api) => api.setPersonStatus('P002', 'Venteliste'),
  },

  // ---- recordAttendance ----------------------------------------------------------------------
  {
    fn: 'recordAttendance',
    what: 'module 0',
    call: (api) => api.recordAttendance({ module: 0, present: [] }),
  },
  {
    fn: 'recordAttendance',
    what: 'module 16 of 15',
    call: (api) => api.recordAttendance({ module: 16, present: [] }),
  },
  {
    fn: 'recordAttendance',
    what: 'module 1.5',
    call: (api) => api.recordAttendance({ module: 1.5, present: [] }),
  },
  {
    fn: 'recordAttendance',
    what: "module '3'",
    call: (api) => api.recordAttendance({ module: '3', present: [] } as never),
  },
  {
    fn: 'recordAttendance',
    what: 'module NaN',
    call: (api) => api.recordAttendance({ module: NaN, present: [] }),
  },
  {
    fn: 'recordAttendance',
    what: 'module missing',
    call: (api) => api.recordAttendance({ present: [] } as never),
  },
  {
    fn: 'recordAttendance',
    what: 'present is a string',
    call: (api) => api.recordAttendance({ module: 2, present: 'P002' } as never),
  },
  {
    fn: 'recordAttendance',
    what: 'present missing',
    call: (api) => api.recordAttendance({ module: 2 } as never),
  },
  {
    fn: 'recordAttendance',
    what: 'duplicate id in present',
    call: (api) => api.recordAttendance({ module: 2, present: ['P002', 'p002'] }),
  },
  {
    fn: 'recordAttendance',
    what: 'id in both present and excused',
    call: (api) => api.recordAttendance({ module: 2, present: ['P002'], excused: ['P002'] }),
  },
  {
    fn: 'recordAttendance',
    what: 'unknown id',
    call: (api) => api.recordAttendance({ module: 2, present: ['P999'] }),
  },
  {
    fn: 'recordAttendance',
    what: 'id of someone not admitted',
    call: (api) => api.recordAttendance({ module: 2, present: ['P001'] }),
  },
  {
    fn: 'recordAttendance',
    what: 'null in the list',
    call: (api) => api.recordAttendance({ module: 2, present: [null] } as never),
  },
  {
    fn: 'recordAttendance',
    what: 'extra field',
    call: (api) => api.recordAttendance({ module: 2, present: [], note: 'x' } as never),
  },
  { fn: 'recordAttendance', what: 'null', call: (api) => api.recordAttendance(null as never) },
  { fn: 'recordAttendance', what: 'an array', call: (api) => api.recordAttendance([2, ['P002']] as never) },
  {
    fn: 'recordAttendance',
    what: '__proto__ key from JSON',
    call: (api) => api.recordAttendance(proto('{"module":2,"present":[],"__proto__":{"polluted":true}}')),
  },

  // ---- addExpense ----------------------------------------------------------------------------
  ...(
    [
      ['negative amount', { amount: -5 }],
      ['zero amount', { amount: 0 }],
      ['NaN amount', { amount: NaN }],
      ['Infinity amount', { amount: Infinity }],
      ['huge amount', { amount: 1e15 }],
      ['three decimals', { amount: 12.345 }],
      ['amount as a string', { amount: '250' }],
      ['amount missing', { amount: undefined }],
      ['unknown budget line', { line: 'Ukendt post' }],
      ['budget line as a number', { line: 7 }],
      ['impossible date 2025-02-30', { date: '2025-02-30' }],
      ['Danish date where ISO is required', { date: '12-06-2026' }],
      ['date missing', { date: undefined }],
      ['empty description', { description: '' }],
      ['description of 10^5 characters', { description: HUGE }],
      ['control character in the receipt', { receipt: 'B\u0000' }],
      ['extra unknown field', { vat: 25 }],
    ] as [string, Record<string, unknown>][]
  ).map(([what, over]): Case => ({ fn: 'addExpense', what, call: (api) => api.addExpense(expense(over)) })),
  { fn: 'addExpense', what: 'an array', call: (api) => api.addExpense([] as never) },
  {
    fn: 'addExpense',
    what: '__proto__ key from JSON',
    call: (api) =>
      api.addExpense(
        proto(
          '{"date":"2026-01-10","line":"Administration","amount":1,"description":"x","__proto__":{"polluted":true}}',
        ),
      ),
  },

  // ---- updateExpense / deleteExpense (row 2 holds 100 kr. on Administration, see arrange) ----
  ...(
    [
      ['row 0', 0, SEEN, { amount: 5 }],
      ['row 1 (the header)', 1, SEEN, { amount: 5 }],
      ['row 2.5', 2.5, SEEN, { amount: 5 }],
      ["row '2'", '2', SEEN, { amount: 5 }],
      ['row NaN', NaN, SEEN, { amount: 5 }],
      ['row past the last expense', 999, SEEN, { amount: 5 }],
      ['expected null', 2, null, { amount: 5 }],
      ['expected amount as a string', 2, { ...SEEN, amount: '100' }, { amount: 5 }],
      ['expected of another amount (stale)', 2, { ...SEEN, amount: 101 }, { amount: 5 }],
      ['expected of another line (stale)', 2, { ...SEEN, line: 'Børnepasning' }, { amount: 5 }],
      ['expected with an extra field', 2, { ...SEEN, row: 2 }, { amount: 5 }],
      ['patch with a negative amount', 2, SEEN, { amount: -1 }],
      ['patch with three decimals', 2, SEEN, { amount: 1.005 }],
      ['patch with an unknown line', 2, SEEN, { line: 'Ukendt post' }],
      ['patch with an impossible date', 2, SEEN, { date: '2026-02-30' }],
      ['patch clearing the description', 2, SEEN, { description: '' }],
      ['patch with an unknown field', 2, SEEN, { vat: 25 }],
      ['patch null', 2, SEEN, null],
    ] as [string, unknown, unknown, unknown][]
  ).map(([what, row, seen, patch]): Case => ({
    fn: 'updateExpense',
    what,
    call: (api) => api.updateExpense(row as never, seen as never, patch as never),
  })),
  {
    fn: 'updateExpense',
    what: '__proto__ key in the patch',
    call: (api) => api.updateExpense(2, SEEN, proto('{"amount":5,"__proto__":{"polluted":true}}')),
  },
  ...(
    [
      ['row 1 (the header)', 1, SEEN],
      ['row past the last expense', 999, SEEN],
      ['row as a string', '2', SEEN],
      ['expected missing', 2, undefined],
      ['expected of another date (stale)', 2, { ...SEEN, date: '2026-01-11' }],
      ['expected with a Danish date', 2, { ...SEEN, date: '10-01-2026' }],
    ] as [string, unknown, unknown][]
  ).map(([what, row, seen]): Case => ({
    fn: 'deleteExpense',
    what,
    call: (api) => api.deleteExpense(row as never, seen as never),
  })),
  {
    fn: 'deleteExpense',
    what: '__proto__ key in expected',
    call: (api) =>
      api.deleteExpense(
        2,
        proto('{"date":"2026-01-10","line":"Administration","amount":100,"__proto__":{"polluted":true}}'),
      ),
  },

  // ---- saveSettings --------------------------------------------------------------------------
  ...(
    [
      ['modules 0', { modules: 0 }],
      ['modules 41', { modules: 41 }],
      ['modules 1.5', { modules: 1.5 }],
      ["modules '15'", { modules: '15' }],
      ['requiredShare 0', { requiredShare: 0 }],
      ['requiredShare 1.5', { requiredShare: 1.5 }],
      ['requiredShare NaN', { requiredShare: NaN }],
      ['impossible firstModuleDate', { firstModuleDate: '2026-02-30' }],
      ['Danish firstModuleDate', { firstModuleDate: '12-06-2026' }],
      ['closedDates as a string', { closedDates: '2026-03-01' }],
      ['closedDates with a bad date', { closedDates: ['2026-13-01'] }],
      ['negative grant', { grant: -1 }],
      ['Infinity grant', { grant: Infinity }],
      ['unknown language', { language: 'de' }],
      ['unknown key', { colour: 'red' }],
      ['cohortName of 10^5 characters', { cohortName: HUGE }],
      ['retentionMonths 61', { retentionMonths: 61 }],
      ['templateId as a number', { templateId: 42 }],
      ['excusedCountsAsAbsent as a string', { excusedCountsAsAbsent: 'false' }],
    ] as [string, Record<string, unknown>][]
  ).map(([what, patch]): Case => ({
    fn: 'saveSettings',
    what,
    call: (api) => api.saveSettings(patch as never),
  })),
  { fn: 'saveSettings', what: 'null', call: (api) => api.saveSettings(null as never) },
  { fn: 'saveSettings', what: 'an array', call: (api) => api.saveSettings([] as never) },
  {
    fn: 'saveSettings',
    what: '__proto__ key from JSON',
    call: (api) => api.saveSettings(proto('{"__proto__":{"polluted":true}}')),
  },
  {
    fn: 'saveSettings',
    what: 'constructor key from JSON',
    call: (api) => api.saveSettings(proto('{"constructor":{"prototype":{"polluted":true}}}')),
  },

  // ---- generateDiplomas ----------------------------------------------------------------------
  { fn: 'generateDiplomas', what: 'batchSize 0', call: (api) => api.generateDiplomas({ batchSize: 0 }) },
  { fn: 'generateDiplomas', what: 'batchSize 51', call: (api) => api.generateDiplomas({ batchSize: 51 }) },
  {
    fn: 'generateDiplomas',
    what: "batchSize '10'",
    call: (api) => api.generateDiplomas({ batchSize: '10' } as never),
  },
  {
    fn: 'generateDiplomas',
    what: 'regenerate as a string',
    call: (api) => api.generateDiplomas({ regenerate: 'yes' } as never),
  },
  {
    fn: 'generateDiplomas',
    what: 'unknown option',
    call: (api) => api.generateDiplomas({ all: true } as never),
  },
  { fn: 'generateDiplomas', what: 'an array', call: (api) => api.generateDiplomas([] as never) },
  {
    fn: 'generateDiplomas',
    what: '__proto__ key from JSON',
    call: (api) => api.generateDiplomas(proto('{"__proto__":{"polluted":true}}')),
  },

  // ---- exportPerson / deletePerson -----------------------------------------------------------
  ...(['exportPerson', 'deletePerson'] as const).flatMap((fn): Case[] => [
    { fn, what: 'unknown id', call: (api) => api[fn]('P999') },
    { fn, what: 'empty id', call: (api) => api[fn]('  ') },
    { fn, what: 'id null', call: (api) => api[fn](null as never) },
    { fn, what: 'id an object', call: (api) => api[fn]({ id: 'P001' } as never) },
    { fn, what: 'id an array', call: (api) => api[fn](['P001'] as never) },
    { fn, what: 'id of 10^5 characters', call: (api) => api[fn](HUGE) },
    { fn, what: 'control character in the id', call: (api) => api[fn]('P001\u0000') },
    { fn, what: 'a name instead of an id', call: (api) => api[fn]('Amal Test') },
  ]),

  // ---- setTimelineStatus ---------------------------------------------------------------------
  { fn: 'setTimelineStatus', what: 'row 0', call: (api) => api.setTimelineStatus(0, 'Færdig') },
  { fn: 'setTimelineStatus', what: 'the header row', call: (api) => api.setTimelineStatus(1, 'Færdig') },
  {
    fn: 'setTimelineStatus',
    what: 'a row past the end',
    call: (api) => api.setTimelineStatus(9999, 'Færdig'),
  },
  { fn: 'setTimelineStatus', what: 'row 2.5', call: (api) => api.setTimelineStatus(2.5, 'Færdig') },
  { fn: 'setTimelineStatus', what: "row '2'", call: (api) => api.setTimelineStatus('2' as never, 'Færdig') },
  { fn: 'setTimelineStatus', what: 'row NaN', call: (api) => api.setTimelineStatus(NaN, 'Færdig') },
  { fn: 'setTimelineStatus', what: 'unknown status', call: (api) => api.setTimelineStatus(2, 'Done') },
  { fn: 'setTimelineStatus', what: 'status null', call: (api) => api.setTimelineStatus(2, null as never) },
  { fn: 'setTimelineStatus', what: 'status a formula', call: (api) => api.setTimelineStatus(2, '=1+1') },

  // ---- importTemplate / previewDiploma (issue 14) ------------------------------------------
  ...(
    [
      ['a PDF', { name: 'd.pdf', base64: Buffer.from('%PDF-1.4\n%%EOF').toString('base64') }],
      ['an empty file', { name: 'd.docx', base64: '' }],
      ['base64 a number', { name: 'd.docx', base64: 42 }],
      ['base64 missing', { name: 'd.docx' }],
      ['name missing', { base64: 'UEsDBA==' }],
      ['name of 10^5 characters', { name: HUGE, base64: 'UEsDBA==' }],
      ['control character in the name', { name: 'd\u0000.docx', base64: 'UEsDBA==' }],
      ['a zip that is not Word', { name: 'd.docx', base64: 'UEsDBBQAAAAIAA==' }],
      ['extra unknown field', { name: 'd.docx', base64: '', folderId: 'x' }],
    ] as [string, Record<string, unknown>][]
  ).map(([what, f]): Case => ({ fn: 'importTemplate', what, call: (api) => api.importTemplate(f as never) })),
  { fn: 'importTemplate', what: 'an array', call: (api) => api.importTemplate([] as never) },
  {
    fn: 'importTemplate',
    what: '__proto__ key from JSON',
    call: (api) => api.importTemplate(proto('{"name":"d.docx","base64":"","__proto__":{"polluted":true}}')),
  },
  { fn: 'previewDiploma', what: 'an unknown id', call: (api) => api.previewDiploma('P999') },
  { fn: 'previewDiploma', what: 'an id as a number', call: (api) => api.previewDiploma(3 as never) },
  { fn: 'previewDiploma', what: 'a formula as id', call: (api) => api.previewDiploma('=1+1') },

  // ---- createAttendanceList ------------------------------------------------------------------
  { fn: 'createAttendanceList', what: 'module 0', call: (api) => api.createAttendanceList({ module: 0 }) },
  {
    fn: 'createAttendanceList',
    what: 'module 16 of 15',
    call: (api) => api.createAttendanceList({ module: 16 }),
  },
  {
    fn: 'createAttendanceList',
    what: 'module 1.5',
    call: (api) => api.createAttendanceList({ module: 1.5 }),
  },
  {
    fn: 'createAttendanceList',
    what: "module '2'",
    call: (api) => api.createAttendanceList({ module: '2' } as never),
  },
  {
    fn: 'createAttendanceList',
    what: 'module NaN',
    call: (api) => api.createAttendanceList({ module: NaN }),
  },
  {
    fn: 'createAttendanceList',
    what: 'module Infinity',
    call: (api) => api.createAttendanceList({ module: Infinity }),
  },
  {
    fn: 'createAttendanceList',
    what: 'unknown option',
    call: (api) => api.createAttendanceList({ modul: 1 } as never),
  },
  { fn: 'createAttendanceList', what: 'an array', call: (api) => api.createAttendanceList([1] as never) },
  {
    fn: 'createAttendanceList',
    what: 'a number instead of an object',
    call: (api) => api.createAttendanceList(3 as never),
  },
  {
    fn: 'createAttendanceList',
    what: '__proto__ key from JSON',
    call: (api) => api.createAttendanceList(proto('{"__proto__":{"polluted":true}}')),
  },

  // ---- setupWorkbook({ fromSaved }) ------------------------------------------------------------
  {
    fn: 'setupWorkbook',
    what: "fromSaved 'yes'",
    call: (api) => api.setupWorkbook({ fromSaved: 'yes' } as never),
  },
  {
    fn: 'setupWorkbook',
    what: 'unknown option',
    call: (api) => api.setupWorkbook({ fromsaved: true } as never),
  },
  { fn: 'setupWorkbook', what: 'an array', call: (api) => api.setupWorkbook([true] as never) },
  {
    fn: 'setupWorkbook',
    what: '__proto__ key from JSON',
    call: (api) => api.setupWorkbook(proto('{"__proto__":{"fromSaved":true}}')),
  },
  {
    fn: 'setupWorkbook',
    what: 'fromSaved with nothing saved',
    call: (api) => api.setupWorkbook({ fromSaved: true }),
  },
];

/** Getters take no input: stray arguments are ignored, the answer is the same, nothing is written. */
const GETTERS = [
  'getSettings',
  'getAttendance',
  'getBudget',
  'listPersons',
  'getModules',
  'getTimeline',
  'getOverview',
  'getDiplomaStatus',
  'getRetentionReminders',
  'getSavedCohortSetup',
] as const;
const STRAY: unknown[][] = [
  [null],
  [{ __proto__: { polluted: true } }],
  [proto('{"__proto__":{"polluted":true}}')],
  ['x', 42, []],
  [HUGE],
];

function arrange(h: Harness, lang: 'da' | 'en' = 'da'): void {
  if (lang === 'en') h.api.saveSettings({ language: 'en' });
  h.api.setupWorkbook();
  h.api.addPerson({ name: 'Amal Test' }); // P001 Interesseret
  h.api.addPerson({ name: 'Hodan Test' }); // P002
  h.api.addPerson({ name: 'Søs Test' }); // P003
  for (const id of ['P002', 'P003']) h.api.setPersonStatus(id, 'Optaget');
  h.api.recordAttendance({ module: 1, present: ['P002'], excused: ['P003'] });
  h.api.addExpense({ date: SEEN.date, line: SEEN.line, amount: SEEN.amount, description: 'Porto' }); // Udgifter row 2
}

describe('hostile input: every case refused with a sentence and nothing written', () => {
  let h: Harness;
  let before: string;
  const protoBefore = prototypeKeys();
  beforeAll(() => {
    h = harness({ today: '2026-01-15' });
    arrange(h);
    before = fingerprint(h.emu);
  });
  afterEach(() => {
    expect(prototypeKeys()).toEqual(protoBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // A case that wrote (a failure) must not make the next ones fail too: start afresh.
    if (fingerprint(h.emu) !== before) {
      h = harness({ today: '2026-01-15' });
      arrange(h);
      before = fingerprint(h.emu);
    }
  });

  it('has a corpus of at least 60 cases over every function that takes input', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
    const fns = new Set(CASES.map((c) => c.fn));
    for (const fn of [
      'updateExpense',
      'deleteExpense',
      'addPerson',
      'setPersonStatus',
      'recordAttendance',
      'addExpense',
      'saveSettings',
      'generateDiplomas',
      'exportPerson',
      'deletePerson',
      'setTimelineStatus',
      'createAttendanceList',
      'setupWorkbook',
    ]) {
      expect(fns.has(fn)).toBe(true);
    }
  });

  it.each(CASES.map((c) => [`${c.fn}: ${c.what}`, c] as const))('%s', (_name, c) => {
    expectSentence(() => c.call(h.api), 'da');
    expectSame(before, fingerprint(h.emu));
  });

  it.each(
    GETTERS.flatMap((g) => STRAY.map((args, i) => [`${g} with stray arguments #${i + 1}`, g, args] as const)),
  )('%s', (_name, g, args) => {
    const plain = JSON.stringify((h.api[g] as () => unknown)());
    const stray = JSON.stringify((h.api[g] as (...a: unknown[]) => unknown)(...args));
    expect(stray).toBe(plain);
    expectSame(before, fingerprint(h.emu));
  });
});

describe('hostile input in English: the same sentences in the coordinator language', () => {
  let h: Harness;
  let before: string;
  beforeAll(() => {
    h = harness({ today: '2026-01-15' });
    arrange(h, 'en');
    before = fingerprint(h.emu);
  });
  afterEach(() => {
    if (fingerprint(h.emu) !== before) {
      h = harness({ today: '2026-01-15' });
      arrange(h, 'en');
      before = fingerprint(h.emu);
    }
  });

  // Every fourth case, so each function is covered in English too.
  const SAMPLE = CASES.filter((_c, i) => i % 4 === 0);
  it.each(SAMPLE.map((c) => [`${c.fn}: ${c.what}`, c] as const))('%s', (_name, c) => {
    expectSentence(() => c.call(h.api), 'en');
    expectSame(before, fingerprint(h.emu));
  });
});
