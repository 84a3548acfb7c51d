import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultCalendar, loadChineseDaysYears } from "./chinese-days.ts";
import { addCalendarDays, compareDates, daysBetween } from "./civil-date.ts";
import { CalendarErrorCode, CalendarNotLoadedError, InvalidDayCountError, YearCalendarInvalidError } from "./errors.ts";
import { HolidayCalendar } from "./holiday-calendar.ts";

const calendar = defaultCalendar();

// Calendar excerpts used below (W = working day, - = day off), from chinese-days 1.5.7:
//
// 2025 春节            01-24 Fri W | 01-25 Sat - | 01-26 Sun W (调休) | 01-27 Mon W
//                      01-28 Tue … 02-04 Tue - (8 days) | 02-05 Wed W | 02-06 Thu W
//                      02-07 Fri W | 02-08 Sat W (调休) | 02-09 Sun - | 02-10 Mon W
// 2025 国庆节·中秋      09-26 Fri W | 09-27 Sat - | 09-28 Sun W (调休) | 09-29 Mon W | 09-30 Tue W
//                      10-01 Wed … 10-08 Wed - (8 days) | 10-09 Thu W | 10-10 Fri W
//                      10-11 Sat W (调休) | 10-12 Sun - | 10-13 Mon W
// 2026 春节            02-09 Mon … 02-13 Fri W | 02-14 Sat W (调休)
//                      02-15 Sun … 02-23 Mon - (9 days) | 02-24 Tue … 02-27 Fri W
//                      02-28 Sat W (调休) | 03-01 Sun - | 03-02 Mon … 03-06 Fri W | …
// 2026 中秋/国庆节      09-18 Fri W | 09-19 Sat - | 09-20 Sun W (调休) | 09-21 Mon … 09-24 Thu W
//                      09-25 Fri … 09-27 Sun - (中秋) | 09-28 Mon … 09-30 Wed W
//                      10-01 Thu … 10-07 Wed - (国庆) | 10-08 Thu W | 10-09 Fri W
//                      10-10 Sat W (调休) | 10-11 Sun - | 10-12 Mon W

describe("第八十二条: time limits count working days; statutory holidays are excluded, make-up workdays count", () => {
  it("classifies days: make-up Sunday works, holiday Monday does not, ordinary weekend does not", () => {
    expect(calendar.isWorkingDay("2025-01-26")).toBe(true); // Sunday, 春节调休上班
    expect(calendar.dayKind("2025-01-26")).toEqual({ kind: "makeUpWorkday", working: true, name: "春节" });
    expect(calendar.isWorkingDay("2025-02-03")).toBe(false); // Monday inside 春节
    expect(calendar.dayKind("2025-02-03")).toEqual({ kind: "holiday", working: false, name: "春节" });
    expect(calendar.isWorkingDay("2025-01-25")).toBe(false); // ordinary Saturday
    expect(calendar.isWorkingDay("2025-01-24")).toBe(true); // ordinary Friday
  });

  it("承诺件 accepted Fri 2025-01-24, 5 working days, across 春节 2025 → Fri 2025-02-07", () => {
    // 01-24 Fri  acceptance day, not counted
    // 01-25 Sat  -
    // 01-26 Sun  1  (调休上班: counts)
    // 01-27 Mon  2
    // 01-28 Tue … 02-04 Tue  - (春节)
    // 02-05 Wed  3
    // 02-06 Thu  4
    // 02-07 Fri  5  → deadline
    expect(calendar.addWorkingDays("2025-01-24", 5)).toBe("2025-02-07");
    expect(calendar.workingDaysBetween("2025-01-24", "2025-02-07")).toBe(5);
    // One more: 02-08 Sat is the other make-up day, so the 6th working day is a Saturday.
    expect(calendar.addWorkingDays("2025-01-24", 6)).toBe("2025-02-08");
  });

  it("20 working days accepted Tue 2026-02-10, across 春节 2026 → Mon 2026-03-16", () => {
    // 02-11 W 1, 02-12 Th 2, 02-13 F 3, 02-14 Sat 4 (调休)
    // 02-15 … 02-23  - (春节, 9 days)
    // 02-24 Tu 5, 02-25 W 6, 02-26 Th 7, 02-27 F 8, 02-28 Sat 9 (调休)
    // 03-01 Sun -
    // 03-02 M 10, 03-03 11, 03-04 12, 03-05 13, 03-06 F 14   (03-07/08 weekend)
    // 03-09 M 15, 03-10 16, 03-11 17, 03-12 18, 03-13 F 19   (03-14/15 weekend)
    // 03-16 M 20 → deadline
    expect(calendar.addWorkingDays("2026-02-10", 20)).toBe("2026-03-16");
    expect(calendar.workingDaysBetween("2026-02-10", "2026-03-16")).toBe(20);
  });

  it("20 working days accepted Fri 2026-02-13 (the eve of the make-up Saturday) → Thu 2026-03-19", () => {
    // 02-14 Sat 1 (调休) | 02-15…02-23 - | 02-24 2, 02-25 3, 02-26 4, 02-27 5, 02-28 Sat 6 (调休)
    // 03-02 7, 03-03 8, 03-04 9, 03-05 10, 03-06 11 | 03-09 12 … 03-13 16 | 03-16 17, 03-17 18, 03-18 19
    // 03-19 Thu 20 → deadline
    expect(calendar.addWorkingDays("2026-02-13", 20)).toBe("2026-03-19");
  });

  it("2025 国庆节·中秋: accepted Fri 2025-09-26; 5 → Fri 10-10, 6 → the make-up Saturday 10-11, 7 → Mon 10-13", () => {
    // 09-27 Sat - | 09-28 Sun 1 (调休) | 09-29 Mon 2 | 09-30 Tue 3
    // 10-01 … 10-08 - (8 days) | 10-09 Thu 4 | 10-10 Fri 5 | 10-11 Sat 6 (调休) | 10-12 Sun - | 10-13 Mon 7
    expect(calendar.addWorkingDays("2025-09-26", 5)).toBe("2025-10-10");
    expect(calendar.addWorkingDays("2025-09-26", 6)).toBe("2025-10-11");
    expect(calendar.addWorkingDays("2025-09-26", 7)).toBe("2025-10-13");
  });

  it("2026 中秋 and 国庆节: accepted Fri 2026-09-18; 10 → Fri 10-09, 11 → the make-up Saturday 10-10, 12 → Mon 10-12", () => {
    // 09-19 Sat - | 09-20 Sun 1 (调休) | 09-21 2, 09-22 3, 09-23 4, 09-24 Thu 5
    // 09-25 … 09-27 - (中秋) | 09-28 Mon 6, 09-29 7, 09-30 Wed 8
    // 10-01 … 10-07 - (国庆) | 10-08 Thu 9 | 10-09 Fri 10 | 10-10 Sat 11 (调休) | 10-11 Sun - | 10-12 Mon 12
    expect(calendar.addWorkingDays("2026-09-18", 10)).toBe("2026-10-09");
    expect(calendar.addWorkingDays("2026-09-18", 11)).toBe("2026-10-10");
    expect(calendar.addWorkingDays("2026-09-18", 12)).toBe("2026-10-12");
  });
});

describe("the day of acceptance is not counted (受理当日不计)", () => {
  it("accepted on a holiday, Wed 2025-01-29 (春节): counting starts with the next working day, Wed 02-05", () => {
    // 01-30 … 02-04 - | 02-05 Wed 1 | 02-06 Thu 2 | 02-07 Fri 3
    expect(calendar.addWorkingDays("2025-01-29", 1)).toBe("2025-02-05");
    expect(calendar.addWorkingDays("2025-01-29", 3)).toBe("2025-02-07");
    expect(calendar.nextWorkingDay("2025-01-29")).toBe("2025-02-05");
    expect(calendar.isOrNextWorkingDay("2025-01-29")).toBe("2025-02-05");
  });

  it("accepted on a weekend, Sat 2026-03-07 or Sun 03-08: 1 working day → Mon 03-09", () => {
    expect(calendar.addWorkingDays("2026-03-07", 1)).toBe("2026-03-09");
    expect(calendar.addWorkingDays("2026-03-08", 1)).toBe("2026-03-09");
  });

  it("即办件: 0 working days is the day of acceptance itself, even on a holiday", () => {
    expect(calendar.addWorkingDays("2026-02-10", 0)).toBe("2026-02-10");
    expect(calendar.addWorkingDays("2025-01-29", 0)).toBe("2025-01-29");
    expect(calendar.workingDaysBetween("2026-02-10", "2026-02-10")).toBe(0);
  });

  it("a make-up workday as the day of acceptance is itself not counted", () => {
    // Sun 2025-01-26 (调休): 01-27 Mon 1 | 01-28…02-04 - | 02-05 Wed 2
    expect(calendar.addWorkingDays("2025-01-26", 1)).toBe("2025-01-27");
    expect(calendar.addWorkingDays("2025-01-26", 2)).toBe("2025-02-05");
    // Sat 2026-02-14 (调休): 02-15 … 02-23 - | 02-24 Tue 1
    expect(calendar.addWorkingDays("2026-02-14", 1)).toBe("2026-02-24");
    // Sat 2026-02-28 (调休): 03-01 Sun - | 03-02 Mon 1
    expect(calendar.addWorkingDays("2026-02-28", 1)).toBe("2026-03-02");
    expect(calendar.isOrNextWorkingDay("2026-02-28")).toBe("2026-02-28");
    expect(calendar.nextWorkingDay("2025-01-24")).toBe("2025-01-26"); // Fri → make-up Sun
  });

  it("workingDaysBetween counts from < d <= to and is 0 when to <= from", () => {
    // (2025-01-24, 2025-01-27] = 01-25 Sat -, 01-26 Sun W, 01-27 Mon W → 2
    expect(calendar.workingDaysBetween("2025-01-24", "2025-01-27")).toBe(2);
    expect(calendar.workingDaysBetween("2025-01-27", "2025-01-24")).toBe(0);
    // the whole 2026 春节 period: (02-14, 02-23] → 0
    expect(calendar.workingDaysBetween("2026-02-14", "2026-02-23")).toBe(0);
  });

  it("rejects a negative or fractional number of working days", () => {
    expect(() => calendar.addWorkingDays("2026-02-10", -1)).toThrow(InvalidDayCountError);
    expect(() => calendar.addWorkingDays("2026-02-10", 1.5)).toThrow(InvalidDayCountError);
  });
});

describe("a year whose arrangement is not loaded (Art. 32: the window never refuses for it)", () => {
  const strict = new HolidayCalendar(loadChineseDaysYears([2025, 2026]), { unloadedYears: "refuse" });

  it("is counted provisionally by the statute, and says so", () => {
    expect(calendar.covers("2026-12-31")).toBe(true);
    expect(calendar.covers("2027-01-04")).toBe(false);
    expect(calendar.isProvisional(2027)).toBe(true);
    expect(calendar.isProvisional(2026)).toBe(false);
    expect(calendar.provisionalYearsBetween("2026-12-30", "2028-01-05")).toEqual([2027, 2028]);
    // 2027-01-01 Fri 元旦 (statutory), 01-04 Mon an ordinary working day.
    expect(calendar.dayKind("2027-01-01")).toEqual({ kind: "holiday", working: false, name: "元旦" });
    expect(calendar.isWorkingDay("2027-01-04")).toBe(true);
    // 2026-12-30 Wed: 12-31 Thu 1 | 2027-01-01 Fri - (元旦) | 01-02, 01-03 weekend | 01-04 Mon 2
    expect(calendar.addWorkingDays("2026-12-30", 2)).toBe("2027-01-04");
    expect(calendar.workingDaysBetween("2026-12-30", "2027-01-05")).toBe(3);
  });

  it("with { unloadedYears: 'refuse' } asking about 2027 throws CalendarNotLoadedError", () => {
    expect(strict.isProvisional(2027)).toBe(false);
    try {
      strict.isWorkingDay("2027-01-04");
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CalendarNotLoadedError);
      expect((e as CalendarNotLoadedError).code).toBe(CalendarErrorCode.CALENDAR_YEAR_NOT_LOADED);
      expect((e as CalendarNotLoadedError).message).toBe("尚未载入2027年节假日安排");
      expect((e as CalendarNotLoadedError).year).toBe(2027);
    }
    expect(strict.addWorkingDays("2026-12-30", 1)).toBe("2026-12-31");
    expect(() => strict.addWorkingDays("2026-12-30", 2)).toThrow(CalendarNotLoadedError);
    expect(() => strict.workingDaysBetween("2026-12-30", "2027-01-05")).toThrow(CalendarNotLoadedError);
  });

  it("a year nothing can be said about (outside the lunar tables) still throws", () => {
    expect(() => calendar.isWorkingDay("2150-01-05")).toThrow(CalendarNotLoadedError);
  });

  it("refuses to load the same year twice", () => {
    const y = { year: 2030, source: "测试", holidays: [{ date: "2030-01-01", name: "元旦" }], makeUpWorkdays: [] };
    expect(() => new HolidayCalendar([y, y])).toThrow(YearCalendarInvalidError);
  });
});

describe("properties over 2025–2026", () => {
  // Starts up to 2026-09-30 and n ≤ 60 keep every deadline inside 2026 (checked below).
  const FIRST_START = "2025-01-01";
  const LAST_START = "2026-09-30";
  const start = fc.integer({ min: 0, max: daysBetween(FIRST_START, LAST_START) }).map((k) => addCalendarDays(FIRST_START, k));
  const n = fc.integer({ min: 0, max: 60 });

  it("the generators stay inside the loaded years", () => {
    // 60 working days after 2026-09-30 crosses 国庆 (7 days off) and lands in late December.
    expect(compareDates(calendar.addWorkingDays(LAST_START, 60), "2026-12-31")).toBeLessThanOrEqual(0);
  });

  it("workingDaysBetween(s, addWorkingDays(s, n)) === n", () => {
    fc.assert(
      fc.property(start, n, (s, k) => {
        expect(calendar.workingDaysBetween(s, calendar.addWorkingDays(s, k))).toBe(k);
      }),
    );
  });

  it("for n >= 1 the deadline is a working day, strictly after the start", () => {
    fc.assert(
      fc.property(start, fc.integer({ min: 1, max: 60 }), (s, k) => {
        const t = calendar.addWorkingDays(s, k);
        expect(calendar.isWorkingDay(t)).toBe(true);
        expect(compareDates(t, s)).toBe(1);
      }),
    );
  });

  it("addWorkingDays is strictly increasing in n", () => {
    fc.assert(
      fc.property(start, n, n, (s, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const cmp = compareDates(calendar.addWorkingDays(s, lo), calendar.addWorkingDays(s, hi));
        expect(cmp).toBe(lo === hi ? 0 : -1);
      }),
    );
  });

  it("adding in two steps equals adding at once: add(add(s, a), b) = add(s, a + b)", () => {
    fc.assert(
      fc.property(start, fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 }), (s, a, b) => {
        expect(calendar.addWorkingDays(calendar.addWorkingDays(s, a), b)).toBe(calendar.addWorkingDays(s, a + b));
      }),
    );
  });

  it("nextWorkingDay is addWorkingDays(d, 1); isOrNextWorkingDay(d) is d exactly when d works", () => {
    fc.assert(
      fc.property(start, (d) => {
        expect(calendar.nextWorkingDay(d)).toBe(calendar.addWorkingDays(d, 1));
        expect(calendar.isOrNextWorkingDay(d) === d).toBe(calendar.isWorkingDay(d));
      }),
    );
  });
});
