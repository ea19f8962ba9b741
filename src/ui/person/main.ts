// Ny person: one applicant into `Personer`. Languages may only be typed once a consent date
// is given (the server refuses them otherwise), so the field stays locked until then.
import type { NewPerson } from '../../shared/api';
import { busy, clearNotice, notify, pageButton, startPage } from '../shared/app';
import { server } from '../shared/client';
import { h, fill } from '../shared/dom';
import { field, validateAll, type Field } from '../shared/form';
import { errorText, readDate } from '../shared/format';
import { tr, tx } from '../shared/i18n';
import { KNOWN_AREAS } from '../shared/people';
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
const infoMeeting = field({ label: 'peopleFieldInfoMeetingDate', kind: 'date', check: rule('infoMeetingDate') });
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
const notes = field({ label: 'peopleFieldNotes', kind: 'textarea', hint: 'uiPersonNotesHint', check: rule('notes') });

const fields: Field[] = [name, phone, email, area, source, infoMeeting, interview, consent, languages, childcare, notes];

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
  name.root,
  phone.root,
  email.root,
  area.root,
  source.root,
  h('fieldset', { class: 'group' }, h('legend', null, tx('uiPersonDates')), infoMeeting.root, interview.root, consent.root),
  languages.root,
  childcare.root,
  notes.root,
  h('p', { class: 'small muted' }, tx('uiPersonPrivacyNote')),
  h('div', { class: 'actions' }, save, pageButton('recruitment', 'menuRecruitment')),
);
form.addEventListener('submit', (event) => {
  event.preventDefault();
  void submit();
});
fill(page.main, form);
name.input.focus();

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
  await busy([save], async () => {
    try {
      const { id } = await server.addPerson(person);
      notify('ok', tr('uiPersonSaved', { name: person.name, id }));
      form.reset();
      for (const f of fields) f.setError(null);
      syncLanguages();
      name.input.focus();
    } catch (error) {
      // Everything she typed stays in the form; the server's sentence says what to fix.
      notify('error', errorText(error));
    }
  });
}
