// Value builders that are local in Apps Script (not counted): data validation,
// conditional format rules, rich text, embedded charts. They produce plain models the
// Range/Sheet objects store; the read-side objects turn stored models back into values.

import { counted, serviceClass, unwrap } from './counting';
import type { Env } from './env';
import { fail } from './env';
import type { ChartModel, ConditionalFormatModel, GridRange, ValidationModel } from './model';
import { Range } from './range';

function rangeModel(env: Env, range: unknown): GridRange {
  const raw = unwrap(range);
  if (!(raw instanceof Range))
    fail(env, "The parameters don't match the method signature: expected a Range.");
  return raw.gridRange();
}

export function rangeFromModel(env: Env, g: GridRange): Range | null {
  const sheet = env.book.sheets.find((s) => s.id === g.sheetId);
  return sheet ? counted(env.calls, new Range(env, sheet, g.row, g.column, g.numRows, g.numColumns)) : null;
}

// ---------------------------------------------------------------- data validation

export class DataValidationBuilder {
  private model: ValidationModel;
  constructor(
    private readonly env: Env,
    from?: ValidationModel,
  ) {
    this.model = from
      ? { ...from, values: [...from.values] }
      : { criteria: '', values: [], allowInvalid: true, helpText: '' };
  }
  private set(criteria: string, values: unknown[]): this {
    this.model = { ...this.model, criteria, values };
    return this;
  }
  requireValueInList(values: unknown[], showDropdown = true) {
    return this.set('VALUE_IN_LIST', [values.map(String), showDropdown]);
  }
  requireValueInRange(range: unknown, showDropdown = true) {
    return this.set('VALUE_IN_RANGE', [{ range: rangeModel(this.env, range) }, showDropdown]);
  }
  requireCheckbox(checked?: unknown, unchecked?: unknown) {
    return this.set(
      'CHECKBOX',
      checked === undefined ? [] : unchecked === undefined ? [checked] : [checked, unchecked],
    );
  }
  requireDate() {
    return this.set('DATE_IS_VALID_DATE', []);
  }
  requireDateAfter(d: Date) {
    return this.set('DATE_AFTER', [new Date(d.getTime())]);
  }
  requireDateBefore(d: Date) {
    return this.set('DATE_BEFORE', [new Date(d.getTime())]);
  }
  requireDateOnOrAfter(d: Date) {
    return this.set('DATE_ON_OR_AFTER', [new Date(d.getTime())]);
  }
  requireDateOnOrBefore(d: Date) {
    return this.set('DATE_ON_OR_BEFORE', [new Date(d.getTime())]);
  }
  requireDateBetween(a: Date, b: Date) {
    return this.set('DATE_BETWEEN', [new Date(a.getTime()), new Date(b.getTime())]);
  }
  requireNumberBetween(a: number, b: number) {
    return this.set('NUMBER_BETWEEN', [a, b]);
  }
  requireNumberGreaterThan(n: number) {
    return this.set('NUMBER_GREATER_THAN', [n]);
  }
  requireNumberGreaterThanOrEqualTo(n: number) {
    return this.set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }
  requireNumberLessThan(n: number) {
    return this.set('NUMBER_LESS_THAN', [n]);
  }
  requireNumberLessThanOrEqualTo(n: number) {
    return this.set('NUMBER_LESS_THAN_OR_EQUAL_TO', [n]);
  }
  requireNumberEqualTo(n: number) {
    return this.set('NUMBER_EQUAL_TO', [n]);
  }
  requireTextIsEmail() {
    return this.set('TEXT_IS_VALID_EMAIL', []);
  }
  requireTextIsUrl() {
    return this.set('TEXT_IS_VALID_URL', []);
  }
  requireTextContains(t: string) {
    return this.set('TEXT_CONTAINS', [t]);
  }
  requireTextEqualTo(t: string) {
    return this.set('TEXT_EQUAL_TO', [t]);
  }
  requireFormulaSatisfied(formula: string) {
    return this.set('CUSTOM_FORMULA', [formula]);
  }
  withCriteria(criteria: string, args: unknown[]) {
    return this.set(criteria, [...args]);
  }
  setAllowInvalid(allow: boolean) {
    this.model.allowInvalid = !!allow;
    return this;
  }
  setHelpText(text: string) {
    this.model.helpText = String(text);
    return this;
  }
  /** null until a criteria is chosen (a fresh newDataValidation()). */
  getCriteriaType() {
    return this.model.criteria || null;
  }
  getCriteriaValues() {
    return criteriaValuesOut(this.env, this.model);
  }
  getAllowInvalid() {
    return this.model.allowInvalid;
  }
  getHelpText() {
    return this.model.helpText || null;
  }
  copy() {
    return new DataValidationBuilder(this.env, this.model);
  }
  build(): DataValidation {
    if (!this.model.criteria) fail(this.env, 'You must specify a criteria for the data validation rule.');
    return new DataValidation(this.env, this.model);
  }
}

function criteriaValuesOut(env: Env, model: ValidationModel): unknown[] {
  return model.values.map((v) => {
    const ref = (v as { range?: GridRange } | null)?.range;
    if (ref) return rangeFromModel(env, ref);
    if (Array.isArray(v)) return [...v];
    return Object.prototype.toString.call(v) === '[object Date]'
      ? new env.realm.Date((v as Date).getTime())
      : v;
  });
}

export class DataValidation {
  readonly model: ValidationModel;
  constructor(
    private readonly env: Env,
    model: ValidationModel,
  ) {
    this.model = { ...model, values: [...model.values] };
  }
  getCriteriaType() {
    return this.model.criteria;
  }
  getCriteriaValues() {
    return criteriaValuesOut(this.env, this.model);
  }
  getAllowInvalid() {
    return this.model.allowInvalid;
  }
  getHelpText() {
    return this.model.helpText || null;
  }
  copy() {
    return new DataValidationBuilder(this.env, this.model);
  }
}

export function validationModelOf(env: Env, rule: unknown): ValidationModel | undefined {
  if (rule === null || rule === undefined) return undefined;
  const raw = unwrap(rule);
  if (raw instanceof DataValidation) return { ...raw.model, values: [...raw.model.values] };
  if (raw instanceof DataValidationBuilder) return { ...raw.build().model };
  return fail(
    env,
    "The parameters don't match the method signature for SpreadsheetApp.Range.setDataValidation.",
  );
}

// ---------------------------------------------------------------- conditional formats

export function cloneConditionalFormat(from: ConditionalFormatModel): ConditionalFormatModel {
  return {
    ranges: from.ranges.map((r) => ({ ...r })),
    condition: { ...from.condition, values: [...from.condition.values] },
    format: { ...from.format },
  };
}

export class ConditionalFormatRuleBuilder {
  private model: ConditionalFormatModel;
  constructor(
    private readonly env: Env,
    from?: ConditionalFormatModel,
  ) {
    this.model = from
      ? cloneConditionalFormat(from)
      : { ranges: [], condition: { type: '', values: [] }, format: {} };
  }
  private when(type: string, values: unknown[]): this {
    this.model.condition = { type, values };
    return this;
  }
  whenTextEqualTo(t: string) {
    return this.when('TEXT_EQUAL_TO', [t]);
  }
  whenTextNotEqualTo(t: string) {
    return this.when('TEXT_NOT_EQUAL_TO', [t]);
  }
  whenTextContains(t: string) {
    return this.when('TEXT_CONTAINS', [t]);
  }
  whenTextDoesNotContain(t: string) {
    return this.when('TEXT_DOES_NOT_CONTAIN', [t]);
  }
  whenTextStartsWith(t: string) {
    return this.when('TEXT_STARTS_WITH', [t]);
  }
  whenTextEndsWith(t: string) {
    return this.when('TEXT_ENDS_WITH', [t]);
  }
  whenNumberGreaterThan(n: number) {
    return this.when('NUMBER_GREATER_THAN', [n]);
  }
  whenNumberGreaterThanOrEqualTo(n: number) {
    return this.when('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }
  whenNumberLessThan(n: number) {
    return this.when('NUMBER_LESS_THAN', [n]);
  }
  whenNumberLessThanOrEqualTo(n: number) {
    return this.when('NUMBER_LESS_THAN_OR_EQUAL_TO', [n]);
  }
  whenNumberEqualTo(n: number) {
    return this.when('NUMBER_EQUAL_TO', [n]);
  }
  whenNumberBetween(a: number, b: number) {
    return this.when('NUMBER_BETWEEN', [a, b]);
  }
  whenFormulaSatisfied(formula: string) {
    return this.when('CUSTOM_FORMULA', [formula]);
  }
  whenCellEmpty() {
    return this.when('CELL_EMPTY', []);
  }
  whenCellNotEmpty() {
    return this.when('CELL_NOT_EMPTY', []);
  }
  setBackground(color: string | null) {
    this.model.format.background = color ?? undefined;
    return this;
  }
  setFontColor(color: string | null) {
    this.model.format.fontColor = color ?? undefined;
    return this;
  }
  setBold(bold: boolean) {
    this.model.format.bold = !!bold;
    return this;
  }
  setItalic(italic: boolean) {
    this.model.format.italic = !!italic;
    return this;
  }
  setStrikethrough(v: boolean) {
    this.model.format.strikethrough = !!v;
    return this;
  }
  setUnderline(v: boolean) {
    this.model.format.underline = !!v;
    return this;
  }
  setRanges(ranges: unknown[]) {
    this.model.ranges = unwrap(ranges).map((r) => rangeModel(this.env, r));
    return this;
  }
  getRanges() {
    return this.model.ranges.map((g) => rangeFromModel(this.env, g)).filter((r) => r !== null);
  }
  build(): ConditionalFormatRule {
    if (!this.model.condition.type) fail(this.env, 'Conditional format rule must have a condition.');
    if (this.model.ranges.length === 0)
      fail(this.env, 'Conditional format rule must have at least one range.');
    return new ConditionalFormatRule(this.env, this.model);
  }
  copy() {
    return new ConditionalFormatRuleBuilder(this.env, this.model);
  }
}

export class BooleanCondition {
  constructor(
    private readonly env: Env,
    private readonly model: ConditionalFormatModel,
  ) {}
  getCriteriaType() {
    return this.model.condition.type;
  }
  getCriteriaValues() {
    return [...this.model.condition.values];
  }
  getBackground() {
    return this.model.format.background ?? null;
  }
  getFontColor() {
    return this.model.format.fontColor ?? null;
  }
  getBold() {
    return this.model.format.bold ?? null;
  }
  getItalic() {
    return this.model.format.italic ?? null;
  }
  getStrikethrough() {
    return this.model.format.strikethrough ?? null;
  }
  getUnderline() {
    return this.model.format.underline ?? null;
  }
}

export class ConditionalFormatRule {
  readonly model: ConditionalFormatModel;
  constructor(
    private readonly env: Env,
    model: ConditionalFormatModel,
  ) {
    this.model = cloneConditionalFormat(model);
  }
  getRanges() {
    return this.model.ranges.map((g) => rangeFromModel(this.env, g)).filter((r) => r !== null);
  }
  getBooleanCondition() {
    return new BooleanCondition(this.env, this.model);
  }
  getGradientCondition() {
    return null;
  }
  copy() {
    return new ConditionalFormatRuleBuilder(this.env, this.model);
  }
}

// ---------------------------------------------------------------- rich text

export class RichTextValueBuilder {
  private text = '';
  private link: string | null = null;
  setText(text: string) {
    this.text = String(text);
    return this;
  }
  /** setLinkUrl(url) for the whole text, or setLinkUrl(start, end, url) for a run (stored for the cell). */
  setLinkUrl(a: unknown, b?: unknown, c?: unknown) {
    this.link = c !== undefined ? (c as string | null) : (a as string | null);
    void b;
    return this;
  }
  setTextStyle() {
    return this;
  }
  build(): RichTextValue {
    return new RichTextValue(this.text, this.link);
  }
}

export class RichTextValue {
  constructor(
    readonly text: string,
    readonly link: string | null,
  ) {}
  getText() {
    return this.text;
  }
  getLinkUrl() {
    return this.link;
  }
  getRuns() {
    return [this];
  }
  getStartIndex() {
    return 0;
  }
  getEndIndex() {
    return this.text.length;
  }
  copy() {
    return new RichTextValueBuilder().setText(this.text).setLinkUrl(this.link);
  }
}

// ---------------------------------------------------------------- charts

export class EmbeddedChartBuilder {
  readonly model: ChartModel;
  constructor(
    private readonly env: Env,
    readonly sheetId: number,
    from?: ChartModel,
  ) {
    this.model = from
      ? {
          ...from,
          ranges: from.ranges.map((r) => ({ ...r })),
          options: { ...from.options },
          position: { ...from.position },
        }
      : {
          id: -1,
          chartType: 'COLUMN',
          ranges: [],
          options: {},
          position: { row: 1, column: 1, offsetX: 0, offsetY: 0 },
        };
  }
  setChartType(type: string) {
    this.model.chartType = String(type);
    return this;
  }
  getChartType() {
    return this.model.chartType;
  }
  asColumnChart() {
    return this.setChartType('COLUMN');
  }
  asBarChart() {
    return this.setChartType('BAR');
  }
  asPieChart() {
    return this.setChartType('PIE');
  }
  asLineChart() {
    return this.setChartType('LINE');
  }
  setTitle(title: string) {
    return this.setOption('title', title);
  }
  addRange(range: unknown) {
    this.model.ranges.push(rangeModel(this.env, range));
    return this;
  }
  removeRange(range: unknown) {
    const g = rangeModel(this.env, range);
    this.model.ranges = this.model.ranges.filter((r) => JSON.stringify(r) !== JSON.stringify(g));
    return this;
  }
  clearRanges() {
    this.model.ranges = [];
    return this;
  }
  getRanges() {
    return this.model.ranges.map((g) => rangeFromModel(this.env, g)).filter((r) => r !== null);
  }
  setPosition(anchorRow: number, anchorColumn: number, offsetX: number, offsetY: number) {
    this.model.position = { row: anchorRow, column: anchorColumn, offsetX, offsetY };
    return this;
  }
  setOption(option: string, value: unknown) {
    this.model.options[option] = value;
    return this;
  }
  setNumHeaders(n: number) {
    return this.setOption('numHeaders', n);
  }
  setTransposeRowsAndColumns(t: boolean) {
    return this.setOption('transposeRowsAndColumns', t);
  }
  build(): EmbeddedChart {
    return new EmbeddedChart(this.env, this.sheetId, cloneChart(this.model));
  }
}

export function cloneChart(m: ChartModel): ChartModel {
  return {
    ...m,
    ranges: m.ranges.map((r) => ({ ...r })),
    options: { ...m.options },
    position: { ...m.position },
  };
}

/** A chart as scripts see it; `model.id` is -1 until insertChart stores it. */
export class EmbeddedChart {
  constructor(
    private readonly env: Env,
    readonly sheetId: number,
    readonly model: ChartModel,
  ) {}
  getId() {
    return `u${this.model.id}`;
  }
  getChartId() {
    return this.model.id < 0 ? null : this.model.id;
  }
  getRanges() {
    return this.model.ranges.map((g) => rangeFromModel(this.env, g)).filter((r) => r !== null);
  }
  getOptions() {
    const options = { ...this.model.options };
    return { get: (key: string) => (key in options ? options[key] : null) };
  }
  getContainerInfo() {
    const p = { ...this.model.position };
    return {
      getAnchorRow: () => p.row,
      getAnchorColumn: () => p.column,
      getOffsetX: () => p.offsetX,
      getOffsetY: () => p.offsetY,
    };
  }
  modify() {
    return new EmbeddedChartBuilder(this.env, this.sheetId, this.model);
  }
}
serviceClass(EmbeddedChart, 'Spreadsheet', ['modify']);
