// The built bundle (dist/Code.js), run as Apps Script runs it — a classic script — through
// the workbook's main path: setup, a new person, admission, attendance.
import { execSync } from 'node:child_process';
import { join } from 'node:path';
import { createEmulator } from '../../dev/emulator';
import { loadBundle } from '../helpers/harness';

type Fn = (...args: unknown[]) => unknown;

describe('dist/Code.js: setup → addPerson → setPersonStatus → recordAttendance', () => {
  let code: Record<string, unknown>;
  let emu: ReturnType<typeof createEmulator>;
  beforeAll(() => {
    execSync('npm run build', { cwd: join(__dirname, '../..'), stdio: 'pipe' });
    emu = createEmulator();
    code = loadBundle(emu);
  }, 120000);

  const call = (name: string, ...args: unknown[]) => (code[name] as Fn)(...args);

  it('runs the cohort path end to end', () => {
    const setup = call('setupWorkbook') as { created: string[] };
    expect(setup.created).toContain('Fremmøde');
    const ids = ['Aisha', 'Søs Ørnebjerg', 'مريم'].map(
      (name) => (call('addPerson', { name }) as { id: string }).id,
    );
    expect(ids).toEqual(['P001', 'P002', 'P003']);
    for (const id of ids) expect(call('setPersonStatus', id, 'Optaget')).toEqual({ id, status: 'Optaget' });
    const rows = JSON.parse(
      JSON.stringify(call('recordAttendance', { module: 1, present: ids.slice(0, 2), excused: [ids[2]] })),
    );
    expect(
      rows.map((r: { id: string; attended: number; held: number; status: string }) => [
        r.id,
        r.attended,
        r.held,
        r.status,
      ]),
    ).toEqual([
      ['P001', 1, 1, 'ok'],
      ['P002', 1, 1, 'ok'],
      ['P003', 0, 1, 'at_risk'],
    ]);
    const values = emu.sheetValues('Fremmøde');
    expect(values[3].slice(0, 3)).toEqual(['P003', 'مريم', 'A']);
    expect(values[3]).toContain('I risiko');
    expect(() => call('recordAttendance', { module: 99, present: [] })).toThrow(/helt tal fra 1 til 15/);
  });
});
