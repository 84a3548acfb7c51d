import { InvalidCivilDateError, InvalidDayCountError } from "./errors.ts";

/**
 * A calendar date in Asia/Shanghai as an ISO string "YYYY-MM-DD".
 *
 * Why a string and not a Date: a `Date` is an instant, and which calendar day
 * an instant falls on depends on the time zone. Time limits under the
 * 行政许可法 are counted in days as lived in China, so we convert an instant
 * to a civil date exactly once (`civilDateOf`) and from then on do pure date
 * arithmetic. With 4-digit years, ISO strings also sort and compare correctly
 * as plain strings.
 */
export type CivilDate = string;

const CIVIL_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Chinese weekday names, indexed like `Date#getUTCDay` (0 = Sunday). */
export const WEEKDAY_NAMES_ZH = ["周日", "周一", "周二", "周三", "周四", "周五", "周六"] as const;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Whether `value` is a string naming a real date "YYYY-MM-DD" (years 0001–9999). */
export function isCivilDate(value: unknown): value is CivilDate {
  if (typeof value !== "string") return false;
  const m = CIVIL_DATE_RE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Throws `InvalidCivilDateError` unless `value` is a valid civil date. */
export function assertCivilDate(value: unknown): asserts value is CivilDate {
  if (!isCivilDate(value)) throw new InvalidCivilDateError(value);
}

function parts(d: CivilDate): [year: number, month: number, day: number] {
  assertCivilDate(d);
  return [Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(8, 10))];
}

/**
 * Days since 1970-01-01 of a civil date, computed on the UTC time line so that
 * no local time zone (and no DST transition) can shift it.
 * `setUTCFullYear` is used instead of `Date.UTC` because `Date.UTC` maps the
 * years 0–99 to 1900–1999.
 */
function toEpochDay(d: CivilDate): number {
  const [year, month, day] = parts(d);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return Math.round(date.getTime() / MS_PER_DAY);
}

function fromEpochDay(epochDay: number): CivilDate {
  const date = new Date(epochDay * MS_PER_DAY);
  const year = date.getUTCFullYear();
  if (!(year >= 1 && year <= 9999)) throw new InvalidCivilDateError(`第 ${epochDay} 日(超出 0001–9999 年)`);
  const y = String(year).padStart(4, "0");
  const m = String(date.getUTCMonth() + 1).padStart(2, "0");
  const dd = String(date.getUTCDate()).padStart(2, "0");
  return `${y}-${m}-${dd}`;
}

// One formatter, created once: Intl formatters are expensive to build.
// The time zone is fixed to Asia/Shanghai on purpose — the process TZ of a
// server (often UTC in containers) must not decide which day a case was
// accepted on. "gregory" + "latn" keep the output ASCII digits of the
// Gregorian calendar whatever the ICU defaults are.
const SHANGHAI_DATE_FORMAT = new Intl.DateTimeFormat("en-US", {
  timeZone: "Asia/Shanghai",
  calendar: "gregory",
  numberingSystem: "latn",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The calendar date in Asia/Shanghai on which `instant` falls. */
export function civilDateOf(instant: Date): CivilDate {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) {
    throw new InvalidCivilDateError(String(instant));
  }
  let year = "";
  let month = "";
  let day = "";
  for (const p of SHANGHAI_DATE_FORMAT.formatToParts(instant)) {
    if (p.type === "year") year = p.value;
    else if (p.type === "month") month = p.value;
    else if (p.type === "day") day = p.value;
  }
  const result = `${year.padStart(4, "0")}-${month}-${day}`;
  assertCivilDate(result);
  return result;
}

/** `d` plus `n` calendar days (n may be negative; must be an integer). */
export function addCalendarDays(d: CivilDate, n: number): CivilDate {
  if (!Number.isInteger(n)) throw new InvalidDayCountError("日历天数", n);
  return fromEpochDay(toEpochDay(d) + n);
}

/** -1, 0 or 1 as `a` is before, equal to or after `b` (usable with Array#sort). */
export function compareDates(a: CivilDate, b: CivilDate): -1 | 0 | 1 {
  assertCivilDate(a);
  assertCivilDate(b);
  // Valid 4-digit ISO dates order lexicographically exactly as they do in time.
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Signed number of calendar days from `from` to `to` (to − from). */
export function daysBetween(from: CivilDate, to: CivilDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** Day of week, 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(d: CivilDate): number {
  // 1970-01-01 was a Thursday (4).
  return (((toEpochDay(d) + 4) % 7) + 7) % 7;
}

/** The Gregorian year of a civil date. */
export function yearOf(d: CivilDate): number {
  return parts(d)[0];
}

/** "周一" … "周日". */
export function weekdayNameZh(d: CivilDate): string {
  return WEEKDAY_NAMES_ZH[dayOfWeek(d)] ?? "";
}
