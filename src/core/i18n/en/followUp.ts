import type { followUp as da } from '../da/followUp';

export const followUp: Record<keyof typeof da, string> = {
  followUpActive: 'Graduates active as volunteer neighbourhood mothers',
  followUpEducation: 'Graduates who started education or a job',
  followUpCount: '{yes} of {known} with a known answer ({graduates} graduates in all)',
  followUpNoGraduates: 'no graduates yet',
};
