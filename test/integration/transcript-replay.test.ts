// Every selfTest transcript in test/fixtures/google/*.json (docs/deploy.md: a deployer copies
// it from the self-test dialog in real Google) is replayed against the emulator: selfTest runs
// in the emulator in the transcript's reading, time zone and locale, and every probe — call,
// input, observed value — must come out the same. A difference means the emulator (our model
// of Google) is wrong there, or the add-on changed what it probes: either way a test fails.
//
// The shipped emulator-unconfirmed-*.json was made by the emulator itself and is marked so
// (confirmedInGoogle: false, and its file name). Regenerate it after changing selfTest's probes:
//   UPDATE_TRANSCRIPT=1 npx jest test/integration/transcript-replay.test.ts
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { harness } from '../helpers/harness';
import type { SelfTestTranscript } from '../../src/shared/privacy';
import type { ApostropheReading } from '../../dev/emulator';

const DIR = join(__dirname, '../fixtures/google');
const SHIPPED = (reading: ApostropheReading) => `emulator-unconfirmed-${reading}.json`;

let quiet: jest.SpyInstance[] = [];
beforeEach(() => {
  quiet = [
    jest.spyOn(console, 'log').mockImplementation(() => undefined),
    jest.spyOn(console, 'error').mockImplementation(() => undefined),
  ];
});
afterEach(() => {
  for (const spy of quiet) spy.mockRestore();
});

/** selfTest's transcript from a fresh, set-up emulator in the given reading, zone and locale. */
function emulatorTranscript(
  reading: ApostropheReading,
  timeZone?: string,
  locale?: string,
): SelfTestTranscript {
  const h = harness({
    today: '2026-01-15',
    plainTextApostrophe: reading,
    timeZone: timeZone || undefined,
    locale: locale || undefined,
  });
  h.api.setupWorkbook();
  return h.api.selfTest().transcript;
}

/** Writes the emulator-made transcript, marked as not confirmed in Google. */
function writeShipped(reading: ApostropheReading): void {
  const { log, error } = console;
  console.log = () => undefined;
  console.error = () => undefined;
  try {
    const { format, plainTextApostrophe, timeZone, locale, probes } = emulatorTranscript(reading);
    // The marks first, where a reader sees them.
    const marked: SelfTestTranscript = {
      format,
      producedBy: 'emulator',
      confirmedInGoogle: false,
      plainTextApostrophe,
      timeZone,
      locale,
      probes,
    };
    writeFileSync(join(DIR, SHIPPED(reading)), `${JSON.stringify(marked, null, 1)}\n`);
  } finally {
    console.log = log;
    console.error = error;
  }
}

// Before the folder is read, so the replay below checks the file just written.
if (process.env.UPDATE_TRANSCRIPT === '1') writeShipped('keep');

const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));

test('test/fixtures/google holds at least the shipped emulator transcript, clearly marked', () => {
  expect(files).toContain(SHIPPED('keep'));
  const shipped = JSON.parse(readFileSync(join(DIR, SHIPPED('keep')), 'utf8')) as SelfTestTranscript;
  expect(shipped.confirmedInGoogle).toBe(false);
  expect(shipped.producedBy).toBe('emulator');
});

const each = files.length > 0 ? describe.each(files.map((f) => [f])) : null;
each?.('replay of %s', (file) => {
  const transcript = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as SelfTestTranscript;

  test('is a selfTest transcript that names its reading; an unconfirmed one says so in its name', () => {
    expect(transcript.format).toBe('bydelsmoedre-selftest/1');
    expect(['keep', 'drop']).toContain(transcript.plainTextApostrophe);
    expect(Array.isArray(transcript.probes) && transcript.probes.length > 0).toBe(true);
    if (transcript.confirmedInGoogle === false || transcript.producedBy === 'emulator') {
      expect(transcript.confirmedInGoogle).toBe(false);
      expect(file).toMatch(/unconfirmed/);
    }
  });

  test("every probe comes out the same in the emulator, run in the transcript's reading", () => {
    const reading = transcript.plainTextApostrophe as ApostropheReading;
    const replayed = emulatorTranscript(reading, transcript.timeZone, transcript.locale);
    const mine = new Map(replayed.probes.map((p) => [p.probe, p]));
    const differences: string[] = [];
    for (const p of transcript.probes) {
      const r = mine.get(p.probe);
      if (!r) {
        differences.push(`${p.probe}: not probed by this selfTest`);
        continue;
      }
      if (JSON.stringify(r.input) !== JSON.stringify(p.input))
        differences.push(`${p.probe}: input ${JSON.stringify(p.input)} ≠ ${JSON.stringify(r.input)}`);
      if (JSON.stringify(r.observed) !== JSON.stringify(p.observed)) {
        differences.push(
          `${p.probe} (${p.call}): Google ${JSON.stringify(p.observed)} — emulator ${JSON.stringify(r.observed)}`,
        );
      }
    }
    const known = new Set(transcript.probes.map((p) => p.probe));
    for (const p of replayed.probes)
      if (!known.has(p.probe))
        differences.push(`${p.probe}: not in the transcript (regenerate or ask for a new one)`);
    expect(replayed.plainTextApostrophe).toBe(reading);
    expect(differences).toEqual([]);
  });
});
