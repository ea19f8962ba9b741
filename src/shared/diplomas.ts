// Types for the diploma sidebar beyond SPEC's API.
import type { LeftOut } from './api';

export interface DiplomaStatus {
  /** Participants whose attendance status is `completed` (and who have not dropped out). */
  eligible: number;
  /** Eligible participants whose diploma (Doc and PDF) exists. */
  made: number;
  /** Eligible participants still without a diploma. */
  remaining: number;
  leftOut: LeftOut[];
  /** '' until the first generation made the cohort's folder. */
  folderUrl: string;
  /** '' while there is no combined PDF. */
  combinedPdfUrl: string;
  /** The diploma template the coordinator may restyle; '' until one exists. */
  templateUrl: string;
}

/** `importTemplate`'s input: the Word file as the sidebar read it. */
export interface TemplateFile {
  name: string;
  /** The file's bytes in base64 (a `data:` URL prefix is allowed). */
  base64: string;
}

export interface ImportedTemplate {
  url: string;
  /** Merge fields the template lacks, as written in it: `{{Navn}}`, … */
  missingFields: string[];
}

export interface DiplomaExtraApi {
  getDiplomaStatus(): DiplomaStatus;
  createTemplate(): { url: string; created: boolean };
  importTemplate(f: TemplateFile): ImportedTemplate;
  previewDiploma(id?: string): { url: string };
}
