// createApplicationDraft: a Google Doc draft of the next grant application (SPEC), filled with
// this cohort's facts by core/applicationDraft.ts and rendered like the report (Docs v1 and
// Drive v3 advanced services, `drive.file`). Counts and money only, never a name.
//
// Spreadsheet calls: 7, whatever the cohort's size — the spreadsheet (1) and three sheets read
// once each (2 calls apiece): Oversigt (the counts: its formulas read Personer and Fremmøde, so
// they are current, SPEC), Budget (lines, amounts and Forbrug, the live SUMIF over Udgifter, so
// Udgifter itself is not read) and Tidsplan (the timeline as it ran). When Oversigt is missing
// or she changed it so that a count cannot be found, the counts come from Personer and
// Fremmøde themselves: 9 calls, the same figures.
import { buildApplicationDraft } from '../../core/applicationDraft';
import { displayDate } from '../../core/dates';
import { docUrl } from '../../core/diplomas';
import { UserError } from '../../core/errors';
import { t } from '../../core/i18n';
import { requiredModules } from '../../core/attendance';
import { createDoc, trashFile } from '../google/drive';
import { renderDoc } from '../google/docRender';
import { liveCohortFolder } from '../cohortFolder';
import { countsFromOverviewSheet, type CohortCounts } from '../../core/dashboard';
import { write, type Ctx } from '../runtime';
import { findSheet, openTable, readSheet } from '../sheets/table';
import { openAttendance, participants, PERSON_HEADERS, summaries } from './attendance';
import { budgetLines, oereOfAmountCell, openBudget } from './budget';
import { followUpOf } from './report';
import { openTimeline, timelineRows } from './timeline';

const ADMITTED = new Set(['optaget', 'frafaldet', 'uddannet']);

export function createApplicationDraft(): { url: string } {
  return write((ctx) => {
    const counts = countsFromOverview(ctx) ?? countsFromSheets(ctx);
    const budget = openBudget(ctx);
    const timeline = openTimeline(ctx);
    const spentCol = budget.has('Forbrug') ? budget.col('Forbrug') : -1;
    const draft = buildApplicationDraft(
      {
        cohortName: ctx.settings.cohortName,
        asOf: ctx.today,
        ...counts,
        required: requiredModules(ctx.settings.modules, ctx.settings.requiredShare),
        modulesTotal: ctx.settings.modules,
        lines: budgetLines(budget).map((l) => ({
          line: l.line,
          budgetOere: l.budgetOere ?? 0,
          spentOere: spentCol >= 0 ? (oereOfAmountCell(budget.rows[l.row - 2][spentCol]) ?? 0) : 0,
        })),
        timeline: timelineRows(timeline, ctx.today).map((r) => ({
          month: r.month,
          activity: r.activity,
          deadline: r.deadline,
          status: r.status,
        })),
      },
      ctx.lang,
    );

    const name = t(ctx.lang, 'draftDocName', {
      cohort: ctx.settings.cohortName,
      date: displayDate(ctx.today),
    });
    let id: string;
    try {
      const folderId = liveCohortFolder(ctx);
      id = createDoc(name, folderId ?? undefined).id;
    } catch (error) {
      console.error(
        `createApplicationDraft: create failed (${error instanceof Error ? error.message : error})`,
      );
      throw new UserError('draftDriveFailed');
    }
    ctx.onUndo(() => trashFile(id));
    renderDoc(id, draft, { bold: 'edges', alignEnd: (c) => c >= 1 && c <= 3 });
    console.log(
      `createApplicationDraft: ${draft.paragraphs.length} paragraphs, ${draft.table.rows.length} table rows`,
    );
    return { url: docUrl(id) };
  });
}

/** The counts as Oversigt shows them, or null when it is missing or cannot be read (see top). */
function countsFromOverview(ctx: Ctx): CohortCounts | null {
  const sheet = findSheet(ctx, 'overview');
  return sheet ? countsFromOverviewSheet(readSheet(sheet)) : null;
}

/**
 * The same counts from Personer and Fremmøde, as Oversigt's formulas count them: applicants are
 * rows with a name, and completed leaves out whoever has dropped out (Frafaldet).
 */
export function countsFromSheets(ctx: Ctx): CohortCounts {
  const persons = openTable(ctx, 'persons', PERSON_HEADERS, ['Status']);
  const attendance = openAttendance(ctx);
  const rows = persons.filledRows().map(({ row }) => row);
  const statusOf = (row: unknown[]) => persons.text(row, 'Status').replace(/ +/g, ' ').toLowerCase();
  const statuses = rows.map(statusOf);
  const droppedOut = new Set(
    persons.has('ID')
      ? rows.filter((r) => statusOf(r) === 'frafaldet').map((r) => persons.text(r, 'ID'))
      : [],
  );
  const list = participants(attendance, ctx.settings.modules);
  const figures = summaries(list, ctx.settings);
  const onCourse = list.map((p) => !droppedOut.has(p.id));
  return {
    applicants: persons.has('Navn') ? rows.filter((r) => persons.text(r, 'Navn') !== '').length : rows.length,
    admitted: statuses.filter((s) => ADMITTED.has(s)).length,
    dropouts: statuses.filter((s) => s === 'frafaldet').length,
    completed: figures.filter((f, i) => onCourse[i] && f.status === 'completed').length,
    diplomas: attendance.has('Diplom')
      ? list.filter((p) => attendance.text(attendance.rows[p.index], 'Diplom') !== '').length
      : 0,
    followUp: followUpOf(persons),
  };
}
