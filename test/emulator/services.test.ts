import { LOCK_TIMEOUT_MESSAGE, FAKE_OAUTH_TOKEN } from '../../dev/emulator';
import { setup } from './helpers';

describe('Ui', () => {
  test('menus with items, separators and sub-menus are recorded', () => {
    const { emu, g } = setup();
    const ui = g.SpreadsheetApp.getUi();
    const sub = ui.createMenu('Mere').addItem('Eksport', 'menuExport');
    ui.createAddonMenu().addItem('Opsæt', 'menuSetup').addSeparator().addSubMenu(sub).addToUi();
    ui.createMenu('Bydelsmødre').addItem('Åbn', 'menuOpen').addToUi();
    expect(emu.ui.menus).toEqual([
      {
        name: 'Add-on',
        addon: true,
        items: [
          { caption: 'Opsæt', functionName: 'menuSetup' },
          { separator: true },
          {
            subMenu: {
              name: 'Mere',
              addon: false,
              items: [{ caption: 'Eksport', functionName: 'menuExport' }],
            },
          },
        ],
      },
      { name: 'Bydelsmødre', addon: false, items: [{ caption: 'Åbn', functionName: 'menuOpen' }] },
    ]);
    ui.createAddonMenu().addItem('Opsæt', 'menuSetup').addToUi();
    expect(emu.ui.menus).toHaveLength(2);
  });

  test('sidebars and dialogs record title, html and size', () => {
    const { emu, g } = setup({
      htmlFiles: (name) => (name === 'sidebar' ? '<p>hej</p>' : (undefined as unknown as string)),
    });
    const ui = g.SpreadsheetApp.getUi();
    ui.showSidebar(g.HtmlService.createHtmlOutputFromFile('sidebar').setTitle('Bydelsmødre'));
    ui.showModalDialog(g.HtmlService.createHtmlOutput('<b>x</b>').setWidth(400).setHeight(200), 'Diplomer');
    ui.showModelessDialog(g.HtmlService.createHtmlOutput('y'), 'Fri');
    expect(emu.ui.sidebars).toEqual([{ title: 'Bydelsmødre', html: '<p>hej</p>', width: 300 }]);
    expect(emu.ui.dialogs).toEqual([
      { title: 'Diplomer', html: '<b>x</b>', width: 400, height: 200, modal: true },
      { title: 'Fri', html: 'y', width: 300, height: 500, modal: false },
    ]);
    expect(() => g.HtmlService.createHtmlOutputFromFile('missing')).toThrow(
      'No HTML file named missing was found.',
    );
  });

  test('alert overloads return queued buttons, then OK; prompt returns queued text', () => {
    const { emu, g } = setup();
    const ui = g.SpreadsheetApp.getUi();
    emu.ui.alertResponses.push(String(ui.Button.NO));
    expect(ui.alert('Titel', 'Slet?', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    expect(ui.alert('Besked')).toBe(ui.Button.OK);
    expect(ui.alert('Sikker?', ui.ButtonSet.OK_CANCEL)).toBe('OK');
    expect(emu.ui.alerts.map((a) => [a.title, a.prompt, a.buttons])).toEqual([
      ['Titel', 'Slet?', 'YES_NO'],
      ['', 'Besked', 'OK'],
      ['', 'Sikker?', 'OK_CANCEL'],
    ]);
    emu.ui.promptResponses.push({ text: 'P007', button: 'OK' });
    const res = ui.prompt('ID?');
    expect([res.getResponseText(), res.getSelectedButton()]).toEqual(['P007', ui.Button.OK]);
    expect(ui.prompt('Igen', 'ID?', ui.ButtonSet.OK_CANCEL).getResponseText()).toBe('');
  });
});

describe('HtmlService', () => {
  test('HtmlOutput accessors and enums', () => {
    const { g } = setup();
    const out = g.HtmlService.createHtmlOutput('<p>a</p>')
      .append('<p>b</p>')
      .setTitle('T')
      .setSandboxMode(g.HtmlService.SandboxMode.IFRAME)
      .setXFrameOptionsMode(g.HtmlService.XFrameOptionsMode.DEFAULT)
      .addMetaTag('viewport', 'width=device-width');
    expect(out.getContent()).toBe('<p>a</p><p>b</p>');
    expect(out.getTitle()).toBe('T');
    expect(out.setWidth(320).getWidth()).toBe(320);
    expect(g.HtmlService.XFrameOptionsMode.ALLOWALL).toBe('ALLOWALL');
  });
});

describe('PropertiesService', () => {
  test('three separate stores with string values', () => {
    const { g } = setup();
    const doc = g.PropertiesService.getDocumentProperties();
    doc.setProperty('modules', 15 as unknown as string);
    expect(doc.getProperty('modules')).toBe('15');
    expect(g.PropertiesService.getScriptProperties().getProperty('modules')).toBeNull();
    expect(g.PropertiesService.getUserProperties().getProperty('modules')).toBeNull();
    doc.setProperties({ a: '1', b: 'true' });
    expect(doc.getProperties()).toEqual({ modules: '15', a: '1', b: 'true' });
    doc.setProperties({ c: '3' }, true);
    expect(doc.getKeys()).toEqual(['c']);
    doc.deleteProperty('c');
    expect(doc.getProperty('c')).toBeNull();
    doc.setProperty('x', 'y');
    doc.deleteAllProperties();
    expect(doc.getKeys()).toEqual([]);
    const props = doc.getProperties();
    props.z = 'mutated';
    expect(doc.getProperty('z')).toBeNull();
  });

  test('a value over 9 KB is refused and nothing is stored; the store is capped at 500 KB', () => {
    const { g } = setup();
    const doc = g.PropertiesService.getDocumentProperties();
    doc.setProperty('ok', 'x'.repeat(9 * 1024));
    expect(() => doc.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow('Argument too large: value');
    expect(() => doc.setProperties({ small: '1', big: 'æ'.repeat(5000) })).toThrow(
      'Argument too large: value',
    );
    expect(doc.getKeys()).toEqual(['ok']);
    for (let i = 0; i < 55; i++) doc.setProperty(`k${i}`, 'x'.repeat(9000));
    expect(() => doc.setProperty('one-more', 'x'.repeat(9000))).toThrow(/property storage quota/);
  });
});

describe('CacheService', () => {
  test('put/get/getAll/remove with expiry by the emulator clock', () => {
    const { emu, g } = setup();
    let t = 1_000_000;
    emu.now = () => t;
    const cache = g.CacheService.getDocumentCache()!;
    cache.put('a', '1', 60);
    cache.putAll({ b: '2', c: '3' }, 120);
    expect(cache.get('a')).toBe('1');
    expect(g.CacheService.getScriptCache().get('a')).toBeNull();
    t += 61_000;
    expect(cache.get('a')).toBeNull();
    expect(cache.getAll(['a', 'b', 'c'])).toEqual({ b: '2', c: '3' });
    cache.remove('b');
    cache.removeAll(['c']);
    expect(cache.getAll(['b', 'c'])).toEqual({});
    expect(() => cache.put('k'.repeat(251), 'v')).toThrow('Argument too large: key');
    expect(() => cache.put('big', 'x'.repeat(100 * 1024 + 1))).toThrow('Argument too large: value');
  });
});

describe('LockService', () => {
  test('granted when available; refused and timed out when another user holds it', () => {
    const { emu, g } = setup();
    const lock = g.LockService.getDocumentLock();
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
    emu.lock.available = false;
    expect(g.LockService.getScriptLock().tryLock(1000)).toBe(false);
    expect(() => g.LockService.getUserLock().waitLock(30000)).toThrow(LOCK_TIMEOUT_MESSAGE);
    expect(LOCK_TIMEOUT_MESSAGE).toBe('Lock timeout: another process was holding the lock for too long.');
  });
});

describe('Session and ScriptApp', () => {
  test('user, locale and time zone come from the options', () => {
    const { g } = setup({ userEmail: 'hanne@example.dk', locale: 'da_DK', timeZone: 'Europe/Copenhagen' });
    expect(g.Session.getActiveUser().getEmail()).toBe('hanne@example.dk');
    expect(g.Session.getEffectiveUser().getEmail()).toBe('hanne@example.dk');
    expect(g.Session.getActiveUserLocale()).toBe('da');
    expect(g.Session.getScriptTimeZone()).toBe('Europe/Copenhagen');
    expect(g.Session.getTemporaryActiveUserKey()).toEqual(expect.any(String));
  });

  test('OAuth token, enums, and no triggers', () => {
    const { emu, g } = setup();
    expect(g.ScriptApp.getOAuthToken()).toBe(FAKE_OAUTH_TOKEN);
    emu.oauthToken = 'revoked';
    expect(g.ScriptApp.getOAuthToken()).toBe('revoked');
    expect(g.ScriptApp.AuthMode.LIMITED).toBe('LIMITED');
    expect(g.ScriptApp.AuthMode.FULL).toBe('FULL');
    expect(g.ScriptApp.TriggerSource.SPREADSHEETS).toBe('SPREADSHEETS');
    expect(g.ScriptApp.getScriptId()).toEqual(expect.any(String));
    expect(() => g.ScriptApp.newTrigger('remind')).toThrow(/not allowed/);
  });
});

describe('Logger and console', () => {
  test('captured into emu.logs, not printed', () => {
    const { emu, g } = setup();
    const spy = jest.spyOn(process.stdout, 'write');
    g.Logger.log('rows=%s', 3);
    g.Logger.log({ a: 1 });
    g.console.log('hej', 2);
    g.console.error('fejl');
    expect(emu.logs).toEqual(['rows=3', '{ a: 1 }', 'hej 2', 'fejl']);
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });
});
