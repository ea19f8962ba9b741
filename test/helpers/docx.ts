// A small but real Word file (.docx) for tests: a zip (deflated entries, CRC-32, central
// directory) holding the parts Word itself writes for a one-section document with a header.
// Word opens such a file; our emulator's Drive converts it like any other .docx.
import { deflateRawSync } from 'node:zlib';

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A zip of the given files (name → content), deflated. */
export function zip(files: Record<string, string | Buffer>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const data = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
    const packed = deflateRawSync(data);
    const nameBytes = Buffer.from(name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    locals.push(local, nameBytes, packed);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One paragraph; a string array is one run per piece (Word often splits a field over runs). */
export type DocxParagraph = string | { runs: string[]; center?: boolean; bold?: boolean; size?: number };

function paragraphXml(p: DocxParagraph): string {
  const spec = typeof p === 'string' ? { runs: [p] } : p;
  const props = spec.center ? '<w:pPr><w:jc w:val="center"/></w:pPr>' : '';
  const runProps =
    spec.bold || spec.size
      ? `<w:rPr>${spec.bold ? '<w:b/>' : ''}${spec.size ? `<w:sz w:val="${spec.size * 2}"/>` : ''}</w:rPr>`
      : '';
  return `<w:p>${props}${spec.runs.map((r) => `<w:r>${runProps}<w:t xml:space="preserve">${esc(r)}</w:t></w:r>`).join('')}</w:p>`;
}

const W =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** A .docx: body paragraphs, an optional header, A4 landscape unless told otherwise. */
export function makeDocx(body: DocxParagraph[], opts: { header?: string; landscape?: boolean } = {}): Buffer {
  const landscape = opts.landscape ?? true;
  const size = landscape
    ? '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>'
    : '<w:pgSz w:w="11906" w:h="16838"/>';
  const headerRef = opts.header ? '<w:headerReference w:type="default" r:id="rIdHeader1"/>' : '';
  const files: Record<string, string> = {
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
      (opts.header
        ? '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
        : '') +
      '</Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/_rels/document.xml.rels':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      (opts.header
        ? '<Relationship Id="rIdHeader1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
        : '') +
      '</Relationships>',
    'word/document.xml':
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body.map(paragraphXml).join('')}` +
      `<w:sectPr>${headerRef}${size}<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134"/></w:sectPr></w:body></w:document>`,
  };
  if (opts.header)
    files['word/header1.xml'] =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr ${W}>${paragraphXml(opts.header)}</w:hdr>`;
  return zip(files);
}

/** Her diploma from last year, as Word would save it: every field, one split over runs. */
export function diplomaDocx(): Buffer {
  return makeDocx(
    [
      { runs: ['DIPLOM'], center: true, bold: true, size: 40 },
      { runs: ['{{Na', 'vn}}'], center: true, size: 28 },
      { runs: ['har gennemført Bydelsmødreuddannelsen på holdet {{Holdnavn}}'], center: true },
      { runs: ['{{Sted}}, {{Dato}}'], center: true },
      { runs: ['{{Underskriver}}'], center: true },
    ],
    { header: 'Ballerup Kommune' },
  );
}
