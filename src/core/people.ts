// Applicants and participants (`Personer`): the checks on a new person, her ID, what a
// status change does to `Fremmøde` and `Slettes` (SPEC "Status in Personer"), and the
// retention reminder.
import type { AttendanceStatus, NewPerson, PersonStatus } from '../shared/api';
import { PERSON_STATUSES } from '../shared/api';
import { addMonths, compareDates, isIsoDate, requireIsoDate } from './dates';
import { UserError } from './errors';
import type { MessageKey } from './i18n';
import { ownFields, requireBoolean, requireText, shownKey, shownValue } from './validate';

/** A new person as she is written to `Personer`: every field present, '' when not given. */
export type ValidPerson = Required<NewPerson>;

type TextField = Exclude<keyof NewPerson, 'childcare'>;

const FIELD_LABELS: Readonly<Record<keyof NewPerson, MessageKey>> = {
  name: 'peopleFieldName',
  phone: 'peopleFieldPhone',
  email: 'peopleFieldEmail',
  area: 'peopleFieldArea',
  languages: 'peopleFieldLanguages',
  source: 'peopleFieldSource',
  infoMeetingDate: 'peopleFieldInfoMeetingDate',
  interviewDate: 'peopleFieldInterviewDate',
  consentDate: 'peopleFieldConsentDate',
  childcare: 'peopleFieldChildcare',
  notes: 'peopleFieldNotes',
};

/** Longest text per field: generous for real use, short enough to keep the sheet readable. */
export const PERSON_LIMITS = {
  name: 100,
  phone: 30,
  email: 254,
  area: 100,
  languages: 200,
  source: 200,
  notes: 2000,
} as const;

const PHONE_DIGITS = { min: 6, max: 20 };
const DATE_FIELDS = ['infoMeetingDate', 'interviewDate', 'consentDate'] as const;

const EMPTY_PERSON: ValidPerson = {
  name: '',
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
};

function isPersonField(key: string): key is keyof NewPerson {
  return Object.prototype.hasOwnProperty.call(FIELD_LABELS, key);
}

/**
 * The person `addPerson` receives, checked and normalised. Fields left out (undefined)
 * are empty. Languages are special-category-adjacent data and are refused without a
 * consent date (SPEC "Privacy"); consent cannot be dated after today.
 */
export function validateNewPerson(input: unknown, today: string): ValidPerson {
  const person: ValidPerson = { ...EMPTY_PERSON };
  for (const [key, value] of ownFields(input)) {
    if (!isPersonField(key)) throw new UserError('unknownField', { field: shownKey(key) });
    if (value === undefined) continue;
    if (key === 'childcare') person.childcare = requireBoolean(value, FIELD_LABELS.childcare);
    else person[key] = validatePersonText(key, value);
  }
  if (person.name === '') throw new UserError('required', { field: FIELD_LABELS.name });
  // A name has letters (any script) or at least digits; emoji or punctuation alone are a
  // mistake, not a name.
  if (!/[\p{L}\p{N}]/u.test(person.name)) throw new UserError('peopleNameNeedsLetters');
  if (person.languages !== '' && person.consentDate === '') throw new UserError('peopleLanguagesNeedConsent');
  if (person.consentDate !== '' && compareDates(person.consentDate, today) > 0) {
    throw new UserError('peopleConsentInFuture');
  }
  return person;
}

function validatePersonText(key: TextField, value: unknown): string {
  const field = FIELD_LABELS[key];
  if ((DATE_FIELDS as readonly string[]).includes(key)) return requireIsoDate(value, field, true);
  const text = requireText(value, field, {
    max: PERSON_LIMITS[key as keyof typeof PERSON_LIMITS],
    multiline: key === 'notes',
  });
  if (key === 'phone' && text !== '') checkPhone(text);
  if (key === 'email' && text !== '') checkEmail(text);
  return text;
}

/** Kept as she typed it (the cell stores text); only checked to be a plausible number. */
function checkPhone(phone: string): void {
  const digits = phone.replace(/\D/g, '').length;
  if (!/^[\d\s+\-().]+$/.test(phone) || digits < PHONE_DIGITS.min || digits > PHONE_DIGITS.max) {
    throw new UserError('peopleInvalidPhone', { value: phone });
  }
}

/** A deliberately simple check: catches typos such as a missing '@' or domain, nothing more. */
function checkEmail(email: string): void {
  if (!/^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(email))
    throw new UserError('peopleInvalidEmail', { value: email });
}

/**
 * The next person ID and the new counter. `counter` is the highest number ever issued
 * (stored by the server), and the IDs in the sheet are also consulted, so an ID is never
 * reused even after a deletion or when rows were added by hand. P001 … P999, then P1000.
 */
export function nextPersonId(
  existingIds: readonly string[],
  counter: number,
): { id: string; counter: number } {
  let highest = Number.isInteger(counter) && counter > 0 ? counter : 0;
  for (const id of existingIds) {
    const match = /^P(\d+)$/i.exec(String(id).trim());
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  const next = highest + 1;
  return { id: `P${String(next).padStart(3, '0')}`, counter: next };
}

export function isPersonStatus(value: unknown): value is PersonStatus {
  return typeof value === 'string' && (PERSON_STATUSES as readonly string[]).includes(value);
}

/** Statuses whose participant has a row in `Fremmøde`. */
const ENROLLED: readonly PersonStatus[] = ['Optaget', 'Frafaldet', 'Uddannet'];
/** Statuses that start the retention clock. */
const NOT_ADMITTED: readonly PersonStatus[] = ['Ikke optaget', 'Trukket sig'];

export interface StatusChange {
  /** The status in her row now; may be anything typed by hand. */
  from: string;
  to: unknown;
  /** Whether her `Fremmøde` row holds any mark. */
  hasMarks: boolean;
  /** Her status under the 90 % rule, null when she has no `Fremmøde` row. */
  attendanceStatus: AttendanceStatus | null;
  retentionMonths: number;
  today: string;
  /** Whether she has a `Fremmøde` row; defaults to what `from` implies. */
  hasAttendanceRow?: boolean;
}

export interface StatusPlan {
  to: PersonStatus;
  addAttendanceRow: boolean;
  removeAttendanceRow: boolean;
  /** The new `Slettes` date, '' to clear it, or 'keep' to leave it as it is. */
  deleteAfter: string;
}

/**
 * What `setPersonStatus` must write, or a UserError when the change is not allowed:
 * - Optaget adds her `Fremmøde` row (kept when she comes back from Frafaldet, marks and all);
 * - Frafaldet and Uddannet keep the row and are only for admitted participants; Uddannet
 *   only once her attendance status is `completed`;
 * - any other status removes the row, which is refused if it holds marks (use Frafaldet);
 * - Ikke optaget and Trukket sig set `Slettes` to today + retentionMonths, Optaget clears
 *   it, and every other status leaves it alone.
 * Setting the status she already has changes nothing.
 */
export function planStatusChange(change: StatusChange): StatusPlan {
  const { from, to, hasMarks, attendanceStatus, retentionMonths, today } = change;
  if (to === undefined || to === null || (typeof to === 'string' && to.trim() === ''))
    throw new UserError('peopleStatusRequired');
  if (!isPersonStatus(to)) throw new UserError('peopleUnknownStatus', { status: shownValue(to) });
  const hasRow = change.hasAttendanceRow ?? (ENROLLED as readonly string[]).includes(from);
  const unchanged = from === to;

  if ((to === 'Frafaldet' || to === 'Uddannet') && !hasRow) throw new UserError('peopleNotEnrolled', { to });
  if (to === 'Uddannet' && !unchanged && attendanceStatus !== 'completed')
    throw new UserError('peopleNotCompleted');
  const leavesTraining = !ENROLLED.includes(to) && hasRow;
  if (leavesTraining && hasMarks) throw new UserError('peopleHasMarks', { to });

  return {
    to,
    addAttendanceRow: to === 'Optaget' && !hasRow,
    removeAttendanceRow: leavesTraining,
    deleteAfter: unchanged ? 'keep' : deleteAfterFor(to, retentionMonths, today),
  };
}

function deleteAfterFor(to: PersonStatus, retentionMonths: number, today: string): string {
  if (NOT_ADMITTED.includes(to)) return addMonths(today, retentionMonths);
  return to === 'Optaget' ? '' : 'keep';
}

/**
 * The people whose `Slettes` date has come (on that day or later): the reminder shown when
 * a sidebar opens or setup runs. Their status is not consulted: a date in `Slettes` is the
 * decision, and admitting her clears it. A hand-typed non-date is ignored.
 */
export function retentionDue<P extends { deleteAfter: string }>(persons: readonly P[], today: string): P[] {
  return persons.filter((p) => isIsoDate(p.deleteAfter) && compareDates(p.deleteAfter, today) <= 0);
}

// ---- Correcting a person (updatePerson) and the same-person warnings ------------------------

/** Follow-up answers in `Aktiv bydelsmor` / `Uddannelse/job` (SPEC): Ja, Nej, '' = not known. */
export type FollowUp = 'Ja' | 'Nej' | '';

export interface ValidPatch {
  /** The person's fields after the patch, every field present. */
  person: ValidPerson;
  activeVolunteer?: FollowUp;
  educationOrJob?: FollowUp;
  /** The fields the patch named (after checking): only these are written. */
  fields: string[];
}

const FOLLOW_UP_LABELS: Readonly<Record<'activeVolunteer' | 'educationOrJob', MessageKey>> = {
  activeVolunteer: 'peopleFieldActiveVolunteer',
  educationOrJob: 'peopleFieldEducationOrJob',
};

function requireFollowUp(value: unknown, field: MessageKey): FollowUp {
  if (value === '' || value === 'Ja' || value === 'Nej') return value;
  if (typeof value === 'string') {
    const text = value.trim().toLowerCase();
    if (text === '') return '';
    if (text === 'ja') return 'Ja';
    if (text === 'nej') return 'Nej';
  }
  throw new UserError('peopleYesNo', { field });
}

/**
 * updatePerson's patch checked against the person as she is now (`current`, from the sheet):
 * any of addPerson's fields with the same rules ('' clears an optional field, the name cannot
 * be cleared), plus the follow-up answers. The rules that tie fields together (languages need
 * a consent date, consent not in the future) are checked on the person after the patch; a rule
 * the sheet already broke before (a hand-typed language without consent) does not block a
 * patch that does not touch those fields.
 */
export function validatePersonPatch(input: unknown, current: ValidPerson, today: string): ValidPatch {
  const person: ValidPerson = { ...current };
  const out: ValidPatch = { person, fields: [] };
  for (const [key, value] of ownFields(input)) {
    if (value === undefined) continue;
    if (key === 'activeVolunteer' || key === 'educationOrJob') {
      out[key] = requireFollowUp(value, FOLLOW_UP_LABELS[key]);
      out.fields.push(key);
      continue;
    }
    if (!isPersonField(key)) throw new UserError('unknownField', { field: shownKey(key) });
    if (key === 'childcare') person.childcare = requireBoolean(value, FIELD_LABELS.childcare);
    else person[key] = validatePersonText(key, value);
    out.fields.push(key);
  }
  if (out.fields.includes('name')) {
    if (person.name === '') throw new UserError('peopleNameCannotBeCleared');
    if (!/[\p{L}\p{N}]/u.test(person.name)) throw new UserError('peopleNameNeedsLetters');
  }
  const touchesConsent = out.fields.includes('languages') || out.fields.includes('consentDate');
  if (touchesConsent && person.languages !== '' && person.consentDate === '')
    throw new UserError('peopleLanguagesNeedConsent');
  if (
    out.fields.includes('consentDate') &&
    person.consentDate !== '' &&
    compareDates(person.consentDate, today) > 0
  ) {
    throw new UserError('peopleConsentInFuture');
  }
  return out;
}

/** A name compared the way she would: case and every space ignored. */
export function nameKey(name: string): string {
  return name.replace(/\s+/g, '').toLocaleLowerCase('da');
}

/** The digits of a phone number; a Danish +45/0045 prefix is dropped so 20 10 30 40 = +45 20103040. */
export function phoneKey(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length === 10 && digits.startsWith('45')) return digits.slice(2);
  if (digits.length === 12 && digits.startsWith('0045')) return digits.slice(4);
  return digits;
}

export interface PersonKey {
  id: string;
  name: string;
  phone: string;
}

export interface SamePersonWarning {
  key: 'peopleWarnSameName' | 'peopleWarnSamePhone';
  params: { name: string; id: string };
}

/**
 * Another person who may be the same woman (SPEC addPerson `warnings`): the same name ignoring
 * case and spaces, or the same phone digits. Not refusals — two women may share a name.
 * `self` is left out (her own row when she is corrected).
 */
export function samePersonWarnings(
  person: { name: string; phone: string },
  others: readonly PersonKey[],
  self = '',
): SamePersonWarning[] {
  const out: SamePersonWarning[] = [];
  const name = nameKey(person.name);
  const phone = phoneKey(person.phone);
  const me = self.toUpperCase();
  for (const other of others) {
    if (me !== '' && other.id.toUpperCase() === me) continue;
    if (name !== '' && nameKey(other.name) === name)
      out.push({ key: 'peopleWarnSameName', params: { name: other.name, id: other.id } });
    else if (phone.length >= PHONE_DIGITS.min && phoneKey(other.phone) === phone) {
      out.push({ key: 'peopleWarnSamePhone', params: { name: other.name, id: other.id } });
    }
  }
  return out;
}
