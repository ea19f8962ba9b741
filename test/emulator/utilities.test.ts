import { createHash } from 'node:crypto';
import { setup } from './helpers';

describe('Utilities.formatDate uses real time zones', () => {
  test('a UTC instant near midnight lands on the right Copenhagen date, winter and summer', () => {
    const { g } = setup();
    const U = g.Utilities;
    // Winter (CET, UTC+1): 23:30Z is 00:30 the next day.
    expect(U.formatDate(new Date('2026-01-14T23:30:00Z'), 'Europe/Copenhagen', 'yyyy-MM-dd HH:mm')).toBe(
      '2026-01-15 00:30',
    );
    expect(U.formatDate(new Date('2026-01-14T22:30:00Z'), 'Europe/Copenhagen', 'yyyy-MM-dd HH:mm')).toBe(
      '2026-01-14 23:30',
    );
    // Summer (CEST, UTC+2): 22:30Z is 00:30 the next day.
    expect(U.formatDate(new Date('2026-06-11T22:30:00Z'), 'Europe/Copenhagen', 'yyyy-MM-dd HH:mm')).toBe(
      '2026-06-12 00:30',
    );
    // Across the switch to summer time on 29 March 2026 (02:00 → 03:00).
    expect(U.formatDate(new Date('2026-03-29T00:59:00Z'), 'Europe/Copenhagen', 'HH:mm z')).toBe('01:59 CET');
    expect(U.formatDate(new Date('2026-03-29T01:00:00Z'), 'Europe/Copenhagen', 'HH:mm z')).toBe('03:00 CEST');
    expect(U.formatDate(new Date('2026-06-11T22:30:00Z'), 'UTC', 'yyyy-MM-dd')).toBe('2026-06-11');
    expect(U.formatDate(new Date('2026-06-11T22:30:00Z'), 'GMT+1', 'HH:mm')).toBe('23:30');
  });

  test('pattern letters and quoted literals', () => {
    const { g } = setup();
    const d = new Date('2026-06-05T07:04:09Z');
    const f = (p: string) => g.Utilities.formatDate(d, 'Europe/Copenhagen', p);
    expect(f('d. MMMM yyyy')).toBe('5. June 2026');
    expect(f('dd/MM/yy')).toBe('05/06/26');
    expect(f('EEE d MMM')).toBe('Fri 5 Jun');
    expect(f('EEEE')).toBe('Friday');
    expect(f("yyyy-MM-dd'T'HH:mm:ss")).toBe('2026-06-05T09:04:09');
    expect(f("'kl.' H.mm")).toBe('kl. 9.04');
    expect(f('h:mm a')).toBe('9:04 AM');
    expect(f('Z')).toBe('+0200');
    expect(f("'It''s' yyyy")).toBe("It's 2026");
  });
});

describe('Utilities helpers', () => {
  test('formatString, getUuid, sleep', () => {
    const { emu, g } = setup();
    expect(g.Utilities.formatString('%s har %d moduler (%.1f%%)', 'Amina', 14, 93.33)).toBe(
      'Amina har 14 moduler (93.3%)',
    );
    const a = g.Utilities.getUuid();
    expect(a).toMatch(/^[0-9a-f-]{36}$/);
    expect(g.Utilities.getUuid()).not.toBe(a);
    const before = Date.now();
    g.Utilities.sleep(5000);
    expect(Date.now() - before).toBeLessThan(1000);
    expect(emu.slept).toEqual([5000]);
  });

  test('base64 and digests return Apps Script signed bytes', () => {
    const { g } = setup();
    const U = g.Utilities;
    expect(U.base64Encode('Bydelsmødre')).toBe(Buffer.from('Bydelsmødre').toString('base64'));
    expect(U.base64EncodeWebSafe([-5, -1, 63])).toBe('-_8_');
    expect(U.base64Decode(U.base64Encode([200 - 256, 1]))).toEqual([-56, 1]);
    const digest = U.computeDigest(U.DigestAlgorithm.SHA_256, 'abc');
    const expected = Array.from(createHash('sha256').update('abc').digest(), (b) => (b > 127 ? b - 256 : b));
    expect(digest).toEqual(expected);
    expect(U.computeDigest(U.DigestAlgorithm.MD5, 'abc')).toHaveLength(16);
    expect(U.Charset.UTF_8).toBe('UTF_8');
  });

  test('newBlob comes from the blob module', () => {
    const { emu, g } = setup();
    const blob = g.Utilities.newBlob('hej', 'text/plain', 'a.txt');
    expect(blob.getDataAsString()).toBe('hej');
    expect(blob.getName()).toBe('a.txt');
    expect(emu.calls.count('Utilities')).toBe(1);
  });
});
