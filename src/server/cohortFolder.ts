// The cohort's Drive folder, the one home of every file the add-on makes (diplomas, the
// template, attendance lists, the report, the application draft): remembered in
// store.driveState().folderId, and made again when it is gone.
// Diploma work is durable (a folder it made stays, like its finished diplomas); every other
// request is all or nothing: a folder made by a request that then fails is trashed again,
// and its id is forgotten with the rest of the request.
import { cohortFolderName } from '../core/diplomas';
import { createFolder, FOLDER_MIME, getFile, trashFile } from './google/drive';
import type { Ctx } from './runtime';
import type { DriveState } from './store';

/** The folder's id when it exists and is not trashed; null otherwise. One Drive call at most. */
export function existingCohortFolder(state: DriveState): string | null {
  if (!state.folderId) return null;
  const file = getFile(state.folderId);
  return file && file.trashed !== true && file.mimeType === FOLDER_MIME ? state.folderId : null;
}

export function liveCohortFolder(ctx: Ctx): string | null {
  return existingCohortFolder(ctx.store.driveState());
}

/**
 * The folder's id, made now when `existing` (looked up unless given) is null. `durable`: the
 * diploma work's rule, keep a new folder even if the request fails later.
 */
export function ensureCohortFolder(
  ctx: Ctx,
  options: { existing?: string | null; durable?: boolean } = {},
): string {
  const existing = options.existing !== undefined ? options.existing : liveCohortFolder(ctx);
  if (existing) return existing;
  const folder = createFolder(cohortFolderName(ctx.settings.cohortName));
  if (!options.durable) ctx.onUndo(() => trashFile(folder.id));
  ctx.store.saveDriveState({ ...ctx.store.driveState(), folderId: folder.id, combinedPdfId: undefined });
  console.log('cohort folder created');
  return folder.id;
}
