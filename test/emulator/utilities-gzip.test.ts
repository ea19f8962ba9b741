// Utilities.gzip / ungzip, as Google's Utilities reference describes them
// (https://developers.google.com/apps-script/reference/utilities/utilities):
// gzip(data) "gzip-compresses the provided Blob data and returns it in a new Blob object",
// gzip(data, name) names that Blob; ungzip(src) "Uncompresses a Blob object and returns a
// Blob containing the uncompressed data". The saved cohort setup relies on the round trip
// text → gzip → base64Encode → base64Decode → ungzip → text (src/server/api/savedSetup.ts).
import { gunzipSync } from 'node:zlib';
import { createEmulator, typedGlobals } from '../../dev/emulator';

describe('Utilities.gzip / ungzip', () => {
  const emu = createEmulator();
  const { Utilities } = typedGlobals(emu);

  it('compresses to real gzip data in a new Blob and back, æøå and emoji intact', () => {
    const text = 'Bydelsmødre – Ørestad, Åbyhøj 🌍 '.repeat(200);
    const blob = Utilities.newBlob(text, 'application/json', 'setup.json');
    const zipped = Utilities.gzip(blob);
    expect(zipped.getContentType()).toBe('application/x-gzip');
    const bytes = zipped.getBytes();
    expect(bytes.length).toBeLessThan(Buffer.byteLength(text) / 5);
    expect(gunzipSync(Buffer.from(bytes.map((b) => b & 0xff))).toString('utf8')).toBe(text);
    const back = Utilities.ungzip(
      Utilities.newBlob(Utilities.base64Decode(Utilities.base64Encode(bytes)), 'application/x-gzip'),
    );
    expect(back.getDataAsString('UTF-8')).toBe(text);
    expect(blob.getDataAsString()).toBe(text);
  });

  it('names the Blob when asked, counts as Utilities calls, and refuses data that is not gzip', () => {
    expect(Utilities.gzip(Utilities.newBlob('x'), 'a.gz').getName()).toBe('a.gz');
    emu.calls.reset();
    Utilities.ungzip(Utilities.gzip(Utilities.newBlob('abc')));
    expect(emu.calls.count('Utilities')).toBeGreaterThanOrEqual(2);
    expect(() => Utilities.ungzip(Utilities.newBlob('not gzip at all'))).toThrow();
    expect(() => Utilities.gzip('text' as never)).toThrow();
  });
});
