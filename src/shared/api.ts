import type { WorkbookExtraApi } from './workbook';
import type { BudgetExtraApi } from './budget';
import type { DiplomaExtraApi } from './diplomas';
import type { PrivacyExtraApi } from './privacy';
import type { NextRoundExtraApi, SetupOptions } from './nextround';

// Types that cross google.script.run. JSON-safe only (checked by the compiler, JsonSafe in
// ./json.ts): dates are 'YYYY-MM-DD' strings, money is a number of kroner, no Date, no
// undefined inside arrays, no class instances.

export type Language = 'da' | 'en';

export interface Settings {
  cohortName: string;
  modules: number;
  requiredShare: number;
  excusedCountsAsAbsent: boolean;
  firstModuleDate: string;
  closedDates: string[];
  ceremonyDate: string;
  templateId: string;
  place: string;
  signatory: string;
  coordinatorInitials: string;
  grant: number;
  periodStart: string;
  periodEnd: string;
  retentionMonths: number;
  language: Language;
}

export type SettingsKey = keyof Settings;

/** Danish person statuses: they are the cohort's data and never translated in sheets. */
export const PERSON_STATUSES = [
  'Interesseret',
  'Samtale aftalt',
  'Optaget',
  'Venteliste',
  'Ikke optaget',
  'Trukket sig',
  'Frafaldet',
  'Uddannet',
] as const;
export type PersonStatus = (typeof PERSON_STATUSES)[number];

/** Attendance marks: M mødt, A afbud, F fravær, '' not registered. */
export const MARKS = ['M', 'A', 'F'] as const;
export type Mark = (typeof MARKS)[number] | '';

export type AttendanceStatus = 'completed' | 'below' | 'at_risk' | 'ok';

export interface NewPerson {
  name: string;
  phone?: string;
  email?: string;
  area?: string;
  languages?: string;
  source?: string;
  infoMeetingDate?: string;
  interviewDate?: string;
  consentDate?: string;
  childcare?: boolean;
  notes?: string;
}

/** Follow-up of a woman who became Uddannet (Personer: Aktiv bydelsmor, Uddannelse/job). */
export type YesNoAnswer = 'Ja' | 'Nej' | '';

/** updatePerson's patch: any of addPerson's fields ('' clears an optional one) plus the follow-up. */
export interface PersonPatch extends Partial<NewPerson> {
  activeVolunteer?: YesNoAnswer;
  educationOrJob?: YesNoAnswer;
}

/** addPerson / updatePerson: her id and warnings (a same name or phone), never refusals. */
export interface PersonResult {
  id: string;
  warnings: string[];
}

/** One row of `Personer` as the sidebars see it. */
export interface PersonRow extends Required<Omit<NewPerson, 'childcare'>> {
  id: string;
  childcare: boolean;
  status: PersonStatus | string;
  created: string;
  deleteAfter: string;
  activeVolunteer: string;
  educationOrJob: string;
  row: number;
}

export interface AttendanceRecord {
  module: number;
  present: string[];
  excused?: string[];
}

export interface AttendanceRow {
  id: string;
  name: string;
  attended: number;
  held: number;
  total: number;
  required: number;
  rate: number | null;
  status: AttendanceStatus;
  /** Held modules (numbers) where her cell is empty: a missing mark, counted as absence. */
  unrecorded: number[];
  /** Modules (numbers) whose cell holds something that is not a mark (counts as empty). */
  unknownMarks: number[];
  /**
   * Her marks M1…MT as read from the sheet ('' = none or not a mark), so the attendance sidebar
   * starts a re-recorded module from the marks it has. Optional in the type for older callers;
   * getAttendance and recordAttendance always send it.
   */
  marks?: Mark[];
}

export interface NewExpense {
  date: string;
  line: string;
  amount: number;
  description: string;
  receipt?: string;
}

export interface BudgetLineFigures {
  line: string;
  budget: number;
  spent: number;
  remaining: number;
}

export interface BudgetFigures {
  lines: BudgetLineFigures[];
  budget: number;
  spent: number;
  remaining: number;
}

export interface DiplomaOptions {
  batchSize?: number;
  regenerate?: boolean;
}

/** Why a participant gets no diploma (SPEC `leftOut[].code`); the sidebar groups by it. */
export type LeftOutCode = 'notFinished' | 'below' | 'droppedOut' | 'notEnrolled';

export interface LeftOut {
  id: string;
  reason: string;
  code: LeftOutCode;
}

export interface DiplomaResult {
  created: number;
  skipped: number;
  remaining: number;
  leftOut: LeftOut[];
  warnings: string[];
}

export interface SetupResult {
  created: string[];
  updated: string[];
  /** Sentences for the coordinator, e.g. that the saved diploma template was gone (fromSaved). */
  warnings?: string[];
}

// ---- The server API as the sidebars see it -------------------------------------------------
// One interface per area, each in its own file, composed here. The compiler checks that
// src/server/index.ts implements ServerApi (src/server/contract.ts) and that every parameter
// and result is JSON-safe (src/shared/json.ts), both in `npm run lint`; the sidebars' typed
// client is derived from it, so the UI never imports server code.

export interface SpecApi {
  setupWorkbook(o?: SetupOptions): SetupResult;
  getSettings(): Settings;
  saveSettings(partial: Partial<Settings>): Settings;
  addPerson(p: NewPerson): PersonResult;
  updatePerson(id: string, patch: PersonPatch): PersonResult;
  setPersonStatus(id: string, status: PersonStatus): { id: string; status: PersonStatus };
  recordAttendance(r: AttendanceRecord): AttendanceRow[];
  getAttendance(): AttendanceRow[];
  addExpense(x: NewExpense): { row: number; warnings: string[] };
  getBudget(): BudgetFigures;
  generateDiplomas(o?: DiplomaOptions): DiplomaResult;
  createReport(): { url: string };
  exportPerson(id: string): PersonExport;
  deletePerson(id: string): { removed: number };
}

export interface PersonExport {
  person: Record<string, string | number | boolean>;
  attendance: Record<string, string | number | boolean> | null;
  diplomas: { name: string; url: string }[];
}

export interface ServerApi
  extends SpecApi, WorkbookExtraApi, BudgetExtraApi, DiplomaExtraApi, PrivacyExtraApi, NextRoundExtraApi {}
