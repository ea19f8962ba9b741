// Persondata: a data-protection request for one person — her data as a JSON file, or her
// deletion from every sheet (confirmed by typing her ID) — and the retention reminders.
import type { PersonRow } from '../../shared/api';
import type { RetentionReminder } from '../../shared/privacy';
import { busy, card, clearNotice, notify, region, skeleton, startPage } from '../shared/app';
import { server } from '../shared/client';
import { h, fill, uid } from '../shared/dom';
import { errorText, showDate } from '../shared/format';
import { bindAttr, tr, tx } from '../shared/i18n';
import { byName } from '../shared/people';

const page = startPage('menuPrivacy', 'privacy');
let persons: PersonRow[] = [];
let downloadUrl = '';

const personId = uid('person');
const personSelect = h('select', { id: personId, disabled: true });
const personSlot = h(
  'div',
  { class: 'field' },
  h('label', { for: personId }, tx('uiPrivacyPerson')),
  personSelect,
);

const exportButton = h('button', { type: 'button', class: 'primary', disabled: true }, tx('uiPrivacyExport'));
const exportResult = h('div', { 'aria-live': 'polite' });

const confirmId = uid('confirm');
const confirmInput = h('input', {
  id: confirmId,
  type: 'text',
  autocomplete: 'off',
  spellcheck: 'false',
  disabled: true,
});
const confirmLabel = h('label', { for: confirmId });
const deleteButton = h('button', { type: 'button', class: 'danger', disabled: true }, tx('uiPrivacyDelete'));

const reminders = region(async () => {
  const due = await server.getRetentionReminders();
  return remindersOf(due);
}, 2);

fill(
  page.main,
  h('div', { 'aria-busy': 'true', class: 'person-slot' }, skeleton(1)),
  card(
    'uiPrivacyExportTitle',
    h('p', { class: 'small' }, tx('uiPrivacyExportText')),
    h('div', { class: 'actions' }, exportButton),
    exportResult,
  ),
  card(
    'uiPrivacyDeleteTitle',
    h('p', { class: 'small' }, tx('uiPrivacyDeleteText')),
    h('div', { class: 'field' }, confirmLabel, confirmInput),
    h('div', { class: 'actions' }, deleteButton),
  ),
  card('uiRetentionTitle', h('p', { class: 'small' }, tx('uiRetentionExplain')), reminders),
);
const slot = page.main.querySelector('.person-slot') as HTMLElement;

personSelect.addEventListener('change', selected);
confirmInput.addEventListener('input', syncDelete);
exportButton.addEventListener('click', () => void doExport());
deleteButton.addEventListener('click', () => void doDelete());

void loadPersons().then(() => reminders.reload());

async function loadPersons(keep = ''): Promise<void> {
  try {
    persons = (await server.listPersons()).slice().sort(byName);
    fill(
      personSelect,
      h('option', { value: '' }, tr('uiPrivacyChoose')),
      persons.map((p) => h('option', { value: p.id }, `${p.name} (${p.id})`)),
    );
    personSelect.value = persons.some((p) => p.id === keep) ? keep : '';
    personSelect.disabled = false;
    fill(slot, personSlot);
  } catch (error) {
    fill(slot, h('p', { class: 'error-text' }, errorText(error)));
  } finally {
    slot.setAttribute('aria-busy', 'false');
  }
  selected();
}

function current(): PersonRow | undefined {
  return persons.find((p) => p.id === personSelect.value);
}

function selected(): void {
  const p = current();
  exportButton.disabled = !p;
  confirmInput.disabled = !p;
  confirmInput.value = '';
  fill(exportResult);
  fill(confirmLabel, p ? tr('uiPrivacyConfirmLabel', { id: p.id }) : tr('uiPrivacyConfirmNone'));
  syncDelete();
}

function syncDelete(): void {
  const p = current();
  deleteButton.disabled = !p || confirmInput.value.trim().toUpperCase() !== p.id.toUpperCase();
}

async function doExport(): Promise<void> {
  const p = current();
  if (!p) return;
  clearNotice();
  await busy([exportButton], async () => {
    try {
      const data = await server.exportPerson(p.id);
      const json = JSON.stringify(data, null, 2);
      if (downloadUrl) URL.revokeObjectURL(downloadUrl);
      downloadUrl = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
      const fileName = `persondata-${p.id}.json`;
      const link = h(
        'a',
        { href: downloadUrl, download: fileName, class: 'button primary' },
        tr('uiPrivacyDownload', { file: fileName }),
      );
      fill(
        exportResult,
        h('p', null, link),
        h('details', null, h('summary', null, tx('uiPrivacyShowData')), h('pre', { class: 'json' }, json)),
      );
      link.focus();
    } catch (error) {
      notify('error', errorText(error));
    }
  });
}

async function doDelete(): Promise<void> {
  const p = current();
  if (!p || deleteButton.disabled) return;
  clearNotice();
  await busy([deleteButton, exportButton], async () => {
    try {
      const { removed } = await server.deletePerson(p.id);
      notify('ok', tr('uiPrivacyDeleted', { id: p.id, removed }));
      await loadPersons();
      await reminders.reload();
    } catch (error) {
      notify('error', errorText(error));
    }
  });
}

function remindersOf(due: RetentionReminder[]): HTMLElement {
  if (!due.length) return h('p', { class: 'muted' }, tx('uiRetentionNone'));
  return h(
    'ul',
    { class: 'list' },
    due.map((r) => {
      const name = persons.find((p) => p.id === r.id)?.name ?? r.id;
      const choose = bindAttr(
        h('button', { type: 'button', class: 'link' }, tx('uiPrivacyChooseShort')),
        'aria-label',
        'uiPrivacyChooseFor',
        { name },
      );
      choose.addEventListener('click', () => {
        personSelect.value = r.id;
        selected();
        confirmInput.focus();
      });
      return h(
        'li',
        { class: 'row' },
        h(
          'span',
          { class: 'grow' },
          h('span', { class: 'name' }, name),
          h(
            'span',
            { class: 'small muted block' },
            `${r.status} · ${tr('uiPrivacyDeleteAfter', { date: showDate(r.deleteAfter) })}`,
          ),
        ),
        choose,
      );
    }),
  );
}
