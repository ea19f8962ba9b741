// The workshop itself: the quiet test environment (console output only for a failing test)
// and the preflight that runs before build and tests.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');

describe('the quiet test environment (test/quiet-environment.js)', () => {
  function runSample(env: Record<string, string> = {}) {
    const config = {
      rootDir: ROOT,
      testEnvironment: '<rootDir>/test/quiet-environment.js',
      testMatch: ['<rootDir>/test/fixtures/quiet/*.check.js'],
      transform: {},
    };
    const result = spawnSync(
      process.execPath,
      [require.resolve('jest/bin/jest'), '--config', JSON.stringify(config), '--ci', '--colors=false'],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, SHOW_LOGS: '', ...env }, timeout: 60000 },
    );
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  }

  const quiet = runSample();

  it('runs the sample: two tests pass, the one meant to fail fails', () => {
    expect(quiet.status).toBe(1);
    expect(quiet.output).toMatch(/Tests:\s+1 failed, 2 passed, 3 total/);
  });

  it('prints the console output of the failing test, under its name', () => {
    expect(quiet.output).toContain('console output of the failing test "fails and logs"');
    expect(quiet.output).toContain('log-of-the-failing-test 7');
    expect(quiet.output).toContain('warning-of-the-failing-test');
  });

  it('prints nothing a passing test logged, and a spy still sees the line', () => {
    expect(quiet.output).not.toContain('log-of-the-passing-test');
    expect(quiet.output).not.toContain('error-of-the-passing-test');
    expect(quiet.output).not.toContain('seen-by-the-spy');
  });

  it('prints everything with SHOW_LOGS=1', () => {
    const loud = runSample({ SHOW_LOGS: '1' });
    expect(loud.output).toContain('log-of-the-passing-test');
    expect(loud.output).toContain('error-of-the-passing-test');
  });
});

describe('the preflight (scripts/preflight.mjs)', () => {
  function preflightIn(setup: (dir: string) => void) {
    const dir = mkdtempSync(join(tmpdir(), 'bm-preflight-'));
    try {
      cpSync(join(ROOT, 'scripts/preflight.mjs'), join(dir, 'scripts/preflight.mjs'));
      cpSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
      setup(dir);
      const r = spawnSync(process.execPath, [join(dir, 'scripts/preflight.mjs')], { encoding: 'utf8' });
      return { status: r.status, output: `${r.stdout}${r.stderr}` };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it('says to run npm install when node_modules is missing, without a stack', () => {
    const r = preflightIn(() => undefined);
    expect(r.status).toBe(1);
    expect(r.output).toContain('run `npm install`');
    expect(r.output).not.toMatch(/\bat .*:\d+:\d+/);
  });

  it('names a package that package.json wants and node_modules lacks', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      devDependencies: Record<string, string>;
    };
    const r = preflightIn((dir) => {
      for (const name of Object.keys(pkg.devDependencies).filter((n) => n !== 'typescript')) {
        cpSync(
          join(ROOT, 'node_modules', name, 'package.json'),
          join(dir, 'node_modules', name, 'package.json'),
        );
      }
    });
    expect(r.status).toBe(1);
    expect(r.output).toContain(
      '1 package(s) from package.json are not installed (typescript): run `npm install` first.',
    );
  });

  it('passes in this checkout', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/preflight.mjs')], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout + r.stderr).toBe('');
  });
});
