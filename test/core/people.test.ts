import type { AttendanceStatus } from '../../src/shared/api';
import { PERSON_STATUSES } from '../../src/shared/api';
import {
  nextPersonId,
  planStatusChange,
  retentionDue,
  validateNewPerson,
  type StatusChange,
} from '../../src/core/people';
import { UserError } from '../../src/core/errors';
import { t } from '../../src/core/i18n';

const TODAY = '2025-11-20';

function refusal(fn: () => unknown): UserError {
  try {
    fn();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected a UserError');
}

describe('validateNewPerson', () => {
  it('fills every field, empty when not given', () => {
    expect(validateNewPerson({ name: 'Fatima Hassan' }, TODAY)).toEqual({
      name: 'Fatima Hassan',
      phone: '',
      email: '',
      area: '',
      languages: '',
      source: '',
      infoMeetingDate: '',
      interviewDate: '',
      consentDate: '',
      childcare: false,
      notes: '',
    });
  });

  it('normalises a full person', () => {
    const person = validateNewPerson(
      {
        name: '  Åse   Ørum\tJensen ',
        phone: ' +45 12 34 56 78 ',
        email: ' aase@example.dk ',
        area: ' Hedeparken ',
        languages: 'arabisk, dansk',
        source: 'Infomøde',
        infoMeetingDate: '2025-11-04',
        interviewDate: '2025-12-02',
        consentDate: '2025-11-04',
        childcare: true,
        notes: 'Første linje\r\nAnden linje  ',
      },
      TODAY,
    );
    expect(person).toEqual({
      name: 'Åse Ørum Jensen',
      phone: '+45 12 34 56 78',
      email: 'aase@example.dk',
      area: 'Hedeparken',
      languages: 'arabisk, dansk',
      source: 'Infomøde',
      infoMeetingDate: '2025-11-04',
      interviewDate: '2025-12-02',
      consentDate: '2025-11-04',
      childcare: true,
      notes: 'Første linje\nAnden linje',
    });
  });

  it('keeps names in any script exactly', () => {
    expect(validateNewPerson({ name: 'فاطمة الزهراء' }, TODAY).name).toBe('فاطمة الزهراء');
    expect(validateNewPerson({ name: 'Hülya Şahin' }, TODAY).name).toBe('Hülya Şahin');
  });

  it('treats an undefined field as not given', () => {
    expect(validateNewPerson({ name: 'A', phone: undefined }, TODAY).phone).toBe('');
  });

  it.each<[Record<string, unknown>, string]>([
    [{}, 'required'],
    [{ name: '   ' }, 'required'],
    [{ name: 'x'.repeat(101) }, 'tooLong'],
    [{ name: 'Fatima\u0000' }, 'controlCharacters'],
    [{ name: 42 }, 'mustBeText'],
    [{ name: null }, 'mustBeText'],
    [{ name: 'A', phone: 12345678 }, 'mustBeText'],
    [{ name: 'A', phone: '12345' }, 'peopleInvalidPhone'],
    [{ name: 'A', phone: '123456789012345678901' }, 'peopleInvalidPhone'],
    [{ name: 'A', phone: '12 34 56 78 ring efter 17' }, 'peopleInvalidPhone'],
    [{ name: 'A', email: 'fatima' }, 'peopleInvalidEmail'],
    [{ name: 'A', email: 'fatima@' }, 'peopleInvalidEmail'],
    [{ name: 'A', email: 'fatima@mail' }, 'peopleInvalidEmail'],
    [{ name: 'A', email: 'fa tima@mail.dk' }, 'peopleInvalidEmail'],
    [{ name: 'A', area: 'x'.repeat(101) }, 'tooLong'],
    [{ name: 'A', notes: 'x'.repeat(2001) }, 'tooLong'],
    [{ name: 'A', notes: 'ok\u0007' }, 'controlCharacters'],
    [{ name: 'A', infoMeetingDate: '2025-02-30' }, 'invalidDate'],
    [{ name: 'A', interviewDate: '2-12-2025' }, 'invalidDate'],
    [{ name: 'A', consentDate: '2025-11-21' }, 'peopleConsentInFuture'],
    [{ name: 'A', languages: 'arabisk' }, 'peopleLanguagesNeedConsent'],
    [{ name: 'A', childcare: 'ja' }, 'mustBeYesNo'],
    [{ name: 'A', nationality: 'x' }, 'unknownField'],
    [{ name: 'A', status: 'Optaget' }, 'unknownField'],
  ])('refuses %p with %s', (input, key) => {
    expect(refusal(() => validateNewPerson(input, TODAY)).key).toBe(key);
  });

  it('refuses what is not an object', () => {
    for (const input of [null, 'Fatima', ['Fatima'], 3]) {
      expect(refusal(() => validateNewPerson(input, TODAY)).key).toBe('notAnObject');
    }
  });

  it('refuses __proto__ as an unknown field without polluting anything', () => {
    const input = JSON.parse('{"name": "A", "__proto__": {"polluted": true}}');
    expect(refusal(() => validateNewPerson(input, TODAY)).key).toBe('unknownField');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('explains the refusals in Danish', () => {
    const phone = refusal(() => validateNewPerson({ name: 'A', phone: '123' }, TODAY));
    expect(t('da', phone.key, phone.params)).toBe(
      'Telefonnummeret «123» ser forkert ud. Skriv 6–20 cifre, gerne med +, mellemrum eller bindestreg.',
    );
    const unknown = refusal(() => validateNewPerson({ name: 'A', nationality: 'x' }, TODAY));
    expect(t('da', unknown.key, unknown.params)).toBe('Feltet «nationality» kendes ikke. Intet blev gemt.');
    const missing = refusal(() => validateNewPerson({ name: '' }, TODAY));
    expect(t('da', missing.key, missing.params)).toBe('«Navn» skal udfyldes.');
  });

  it('accepts the phone formats people write', () => {
    for (const phone of [
      '12345678',
      '+45 12 34 56 78',
      '0045-12-34-56-78',
      '(+45) 1234 5678',
      '12.34.56.78',
    ]) {
      expect(validateNewPerson({ name: 'A', phone }, TODAY).phone).toBe(phone);
    }
  });

  it('accepts languages with a consent date up to today', () => {
    expect(validateNewPerson({ name: 'A', languages: 'somali', consentDate: TODAY }, TODAY).languages).toBe(
      'somali',
    );
  });
});

describe('nextPersonId', () => {
  it('starts at P001', () => {
    expect(nextPersonId([], 0)).toEqual({ id: 'P001', counter: 1 });
  });

  it('never reuses an ID, even after a deletion', () => {
    expect(nextPersonId(['P001', 'P002'], 5)).toEqual({ id: 'P006', counter: 6 });
  });

  it('respects IDs in the sheet beyond the counter (rows added by hand)', () => {
    expect(nextPersonId(['P001', 'p041', ' P007 ', 'X9', ''], 3)).toEqual({ id: 'P042', counter: 42 });
  });

  it('grows past P999', () => {
    expect(nextPersonId(['P999'], 999)).toEqual({ id: 'P1000', counter: 1000 });
    expect(nextPersonId([], 1000)).toEqual({ id: 'P1001', counter: 1001 });
  });

  it('ignores a broken counter', () => {
    expect(nextPersonId(['P002'], NaN)).toEqual({ id: 'P003', counter: 3 });
    expect(nextPersonId([], -4)).toEqual({ id: 'P001', counter: 1 });
  });
});

describe('planStatusChange', () => {
  const base: StatusChange = {
    from: 'Interesseret',
    to: 'Samtale aftalt',
    hasMarks: false,
    attendanceStatus: null,
    retentionMonths: 6,
    today: TODAY,
  };
  const plan = (change: Partial<StatusChange>) => planStatusChange({ ...base, ...change });

  it('changes nothing else between recruitment statuses', () => {
    expect(plan({})).toEqual({
      to: 'Samtale aftalt',
      addAttendanceRow: false,
      removeAttendanceRow: false,
      deleteAfter: 'keep',
    });
  });

  it('adds the attendance row on Optaget and clears Slettes', () => {
    expect(plan({ from: 'Venteliste', to: 'Optaget' })).toEqual({
      to: 'Optaget',
      addAttendanceRow: true,
      removeAttendanceRow: false,
      deleteAfter: '',
    });
  });

  it('sets Slettes on Ikke optaget and Trukket sig', () => {
    expect(plan({ to: 'Ikke optaget' }).deleteAfter).toBe('2026-05-20');
    expect(plan({ to: 'Trukket sig', retentionMonths: 0 }).deleteAfter).toBe(TODAY);
    expect(plan({ to: 'Trukket sig', today: '2025-08-31' }).deleteAfter).toBe('2026-02-28');
  });

  it('clears Slettes when a rejected applicant is admitted after all', () => {
    expect(plan({ from: 'Ikke optaget', to: 'Optaget' })).toMatchObject({
      addAttendanceRow: true,
      deleteAfter: '',
    });
  });

  it('leaves Slettes alone for other moves', () => {
    expect(plan({ from: 'Ikke optaget', to: 'Venteliste' }).deleteAfter).toBe('keep');
  });

  it('removes the row of an admitted participant without marks who leaves', () => {
    expect(plan({ from: 'Optaget', to: 'Venteliste' })).toMatchObject({
      removeAttendanceRow: true,
      addAttendanceRow: false,
    });
    expect(plan({ from: 'Optaget', to: 'Trukket sig' })).toMatchObject({
      removeAttendanceRow: true,
      deleteAfter: '2026-05-20',
    });
  });

  it('refuses to remove a row that holds marks, pointing to Frafaldet', () => {
    const error = refusal(() => plan({ from: 'Optaget', to: 'Trukket sig', hasMarks: true }));
    expect(error.key).toBe('peopleHasMarks');
    expect(t('da', error.key, error.params)).toBe(
      'Hun har allerede fremmøde registreret og kan ikke flyttes til «Trukket sig». Brug «Frafaldet», hvis hun er stoppet.',
    );
  });

  it('keeps the row on Frafaldet and back to Optaget', () => {
    expect(plan({ from: 'Optaget', to: 'Frafaldet', hasMarks: true })).toEqual({
      to: 'Frafaldet',
      addAttendanceRow: false,
      removeAttendanceRow: false,
      deleteAfter: 'keep',
    });
    expect(plan({ from: 'Frafaldet', to: 'Optaget', hasMarks: true })).toEqual({
      to: 'Optaget',
      addAttendanceRow: false,
      removeAttendanceRow: false,
      deleteAfter: '',
    });
  });

  it('allows Uddannet only when her attendance is completed', () => {
    const statuses: AttendanceStatus[] = ['below', 'at_risk', 'ok'];
    for (const attendanceStatus of statuses) {
      expect(
        refusal(() => plan({ from: 'Optaget', to: 'Uddannet', hasMarks: true, attendanceStatus })).key,
      ).toBe('peopleNotCompleted');
    }
    expect(
      plan({ from: 'Optaget', to: 'Uddannet', hasMarks: true, attendanceStatus: 'completed' }),
    ).toMatchObject({
      addAttendanceRow: false,
      removeAttendanceRow: false,
    });
  });

  it('refuses Frafaldet and Uddannet for someone never admitted', () => {
    expect(refusal(() => plan({ from: 'Venteliste', to: 'Frafaldet' })).key).toBe('peopleNotEnrolled');
    expect(
      refusal(() => plan({ from: 'Interesseret', to: 'Uddannet', attendanceStatus: 'completed' })).key,
    ).toBe('peopleNotEnrolled');
  });

  it('refuses an unknown status', () => {
    const error = refusal(() => plan({ to: 'optaget' }));
    expect(error.key).toBe('peopleUnknownStatus');
    expect(refusal(() => plan({ to: 7 })).key).toBe('peopleUnknownStatus');
  });

  it('changes nothing when the status stays', () => {
    expect(plan({ from: 'Ikke optaget', to: 'Ikke optaget' }).deleteAfter).toBe('keep');
    expect(
      plan({ from: 'Uddannet', to: 'Uddannet', hasMarks: true, attendanceStatus: 'below' }),
    ).toMatchObject({
      addAttendanceRow: false,
      removeAttendanceRow: false,
    });
  });

  it('trusts the actual row over the status text', () => {
    expect(plan({ from: 'Optaget', to: 'Optaget', hasAttendanceRow: false }).addAttendanceRow).toBe(true);
    expect(plan({ from: 'optaget ', to: 'Venteliste', hasAttendanceRow: true })).toMatchObject({
      removeAttendanceRow: true,
    });
  });

  it('gives a plan for every pair of statuses without marks (no crash, consistent rows)', () => {
    for (const from of PERSON_STATUSES) {
      for (const to of PERSON_STATUSES) {
        try {
          const p = plan({ from, to, attendanceStatus: 'completed' });
          expect(p.addAttendanceRow && p.removeAttendanceRow).toBe(false);
        } catch (error) {
          expect(error).toBeInstanceOf(UserError);
        }
      }
    }
  });
});

describe('retentionDue', () => {
  it('lists the people whose Slettes date has come', () => {
    const people = [
      { id: 'P001', deleteAfter: '2025-11-19' },
      { id: 'P002', deleteAfter: '2025-11-20' },
      { id: 'P003', deleteAfter: '2025-11-21' },
      { id: 'P004', deleteAfter: '' },
      { id: 'P005', deleteAfter: 'snart' },
    ];
    expect(retentionDue(people, TODAY).map((p) => p.id)).toEqual(['P001', 'P002']);
  });
});
