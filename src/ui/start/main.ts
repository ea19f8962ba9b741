// Start: the cohort at a glance, and the way to every other task.
import type { AttendanceRow, PersonRow, Settings } from '../../shared/api';
import { PERSON_STATUSES } from '../../shared/api';
import { statusLabel } from '../../core/attendance';
import { badge, busy, card, notify, pageButton, region, startPage } from '../shared/app';
import { server } from '../shared/client';
import { h, fill, type Child } from '../shared/dom';
import { errorText, showDate, showMoney } from '../shared/format';
import { currentLang, onLanguage, tr, tx } from '../shared/i18n';
import { personStatusLabel } from '../../core/i18n/statuses';
import { attendanceTone } from '../shared/people';
import { fromSavedOffer } from './fromSaved';

const page = startPage('menuStart', 'start');
const setupSlot = h('div');

// One listPersons call feeds both the people counts and which attendance rows are enrolled.
let personsCall: Promise<PersonRow[]> | null = null;
const persons = (): Promise<PersonRow[]> => (personsCall ??= server.listPersons());

const peopleRegion = region(async () => {
  try {
    const rows = await persons();
    hideSetup();
    return peopleSummary(rows);
  } catch (error) {
    showSetup(errorText(error));
    throw error;
  }
}, 4);

const attendanceRegion = region(async () => {
  const [rows, s, people] = await Promise.all([
    server.getAttendance(),
    page.settings,
    persons().catch((): PersonRow[] => []),
  ]);
  const status = new Map(people.map((p) => [p.id, p.status]));
  return attendanceSummary(rows, s, (id) => status.get(id) === 'Optaget');
});

const budgetRegion = region(async () => {
  const b = await server.getBudget();
  const share = b.budget > 0 ? Math.min(1, b.spent / b.budget) : 0;
  return [
    h(
      'dl',
      { class: 'kv' },
      h('dt', null, tx('uiBudgetTotal')),
      h('dd', null, showMoney(b.budget)),
      h('dt', null, tx('uiBudgetSpent')),
      h('dd', null, showMoney(b.spent)),
      h('dt', null, tx('uiBudgetRemaining')),
      h('dd', null, showMoney(b.remaining)),
    ),
    h(
      'div',
      {
        class: `meter${b.remaining < 0 ? ' over' : ''}`,
        role: 'img',
        'aria-label': tr('uiBudgetSpentShare', { percent: Math.round(share * 100) }),
      },
      h('span', { style: `width:${Math.round(share * 100)}%` }),
    ),
  ];
}, 3);

const timelineRegion = region(async () => {
  const rows = await server.getTimeline();
  const overdue = rows.filter((r) => r.overdue);
  if (!overdue.length) return h('p', { class: 'muted' }, tx('uiStartNoOverdue'));
  return [
    h('p', null, badge(tr('uiStartOverdueCount', { count: overdue.length }), 'red')),
    h(
      'ul',
      { class: 'list' },
      overdue.map((r) =>
        h(
          'li',
          null,
          h('div', null, r.activity),
          h(
            'div',
            { class: 'small muted' },
            tr('uiTimelineDeadline'),
            ': ',
            showDate(r.deadline),
            r.responsible ? ` · ${r.responsible}` : '',
          ),
        ),
      ),
    ),
  ];
}, 2);

const moduleRegion = region(async () => {
  const modules = await server.getModules();
  const next = modules.find((m) => !m.held);
  if (!modules.length) return h('p', { class: 'muted' }, tx('uiStartNoModules'));
  if (!next) return h('p', null, tx('uiStartAllHeld'));
  return [
    h(
      'p',
      { class: 'name' },
      tr('uiModuleNumber', { nr: next.nr }),
      next.date ? ` · ${showDate(next.date)}` : '',
    ),
    h('p', null, next.theme),
    next.date ? null : h('p', { class: 'muted' }, tx('uiStartNoModuleDate')),
    h(
      'p',
      { class: 'small muted' },
      tr('uiStartHeldCount', { held: modules.filter((m) => m.held).length, total: modules.length }),
    ),
  ];
}, 2);

const retentionRegion = region(
  async () => {
    const reminders = await server.getRetentionReminders();
    if (!reminders.length) return null;
    return h(
      'div',
      { class: 'notice notice-warn' },
      h('span', null, tr('uiRetentionDue', { count: reminders.length })),
      pageButton('privacy', 'menuPrivacy'),
    );
  },
  0,
  true,
);

// Until the workbook is set up, the figures would only repeat "sheet missing": hide them.
const figures = h(
  'div',
  null,
  card('uiStartPeople', peopleRegion),
  card('uiStartAttendance', attendanceRegion),
  card('uiStartNextModule', moduleRegion),
  card('uiStartBudget', budgetRegion),
  card('uiStartTimeline', timelineRegion),
);

/** Tasks that need the sheets: disabled until the workbook is set up (settings and help work before). */
const taskButtons = [
  pageButton('person', 'menuNewPerson', true),
  pageButton('attendance', 'menuAttendance', true),
  pageButton('recruitment', 'menuRecruitment'),
  pageButton('expense', 'menuExpense'),
  pageButton('timeline', 'menuTimeline'),
  pageButton('diplomas', 'menuDiplomas'),
  pageButton('report', 'menuReport'),
  pageButton('privacy', 'menuPrivacy'),
];

fill(
  page.main,
  setupSlot,
  retentionRegion,
  figures,
  card(
    'uiStartTasks',
    h(
      'div',
      { class: 'button-grid' },
      taskButtons,
      pageButton('settings', 'menuSettings'),
      pageButton('help', 'menuHelp'),
    ),
  ),
);

onLanguage(() => void reloadAll());

function showSetup(reason: string): void {
  const button = h('button', { type: 'button', class: 'primary' }, tx('menuSetup'));
  button.addEventListener('click', () => {
    void busy([button], async () => {
      try {
        const result = await server.setupWorkbook();
        notify('ok', tr('uiSetupDone', { count: result.created.length + result.updated.length }));
        hideSetup();
        await reloadAll();
      } catch (error) {
        notify('error', errorText(error));
      }
    });
  });
  fill(
    setupSlot,
    card(
      'uiSetupTitle',
      h('p', null, tx('uiSetupText')),
      h('p', { class: 'small muted' }, reason),
      h('div', { class: 'actions' }, button),
      fromSavedOffer(async () => {
        hideSetup();
        await reloadAll();
      }),
    ),
  );
  figures.hidden = true;
  for (const b of taskButtons) b.disabled = true;
}

function hideSetup(): void {
  fill(setupSlot);
  figures.hidden = false;
  for (const b of taskButtons) b.disabled = false;
}

async function reloadAll(): Promise<void> {
  personsCall = null;
  await Promise.all(
    [peopleRegion, attendanceRegion, budgetRegion, timelineRegion, moduleRegion, retentionRegion].map((r) =>
      r.reload(),
    ),
  );
}

function peopleSummary(rows: PersonRow[]): HTMLElement {
  if (!rows.length) return h('p', { class: 'muted' }, tx('uiStartNoPeople'));
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
  const order = [
    ...PERSON_STATUSES,
    ...[...counts.keys()].filter((s) => !(PERSON_STATUSES as readonly string[]).includes(s)),
  ];
  return h(
    'dl',
    { class: 'kv' },
    order
      .filter((s) => counts.has(s))
      .map((s) => [
        h('dt', null, s ? personStatusLabel(s, currentLang()) : tr('uiNoStatus')),
        h('dd', null, String(counts.get(s))),
      ]),
    h('dt', { class: 'name' }, tx('uiTotal')),
    h('dd', { class: 'name' }, String(rows.length)),
  );
}

function attendanceSummary(
  all: AttendanceRow[],
  s: Settings | null,
  enrolled: (id: string) => boolean,
): Child {
  // Frafaldet and Uddannet keep their rows in Fremmøde; the flags are about who is still on the course.
  const rows = all.filter((r) => enrolled(r.id));
  if (!rows.length) return h('p', { class: 'muted' }, tx('uiStartNoParticipants'));
  const share = s?.requiredShare ?? 0.9;
  const flagged = rows.filter((r) => r.status === 'at_risk' || r.status === 'below');
  const held = Math.max(...rows.map((r) => r.held));
  const counts = (['completed', 'ok', 'at_risk', 'below'] as const)
    .map((status) => ({ status, n: rows.filter((r) => r.status === status).length }))
    .filter((c) => c.n > 0);
  return [
    h('p', { class: 'small muted' }, tr('uiStartHeldParticipants', { held, count: rows.length })),
    h(
      'p',
      { class: 'badges' },
      counts.map((c) => [
        badge(`${statusLabel(c.status, share, currentLang())}: ${c.n}`, attendanceTone(c.status)),
        ' ',
      ]),
    ),
    flagged.length
      ? h(
          'ul',
          { class: 'list' },
          flagged.map((r) =>
            h(
              'li',
              { class: 'row' },
              h('span', { class: 'grow' }, r.name),
              badge(statusLabel(r.status, share, currentLang()), attendanceTone(r.status)),
            ),
          ),
        )
      : null,
  ];
}
