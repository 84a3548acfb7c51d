import { createRequire } from "node:module";
import { addCalendarDays, type CivilDate, dayOfWeek } from "./civil-date.ts";
import { CalendarNotLoadedError } from "./errors.ts";
import type { CalendarDay, YearCalendar } from "./year-calendar.ts";

/**
 * The provisional arrangement of a year whose State Council notice is not loaded.
 *
 * Art. 32 and Art. 82 of the 行政许可法 do not let a window refuse an application because next
 * year's holiday notice is not out yet (the notice usually comes in November, deadlines run into the
 * next year from October on). So for an unloaded year the clock counts by the statute itself, the
 * 《全国年节及纪念日放假办法》(国务院令第795号, as amended 2024):
 *   - 第二条: 元旦 1 day (1 January); 春节 4 days (除夕 and 正月初一 to 初三); 清明节 1 day (the
 *     solar term); 劳动节 2 days (1–2 May); 端午节 1 day (五月初五); 中秋节 1 day (八月十五);
 *     国庆节 3 days (1–3 October);
 *   - 第六条: a holiday falling on a Saturday or Sunday is given back (补假) on a working day; we give
 *     it back on the next working day after the festival, which is how the 办法 is applied when no
 *     arrangement says otherwise;
 *   - no make-up working days (调休上班): those exist only once a notice declares them.
 * The result is a deadline that can only move by the notice's swaps, and every clock computed on it
 * says so (`provisional`). Lunar dates and the 清明 solar term come from chinese-days' conversion.
 */
export const PROVISIONAL_SOURCE = "《全国年节及纪念日放假办法》(2024年修订)法定节假日(暂定,以国务院公布的节假日安排为准)";

/** Years chinese-days' lunar tables convert reliably. */
export const PROVISIONAL_YEAR_RANGE = { from: 1901, to: 2099 } as const;

interface LunarApi {
  getSolarDateFromLunar(lunar: string): { date: string };
  getSolarTermDate(year: number, month: number, term: "pure_brightness"): string;
}
const require = createRequire(import.meta.url);
let lunarApi: LunarApi | undefined;
const lunar = (): LunarApi => (lunarApi ??= require("chinese-days") as LunarApi);

const pad = (n: number) => String(n).padStart(2, "0");
const solar = (year: number, month: number, day: number): CivilDate => `${String(year).padStart(4, "0")}-${pad(month)}-${pad(day)}`;
const fromLunar = (year: number, month: number, day: number): CivilDate => lunar().getSolarDateFromLunar(solar(year, month, day)).date;
const isWeekend = (d: CivilDate) => {
  const dow = dayOfWeek(d);
  return dow === 0 || dow === 6;
};

/** The statutory festivals of `year`, each with its days in order. */
function statutoryFestivals(year: number): { name: string; days: CivilDate[] }[] {
  const newYear = fromLunar(year, 1, 1);
  return [
    { name: "元旦", days: [solar(year, 1, 1)] },
    // 除夕 is the day before 正月初一, however long the twelfth lunar month is.
    { name: "春节", days: [addCalendarDays(newYear, -1), newYear, addCalendarDays(newYear, 1), addCalendarDays(newYear, 2)] },
    { name: "清明节", days: [lunar().getSolarTermDate(year, 4, "pure_brightness")] },
    { name: "劳动节", days: [solar(year, 5, 1), solar(year, 5, 2)] },
    { name: "端午节", days: [fromLunar(year, 5, 5)] },
    { name: "中秋节", days: [fromLunar(year, 8, 15)] },
    { name: "国庆节", days: [solar(year, 10, 1), solar(year, 10, 2), solar(year, 10, 3)] },
  ];
}

/**
 * The provisional `YearCalendar` of `year`: statutory holidays plus the days given back for those
 * on a weekend, no make-up working days. Throws `CalendarNotLoadedError` outside the years the lunar
 * conversion covers (nothing sensible can be computed there).
 */
export function provisionalYear(year: number): YearCalendar {
  if (!Number.isInteger(year) || year < PROVISIONAL_YEAR_RANGE.from || year > PROVISIONAL_YEAR_RANGE.to) {
    throw new CalendarNotLoadedError(year);
  }
  const festivals = statutoryFestivals(year);
  const off = new Map<CivilDate, string>();
  for (const f of festivals) for (const d of f.days) off.set(d, f.name);
  for (const f of festivals) {
    let owed = f.days.filter(isWeekend).length;
    let d = f.days.at(-1)!;
    while (owed > 0) {
      d = addCalendarDays(d, 1);
      if (isWeekend(d) || off.has(d)) continue;
      off.set(d, f.name);
      owed--;
    }
  }
  const holidays: CalendarDay[] = [...off].map(([date, name]) => ({ date, name })).sort((a, b) => (a.date < b.date ? -1 : 1));
  return { year, source: PROVISIONAL_SOURCE, holidays, makeUpWorkdays: [] };
}
