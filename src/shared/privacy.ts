// Types for the data-protection sidebar and the self-test beyond SPEC's API.

/**
 * An applicant whose `Slettes` date has come (that day or later). The name is included: the
 * list is the coordinator's own data, shown only in her sidebar so she can see whom to delete
 * (an ID alone would send her back to the sheet); it is never logged.
 */
export interface RetentionReminder {
  id: string;
  name: string;
  status: string;
  /** 'YYYY-MM-DD' */
  deleteAfter: string;
  /** Her row in `Personer` (1-based). */
  row: number;
}

export interface SelfTestStep {
  /** A stable technical name, e.g. 'sheetValuesEmpty' (the deployer's checklist uses them). */
  name: string;
  ok: boolean;
  /** What was seen; on failure the service's message. Never personal data. */
  detail: string;
}

export interface SelfTestResult {
  ok: boolean;
  steps: SelfTestStep[];
}

export interface PrivacyExtraApi {
  getRetentionReminders(): RetentionReminder[];
  selfTest(): SelfTestResult;
}
