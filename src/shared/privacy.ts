// Types for the data-protection sidebar and the self-test beyond SPEC's API.
export interface RetentionReminder {
  id: string;
  status: string;
  deleteAfter: string;
}

export interface SelfTestResult {
  ok: boolean;
  steps: { name: string; ok: boolean; detail: string }[];
}

export interface PrivacyExtraApi {
  getRetentionReminders(): RetentionReminder[];
  selfTest(): SelfTestResult;
}
