import { type CivilDate, dayOfWeek, yearOf } from "./civil-date.ts";
import { dayNumber, formatDayNumber, parseDayNumber, yearOfDayNumber } from "./day-number.ts";
import { CalendarNotLoadedError, InvalidCivilDateError, InvalidDayCountError, YearCalendarInvalidError } from "./errors.ts";
import { PROVISIONAL_YEAR_RANGE, provisionalYear } from "./provisional-year.ts";
import { parseYearCalendar, type YearCalendar } from "./year-calendar.ts";

/** What kind of day a date is, and why. */
export type DayKind =
  /** An ordinary Monday–Friday. */
  | { kind: "weekday"; working: true }
  /** An ordinary Saturday/Sunday. */
  | { kind: "weekend"; working: false }
  /** A day off of a published holiday period (放假), or of the statute's holidays in a provisional year. */
  | { kind: "holiday"; working: false; name: string }
  /** A weekend day declared a working day (调休上班). */
  | { kind: "makeUpWorkday"; working: true; name: string };

interface LoadedYear {
  source: string;
  /** True for a year computed from the 放假办法 because its notice is not loaded. */
  provisional: boolean;
  holidays: ReadonlyMap<CivilDate, string>;
  makeUpWorkdays: ReadonlyMap<CivilDate, string>;
}

export interface HolidayCalendarOptions {
  /**
   * What to do for a year whose arrangement is not loaded. "provisional" (the default, and what the
   * law requires of a window: Art. 32 never lets it refuse to receive) counts by the statutory
   * holidays of the 放假办法 and marks every answer that depends on it; "refuse" throws
   * `CalendarNotLoadedError`, for tools that must not guess.
   */
  unloadedYears?: "provisional" | "refuse";
}

/** A run of consecutive days off of one festival, for the explanation. */
export interface HolidayRun {
  from: CivilDate;
  to: CivilDate;
  name: string;
  provisional: boolean;
}

/** Day kinds in the index. */
const WEEKDAY = 0;
const WEEKEND = 1;
const HOLIDAY = 2;
const MAKE_UP = 3;

/**
 * Working-day calendar built from explicit, per-year State Council data.
 *
 * Rules (the project owns these; the year documents are only data):
 *   1. a make-up workday (调休上班) is a working day;
 *   2. otherwise a published holiday is not;
 *   3. otherwise Monday–Friday are working days and Saturday/Sunday are not.
 *
 * 《行政许可法》第八十二条: time limits are counted in working days, statutory
 * holidays excluded. A year that was not loaded is counted by the statute
 * (`provisionalYear`) and reported by `isProvisional` / `provisionalYearsBetween`.
 *
 * Underneath, a per-year index (one byte of day kind and one running count of
 * working days per day, plus the list of working days in order) answers "the
 * Nth working day after D" and "working days between" by arithmetic, not by
 * walking the days: that is what makes a million deadlines a second possible.
 */
export class HolidayCalendar {
  readonly #years = new Map<number, LoadedYear>();
  readonly #refuse: boolean;

  // The index covers the whole years [#first, #last]; #base is the day number of #first-01-01.
  #first = 0;
  #last = -1;
  #base = 0;
  #kinds = new Uint8Array(0);
  /** #cum[i] = working days among days #base .. #base + i. */
  #cum = new Int32Array(0);
  /** Day numbers of the working days, in order: #work[#cum[i]] is the first working day after #base + i. */
  #work = new Int32Array(0);

  constructor(years: readonly YearCalendar[], options: HolidayCalendarOptions = {}) {
    this.#refuse = options.unloadedYears === "refuse";
    for (const input of years) {
      // Re-validate even typed input: the invariants (dates inside the year,
      // no day both off and on, make-up days on weekends) are what make the
      // rules above well defined, whatever produced the object.
      const y = parseYearCalendar(input);
      if (this.#years.has(y.year)) {
        throw new YearCalendarInvalidError([{ path: "year", message: `年份(year)${y.year}重复载入` }]);
      }
      this.#years.set(y.year, toLoaded(y, false));
    }
  }

  /** Loaded years (published arrangements, not provisional ones), ascending. */
  get years(): number[] {
    return [...this.#years].filter(([, y]) => !y.provisional).map(([year]) => year).sort((a, b) => a - b);
  }

  /** The notice a loaded year was taken from, or undefined if the year is not loaded. */
  sourceOf(year: number): string | undefined {
    const y = this.#years.get(year);
    return y && !y.provisional ? y.source : undefined;
  }

  /** Whether the arrangement for the year of `d` is loaded. Never throws for a valid date. */
  covers(d: CivilDate): boolean {
    const y = this.#years.get(yearOf(d));
    return y !== undefined && !y.provisional;
  }

  /** Whether `year` is counted provisionally (its arrangement is not loaded). */
  isProvisional(year: number): boolean {
    const y = this.#years.get(year);
    return !this.#refuse && (y === undefined || y.provisional);
  }

  /** The provisional years among the years of `from` … `to` (inclusive), ascending. */
  provisionalYearsBetween(from: CivilDate, to: CivilDate): number[] {
    const out: number[] = [];
    for (let y = yearOf(from), last = yearOf(to); y <= last; y++) if (this.isProvisional(y)) out.push(y);
    return out;
  }

  #yearData(year: number): LoadedYear {
    let loaded = this.#years.get(year);
    if (loaded) return loaded;
    if (this.#refuse) throw new CalendarNotLoadedError(year);
    loaded = toLoaded(provisionalYear(year), true);
    this.#years.set(year, loaded);
    return loaded;
  }

  /** Classifies a day. Throws `CalendarNotLoadedError` only for a year nothing can be said about. */
  dayKind(d: CivilDate): DayKind {
    const y = this.#yearData(yearOf(d));
    // Order matters only in principle: validation guarantees no date is in both.
    const makeUp = y.makeUpWorkdays.get(d);
    if (makeUp !== undefined) return { kind: "makeUpWorkday", working: true, name: makeUp };
    const holiday = y.holidays.get(d);
    if (holiday !== undefined) return { kind: "holiday", working: false, name: holiday };
    const dow = dayOfWeek(d);
    return dow === 0 || dow === 6 ? { kind: "weekend", working: false } : { kind: "weekday", working: true };
  }

  /** Whether `d` is a working day. */
  isWorkingDay(d: CivilDate): boolean {
    const k = this.#kindAt(dayNumberOf(d));
    return k === WEEKDAY || k === MAKE_UP;
  }

  /**
   * The deadline of a time limit of `n` working days starting on `start`.
   *
   * 《行政许可法》第八十二条 and the 办件 rule: the day of acceptance is not
   * counted; the deadline is the n-th working day strictly after `start`. This
   * holds whatever `start` is — accepted on a weekend or holiday, counting still
   * begins with the next working day. n = 0 is 即办件: the same day.
   */
  addWorkingDays(start: CivilDate, n: number): CivilDate {
    const s = dayNumberOf(start);
    if (!Number.isInteger(n) || n < 0) throw new InvalidDayCountError("工作日天数", n);
    return n === 0 ? start : formatDayNumber(this.nthWorkingDayAfter(s, n));
  }

  /**
   * Number of working days d with from < d <= to; 0 if to <= from.
   * The half-open interval mirrors `addWorkingDays`: if
   * addWorkingDays(s, n) = t then workingDaysBetween(s, t) = n.
   */
  workingDaysBetween(from: CivilDate, to: CivilDate): number {
    const a = dayNumberOf(from);
    const b = dayNumberOf(to);
    if (b <= a) return 0;
    // The earlier day first: the index only ever grows forward after that, so both counts share a base.
    const before = this.workingThrough(a);
    return this.workingThrough(b) - before;
  }

  /** The first working day strictly after `d`. */
  nextWorkingDay(d: CivilDate): CivilDate {
    return this.addWorkingDays(d, 1);
  }

  /** `d` itself if it is a working day, otherwise the next working day. */
  isOrNextWorkingDay(d: CivilDate): CivilDate {
    return this.isWorkingDay(d) ? d : this.nextWorkingDay(d);
  }

  /** The runs of days off (holidays, not plain weekends) that lie inside from < d <= to, by festival. */
  holidayRunsBetween(from: CivilDate, to: CivilDate): HolidayRun[] {
    const runs: HolidayRun[] = [];
    const a = dayNumberOf(from);
    const b = dayNumberOf(to);
    let run: { from: number; to: number; name: string; year: number } | undefined;
    const flush = () => {
      if (run) runs.push({ from: formatDayNumber(run.from), to: formatDayNumber(run.to), name: run.name, provisional: this.isProvisional(run.year) });
      run = undefined;
    };
    for (let n = a + 1; n <= b; n++) {
      const kind = this.#kindAt(n);
      if (kind === WEEKEND) continue; // a weekend inside a holiday run belongs to it; one outside ends nothing
      if (kind !== HOLIDAY) {
        flush();
        continue;
      }
      const year = yearOfDayNumber(n);
      const name = this.#yearData(year).holidays.get(formatDayNumber(n))!;
      if (run && run.name === name) run.to = n;
      else {
        flush();
        run = { from: n, to: n, name, year };
      }
    }
    flush();
    return runs;
  }

  /** The make-up working days (调休上班) inside from < d <= to. */
  makeUpWorkdaysBetween(from: CivilDate, to: CivilDate): { date: CivilDate; name: string }[] {
    const out: { date: CivilDate; name: string }[] = [];
    const a = dayNumberOf(from);
    const b = dayNumberOf(to);
    for (let n = a + 1; n <= b; n++) {
      if (this.#kindAt(n) !== MAKE_UP) continue;
      const date = formatDayNumber(n);
      out.push({ date, name: this.#yearData(yearOfDayNumber(n)).makeUpWorkdays.get(date)! });
    }
    return out;
  }

  // ---- the index (day numbers); used by deadlineWithPauses ----
  // Counts are relative to the index's base, which moves back when an earlier year is asked for:
  // callers ask for their earliest day first and compare counts only within one computation.

  /** Working days among all days up to and including day number `n` (from the index's base). */
  workingThrough(n: number): number {
    if (n < this.#base || n >= this.#base + this.#cum.length) this.#cover(yearOfDayNumber(n));
    return this.#cum[n - this.#base]!;
  }

  /** The day number of the k-th (k ≥ 1) working day strictly after day number `n`. */
  nthWorkingDayAfter(n: number, k: number): number {
    const i = this.workingThrough(n) + k - 1;
    while (i >= this.#work.length) this.#cover(this.#last + 1);
    return this.#work[i]!;
  }

  #kindAt(n: number): number {
    if (n < this.#base || n >= this.#base + this.#kinds.length) this.#cover(yearOfDayNumber(n));
    return this.#kinds[n - this.#base]!;
  }

  /** Extends the index to cover `year` (rebuilding it: a few thousand days, once per new year). */
  #cover(year: number): void {
    if (year >= this.#first && year <= this.#last) return;
    const empty = this.#last < this.#first;
    const first = empty ? year : Math.min(this.#first, year);
    const last = empty ? year : Math.max(this.#last, year);
    // Resolve every year's data first: a year nothing can be said about throws before the index changes.
    const data: LoadedYear[] = [];
    for (let y = first; y <= last; y++) data.push(this.#yearData(y));
    const base = dayNumber(first, 1, 1);
    const end = dayNumber(last + 1, 1, 1);
    const kinds = new Uint8Array(end - base);
    for (let i = 0; i < kinds.length; i++) {
      const dow = (((base + i + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
      kinds[i] = dow === 0 || dow === 6 ? WEEKEND : WEEKDAY;
    }
    for (const y of data) {
      for (const d of y.holidays.keys()) kinds[parseDayNumber(d) - base] = HOLIDAY;
      for (const d of y.makeUpWorkdays.keys()) kinds[parseDayNumber(d) - base] = MAKE_UP;
    }
    const cum = new Int32Array(kinds.length);
    const work: number[] = [];
    for (let i = 0; i < kinds.length; i++) {
      if (kinds[i] === WEEKDAY || kinds[i] === MAKE_UP) work.push(base + i);
      cum[i] = work.length;
    }
    this.#first = first;
    this.#last = last;
    this.#base = base;
    this.#kinds = kinds;
    this.#cum = cum;
    this.#work = Int32Array.from(work);
  }
}

function toLoaded(y: YearCalendar, provisional: boolean): LoadedYear {
  return {
    source: y.source,
    provisional,
    holidays: new Map(y.holidays.map((h) => [h.date, h.name])),
    makeUpWorkdays: new Map(y.makeUpWorkdays.map((m) => [m.date, m.name])),
  };
}

/** The day number of a civil date; throws `InvalidCivilDateError` for anything else. */
export function dayNumberOf(d: CivilDate): number {
  const n = parseDayNumber(d);
  if (n === -Infinity) throw new InvalidCivilDateError(d);
  return n;
}

export { PROVISIONAL_YEAR_RANGE };
