// The cohort's Drive folder, the one home of every file the add-on makes (diplomas, the
// template, attendance lists, the report, the application draft): remembered in
// store.driveState().folderId, and made again when it is gone.
// A folder made by a request that then fails is trashed again with the rest of the request
// (ctx.onUndo), except under the diploma work's durable ctx, which keeps what it made.
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

/** The folder's id, made now when `existing` (looked up unless given) is null. */
export function ensureCohortFolder(ctx: Ctx, existing: string | null = liveCohortFolder(ctx)): string {
  if (existing) return existing;
  const folder = createFolder(cohortFolderName(ctx.settings.cohortName));
  ctx.onUndo(() => trashFile(folder.id));
  ctx.store.saveDriveState({ ...ctx.store.driveState(), folderId: folder.id, combinedPdfId: undefined });
  console.log('cohort folder created');
  return folder.id;
}
