// Ny udgift: one expense into `Udgifter` (amount typed the Danish way, "1.234,50"), and a
// compact budget table that refreshes after each saved expense.
import type { BudgetFigures, NewExpense } from '../../shared/api';
import { positiveAmountOere } from '../../core/money';
import { busy, card, clearNotice, notify, region, startPage } from '../shared/app';
import { server } from '../shared/client';
import { h, fill } from '../shared/dom';
import { field, validateAll, type Field } from '../shared/form';
import { errorText, readAmount, readDate, showDate, showMoney } from '../shared/format';
import { onLanguage, tr, tx } from '../shared/i18n';
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
const description = field({ label: 'uiExpenseDescription', required: true, check: checkText('uiExpenseDescription', 500) });
const receipt = field({ label: 'uiExpenseReceipt', hint: 'uiExpenseReceiptHint', check: checkText('uiExpenseReceipt', 100) });
const fields: Field[] = [date, line, amount, description, receipt];

const amountEcho = h('p', { class: 'field-hint', 'aria-live': 'polite' });
amount.root.appendChild(amountEcho);
amount.onChange(() => {
  const kr = readAmount(amount.input.value);
  fill(amountEcho, kr !== null && kr > 0 ? tr('uiExpenseAmountEcho', { amount: showMoney(kr) }) : '');
});

const save = h('button', { type: 'submit', class: 'primary' }, tx('uiExpenseSave'));
const form = h('form', { novalidate: true }, fields.map((f) => f.root), h('div', { class: 'actions' }, save));
form.addEventListener('submit', (event) => {
  event.preventDefault();
  void submit();
});

let budget: BudgetFigures | null = null;
const table = region(async () => {
  budget = await server.getBudget();
  fillLines(budget);
  return budgetTable(budget);
}, 8);

fill(page.main, form, card('menuBudget', table));
onLanguage(() => {
  if (budget) fill(table, budgetTable(budget));
});

function fillLines(b: BudgetFigures): void {
  const select = line.input as HTMLSelectElement;
  const chosen = select.value;
  fill(
    select,
    h('option', { value: '' }, tr('uiExpenseChooseLine')),
    b.lines.map((l) => h('option', { value: l.line }, l.line)),
  );
  select.value = b.lines.some((l) => l.line === chosen) ? chosen : '';
}

function budgetTable(b: BudgetFigures): HTMLElement {
  const line = (name: string, budgetKr: number, spent: number, remaining: number, total = false) => {
    const share = budgetKr > 0 ? Math.min(1, spent / budgetKr) : spent > 0 ? 1 : 0;
    return h(
      'li',
      { class: `budget-line${remaining < 0 ? ' over' : ''}${total ? ' total' : ''}` },
      h('div', { class: 'row' }, h('span', { class: 'grow line-name' }, name), h('span', { class: 'num rest' }, showMoney(remaining))),
      h('div', { class: 'small muted' }, tr('uiExpenseSpentOf', { spent: showMoney(spent), budget: showMoney(budgetKr) })),
      h('div', { class: `meter thin${remaining < 0 ? ' over' : ''}`, 'aria-hidden': 'true' }, h('span', { style: `width:${Math.round(share * 100)}%` })),
    );
  };
  return h(
    'div',
    null,
    h('div', { class: 'row small muted budget-head', 'aria-hidden': 'true' }, h('span', null, tx('budgetFieldLine')), h('span', null, tx('uiBudgetRemaining'))),
    h(
      'ul',
      { class: 'list budget' },
      b.lines.map((l) => line(l.line, l.budget, l.spent, l.remaining)),
      line(tr('uiTotal'), b.budget, b.spent, b.remaining, true),
    ),
  );
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
  if (bilag) expense.receipt = bilag;
  await busy([save], async () => {
    try {
      await server.addExpense(expense);
      notify('ok', tr('uiExpenseSaved', { amount: showMoney(expense.amount), line: expense.line }));
      amount.input.value = '';
      description.input.value = '';
      receipt.input.value = '';
      fill(amountEcho);
      for (const f of fields) f.setError(null);
      amount.input.focus();
      await table.reload();
    } catch (error) {
      notify('error', errorText(error));
    }
  });
}
