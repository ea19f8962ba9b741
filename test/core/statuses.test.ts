// Issue 13 §8: statuses stay Danish in the sheets and are shown in the sidebar's language.
import { PERSON_STATUSES } from '../../src/shared/api';
import { TIMELINE_STATUS_LABELS } from '../../src/shared/budget';
import { personStatusLabel, timelineStatusLabel } from '../../src/core/i18n/statuses';

describe('status labels at display time', () => {
  it('gives every person and timeline status an English word, and keeps Danish as it is', () => {
    const en = PERSON_STATUSES.map((s) => personStatusLabel(s, 'en'));
    expect(en).toEqual([
      'Interested',
      'Interview booked',
      'Admitted',
      'Waiting list',
      'Not admitted',
      'Withdrew',
      'Dropped out',
      'Graduated',
    ]);
    expect(new Set(en).size).toBe(PERSON_STATUSES.length);
    expect(PERSON_STATUSES.map((s) => personStatusLabel(s, 'da'))).toEqual([...PERSON_STATUSES]);
    expect(TIMELINE_STATUS_LABELS.map((s) => timelineStatusLabel(s, 'en'))).toEqual([
      'Planned',
      'In progress',
      'Done',
    ]);
  });

  it('leaves a status typed by hand as she typed it', () => {
    expect(personStatusLabel('På pause', 'en')).toBe('På pause');
    expect(timelineStatusLabel('Udskudt', 'en')).toBe('Udskudt');
  });
});
