import { followUpCounts, yesNoOf } from '../../src/core/followUp';

describe('followUpCounts', () => {
  it('counts Ja among the graduates and how many answers are known, ignoring case and spaces', () => {
    const p = (status: string, activeVolunteer: string, educationOrJob: string) => ({
      status,
      activeVolunteer,
      educationOrJob,
    });
    const counts = followUpCounts([
      p('Uddannet', 'Ja', 'Nej'),
      p(' uddannet ', ' JA ', ''),
      p('Uddannet', 'Nej', 'ja'),
      p('Uddannet', 'måske', ''),
      p('Optaget', 'Ja', 'Ja'), // not a graduate: not counted
      p('Frafaldet', 'Nej', 'Ja'),
    ]);
    expect(counts).toEqual({
      graduates: 4,
      activeVolunteer: { yes: 2, known: 3 },
      educationOrJob: { yes: 1, known: 2 },
    });
  });

  it('reads only Ja and Nej as answers', () => {
    expect(['Ja', 'nej', ' NEJ ', 'Yes', '1', '', 'J'].map(yesNoOf)).toEqual([
      'Ja',
      'Nej',
      'Nej',
      '',
      '',
      '',
      '',
    ]);
  });
});
