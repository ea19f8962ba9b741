import type { attendance as da } from '../da/attendance';

export const attendance: Record<keyof typeof da, string> = {
  attendanceStatusCompleted: 'Completed',
  attendanceStatusBelow: 'Below {percent}%',
  attendanceStatusAtRisk: 'At risk',
  attendanceStatusOk: 'OK',
  attendanceNotEnrolled:
    'ID “{id}” is not an admitted participant. Attendance can only be registered for participants with the status “Optaget”.',
  attendanceModuleRange: 'The module must be a whole number from 1 to {max}.',
  attendanceFieldPresent: 'Present',
  attendanceFieldExcused: 'Excused',
  attendanceIdNotText: '“{field}” must be a list of IDs such as P001.',
  attendanceDuplicateId: 'ID “{id}” appears twice. Each participant can be registered only once per module.',
  attendanceModuleInFuture:
    'Module {nr} is dated {date} and can only be recorded from that day (today is {today}). If the date is wrong, correct it in the sheet “Moduler” (column Dato), or change the first module date under Settings.',
  attendanceBothLists: 'ID “{id}” is listed both as present and as excused. Choose one.',
};
