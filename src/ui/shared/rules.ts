// The server's cheap input rules, checked in the sidebar as she types. Where core has the
// rule (text length, control characters, money) it is the same code; the server still
// decides, and its message is shown if it refuses.
import { isUserError } from '../../core/errors';
import type { MessageKey } from '../../core/i18n';
import { validateNewPerson } from '../../core/people';
import { requireText } from '../../core/validate';
import type { NewPerson } from '../../shared/api';
import { readDate } from './format';
import { tr } from './i18n';

/** Runs a core check; a refusal becomes the sentence in her language. */
export function coreCheck(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (error) {
    if (isUserError(error)) return tr(error.key, error.params);
    throw error;
  }
}

export function checkText(field: MessageKey, max = 200, multiline = false): (raw: string) => string | null {
  return (raw) => coreCheck(() => requireText(raw, field, { max, multiline }));
}

const DATE_FIELDS: (keyof NewPerson)[] = ['infoMeetingDate', 'interviewDate', 'consentDate'];

/**
 * One field of a new person checked by the server's own rule (core/people.ts). The other
 * fields are filled so that only this one can be refused.
 */
export function checkPersonField(key: Exclude<keyof NewPerson, 'childcare'>): (raw: string) => string | null {
  return (raw) => {
    const value = DATE_FIELDS.includes(key) ? (readDate(raw) ?? raw) : raw;
    const person: Record<string, unknown> = { name: 'x', [key]: value };
    if (key === 'languages') person.consentDate = '2000-01-01';
    return coreCheck(() => validateNewPerson(person, todayIso()));
  };
}

/** Today in the browser's calendar (she is in Denmark); only used to warn early. */
export function todayIso(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
