// Types for the budget, timeline and dashboard sidebars beyond SPEC's API.
export interface TimelineRow {
  row: number;
  month: string;
  activity: string;
  responsible: string;
  deadline: string;
  status: string;
  note: string;
  overdue: boolean;
}

export interface Overview {
  /** Filled in by the budget/dashboard work; the start sidebar shows what is there. */
  [key: string]: unknown;
}

export interface BudgetExtraApi {
  getTimeline(): TimelineRow[];
  setTimelineStatus(row: number, status: string): TimelineRow[];
  getOverview(): Overview;
  refreshOverview(): Overview;
}
