// The next cohort starts from this one (SPEC `saveCohortSetup`, `getSavedCohortSetup`,
// `setupWorkbook({ fromSaved })`). The reusable setup lives in the USER's properties: they
// follow the coordinator from spreadsheet to spreadsheet (for the same add-on), and need no
// scope beyond what the add-on has (PropertiesService needs no authorization scope at all).
//
// The properties service holds at most 9 KB per value and 500 KB per store, so the setup's
// JSON is gzipped (Utilities.gzip), base64-encoded and cut into chunks of 8,000 characters
// (core/savedSetup.ts). All chunks and the meta record are written in ONE setProperties call
// that also drops the chunks of the previous save, so a failure leaves the old save whole,
// and a failed request puts the previous store back (the runtime's undo).
//
// Spreadsheet calls: saveCohortSetup reads Moduler, Budget and Tidsplan (2 calls each);
// getSavedCohortSetup none; setup from saved is setup's own budget.
import type { SetupOptions, SavedSetupInfo } from '../../shared/nextround';
import type { SetupResult, Settings } from '../../shared/api';
import { UserError } from '../../core/errors';
import { t } from '../../core/i18n';
import { pagedFormatRequest, templateName, templateRequests } from '../../core/docTemplate';
import { cohortFolderName } from '../../core/diplomas';
import { resolveSettings, validateSettingsPatch } from '../../core/settings';
import {
  isSavedSetupKey,
  joinChunks,
  MAX_SAVED_BYTES,
  parseMeta,
  parseSavedSetup,
  SAVED_META_KEY,
  SAVED_SETUP_VERSION,
  settingsToSave,
  storedProperties,
  type SavedActivity,
  type SavedModule,
  type SavedSetup,
} from '../../core/savedSetup';
import { MODULE_COLUMNS } from '../../core/schema';
import { ownFields } from '../../core/validate';
import { decorate } from '../decorate';
import { batchUpdate } from '../google/docs';
import { createDoc, DOC_MIME, getFile, trashFile } from '../google/drive';
import { read, write, type Ctx } from '../runtime';
import { ensureCohortFolder } from '../cohortFolder';
import { withSavedSetup } from '../seedSource';
import { isoOfCell, numberOfCell, textOfCell } from '../sheets/cells';
import { openTable, type Table } from '../sheets/table';
import { budgetLines, openBudget } from './budget';
import { openTimeline } from './timeline';

type Properties = GoogleAppsScript.Properties.Properties;

const userProperties = (): Properties => PropertiesService.getUserProperties();

// ---- encoding ---------------------------------------------------------------------------------

function encode(json: string): string {
  const zipped = Utilities.gzip(Utilities.newBlob(json, 'application/json', 'setup.json'));
  return Utilities.base64Encode(zipped.getBytes());
}

function decode(text: string): string {
  const bytes = Utilities.base64Decode(text);
  return Utilities.ungzip(Utilities.newBlob(bytes, 'application/x-gzip', 'setup.json.gz')).getDataAsString(
    'UTF-8',
  );
}

/** The saved setup, or null when there is none; a damaged one is an error for the coordinator. */
function readSaved(all: Record<string, string>): SavedSetup | null {
  const meta = parseMeta(all[SAVED_META_KEY]);
  if (!meta) return null;
  const text = joinChunks(meta, all);
  let saved: SavedSetup | null = null;
  if (text !== null) {
    try {
      saved = parseSavedSetup(decode(text));
    } catch {
      saved = null;
    }
  }
  if (!saved) throw new UserError('savedSetupUnreadable');
  return saved;
}

// ---- saveCohortSetup --------------------------------------------------------------------------

function modulesOf(table: Table, T: number): SavedModule[] {
  const seen = new Set<number>();
  const text = (row: unknown[], h: string) => (table.has(h) ? textOfCell(table.get(row, h)) : '');
  const out: SavedModule[] = [];
  for (const { row } of table.filledRows()) {
    const nr = numberOfCell(table.get(row, 'Nr'));
    if (nr === null || !Number.isInteger(nr) || nr < 1 || nr > T || seen.has(nr)) continue;
    seen.add(nr);
    const hours = table.has('Timer') ? numberOfCell(table.get(row, 'Timer')) : null;
    out.push({
      nr,
      theme: text(row, 'Tema'),
      part: text(row, 'Del'),
      teacher: text(row, 'Underviser'),
      hours,
    });
  }
  return out.sort((a, b) => a.nr - b.nr);
}

function activitiesOf(table: Table): SavedActivity[] {
  return table
    .filledRows()
    .filter(({ row }) => table.text(row, 'Aktivitet') !== '')
    .map(({ row }) => {
      const deadline = isoOfCell(table.get(row, 'Frist'));
      return {
        month: table.has('Måned') ? table.text(row, 'Måned') : '',
        activity: table.text(row, 'Aktivitet'),
        deadlineMonth: deadline ? Number(deadline.slice(5, 7)) : null,
      };
    });
}

export function saveCohortSetup(): { savedAt: string } {
  return write((ctx) => {
    const modules = openTable(
      ctx,
      'modules',
      MODULE_COLUMNS.map((c) => c.header),
      ['Nr'],
    );
    const budget = openBudget(ctx);
    const timeline = openTimeline(ctx);
    const saved: SavedSetup = {
      version: SAVED_SETUP_VERSION,
      savedAt: ctx.now.toISOString(),
      settings: settingsToSave(ctx.settings),
      modules: modulesOf(modules, ctx.settings.modules),
      budget: budgetLines(budget).map((l) => ({ line: l.line, budget: (l.budgetOere ?? 0) / 100 })),
      timeline: activitiesOf(timeline),
    };
    const encoded = encode(JSON.stringify(saved));
    if (encoded.length > MAX_SAVED_BYTES) {
      throw new UserError('savedSetupTooLarge', {
        size: Math.ceil(encoded.length / 1024),
        max: MAX_SAVED_BYTES / 1024,
      });
    }
    const props = userProperties();
    const before = props.getProperties();
    const next: Record<string, string> = {};
    for (const [k, v] of Object.entries(before)) if (!isSavedSetupKey(k)) next[k] = v;
    const stored = storedProperties(encoded, saved);
    Object.assign(next, stored);
    props.setProperties(next, true);
    ctx.onUndo(() => props.setProperties(before, true));
    console.log(
      `saveCohortSetup: ${saved.modules.length} modules, ${saved.budget.length} budget lines, ` +
        `${saved.timeline.length} activities, ${Object.keys(stored).length - 1} chunks, ${encoded.length} characters`,
    );
    return { savedAt: saved.savedAt };
  });
}

// ---- getSavedCohortSetup ----------------------------------------------------------------------

export function getSavedCohortSetup(): SavedSetupInfo | null {
  return read(() => {
    const meta = parseMeta(userProperties().getProperty(SAVED_META_KEY));
    return meta ? { savedAt: meta.savedAt, cohortName: meta.cohortName } : null;
  });
}

// ---- setupWorkbook({ fromSaved }) -------------------------------------------------------------

export function validateSetupOptions(o: unknown): SetupOptions {
  if (o === undefined || o === null) return {};
  let fields: [string, unknown][];
  try {
    fields = ownFields(o);
  } catch {
    throw new UserError('savedSetupOptionsInvalid');
  }
  const out: SetupOptions = {};
  for (const [key, value] of fields) {
    if (key !== 'fromSaved' || typeof value !== 'boolean') throw new UserError('savedSetupOptionsInvalid');
    out.fromSaved = value;
  }
  return out;
}

/**
 * Setup in a new spreadsheet from the saved setup: its settings (the dates of this
 * spreadsheet, if any, stay), then the ordinary setup seeding Moduler, Budget and Tidsplan from
 * it. The saved template Doc is used when the add-on can still open it; otherwise a new default
 * template is made and the coordinator is told.
 */
export function setupFromSaved(ctx: Ctx, runSetup: (ctx: Ctx) => SetupResult): SetupResult {
  const saved = readSaved(userProperties().getProperties());
  if (!saved) throw new UserError('savedSetupNone');
  if (Object.keys(ctx.store.sheetIds()).length > 0) throw new UserError('savedSetupNotNew');

  let patch: Partial<Settings>;
  try {
    patch = validateSettingsPatch({ ...saved.settings, templateId: '' }, ctx.settings);
  } catch {
    throw new UserError('savedSetupUnreadable');
  }
  const stored = { ...ctx.store.storedSettings(), ...patch };
  let settings = resolveSettings(stored, ctx.today);
  const warnings: string[] = [];
  const savedTemplate = typeof saved.settings.templateId === 'string' ? saved.settings.templateId : '';
  let templateId = '';
  if (savedTemplate) {
    const file = getFile(savedTemplate);
    if (file && file.trashed !== true && file.mimeType === DOC_MIME) templateId = savedTemplate;
  }
  const seeded = withSavedSetup(ctx, saved, settings);
  if (savedTemplate && !templateId) {
    templateId = createDefaultTemplate(seeded);
    warnings.push(
      t(settings.language, 'savedSetupTemplateGone', { folder: cohortFolderName(settings.cohortName) }),
    );
  }
  ctx.store.saveStoredSettings({ ...stored, templateId });
  settings = resolveSettings({ ...stored, templateId }, ctx.today);
  const result = runSetup(withSavedSetup(ctx, saved, settings));
  console.log(
    `setupWorkbook: from a saved setup (${saved.modules.length} modules, ${saved.budget.length} lines)${warnings.length ? ', template recreated' : ''}`,
  );
  return { ...result, warnings };
}

/** The default diploma template, made in the cohort's folder (trashed again if the request fails). */
function createDefaultTemplate(ctx: Ctx): string {
  const folderId = ensureCohortFolder(ctx);
  const doc = createDoc(templateName(ctx.lang, ctx.settings.cohortName), folderId);
  ctx.onUndo(() => trashFile(doc.id));
  batchUpdate(doc.id, templateRequests(ctx.lang));
  decorate('setup: paged template', () => batchUpdate(doc.id, [pagedFormatRequest()]));
  return doc.id;
}
