import { createRequire } from "node:module";
import { CalendarNotLoadedError, YearCalendarInvalidError } from "./errors.ts";
import { HolidayCalendar } from "./holiday-calendar.ts";
import { type CalendarDay, parseYearCalendar, type YearCalendar } from "./year-calendar.ts";

/**
 * Adapter from the `chinese-days` package (pinned to 1.5.7) to our
 * `YearCalendar` documents.
 *
 * Why the per-year JSON and not the functions: the package's JS API only
 * answers questions (isWorkday, getDayDetail, …) and silently treats years it
 * has no data for as plain Monday–Friday years. Its documented per-year files
 * `dist/years/<year>.json` carry the raw arrangement:
 *   { holidays:   { "2026-02-15": "Spring Festival,春节,4", … },
 *     workdays:   { "2026-02-14": "Spring Festival,春节,4", … },   // 调休上班
 *     inLieuDays: { "2026-02-20": "Spring Festival,春节,4", … } }  // 调休放假 (a subset of holidays)
 * so we take the data and apply our own rules in `HolidayCalendar`.
 */

// The package is CommonJS without an "exports" map, so its JSON files can be
// required by path. createRequire keeps this synchronous and independent of
// JSON import-attribute support in the runtime.
const require = createRequire(import.meta.url);

/** Known notices (name and 文号) for the years we ship by default. */
const NOTICES: Readonly<Record<number, string>> = {
  2025: "国务院办公厅关于2025年部分节假日安排的通知(国办发明电〔2024〕12号)",
  2026: "国务院办公厅关于2026年部分节假日安排的通知(国办发明电〔2025〕7号)",
};

/** The years `defaultCalendar()` loads. */
export const DEFAULT_YEARS: readonly number[] = [2025, 2026];

type RawDays = Record<string, string>;
interface RawYear {
  holidays: RawDays;
  workdays: RawDays;
  inLieuDays: RawDays;
}

function isRawDays(v: unknown): v is RawDays {
  return typeof v === "object" && v !== null && Object.values(v).every((x) => typeof x === "string");
}

function readRawYear(year: number): RawYear {
  if (!Number.isInteger(year) || year < 1 || year > 9999) {
    throw new YearCalendarInvalidError([{ path: "year", message: `年份(year)${String(year)}无效` }]);
  }
  let raw: unknown;
  try {
    raw = require(`chinese-days/dist/years/${year}.json`);
  } catch (error) {
    // No file for that year: the package has no (published) data for it.
    if ((error as { code?: unknown }).code === "MODULE_NOT_FOUND") throw new CalendarNotLoadedError(year);
    throw error;
  }
  const r = raw as Partial<Record<keyof RawYear, unknown>>;
  if (!isRawDays(r.holidays) || !isRawDays(r.workdays) || (r.inLieuDays !== undefined && !isRawDays(r.inLieuDays))) {
    throw new YearCalendarInvalidError([{ path: "", message: `chinese-days 的${year}年数据格式无法识别` }]);
  }
  // An empty holiday list means "no data", not "no holidays" (every year has 元旦).
  if (Object.keys(r.holidays).length === 0) throw new CalendarNotLoadedError(year);
  return { holidays: r.holidays, workdays: r.workdays, inLieuDays: r.inLieuDays ?? {} };
}

/** "Spring Festival,春节,4" → "春节" (English name, Chinese name, statutory day count). */
function chineseName(value: string, date: string): string {
  const name = value.split(",")[1]?.trim();
  if (!name) {
    throw new YearCalendarInvalidError([{ path: date, message: `chinese-days 中 ${date} 的节日名称"${value}"无法识别` }]);
  }
  return name;
}

function toDays(raw: RawDays): CalendarDay[] {
  return Object.entries(raw)
    .map(([date, value]) => ({ date, name: chineseName(value, date) }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * Builds validated `YearCalendar` documents for `years` from chinese-days'
 * data. Holidays and make-up workdays carry the festival's Chinese name
 * (e.g. "春节", "国庆节"). Throws `CalendarNotLoadedError` for a year the
 * package has no data for.
 */
export function loadChineseDaysYears(years: readonly number[]): YearCalendar[] {
  return years.map((year) => {
    const raw = readRawYear(year);
    // Sanity check on the source data: 调休放假 days must be holidays.
    for (const d of Object.keys(raw.inLieuDays)) {
      if (!(d in raw.holidays)) {
        throw new YearCalendarInvalidError([{ path: d, message: `chinese-days 中 ${d} 列为调休放假但不在节假日中` }]);
      }
    }
    return parseYearCalendar({
      year,
      source: NOTICES[year] ?? `国务院办公厅关于${year}年部分节假日安排的通知`,
      holidays: toDays(raw.holidays),
      makeUpWorkdays: toDays(raw.workdays),
    });
  });
}

/** A calendar for 2025 and 2026 from chinese-days' data. */
export function defaultCalendar(): HolidayCalendar {
  return new HolidayCalendar(loadChineseDaysYears(DEFAULT_YEARS));
}
