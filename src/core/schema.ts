// The workbook's sheets and columns (SPEC.md "Sheets"). Sheet names and headers are the
// cohort's data and always Danish; the add-on finds a sheet again by its id after a rename
// and a column by its header text after a reorder.

export type SheetKey = 'persons' | 'modules' | 'attendance' | 'budget' | 'expenses' | 'timeline' | 'overview';

export type ColumnKind =
  | 'id'
  | 'text'
  | 'longtext'
  | 'phone'
  | 'email'
  | 'date'
  | 'datetime'
  | 'money'
  | 'number'
  | 'hours'
  | 'percent'
  | 'checkbox'
  | 'yesno'
  | 'status'
  | 'mark'
  | 'link';

export interface ColumnDef {
  header: string;
  kind: ColumnKind;
  /** Written by the add-on, not by the coordinator: protected with a warning. */
  computed?: boolean;
  width?: number;
}

export interface SheetDef {
  key: SheetKey;
  name: string;
  columns: ColumnDef[];
}

const col = (header: string, kind: ColumnKind, width?: number, computed?: boolean): ColumnDef => ({
  header,
  kind,
  width,
  computed,
});

export const PERSON_COLUMNS = [
  col('ID', 'id', 60, true),
  col('Navn', 'text', 180),
  col('Telefon', 'phone', 120),
  col('E-mail', 'email', 180),
  col('Boligområde', 'text', 120),
  col('Sprog', 'text', 120),
  col('Kilde', 'text', 120),
  col('Status', 'status', 120),
  col('Infomøde', 'date', 95),
  col('Samtale', 'date', 95),
  col('Samtykke', 'date', 95),
  col('Børnepasning', 'checkbox', 95),
  col('Noter', 'longtext', 220),
  col('Oprettet', 'date', 95, true),
  col('Slettes', 'date', 95, true),
  // Follow-up of a woman who became Uddannet (SPEC): Ja / Nej, empty = not known.
  col('Aktiv bydelsmor', 'yesno', 95),
  col('Uddannelse/job', 'yesno', 95),
] as const;

/** Values of a follow-up column (`yesno`): the cohort's data, always Danish; '' = not known. */
export const YES_NO = ['Ja', 'Nej'] as const;
export type YesNo = (typeof YES_NO)[number] | '';

export const MODULE_COLUMNS = [
  col('Nr', 'number', 45, true),
  col('Dato', 'date', 95),
  col('Tema', 'text', 320),
  col('Del', 'text', 200),
  col('Underviser', 'text', 160),
  col('Timer', 'hours', 60),
] as const;

/** Header of the attendance column for module n (1-based): M1 … MT. */
export const moduleHeader = (n: number): string => `M${n}`;

/** Module number of an attendance header, or 0 when the header is not a module column. */
export function moduleNumberOf(header: string): number {
  const match = /^M([1-9][0-9]?)$/.exec(header.trim());
  return match ? Number(match[1]) : 0;
}

export const ATTENDANCE_SUMMARY_COLUMNS = [
  col('Mødt', 'number', 55, true),
  col('Afholdt', 'number', 60, true),
  col('Fremmøde %', 'percent', 90, true),
  col('Status', 'text', 110, true),
  col('Diplom', 'link', 200, true),
] as const;

export function attendanceColumns(modules: number): ColumnDef[] {
  const marks: ColumnDef[] = [];
  for (let n = 1; n <= modules; n++) marks.push(col(moduleHeader(n), 'mark', 38));
  return [col('ID', 'id', 60, true), col('Navn', 'text', 180, true), ...marks, ...ATTENDANCE_SUMMARY_COLUMNS];
}

export const BUDGET_COLUMNS = [
  col('Post', 'text', 330),
  col('Budget', 'money', 110),
  col('Forbrug', 'money', 110, true),
  col('Rest', 'money', 110, true),
  col('Forbrug %', 'percent', 85, true),
  col('Note', 'longtext', 260),
] as const;

export const EXPENSE_COLUMNS = [
  col('Dato', 'date', 95),
  col('Post', 'text', 260),
  col('Beløb', 'money', 110),
  col('Beskrivelse', 'longtext', 260),
  col('Bilag', 'text', 120),
  col('Registreret', 'datetime', 140, true),
] as const;

export const TIMELINE_COLUMNS = [
  col('Måned', 'text', 90),
  col('Aktivitet', 'longtext', 340),
  col('Ansvarlig', 'text', 90),
  col('Frist', 'date', 95),
  col('Status', 'status', 100),
  col('Note', 'longtext', 240),
] as const;

/** The Danish default names; the add-on remembers each sheet's id, so a rename is fine. */
export const SHEET_NAMES: Record<SheetKey, string> = {
  persons: 'Personer',
  modules: 'Moduler',
  attendance: 'Fremmøde',
  budget: 'Budget',
  expenses: 'Udgifter',
  timeline: 'Tidsplan',
  overview: 'Oversigt',
};

/** Sheet order when setup creates them: the dashboard first, then the working sheets. */
export const SHEET_ORDER: SheetKey[] = [
  'overview',
  'persons',
  'modules',
  'attendance',
  'budget',
  'expenses',
  'timeline',
];

export function sheetColumns(key: SheetKey, modules: number): ColumnDef[] {
  switch (key) {
    case 'persons':
      return [...PERSON_COLUMNS];
    case 'modules':
      return [...MODULE_COLUMNS];
    case 'attendance':
      return attendanceColumns(modules);
    case 'budget':
      return [...BUDGET_COLUMNS];
    case 'expenses':
      return [...EXPENSE_COLUMNS];
    case 'timeline':
      return [...TIMELINE_COLUMNS];
    case 'overview':
      return [];
  }
}

export const TIMELINE_STATUSES = ['Planlagt', 'I gang', 'Færdig'] as const;
export type TimelineStatus = (typeof TIMELINE_STATUSES)[number];
