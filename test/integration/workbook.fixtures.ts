// A realistic cohort for the workbook tests: applicants with Danish and non-Latin names,
// admissions, and an attendance pattern with a mix of absences. The expected statuses are
// computed here independently of src/core (plain integer arithmetic on the marks).
import type { Harness } from '../helpers/harness';
import type { AttendanceStatus } from '../../src/shared/api';

type Api = Harness['api'];

export const FIRST_NAMES = [
  'Aisha',
  'Fatima',
  'Søs',
  'Mariam',
  'Ørkenrose',
  'Leyla',
  'Åse',
  'Hodan',
  'Zainab',
  'Amal',
  'مريم',
  'Nour',
  'Ilham',
  'Samira',
  'Hawa',
  'Rukia',
  'Ayan',
  'Dilan',
  'Elif',
  'Gülsen',
  'Huda',
  'Jamila',
  'Khadija',
  'Lina',
  'Maryam',
];
export const AREAS = ['Hedeparken', 'Magleparken', 'Grantoften'];

/** Adds n applicants through the API; returns their ids in order. */
export function addApplicants(api: Api, n: number): string[] {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const withConsent = i % 3 !== 2;
    const { id } = api.addPerson({
      name: `${FIRST_NAMES[i % FIRST_NAMES.length]} ${i + 1}`,
      phone: i % 4 === 0 ? `+45 20 ${String(10 + (i % 90)).padStart(2, '0')} 30 40` : '',
      email: i % 5 === 0 ? `kvinde${i}@example.dk` : undefined,
      area: AREAS[i % AREAS.length],
      languages: withConsent ? 'arabisk, dansk' : undefined,
      consentDate: withConsent ? '2025-12-01' : undefined,
      source: 'Informationsmøde',
      infoMeetingDate: '2025-11-12',
      childcare: i % 2 === 0,
    });
    ids.push(id);
  }
  return ids;
}

export function admit(api: Api, ids: readonly string[]): void {
  for (const id of ids) {
    api.setPersonStatus(id, 'Samtale aftalt');
    api.setPersonStatus(id, 'Optaget');
  }
}

export type PlannedMark = 'M' | 'A' | 'F';

/**
 * The plan for participant i (0-based among the admitted) in module m (1-based):
 * - 0–7 attend everything;
 * - 8–10 miss one module (8 excused, 9–10 absent) → still completed with 14 of 15;
 * - 11–12 miss two → below at the end, at risk after the first miss;
 * - 13 is excused three times → below (excused counts as absence);
 * - 14 misses module 15 only → at risk until the end, then completed;
 * - 15 drops out after module 5 (Frafaldet; her marks are kept);
 * - 16 is admitted late, after module 3 (empty cells for 1–3 count as absence) → below;
 * - 17 misses modules 2 and 9.
 */
export function plannedMark(i: number, m: number): PlannedMark | null {
  if (i === 15 && m > 5) return null;
  if (i === 16 && m <= 3) return null;
  if (i === 8 && m === 7) return 'A';
  if ((i === 9 && m === 4) || (i === 10 && m === 12)) return 'F';
  if ((i === 11 && (m === 3 || m === 10)) || (i === 12 && (m === 6 || m === 13))) return 'F';
  if (i === 13 && (m === 2 || m === 8 || m === 14)) return 'A';
  if (i === 14 && m === 15) return 'F';
  if (i === 17 && (m === 2 || m === 9)) return 'F';
  return 'M';
}

/** The status SPEC's rule gives, computed with integers only (p as a fraction num/den). */
export function expectedStatus(
  marks: (string | null)[],
  heldCount: number,
  T: number,
  num: number,
  den: number,
): { attended: number; status: AttendanceStatus } {
  const R = Math.floor((num * T + den - 1) / den);
  const attended = marks.filter((m) => m === 'M').length;
  const missed = heldCount - attended;
  let status: AttendanceStatus = 'ok';
  if (heldCount === T && attended >= R) status = 'completed';
  else if (missed > T - R) status = 'below';
  else if (missed === T - R && heldCount < T) status = 'at_risk';
  return { attended, status };
}

/**
 * Every sheet's values and formulas and the document properties: what "nothing written"
 * means. `except` leaves sheets out (Oversigt is a dashboard setup refreshes, not data).
 */
export function snapshot(emu: Harness['emu'], except: string[] = []): string {
  const sheets = emu.model.sheets
    .filter((s) => !except.includes(s.name))
    .map((s) => ({ name: s.name, values: emu.sheetValues(s.name), formulas: emu.sheetFormulas(s.name) }));
  return JSON.stringify(
    { sheets, properties: [...emu.properties.document.entries()].sort() },
    (_k, v: unknown) => v,
  );
}
