// Session: the user running the script, their locale and the script's time zone.

import { serviceClass } from './counting';
import type { Env } from './env';

export class User {
  constructor(private readonly email: string) {}
  getEmail() {
    return this.email;
  }
  toString() {
    return this.email;
  }
}
serviceClass(User, 'Session');

export class Session {
  constructor(private readonly env: Env) {}
  getActiveUser() {
    return new User(this.env.options.userEmail);
  }
  getEffectiveUser() {
    return new User(this.env.options.userEmail);
  }
  /** 'da' for da_DK, like Apps Script's language code. */
  getActiveUserLocale() {
    return this.env.options.locale.split(/[_-]/)[0];
  }
  getScriptTimeZone() {
    return this.env.options.timeZone;
  }
  getTemporaryActiveUserKey() {
    return Buffer.from(`emu:${this.env.options.userEmail}`).toString('base64').replace(/=+$/, '');
  }
}
serviceClass(Session, 'Session');
