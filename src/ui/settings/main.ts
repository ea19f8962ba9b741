// Indstillinger: every setting of the cohort, checked as she types by the server's own rules
// (core/settings.ts validateSettingsPatch), saved as one patch of what changed.
import type { Settings, SettingsKey } from '../../shared/api';
import { validateSettingsPatch } from '../../core/settings';
import { danishClosedDayName } from '../../core/holidays';
import { busy, card, clearNotice, notify, skeleton, startPage } from '../shared/app';
import { server } from '../shared/client';
import { h, fill, uid } from '../shared/dom';
import { field, validateAll, type Field, type FieldOptions } from '../shared/form';
import { amountText, errorText, readAmount, readDate, showDate } from '../shared/format';
import { bindAttr, setLanguage, tr, tx } from '../shared/i18n';
import { coreCheck } from '../shared/rules';

type Reader = (raw: string, f: Field) => unknown;

interface SettingField {
  key: SettingsKey;
  field: Field;
  read: Reader;
  show: (value: unknown) => string;
}

const page = startPage('menuSettings', 'settings');
const formSlot = h('div', { 'aria-busy': 'true' }, skeleton(10));
fill(page.main, formSlot);

let saved: Settings | null = null;
let closedDates: string[] = [];
const inputs: SettingField[] = [];

const text: Reader = (raw) => raw.trim();
const whole: Reader = (raw) => (/^\s*-?\d+\s*$/.test(raw) ? Number(raw) : raw.trim());
const date: Reader = (raw) => readDate(raw) ?? raw.trim();
const share: Reader = (raw) => {
  const percent = readAmount(raw);
  return percent === null ? raw : Math.round(percent * 1e6) / 1e8;
};
const money: Reader = (raw) => readAmount(raw) ?? raw;
const bool: Reader = (_raw, f) => f.checked();
const asText = (v: unknown) => String(v ?? '');
const asDate = (v: unknown) => showDate(String(v ?? ''));

void page.settings.then(async (s) => {
  try {
    saved = s ?? (await server.getSettings());
    build(saved);
  } catch (error) {
    fill(formSlot, h('p', { class: 'error-text' }, errorText(error)));
  } finally {
    formSlot.setAttribute('aria-busy', 'false');
  }
});

function add(
  key: SettingsKey,
  opts: FieldOptions,
  read: Reader,
  show: (v: unknown) => string = asText,
): Field {
  const f = field({
    ...opts,
    check: (raw) => (key === 'requiredShare' ? checkShare(raw) : checkOne(key, read(raw, f))),
  });
  inputs.push({ key, field: f, read, show });
  return f;
}

/** Settings checked together (SPEC: the period's order, a first date that is not closed). */
const RELATED: Partial<Record<SettingsKey, SettingsKey>> = {
  periodStart: 'periodEnd',
  periodEnd: 'periodStart',
};

/** One setting checked by the server's rule, with its partner as typed when that one is valid. */
function checkOne(key: SettingsKey, value: unknown): string | null {
  if (!saved) return null;
  const current = saved;
  const patch: Record<string, unknown> = { [key]: value };
  const partner = RELATED[key] && inputs.find((i) => i.key === RELATED[key]);
  if (partner) {
    const other = partner.read(partner.field.raw(), partner.field);
    if (!coreCheck(() => validateSettingsPatch({ [partner.key]: other }, current)))
      patch[partner.key] = other;
  }
  if (key === 'firstModuleDate') patch.closedDates = closedDates;
  return coreCheck(() => validateSettingsPatch(patch, current));
}

function checkShare(raw: string): string | null {
  const value = share(raw, null as unknown as Field);
  if (typeof value !== 'number' || !(value > 0 && value <= 1)) return tr('uiSettingsShareRange');
  return checkOne('requiredShare', value);
}

function build(s: Settings): void {
  closedDates = [...s.closedDates];
  const cohortName = add('cohortName', { label: 'settingsFieldCohortName', required: true }, text);
  const language = add(
    'language',
    {
      label: 'settingsFieldLanguage',
      kind: 'select',
      hint: 'uiSettingsLanguageMenuNote',
      options: [
        { value: 'da', label: 'Dansk' },
        { value: 'en', label: 'English' },
      ],
    },
    text,
  );
  const modules = add(
    'modules',
    { label: 'settingsFieldModules', kind: 'number', hint: 'uiSettingsModulesHint' },
    whole,
  );
  const requiredShare = add(
    'requiredShare',
    { label: 'uiSettingsSharePercent', kind: 'amount', hint: 'uiSettingsShareHint' },
    share,
    (v) => amountText(Number(v) * 100).replace(/,00$/, ''),
  );
  const excused = add(
    'excusedCountsAsAbsent',
    { label: 'settingsFieldExcusedCountsAsAbsent', kind: 'checkbox', hint: 'uiSettingsExcusedHint' },
    bool,
  );
  const firstModuleDate = add(
    'firstModuleDate',
    { label: 'settingsFieldFirstModuleDate', kind: 'date', hint: 'uiSettingsFirstModuleHint' },
    date,
    asDate,
  );
  const ceremonyDate = add(
    'ceremonyDate',
    { label: 'settingsFieldCeremonyDate', kind: 'date', hint: 'uiSettingsCeremonyHint' },
    date,
    asDate,
  );
  const place = add('place', { label: 'settingsFieldPlace' }, text);
  const signatory = add(
    'signatory',
    { label: 'settingsFieldSignatory', hint: 'uiSettingsSignatoryHint' },
    text,
  );
  const templateId = add(
    'templateId',
    { label: 'settingsFieldTemplateId', hint: 'uiSettingsTemplateHint' },
    text,
  );
  const grant = add(
    'grant',
    { label: 'settingsFieldGrant', kind: 'amount', hint: 'uiSettingsGrantHint' },
    money,
    (v) => amountText(Number(v)),
  );
  const periodStart = add('periodStart', { label: 'settingsFieldPeriodStart', kind: 'date' }, date, asDate);
  const periodEnd = add('periodEnd', { label: 'settingsFieldPeriodEnd', kind: 'date' }, date, asDate);
  const initials = add(
    'coordinatorInitials',
    { label: 'settingsFieldCoordinatorInitials', hint: 'uiSettingsInitialsHint' },
    text,
  );
  const retention = add(
    'retentionMonths',
    { label: 'settingsFieldRetentionMonths', kind: 'number', hint: 'uiSettingsRetentionHint' },
    whole,
  );

  for (const i of inputs) {
    const value = s[i.key];
    if (i.key === 'excusedCountsAsAbsent') (i.field.input as HTMLInputElement).checked = Boolean(value);
    else i.field.input.value = i.show(value);
  }

  const save = h('button', { type: 'submit', class: 'primary' }, tx('uiSave'));
  const reset = h('button', { type: 'button' }, tx('uiSettingsUndo'));
  const form = h(
    'form',
    { novalidate: true },
    card(
      'uiSettingsCohort',
      cohortName.root,
      modules.root,
      requiredShare.root,
      excused.root,
      firstModuleDate.root,
      closedDatesEditor(),
    ),
    card('uiSettingsDiplomas', ceremonyDate.root, place.root, signatory.root, templateId.root),
    card('uiSettingsMoney', grant.root, periodStart.root, periodEnd.root),
    card('uiSettingsOther', language.root, initials.root, retention.root),
    h('div', { class: 'actions sticky' }, save, reset),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void submit(save);
  });
  reset.addEventListener('click', () => {
    clearNotice();
    fill(formSlot);
    inputs.length = 0;
    if (saved) build(saved);
  });
  fill(formSlot, form);
}

function currentPatch(): Partial<Settings> {
  if (!saved) return {};
  const patch: Record<string, unknown> = {};
  for (const i of inputs) {
    const value = i.read(i.field.raw(), i.field);
    if (JSON.stringify(value) !== JSON.stringify(saved[i.key])) patch[i.key] = value;
  }
  if (JSON.stringify(closedDates) !== JSON.stringify(saved.closedDates)) patch.closedDates = closedDates;
  return patch as Partial<Settings>;
}

function closedDatesEditor(): HTMLElement {
  const list = h('ul', { class: 'list chips' });
  const addId = uid('closed');
  const input = h('input', {
    id: addId,
    type: 'text',
    autocomplete: 'off',
    'aria-describedby': `${addId}-hint ${addId}-error`,
  });
  bindAttr(input, 'placeholder', 'uiDatePlaceholder');
  const error = h('p', { class: 'field-error', id: `${addId}-error`, hidden: true });
  const addButton = h('button', { type: 'button' }, tx('uiSettingsAddClosed'));
  const render = () => {
    fill(
      list,
      closedDates.length
        ? closedDates.map((d) => {
            const remove = bindAttr(
              h('button', { type: 'button', class: 'link' }, '×'),
              'aria-label',
              'uiSettingsRemoveClosed',
              { date: showDate(d) },
            );
            remove.addEventListener('click', () => {
              closedDates = closedDates.filter((x) => x !== d);
              render();
              input.focus();
            });
            return h('li', { class: 'row' }, h('span', null, showDate(d)), remove);
          })
        : h('li', { class: 'muted' }, tx('uiSettingsNoClosed')),
    );
  };
  const addDate = () => {
    const iso = readDate(input.value);
    let message: string | null = null;
    if (!iso) message = tr('invalidDate', { field: 'settingsFieldClosedDates', value: input.value.trim() });
    else if (closedDates.includes(iso)) message = tr('uiSettingsClosedExists');
    else
      message = coreCheck(() =>
        validateSettingsPatch({ closedDates: [...closedDates, iso] }, saved as Settings),
      );
    error.textContent = message ?? '';
    error.hidden = !message;
    if (message) {
      input.setAttribute('aria-invalid', 'true');
      return;
    }
    input.removeAttribute('aria-invalid');
    closedDates = [...closedDates, iso as string].sort();
    input.value = '';
    render();
  };
  addButton.addEventListener('click', addDate);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      addDate();
    }
  });
  input.addEventListener('input', () => {
    const holiday = readDate(input.value) ? danishClosedDayName(readDate(input.value) as string) : null;
    error.hidden = true;
    input.removeAttribute('aria-invalid');
    hint.textContent = holiday
      ? tr('uiSettingsAlreadyHoliday', { name: tr(holiday) })
      : tr('uiSettingsClosedHint');
  });
  const hint = h('p', { class: 'field-hint', id: `${addId}-hint` }, tx('uiSettingsClosedHint'));
  render();
  return h(
    'fieldset',
    { class: 'field closed-dates' },
    h('legend', null, tx('settingsFieldClosedDates')),
    list,
    h('label', { for: addId, class: 'small' }, tx('uiSettingsNewClosed')),
    h('div', { class: 'add-row' }, input, addButton),
    hint,
    error,
  );
}

async function submit(save: HTMLButtonElement): Promise<void> {
  clearNotice();
  if (!saved || !validateAll(inputs.map((i) => i.field))) return;
  const patch = currentPatch();
  if (!Object.keys(patch).length) {
    notify('info', tr('uiSettingsNothingChanged'));
    return;
  }
  const problem = coreCheck(() => validateSettingsPatch(patch, saved as Settings));
  if (problem) {
    notify('error', problem);
    return;
  }
  await busy([save], async () => {
    try {
      saved = await server.saveSettings(patch);
      setLanguage(saved.language);
      notify('ok', tr('uiSaved'));
    } catch (error) {
      notify('error', errorText(error));
    }
  });
}
