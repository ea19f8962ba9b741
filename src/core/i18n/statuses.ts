// Statuses are the cohort's data and stay Danish in the sheets (SPEC); the sidebars show them
// in the sidebar language at display time (issue 13 §8). One place for every status word.
import type { Language } from '../../shared/api';

const PERSON_EN: Record<string, string> = {
  Interesseret: 'Interested',
  'Samtale aftalt': 'Interview booked',
  Optaget: 'Admitted',
  Venteliste: 'Waiting list',
  'Ikke optaget': 'Not admitted',
  'Trukket sig': 'Withdrew',
  Frafaldet: 'Dropped out',
  Uddannet: 'Graduated',
};

const TIMELINE_EN: Record<string, string> = {
  Planlagt: 'Planned',
  'I gang': 'In progress',
  Færdig: 'Done',
};

/** A person's status (Personer › Status) as the sidebar shows it; unknown text stays as typed. */
export function personStatusLabel(status: string, lang: Language): string {
  return lang === 'en' ? (PERSON_EN[status] ?? status) : status;
}

/** A timeline status (Tidsplan › Status) as the sidebar shows it; unknown text stays as typed. */
export function timelineStatusLabel(status: string, lang: Language): string {
  return lang === 'en' ? (TIMELINE_EN[status] ?? status) : status;
}
