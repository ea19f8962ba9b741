// Runs the real server code (src/server) against our Apps Script emulator in plain jest:
// the emulator's services are installed as globals, exactly the names Apps Script provides.
// For the built bundle (dist/Code.js) use loadBundle() instead, which runs it in node:vm.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEmulator, type Emulator, type EmulatorOptions } from '../../dev/emulator';
import type * as ServerModule from '../../src/server/index';

export type Api = typeof ServerModule;

export interface Harness {
  emu: Emulator;
  api: Api;
  /** Moves the clock: local midnight + 12 h on that date in Europe/Copenhagen. */
  setToday(iso: string): void;
}

const installed = new Set<string>();

export function installGlobals(emu: Emulator): void {
  for (const name of installed) delete (globalThis as Record<string, unknown>)[name];
  installed.clear();
  for (const [name, value] of Object.entries(emu.globals)) {
    if (name === 'console') continue; // keep jest's console; logs are captured via Logger
    (globalThis as Record<string, unknown>)[name] = value;
    installed.add(name);
  }
}

export function setToday(iso: string): void {
  jest.useFakeTimers({
    doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'setInterval', 'clearTimeout', 'clearInterval'],
  });
  jest.setSystemTime(new Date(`${iso}T12:00:00`));
}

export function harness(opts: EmulatorOptions & { today?: string } = {}): Harness {
  const emu = createEmulator({ htmlFiles: distHtml, ...opts });
  installGlobals(emu);
  if (opts.today) setToday(opts.today);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const api = require('../../src/server/index') as Api;
  return { emu, api, setToday };
}

export function distHtml(name: string): string {
  return readFileSync(join(__dirname, '../../dist', `${name}.html`), 'utf8');
}

/** The built bundle, run as a classic script inside the emulator's vm context. */
export function loadBundle(emu: Emulator): Record<string, unknown> {
  const code = readFileSync(join(__dirname, '../../dist/Code.js'), 'utf8');
  return emu.loadScript(code, 'Code.js');
}
