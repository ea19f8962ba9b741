// The pure rules behind updatePerson and addPerson's warnings (src/core/people.ts).
import { UserError } from '../../src/core/errors';
import {
  nameKey,
  phoneKey,
  samePersonWarnings,
  validateNewPerson,
  validatePersonPatch,
} from '../../src/core/people';

const today = '2026-01-15';
const current = validateNewPerson(
  { name: 'Amal Hassan', phone: '+45 20 30 40 50', languages: 'somali', consentDate: '2025-12-01' },
  today,
);

function keyOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof UserError) return error.key;
    throw error;
  }
  return 'accepted';
}

describe('validatePersonPatch', () => {
  it('changes only the named fields; "" clears an optional one', () => {
    const v = validatePersonPatch(
      { phone: '', notes: 'Ring efter 16', infoMeetingDate: '2025-11-12' },
      current,
      today,
    );
    expect(v.fields).toEqual(['phone', 'notes', 'infoMeetingDate']);
    expect(v.person).toMatchObject({
      name: 'Amal Hassan',
      phone: '',
      notes: 'Ring efter 16',
      languages: 'somali',
    });
  });

  it('takes the follow-up answers Ja, Nej and "" (also typed in lower case)', () => {
    expect(validatePersonPatch({ activeVolunteer: 'ja', educationOrJob: '' }, current, today)).toMatchObject({
      activeVolunteer: 'Ja',
      educationOrJob: '',
    });
    expect(keyOf(() => validatePersonPatch({ activeVolunteer: 'Måske' }, current, today))).toBe(
      'peopleYesNo',
    );
    expect(keyOf(() => validatePersonPatch({ educationOrJob: true }, current, today))).toBe('peopleYesNo');
  });

  it.each([
    [{ name: '' }, 'peopleNameCannotBeCleared'],
    [{ name: '   ' }, 'peopleNameCannotBeCleared'],
    [{ name: '!!' }, 'peopleNameNeedsLetters'],
    [{ consentDate: '' }, 'peopleLanguagesNeedConsent'],
    [{ consentDate: '2026-02-01' }, 'peopleConsentInFuture'],
    [{ phone: 'abc' }, 'peopleInvalidPhone'],
    [{ interviewDate: '15-01-2026' }, 'invalidDate'],
    [{ status: 'Optaget' }, 'unknownField'],
  ])('refuses %p with %s', (patch, key) => {
    expect(keyOf(() => validatePersonPatch(patch, current, today))).toBe(key);
  });

  it('does not block a patch of other fields on a rule the sheet already broke by hand', () => {
    const handTyped = { ...current, consentDate: '' };
    expect(keyOf(() => validatePersonPatch({ phone: '20304050' }, handTyped, today))).toBe('accepted');
  });
});

describe('same-person warnings', () => {
  const others = [
    { id: 'P001', name: 'Fatima Al-Hassan', phone: '+45 20 30 40 50' },
    { id: 'P002', name: 'Hodan Ali', phone: '' },
  ];

  it('compare names ignoring case and every space, phones by their digits (+45 dropped)', () => {
    expect(nameKey('  fatima  al-hassan ')).toBe(nameKey('Fatima Al-Hassan'));
    expect(phoneKey('+45 20 30 40 50')).toBe('20304050');
    expect(phoneKey('0045 20304050')).toBe('20304050');
    expect(samePersonWarnings({ name: 'FATIMA AL-HASSAN', phone: '' }, others)).toEqual([
      { key: 'peopleWarnSameName', params: { name: 'Fatima Al-Hassan', id: 'P001' } },
    ]);
    expect(samePersonWarnings({ name: 'Ny', phone: '20 30 40 50' }, others)).toEqual([
      { key: 'peopleWarnSamePhone', params: { name: 'Fatima Al-Hassan', id: 'P001' } },
    ]);
  });

  it('leave her own row out, and warn about nothing for a new name and phone', () => {
    expect(samePersonWarnings({ name: 'Fatima Al-Hassan', phone: '' }, others, 'p001')).toEqual([]);
    expect(samePersonWarnings({ name: 'Fatima Hassan', phone: '12345' }, others)).toEqual([]);
    expect(samePersonWarnings({ name: 'Hodan Ali 2', phone: '' }, others)).toEqual([]);
  });
});

describe('missing and unknown marks (core/attendance)', () => {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { markGaps, statusText } =
    require('../../src/core/attendance') as typeof import('../../src/core/attendance');
  /* eslint-enable @typescript-eslint/no-require-imports */
  it('lists held empty cells as unrecorded and non-marks as unknown, and names them after the label', () => {
    const gaps = markGaps(['M', '', '', 'F'], [false, false, true, false], [true, true, true, false]);
    expect(gaps).toEqual({ unrecorded: [2], unknownMarks: [3] });
    expect(statusText('I risiko', gaps)).toBe('I risiko · mangler M2 · ukendt mærke i M3');
    expect(statusText('OK', { unrecorded: [], unknownMarks: [] })).toBe('OK');
  });
});
