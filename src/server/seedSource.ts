// Where setup's seeds come from in one request: the defaults of SPEC, or the setup the
// coordinator saved from her last cohort (setupWorkbook({ fromSaved: true })). The request
// context of a "from saved" setup carries it; seeding code asks here and falls back to the
// defaults. Kept apart from the areas so budget, timeline and modules need not import setup.
import type { SavedSetup } from '../core/savedSetup';
import type { Ctx } from './runtime';

interface SeededCtx extends Ctx {
  savedSetup?: SavedSetup;
}

export function withSavedSetup(ctx: Ctx, saved: SavedSetup, settings: Ctx['settings']): Ctx {
  return Object.create(ctx, {
    settings: { value: settings },
    lang: { value: settings.language },
    savedSetup: { value: saved },
  }) as Ctx;
}

export function savedSeedOf(ctx: Ctx): SavedSetup | null {
  return (ctx as SeededCtx).savedSetup ?? null;
}
