// Types for the diploma sidebar beyond SPEC's API.
import type { LeftOut } from './api';

export interface DiplomaStatus {
  eligible: number;
  made: number;
  remaining: number;
  leftOut: LeftOut[];
  folderUrl: string;
  combinedPdfUrl: string;
}

export interface DiplomaExtraApi {
  getDiplomaStatus(): DiplomaStatus;
}
