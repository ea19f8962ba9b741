// Ny udgift: one expense into `Udgifter` (amount typed as her language writes it: "1.234,50"
// in Danish, "1,234.50" in English), with the warnings shown BEFORE she saves (date outside
// the project period, the line over budget, an amount larger than the whole line — the same
// pure rule the server applies, src/core/budget.ts expenseWarnings) and after; a hint and the
// hours per task when the project-leader line is chosen; the list of booked expenses, each of
// which can be corrected (the form switches to "Gem rettelse") or deleted after a confirmation;
// and a compact budget table that refreshes after each change.
import type { NewExpense, Settings } from '../../shared/api';
import type { BudgetResult, ExpenseListRow } from '../../shared/budget';
import { expenseWarnings, expenseWarningText, isLeaderLine, lineKey } from '../../core/budget';
import { positiveAmountOere, toOere } from '../../core/money';
import { busy, card, clearNotice, notify, region, startPage } from '../shared/app';
import { server } from '../shared/client';
import { h, fill } from '../shared/dom';
import { field, validateAll, type Field } from '../shared/form';
import {
  amountText,
  errorText,
  readAmount,
  readDate,
  showDate,
  showMoney,
  wrapAtSlashes,
} from '../shared/format';
import { currentLang, onLanguage, tr, tx } from '../shared/i18n';
import { coreCheck, checkText, todayIso } from '../shared/rules';

const page = startPage('menuExpense', 'expense');

const date = field({ label: 'uiExpenseDate', kind: 'date', required: true, value: showDate(todayIso()) });
const line = field({
  label: 'budgetFieldLine',
  kind: 'select',
  required: true,
  options: [{ value: '', label: tr('uiLoading') }],
});
const amount = field({
  label: 'budgetFieldAmount',
  kind: 'amount',
  required: true,
  hint: 'uiExpenseAmountHint',
  placeholder: 'uiExpenseAmountPlaceholder',
  check: (raw) => {
    const kr = readAmount(raw);
    if (kr === null) return tr('budgetMustBeNumber', { field: 'budgetFieldAmount' });
    return coreCheck(() => positiveAmountOere(kr));
  },
});
const description = field({
  label: 'uiExpenseDescription',
  required: true,
  check: checkText('uiExpenseDescription', 500),
});
const receipt = field({
  label: 'uiExpenseReceipt',
  hint: 'uiExpenseReceiptHint',
  check: checkText('uiExpenseReceipt', 100),
});
const fields: Field[] = [date, line, amount, description, receipt];

const amountEcho = h('p', { class: 'field-hint', 'aria-live': 'polite' });
amount.root.appendChild(amountEcho);

/** The project leader's convention, shown under Beskrivelse while that line is chosen. */
const leaderHint = h('div', { class: 'leader-hint', hidden: true, 'data-testid': 'leader-hint' });
description.root.appendChild(leaderHint);

/** What she should look at before saving; the same sentences the server returns. */
const preview = h('div', {
  class: 'expense-preview',
  role: 'status',
  'aria-live': 'polite',
  'data-testid': 'expense-preview',
  hidden: true,
});

const editing = h('p', { class: 'editing-note', hidden: true });
const save = h('button', { type: 'submit', class: 'primary' }, tx('uiExpenseSave'));
const cancelEdit = h('button', { type: 'button', hidden: true }, tx('uiCancel'));
const form = h(
  'form',
  { novalidate: true },
  editing,
  fields.map((f) => f.root),
  preview,
  h('div', { class: 'actions' }, save, cancelEdit),
);
form.addEventListener('submit', (event) => {
  event.preventDefault();
  void submit();
});
cancelEdit.addEventListener('click', () => stopEditing());

let budget: BudgetResult | null = null;
let settings: Settings | null = null;
/** The row being corrected, with what she saw in it (the `expected` of updateExpense). */
let current: ExpenseListRow | null = null;

const table = region(async () => {
  budget = (await server.getBudget()) as BudgetResult;
  fillLines(budget);
  updateHints();
  return budgetTable(budget);
}, 8);

let showAll = false;
let expenses: ExpenseListRow[] = [];
const list = region(async () => {
  expenses = await server.getExpenses();
  return expenseList();
}, 4);

fill(page.main, form, card('uiExpenseListTitle', list), card('menuBudget', table));
void page.settings.then((s) => {
  settings = s;
  updateHints();
});
for (const f of [date, line, amount]) f.onChange(() => updateHints());
onLanguage(() => {
  if (budget) fill(table, budgetTable(budget));
  fill(list, expenseList());
  updateHints();
});

function fillLines(b: BudgetResult): void {
  const select = line.input as HTMLSelectElement;
  const chosen = select.value;
  fill(
    select,
    h('option', { value: '' }, tr('uiExpenseChooseLine')),
    b.lines.map((l) => h('option', { value: l.line }, l.line)),
  );
  select.value = b.lines.some((l) => l.line === chosen) ? chosen : '';
}

/** The amount echo, the project-leader hint and the warnings, from what the form holds now. */
function updateHints(): void {
  const kr = readAmount(amount.input.value);
  fill(amountEcho, kr !== null && kr > 0 ? tr('uiExpenseAmountEcho', { amount: showMoney(kr) }) : '');
  const chosen = line.input.value;
  const leader = chosen !== '' && isLeaderLine(chosen);
  leaderHint.hidden = !leader;
  const hours = budget?.leaderHours;
  fill(
    leaderHint,
    h('p', null, tr('uiExpenseLeaderHint')),
    leader && hours
      ? h(
          'ul',
          { class: 'small muted hours' },
          hours.tasks.map((task) =>
            h(
              'li',
              null,
              tr('uiExpenseLeaderHours', {
                task: task.task,
                used: hoursText(task.used),
                planned: hoursText(task.planned),
              }),
            ),
          ),
        )
      : null,
  );
  const warnings = previewWarnings();
  preview.hidden = warnings.length === 0;
  fill(
    preview,
    warnings.length ? h('p', { class: 'preview-title' }, tr('uiExpenseCheckFirst')) : null,
    h(
      'ul',
      null,
      warnings.map((w) => h('li', null, w)),
    ),
  );
}

function hoursText(n: number): string {
  return currentLang() === 'en' ? String(n) : String(n).replace('.', ',');
}

/** The server's rule on the figures in hand (getBudget, the settings' period). */
function previewWarnings(): string[] {
  if (!budget || !settings) return [];
  const iso = readDate(date.input.value);
  const kr = readAmount(amount.input.value);
  const chosen = line.input.value;
  if (!iso || kr === null || kr <= 0 || chosen === '') return [];
  let amountOere: number;
  try {
    amountOere = toOere(kr);
  } catch {
    return [];
  }
  const key = lineKey(chosen);
  const lineBudget = budget.lines
    .filter((l) => lineKey(l.line) === key)
    .reduce((s, l) => s + Math.round(l.budget * 100), 0);
  let spent = budget.lines.find((l) => lineKey(l.line) === key)?.spent ?? 0;
  // A correction: the row's old amount is not counted twice.
  if (current && current.amount !== null && lineKey(current.line) === key) spent -= current.amount;
  return expenseWarnings({ date: iso, line: chosen, amountOere }, lineBudget, Math.round(spent * 100), {
    start: settings.periodStart,
    end: settings.periodEnd,
  }).map((w) => expenseWarningText(w, currentLang()));
}

function budgetTable(b: BudgetResult): HTMLElement {
  const row = (name: string, budgetKr: number, spent: number, remaining: number, total = false) => {
    const share = budgetKr > 0 ? Math.min(1, spent / budgetKr) : spent > 0 ? 1 : 0;
    return h(
      'li',
      { class: `budget-line${remaining < 0 ? ' over' : ''}${total ? ' total' : ''}` },
      h(
        'div',
        { class: 'row' },
        h('span', { class: 'grow line-name' }, wrapAtSlashes(name)),
        h('span', { class: 'num rest' }, showMoney(remaining)),
      ),
      h(
        'div',
        { class: 'small muted' },
        tr('uiExpenseSpentOf', { spent: showMoney(spent), budget: showMoney(budgetKr) }),
      ),
      h(
        'div',
        { class: `meter thin${remaining < 0 ? ' over' : ''}`, 'aria-hidden': 'true' },
        h('span', { style: `width:${Math.round(share * 100)}%` }),
      ),
    );
  };
  return h(
    'div',
    null,
    h(
      'div',
      { class: 'row small muted budget-head', 'aria-hidden': 'true' },
      h('span', null, tx('budgetFieldLine')),
      h('span', null, tx('uiBudgetRemaining')),
    ),
    h(
      'ul',
      { class: 'list budget' },
      b.lines.map((l) => row(l.line, l.budget, l.spent, l.remaining)),
      row(tr('uiTotal'), b.budget, b.spent, b.remaining, true),
    ),
  );
}

const SHOWN = 8;

function expenseList(): HTMLElement {
  if (expenses.length === 0) return h('p', { class: 'muted' }, tr('uiExpenseNone'));
  const shown = showAll ? expenses : expenses.slice(0, SHOWN);
  const more =
    !showAll && expenses.length > SHOWN
      ? h(
          'button',
          { type: 'button', class: 'link', onclick: () => ((showAll = true), fill(list, expenseList())) },
          tr('uiExpenseShowAll', { count: expenses.length }),
        )
      : null;
  return h(
    'div',
    null,
    h('ul', { class: 'list expenses', 'data-testid': 'expense-list' }, shown.map(expenseItem)),
    more,
  );
}

function expenseItem(x: ExpenseListRow): HTMLElement {
  const confirmBox = h('div', { class: 'confirm', hidden: true });
  const edit = h(
    'button',
    { type: 'button', class: 'small-button', onclick: () => startEditing(x) },
    tr('uiExpenseEdit'),
  );
  const del = h('button', { type: 'button', class: 'small-button danger' }, tr('uiExpenseDelete'));
  del.addEventListener('click', () => {
    const yes = h('button', { type: 'button', class: 'danger' }, tr('uiExpenseDeleteYes'));
    const no = h('button', { type: 'button' }, tr('uiCancel'));
    fill(
      confirmBox,
      h(
        'p',
        null,
        tr('uiExpenseDeleteConfirm', {
          amount: x.amount === null ? '?' : showMoney(x.amount),
          line: x.line,
          date: showDate(x.date),
        }),
      ),
      h('div', { class: 'actions' }, yes, no),
    );
    confirmBox.hidden = false;
    no.addEventListener('click', () => (confirmBox.hidden = true));
    yes.addEventListener('click', () => void remove(x, [yes, no, edit, del]));
    yes.focus();
  });
  const canTouch = x.amount !== null && x.date !== '';
  edit.disabled = !canTouch;
  del.disabled = !canTouch;
  return h(
    'li',
    { class: 'expense', 'data-row': String(x.row) },
    h(
      'div',
      { class: 'row' },
      h(
        'span',
        { class: 'grow' },
        h('span', { class: 'nowrap' }, showDate(x.date)),
        ' · ',
        h('span', { class: 'line-name' }, wrapAtSlashes(x.line)),
      ),
      h('span', { class: 'num nowrap' }, x.amount === null ? tr('uiExpenseUnreadable') : showMoney(x.amount)),
    ),
    h('div', { class: 'small muted' }, x.description),
    h('div', { class: 'row-actions' }, edit, del),
    confirmBox,
  );
}

function expectedOf(x: ExpenseListRow): { date: string; line: string; amount: number } {
  return { date: x.date, line: x.line, amount: x.amount ?? NaN };
}

async function remove(x: ExpenseListRow, buttons: HTMLButtonElement[]): Promise<void> {
  clearNotice();
  await busy(buttons, async () => {
    try {
      await server.deleteExpense(x.row, expectedOf(x));
      notify('ok', tr('uiExpenseDeleted'));
      if (current?.row === x.row) stopEditing();
    } catch (error) {
      notify('error', errorText(error));
    }
    await Promise.all([list.reload(), table.reload()]);
  });
}

function startEditing(x: ExpenseListRow): void {
  clearNotice();
  current = x;
  date.input.value = showDate(x.date);
  (line.input as HTMLSelectElement).value = x.line;
  amount.input.value = x.amount === null ? '' : amountText(x.amount);
  description.input.value = x.description;
  receipt.input.value = x.receipt;
  for (const f of fields) f.setError(null);
  fill(editing, tr('uiExpenseEditing', { date: showDate(x.date), line: x.line }));
  editing.hidden = false;
  cancelEdit.hidden = false;
  fill(save, tr('uiExpenseSaveEdit'));
  updateHints();
  amount.input.focus();
}

function stopEditing(): void {
  current = null;
  editing.hidden = true;
  cancelEdit.hidden = true;
  fill(save, tx('uiExpenseSave'));
  for (const f of [amount, description, receipt]) f.reset();
  for (const f of fields) f.setError(null);
  updateHints();
}

async function submit(): Promise<void> {
  clearNotice();
  if (!validateAll(fields)) return;
  const expense: NewExpense = {
    date: readDate(date.input.value) ?? '',
    line: line.input.value,
    amount: readAmount(amount.input.value) ?? NaN,
    description: description.input.value.trim(),
  };
  const bilag = receipt.input.value.trim();
  if (bilag || current) expense.receipt = bilag;
  await busy([save, cancelEdit], async () => {
    try {
      const editingRow = current;
      const result = editingRow
        ? await server.updateExpense(editingRow.row, expectedOf(editingRow), expense)
        : await server.addExpense(expense);
      const done = editingRow
        ? tr('uiExpenseUpdated', { amount: showMoney(expense.amount), line: expense.line })
        : tr('uiExpenseSaved', { amount: showMoney(expense.amount), line: expense.line });
      if (result.warnings.length > 0) notify('warn', [done, ...result.warnings].join(' '));
      else notify('ok', done);
      if (editingRow) stopEditing();
      else {
        // Emptied and untouched: leaving the empty amount (to click in the list) shows no error.
        for (const f of [amount, description, receipt]) f.reset();
        for (const f of fields) f.setError(null);
      }
      amount.input.focus();
      await Promise.all([table.reload(), list.reload()]);
      updateHints();
    } catch (error) {
      notify('error', errorText(error));
    }
  });
}
