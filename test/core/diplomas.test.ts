import {
  classifyFolder,
  cohortMergeValues,
  decideEligibility,
  diplomaDateIso,
  diplomaDocName,
  diplomaPdfName,
  combinedPdfName,
  documentText,
  emptySettingWarnings,
  fileIdOfLink,
  isQuotaError,
  MERGE_FIELDS,
  mergeRequests,
  mergeToken,
  planCall,
  scanMergeFields,
  templateWarnings,
  validateDiplomaOptions,
  type FolderFile,
  type MergeValues,
  type Participant,
} from '../../src/core/diplomas';
import {
  A4_LANDSCAPE,
  TEMPLATE_MARGINS,
  templateHeight,
  templateName,
  templateParagraphs,
  templateRequests,
} from '../../src/core/docTemplate';
import { summarize } from '../../src/core/attendance';
import { UserError } from '../../src/core/errors';
import { t } from '../../src/core/i18n';
import { DocModel } from '../../dev/emulator/docs';
import type { Mark } from '../../src/shared/api';

type Json = Record<string, unknown>;

const RULE = { modules: 15, requiredShare: 0.9, excusedCountsAsAbsent: true };
const allHeld = new Array<boolean>(15).fill(true);

function person(i: number, marks: Mark[], extra: Partial<Participant> = {}): Participant {
  return {
    id: `P${String(i).padStart(3, '0')}`,
    name: `Kvinde ${i}`,
    personStatus: 'Optaget',
    summary: summarize(marks, allHeld, RULE),
    index: i,
    link: '',
    ...extra,
  };
}

const full = (): Mark[] => new Array<Mark>(15).fill('M');
const missing = (n: number): Mark[] => full().map((m, i) => (i < n ? 'F' : m));

function userError(fn: () => unknown): UserError {
  try {
    fn();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('no error');
}

describe('validateDiplomaOptions', () => {
  test('defaults and accepted values', () => {
    expect(validateDiplomaOptions(undefined)).toEqual({ batchSize: 10, regenerate: false });
    expect(validateDiplomaOptions(null)).toEqual({ batchSize: 10, regenerate: false });
    expect(validateDiplomaOptions({})).toEqual({ batchSize: 10, regenerate: false });
    expect(validateDiplomaOptions({ batchSize: 1, regenerate: true })).toEqual({
      batchSize: 1,
      regenerate: true,
    });
    expect(validateDiplomaOptions({ batchSize: 50 })).toEqual({ batchSize: 50, regenerate: false });
    expect(validateDiplomaOptions({ batchSize: undefined })).toEqual({ batchSize: 10, regenerate: false });
  });

  test.each([
    [{ batchSize: 0 }, 'wholeNumberRange'],
    [{ batchSize: 51 }, 'wholeNumberRange'],
    [{ batchSize: 1.5 }, 'wholeNumberRange'],
    [{ batchSize: '5' }, 'wholeNumberRange'],
    [{ batchSize: NaN }, 'wholeNumberRange'],
    [{ regenerate: 'true' }, 'mustBeYesNo'],
    [{ regenerate: 1 }, 'mustBeYesNo'],
    [{ batchsize: 5 }, 'unknownField'],
    [[], 'notAnObject'],
    ['10', 'notAnObject'],
  ])('%j is refused with %s', (input, key) => {
    expect(userError(() => validateDiplomaOptions(input)).key).toBe(key);
  });

  test('the message names the field in the coordinator language', () => {
    const e = userError(() => validateDiplomaOptions({ batchSize: 99 }));
    expect(t('da', e.key, e.params)).toBe('«Antal diplomer pr. kørsel» skal være et helt tal fra 1 til 50.');
  });
});

describe('names and links', () => {
  test('file names follow SPEC exactly, names as typed', () => {
    expect(diplomaDocName("Fatima O'Neill", 'Hold 1')).toBe("Diplom - Fatima O'Neill - Hold 1");
    expect(diplomaPdfName('مريم', 'Hold 1')).toBe('Diplom - مريم - Hold 1.pdf');
    expect(combinedPdfName('Hold 1')).toBe('Diplomer - Hold 1.pdf');
  });

  test('fileIdOfLink reads Docs and Drive URLs and bare ids', () => {
    expect(fileIdOfLink('https://docs.google.com/document/d/1AbC_def-123456/edit?usp=drivesdk')).toBe(
      '1AbC_def-123456',
    );
    expect(fileIdOfLink('https://drive.google.com/open?id=1AbC_def-123456')).toBe('1AbC_def-123456');
    expect(fileIdOfLink(' 1AbC_def-123456 ')).toBe('1AbC_def-123456');
    expect(fileIdOfLink('')).toBe('');
    expect(fileIdOfLink('se mappen')).toBe('');
  });
});

describe('merge fields', () => {
  test('the date is the ceremony date, else the last module date, Danish long form', () => {
    expect(diplomaDateIso('2026-06-12', ['2026-06-03'])).toBe('2026-06-12');
    expect(diplomaDateIso('', ['2026-03-04', '', '2026-06-10', '2026-05-27'])).toBe('2026-06-10');
    expect(diplomaDateIso('', ['', ''])).toBe('');
    expect(
      cohortMergeValues({ cohortName: 'H', place: 'Ballerup Rådhus', signatory: 'S' }, '2026-06-12'),
    ).toEqual({
      Dato: '12. juni 2026',
      Sted: 'Ballerup Rådhus',
      Holdnavn: 'H',
      Underskriver: 'S',
    });
  });

  const values = (over: Partial<MergeValues> = {}): MergeValues => ({
    Navn: 'N',
    Dato: '12. juni 2026',
    Sted: 'S',
    Holdnavn: 'H',
    Underskriver: 'U',
    ...over,
  });

  test('one literal replaceAllText per field, matching case', () => {
    const requests = mergeRequests(values({ Navn: '$1 .* \\ =1+1' }));
    expect(requests).toHaveLength(5);
    const navn = requests.find((r) => r.replaceAllText.containsText.text === '{{Navn}}')!;
    expect(navn.replaceAllText).toEqual({
      containsText: { text: '{{Navn}}', matchCase: true },
      replaceText: '$1 .* \\ =1+1',
    });
  });

  /** Applies the requests the way the Docs API does (one after another) to a text. */
  function apply(text: string, requests: ReturnType<typeof mergeRequests>): string {
    let out = text;
    for (const r of requests)
      out = out.split(r.replaceAllText.containsText.text).join(r.replaceAllText.replaceText);
    return out;
  }

  test('a value containing another field token is not replaced again', () => {
    const text = 'Navn: {{Navn}} / Dato: {{Dato}} / {{Holdnavn}}';
    expect(apply(text, mergeRequests(values({ Navn: '{{Dato}} Nour' })))).toBe(
      'Navn: {{Dato}} Nour / Dato: 12. juni 2026 / H',
    );
    expect(apply(text, mergeRequests(values({ Holdnavn: 'Hold {{Navn}}', Navn: 'Ida' })))).toBe(
      'Navn: Ida / Dato: 12. juni 2026 / Hold {{Navn}}',
    );
  });

  test('scanMergeFields finds missing and unknown fields', () => {
    const all = MERGE_FIELDS.map(mergeToken).join(' ');
    expect(scanMergeFields(all)).toEqual({ missing: [], unknown: [] });
    expect(scanMergeFields('{{Navn}} {{Dato}} {{Sted}} {{Holdnavn}} {{Underskrift}}')).toEqual({
      missing: ['Underskriver'],
      unknown: ['{{Underskrift}}'],
    });
    expect(templateWarnings('da', '{{Navn}}')).toEqual([
      'Skabelonen mangler feltet {{Dato}}.',
      'Skabelonen mangler feltet {{Sted}}.',
      'Skabelonen mangler feltet {{Holdnavn}}.',
      'Skabelonen mangler feltet {{Underskriver}}.',
    ]);
    expect(templateWarnings('en', '{{Navn}} {{Dato}} {{Sted}} {{Holdnavn}}')).toEqual([
      'The template lacks the field {{Underskriver}}.',
    ]);
  });

  test('empty settings used by the template are pointed out', () => {
    expect(
      emptySettingWarnings('da', { place: '', signatory: '', cohortName: 'H' }, '{{Sted}} {{Holdnavn}}'),
    ).toEqual(['«Sted» er ikke udfyldt under Indstillinger, så den plads på diplomerne er tom.']);
  });

  test('documentText reads body, headers, footers, tables and tabs', () => {
    const para = (text: string) => ({ paragraph: { elements: [{ textRun: { content: text } }] } });
    const doc = {
      body: {
        content: [
          { sectionBreak: {} },
          para('Diplom {{Na'),
          para('vn}}\n'),
          { table: { tableRows: [{ tableCells: [{ content: [para('{{Sted}}\n')] }] }] } },
        ],
      },
      headers: { h1: { content: [para('{{Holdnavn}}\n')] } },
      footers: { f1: { content: [para('{{Underskriver}}\n')] } },
    };
    const text = documentText(doc);
    expect(scanMergeFields(text).missing).toEqual(['Dato']);
    expect(documentText({ tabs: [{ documentTab: doc }] })).toBe(text);
    // A token split across segments does not count.
    expect(
      documentText({ body: { content: [para('{{Da')] }, footers: { f: { content: [para('to}}')] } } }),
    ).not.toContain('{{Dato}}');
  });
});

describe('eligibility', () => {
  test('completed participants are eligible; the others are left out with a reason', () => {
    const list = [
      person(1, full()),
      person(2, missing(1)),
      person(3, missing(2)),
      person(4, full(), { personStatus: 'Frafaldet' }),
      person(5, full(), { name: '' }),
      person(6, full(), { personStatus: 'Uddannet' }),
      person(7, full(), { personStatus: 'Venteliste' }),
    ];
    const e = decideEligibility(list, 'da');
    expect(e.eligible.map((p) => p.id)).toEqual(['P001', 'P002', 'P006']);
    expect(e.leftOut).toEqual([
      { id: 'P003', code: 'below', reason: 'Fremmøde 13 af 14 krævede moduler' },
      { id: 'P004', code: 'droppedOut', reason: 'Frafaldet' },
      { id: 'P005', code: 'notEnrolled', reason: 'Navnet mangler, så der kan ikke laves et diplom' },
      {
        id: 'P007',
        code: 'notEnrolled',
        reason: 'Står i «Fremmøde», men har status «Venteliste» i «Personer»',
      },
    ]);
  });

  test('a training not yet over says how far it is', () => {
    const marks: Mark[] = [...new Array<Mark>(10).fill('M'), '', '', '', '', ''];
    const p: Participant = {
      ...person(1, full()),
      summary: summarize(marks, [...new Array(10).fill(true), ...new Array(5).fill(false)], RULE),
    };
    expect(decideEligibility([p], 'da').leftOut[0].reason).toBe(
      'Uddannelsen er ikke slut: 10 af 15 moduler er holdt (10 mødt, 14 kræves)',
    );
    expect(decideEligibility([p], 'da').leftOut[0].code).toBe('notFinished');
    expect(decideEligibility([p], 'en').leftOut[0].reason).toBe(
      'The training is not over: 10 of 15 modules held (10 attended, 14 required)',
    );
  });

  test('a duplicated ID gets one diploma and a warning', () => {
    const e = decideEligibility([person(1, full()), { ...person(1, full()), index: 7 }], 'da');
    expect(e.eligible).toHaveLength(1);
    expect(e.duplicateIds).toEqual(['P001']);
  });
});

describe('planCall', () => {
  const DOC = 'application/vnd.google-apps.document';
  const doc = (id: string, name = `Diplom - x - H`): FolderFile => ({ id, name, mimeType: DOC });
  const pdf = (id: string, docId: string, person = 'P001'): FolderFile => ({
    id,
    name: 'Diplom - x - H.pdf',
    mimeType: 'application/pdf',
    appProperties: { bmKind: 'diplomaPdf', bmDoc: docId, bmPerson: person },
  });
  const link = (id: string) => `https://docs.google.com/document/d/${id}/edit`;

  test('sorts women into complete, needs a PDF, needs everything; clears dead links; finds orphans', () => {
    const list = [
      person(0, full(), { link: link('docAAAAAAAAAA') }),
      person(1, full(), { link: link('docBBBBBBBBBB') }),
      person(2, full(), { link: link('docGONEGONEGO') }),
      person(3, full()),
      person(4, missing(3), { link: link('docEEEEEEEEEE') }),
    ];
    const files = classifyFolder([
      doc('docAAAAAAAAAA'),
      pdf('pdfA', 'docAAAAAAAAAA'),
      doc('docBBBBBBBBBB'),
      doc('docEEEEEEEEEE'),
      pdf('pdfE', 'docEEEEEEEEEE', 'P004'),
      doc('docORPHANORPH'),
      pdf('pdfO', 'docORPHANORPH'),
      pdf('pdfA2', 'docAAAAAAAAAA'),
      { id: 'tpl', name: 'Diplomskabelon – H', mimeType: DOC },
      {
        id: 'comb',
        name: 'Diplomer - H.pdf',
        mimeType: 'application/pdf',
        appProperties: { bmKind: 'combinedPdf' },
      },
    ]);
    expect(files.combined.map((f) => f.id)).toEqual(['comb']);
    expect(files.other.map((f) => f.id)).toEqual(['tpl']);
    const plan = planCall(decideEligibility(list, 'da'), files, (id) => files.docs.has(id));
    expect(plan.complete.map((c) => [c.participant.id, c.docId, c.pdfId])).toEqual([
      ['P000', 'docAAAAAAAAAA', 'pdfA'],
    ]);
    expect(plan.todo.map((w) => [w.participant.id, w.kind])).toEqual([
      ['P001', 'pdf'],
      ['P002', 'full'],
      ['P003', 'full'],
    ]);
    expect(plan.deadLinks.map((p) => p.id)).toEqual(['P002']);
    // P004 is no longer eligible: her files are kept (not orphans), just not in the work.
    expect(plan.orphans.map((f) => f.id).sort()).toEqual(['docORPHANORPH', 'pdfA2', 'pdfO']);
  });

  test('a linked Doc outside the folder that is alive is never duplicated', () => {
    const list = [person(0, full(), { link: link('docMOVEDMOVED') })];
    const plan = planCall(decideEligibility(list, 'da'), classifyFolder([]), (id) => id === 'docMOVEDMOVED');
    expect(plan.todo.map((w) => w.kind)).toEqual(['pdf']);
    expect(plan.deadLinks).toEqual([]);
  });
});

describe('isQuotaError', () => {
  test.each([
    ['Service invoked too many times for one day: docs create.', true],
    ['API call to drive.files.copy failed with error: User rate limit exceeded', true],
    ['Quota exceeded for quota metric', true],
    ['Drive error: the service is unavailable (injected fault)', false],
    ['Request failed for https://www.googleapis.com returned code 500', false],
  ])('%s → %s', (message, quota) => expect(isQuotaError(message)).toBe(quota));
});

describe('the default template', () => {
  test.each(['da', 'en'] as const)(
    'the %s request list builds the intended document in one batch',
    (lang) => {
      const model = new DocModel();
      model.applyBatch(templateRequests(lang));
      const json = model.toJSON('tpl', 'T') as unknown as {
        documentStyle: Record<string, unknown>;
        body: { content: Json[] };
      };
      expect(json.documentStyle.pageSize).toEqual({
        width: { magnitude: 842, unit: 'PT' },
        height: { magnitude: 595, unit: 'PT' },
      });
      expect(json.documentStyle.documentFormat).toEqual({ documentMode: 'PAGES' });
      expect(json.documentStyle.marginTop).toEqual({ magnitude: TEMPLATE_MARGINS.top, unit: 'PT' });
      const paragraphs = json.body.content.filter((c) => c.paragraph) as {
        paragraph: { elements: { textRun: Json }[]; paragraphStyle: Json };
      }[];
      const expected = templateParagraphs(lang);
      expect(paragraphs).toHaveLength(expected.length);
      paragraphs.forEach((p, i) => {
        const run = p.paragraph.elements[0].textRun;
        expect(p.paragraph.elements.map((e) => e.textRun.content).join('')).toBe(`${expected[i].text}\n`);
        expect((run.textStyle as Json).fontSize).toEqual({ magnitude: expected[i].size, unit: 'PT' });
        expect(p.paragraph.paragraphStyle.alignment).toBe('CENTER');
      });
      expect(scanMergeFields(documentText(json as never))).toEqual({ missing: [], unknown: [] });
      expect(model.plainText()).toContain(
        lang === 'da'
          ? 'har gennemført uddannelsen som Bydelsmor på holdet {{Holdnavn}}'
          : 'Neighbourhood Mother',
      );
    },
  );

  test('Danish fixed text: Diplom, Bydelsmor, the name large', () => {
    const p = templateParagraphs('da');
    expect(p[0].text).toBe('Diplom');
    expect(p[1].text).toBe('Bydelsmor');
    const name = p.find((x) => x.text === '{{Navn}}')!;
    expect(name.size).toBeGreaterThanOrEqual(30);
    expect(p.some((x) => x.text === '{{Sted}}, {{Dato}}')).toBe(true);
    expect(p.some((x) => x.text === '{{Underskriver}}')).toBe(true);
    expect(templateName('da', 'Hold 1').startsWith('Diplom - ')).toBe(false);
  });

  test('fits one page with room for a long name and cohort name to wrap onto extra lines', () => {
    const usable = A4_LANDSCAPE.height - TEMPLATE_MARGINS.top - TEMPLATE_MARGINS.bottom;
    for (const lang of ['da', 'en'] as const) {
      const extra = templateHeight(lang, (p) =>
        p.text.includes('{{Navn}}') || p.text.includes('{{Holdnavn}}') ? 1 : 0,
      );
      expect(extra).toBeLessThan(usable);
    }
  });
});
