// Types for the workbook sidebars beyond SPEC's API (recruitment list, modules).
import type { PersonRow } from './api';

export interface ModuleRow {
  nr: number;
  date: string;
  theme: string;
  part: string;
  teacher: string;
  hours: number;
  /** Any participant has a mark for it. */
  held: boolean;
}

export interface WorkbookExtraApi {
  listPersons(): PersonRow[];
  getModules(): ModuleRow[];
}
