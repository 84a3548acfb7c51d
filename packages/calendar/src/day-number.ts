import type { CivilDate } from "./civil-date.ts";

/**
 * Day numbers (days since 1970-01-01) for the fast clock: plain integer arithmetic on the proleptic
 * Gregorian calendar (Howard Hinnant's days_from_civil), no Date object, no regular expression.
 * The working-day index is addressed by these numbers.
 */

/** The day number of y-m-d (month 1–12). */
export function dayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const digit = (s: string, i: number) => s.charCodeAt(i) - 48;

/** The day number of a "YYYY-MM-DD" string, or -Infinity if it is not a real date of years 1–9999. */
export function parseDayNumber(s: unknown): number {
  if (typeof s !== "string" || s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return -Infinity;
  const a = digit(s, 0), b = digit(s, 1), c = digit(s, 2), e = digit(s, 3);
  const f = digit(s, 5), g = digit(s, 6), h = digit(s, 8), k = digit(s, 9);
  // `>>> 0` turns a negative (a character below '0') into a huge number, so one comparison per digit.
  if (a >>> 0 > 9 || b >>> 0 > 9 || c >>> 0 > 9 || e >>> 0 > 9 || f >>> 0 > 9 || g >>> 0 > 9 || h >>> 0 > 9 || k >>> 0 > 9) return -Infinity;
  const y = a * 1000 + b * 100 + c * 10 + e;
  const m = f * 10 + g;
  const d = h * 10 + k;
  if (y < 1 || m < 1 || m > 12 || d < 1) return -Infinity;
  const leap = m === 2 && (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0));
  if (d > DAYS_IN_MONTH[m - 1]! + (leap ? 1 : 0)) return -Infinity;
  return dayNumber(y, m, d);
}

/** The year of a day number. */
export function yearOfDayNumber(n: number): number {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const m = mp < 10 ? mp + 3 : mp - 9;
  return yoe + era * 400 + (m <= 2 ? 1 : 0);
}

/** "YYYY-MM-DD" of a day number. */
export function formatDayNumber(n: number): CivilDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, "0")}-${m < 10 ? "0" : ""}${m}-${d < 10 ? "0" : ""}${d}`;
}
