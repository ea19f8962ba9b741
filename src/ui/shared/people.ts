// Small pieces several sidebars use about people and attendance.
import type { AttendanceStatus, PersonRow } from '../../shared/api';
import type { BadgeTone } from './app';

export function attendanceTone(status: AttendanceStatus): BadgeTone {
  switch (status) {
    case 'completed':
      return 'green';
    case 'at_risk':
      return 'amber';
    case 'below':
      return 'red';
    default:
      return 'grey';
  }
}

export function personStatusTone(status: string): BadgeTone {
  switch (status) {
    case 'Optaget':
      return 'blue';
    case 'Uddannet':
      return 'green';
    case 'Frafaldet':
    case 'Ikke optaget':
    case 'Trukket sig':
      return 'red';
    case 'Venteliste':
    case 'Samtale aftalt':
      return 'amber';
    default:
      return 'grey';
  }
}

/** Names as she knows them, sorted the Danish way (æ, ø, å last). */
export function byName(a: Pick<PersonRow, 'name'>, b: Pick<PersonRow, 'name'>): number {
  return a.name.localeCompare(b.name, 'da');
}

/** The areas of the case, suggested while typing (any other may be typed). */
export const KNOWN_AREAS = ['Hedeparken', 'Magleparken', 'Grantoften'] as const;

/** localStorage key: the recruitment list leaves the id of the woman to edit for the person page. */
export const EDIT_HINT = 'bydelsmoedre.editPerson';
