// Real time zones through Intl, plus Apps Script's fixed-offset names ('GMT+1', 'UTC').
// Sheets stores dates as serial day numbers in the spreadsheet's time zone; these helpers
// convert between instants and wall-clock fields in a given zone.

export interface WallClock {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  weekday: number; // 0 = Sunday
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const FIXED = /^(?:GMT|UTC)(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$/i;

function fixedOffsetMinutes(timeZone: string): number | undefined {
  const m = FIXED.exec(timeZone.trim());
  if (!m) return undefined;
  if (!m[1]) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
}

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function isValidTimeZone(timeZone: string): boolean {
  if (fixedOffsetMinutes(timeZone) !== undefined) return true;
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function utcFields(ms: number): WallClock {
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
    weekday: d.getUTCDay(),
  };
}

/** Wall-clock fields of an instant in a time zone. */
export function wallClock(ms: number, timeZone: string): WallClock {
  const fixed = fixedOffsetMinutes(timeZone);
  if (fixed !== undefined) return utcFields(ms + fixed * 60000);
  const parts: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(ms))) parts[p.type] = p.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    millisecond: ((ms % 1000) + 1000) % 1000,
    weekday: WEEKDAYS.indexOf(parts.weekday),
  };
}

/** Offset of the zone from UTC at an instant, in minutes (Copenhagen: 60 or 120). */
export function offsetMinutes(ms: number, timeZone: string): number {
  const w = wallClock(ms, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond);
  return Math.round((asUtc - ms) / 60000);
}

/** The instant at which the zone's clock shows the given fields. */
export function zonedToInstant(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  millisecond = 0,
  timeZone = 'UTC',
): number {
  const local = Date.UTC(year, month - 1, day, hour, minute, second, millisecond);
  let guess = local - offsetMinutes(local, timeZone) * 60000;
  guess = local - offsetMinutes(guess, timeZone) * 60000;
  return guess;
}

const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86400000;

/** Sheets serial number (days since 1899-12-30, local time) of an instant. */
export function instantToSerial(ms: number, timeZone: string): number {
  const w = wallClock(ms, timeZone);
  const local = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond);
  return (local - SERIAL_EPOCH) / DAY;
}

export function serialToInstant(serial: number, timeZone: string): number {
  const w = utcFields(Math.round(SERIAL_EPOCH + serial * DAY));
  return zonedToInstant(w.year, w.month, w.day, w.hour, w.minute, w.second, w.millisecond, timeZone);
}

/** Wall-clock fields of a serial number (no zone involved). */
export function serialFields(serial: number): WallClock {
  return utcFields(Math.round(SERIAL_EPOCH + serial * DAY));
}

/** Short zone name for 'z' patterns, e.g. CET/CEST, or GMT+01:00. */
export function zoneShortName(ms: number, timeZone: string): string {
  if (fixedOffsetMinutes(timeZone) !== undefined)
    return formatOffset(offsetMinutes(ms, timeZone), true, 'GMT');
  try {
    const parts = new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'short' }).formatToParts(
      new Date(ms),
    );
    const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
    if (timeZone === 'Europe/Copenhagen' || /^GMT[+-]/.test(name)) {
      // en-GB gives CET/CEST for central Europe; fall back to the GMT offset otherwise.
      const off = offsetMinutes(ms, timeZone);
      if (timeZone.startsWith('Europe/') && (off === 60 || off === 120)) return off === 60 ? 'CET' : 'CEST';
      return formatOffset(off, true, 'GMT');
    }
    return name;
  } catch {
    return 'GMT';
  }
}

export function formatOffset(minutes: number, colon: boolean, prefix = ''): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${prefix}${sign}${hh}${colon ? ':' : ''}${mm}`;
}
