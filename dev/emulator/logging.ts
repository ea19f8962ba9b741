// Logger and console: captured into emu.logs, never printed. Logger calls are counted
// ('Logger'); console is a JavaScript built-in in the V8 runtime and is not.

import { format } from 'node:util';
import { serviceClass } from './counting';
import type { Env } from './env';
import { formatString } from './utilities';

function text(args: unknown[]): string {
  return format(...args);
}

export class Logger {
  private readonly entries: string[] = [];
  constructor(private readonly env: Env) {}
  log(data: unknown, ...values: unknown[]) {
    const line = values.length > 0 && typeof data === 'string' ? formatString(data, values) : text([data]);
    this.entries.push(line);
    this.env.logs.push(line);
    return this;
  }
  getLog() {
    return this.entries.join('\n');
  }
  clear() {
    this.entries.length = 0;
  }
}
serviceClass(Logger, 'Logger');

export function capturingConsole(env: Env): Console {
  const push = (...args: unknown[]) => {
    env.logs.push(text(args));
  };
  return {
    log: push,
    info: push,
    warn: push,
    error: push,
    debug: push,
    time: () => undefined,
    timeEnd: () => undefined,
  } as unknown as Console;
}
