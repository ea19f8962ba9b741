// The seeded rows of `Moduler` (Nr, Tema, Del, Timer) for a cohort of any size. Themes
// are the cohort's data, seeded in Danish like the budget lines, and edited freely after.
export type ModulePart = 1 | 2 | 3 | 4;

export interface SeededModule {
  nr: number;
  theme: string;
  part: ModulePart;
  hours: number;
}

/** The four parts of the training, as the `Del` column shows them with their number. */
export const MODULE_PARTS: Readonly<Record<ModulePart, string>> = {
  1: 'Familieliv',
  2: 'Kvindeliv',
  3: 'Samfundsliv',
  4: 'Bydelsmødrenes metoder',
};

/** One evening of about three hours (the grant application). */
export const HOURS_PER_MODULE = 3;

/** Part 4 is "4 method modules" in the training as described. */
const METHOD_MODULES = 4;

const THEMES: Readonly<Record<ModulePart, readonly string[]>> = {
  1: [
    'Familieliv: Børns trivsel og udvikling',
    'Familieliv: Opdragelse og grænser',
    'Familieliv: Skole, dagtilbud og forældresamarbejde',
    'Familieliv: Unge, identitet og sociale medier',
    'Familieliv: Kommunikation og konflikter i familien',
  ],
  2: [
    'Kvindeliv: Sundhed og trivsel',
    'Kvindeliv: Mental sundhed og ensomhed',
    'Kvindeliv: Rettigheder og vold i nære relationer',
    'Kvindeliv: Uddannelse, job og økonomi',
    'Kvindeliv: Kost, motion og egenomsorg',
  ],
  3: [
    'Samfundsliv: Det danske velfærdssystem',
    'Samfundsliv: Kommunen, borgerservice og digital selvbetjening',
    'Samfundsliv: Foreningsliv og frivillighed i lokalområdet',
    'Samfundsliv: Demokrati og medborgerskab',
    'Samfundsliv: Bolig, økonomi og rådgivning',
  ],
  4: [
    'Metode: Samtalen og den gode kontakt',
    'Metode: Tavshedspligt, etik og egne grænser',
    'Metode: Brobygning og henvisning til hjælp',
    'Metode: Opsøgende arbejde og netværk',
  ],
};

/** "Del" as the sheet shows it, e.g. '4 Bydelsmødrenes metoder'. */
export function partLabel(part: ModulePart): string {
  return `${part} ${MODULE_PARTS[part]}`;
}

/**
 * How many modules each part gets. Part 4 gets 4 method modules when there is room: a
 * quarter of the modules rounded up, at most 4, and never all of them, so a cohort always
 * has subject modules (T = 15 → 11 + 4; T = 4 → 3 + 1; T = 1 → 1 + 0). The subject modules
 * are split as evenly as possible over parts 1–3, the earlier parts taking the remainder
 * (11 → 4, 4, 3).
 */
export function modulesPerPart(T: number): Record<ModulePart, number> {
  const methods = Math.max(0, Math.min(METHOD_MODULES, Math.ceil(T / 4), T - 1));
  const subjects = T - methods;
  const base = Math.floor(subjects / 3);
  const extra = subjects - 3 * base;
  return { 1: base + (extra > 0 ? 1 : 0), 2: base + (extra > 1 ? 1 : 0), 3: base, 4: methods };
}

/** The T rows of a new `Moduler`, in order. Parts with more modules than themes number the rest. */
export function seededModules(T: number): SeededModule[] {
  const counts = modulesPerPart(T);
  const rows: SeededModule[] = [];
  for (const part of [1, 2, 3, 4] as ModulePart[]) {
    for (let k = 0; k < counts[part]; k++) {
      rows.push({ nr: rows.length + 1, theme: themeFor(part, k), part, hours: HOURS_PER_MODULE });
    }
  }
  return rows;
}

function themeFor(part: ModulePart, index: number): string {
  const themes = THEMES[part];
  if (index < themes.length) return themes[index];
  const prefix = themes[0].split(':')[0];
  return `${prefix}: Emne ${index + 1}`;
}
