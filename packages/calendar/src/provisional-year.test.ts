import { describe, expect, it } from "vitest";
import { defaultCalendar, loadChineseDaysYears } from "./chinese-days.ts";
import { HolidayCalendar } from "./holiday-calendar.ts";
import { deadlineWithPauses } from "./pauses.ts";
import { PROVISIONAL_SOURCE, provisionalYear } from "./provisional-year.ts";

const calendar = defaultCalendar(); // 2025 and 2026 loaded; 2027 is not published yet

describe("《全国年节及纪念日放假办法》(2024年修订): the provisional calendar of a year not yet published", () => {
  it("2027, worked out by hand: statutory days, and weekend holidays given back on the next working day", () => {
    // 元旦 2027-01-01 Fri.
    // 春节: 正月初一 2027-02-06 Sat, so 除夕 02-05 Fri, 初一 02-06 Sat, 初二 02-07 Sun, 初三 02-08 Mon;
    //   two of them on a weekend → given back Tue 02-09 and Wed 02-10 (第六条).
    // 清明 2027-04-05 Mon (the solar term). 劳动节 05-01 Sat, 05-02 Sun → given back Mon 05-03, Tue 05-04.
    // 端午 五月初五 = 2027-06-09 Wed. 中秋 八月十五 = 2027-09-15 Wed.
    // 国庆 10-01 Fri, 10-02 Sat, 10-03 Sun → given back Mon 10-04, Tue 10-05.
    const y = provisionalYear(2027);
    expect(y.source).toBe(PROVISIONAL_SOURCE);
    expect(y.makeUpWorkdays).toEqual([]); // nobody can know the 调休上班 days before the notice
    expect(y.holidays.map((h) => `${h.date} ${h.name}`)).toEqual([
      "2027-01-01 元旦",
      "2027-02-05 春节",
      "2027-02-06 春节",
      "2027-02-07 春节",
      "2027-02-08 春节",
      "2027-02-09 春节",
      "2027-02-10 春节",
      "2027-04-05 清明节",
      "2027-05-01 劳动节",
      "2027-05-02 劳动节",
      "2027-05-03 劳动节",
      "2027-05-04 劳动节",
      "2027-06-09 端午节",
      "2027-09-15 中秋节",
      "2027-10-01 国庆节",
      "2027-10-02 国庆节",
      "2027-10-03 国庆节",
      "2027-10-04 国庆节",
      "2027-10-05 国庆节",
    ]);
  });

  it("every statutory day of 2026 computed provisionally is a day off in the published 2026 arrangement", () => {
    // The notice only adds days and swaps weekends; it never takes a statutory day away.
    const published = new HolidayCalendar(loadChineseDaysYears([2026]), { unloadedYears: "refuse" });
    for (const h of provisionalYear(2026).holidays) {
      // A day given back may fall elsewhere in the notice (it arranges its own swaps), the festivals may not.
      if (["2026-01-01", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-04-05", "2026-05-01", "2026-05-02", "2026-06-19", "2026-09-25", "2026-10-01", "2026-10-02", "2026-10-03"].includes(h.date)) {
        expect(published.isWorkingDay(h.date), h.date).toBe(false);
      }
    }
  });

  it("a case accepted on 2026-12-01 for 45 working days gets a provisional deadline, marked and explained", () => {
    // December 2026 after Tue 12-01: 12-02 … 12-04 (3), 12-07 … 12-11 (8), 12-14 … 12-18 (13),
    // 12-21 … 12-25 (18), 12-28 … 12-31 (22). 2027: 01-01 元旦 not counted; 01-04 … 01-08 (27),
    // 01-11 … 01-15 (32), 01-18 … 01-22 (37), 01-25 … 01-29 (42), 02-01 43, 02-02 44, Wed 02-03 45.
    const r = deadlineWithPauses({ start: "2026-12-01", workingDays: 45, pauses: [] }, calendar);
    expect(r.deadline).toBe("2027-02-03");
    expect(r.provisionalYears).toEqual([2027]);
    expect(r.steps).toContain("2027-01-01 元旦假期(暂按法定节假日),不计");
    expect(r.steps).toContain("2027年节假日安排尚未载入:期限暂按法定节假日计算,以国务院公布的节假日安排为准");
    expect(r.steps.at(-1)).toBe("期限届满日 2027-02-03(暂定)(周三):受理日后第 45 个工作日(承诺 45)");
  });

  it("a deadline inside 2026 does not depend on 2027 and is final", () => {
    const r = deadlineWithPauses({ start: "2026-12-01", workingDays: 20, pauses: [] }, calendar);
    // 22 working days remain in December, so the 20th is Tue 12-29.
    expect(r.deadline).toBe("2026-12-29");
    expect(r.provisionalYears).toEqual([]);
  });

  it("the 春节 a provisional count steps over is named", () => {
    // Accepted Mon 2027-02-01, 5 working days: 02-02 1, 02-03 2, 02-04 3, 02-05 … 02-10 春节 (provisional),
    // 02-11 Thu 4, 02-12 Fri 5.
    const r = deadlineWithPauses({ start: "2027-02-01", workingDays: 5, pauses: [] }, calendar);
    expect(r.deadline).toBe("2027-02-12");
    expect(r.steps).toContain("2027-02-05 至 2027-02-10 春节假期(暂按法定节假日),不计");
  });
});
