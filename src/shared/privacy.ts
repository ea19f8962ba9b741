// Types for the data-protection sidebar and the self-test beyond SPEC's API.

/**
 * An applicant whose `Slettes` date has come (that day or later). The name is included: the
 * list is the coordinator's own data, shown only in her sidebar so she can see whom to delete
 * (an ID alone would send her back to the sheet); it is never logged.
 */
export interface RetentionReminder {
  id: string;
  name: string;
  status: string;
  /** 'YYYY-MM-DD' */
  deleteAfter: string;
  /** Her row in `Personer` (1-based). */
  row: number;
}

export interface SelfTestStep {
  /** A stable technical name, e.g. 'sheetValuesEmpty' (the deployer's checklist uses them). */
  name: string;
  ok: boolean;
  /** What was seen; on failure the service's message. Never personal data. */
  detail: string;
}

/** A JSON value, as a transcript holds it. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** One behaviour selfTest probed: the call, what went in, what came back (JSON). */
export interface SelfTestProbe {
  /** A stable key, unique in a transcript, e.g. 'plainText.apostrophe'. */
  probe: string;
  /** The Apps Script call(s), e.g. 'Range.setValue + getValue (cell formatted @)'. */
  call: string;
  input: JsonValue;
  observed: JsonValue;
}

/**
 * The machine-readable record of a selfTest run, for test/fixtures/google/ (docs/deploy.md):
 * replayed against the emulator in the same reading, every difference fails a test.
 */
export interface SelfTestTranscript {
  format: 'bydelsmoedre-selftest/1';
  /** What made it: 'selfTest' (copied from the dialog) or 'emulator' (made by the tests). */
  producedBy: 'selfTest' | 'emulator';
  /** false marks a transcript not (yet) produced in real Google. Absent: from selfTest. */
  confirmedInGoogle?: boolean;
  /** Whether a leading apostrophe written into a plain-text cell stayed; null when not found. */
  plainTextApostrophe: 'keep' | 'drop' | null;
  timeZone: string;
  locale: string;
  probes: SelfTestProbe[];
}

export interface SelfTestResult {
  ok: boolean;
  steps: SelfTestStep[];
  /** The reading this Google has (README, "Text cells"); null when its step failed. */
  plainTextApostrophe: 'keep' | 'drop' | null;
  transcript: SelfTestTranscript;
}

export interface PrivacyExtraApi {
  getRetentionReminders(): RetentionReminder[];
  selfTest(): SelfTestResult;
}
