// The built dist/ is what Apps Script runs: these tests load dist/Code.js as a classic script
// in node:vm (as Apps Script does) and check its shape against src/server/index.ts.
// `npm test` builds first; a missing stub, an ESM bundle or a leaked helper fails here.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as vm from 'node:vm';
import { createEmulator } from '../../dev/emulator';
import * as serverModule from '../../src/server/index';
import type { ServerApi } from '../../src/shared/api';
import { PAGES } from '../../src/server/menu';

const dist = join(__dirname, '../../dist');
const code = readFileSync(join(dist, 'Code.js'), 'utf8');
const publicNames = Object.keys(serverModule).sort();

/** Top-level functions a classic script defines, seen from a bare vm context. */
function topLevelFunctions(source: string): string[] {
  const context = vm.createContext({});
  new vm.Script(source, { filename: 'Code.js' }).runInContext(context);
  return Object.keys(context)
    .filter((name) => typeof (context as Record<string, unknown>)[name] === 'function')
    .sort();
}

describe('dist/Code.js', () => {
  it('is a classic script: no import or export statement', () => {
    expect(code).not.toMatch(/^\s*import\s/m);
    expect(code).not.toMatch(/^\s*export\s/m);
    expect(() => new vm.Script(code)).not.toThrow();
  });

  it('defines exactly the public surface of src/server/index.ts as top-level functions', () => {
    expect(publicNames.length).toBeGreaterThan(10);
    expect(topLevelFunctions(code)).toEqual(publicNames);
  });

  it('keeps internal helpers unreachable (only the bundle object is a non-function global)', () => {
    const context = vm.createContext({});
    new vm.Script(code).runInContext(context);
    const nonFunctions = Object.keys(context).filter(
      (n) => typeof (context as Record<string, unknown>)[n] !== 'function',
    );
    expect(nonFunctions).toEqual(['__bydelsmoedre']);
    // e.g. the table layer's openTable is bundled but not a global
    expect((context as Record<string, unknown>).openTable).toBeUndefined();
  });

  it('keeps every name (a stack trace names the function) and targets an engine Apps Script V8 runs', () => {
    // White space is shortened to fit the 300 KB budget; identifiers never are.
    for (const name of ['refuseFutureModule', 'validateRecord', 'recordAttendance', 'generateDiplomas']) {
      expect(code).toMatch(new RegExp(`function ${name}\\(`));
    }
    expect(code).not.toMatch(/\?\?=|\|\|=|&&=/); // ES2021 logical assignment is transpiled away
  });

  it('defines every function the sidebars call as a top-level function', () => {
    // That src/server/index.ts implements ServerApi is a compile-time check
    // (src/server/contract.ts, run by `npm run lint`); here: the built bundle has each of them.
    const wanted: (keyof ServerApi)[] = [
      'setupWorkbook',
      'getSettings',
      'saveSettings',
      'addPerson',
      'setPersonStatus',
      'recordAttendance',
      'getAttendance',
      'addExpense',
      'getBudget',
      'generateDiplomas',
      'createReport',
      'exportPerson',
      'deletePerson',
    ];
    const defined = topLevelFunctions(code);
    for (const name of wanted) expect(defined).toContain(name);
  });
});

describe('onOpen in the built bundle', () => {
  it('builds the add-on menu in AuthMode.NONE touching nothing that needs authorisation', () => {
    const emu = createEmulator();
    const ctx = emu.loadScript(code, 'Code.js') as Record<string, (...a: unknown[]) => unknown>;
    emu.calls.reset();
    ctx.onOpen({ authMode: 'NONE' });
    const services = Object.keys(emu.calls.snapshot());
    expect(services).toEqual(['Ui']);
    expect(emu.ui.menus.length).toBe(1);
    const menu = emu.ui.menus[0];
    const items = menu.items.filter((i: { functionName?: string }) => i.functionName);
    expect(items.length).toBeGreaterThanOrEqual(10);
    for (const item of items) expect(publicNames).toContain(item.functionName);
    // Danish by default
    expect(items.map((i) => i.caption)).toContain('Registrér fremmøde');
  });

  it('onInstall adds the same menu', () => {
    const emu = createEmulator();
    const ctx = emu.loadScript(code, 'Code.js') as Record<string, (...a: unknown[]) => unknown>;
    ctx.onInstall({ authMode: 'FULL' });
    expect(emu.ui.menus.length).toBe(1);
  });
});

describe('dist/ pages and manifest', () => {
  it('a page carries the messages its code names, in both languages, and no others', () => {
    // scripts/build.mjs cuts each page's message tables down to the keys its sources name.
    const settings = readFileSync(join(dist, 'settings.html'), 'utf8');
    expect(settings).toContain('Bevilling'); // settingsFieldGrant, da
    expect(settings).toContain('Grant'); // settingsFieldGrant, en
    expect(settings).not.toContain('Application (draft)'); // draftDocName (en): the server's Doc title
    const report = readFileSync(join(dist, 'report.html'), 'utf8');
    expect(report).not.toContain('Bevilling og periode'); // uiSettingsMoney: the settings page's own
    for (const page of PAGES)
      expect(readFileSync(join(dist, `${page}.html`), 'utf8')).not.toContain('Application (draft)');
  });

  it('has one self-contained page per sidebar, under 100 KB, loading nothing from outside', () => {
    for (const page of PAGES) {
      const file = join(dist, `${page}.html`);
      expect(existsSync(file)).toBe(true);
      const html = readFileSync(file, 'utf8');
      expect(statSync(file).size).toBeLessThan(100 * 1024);
      expect(html).not.toMatch(/<script[^>]+src=/i);
      expect(html).not.toMatch(/<link[^>]+href=/i);
      expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org)/i);
    }
  });

  it('copies appsscript.json with exactly SPEC scopes', () => {
    const manifest = JSON.parse(readFileSync(join(dist, 'appsscript.json'), 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBe('Europe/Copenhagen');
    expect([...manifest.oauthScopes].sort()).toEqual(
      [
        'https://www.googleapis.com/auth/drive.file',
        'https://www.googleapis.com/auth/script.container.ui',
        'https://www.googleapis.com/auth/script.external_request',
        'https://www.googleapis.com/auth/spreadsheets.currentonly',
      ].sort(),
    );
    expect(readdirSync(dist).filter((f) => f.endsWith('.js'))).toEqual(['Code.js']);
  });
});
