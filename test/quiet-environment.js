// The test environment of every jest run: Node's, with console output held back per test.
//
// The server code logs on purpose (counts and row numbers), the fault sweeps provoke thousands
// of expected error logs, and a passing run is meant to print only jest's summary. So every
// console line a test writes (console.log/info/warn/error/debug, including the add-on's own
// logs when it runs in-process) goes into a buffer: it is dropped when the test passes and
// printed, under the test's name, when it fails. Tests that assert on logs spy on console as
// before (jest.spyOn(console, 'log')) and see every line; the emulator's own capture
// (emu.logs) is untouched.
//
// SHOW_LOGS=1 prints everything as it happens (e.g. the call counts some tests report).
const { format } = require('node:util');
const { TestEnvironment } = require('jest-environment-node');

const LEVELS = ['log', 'info', 'warn', 'error', 'debug'];

class QuietEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    this.held = [];
    this.installed = false;
  }

  /** Replaces the console methods the runner installed (it sets global.console after construction). */
  install() {
    if (this.installed || process.env.SHOW_LOGS === '1') return;
    const console = this.global.console;
    if (!console) return;
    this.installed = true;
    this.original = {};
    for (const level of LEVELS) {
      const original = console[level];
      this.original[level] = original;
      const held = this.held;
      console[level] = function quiet(...args) {
        held.push({ level, args });
      };
    }
  }

  /** Prints what a failing test logged, as one block (the last 200 lines at most). */
  flush(title) {
    if (!this.held.length) return;
    const lines = this.held.splice(0);
    const shown = lines.slice(-200);
    const dropped = lines.length - shown.length;
    const text = shown.map(({ level, args }) => `${level.padEnd(5)} ${format(...args)}`).join('\n');
    const head = `console output of the failing test "${title}"${dropped ? ` (last 200 of ${lines.length} lines)` : ''}:`;
    this.original.log.call(this.global.console, `${head}\n${text}`);
  }

  async handleTestEvent(event) {
    switch (event.name) {
      case 'setup':
      case 'run_start':
        this.install();
        break;
      case 'test_start':
        this.install();
        this.held.length = 0;
        break;
      case 'test_done':
        if (event.test.errors.length) this.flush(fullName(event.test));
        this.held.length = 0;
        break;
      case 'hook_failure':
        this.flush(`${event.hook.type} hook`);
        break;
      default:
        break;
    }
  }
}

function fullName(test) {
  const names = [];
  for (let block = test; block && block.name !== 'ROOT_DESCRIBE_BLOCK'; block = block.parent)
    names.unshift(block.name);
  return names.join(' › ');
}

module.exports = QuietEnvironment;
