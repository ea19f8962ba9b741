// Her own diploma (issue 14): a Word file brought in as the template, the default template
// made early, a preview before "Lav diplomer", and settings that refuse a Doc the add-on
// cannot open. Real server code against the emulator; the .docx files are real zips.
import { harness, type Harness } from '../helpers/harness';
import { completedCohort } from '../helpers/reliability';
import { diplomaDocx, makeDocx, zip } from '../helpers/docx';
import { parsePdfText } from '../../dev/emulator/pdf';

const DOC_MIME = 'application/vnd.google-apps.document';
const b64 = (b: Buffer | string) => Buffer.from(b).toString('base64');

function cohort(): Harness {
  const h = harness({ today: '2026-01-15' });
  h.api.saveSettings({ modules: 3, ceremonyDate: '2026-06-12', signatory: 'Borgmesteren' });
  h.api.setupWorkbook();
  completedCohort(h.api, ['Hodan Test', 'Søs Ærø', 'Leyla Test', 'Nour Test'], ['P004']);
  return h;
}

const liveFiles = (h: Harness) =>
  h.emu.drive.files().filter((f) => !f.trashed && f.id !== h.emu.drive.rootId);

describe('importTemplate', () => {
  test('a Word diploma becomes the template Doc in the cohort folder; the diplomas use her design', () => {
    const h = cohort();
    const r = h.api.importTemplate({ name: 'Diplom 2025.docx', base64: b64(diplomaDocx()) });
    expect(r.missingFields).toEqual([]);
    const templateId = h.api.getSettings().templateId;
    expect(r.url).toContain(templateId);
    const file = liveFiles(h).find((f) => f.id === templateId)!;
    expect(file).toMatchObject({ name: 'Diplom 2025', mimeType: DOC_MIME });
    const folder = liveFiles(h).find((f) => f.name.startsWith('Bydelsmødre – '))!;
    expect(file.parents).toEqual([folder.id]);
    // The conversion kept her page (A4 landscape) and her header.
    const doc = h.emu.drive.document(templateId) as unknown as { documentStyle: { pageSize: unknown } };
    expect(doc.documentStyle.pageSize).toEqual({
      width: { magnitude: 841.9, unit: 'PT' },
      height: { magnitude: 595.3, unit: 'PT' },
    });
    expect(h.emu.drive.textOf(templateId)).toContain('Ballerup Kommune');

    const result = h.api.generateDiplomas({ batchSize: 10 });
    expect(result).toMatchObject({ created: 3, remaining: 0 });
    expect(result.warnings.filter((w) => w.includes('Skabelonen'))).toEqual([]);
    const diploma = liveFiles(h).find(
      (f) => f.name === 'Diplom - Søs Ærø - Bydelsmødre' && f.mimeType === DOC_MIME,
    )!;
    const text = h.emu.drive.textOf(diploma.id);
    expect(text.split('\n')).toContain('Søs Ærø');
    expect(text).toContain('Ballerup Rådhus, 12. juni 2026');
    expect(text).toContain('DIPLOM');
  });

  test('reports the merge fields her Word file lacks', () => {
    const h = cohort();
    const r = h.api.importTemplate({
      name: 'uden felter.docx',
      base64: b64(makeDocx(['Diplom til {{Navn}}', 'Dato: {{Dato}}'])),
    });
    expect(r.missingFields).toEqual(['{{Sted}}', '{{Holdnavn}}', '{{Underskriver}}']);
  });

  test('a data: URL from FileReader is accepted as well', () => {
    const h = cohort();
    const r = h.api.importTemplate({
      name: 'x.docx',
      base64: `data:application/vnd.openxmlformats-officedocument.wordprocessingml.document;base64,${b64(diplomaDocx())}`,
    });
    expect(r.missingFields).toEqual([]);
  });

  const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n', 'latin1');
  const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
  const xlsx = zip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' });
  const NOT_DOCX = /Filen er ikke et Word-dokument \(\.docx\)/;
  test.each([
    ['a PDF', { name: 'diplom.pdf', base64: b64(pdf) }, NOT_DOCX],
    ['a PDF renamed .docx', { name: 'diplom.docx', base64: b64(pdf) }, NOT_DOCX],
    ['an image', { name: 'diplom.png', base64: b64(png) }, NOT_DOCX],
    ['a text file renamed .docx', { name: 'diplom.docx', base64: b64('Diplom til {{Navn}}') }, NOT_DOCX],
    ['an Excel file (a zip without word/document.xml)', { name: 'ark.docx', base64: b64(xlsx) }, NOT_DOCX],
    ['a cut-off .docx', { name: 'halv.docx', base64: b64(diplomaDocx().subarray(0, 400)) }, NOT_DOCX],
    ['an empty file', { name: 'tom.docx', base64: '' }, /^Filen er tom\./],
    ['not base64', { name: 'x.docx', base64: '***' }, NOT_DOCX],
    ['more than 10 MB', { name: 'stor.docx', base64: 'A'.repeat(14_000_000) }, /større end 10 MB/],
    ['no name', { name: '  ', base64: b64(diplomaDocx()) }, /Filnavn/],
    [
      'an unknown field',
      { name: 'x.docx', base64: b64(diplomaDocx()), path: '/tmp' },
      /Feltet «path» kendes ikke/,
    ],
    ['not an object', 'diplom.docx', /.+/],
  ])('refuses %s with a sentence and creates nothing', (_what, input, message) => {
    const h = cohort();
    const before = JSON.stringify(h.emu.drive.files());
    const settings = h.api.getSettings();
    expect(() => h.api.importTemplate(input as never)).toThrow(message);
    expect(JSON.stringify(h.emu.drive.files())).toBe(before);
    expect(h.api.getSettings()).toEqual(settings);
  });

  test('in English the refusal is English', () => {
    const h = cohort();
    h.api.saveSettings({ language: 'en' });
    expect(() => h.api.importTemplate({ name: 'a.pdf', base64: b64('%PDF-1.4') })).toThrow(
      /^The file is not a Word document \(\.docx\)/,
    );
  });
});

describe('createTemplate', () => {
  test('makes the default template before any diploma, then says it exists', () => {
    const h = cohort();
    const first = h.api.createTemplate();
    expect(first.created).toBe(true);
    const templateId = h.api.getSettings().templateId;
    expect(first.url).toContain(templateId);
    expect(h.emu.drive.textOf(templateId)).toContain('{{Navn}}');
    expect(liveFiles(h).filter((f) => f.name.startsWith('Diplom - '))).toHaveLength(0);
    expect(h.api.createTemplate()).toEqual({ url: first.url, created: false });
    // Generation uses that same template: no second one.
    h.api.generateDiplomas({ batchSize: 10 });
    expect(h.api.getSettings().templateId).toBe(templateId);
    expect(
      liveFiles(h).filter((f) => f.mimeType === DOC_MIME && !f.name.startsWith('Diplom - ')),
    ).toHaveLength(1);
  });

  test('a trashed template is made again', () => {
    const h = cohort();
    h.api.createTemplate();
    const old = h.api.getSettings().templateId;
    (h.emu.globals.Drive as { Files: { update(r: object, id: string): unknown } }).Files.update(
      { trashed: true },
      old,
    );
    expect(h.api.createTemplate().created).toBe(true);
    expect(h.api.getSettings().templateId).not.toBe(old);
  });
});

describe('previewDiploma', () => {
  const previews = (h: Harness) => liveFiles(h).filter((f) => f.name.startsWith('Prøve - '));

  test('the sample name, then a chosen woman (even one not eligible): one PDF, replaced each time, never counted', () => {
    const h = cohort();
    const sample = h.api.previewDiploma();
    expect(previews(h).map((f) => f.name)).toEqual(['Prøve - Navn Navnesen - Bydelsmødre.pdf']);
    expect(sample.url).toContain(previews(h)[0].id);
    const text = parsePdfText(h.emu.drive.contentOf(previews(h)[0].id)).subject;
    expect(text).toContain('Navn Navnesen');
    expect(text).toContain('12. juni 2026');
    // No Doc is left behind, nothing is linked or counted.
    expect(liveFiles(h).filter((f) => f.name.startsWith('Diplom - '))).toHaveLength(0);
    expect(h.api.getDiplomaStatus()).toMatchObject({ made: 0, remaining: 3 });

    h.api.previewDiploma('P004'); // below 90 %: still previewed
    expect(previews(h).map((f) => f.name)).toEqual(['Prøve - Nour Test - Bydelsmødre.pdf']);

    const r = h.api.generateDiplomas({ batchSize: 10 });
    expect(r).toMatchObject({ created: 3, skipped: 0, remaining: 0 });
    const combined = liveFiles(h).find((f) => f.name === 'Diplomer - Bydelsmødre.pdf')!;
    expect(parsePdfText(h.emu.drive.contentOf(combined.id)).pageCount).toBe(3);
    expect(parsePdfText(h.emu.drive.contentOf(combined.id)).subject ?? '').not.toContain('Nour Test');
    // The preview survives a generation and a regenerate untouched.
    h.api.generateDiplomas({ regenerate: true, batchSize: 10 });
    expect(previews(h)).toHaveLength(1);
  });

  test('refuses an unknown id with a sentence; deletePerson takes her preview too', () => {
    const h = cohort();
    expect(() => h.api.previewDiploma('P999')).toThrow(
      'Der er ingen deltager med ID «P999» i arket «Fremmøde».',
    );
    expect(() => h.api.previewDiploma(42 as never)).toThrow(/ingen deltager/);
    h.api.previewDiploma('P002');
    expect(previews(h)).toHaveLength(1);
    h.api.deletePerson('P002');
    expect(previews(h)).toHaveLength(0);
  });

  test('works before any module has a date (today is shown) and before setup', () => {
    const h = harness({ today: '2026-01-15' });
    h.api.previewDiploma();
    expect(previews(h)).toHaveLength(1);
    expect(parsePdfText(h.emu.drive.contentOf(previews(h)[0].id)).subject).toContain('15. januar 2026');
  });
});

describe('saveSettings and templateId', () => {
  test('refuses a Doc the add-on did not make, pointing to the import; accepts its own', () => {
    const h = cohort();
    const foreign = h.emu.drive.addFile({ name: 'Mit diplom', mimeType: DOC_MIME, appCreated: false });
    expect(() => h.api.saveSettings({ templateId: foreign })).toThrow(
      /kan ikke åbne det dokument.*«Dit eget diplom»/,
    );
    expect(() =>
      h.api.saveSettings({ templateId: `https://docs.google.com/document/d/${foreign}/edit` }),
    ).toThrow(/Dit eget diplom/);
    expect(h.api.getSettings().templateId).toBe('');
    h.api.createTemplate();
    const own = h.api.getSettings().templateId;
    h.api.saveSettings({ templateId: '' });
    expect(h.api.saveSettings({ templateId: own }).templateId).toBe(own);
    // Saving other settings with the same template id does not ask Drive again.
    h.emu.calls.reset();
    h.api.saveSettings({ place: 'Rådhuset', templateId: own });
    expect(h.emu.calls.count('Drive')).toBe(0);
  });
});
