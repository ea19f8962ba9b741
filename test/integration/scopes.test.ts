// Scopes (SPEC "Privacy and scopes"): appsscript.json lists exactly the four scopes, and no
// source file uses a service that would need a broader one.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '../..');
const ALLOWED_URLS = [
  'https://www.googleapis.com/drive/v3/files/',
  'https://www.googleapis.com/upload/drive/v3/files?uploadType=multipart',
  'https://docs.googleapis.com/v1/documents/',
];
const SPEC_SCOPES = [
  'https://www.googleapis.com/auth/spreadsheets.currentonly',
  'https://www.googleapis.com/auth/script.container.ui',
  'https://www.googleapis.com/auth/drive.file',
  'https://www.googleapis.com/auth/script.external_request',
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|js|html)$/.test(name) ? [path] : [];
  });
}

/** Source without comments, so a comment that names a forbidden service does not count. */
function code(path: string): string {
  return readFileSync(path, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

describe('appsscript.json', () => {
  for (const file of ['appsscript.json', 'dist/appsscript.json']) {
    it(`${file} lists exactly SPEC's four scopes, V8 and Europe/Copenhagen`, () => {
      const manifest = JSON.parse(readFileSync(join(ROOT, file), 'utf8'));
      expect([...manifest.oauthScopes].sort()).toEqual([...SPEC_SCOPES].sort());
      expect(manifest.runtimeVersion).toBe('V8');
      expect(manifest.timeZone).toBe('Europe/Copenhagen');
      // UrlFetch may reach Drive's files (export, copy, trash), Drive's multipart upload and
      // Docs' documents (batchUpdate) only: the REST endpoints of the diploma waves.
      expect(manifest.urlFetchWhitelist).toEqual(ALLOWED_URLS);
    });
  }
});

describe('the code uses no service that needs a broader scope', () => {
  const sources = files(join(ROOT, 'src'));
  const FORBIDDEN: [string, RegExp][] = [
    ['DriveApp (full Drive)', /\bDriveApp\b/],
    ['DocumentApp (documents scope)', /\bDocumentApp\b/],
    [
      'SpreadsheetApp.openById/openByUrl/open/create (full spreadsheets)',
      /SpreadsheetApp\s*\.\s*(openById|openByUrl|open|create)\b/,
    ],
    ['GmailApp / MailApp', /\b(GmailApp|MailApp)\b/],
    ['CalendarApp / FormApp / SlidesApp', /\b(CalendarApp|FormApp|SlidesApp)\b/],
    ['time-driven or installable triggers', /ScriptApp\s*\.\s*newTrigger\b|\.timeBased\s*\(/],
    ['Sheets advanced service', /\bSheets\s*\.\s*Spreadsheets\b/],
  ];

  it('has source files to check', () => {
    expect(sources.length).toBeGreaterThan(30);
  });

  it.each(FORBIDDEN)('no %s', (_what, re) => {
    const hits = sources.filter((f) => re.test(code(f))).map((f) => relative(ROOT, f));
    expect(hits).toEqual([]);
  });

  it('fetches only the whitelisted Drive and Docs URLs, in two adapters', () => {
    const fetchers = sources
      .filter((f) => /UrlFetchApp\s*\.\s*fetch/.test(code(f)))
      .map((f) => relative(ROOT, f));
    expect(fetchers.sort()).toEqual(['src/server/google/pdfExport.ts', 'src/server/google/rest.ts']);
    const urls = fetchers.flatMap((f) =>
      [...code(join(ROOT, f)).matchAll(/https?:\/\/[^'"`\s]+/g)].map((m) => m[0]),
    );
    expect([...new Set(urls)].sort()).toEqual([...ALLOWED_URLS].sort());
    // Every URL the code builds starts with a whitelisted prefix.
    for (const url of urls) expect(ALLOWED_URLS.some((prefix) => url.startsWith(prefix))).toBe(true);
  });

  it('the built Code.js holds none of them either', () => {
    const bundle = code(join(ROOT, 'dist/Code.js'));
    for (const [what, re] of FORBIDDEN) expect([what, re.test(bundle)]).toEqual([what, false]);
    const urls = [...bundle.matchAll(/https?:\/\/[^'"`\s)]+/g)]
      .map((m) => m[0])
      .filter((u) => !/^https:\/\/(docs|drive)\.google\.com\//.test(u));
    expect([...new Set(urls)].sort()).toEqual([...ALLOWED_URLS].sort());
  });
});
