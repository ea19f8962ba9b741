// The cohort's settings (SPEC "Settings"), kept in the document properties so they can be
// read and saved before setup. Core validates; saving also brings the workbook in line:
// the module count resizes `Moduler` and `Fremmøde`, the first date and the closed days move
// the modules' dates, and the rule's settings recompute every participant's figures.
import type { Settings } from '../../shared/api';
import { resolveSettings, validateSettingsPatch } from '../../core/settings';
import { moduleNumberOf } from '../../core/schema';
import { UserError } from '../../core/errors';
import { DOC_MIME, getFile } from '../google/drive';
import { findSheet, openTable } from '../sheets/table';
import { layoutOf, formatSheet } from '../sheets/format';
import { read, write, type Ctx } from '../runtime';
import { resizeModuleColumns, syncModuleRows } from '../structure';
import { refreshOverviewSheet } from './overview';
import { attendanceHeaders, heldNow, MODULE_HEADERS, openAttendance, refreshAttendance } from './attendance';

export function getSettings(): Settings {
  return read((ctx) => ctx.settings);
}

/** Settings the dashboard shows or builds its formulas from. */
const OVERVIEW_SETTINGS: (keyof Settings)[] = [
  'cohortName',
  'modules',
  'requiredShare',
  'grant',
  'periodStart',
  'periodEnd',
  'language',
  'firstModuleDate',
];

const changed = (before: Settings, after: Settings, keys: (keyof Settings)[]) =>
  keys.some((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));

export function saveSettings(partial: Partial<Settings>): Settings {
  return write((ctx) => {
    const patch = validateSettingsPatch(partial, ctx.settings);
    if (patch.templateId && patch.templateId !== ctx.settings.templateId)
      requireOpenableTemplate(patch.templateId);
    const stored = { ...ctx.store.storedSettings(), ...patch };
    const after = resolveSettings(stored, ctx.today);
    const next: Ctx = Object.create(ctx, { settings: { value: after }, lang: { value: after.language } });
    applyToWorkbook(next, ctx.settings, after);
    // Oversigt's figures are formulas; what it shows of the settings (and its shape) follows here.
    if (changed(ctx.settings, after, OVERVIEW_SETTINGS) && findSheet(ctx, 'overview') !== null)
      refreshOverviewSheet(next);
    ctx.store.saveStoredSettings(stored);
    console.log(`saveSettings: ${Object.keys(patch).length} settings`);
    return after;
  });
}

/**
 * Under `drive.file` the add-on can open only the Docs it made (its default template, or a
 * Word file brought in with importTemplate); any other Doc looks to Drive like no file at all.
 * Refused here, pointing to the import, instead of silently replaced at the next generation.
 */
function requireOpenableTemplate(id: string): void {
  const file = getFile(id);
  if (!file || file.trashed === true || file.mimeType !== DOC_MIME)
    throw new UserError('settingsTemplateNotOpenable');
}

/** The sheets follow the new settings (nothing to do before setup has made them). */
function applyToWorkbook(ctx: Ctx, before: Settings, after: Settings): void {
  const modulesChanged = before.modules !== after.modules;
  const datesChanged = changed(before, after, ['firstModuleDate', 'closedDates']);
  const ruleChanged = changed(before, after, ['requiredShare', 'excusedCountsAsAbsent']);
  if (!modulesChanged && !datesChanged && !ruleChanged) return;

  const hasAttendance = findSheet(ctx, 'attendance') !== null;
  if (hasAttendance && modulesChanged) {
    const table = openTable(ctx, 'attendance', attendanceHeaders(after.modules), ['ID']);
    if (resizeModuleColumns(ctx, table, after.modules)) {
      // The new columns need their dropdowns and colours; the layout is remembered as set up.
      const fresh = openTable(ctx, 'attendance', attendanceHeaders(after.modules), ['ID']);
      formatSheet(
        {
          key: 'attendance',
          sheet: fresh.sheet,
          header: fresh.header,
          created: false,
          newColumns: moduleColumnIndexes(fresh, before.modules),
          modules: after.modules,
        },
        null,
      );
      ctx.store.saveSheetLayouts({
        ...ctx.store.sheetLayouts(),
        attendance: layoutOf(fresh.header, after.modules),
      });
    }
  }
  const attendance = hasAttendance ? openAttendance(ctx) : null;

  if ((modulesChanged || datesChanged) && findSheet(ctx, 'modules') !== null) {
    const modules = openTable(ctx, 'modules', MODULE_HEADERS, ['Nr']);
    const marked = attendance ? heldNow(attendance, after) : new Array<boolean>(after.modules).fill(false);
    syncModuleRows(ctx, modules, marked, {
      dates: datesChanged || after.firstModuleDate !== '' ? 'reflow' : 'fillEmpty',
      previousModules: modulesChanged ? before.modules : undefined,
    });
  }
  if (attendance && (modulesChanged || ruleChanged)) refreshAttendance(ctx, attendance);
}

/** Module columns above the old count: the ones just inserted. */
function moduleColumnIndexes(table: { header: string[] }, from: number): number[] {
  return table.header.map((h, i) => (moduleNumberOf(h) > from ? i : -1)).filter((i) => i >= 0);
}
