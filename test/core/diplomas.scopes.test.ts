// SPEC "Privacy and scopes": diplomas and the report are made with the Drive v3 and Docs v1
// advanced services under `drive.file`. DriveApp and DocumentApp would make Apps Script
// request full Drive and `documents` scopes, and SpreadsheetApp.openById full
// `spreadsheets`; none of them may appear in the add-on's code.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|js|html)$/.test(name) ? [path] : [];
  });
}

describe('scopes', () => {
  test('no source file names DriveApp, DocumentApp or SpreadsheetApp.openById/openByUrl', () => {
    const files = sourceFiles(join(ROOT, 'src'));
    expect(files.length).toBeGreaterThan(10);
    const offenders: string[] = [];
    for (const file of files) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (/\bDriveApp\b|\bDocumentApp\b|SpreadsheetApp\s*\.\s*openBy(Id|Url)\b/.test(line)) {
            offenders.push(`${relative(ROOT, file)}:${i + 1}: ${line.trim()}`);
          }
        });
    }
    expect(offenders).toEqual([]);
  });

  test('appsscript.json lists exactly the four scopes of SPEC, and Drive v3 / Docs v1', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'appsscript.json'), 'utf8')) as {
      oauthScopes: string[];
      dependencies: { enabledAdvancedServices: { userSymbol: string; serviceId: string; version: string }[] };
    };
    expect([...manifest.oauthScopes].sort()).toEqual(
      [
        'https://www.googleapis.com/auth/spreadsheets.currentonly',
        'https://www.googleapis.com/auth/script.container.ui',
        'https://www.googleapis.com/auth/drive.file',
        'https://www.googleapis.com/auth/script.external_request',
      ].sort(),
    );
    expect(manifest.dependencies.enabledAdvancedServices).toEqual(
      expect.arrayContaining([
        { userSymbol: 'Drive', serviceId: 'drive', version: 'v3' },
        { userSymbol: 'Docs', serviceId: 'docs', version: 'v1' },
      ]),
    );
  });
});
