// ScriptApp: the OAuth token (checked by the emulated UrlFetch/Drive export), auth
// modes and trigger sources. The add-on must not use time-driven triggers, so
// newTrigger throws.

import { serviceClass } from './counting';
import { DEFAULT_OAUTH_TOKEN } from './drive';
import type { Env } from './env';
import { fail } from './env';
import { AuthMode, TriggerSource, makeEnum } from './enums';

/** What ScriptApp.getOAuthToken() returns; the emulated Drive export accepts only this. */
export const FAKE_OAUTH_TOKEN = DEFAULT_OAUTH_TOKEN;
export const SCRIPT_ID = 'emu-script-0001';

export class ScriptApp {
  readonly AuthMode = AuthMode;
  readonly TriggerSource = TriggerSource;
  readonly AuthorizationStatus = makeEnum(['REQUIRED', 'NOT_REQUIRED'] as const);
  constructor(
    private readonly env: Env,
    private readonly token: () => string,
  ) {}

  getOAuthToken() {
    return this.token();
  }
  getScriptId() {
    return SCRIPT_ID;
  }
  getProjectTriggers() {
    return [];
  }
  getUserTriggers() {
    return [];
  }
  newTrigger(functionName: string) {
    fail(
      this.env,
      `Triggers are not allowed in this add-on (emulator refused newTrigger('${functionName}')).`,
    );
  }
  deleteTrigger() {}
  getAuthorizationInfo() {
    return { getAuthorizationStatus: () => 'NOT_REQUIRED', getAuthorizationUrl: () => null };
  }
}
serviceClass(ScriptApp, 'Script');
