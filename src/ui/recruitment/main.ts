// Rekruttering: everyone in `Personer` with her status, a status change per person, a filter
// by status, and the retention reminders for applicants who were not admitted.
import type { PersonRow, PersonStatus } from '../../shared/api';
import { PERSON_STATUSES } from '../../shared/api';
import { busy, card, clearNotice, notify, pageButton, region, skeleton, startPage } from '../shared/app';
import { server } from '../shared/client';
import { h, fill, uid } from '../shared/dom';
import { errorText, keepTogether, showDate } from '../shared/format';
import { bindAttr, currentLang, onLanguage, tr, tx } from '../shared/i18n';
import { personStatusLabel } from '../../core/i18n/statuses';
import { byName, personStatusTone } from '../shared/people';

const page = startPage('menuRecruitment', 'recruitment');

let persons: PersonRow[] = [];
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
      due.map((r) => h('li', { class: 'row' }, h('span', { class: 'grow' }, nameOf(r.id)), h('span', { class: 'small muted' }, showDate(r.deleteAfter)))),
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
    persons = (await server.listPersons()).slice().sort(byName);
    renderFilter();
    renderList();
    void reminders.reload();
  } catch (error) {
    fill(listSlot, h('p', { class: 'error-text' }, errorText(error)));
  } finally {
    listSlot.setAttribute('aria-busy', 'false');
  }
}

function nameOf(id: string): string {
  return persons.find((p) => p.id === id)?.name ?? id;
}

function renderFilter(): void {
  const count = (s: string) => persons.filter((p) => p.status === s).length;
  fill(
    filterSelect,
    h('option', { value: '' }, tr('uiRecruitmentAll', { count: persons.length })),
    PERSON_STATUSES.map((s) => h('option', { value: s }, `${personStatusLabel(s, currentLang())} (${count(s)})`)),
  );
  filterSelect.value = filter;
}

function renderList(): void {
  const shown = persons.filter(
    (p) => (!filter || p.status === filter) && (!search || p.name.toLocaleLowerCase('da').includes(search) || p.id.toLowerCase() === search),
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
    (PERSON_STATUSES as readonly string[]).includes(p.status) ? null : h('option', { value: p.status }, p.status || '–'),
  );
  select.value = p.status;
  const details = [p.id, p.area, keepTogether(p.phone)].filter(Boolean).join(' · ');
  select.addEventListener('change', () => void changeStatus(p, select));
  return h(
    'li',
    { class: 'person-row' },
    h(
      'div',
      { class: 'who' },
      h('div', { class: 'name' }, p.name),
      h('div', { class: 'small muted' }, details),
      p.deleteAfter ? h('div', { class: 'small muted' }, tr('uiRecruitmentDeleteAfter', { date: showDate(p.deleteAfter) })) : null,
    ),
    h('label', { for: selectId, class: 'visually-hidden' }, tr('uiRecruitmentChangeStatus', { name: p.name })),
    select,
  );
}

async function changeStatus(p: PersonRow, select: HTMLSelectElement): Promise<void> {
  clearNotice();
  const to = select.value as PersonStatus;
  const from = p.status;
  select.disabled = true;
  select.setAttribute('aria-busy', 'true');
  try {
    await busy([], () => server.setPersonStatus(p.id, to));
    notify('ok', tr('uiRecruitmentStatusSaved', { name: p.name, status: personStatusLabel(to, currentLang()) }));
    persons = (await server.listPersons()).slice().sort(byName);
    renderFilter();
    renderList();
    void reminders.reload();
  } catch (error) {
    select.value = from;
    notify('error', errorText(error));
  } finally {
    select.disabled = false;
    select.removeAttribute('aria-busy');
  }
}
