// Arranging a cohort of any size fast: setup runs through the real API with counting off, then
// the rows of Personer, Fremmøde and Udgifter are written straight into the emulator's sheets
// (one uncounted setValues per sheet instead of one API call per person, which would read the
// whole sheet every time: O(n²)), and one uncounted recordAttendance brings the computed
// columns of Fremmøde up to date through the add-on's own code.
import { createEmulator, type Emulator } from '../emulator';
import { distHtml, readCode } from './files';

export interface Tier {
  /** Participants (status Optaget, one Fremmøde row each). */
  participants: number;
  /** Other applicants in Personer (Interesseret, Venteliste, Ikke optaget, …). */
  applicants: number;
  expenses: number;
}

export const TIERS: Tier[] = [
  { participants: 20, applicants: 8, expenses: 150 },
  { participants: 200, applicants: 50, expenses: 150 },
  { participants: 2000, applicants: 500, expenses: 5000 },
];

export const tierLabel = (t: Tier): string => `${t.participants} p / ${t.expenses} x`;

/** The modules every participant has marks for before the run (module 15 is recorded by the bench). */
export const MARKED_MODULES = 14;

export type Script = Record<string, (...args: unknown[]) => unknown>;

export interface Cohort {
  emu: Emulator;
  script: Script;
  /** Participants' ids in row order. */
  ids: string[];
  /** Ids of applicants still Interesseret (for setPersonStatus). */
  interested: string[];
  /** The budget lines as seeded. */
  lines: string[];
}

const AREAS = ['Hedeparken', 'Magleparken', 'Grantoften'];
const OTHER_STATUSES = ['Interesseret', 'Samtale aftalt', 'Venteliste', 'Ikke optaget', 'Trukket sig'];

export const personId = (n: number): string => `P${String(n).padStart(3, '0')}`;

/** A fresh emulator running the built dist/Code.js. */
export function loadAddOn(): { emu: Emulator; script: Script } {
  const emu = createEmulator({ htmlFiles: distHtml });
  const script = emu.loadScript(readCode(), 'Code.js') as unknown as Script;
  return { emu, script };
}

/** A participant's mark for module m (1-based): most attend everything; some miss one, a few two. */
function mark(i: number, m: number): string {
  if (i % 10 === 9 && (m === 3 || m === 7)) return 'F';
  if (i % 3 === 0 && m === (i % MARKED_MODULES) + 1) return 'A';
  return 'M';
}

export function arrangeCohort(tier: Tier): Cohort {
  const { emu, script } = loadAddOn();
  emu.calls.recording = false;
  try {
    script.saveSettings({ cohortName: 'Bydelsmødre Ballerup', signatory: 'Borgmester', coordinatorInitials: 'KO', ceremonyDate: '2026-06-12' });
    script.setupWorkbook();
    const ss = emu.spreadsheet;
    const sheet = (name: string) => {
      const s = ss.getSheetByName(name);
      if (!s) throw new Error(`bench: no sheet ${name}`);
      return s;
    };
    /** Writes rows from row 2, growing the sheet first when it is too small (as she would). */
    const fill = (name: string, rows: unknown[][]) => {
      const s = sheet(name);
      const needed = rows.length + 1;
      if (s.getMaxRows() < needed) s.insertRowsAfter(s.getMaxRows(), needed - s.getMaxRows());
      s.getRange(2, 1, rows.length, rows[0].length).setValues(rows);
    };
    const day = (iso: string) => new Date(`${iso}T12:00:00`);

    const total = tier.participants + tier.applicants;
    const persons: unknown[][] = [];
    const ids: string[] = [];
    const interested: string[] = [];
    for (let n = 1; n <= total; n++) {
      const id = personId(n);
      const enrolled = n <= tier.participants;
      const status = enrolled ? 'Optaget' : OTHER_STATUSES[n % OTHER_STATUSES.length];
      if (enrolled) ids.push(id);
      else if (status === 'Interesseret') interested.push(id);
      persons.push([
        id,
        `Deltager ${n}`,
        `+45 20 ${String(n % 100).padStart(2, '0')} 30 40`,
        `deltager${n}@example.dk`,
        AREAS[n % AREAS.length],
        n % 2 === 0 ? 'arabisk, dansk' : '',
        'Informationsmøde',
        status,
        day('2025-11-11'),
        day('2025-12-02'),
        day('2025-11-30'),
        n % 4 === 0,
        '',
        day('2025-11-11'),
        '',
      ]);
    }
    fill('Personer', persons);
    emu.properties.document.set('bm.counters', JSON.stringify({ person: total }));

    // Fremmøde: ID, Navn, M1 … M15, then the computed columns (filled by recordAttendance below).
    const attendance = ids.map((id, i) => [
      id,
      `Deltager ${i + 1}`,
      ...Array.from({ length: 15 }, (_, m) => (m < MARKED_MODULES ? mark(i, m + 1) : '')),
    ]);
    fill('Fremmøde', attendance);

    const lines = emu
      .sheetValues('Budget')
      .slice(1)
      .map((r) => String(r[0]));
    const expenses: unknown[][] = [];
    for (let i = 0; i < tier.expenses; i++) {
      const month = 10 + (i % 9);
      const iso = `${month > 12 ? 2026 : 2025}-${String(month > 12 ? month - 12 : month).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
      expenses.push([day(iso), lines[i % lines.length], 10 + (i % 50) * 3.25, `Udgift ${i + 1}`, `B${i + 1}`, day(iso)]);
    }
    fill('Udgifter', expenses);

    // Module 14 again through the API: the same marks, and every computed column recomputed.
    const present = ids.filter((_, i) => mark(i, MARKED_MODULES) === 'M');
    const excused = ids.filter((_, i) => mark(i, MARKED_MODULES) === 'A');
    script.recordAttendance({ module: MARKED_MODULES, present, excused });
    return { emu, script, ids, interested, lines };
  } finally {
    emu.calls.recording = true;
  }
}

/** Marks for module 15 as the bench records them: 1 in 20 excused, 1 in 25 absent. */
export function lastModule(ids: readonly string[]): { module: number; present: string[]; excused: string[] } {
  return {
    module: 15,
    present: ids.filter((_, i) => i % 20 !== 7 && i % 25 !== 11),
    excused: ids.filter((_, i) => i % 20 === 7),
  };
}
