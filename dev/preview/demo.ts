// A realistic Danish demo cohort, built only through the REAL public API (so it is exactly
// what a coordinator could have typed): setup, settings, 25 applicants from Hedeparken,
// Magleparken and Grantoften, 18 admitted, 10 modules recorded with a few absences, 36
// expenses, and a timeline under way — one calendar for all of it (demoCalendar). Dates are relative to `today`, so "next module" is
// always ahead. Used by the preview (`npm start -- --demo`), the browser tests and screenshots.
import type { ServerApi } from '../../src/shared/api';
import { addDays, compareDates, DANISH_MONTHS, displayDate, weekday } from '../../src/core/dates';

export interface DemoSummary {
  applicants: number;
  admitted: number;
  modulesRecorded: number;
  expenses: number;
  ids: string[];
}

/** [name, area, languages] — languages only for those who consented (most of them). */
const APPLICANTS: [string, string, string][] = [
  ['Fatima Al-Hassan', 'Hedeparken', 'arabisk, dansk'],
  ['Hodan Warsame', 'Magleparken', 'somali, dansk, engelsk'],
  ['Ayşe Yılmaz', 'Grantoften', 'tyrkisk, dansk'],
  ['Nasreen Akhtar', 'Hedeparken', 'urdu, punjabi, dansk'],
  ['Mette Hansen', 'Magleparken', 'dansk, engelsk'],
  ['Amira Khalil', 'Grantoften', 'arabisk, dansk'],
  ['Asha Mohamed Ali', 'Hedeparken', 'somali, dansk'],
  ['Elif Demir', 'Magleparken', 'tyrkisk, kurdisk, dansk'],
  ['Shazia Begum', 'Grantoften', 'urdu, dansk'],
  ['Noor Haddad', 'Hedeparken', 'arabisk, fransk, dansk'],
  ['Faadumo Hassan', 'Magleparken', 'somali, arabisk, dansk'],
  ['Zeynep Kaya', 'Hedeparken', 'tyrkisk, dansk'],
  ['Rubina Khan', 'Magleparken', 'urdu, dansk'],
  ['Layla Mansour', 'Grantoften', 'arabisk, dansk'],
  ['Sahra Abdi', 'Hedeparken', 'somali, dansk'],
  ['Hatice Öztürk', 'Grantoften', 'tyrkisk, dansk'],
  ['Birgitte Sørensen', 'Hedeparken', 'dansk'],
  ['Farzana Iqbal', 'Magleparken', 'urdu, engelsk, dansk'],
  ['Rania Abdallah', 'Grantoften', 'arabisk, dansk'],
  ['Ifrah Osman', 'Hedeparken', ''],
  ['Emine Çelik', 'Magleparken', 'tyrkisk, dansk'],
  ['Saima Malik', 'Grantoften', 'urdu, dansk'],
  ['Lise Jørgensen', 'Magleparken', ''],
  ['Samira El-Amin', 'Hedeparken', 'arabisk, dansk'],
  ['Uzma Rashid', 'Grantoften', 'urdu, dansk'],
];

const SOURCES = [
  'Informationsmøde',
  'Veninde eller familie',
  'Boligsocial medarbejder',
  'Opslag',
  'Sundhedsplejerske',
];

/** Statuses of the 7 not admitted (applicants 19–25). */
const NOT_ADMITTED = [
  'Venteliste',
  'Venteliste',
  'Ikke optaget',
  'Ikke optaget',
  'Trukket sig',
  'Samtale aftalt',
  'Interesseret',
] as const;

/** Absences of admitted participant i (0-based): module → mark. Everyone else is present. */
const ABSENCES: Record<number, Record<number, 'A' | 'F'>> = {
  2: { 3: 'A' },
  5: { 6: 'F' },
  8: { 2: 'A', 7: 'F' },
  11: { 9: 'A' },
  13: { 4: 'F' },
  15: { 1: 'F', 5: 'A', 8: 'F' },
  16: { 10: 'A' },
  17: { 5: 'F', 6: 'F' },
};
/** Participant 18 stopped after module 6 (Frafaldet keeps her marks). */
const DROPOUT = { index: 17, afterModule: 6 };

const EXPENSES: [string, number, string][] = [
  ['Forplejning', 1234.5, 'Aftensmad modul 1 (Netto og Lidl)'],
  ['Forplejning', 986.25, 'Aftensmad modul 2'],
  ['Forplejning', 1102.0, 'Aftensmad modul 3'],
  ['Forplejning', 1045.75, 'Aftensmad modul 4'],
  ['Forplejning', 1190.0, 'Aftensmad modul 5 og kaffe'],
  ['Forplejning', 1012.4, 'Aftensmad modul 6'],
  ['Forplejning', 1150.0, 'Aftensmad modul 7'],
  ['Forplejning', 990.0, 'Aftensmad modul 8'],
  ['Forplejning', 1075.6, 'Aftensmad modul 9'],
  ['Forplejning', 1210.0, 'Aftensmad modul 10'],
  ['Forplejning', 645.0, 'Mapper, kuglepenne og kopier til deltagerne'],
  ['Honorar', 2000.0, 'Gæstelærer: sundhedsplejerske, modul 2'],
  ['Honorar', 2000.0, 'Gæstelærer: SSP-konsulent, modul 5'],
  ['Honorar', 1500.0, 'Gæstelærer: jobcentret, modul 8'],
  ['Transport', 420.0, 'Taxa til gæstelærer, modul 2'],
  ['Transport', 389.95, 'Blomster og gaver til undervisere'],
  ['Support', 7500.0, 'Landssekretariatet: konceptafgift, 1. rate'],
  ['Support', 2350.0, 'T-shirts og tasker med logo'],
  ['Rengøring', 612.5, 'Rengøringsartikler og håndsprit'],
  ['Rengøring', 480.0, 'Ekstra rengøring af lokalet'],
  ['Administration', 310.0, 'Porto og kopier til informationsmøder'],
  ['Administration', 189.0, 'Annonce i lokalavisen (andel)'],
  ['Børnepasning', 450.0, 'Børnepasser modul 1–3'],
  ['Børnepasning', 450.0, 'Børnepasser modul 4–6'],
  ['Børnepasning', 600.0, 'Børnepasser modul 7–10'],
  // The convention of the project-leader line: the task first, then the hours (README).
  ['Projektleder', 8000.0, 'Rekruttering: 20 t (informationsmøder og samtaler)'],
  ['Projektleder', 8000.0, 'Underviserkontakt: 20 t'],
  ['Projektleder', 12000.0, 'Facilitering: 30 t, modul 1–10'],
  ['Uforudsete', 275.0, 'Ny forlængerledning og batterier'],
  // Enough on each running line that the forecast has something real to say (issue 13 §10).
  ['Honorar', 1100.0, 'Gæstelærer: bibliotekar, modul 10'],
  ['Transport', 1150.0, 'Busbilletter til udflugt, modul 9'],
  ['Rengøring', 1500.0, 'Rengøring af lokalet, modul 1–10'],
  ['Børnepasning', 800.0, 'Børnepasser ekstra, modul 8–10'],
  ['Projektleder', 8000.0, 'Facilitering: 20 t, modul 4–10'],
  ['Administration', 1500.0, 'Revision og regnskab (andel)'],
  ['Afslutningsfest', 500.0, 'Depositum for lokale på rådhuset'],
];

/** The Tuesday on or before `iso`. */
function tuesdayOnOrBefore(iso: string): string {
  let day = iso;
  while (weekday(day) !== 2) day = addDays(day, -1);
  return day;
}

/** The first of the month `n` months after the month of `iso`. */
function addMonthsIso(iso: string, n: number): string {
  const [year, month] = iso.split('-').map(Number);
  const m = month - 1 + n;
  return `${year + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-01`;
}

function firstOfMonth(iso: string): string {
  return `${iso.slice(0, 7)}-01`;
}

function endOfMonth(iso: string): string {
  const [year, month] = iso.split('-').map(Number);
  return addDays(month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`, -1);
}

const monthName = (iso: string) => DANISH_MONTHS[Number(iso.slice(5, 7)) - 1];
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A cell typed by hand in the preview (Session.edit): what the coordinator does in the sheet. */
export type HandEdit = (sheet: string, row: number, column: number, value: string) => void;

/**
 * The demo's calendar, all of it from one date so it cannot contradict itself (issue 13 §9):
 * module 10 on the last Tuesday up to today; recruitment in the four months before module 1;
 * the course weekly for 15 weeks; the ceremony a week after module 15; the project period
 * from the first recruitment month to the end of the ceremony's month.
 */
export function demoCalendar(today: string): {
  firstModuleDate: string;
  lastModuleDate: string;
  ceremonyDate: string;
  periodStart: string;
  periodEnd: string;
} {
  const firstModuleDate = addDays(tuesdayOnOrBefore(today), -7 * 9);
  const lastModuleDate = addDays(firstModuleDate, 7 * 14);
  const ceremonyDate = addDays(lastModuleDate, 7);
  return {
    firstModuleDate,
    lastModuleDate,
    ceremonyDate,
    periodStart: firstOfMonth(addDays(firstModuleDate, -122)),
    periodEnd: endOfMonth(ceremonyDate),
  };
}

export function buildDemo(api: ServerApi, today: string, edit?: HandEdit): DemoSummary {
  const calendar = demoCalendar(today);
  const { firstModuleDate } = calendar;
  // Settings first, so setup seeds the timeline inside this cohort's period.
  api.saveSettings({
    cohortName: 'Bydelsmødre Ballerup',
    firstModuleDate,
    ceremonyDate: calendar.ceremonyDate,
    periodStart: calendar.periodStart,
    periodEnd: calendar.periodEnd,
    coordinatorInitials: 'LH',
    signatory: 'Borgmester Ballerup Kommune',
    place: 'Ballerup Rådhus',
  });
  api.setupWorkbook();
  const modules = api.getModules();
  const moduleDates = modules.map((m) => m.date);

  const ids: string[] = [];
  APPLICANTS.forEach(([name, area, languages], i) => {
    const infoMeetingDate = addDays(firstModuleDate, -70 + (i % 3) * 7);
    const consentDate = addDays(infoMeetingDate, 14);
    const phone = `+45 ${20 + (i % 9)}${(i * 7) % 10} ${String(10 + i).padStart(2, '0')} ${String(40 + i).padStart(2, '0')} ${String(11 + ((i * 13) % 89)).padStart(2, '0')}`;
    const { id } = api.addPerson({
      name,
      phone,
      email:
        i % 3 === 0
          ? `${name
              .split(' ')[0]
              .toLowerCase()
              .replace(/[^a-z]/g, '')}${i + 1}@mail.dk`
          : undefined,
      area,
      languages: languages || undefined,
      consentDate: languages ? consentDate : undefined,
      source: SOURCES[i % SOURCES.length],
      infoMeetingDate,
      interviewDate: addDays(infoMeetingDate, 21 + (i % 4)),
      childcare: i % 4 === 1,
      notes: i === 3 ? 'Foretrækker sms frem for opkald.' : undefined,
    });
    ids.push(id);
  });

  const admitted = ids.slice(0, 18);
  for (const id of admitted) api.setPersonStatus(id, 'Optaget');
  NOT_ADMITTED.forEach((status, i) => api.setPersonStatus(ids[18 + i], status));

  let recorded = 0;
  for (let module = 1; module <= 10; module++) {
    const active = admitted.filter((_, i) => !(i === DROPOUT.index && module > DROPOUT.afterModule));
    const present = active.filter((id) => !ABSENCES[admitted.indexOf(id)]?.[module]);
    const excused = active.filter((id) => ABSENCES[admitted.indexOf(id)]?.[module] === 'A');
    api.recordAttendance({ module, present, excused });
    recorded++;
    if (module === DROPOUT.afterModule) api.setPersonStatus(admitted[DROPOUT.index], 'Frafaldet');
  }

  const lines = api.getBudget().lines.map((l) => l.line);
  const lineFor = (prefix: string) => lines.find((l) => l.startsWith(prefix)) ?? lines[0];
  const heldDates = moduleDates.slice(0, 10).filter(Boolean);
  EXPENSES.forEach(([prefix, amount, description], i) => {
    const date = heldDates.length ? heldDates[i % heldDates.length] : today;
    api.addExpense({
      date: compareDates(date, today) > 0 ? today : date,
      line: lineFor(prefix),
      amount,
      description,
      receipt: `B-${String(i + 1).padStart(3, '0')}`,
    });
  });

  // The seeded timeline names the application's months (Oktober … Marts–juni); this cohort runs
  // on its own calendar, so the coordinator has typed its months and deadlines to match it.
  if (edit) {
    const start = calendar.periodStart;
    const month = (n: number) => addMonthsIso(start, n);
    const plan: [string, string][] = [
      [capital(monthName(month(0))), endOfMonth(month(0))],
      [capital(monthName(month(1))), endOfMonth(month(1))],
      [capital(monthName(month(2))), endOfMonth(month(2))],
      [capital(monthName(month(3))), endOfMonth(month(3))],
      [
        `${capital(monthName(firstModuleDate))}–${monthName(calendar.lastModuleDate)}`,
        calendar.lastModuleDate,
      ],
      [capital(monthName(calendar.ceremonyDate)), calendar.ceremonyDate],
    ];
    plan.forEach(([label, deadline], i) => {
      edit('Tidsplan', i + 2, 1, label);
      edit('Tidsplan', i + 2, 4, displayDate(deadline));
    });
  }

  // Past activities are done, except the first, left "I gang" so an overdue flag shows.
  const timeline = api.getTimeline();
  let leftOpen = false;
  for (const row of timeline) {
    if (!row.deadline || compareDates(row.deadline, today) >= 0) continue;
    if (!leftOpen) {
      api.setTimelineStatus(row.row, 'I gang');
      leftOpen = true;
    } else {
      api.setTimelineStatus(row.row, 'Færdig');
    }
  }
  const current = timeline.find((r) => r.deadline && compareDates(r.deadline, today) >= 0);
  if (current) api.setTimelineStatus(current.row, 'I gang');

  api.refreshOverview();
  return {
    applicants: ids.length,
    admitted: admitted.length,
    modulesRecorded: recorded,
    expenses: EXPENSES.length,
    ids,
  };
}

/** The API over a caller such as Session.run: a refusal becomes a thrown Error, as in Apps Script. */
export function apiOver(
  run: (fn: string, args: unknown[]) => { ok: boolean; value?: unknown; error?: string },
): ServerApi {
  return new Proxy({} as ServerApi, {
    get:
      (_t, name) =>
      (...args: unknown[]) => {
        const result = run(String(name), args);
        if (!result.ok) throw new Error(`${String(name)}: ${result.error}`);
        return result.value;
      },
  });
}
