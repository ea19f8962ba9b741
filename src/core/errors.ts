// The one way core refuses bad input. Core knows no user language, so it throws a
// message key and its parameters; the server translates them with `t()` in the
// coordinator's language and rethrows a plain Error whose message she reads.
import type { MessageKey } from './i18n';

export class UserError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: Record<string, string | number> = {},
  ) {
    // The key as message keeps logs and uncaught traces meaningful without personal data
    // (params may hold what she typed, so they stay out of the message).
    super(key);
    this.name = 'UserError';
    // Apps Script's V8 and ES2019 targets keep the prototype chain for subclassed Error,
    // but transpiled code may not: restoring it keeps `instanceof UserError` reliable.
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}
