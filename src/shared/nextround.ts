// Types of the paper attendance list, the saved setup for the next cohort and the draft of
// the next application (issue 15), as they cross google.script.run.

export interface SetupOptions {
  /** Seed from the setup saved by saveCohortSetup instead of the defaults. */
  fromSaved?: boolean;
}

export interface SavedSetupInfo {
  /** When it was saved, ISO 8601 (UTC). */
  savedAt: string;
  cohortName: string;
}

export interface AttendanceListOptions {
  /** One module (1…T); without it, a grid of all modules. */
  module?: number;
}

export interface NextRoundExtraApi {
  createAttendanceList(o?: AttendanceListOptions): { url: string; pdfUrl: string };
  saveCohortSetup(): { savedAt: string };
  getSavedCohortSetup(): SavedSetupInfo | null;
  createApplicationDraft(): { url: string };
}
