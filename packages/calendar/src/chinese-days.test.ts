import chineseDays from "chinese-days";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadChineseDaysYears, defaultCalendar, DEFAULT_YEARS } from "./chinese-days.ts";
import { addCalendarDays, compareDates } from "./civil-date.ts";
import { CalendarNotLoadedError } from "./errors.ts";
import { parseYearCalendar, type YearCalendar } from "./year-calendar.ts";

const [y2025, y2026] = loadChineseDaysYears([2025, 2026]) as [YearCalendar, YearCalendar];

function holidaysNamed(y: YearCalendar, name: string): string[] {
  return y.holidays.filter((h) => h.name === name).map((h) => h.date);
}
function makeUpNamed(y: YearCalendar, name: string): string[] {
  return y.makeUpWorkdays.filter((h) => h.name === name).map((h) => h.date);
}
function range(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; compareDates(d, to) <= 0; d = addCalendarDays(d, 1)) out.push(d);
  return out;
}

describe("chinese-days 1.5.7 data = the State Council notices for 2025 and 2026", () => {
  it("names the notices", () => {
    expect(y2025.source).toBe("国务院办公厅关于2025年部分节假日安排的通知(国办发明电〔2024〕12号)");
    expect(y2026.source).toBe("国务院办公厅关于2026年部分节假日安排的通知(国办发明电〔2025〕7号)");
  });

  it("2025 春节: 01-28 (除夕, Tue) to 02-04 (Tue), 8 days; work Sun 01-26 and Sat 02-08", () => {
    expect(holidaysNamed(y2025, "春节")).toEqual(range("2025-01-28", "2025-02-04"));
    expect(makeUpNamed(y2025, "春节")).toEqual(["2025-01-26", "2025-02-08"]);
  });

  it("2025 国庆节·中秋: 10-01 (Wed) to 10-08 (Wed), 8 days; work Sun 09-28 and Sat 10-11", () => {
    // The library labels 10-06 (the day of 中秋) "中秋" and the other seven "国庆节".
    expect([...holidaysNamed(y2025, "国庆节"), ...holidaysNamed(y2025, "中秋")].sort()).toEqual(
      range("2025-10-01", "2025-10-08"),
    );
    expect(holidaysNamed(y2025, "中秋")).toEqual(["2025-10-06"]);
    expect(makeUpNamed(y2025, "国庆节")).toEqual(["2025-09-28", "2025-10-11"]);
  });

  it("2026 春节: 02-15 (Sun) to 02-23 (Mon), 9 days; work Sat 02-14 and Sat 02-28", () => {
    expect(holidaysNamed(y2026, "春节")).toEqual(range("2026-02-15", "2026-02-23"));
    expect(makeUpNamed(y2026, "春节")).toEqual(["2026-02-14", "2026-02-28"]);
  });

  it("2026 国庆节: 10-01 (Thu) to 10-07 (Wed), 7 days; work Sun 09-20 and Sat 10-10; 中秋 09-25 to 09-27 separately", () => {
    expect(holidaysNamed(y2026, "国庆节")).toEqual(range("2026-10-01", "2026-10-07"));
    expect(makeUpNamed(y2026, "国庆节")).toEqual(["2026-09-20", "2026-10-10"]);
    expect(holidaysNamed(y2026, "中秋")).toEqual(range("2026-09-25", "2026-09-27"));
  });

  it("the other make-up workdays: 2025-04-27 (劳动节); 2026-01-04 (元旦), 2026-05-09 (劳动节)", () => {
    expect(y2025.makeUpWorkdays.map((d) => d.date)).toEqual([
      "2025-01-26",
      "2025-02-08",
      "2025-04-27",
      "2025-09-28",
      "2025-10-11",
    ]);
    expect(y2026.makeUpWorkdays.map((d) => d.date)).toEqual([
      "2026-01-04",
      "2026-02-14",
      "2026-02-28",
      "2026-05-09",
      "2026-09-20",
      "2026-10-10",
    ]);
  });

  it("our rules give the same working days as chinese-days' own isWorkday for every day of 2025–2026", () => {
    const calendar = defaultCalendar();
    const disagreements = range("2025-01-01", "2026-12-31").filter(
      (d) => calendar.isWorkingDay(d) !== chineseDays.isWorkday(d),
    );
    expect(disagreements).toEqual([]);
  });

  it("loads 2025 and 2026 by default, and refuses a year the package has no data for", () => {
    expect(defaultCalendar().years).toEqual([...DEFAULT_YEARS]);
    expect(() => loadChineseDaysYears([2027])).toThrow(CalendarNotLoadedError);
    expect(() => loadChineseDaysYears([2027])).toThrow("尚未载入2027年节假日安排");
  });

  it("property: parseYearCalendar round-trips what loadChineseDaysYears produces (and any non-empty part of it)", () => {
    for (const y of [y2025, y2026]) expect(parseYearCalendar(JSON.parse(JSON.stringify(y)))).toEqual(y);
    fc.assert(
      fc.property(
        fc.constantFrom(y2025, y2026).chain((y) =>
          fc.record({
            year: fc.constant(y.year),
            source: fc.constant(y.source),
            holidays: fc.shuffledSubarray(y.holidays, { minLength: 1 }),
            makeUpWorkdays: fc.shuffledSubarray(y.makeUpWorkdays),
          }),
        ),
        (doc) => {
          expect(parseYearCalendar(JSON.parse(JSON.stringify(doc)))).toEqual(doc);
        },
      ),
    );
  });
});
