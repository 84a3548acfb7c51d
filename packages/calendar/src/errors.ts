/**
 * Typed errors of the calendar package.
 *
 * The codes are the public contract (callers switch on `error.code`); the
 * Chinese messages are for display to staff and applicants and may be
 * reworded at any time.
 */
export const CalendarErrorCode = {
  /** A date was asked about whose year's State Council arrangement is not loaded. */
  CALENDAR_YEAR_NOT_LOADED: "CALENDAR_YEAR_NOT_LOADED",
  /** A string is not a real calendar date in "YYYY-MM-DD" form. */
  INVALID_CIVIL_DATE: "INVALID_CIVIL_DATE",
  /** A working-day count is negative or not an integer. */
  INVALID_DAY_COUNT: "INVALID_DAY_COUNT",
  /** An uploaded / constructed year document failed validation. */
  YEAR_CALENDAR_INVALID: "YEAR_CALENDAR_INVALID",
  /** Suspension periods (中止/暂停) are inconsistent: overlapping, reversed, before acceptance. */
  PAUSES_INVALID: "PAUSES_INVALID",
} as const;

export type CalendarErrorCode = (typeof CalendarErrorCode)[keyof typeof CalendarErrorCode];

/** Base class so callers can catch every error of this package with one `instanceof`. */
export abstract class CalendarError extends Error {
  abstract readonly code: CalendarErrorCode;
}

/**
 * Thrown whenever an answer would depend on a year whose holiday arrangement
 * has not been loaded. We never fall back to "Monday–Friday": a guessed
 * deadline across an unpublished Spring Festival would be wrong by a week.
 */
export class CalendarNotLoadedError extends CalendarError {
  readonly code = CalendarErrorCode.CALENDAR_YEAR_NOT_LOADED;
  constructor(readonly year: number) {
    super(`尚未载入${year}年节假日安排`);
    this.name = "CalendarNotLoadedError";
  }
}

export class InvalidCivilDateError extends CalendarError {
  readonly code = CalendarErrorCode.INVALID_CIVIL_DATE;
  constructor(readonly value: unknown) {
    super(`日期格式不正确:${formatValue(value)},应为 YYYY-MM-DD 格式的有效日期`);
    this.name = "InvalidCivilDateError";
  }
}

export class InvalidDayCountError extends CalendarError {
  readonly code = CalendarErrorCode.INVALID_DAY_COUNT;
  constructor(
    readonly field: string,
    readonly value: unknown,
  ) {
    super(`${field}必须为非负整数,收到 ${formatValue(value)}`);
    this.name = "InvalidDayCountError";
  }
}

export interface YearCalendarIssue {
  /** Path of the offending field, e.g. "holidays[3].date". */
  path: string;
  /** Chinese message naming the field. */
  message: string;
}

export class YearCalendarInvalidError extends CalendarError {
  readonly code = CalendarErrorCode.YEAR_CALENDAR_INVALID;
  constructor(readonly issues: readonly YearCalendarIssue[]) {
    super(`节假日安排数据有误:${issues.map((i) => i.message).join(";")}`);
    this.name = "YearCalendarInvalidError";
  }
}

export class PausesInvalidError extends CalendarError {
  readonly code = CalendarErrorCode.PAUSES_INVALID;
  constructor(message: string) {
    super(message);
    this.name = "PausesInvalidError";
  }
}

function formatValue(value: unknown): string {
  if (typeof value === "string") return `"${value}"`;
  try {
    return String(JSON.stringify(value) ?? value);
  } catch {
    return String(value);
  }
}
