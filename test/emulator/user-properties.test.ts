// User properties across spreadsheets. Google's Properties service reference: getUserProperties()
// "Gets a property store that only the current user can access, and only within this script";
// getDocumentProperties() is a store "that all users can access within the open document" —
// so a second spreadsheet of the same user (the same add-on) sees the first one's user
// properties, but not its document properties. Properties hold at most 9 KB per value.
// (https://developers.google.com/apps-script/reference/properties/properties-service)
import { createEmulator, PROPERTY_VALUE_LIMIT, typedGlobals } from '../../dev/emulator';

describe('createEmulator({ sameUserAs })', () => {
  it('shares the user properties and Drive, not the document properties or the spreadsheet', () => {
    const first = createEmulator();
    const a = typedGlobals(first);
    a.PropertiesService.getUserProperties().setProperty('k', 'v');
    a.PropertiesService.getDocumentProperties().setProperty('doc', 'first');
    a.SpreadsheetApp.getActiveSpreadsheet().insertSheet('Kun i det første');
    const folder = first.drive.addFile({ name: 'Mappe', mimeType: 'application/vnd.google-apps.folder' });

    const second = createEmulator({ sameUserAs: first });
    const b = typedGlobals(second);
    expect(b.PropertiesService.getUserProperties().getProperty('k')).toBe('v');
    expect(b.PropertiesService.getDocumentProperties().getProperty('doc')).toBeNull();
    expect(b.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Kun i det første')).toBeNull();
    expect(second.drive.files().some((f) => f.id === folder)).toBe(true);

    b.PropertiesService.getUserProperties().setProperty('k2', 'from the second');
    expect(a.PropertiesService.getUserProperties().getProperty('k2')).toBe('from the second');
    // A user that is someone else sees nothing.
    const other = typedGlobals(createEmulator());
    expect(other.PropertiesService.getUserProperties().getProperty('k')).toBeNull();
  });

  it('enforces the 9 KB value limit in the user store too, and setProperties(…, true) replaces it whole', () => {
    const u = typedGlobals(createEmulator()).PropertiesService.getUserProperties();
    expect(() => u.setProperty('big', 'x'.repeat(PROPERTY_VALUE_LIMIT + 1))).toThrow(/too large/i);
    u.setProperties({ a: '1', b: '2' });
    u.setProperties({ c: '3' }, true);
    expect(u.getProperties()).toEqual({ c: '3' });
    // A batch with one value too large stores nothing of it.
    expect(() => u.setProperties({ d: '4', e: 'x'.repeat(PROPERTY_VALUE_LIMIT + 1) }, true)).toThrow();
    expect(u.getProperties()).toEqual({ c: '3' });
  });
});
