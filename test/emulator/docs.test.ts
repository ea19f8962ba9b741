import { CallLog } from '../../dev/emulator/calls';
import { createDriveServices, DriveStore } from '../../dev/emulator/drive';
import { DocModel, documentPlainText } from '../../dev/emulator/docs';
import { parsePdfText, renderPdf } from '../../dev/emulator/pdf';
import { renderDocumentHtml } from '../../dev/emulator/docHtml';

// Tests walk the API's JSON freely; its precise typing would only add noise here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

function setup() {
  const log = new CallLog();
  const services = createDriveServices(log, new DriveStore(), 'tok');
  const { Docs } = services;
  const doc = Docs.Documents.create({ title: 'Skabelon' });
  const id = doc.documentId!;
  return { ...services, log, id };
}

/** Paragraph texts of the body (without their newline). */
function paragraphs(doc: Json): string[] {
  return doc.body.content
    .filter((c: Json) => c.paragraph)
    .map((c: Json) =>
      c.paragraph.elements
        .map((e: Json) => (e.textRun ? e.textRun.content : e.pageBreak ? '<PB>' : ''))
        .join('')
        .replace(/\n$/, ''),
    );
}

describe('Docs.Documents.create / get', () => {
  test('a new document has the section break at 0 and one empty paragraph at 1..2', () => {
    const { Docs, id } = setup();
    const doc = Docs.Documents.get(id) as Json;
    expect(doc.title).toBe('Skabelon');
    expect(doc.documentId).toBe(id);
    expect(doc.body.content[0]).toEqual(
      expect.objectContaining({ endIndex: 1, sectionBreak: expect.any(Object) }),
    );
    expect(doc.body.content[0].startIndex).toBeUndefined();
    expect(doc.body.content[1]).toEqual({
      startIndex: 1,
      endIndex: 2,
      paragraph: {
        elements: [{ startIndex: 1, endIndex: 2, textRun: { content: '\n', textStyle: {} } }],
        paragraphStyle: { namedStyleType: 'NORMAL_TEXT', direction: 'LEFT_TO_RIGHT' },
      },
    });
    // A new document gets the account default (US Letter); the add-on must set A4 itself.
    expect(doc.documentStyle.pageSize).toEqual({
      height: { magnitude: 792, unit: 'PT' },
      width: { magnitude: 612, unit: 'PT' },
    });
  });

  test('get returns a deep copy: changing it changes nothing', () => {
    const { Docs, id } = setup();
    const doc = Docs.Documents.get(id) as Json;
    doc.body.content[1].paragraph.elements[0].textRun.content = 'hacked\n';
    doc.documentStyle.pageSize.width.magnitude = 1;
    const again = Docs.Documents.get(id) as Json;
    expect(paragraphs(again)).toEqual(['']);
    expect(again.documentStyle.pageSize.width.magnitude).toBe(612);
  });

  test('unknown ids and non-documents fail like the API', () => {
    const { Docs, Drive } = setup();
    expect(() => Docs.Documents.get('nope')).toThrow(
      'API call to docs.documents.get failed with error: Requested entity was not found.',
    );
    const folder = Drive.Files.create({ name: 'F', mimeType: 'application/vnd.google-apps.folder' });
    expect(() => Docs.Documents.get(folder.id as string)).toThrow(
      'This operation is not supported for this document',
    );
    expect(() =>
      Docs.Documents.batchUpdate(
        { requests: [{ insertText: { text: 'x', location: { index: 1 } } }] },
        'nope',
      ),
    ).toThrow('API call to docs.documents.batchUpdate failed with error: Requested entity was not found.');
  });

  test('includeTabsContent moves the content into the first tab', () => {
    const { Docs, id } = setup();
    const doc = Docs.Documents.get(id, { includeTabsContent: true }) as Json;
    expect(doc.body).toBeUndefined();
    expect(doc.tabs[0].documentTab.body.content).toHaveLength(2);
  });
});

describe('insertText and indexes', () => {
  test('paragraphs and runs carry UTF-16 start/end indexes', () => {
    const { Docs, id } = setup();
    Docs.Documents.batchUpdate(
      { requests: [{ insertText: { text: 'Hej\nÅse 😀 Ørsted\n', location: { index: 1 } } }] },
      id,
    );
    const doc = Docs.Documents.get(id) as Json;
    const [, p1, p2, p3] = doc.body.content;
    expect([p1.startIndex, p1.endIndex]).toEqual([1, 5]);
    // 'Åse 😀 Ørsted\n' is 14 UTF-16 units: the emoji counts 2.
    expect([p2.startIndex, p2.endIndex]).toEqual([5, 19]);
    expect([p3.startIndex, p3.endIndex]).toEqual([19, 20]);
    expect(p2.paragraph.elements[0].textRun.content).toBe('Åse 😀 Ørsted\n');
  });

  test('inserting in the middle shifts later indexes; endOfSegmentLocation appends', () => {
    const { Docs, id } = setup();
    Docs.Documents.batchUpdate(
      {
        requests: [
          { insertText: { text: 'ac', location: { index: 1 } } },
          { insertText: { text: 'b', location: { index: 2 } } },
          { insertText: { text: '!', endOfSegmentLocation: {} } },
        ],
      },
      id,
    );
    expect(paragraphs(Docs.Documents.get(id))).toEqual(['abc!']);
  });

  test('control characters are stripped and \\r\\n becomes one paragraph break', () => {
    const { Docs, id } = setup();
    Docs.Documents.batchUpdate(
      { requests: [{ insertText: { text: 'a\u0001b\r\nc\f', location: { index: 1 } } }] },
      id,
    );
    expect(paragraphs(Docs.Documents.get(id))).toEqual(['ab', 'c']);
  });

  test('invalid indexes are refused with the API message', () => {
    const { Docs, id } = setup();
    const insertAt = (index: number) =>
      Docs.Documents.batchUpdate({ requests: [{ insertText: { text: 'x', location: { index } } }] }, id);
    expect(() => insertAt(0)).toThrow(
      'Invalid requests[0].insertText: The insertion index must be inside the bounds of an existing paragraph.',
    );
    expect(() => insertAt(2)).toThrow(
      'Invalid requests[0].insertText: Index 2 must be less than the end index of the referenced segment, 2.',
    );
    expect(() => insertAt(1)).not.toThrow();
  });

  test('an index inside a surrogate pair is refused', () => {
    const { Docs, id } = setup();
    Docs.Documents.batchUpdate({ requests: [{ insertText: { text: '😀', location: { index: 1 } } }] }, id);
    expect(() =>
      Docs.Documents.batchUpdate({ requests: [{ insertText: { text: 'x', location: { index: 2 } } }] }, id),
    ).toThrow('surrogate pair');
    expect(() =>
      Docs.Documents.batchUpdate(
        { requests: [{ deleteContentRange: { range: { startIndex: 1, endIndex: 2 } } }] },
        id,
      ),
    ).toThrow('surrogate pair');
    Docs.Documents.batchUpdate({ requests: [{ insertText: { text: 'x', location: { index: 3 } } }] }, id);
    expect(paragraphs(Docs.Documents.get(id))).toEqual(['😀x']);
  });
});

describe('batchUpdate is atomic', () => {
  test('a failing request leaves the document exactly as it was', () => {
    const { Docs, id } = setup();
    Docs.Documents.batchUpdate({ requests: [{ insertText: { text: 'Før', location: { index: 1 } } }] }, id);
    const before = Docs.Documents.get(id);
    expect(() =>
      Docs.Documents.batchUpdate(
        {
          requests: [
            { insertText: { text: 'ændret ', location: { index: 1 } } },
            { createHeader: { type: 'DEFAULT' } },
            { insertText: { text: 'x', location: { index: 999 } } },
          ],
        },
        id,
      ),
    ).toThrow('Invalid requests[2].insertText: Index 999 must be less than the end index');
    expect(Docs.Documents.get(id)).toEqual(before);
  });

  test('unsupported and malformed requests name the request', () => {
    const { Docs, id } = setup();
    expect(() =>
      Docs.Documents.batchUpdate(
        { requests: [{ insertText: { text: 'a', location: { index: 1 } } }, { createParagraphBullets: {} }] },
        id,
      ),
    ).toThrow(/requests\[1\]\.createParagraphBullets: the emulator does not support/);
    expect(() => Docs.Documents.batchUpdate({ requests: [{}] }, id)).toThrow('Invalid requests[0]');
    expect(() => Docs.Documents.batchUpdate({ requests: [] }, id)).toThrow('at least one request');
    expect(paragraphs(Docs.Documents.get(id))).toEqual(['']);
  });

  test('replies line up with requests; requests without a reply get {}', () => {
    const { Docs, id } = setup();
    const res = Docs.Documents.batchUpdate(
      {
        requests: [
          { insertText: { text: '{{Navn}}', location: { index: 1 } } },
          { createHeader: { type: 'DEFAULT' } },
          { replaceAllText: { containsText: { text: '{{Navn}}', matchCase: true }, replaceText: 'Hodan' } },
          { replaceAllText: { containsText: { text: '{{Sted}}', matchCase: true }, replaceText: 'x' } },
        ],
      },
      id,
    );
    expect(res.documentId).toBe(id);
    expect(res.replies).toHaveLength(4);
    expect(res.replies[0]).toEqual({});
    expect(res.replies[1].createHeader!.headerId).toMatch(/^kix\./);
    expect(res.replies[2]).toEqual({ replaceAllText: { occurrencesChanged: 1 } });
    // proto3 JSON omits zero: no match means an empty reply, not occurrencesChanged: 0.
    expect(res.replies[3]).toEqual({ replaceAllText: {} });
  });
});

describe('replaceAllText', () => {
  function docWith(text: string) {
    const s = setup();
    const res = s.Docs.Documents.batchUpdate(
      {
        requests: [
          { insertText: { text, location: { index: 1 } } },
          { createHeader: { type: 'DEFAULT' } },
          { createFooter: { type: 'DEFAULT' } },
        ],
      },
      s.id,
    );
    const headerId = res.replies[1].createHeader!.headerId;
    const footerId = res.replies[2].createFooter!.footerId;
    s.Docs.Documents.batchUpdate(
      {
        requests: [
          { insertText: { text: 'Hold {{Holdnavn}}', location: { segmentId: headerId, index: 0 } } },
          {
            insertText: {
              text: '{{Underskriver}} · {{Navn}}',
              endOfSegmentLocation: { segmentId: footerId },
            },
          },
        ],
      },
      s.id,
    );
    return { ...s, headerId, footerId };
  }

  test('replaces in body, header and footer and counts every occurrence', () => {
    const { Docs, id, store, headerId, footerId } = docWith('{{Navn}}\nKære {{Navn}}, {{Dato}}');
    const res = Docs.Documents.batchUpdate(
      {
        requests: [
          {
            replaceAllText: {
              containsText: { text: '{{Navn}}', matchCase: true },
              replaceText: 'Åse Ørsted-Hansen',
            },
          },
          {
            replaceAllText: {
              containsText: { text: '{{Holdnavn}}', matchCase: true },
              replaceText: 'Ballerup 2026',
            },
          },
          {
            replaceAllText: {
              containsText: { text: '{{Underskriver}}', matchCase: true },
              replaceText: 'Borgmesteren',
            },
          },
        ],
      },
      id,
    );
    expect(res.replies.map((r: Json) => r.replaceAllText.occurrencesChanged)).toEqual([3, 1, 1]);
    const doc = Docs.Documents.get(id) as Json;
    expect(paragraphs(doc)).toEqual(['Åse Ørsted-Hansen', 'Kære Åse Ørsted-Hansen, {{Dato}}']);
    expect(doc.headers[headerId].content[0].paragraph.elements[0].textRun.content).toBe(
      'Hold Ballerup 2026\n',
    );
    expect(doc.footers[footerId].content[0].paragraph.elements[0].textRun.content).toBe(
      'Borgmesteren · Åse Ørsted-Hansen\n',
    );
    // Header content starts at 0, which proto3 JSON leaves out.
    expect(doc.headers[headerId].content[0].startIndex).toBeUndefined();
    expect(doc.headers[headerId].content[0].endIndex).toBe(19);
    expect(store.textOf(id)).toContain('Borgmesteren · Åse Ørsted-Hansen');
  });

  test.each([
    'Åse Ørsted-Hansen',
    'فاطمة الزهراء',
    'Hodan Cabdi Maxamed',
    "N'Golo",
    'ትግርኛ ስም',
    'Ayşe Yılmaz',
    'نازیہ اردو',
    '$1 \\1 .*',
    '$& $$ $`',
    '=1+1',
    '👩🏽‍🎓 Amina',
  ])('the replacement %p is literal and exact', (name) => {
    const { Docs, id, store } = docWith('Diplom til {{Navn}}!');
    Docs.Documents.batchUpdate(
      {
        requests: [
          { replaceAllText: { containsText: { text: '{{Navn}}', matchCase: true }, replaceText: name } },
        ],
      },
      id,
    );
    expect(paragraphs(Docs.Documents.get(id))[0]).toBe(`Diplom til ${name}!`);
    expect(store.textOf(id).startsWith(`Diplom til ${name}!\n`)).toBe(true);
  });

  test('the search text is literal too (regex characters mean nothing)', () => {
    const { Docs, id } = docWith('a.c abc (x) $1');
    const res = Docs.Documents.batchUpdate(
      {
        requests: [
          { replaceAllText: { containsText: { text: 'a.c', matchCase: true }, replaceText: 'A' } },
          { replaceAllText: { containsText: { text: '(x)', matchCase: true }, replaceText: 'X' } },
          { replaceAllText: { containsText: { text: '$1', matchCase: true }, replaceText: '1' } },
        ],
      },
      id,
    );
    expect(res.replies.map((r: Json) => r.replaceAllText.occurrencesChanged)).toEqual([1, 1, 1]);
    expect(paragraphs(Docs.Documents.get(id))[0]).toBe('A abc X 1');
  });

  test('matchCase false folds case; matchCase true does not', () => {
    const { Docs, id } = docWith('{{NAVN}} {{navn}} {{Navn}}');
    const strict = Docs.Documents.batchUpdate(
      {
        requests: [
          { replaceAllText: { containsText: { text: '{{Navn}}', matchCase: true }, replaceText: 'A' } },
        ],
      },
      id,
    );
    // One in the body, one in the footer.
    expect(strict.replies[0].replaceAllText!.occurrencesChanged).toBe(2);
    const loose = Docs.Documents.batchUpdate(
      { requests: [{ replaceAllText: { containsText: { text: '{{navn}}' }, replaceText: 'B' } }] },
      id,
    );
    expect(loose.replies[0].replaceAllText!.occurrencesChanged).toBe(2);
    expect(paragraphs(Docs.Documents.get(id))[0]).toBe('B B A');
  });

  test('indexes stay consistent after replacements with non-BMP text', () => {
    const { Docs, id } = docWith('{{Navn}}\n{{Navn}}');
    Docs.Documents.batchUpdate(
      {
        requests: [
          { replaceAllText: { containsText: { text: '{{Navn}}', matchCase: true }, replaceText: '𝔄😀' } },
        ],
      },
      id,
    );
    const doc = Docs.Documents.get(id) as Json;
    const [, p1, p2] = doc.body.content;
    expect([p1.startIndex, p1.endIndex, p2.startIndex, p2.endIndex]).toEqual([1, 6, 6, 11]);
  });

  test('replacement keeps the style of the replaced text', () => {
    const { Docs, id } = docWith('x {{Navn}} y');
    Docs.Documents.batchUpdate(
      {
        requests: [
          {
            updateTextStyle: {
              range: { startIndex: 3, endIndex: 11 },
              textStyle: { bold: true },
              fields: 'bold',
            },
          },
          { replaceAllText: { containsText: { text: '{{Navn}}', matchCase: true }, replaceText: 'Hodan' } },
        ],
      },
      id,
    );
    const els = (Docs.Documents.get(id) as Json).body.content[1].paragraph.elements;
    expect(els.map((e: Json) => [e.textRun.content, e.textRun.textStyle])).toEqual([
      ['x ', {}],
      ['Hodan', { bold: true }],
      [' y\n', {}],
    ]);
  });

  test('an empty search text is refused', () => {
    const { Docs, id } = setup();
    expect(() =>
      Docs.Documents.batchUpdate(
        { requests: [{ replaceAllText: { containsText: { text: '' }, replaceText: 'x' } }] },
        id,
      ),
    ).toThrow('Invalid requests[0].replaceAllText');
  });
});

describe('styles, headers, page breaks, deletion', () => {
  test('updateDocumentStyle sets A4 landscape and margins; bad fields are refused', () => {
    const { Docs, id } = setup();
    Docs.Documents.batchUpdate(
      {
        requests: [
          {
            updateDocumentStyle: {
              documentStyle: {
                pageSize: {
                  width: { magnitude: 841.89, unit: 'PT' },
                  height: { magnitude: 595.28, unit: 'PT' },
                },
                marginTop: { magnitude: 50, unit: 'PT' },
              },
              fields: 'pageSize,marginTop',
            },
          },
        ],
      },
      id,
    );
    const ds = (Docs.Documents.get(id) as Json).documentStyle;
    expect(ds.pageSize.width.magnitude).toBe(841.89);
    expect(ds.pageSize.height.magnitude).toBe(595.28);
    expect(ds.marginTop.magnitude).toBe(50);
    expect(ds.marginBottom.magnitude).toBe(72);
    expect(() =>
      Docs.Documents.batchUpdate(
        { requests: [{ updateDocumentStyle: { documentStyle: {}, fields: 'defaultHeaderId' } }] },
        id,
      ),
    ).toThrow('Invalid field: defaultHeaderId');
    expect(() =>
      Docs.Documents.batchUpdate({ requests: [{ updateDocumentStyle: { documentStyle: {} } }] }, id),
    ).toThrow("At least one field must be listed in 'fields'");
  });

  test('updateParagraphStyle touches every paragraph in the range; updateTextStyle splits runs', () => {
    const { Docs, id } = setup();
    Docs.Documents.batchUpdate(
      {
        requests: [
          { insertText: { text: 'DIPLOM\nNavn\nTekst', location: { index: 1 } } },
          {
            updateParagraphStyle: {
              range: { startIndex: 1, endIndex: 9 },
              paragraphStyle: { alignment: 'CENTER', namedStyleType: 'TITLE' },
              fields: 'alignment,namedStyleType',
            },
          },
          {
            updateTextStyle: {
              range: { startIndex: 1, endIndex: 4 },
              textStyle: {
                bold: true,
                fontSize: { magnitude: 40, unit: 'PT' },
                foregroundColor: { color: { rgbColor: { red: 0.6, green: 0.1, blue: 0.2 } } },
              },
              fields: 'bold,fontSize,foregroundColor',
            },
          },
        ],
      },
      id,
    );
    const doc = Docs.Documents.get(id) as Json;
    const [, p1, p2, p3] = doc.body.content;
    expect(p1.paragraph.paragraphStyle).toEqual({
      namedStyleType: 'TITLE',
      direction: 'LEFT_TO_RIGHT',
      alignment: 'CENTER',
    });
    expect(p2.paragraph.paragraphStyle.alignment).toBe('CENTER');
    expect(p3.paragraph.paragraphStyle.alignment).toBeUndefined();
    expect(p1.paragraph.elements.map((e: Json) => [e.startIndex, e.endIndex, e.textRun.content])).toEqual([
      [1, 4, 'DIP'],
      [4, 8, 'LOM\n'],
    ]);
    expect(p1.paragraph.elements[0].textRun.textStyle.fontSize).toEqual({ magnitude: 40, unit: 'PT' });
    // Listing a field that the style leaves out clears it; other fields stay.
    Docs.Documents.batchUpdate(
      {
        requests: [
          { updateTextStyle: { range: { startIndex: 1, endIndex: 8 }, textStyle: {}, fields: 'bold' } },
        ],
      },
      id,
    );
    const cleared = (Docs.Documents.get(id) as Json).body.content[1].paragraph.elements;
    expect(cleared[0].textRun.textStyle.bold).toBeUndefined();
    expect(cleared[0].textRun.textStyle.fontSize).toEqual({ magnitude: 40, unit: 'PT' });
  });

  test('an invalid enum value rejects the whole batch', () => {
    const { Docs, id } = setup();
    expect(() =>
      Docs.Documents.batchUpdate(
        {
          requests: [
            { insertText: { text: 'a', location: { index: 1 } } },
            {
              updateParagraphStyle: {
                range: { startIndex: 1, endIndex: 2 },
                paragraphStyle: { alignment: 'CENTRE' },
                fields: 'alignment',
              },
            },
          ],
        },
        id,
      ),
    ).toThrow(/Invalid value at 'requests\[1\]\.update_paragraph_style\.paragraph_style\.alignment'/);
    expect(paragraphs(Docs.Documents.get(id))).toEqual(['']);
  });

  test('createHeader / createFooter set the default ids, once', () => {
    const { Docs, id } = setup();
    const res = Docs.Documents.batchUpdate(
      { requests: [{ createHeader: { type: 'DEFAULT' } }, { createFooter: { type: 'DEFAULT' } }] },
      id,
    );
    const doc = Docs.Documents.get(id) as Json;
    expect(doc.documentStyle.defaultHeaderId).toBe(res.replies[0].createHeader!.headerId);
    expect(doc.documentStyle.defaultFooterId).toBe(res.replies[1].createFooter!.footerId);
    expect(doc.headers[doc.documentStyle.defaultHeaderId].content).toHaveLength(1);
    expect(() =>
      Docs.Documents.batchUpdate({ requests: [{ createHeader: { type: 'DEFAULT' } }] }, id),
    ).toThrow('A default header already exists');
    expect(() =>
      Docs.Documents.batchUpdate(
        { requests: [{ insertText: { text: 'x', location: { segmentId: 'kix.nope', index: 0 } } }] },
        id,
      ),
    ).toThrow('kix.nope');
  });

  test('insertPageBreak inserts a page break and a newline; only in the body', () => {
    const { Docs, id } = setup();
    const res = Docs.Documents.batchUpdate(
      {
        requests: [
          { insertText: { text: 'side 1side 2', location: { index: 1 } } },
          { insertPageBreak: { location: { index: 7 } } },
          { createHeader: { type: 'DEFAULT' } },
        ],
      },
      id,
    );
    const doc = Docs.Documents.get(id) as Json;
    expect(paragraphs(doc)).toEqual(['side 1<PB>', 'side 2']);
    const pb = doc.body.content[1].paragraph.elements[1];
    expect([pb.startIndex, pb.endIndex, 'pageBreak' in pb]).toEqual([7, 8, true]);
    expect(() =>
      Docs.Documents.batchUpdate(
        {
          requests: [
            {
              insertPageBreak: { endOfSegmentLocation: { segmentId: res.replies[2].createHeader!.headerId } },
            },
          ],
        },
        id,
      ),
    ).toThrow('only be inserted in the body');
  });

  test('deleteContentRange merges paragraphs and protects the final newline', () => {
    const { Docs, id } = setup();
    Docs.Documents.batchUpdate(
      { requests: [{ insertText: { text: 'abc\ndef', location: { index: 1 } } }] },
      id,
    );
    Docs.Documents.batchUpdate(
      { requests: [{ deleteContentRange: { range: { startIndex: 3, endIndex: 6 } } }] },
      id,
    );
    expect(paragraphs(Docs.Documents.get(id))).toEqual(['abef']);
    expect(() =>
      Docs.Documents.batchUpdate(
        { requests: [{ deleteContentRange: { range: { startIndex: 1, endIndex: 6 } } }] },
        id,
      ),
    ).toThrow('newline character at the end of the segment');
    expect(() =>
      Docs.Documents.batchUpdate(
        { requests: [{ deleteContentRange: { range: { startIndex: 0, endIndex: 2 } } }] },
        id,
      ),
    ).toThrow('Invalid requests[0].deleteContentRange');
  });
});

describe('model round trip and HTML', () => {
  test('fromJSON(toJSON) reproduces the document', () => {
    const { Docs, id } = setup();
    Docs.Documents.batchUpdate(
      {
        requests: [
          { insertText: { text: 'A\nB😀', location: { index: 1 } } },
          { insertPageBreak: { endOfSegmentLocation: {} } },
          { createFooter: { type: 'DEFAULT' } },
          {
            updateTextStyle: {
              range: { startIndex: 1, endIndex: 2 },
              textStyle: { italic: true },
              fields: 'italic',
            },
          },
        ],
      },
      id,
    );
    const json = Docs.Documents.get(id);
    expect(DocModel.fromJSON(json).toJSON(id, 'Skabelon')).toEqual(json);
  });

  test('renderDocumentHtml escapes text and shows landscape pages with header and footer', () => {
    const { Docs, id } = setup();
    const res = Docs.Documents.batchUpdate(
      {
        requests: [
          { insertText: { text: '<script>alert(1)</script> & "Åse"', location: { index: 1 } } },
          {
            updateParagraphStyle: {
              range: { startIndex: 1, endIndex: 2 },
              paragraphStyle: { alignment: 'CENTER' },
              fields: 'alignment',
            },
          },
          { insertPageBreak: { endOfSegmentLocation: {} } },
          { insertText: { text: 'side 2', endOfSegmentLocation: {} } },
          { createHeader: { type: 'DEFAULT' } },
          {
            updateDocumentStyle: {
              documentStyle: {
                pageSize: { width: { magnitude: 842, unit: 'PT' }, height: { magnitude: 595, unit: 'PT' } },
              },
              fields: 'pageSize',
            },
          },
        ],
      },
      id,
    );
    const headerId = res.replies[4].createHeader!.headerId;
    Docs.Documents.batchUpdate(
      { requests: [{ insertText: { text: 'Hold <b>', location: { segmentId: headerId, index: 0 } } }] },
      id,
    );
    const html = renderDocumentHtml(Docs.Documents.get(id));
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62; &#38; &#34;Åse&#34;');
    expect(html).toContain('data-orientation="landscape"');
    expect(html).toContain('width:842pt;height:595pt');
    expect(html).toContain('text-align:center');
    expect(html.match(/class="doc-page"/g)).toHaveLength(2);
    expect(html.match(/<header/g)).toHaveLength(2);
    expect(html).toContain('Hold &#60;b&#62;');
  });
});

describe('tables (insertTable)', () => {
  function tableSetup() {
    const store = new DriveStore();
    const { Docs } = createDriveServices(new CallLog(), store, 'tok');
    const id = Docs.Documents.create({ title: 'Tabel' }).documentId!;
    return { Docs, store, id };
  }
  const span = (e: Json) => [e.startIndex, e.endIndex];
  /** Start index of each cell's first paragraph, row by row. */
  const cellStarts = (table: Json): number[] =>
    table.table.tableRows.flatMap((r: Json) => r.tableCells.map((c: Json) => c.content[0].startIndex));
  const cellTexts = (table: Json): string[][] =>
    table.table.tableRows.map((r: Json) =>
      r.tableCells.map((c: Json) =>
        c.content
          .map((p: Json) => p.paragraph.elements.map((e: Json) => e.textRun?.content ?? '').join(''))
          .join('')
          .replace(/\n$/, ''),
      ),
    );

  test('a 2x2 table at S has the offsets of Google\'s "Work with tables" guide', () => {
    const { Docs, id } = tableSetup();
    Docs.Documents.batchUpdate(
      { requests: [{ insertTable: { rows: 2, columns: 2, location: { index: 1 } } }] },
      id,
    );
    const content = (Docs.Documents.get(id) as Json).body.content;
    // The newline inserted before the table: the table starts at location index + 1.
    expect(span(content[1])).toEqual([1, 2]);
    const S = 2;
    const t = content[2];
    expect(span(t)).toEqual([S, S + 12]);
    expect(t.table.rows).toBe(2);
    expect(t.table.columns).toBe(2);
    const [r0, r1] = t.table.tableRows;
    expect(span(r0)).toEqual([S + 1, S + 6]);
    expect(r0.tableCells.map(span)).toEqual([
      [S + 2, S + 4],
      [S + 4, S + 6],
    ]);
    expect(r0.tableCells.map((c: Json) => span(c.content[0]))).toEqual([
      [S + 3, S + 4],
      [S + 5, S + 6],
    ]);
    expect(span(r1)).toEqual([S + 6, S + 11]);
    expect(r1.tableCells.map(span)).toEqual([
      [S + 7, S + 9],
      [S + 9, S + 11],
    ]);
    // The table ends where the next paragraph (the document's last) begins.
    expect(span(content[3])).toEqual([S + 12, S + 13]);
    expect(content).toHaveLength(4);
  });

  test('a 2x3 table: index bookkeeping, a split paragraph and endOfSegmentLocation', () => {
    const { Docs, id } = tableSetup();
    Docs.Documents.batchUpdate(
      {
        requests: [
          { insertText: { text: 'Førtabel', location: { index: 1 } } },
          // Inside "Førtabel" between "Før" and "tabel": the paragraph is split around the table.
          { insertTable: { rows: 2, columns: 3, location: { index: 4 } } },
        ],
      },
      id,
    );
    let content = (Docs.Documents.get(id) as Json).body.content;
    expect(paragraphs({ body: { content } })).toEqual(['Før', 'tabel']);
    const t = content[2];
    expect(span(t)).toEqual([5, 5 + 16]); // 1 + 2 rows × (1 + 3 cells × 2) + 1
    expect(t.table.tableRows.map(span)).toEqual([
      [6, 13],
      [13, 20],
    ]);
    expect(cellStarts(t)).toEqual([8, 10, 12, 15, 17, 19]);
    expect(span(content[3])).toEqual([21, 27]);

    Docs.Documents.batchUpdate(
      { requests: [{ insertTable: { rows: 1, columns: 1, endOfSegmentLocation: {} } }] },
      id,
    );
    content = (Docs.Documents.get(id) as Json).body.content;
    // "tabel" stays a paragraph, the new table follows it and an empty last paragraph closes the body.
    expect(content.map((c: Json) => (c.table ? 'T' : c.paragraph ? 'P' : 'S')).join('')).toBe('SPTPTP');
    expect(span(content[4])).toEqual([27, 32]);
    expect(span(content[5])).toEqual([32, 33]);
  });

  test('text goes into cells in reverse index order; structure indexes are refused', () => {
    const { Docs, store, id } = tableSetup();
    Docs.Documents.batchUpdate(
      { requests: [{ insertTable: { rows: 2, columns: 3, location: { index: 1 } } }] },
      id,
    );
    const table = (Docs.Documents.get(id) as Json).body.content[2];
    const texts = ['Post', 'Budget', 'Forbrug', 'Husleje', '10.000,00 kr.', '😀 æ'];
    const requests = cellStarts(table)
      .map((index, k) => ({ index, text: texts[k] }))
      .sort((a, b) => b.index - a.index)
      .map(({ index, text }) => ({ insertText: { text, location: { index } } }));
    Docs.Documents.batchUpdate({ requests }, id);
    const doc = Docs.Documents.get(id) as Json;
    const filled = doc.body.content[2];
    expect(cellTexts(filled)).toEqual([texts.slice(0, 3), texts.slice(3)]);
    // Indexes count UTF-16 units: the table grew by exactly the inserted text.
    const grown = texts.join('').length;
    expect(span(filled)).toEqual([2, 18 + grown]);
    expect(span(doc.body.content[3])).toEqual([18 + grown, 19 + grown]);
    const c01 = filled.table.tableRows[0].tableCells[1];
    // Cell (0,0) is 4..10 (its index, "Post", its newline); cell (0,1) follows at 10.
    expect(span(c01)).toEqual([10, 10 + 1 + 'Budget'.length + 1]);
    expect(c01.content[0].paragraph.elements[0]).toEqual({
      startIndex: 11,
      endIndex: 18,
      textRun: { content: 'Budget\n', textStyle: {} },
    });

    // The table's, a row's and a cell's own index are not inside a paragraph.
    for (const index of [2, 3, 4]) {
      expect(() =>
        Docs.Documents.batchUpdate({ requests: [{ insertText: { text: 'x', location: { index } } }] }, id),
      ).toThrow('must be inside the bounds of an existing paragraph');
    }
    expect(() =>
      Docs.Documents.batchUpdate(
        { requests: [{ insertTable: { rows: 1, columns: 1, location: { index: 5 } } }] },
        id,
      ),
    ).toThrow('nested tables');
    expect(() =>
      Docs.Documents.batchUpdate(
        { requests: [{ insertTable: { rows: 0, columns: 1, location: { index: 1 } } }] },
        id,
      ),
    ).toThrow('rows and columns must be positive integers');
    expect(() =>
      Docs.Documents.batchUpdate(
        { requests: [{ deleteContentRange: { range: { startIndex: 1, endIndex: 6 } } }] },
        id,
      ),
    ).toThrow(/Invalid requests\[0\]\.deleteContentRange/);
    expect(() =>
      Docs.Documents.batchUpdate({ requests: [{ insertPageBreak: { location: { index: 5 } } }] }, id),
    ).toThrow('inside a table');
    expect(store.textOf(id)).toBe('\nPost\tBudget\tForbrug\nHusleje\t10.000,00 kr.\t😀 æ\n\n');
  });

  test('plain text, replaceAllText, styles and the JSON round trip reach the cells', () => {
    const { Docs, store, id } = tableSetup();
    Docs.Documents.batchUpdate(
      {
        requests: [
          { insertText: { text: 'Overskrift', location: { index: 1 } } },
          { insertTable: { rows: 2, columns: 2, endOfSegmentLocation: {} } },
        ],
      },
      id,
    );
    const starts = cellStarts((Docs.Documents.get(id) as Json).body.content[2]);
    Docs.Documents.batchUpdate(
      {
        requests: [
          ...starts
            .map((index, k) => ({
              insertText: { text: ['{{a}}', 'b', 'c', '{{a}} og {{a}}'][k], location: { index } },
            }))
            .reverse(),
          { insertText: { text: 'Slut', endOfSegmentLocation: {} } },
        ],
      },
      id,
    );
    const res = Docs.Documents.batchUpdate(
      {
        requests: [
          { replaceAllText: { containsText: { text: '{{a}}', matchCase: true }, replaceText: 'Ahmed' } },
        ],
      },
      id,
    );
    expect(res.replies[0]).toEqual({ replaceAllText: { occurrencesChanged: 3 } });
    // A match never spans two cells ("b" then "c" are neighbours in the text).
    const none = Docs.Documents.batchUpdate(
      { requests: [{ replaceAllText: { containsText: { text: 'bc' }, replaceText: 'X' } }] },
      id,
    );
    expect(none.replies[0]).toEqual({ replaceAllText: {} });
    let doc = Docs.Documents.get(id) as Json;
    const table = doc.body.content[2];
    expect(cellTexts(table)).toEqual([
      ['Ahmed', 'b'],
      ['c', 'Ahmed og Ahmed'],
    ]);
    // Bold the header row with updateTextStyle over the first row's range.
    const row0 = table.table.tableRows[0];
    Docs.Documents.batchUpdate(
      {
        requests: [
          {
            updateTextStyle: {
              range: { startIndex: row0.startIndex, endIndex: row0.endIndex },
              textStyle: { bold: true },
              fields: 'bold',
            },
          },
        ],
      },
      id,
    );
    doc = Docs.Documents.get(id) as Json;
    expect(
      doc.body.content[2].table.tableRows[0].tableCells[1].content[0].paragraph.elements[0].textRun,
    ).toEqual({
      content: 'b\n',
      textStyle: { bold: true },
    });
    expect(
      doc.body.content[2].table.tableRows[1].tableCells[0].content[0].paragraph.elements[0].textRun.textStyle,
    ).toEqual({});
    const text = 'Overskrift\nAhmed\tb\nc\tAhmed og Ahmed\nSlut';
    expect(store.textOf(id)).toBe(text + '\n');
    expect(documentPlainText(doc as never)).toBe(text + '\n');
    expect(DocModel.fromJSON(doc as never).toJSON(id, 'Tabel')).toEqual(doc);
  });

  test('a failing request after insertTable leaves the document unchanged', () => {
    const { Docs, id } = tableSetup();
    Docs.Documents.batchUpdate({ requests: [{ insertText: { text: 'Før', location: { index: 1 } } }] }, id);
    const before = Docs.Documents.get(id);
    expect(() =>
      Docs.Documents.batchUpdate(
        {
          requests: [
            { insertTable: { rows: 3, columns: 5, location: { index: 1 } } },
            // 5 is the first cell's paragraph (the table starts at 2); 3 is the first row's own index.
            { insertText: { text: 'celle', location: { index: 5 } } },
            { insertText: { text: 'x', location: { index: 3 } } },
          ],
        },
        id,
      ),
    ).toThrow(
      'Invalid requests[2].insertText: The insertion index must be inside the bounds of an existing paragraph',
    );
    expect(Docs.Documents.get(id)).toEqual(before);
  });

  test('HTML and PDF show the table as a grid, text escaped', () => {
    const { Docs, store, id } = tableSetup();
    Docs.Documents.batchUpdate(
      { requests: [{ insertTable: { rows: 1, columns: 2, location: { index: 1 } } }] },
      id,
    );
    const starts = cellStarts((Docs.Documents.get(id) as Json).body.content[2]);
    Docs.Documents.batchUpdate(
      {
        requests: [
          { insertText: { text: '<b>Åse</b>', location: { index: starts[1] } } },
          { insertText: { text: 'Post', location: { index: starts[0] } } },
        ],
      },
      id,
    );
    const doc = Docs.Documents.get(id);
    const html = renderDocumentHtml(doc);
    expect(html).toContain('<table');
    expect(html.match(/<td/g)).toHaveLength(2);
    expect(html).not.toContain('<b>');
    expect(html).toContain('&#60;b&#62;Åse&#60;/b&#62;');
    const pdf = parsePdfText(renderPdf(doc));
    expect(pdf.pageTexts[0].split('\n')).toEqual(expect.arrayContaining(['Post', '<b>Åse</b>']));
    expect(pdf.subject).toBe(store.textOf(id));
  });
});
