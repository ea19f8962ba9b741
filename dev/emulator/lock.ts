// LockService. One script runs at a time here, so a lock is granted at once unless the
// emulator says another user holds it (emu.lock.available = false).

import { serviceClass } from './counting';
import type { Env } from './env';
import { fail } from './env';

export const LOCK_TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';

export class Lock {
  private held = false;
  constructor(private readonly env: Env) {}
  /** A negative timeout gives up at once: false (waitLock: the timeout error). */
  tryLock(timeoutInMillis: number) {
    if (typeof timeoutInMillis !== 'number' || Number.isNaN(timeoutInMillis))
      fail(this.env, 'Invalid argument: timeoutInMillis');
    if (timeoutInMillis < 0 || !this.env.lock.available) return false;
    this.held = true;
    return true;
  }
  waitLock(timeoutInMillis: number) {
    if (!this.tryLock(timeoutInMillis)) fail(this.env, LOCK_TIMEOUT_MESSAGE);
  }
  hasLock() {
    return this.held;
  }
  releaseLock() {
    this.held = false;
  }
}
serviceClass(Lock, 'Lock');

export class LockService {
  private readonly locks: Record<'document' | 'script' | 'user', Lock>;
  constructor(env: Env) {
    this.locks = { document: new Lock(env), script: new Lock(env), user: new Lock(env) };
  }
  getDocumentLock() {
    return this.locks.document;
  }
  getScriptLock() {
    return this.locks.script;
  }
  getUserLock() {
    return this.locks.user;
  }
}
serviceClass(LockService, 'Lock');
