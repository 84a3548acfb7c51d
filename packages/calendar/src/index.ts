// Public API of @wuxi/calendar: working-day arithmetic for administrative
// time limits (《行政许可法》第四十五条、第八十二条) on State Council holiday data.
export {
  type CivilDate,
  addCalendarDays,
  assertCivilDate,
  civilDateOf,
  compareDates,
  dayOfWeek,
  daysBetween,
  isCivilDate,
  weekdayNameZh,
  yearOf,
} from "./civil-date.ts";
export {
  CalendarError,
  CalendarErrorCode,
  CalendarNotLoadedError,
  InvalidCivilDateError,
  InvalidDayCountError,
  PausesInvalidError,
  YearCalendarInvalidError,
  type YearCalendarIssue,
} from "./errors.ts";
export { type CalendarDay, type YearCalendar, parseYearCalendar } from "./year-calendar.ts";
export { type DayKind, HolidayCalendar, type HolidayCalendarOptions, type HolidayRun } from "./holiday-calendar.ts";
export { PROVISIONAL_SOURCE, PROVISIONAL_YEAR_RANGE, provisionalYear } from "./provisional-year.ts";
export { DEFAULT_YEARS, defaultCalendar, loadChineseDaysYears } from "./chinese-days.ts";
export {
  type DeadlineInput,
  type DeadlineResult,
  type Pause,
  PROVISIONAL_NOTE_ZH,
  SUSPENSION_RULE_ZH,
  deadlineWithPauses,
  yearsZh,
} from "./pauses.ts";
