// The cohort's Drive folder for the files made outside the diploma run (attendance lists,
// the application draft, a default template): the one the diplomas use when it still
// exists, else a new one remembered in the same place (store.driveState().folderId).
// Unlike the diploma run, these requests are all or nothing: a folder made by a request that
// then fails is trashed again, and its id is forgotten with the rest of the request.
import { cohortFolderName } from '../core/diplomas';
import { createFolder, FOLDER_MIME, getFile, trashFile } from './google/drive';
import type { Ctx } from './runtime';

/** The folder's id when it exists and is not trashed; null otherwise. One Drive call at most. */
export function liveCohortFolder(ctx: Ctx): string | null {
  const id = ctx.store.driveState().folderId;
  if (!id) return null;
  const file = getFile(id);
  return file && file.trashed !== true && file.mimeType === FOLDER_MIME ? id : null;
}

export function ensureCohortFolder(ctx: Ctx): string {
  const existing = liveCohortFolder(ctx);
  if (existing) return existing;
  const folder = createFolder(cohortFolderName(ctx.settings.cohortName));
  ctx.onUndo(() => trashFile(folder.id));
  ctx.store.saveDriveState({ ...ctx.store.driveState(), folderId: folder.id, combinedPdfId: undefined });
  console.log('cohort folder created');
  return folder.id;
}
