// Labelled form fields that check themselves as she types: an error appears once she has
// left the field (or pressed save) and disappears the moment the value is right.
import type { MessageKey } from '../../core/i18n';
import { h, uid, type Child } from './dom';
import { readDate, showDate } from './format';
import { bindAttr, tr, tx } from './i18n';

export type FieldKind =
  'text' | 'email' | 'tel' | 'textarea' | 'date' | 'number' | 'amount' | 'select' | 'checkbox';

export interface FieldOptions {
  label: MessageKey;
  kind?: FieldKind;
  required?: boolean;
  hint?: MessageKey;
  placeholder?: MessageKey;
  options?: { value: string; label: Child }[];
  suggestions?: readonly string[];
  /** Returns the error text for a raw value, or null when it is fine. */
  check?: (raw: string) => string | null;
  value?: string;
  checked?: boolean;
  autocomplete?: string;
  maxLength?: number;
  inputmode?: string;
}

export type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

export interface Field {
  root: HTMLElement;
  input: Control;
  label: MessageKey;
  raw(): string;
  checked(): boolean;
  /** Checks the value; shows the error if `show` or if she has already left the field. */
  validate(show?: boolean): boolean;
  setError(text: string | null): void;
  /** After a successful save: empty again and untouched, so leaving it shows no "required". */
  reset(): void;
  setDisabled(disabled: boolean): void;
  onChange(listener: () => void): void;
}

export function field(opts: FieldOptions): Field {
  const kind = opts.kind ?? 'text';
  const id = uid('f');
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  let input: Control;
  if (kind === 'textarea') {
    input = h('textarea', { id, rows: 3, maxlength: opts.maxLength });
  } else if (kind === 'select') {
    input = h(
      'select',
      { id },
      (opts.options ?? []).map((o) => h('option', { value: o.value }, o.label)),
    );
  } else {
    const type =
      kind === 'email' ? 'email' : kind === 'tel' ? 'tel' : kind === 'checkbox' ? 'checkbox' : 'text';
    input = h('input', {
      id,
      type,
      autocomplete: opts.autocomplete ?? 'off',
      inputmode: opts.inputmode ?? (kind === 'number' ? 'numeric' : kind === 'amount' ? 'decimal' : null),
      maxlength: opts.maxLength,
      spellcheck: kind === 'text' ? null : 'false',
    });
  }
  if (opts.value !== undefined)
    input.value = kind === 'date' ? showDate(readDate(opts.value) ?? opts.value) : opts.value;
  if (kind === 'checkbox') (input as HTMLInputElement).checked = Boolean(opts.checked);
  if (opts.required) input.setAttribute('aria-required', 'true');
  const placeholder = opts.placeholder ?? (kind === 'date' ? 'uiDatePlaceholder' : undefined);
  if (placeholder && kind !== 'select' && kind !== 'checkbox') bindAttr(input, 'placeholder', placeholder);
  if (opts.suggestions?.length) {
    const listId = `${id}-list`;
    input.setAttribute('list', listId);
  }
  const errorEl = h('p', { id: errorId, class: 'field-error', hidden: true });
  const hintEl = opts.hint ? h('p', { id: hintId, class: 'field-hint' }, tx(opts.hint)) : null;
  input.setAttribute('aria-describedby', [hintEl ? hintId : '', errorId].filter(Boolean).join(' '));
  const labelEl = h(
    'label',
    { for: id },
    tx(opts.label),
    opts.required ? h('span', { class: 'required-mark', 'aria-hidden': 'true' }, ' *') : null,
  );
  const datalist = input.getAttribute('list')
    ? h(
        'datalist',
        { id: input.getAttribute('list') as string },
        (opts.suggestions ?? []).map((s) => h('option', { value: s })),
      )
    : null;
  const root =
    kind === 'checkbox'
      ? h('div', { class: 'field field-checkbox' }, input, labelEl, hintEl, errorEl)
      : h('div', { class: 'field' }, labelEl, input, datalist, hintEl, errorEl);

  let touched = false;
  const listeners: (() => void)[] = [];

  const api: Field = {
    root,
    input,
    label: opts.label,
    raw: () => (kind === 'checkbox' ? String((input as HTMLInputElement).checked) : input.value),
    checked: () => (input as HTMLInputElement).checked,
    setError(text) {
      errorEl.textContent = text ?? '';
      errorEl.hidden = !text;
      if (text) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
    },
    reset() {
      touched = false;
      input.value = '';
      api.setError(null);
    },
    validate(show = false) {
      if (show) touched = true;
      const error = problem();
      api.setError(error && (touched || show) ? error : null);
      return !error;
    },
    setDisabled(disabled) {
      input.disabled = disabled;
      root.classList.toggle('disabled', disabled);
    },
    onChange(listener) {
      listeners.push(listener);
    },
  };

  function problem(): string | null {
    if (kind === 'checkbox' || input.disabled) return null;
    const raw = input.value;
    if (raw.trim() === '') return opts.required ? tr('required', { field: opts.label }) : null;
    if (kind === 'date' && readDate(raw) === null)
      return tr('invalidDate', { field: opts.label, value: raw.trim() });
    return opts.check ? opts.check(raw) : null;
  }

  const changed = () => {
    api.validate();
    for (const l of listeners) l();
  };
  input.addEventListener('input', changed);
  input.addEventListener('change', changed);
  input.addEventListener('blur', () => {
    if (input.value.trim() !== '') touched = true;
    // One date format shown everywhere: what she typed ('5.3.2026', '05/03/2026') is shown back
    // as dd-mm-åååå, the format the placeholder and every message name.
    if (kind === 'date') {
      const iso = readDate(input.value);
      if (iso) input.value = showDate(iso);
    }
    api.validate();
  });
  return api;
}

/** Checks every field, shows every error, and focuses the first wrong one. */
export function validateAll(fields: Field[]): boolean {
  let first: Field | null = null;
  for (const f of fields) if (!f.validate(true) && !first) first = f;
  if (first) first.input.focus();
  return !first;
}
