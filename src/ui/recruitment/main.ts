// Rekruttering: everyone in `Personer` with her status, a status change per person, a filter
// by status, and the retention reminders for applicants who were not admitted.
import type { AttendanceRow, PersonRow, PersonStatus, Settings } from '../../shared/api';
import { isUserError } from '../../core/errors';
import { planStatusChange } from '../../core/people';
import { PERSON_STATUSES } from '../../shared/api';
import { busy, card, clearNotice, notify, pageButton, region, skeleton, startPage } from '../shared/app';
import { server } from '../shared/client';
import { h, fill, uid } from '../shared/dom';
import { errorText, keepTogether, showDate } from '../shared/format';
import { bindAttr, currentLang, onLanguage, tr, tx } from '../shared/i18n';
import { personStatusLabel } from '../../core/i18n/statuses';
import { byName, personStatusTone } from '../shared/people';
import { openPage } from '../shared/nav';
import { todayIso } from '../shared/rules';
import { EDIT_HINT } from '../shared/people';

const page = startPage('menuRecruitment', 'recruitment');
let settings: Settings | null = null;
void page.settings.then((s) => (settings = s));

let persons: PersonRow[] = [];
let attendance: AttendanceRow[] = [];
/** The last status change made here, which "Fortryd" sets back (through the server's rules). */
let lastChange: { id: string; name: string; from: string; to: string } | null = null;
const undoSlot = h('div', { class: 'undo-slot', 'aria-live': 'polite' });
let filter = '';
let search = '';

const filterId = uid('filter');
const searchId = uid('search');
const filterSelect = h('select', { id: filterId });
const searchInput = h('input', { id: searchId, type: 'search', autocomplete: 'off' });
bindAttr(searchInput, 'placeholder', 'uiRecruitmentSearchPlaceholder');
const listSlot = h('div', { 'aria-busy': 'true' }, skeleton(8));
const countLine = h('p', { class: 'small muted', 'aria-live': 'polite' });

const reminders = region(async () => {
  const due = await server.getRetentionReminders();
  if (!due.length) return null;
  return card(
    'uiRetentionTitle',
    h('p', { class: 'small' }, tx('uiRetentionExplain')),
    h(
      'ul',
      { class: 'list' },
      due.map((r) =>
        h(
          'li',
          { class: 'row' },
          h('span', { class: 'grow' }, nameOf(r.id)),
          h('span', { class: 'small muted' }, showDate(r.deleteAfter)),
        ),
      ),
    ),
    h('div', { class: 'actions' }, pageButton('privacy', 'menuPrivacy')),
  );
}, 0);

fill(
  page.main,
  h(
    'div',
    { class: 'filters' },
    h('div', { class: 'field' }, h('label', { for: filterId }, tx('uiRecruitmentFilter')), filterSelect),
    h('div', { class: 'field' }, h('label', { for: searchId }, tx('uiRecruitmentSearch')), searchInput),
  ),
  countLine,
  undoSlot,
  listSlot,
  reminders,
  h('div', { class: 'actions' }, pageButton('person', 'menuNewPerson', true)),
);

filterSelect.addEventListener('change', () => {
  filter = filterSelect.value;
  renderList();
});
searchInput.addEventListener('input', () => {
  search = searchInput.value.trim().toLocaleLowerCase('da');
  renderList();
});
onLanguage(() => {
  renderFilter();
  renderList();
});

void load();

async function load(): Promise<void> {
  try {
    await refresh();
    void reminders.reload();
  } catch (error) {
    fill(listSlot, h('p', { class: 'error-text' }, errorText(error)));
  } finally {
    listSlot.setAttribute('aria-busy', 'false');
  }
}

async function refresh(): Promise<void> {
  const [list, rows] = await Promise.all([
    server.listPersons(),
    server.getAttendance().catch((): AttendanceRow[] => []),
  ]);
  persons = list.slice().sort(byName);
  attendance = rows;
  renderFilter();
  renderList();
}

function nameOf(id: string): string {
  return persons.find((p) => p.id === id)?.name ?? id;
}

function renderFilter(): void {
  const count = (s: string) => persons.filter((p) => p.status === s).length;
  fill(
    filterSelect,
    h('option', { value: '' }, tr('uiRecruitmentAll', { count: persons.length })),
    PERSON_STATUSES.map((s) =>
      h('option', { value: s }, `${personStatusLabel(s, currentLang())} (${count(s)})`),
    ),
  );
  filterSelect.value = filter;
}

function renderList(): void {
  const shown = persons.filter(
    (p) =>
      (!filter || p.status === filter) &&
      (!search || p.name.toLocaleLowerCase('da').includes(search) || p.id.toLowerCase() === search),
  );
  fill(countLine, tr('uiRecruitmentShown', { shown: shown.length, total: persons.length }));
  if (!persons.length) {
    fill(listSlot, h('p', { class: 'empty' }, tx('uiStartNoPeople')));
    return;
  }
  fill(listSlot, h('ul', { class: 'list people' }, shown.map(personItem)));
}

function personItem(p: PersonRow): HTMLElement {
  const selectId = uid('status');
  const select = h(
    'select',
    { id: selectId, class: `status-select tone-${personStatusTone(p.status)}` },
    PERSON_STATUSES.map((s) => h('option', { value: s }, personStatusLabel(s, currentLang()))),
    (PERSON_STATUSES as readonly string[]).includes(p.status)
      ? null
      : h('option', { value: p.status }, p.status || '–'),
  );
  select.value = p.status;
  const details = [p.id, p.area, keepTogether(p.phone)].filter(Boolean).join(' · ');
  const confirmSlot = h('div', { class: 'confirm-slot' });
  const change = h(
    'button',
    { type: 'button', class: 'secondary small-button', hidden: true },
    tx('uiRecruitmentChangeButton'),
  );
  // Choosing in the list (also with the arrow keys) saves nothing: the button asks first.
  select.addEventListener('change', () => {
    change.hidden = select.value === p.status;
    fill(confirmSlot);
  });
  change.addEventListener('click', () =>
    fill(confirmSlot, confirmBox(p, select.value as PersonStatus, select, change, confirmSlot)),
  );
  const edit = h(
    'button',
    { type: 'button', class: 'link edit-person', onclick: () => void editPerson(p) },
    tx('uiRecruitmentEdit'),
  );
  edit.setAttribute('aria-label', tr('uiRecruitmentEditPerson', { name: p.name }));
  return h(
    'li',
    { class: 'person-row', 'data-id': p.id },
    h(
      'div',
      { class: 'who' },
      h('div', { class: 'name' }, p.name, ' ', edit),
      h('div', { class: 'small muted' }, details),
      p.deleteAfter
        ? h(
            'div',
            { class: 'small muted' },
            tr('uiRecruitmentDeleteAfter', { date: showDate(p.deleteAfter) }),
          )
        : null,
    ),
    h(
      'label',
      { for: selectId, class: 'visually-hidden' },
      tr('uiRecruitmentChangeStatus', { name: p.name }),
    ),
    h('div', { class: 'status-change' }, select, change),
    confirmSlot,
  );
}

/** What follows from the change, in her words, by the very rule the server applies. */
function consequences(p: PersonRow, to: PersonStatus): { lines: string[]; refused: boolean } {
  const row = attendance.find((r) => r.id === p.id);
  const hasMarks = Boolean(row?.marks?.some((m) => m !== '')) || (row?.unknownMarks?.length ?? 0) > 0;
  try {
    const plan = planStatusChange({
      from: p.status,
      to,
      hasMarks,
      attendanceStatus: row ? row.status : null,
      retentionMonths: settings?.retentionMonths ?? 6,
      today: todayIso(),
      hasAttendanceRow: row !== undefined,
    });
    const lines: string[] = [];
    if (plan.addAttendanceRow) lines.push(tr('uiStatusFollowsEnrol'));
    else if (to === 'Optaget' && row) lines.push(tr('uiStatusFollowsEnrolBack'));
    if (plan.removeAttendanceRow) lines.push(tr('uiStatusFollowsRemoveRow'));
    if (plan.deleteAfter !== 'keep' && plan.deleteAfter !== '')
      lines.push(tr('uiStatusFollowsDeleteDate', { date: showDate(plan.deleteAfter) }));
    if (plan.deleteAfter === '' && p.deleteAfter) lines.push(tr('uiStatusFollowsClearDeleteDate'));
    if (!lines.length) lines.push(tr('uiStatusFollowsNothing'));
    return { lines, refused: false };
  } catch (error) {
    if (!isUserError(error)) throw error;
    const key =
      error.key === 'peopleHasMarks'
        ? 'uiStatusFollowsRefusedMarks'
        : error.key === 'peopleNotCompleted'
          ? 'uiStatusFollowsRefusedNotCompleted'
          : error.key === 'peopleNotEnrolled'
            ? 'uiStatusFollowsRefusedNotEnrolled'
            : null;
    return { lines: [key ? tr(key, { to }) : tr(error.key, error.params)], refused: true };
  }
}

function confirmBox(
  p: PersonRow,
  to: PersonStatus,
  select: HTMLSelectElement,
  change: HTMLButtonElement,
  slot: HTMLElement,
): HTMLElement {
  const { lines, refused } = consequences(p, to);
  const cancel = h('button', { type: 'button', class: 'secondary' }, tx('uiCancel'));
  const ok = h('button', { type: 'button', class: 'primary' }, tx('uiStatusConfirm'));
  cancel.addEventListener('click', () => {
    select.value = p.status;
    change.hidden = true;
    fill(slot);
    select.focus();
  });
  ok.addEventListener('click', () => void saveStatus(p, to, [ok, cancel]));
  const box = h(
    'div',
    { class: `confirm notice ${refused ? 'notice-error' : 'notice-info'}`, role: 'group' },
    h(
      'p',
      { class: 'confirm-title' },
      tr('uiStatusConfirmTitle', {
        name: p.name,
        from: p.status ? personStatusLabel(p.status, currentLang()) : '–',
        to: personStatusLabel(to, currentLang()),
      }),
    ),
    h(
      'ul',
      { class: 'small' },
      lines.map((l) => h('li', null, l)),
    ),
    h('div', { class: 'actions' }, refused ? null : ok, cancel),
  );
  setTimeout(() => (refused ? cancel : ok).focus(), 0);
  return box;
}

async function saveStatus(p: PersonRow, to: PersonStatus, buttons: HTMLButtonElement[]): Promise<void> {
  clearNotice();
  try {
    await busy(buttons, () => server.setPersonStatus(p.id, to));
    notify(
      'ok',
      tr('uiRecruitmentStatusSaved', { name: p.name, status: personStatusLabel(to, currentLang()) }),
    );
    lastChange = { id: p.id, name: p.name, from: p.status, to };
    await refresh();
    renderUndo();
    void reminders.reload();
  } catch (error) {
    notify('error', errorText(error));
  }
}

/** "Fortryd" sets the status she had before, with the server's normal rules. */
function renderUndo(): void {
  if (!lastChange || !(PERSON_STATUSES as readonly string[]).includes(lastChange.from)) {
    fill(undoSlot);
    return;
  }
  const change = lastChange;
  const undo = h(
    'button',
    { type: 'button', class: 'secondary undo' },
    tr('uiUndoStatus', { name: change.name, status: change.from }),
  );
  undo.addEventListener(
    'click',
    () =>
      void busy([undo], async () => {
        clearNotice();
        try {
          await server.setPersonStatus(change.id, change.from as PersonStatus);
          notify('ok', tr('uiUndoDone', { name: change.name, status: change.from }));
          lastChange = null;
          await refresh();
          renderUndo();
          void reminders.reload();
        } catch (error) {
          notify('error', errorText(error));
        }
      }),
  );
  fill(undoSlot, h('div', { class: 'actions' }, undo));
}

async function editPerson(p: PersonRow): Promise<void> {
  try {
    window.localStorage.setItem(EDIT_HINT, p.id);
  } catch {
    // Storage blocked: the person page then opens empty, for a new person.
  }
  try {
    await openPage('person');
  } catch (error) {
    notify('error', errorText(error));
  }
}
