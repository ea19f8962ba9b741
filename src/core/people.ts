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
  const text = requireText(value, field, { max: PERSON_LIMITS[key as keyof typeof PERSON_LIMITS], multiline: key === 'notes' });
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
  if (!/^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(email)) throw new UserError('peopleInvalidEmail', { value: email });
}

/**
 * The next person ID and the new counter. `counter` is the highest number ever issued
 * (stored by the server), and the IDs in the sheet are also consulted, so an ID is never
 * reused even after a deletion or when rows were added by hand. P001 … P999, then P1000.
 */
export function nextPersonId(existingIds: readonly string[], counter: number): { id: string; counter: number } {
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
  if (to === undefined || to === null || (typeof to === 'string' && to.trim() === '')) throw new UserError('peopleStatusRequired');
  if (!isPersonStatus(to)) throw new UserError('peopleUnknownStatus', { status: shownValue(to) });
  const hasRow = change.hasAttendanceRow ?? (ENROLLED as readonly string[]).includes(from);
  const unchanged = from === to;

  if ((to === 'Frafaldet' || to === 'Uddannet') && !hasRow) throw new UserError('peopleNotEnrolled', { to });
  if (to === 'Uddannet' && !unchanged && attendanceStatus !== 'completed') throw new UserError('peopleNotCompleted');
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
