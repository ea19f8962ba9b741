// What came of the cohort (SPEC `Aktiv bydelsmor`, `Uddannelse/job`): among the women who
// became Uddannet, how many are active as volunteers and how many started education or a
// job, and of how many the answer is known. Counts only: the report and the application
// draft say "5 af 8 kendte", never who.
export interface FollowUpPerson {
  status: string;
  activeVolunteer: string;
  educationOrJob: string;
}

export interface YesNoCount {
  /** Answered Ja. */
  yes: number;
  /** Answered Ja or Nej. */
  known: number;
}

export interface FollowUpCounts {
  /** Women whose status is Uddannet. */
  graduates: number;
  activeVolunteer: YesNoCount;
  educationOrJob: YesNoCount;
}

/** 'Ja' / 'Nej' as typed (any case, spaces around), anything else is not known. */
export function yesNoOf(value: unknown): 'Ja' | 'Nej' | '' {
  const text = String(value ?? '')
    .trim()
    .toLowerCase();
  if (text === 'ja') return 'Ja';
  if (text === 'nej') return 'Nej';
  return '';
}

export function followUpCounts(persons: readonly FollowUpPerson[]): FollowUpCounts {
  const graduates = persons.filter((p) => p.status.trim().toLowerCase() === 'uddannet');
  const count = (pick: (p: FollowUpPerson) => string): YesNoCount => {
    const answers = graduates.map((p) => yesNoOf(pick(p)));
    return { yes: answers.filter((a) => a === 'Ja').length, known: answers.filter((a) => a !== '').length };
  };
  return {
    graduates: graduates.length,
    activeVolunteer: count((p) => p.activeVolunteer),
    educationOrJob: count((p) => p.educationOrJob),
  };
}
