import { addCalendarDays, assertCivilDate, type CivilDate, compareDates, dayOfWeek, yearOf } from "./civil-date.ts";
import { CalendarNotLoadedError, InvalidDayCountError, YearCalendarInvalidError } from "./errors.ts";
import { parseYearCalendar, type YearCalendar } from "./year-calendar.ts";

/** What kind of day a date is, and why. */
export type DayKind =
  /** An ordinary Monday–Friday. */
  | { kind: "weekday"; working: true }
  /** An ordinary Saturday/Sunday. */
  | { kind: "weekend"; working: false }
  /** A day off of a published holiday period (放假). */
  | { kind: "holiday"; working: false; name: string }
  /** A weekend day declared a working day (调休上班). */
  | { kind: "makeUpWorkday"; working: true; name: string };

interface LoadedYear {
  source: string;
  holidays: ReadonlyMap<CivilDate, string>;
  makeUpWorkdays: ReadonlyMap<CivilDate, string>;
}

/**
 * Working-day calendar built from explicit, per-year State Council data.
 *
 * Rules (the project owns these; the year documents are only data):
 *   1. a make-up workday (调休上班) is a working day;
 *   2. otherwise a published holiday is not;
 *   3. otherwise Monday–Friday are working days and Saturday/Sunday are not.
 *
 * 《行政许可法》第八十二条: time limits are counted in working days, statutory
 * holidays excluded. Any question whose answer depends on a year that was not
 * loaded throws `CalendarNotLoadedError` — we never guess.
 */
export class HolidayCalendar {
  readonly #years = new Map<number, LoadedYear>();

  constructor(years: readonly YearCalendar[]) {
    for (const input of years) {
      // Re-validate even typed input: the invariants (dates inside the year,
      // no day both off and on, make-up days on weekends) are what make the
      // rules above well defined, whatever produced the object.
      const y = parseYearCalendar(input);
      if (this.#years.has(y.year)) {
        throw new YearCalendarInvalidError([{ path: "year", message: `年份(year)${y.year}重复载入` }]);
      }
      this.#years.set(y.year, {
        source: y.source,
        holidays: new Map(y.holidays.map((h) => [h.date, h.name])),
        makeUpWorkdays: new Map(y.makeUpWorkdays.map((m) => [m.date, m.name])),
      });
    }
  }

  /** Loaded years, ascending. */
  get years(): number[] {
    return [...this.#years.keys()].sort((a, b) => a - b);
  }

  /** The notice a loaded year was taken from, or undefined if the year is not loaded. */
  sourceOf(year: number): string | undefined {
    return this.#years.get(year)?.source;
  }

  /** Whether the arrangement for the year of `d` is loaded. Never throws for a valid date. */
  covers(d: CivilDate): boolean {
    return this.#years.has(yearOf(d));
  }

  #yearFor(d: CivilDate): LoadedYear {
    const year = yearOf(d);
    const loaded = this.#years.get(year);
    if (!loaded) throw new CalendarNotLoadedError(year);
    return loaded;
  }

  /** Classifies a day. Throws `CalendarNotLoadedError` if its year is not loaded. */
  dayKind(d: CivilDate): DayKind {
    const y = this.#yearFor(d);
    // Order matters only in principle: validation guarantees no date is in both.
    const makeUp = y.makeUpWorkdays.get(d);
    if (makeUp !== undefined) return { kind: "makeUpWorkday", working: true, name: makeUp };
    const holiday = y.holidays.get(d);
    if (holiday !== undefined) return { kind: "holiday", working: false, name: holiday };
    const dow = dayOfWeek(d);
    return dow === 0 || dow === 6 ? { kind: "weekend", working: false } : { kind: "weekday", working: true };
  }

  /** Whether `d` is a working day. Throws `CalendarNotLoadedError` if its year is not loaded. */
  isWorkingDay(d: CivilDate): boolean {
    return this.dayKind(d).working;
  }

  /**
   * The deadline of a time limit of `n` working days starting on `start`.
   *
   * 《行政许可法》第八十二条 and the 办件 rule: the day of acceptance is not
   * counted; the deadline is the n-th working day strictly after `start`. This
   * holds whatever `start` is — accepted on a weekend or holiday, counting still
   * begins with the next working day. n = 0 is 即办件: the same day.
   *
   * Only the days actually counted are looked up, so `start` itself may lie in
   * an unloaded year (e.g. accepted 12-31, counting in the next, loaded year);
   * stepping into an unloaded year throws `CalendarNotLoadedError`.
   */
  addWorkingDays(start: CivilDate, n: number): CivilDate {
    assertCivilDate(start);
    if (!Number.isInteger(n) || n < 0) throw new InvalidDayCountError("工作日天数", n);
    let d = start;
    for (let counted = 0; counted < n; ) {
      d = addCalendarDays(d, 1);
      if (this.isWorkingDay(d)) counted++;
    }
    return d;
  }

  /**
   * Number of working days d with from < d <= to; 0 if to <= from.
   * The half-open interval mirrors `addWorkingDays`: if
   * addWorkingDays(s, n) = t then workingDaysBetween(s, t) = n.
   */
  workingDaysBetween(from: CivilDate, to: CivilDate): number {
    assertCivilDate(from);
    assertCivilDate(to);
    let count = 0;
    for (let d = from; compareDates(d, to) < 0; ) {
      d = addCalendarDays(d, 1);
      if (this.isWorkingDay(d)) count++;
    }
    return count;
  }

  /** The first working day strictly after `d`. */
  nextWorkingDay(d: CivilDate): CivilDate {
    return this.addWorkingDays(d, 1);
  }

  /** `d` itself if it is a working day, otherwise the next working day. */
  isOrNextWorkingDay(d: CivilDate): CivilDate {
    return this.isWorkingDay(d) ? d : this.nextWorkingDay(d);
  }
}
