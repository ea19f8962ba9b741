import type { timeline as da } from '../da/timeline';

export const timeline: Record<keyof typeof da, string> = {
  timelineHolidayNewYearsDay: "New Year's Day",
  timelineHolidayMaundyThursday: 'Maundy Thursday',
  timelineHolidayGoodFriday: 'Good Friday',
  timelineHolidayEasterSunday: 'Easter Sunday',
  timelineHolidayEasterMonday: 'Easter Monday',
  timelineHolidayGreatPrayerDay: 'Great Prayer Day',
  timelineHolidayAscensionDay: 'Ascension Day',
  timelineHolidayWhitSunday: 'Whit Sunday',
  timelineHolidayWhitMonday: 'Whit Monday',
  timelineHolidayConstitutionDay: 'Constitution Day',
  timelineHolidayChristmasEve: 'Christmas Eve',
  timelineHolidayChristmasDay: 'Christmas Day',
  timelineHolidayBoxingDay: 'Boxing Day',
  timelineHolidayNewYearsEve: "New Year's Eve",
  timelineOverdue: '{count} activities in the timeline are overdue.',
  timelineUnknownStatus: 'The status “{value}” does not exist. Choose one of: {statuses}.',
  timelineUnknownRow: 'Row {row} is not an activity in the timeline. Refresh the list and try again.',
};
