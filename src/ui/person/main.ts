// Ny person: one applicant into `Personer`. Languages may only be typed once a consent date
// is given (the server refuses them otherwise), so the field stays locked until then.
import type { NewPerson, PersonPatch, PersonRow, YesNoAnswer } from '../../shared/api';
import { samePersonWarnings } from '../../core/people';
import { busy, clearNotice, notify, pageButton, startPage } from '../shared/app';
import { server } from '../shared/client';
import { h, fill } from '../shared/dom';
import { field, validateAll, type Field } from '../shared/form';
import { errorText, readDate, showDate } from '../shared/format';
import { tr, tx } from '../shared/i18n';
import { EDIT_HINT, KNOWN_AREAS } from '../shared/people';
import { checkPersonField as rule } from '../shared/rules';

const page = startPage('menuNewPerson', 'person');

const name = field({ label: 'peopleFieldName', required: true, autocomplete: 'off', check: rule('name') });
const phone = field({ label: 'peopleFieldPhone', kind: 'tel', check: rule('phone'), inputmode: 'tel' });
const email = field({ label: 'peopleFieldEmail', kind: 'email', check: rule('email') });
const area = field({ label: 'peopleFieldArea', suggestions: KNOWN_AREAS, check: rule('area') });
const source = field({
  label: 'peopleFieldSource',
  hint: 'uiPersonSourceHint',
  suggestions: ['Informationsmøde', 'Opslag', 'Veninde eller familie', 'Boligsocial medarbejder', 'Kommunen'],
  check: rule('source'),
});
const infoMeeting = field({
  label: 'peopleFieldInfoMeetingDate',
  kind: 'date',
  check: rule('infoMeetingDate'),
});
const interview = field({ label: 'peopleFieldInterviewDate', kind: 'date', check: rule('interviewDate') });
const consent = field({
  label: 'peopleFieldConsentDate',
  kind: 'date',
  hint: 'uiPersonConsentHint',
  check: rule('consentDate'),
});
const languages = field({
  label: 'peopleFieldLanguages',
  hint: 'uiPersonLanguagesHint',
  placeholder: 'uiPersonLanguagesPlaceholder',
  check: rule('languages'),
});
const childcare = field({ label: 'peopleFieldChildcare', kind: 'checkbox', hint: 'uiPersonChildcareHint' });
const notes = field({
  label: 'peopleFieldNotes',
  kind: 'textarea',
  hint: 'uiPersonNotesHint',
  check: rule('notes'),
});

const yesNo = (label: 'peopleFieldActiveVolunteer' | 'peopleFieldEducationOrJob') =>
  field({
    label,
    kind: 'select',
    options: [
      { value: '', label: tx('uiYesNoUnknown') },
      { value: 'Ja', label: tx('uiYes') },
      { value: 'Nej', label: tx('uiNo') },
    ],
  });
const activeVolunteer = yesNo('peopleFieldActiveVolunteer');
const educationOrJob = yesNo('peopleFieldEducationOrJob');
const followUp = h(
  'fieldset',
  { class: 'group follow-up', hidden: true },
  h('legend', null, tx('uiPersonFollowUp')),
  h('p', { class: 'field-hint' }, tx('uiPersonFollowUpHint')),
  activeVolunteer.root,
  educationOrJob.root,
);

const fields: Field[] = [
  name,
  phone,
  email,
  area,
  source,
  infoMeeting,
  interview,
  consent,
  languages,
  childcare,
  notes,
];

/** The woman being corrected (from the recruitment list), or null for a new person. */
let editing: PersonRow | null = null;
let others: PersonRow[] = [];
/** The warnings she has already seen for exactly this name and phone: the next save goes ahead. */
let seenWarnings = '';
const editBanner = h('div', { class: 'edit-banner' });
const warningSlot = h('div', { class: 'warnings', 'aria-live': 'polite' });

/** Languages are open only with a valid consent date; what she typed is kept, not erased. */
function syncLanguages(): void {
  const iso = readDate(consent.input.value);
  const open = Boolean(iso) && consent.validate();
  languages.setDisabled(!open);
  languages.validate();
}
consent.onChange(syncLanguages);
syncLanguages();

const save = h('button', { type: 'submit', class: 'primary' }, tx('uiPersonSave'));
const form = h(
  'form',
  { novalidate: true, 'aria-label': tr('menuNewPerson') },
  editBanner,
  name.root,
  phone.root,
  email.root,
  area.root,
  source.root,
  h(
    'fieldset',
    { class: 'group' },
    h('legend', null, tx('uiPersonDates')),
    infoMeeting.root,
    interview.root,
    consent.root,
  ),
  languages.root,
  childcare.root,
  notes.root,
  followUp,
  h('p', { class: 'small muted' }, tx('uiPersonPrivacyNote')),
  warningSlot,
  h('div', { class: 'actions' }, save, pageButton('recruitment', 'menuRecruitment')),
);
form.addEventListener('submit', (event) => {
  event.preventDefault();
  void submit();
});
fill(page.main, form);
name.input.focus();
void startEditing();

function takeEditHint(): string {
  try {
    const id = window.localStorage.getItem(EDIT_HINT) ?? '';
    window.localStorage.removeItem(EDIT_HINT);
    return id;
  } catch {
    return '';
  }
}

/** Loads the others (for the same-person check) and, when asked, the woman to correct. */
async function startEditing(): Promise<void> {
  const id = takeEditHint();
  try {
    others = await server.listPersons();
  } catch {
    others = [];
  }
  if (!id) return;
  const p = others.find((o) => o.id === id);
  if (!p) {
    notify('error', tr('uiPersonNotLoaded', { id }));
    return;
  }
  editing = p;
  const set = (f: Field, v: string) => {
    f.input.value = v;
  };
  set(name, p.name);
  set(phone, p.phone);
  set(email, p.email);
  set(area, p.area);
  set(source, p.source);
  set(infoMeeting, showDate(p.infoMeetingDate));
  set(interview, showDate(p.interviewDate));
  set(consent, showDate(p.consentDate));
  set(languages, p.languages);
  set(notes, p.notes);
  (childcare.input as HTMLInputElement).checked = p.childcare;
  set(activeVolunteer, p.activeVolunteer === 'Ja' || p.activeVolunteer === 'Nej' ? p.activeVolunteer : '');
  set(educationOrJob, p.educationOrJob === 'Ja' || p.educationOrJob === 'Nej' ? p.educationOrJob : '');
  followUp.hidden = !(p.status === 'Uddannet' || p.activeVolunteer !== '' || p.educationOrJob !== '');
  syncLanguages();
  fill(save, tx('uiPersonUpdate'));
  const fresh = h('button', { type: 'button', class: 'link' }, tx('uiPersonNewInstead'));
  fresh.addEventListener('click', () => {
    editing = null;
    form.reset();
    followUp.hidden = true;
    fill(editBanner);
    fill(save, tx('uiPersonSave'));
    syncLanguages();
    name.input.focus();
  });
  fill(
    editBanner,
    h(
      'p',
      { class: 'notice notice-info small' },
      tr('uiPersonEditing', { name: p.name, id: p.id }),
      ' ',
      fresh,
    ),
  );
}

/** Another woman with the same name or phone, shown before saving (not a refusal). */
function localWarnings(): string[] {
  const keys = others.map((o) => ({ id: o.id, name: o.name, phone: o.phone }));
  return samePersonWarnings(
    { name: name.input.value.trim(), phone: phone.input.value.trim() },
    keys,
    editing?.id ?? '',
  ).map((w) => tr(w.key, w.params));
}

function showWarnings(list: string[]): void {
  fill(
    warningSlot,
    list.length
      ? h(
          'div',
          { class: 'notice notice-warn small', role: 'alert' },
          h('p', null, h('strong', null, tx('uiPersonCheckFirst'))),
          h(
            'ul',
            null,
            list.map((w) => h('li', null, w)),
          ),
        )
      : null,
  );
}

function collect(): NewPerson {
  const text = (f: Field) => f.input.value.trim();
  const date = (f: Field) => readDate(f.input.value) ?? '';
  const person: NewPerson = { name: text(name) };
  const optional: [keyof NewPerson, string][] = [
    ['phone', text(phone)],
    ['email', text(email)],
    ['area', text(area)],
    ['source', text(source)],
    ['infoMeetingDate', date(infoMeeting)],
    ['interviewDate', date(interview)],
    ['consentDate', date(consent)],
    ['languages', languages.input.disabled ? '' : text(languages)],
    ['notes', notes.input.value.trim()],
  ];
  for (const [key, value] of optional) if (value) (person as unknown as Record<string, string>)[key] = value;
  if (childcare.checked()) person.childcare = true;
  return person;
}

async function submit(): Promise<void> {
  clearNotice();
  if (!validateAll(fields)) return;
  if (languages.input.disabled && languages.input.value.trim()) {
    notify('error', tr('peopleLanguagesNeedConsent'));
    consent.input.focus();
    return;
  }
  const person = collect();
  const warnings = localWarnings();
  const key = `${person.name}|${person.phone ?? ''}`;
  if (warnings.length && seenWarnings !== key) {
    // Shown before anything is saved; saving again goes ahead (two women may share a name).
    seenWarnings = key;
    showWarnings(warnings);
    fill(save, tx('uiPersonSaveAnyway'));
    return;
  }
  await busy([save], async () => {
    try {
      if (editing) {
        const current = editing;
        const result = await server.updatePerson(current.id, patchOf(current, person));
        notify('ok', tr('uiPersonUpdated', { name: person.name, id: current.id }));
        showWarnings(result.warnings);
        others = await server.listPersons();
        editing = others.find((o) => o.id === current.id) ?? current;
        return;
      }
      const { id, warnings: serverWarnings } = await server.addPerson(person);
      notify('ok', tr('uiPersonSaved', { name: person.name, id }));
      showWarnings(serverWarnings);
      seenWarnings = '';
      fill(save, tx('uiPersonSave'));
      form.reset();
      for (const f of fields) f.setError(null);
      syncLanguages();
      name.input.focus();
      others = await server.listPersons().catch(() => others);
    } catch (error) {
      // Everything she typed stays in the form; the server's sentence says what to fix.
      notify('error', errorText(error));
    }
  });
}

/** Only what she changed, '' where she emptied a field. */
function patchOf(before: PersonRow, person: NewPerson): PersonPatch {
  const patch: PersonPatch = {};
  const after: Record<string, string> = {
    name: person.name,
    phone: person.phone ?? '',
    email: person.email ?? '',
    area: person.area ?? '',
    source: person.source ?? '',
    infoMeetingDate: person.infoMeetingDate ?? '',
    interviewDate: person.interviewDate ?? '',
    consentDate: person.consentDate ?? '',
    languages: person.languages ?? '',
    notes: person.notes ?? '',
  };
  const out = patch as Record<string, unknown>;
  for (const [key, value] of Object.entries(after)) {
    if (value !== (before as unknown as Record<string, string>)[key]) out[key] = value;
  }
  if (Boolean(person.childcare) !== before.childcare) patch.childcare = Boolean(person.childcare);
  const av = activeVolunteer.input.value as YesNoAnswer;
  const ej = educationOrJob.input.value as YesNoAnswer;
  if (!followUp.hidden && av !== before.activeVolunteer) patch.activeVolunteer = av;
  if (!followUp.hidden && ej !== before.educationOrJob) patch.educationOrJob = ej;
  return patch;
}
