import { addCalendarDays, defaultCalendar } from "@wuxi/calendar";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_THRESHOLDS, lightOf, yellowWindow } from "./light.ts";

const calendar = defaultCalendar();

describe("the light of a clock (红黄绿灯)", () => {
  // Deadline Fri 2025-02-07 (the 承诺件 accepted 2025-01-24 across the Spring Festival).
  const facts = { dueOn: "2025-02-07", limitDays: 5 };

  it("is yellow from one working day before the due date by default, red the day after it", () => {
    expect(lightOf(facts, "2025-02-05", DEFAULT_THRESHOLDS, calendar)).toEqual({ light: "GREEN", remainingWorkingDays: 2 });
    expect(lightOf(facts, "2025-02-06", DEFAULT_THRESHOLDS, calendar)).toEqual({ light: "YELLOW", remainingWorkingDays: 1 });
    expect(lightOf(facts, "2025-02-07", DEFAULT_THRESHOLDS, calendar)).toEqual({ light: "YELLOW", remainingWorkingDays: 0 });
    // Sat 02-08 is a make-up working day (one overdue), Sun 02-09 a day off, Mon 02-10 the second.
    expect(lightOf(facts, "2025-02-08", DEFAULT_THRESHOLDS, calendar)).toEqual({ light: "RED", remainingWorkingDays: -1 });
    expect(lightOf(facts, "2025-02-09", DEFAULT_THRESHOLDS, calendar)).toEqual({ light: "RED", remainingWorkingDays: -1 });
    expect(lightOf(facts, "2025-02-10", DEFAULT_THRESHOLDS, calendar)).toEqual({ light: "RED", remainingWorkingDays: -2 });
  });

  it("counts working days, not calendar days, across a holiday", () => {
    // The holiday 01-28..02-04 does not count: on Mon 01-27 and on the last holiday, Tue 02-04, the
    // same three working days are left (02-05, 02-06, 02-07); on Wed 02-05 two are.
    const twoDays = { yellowDays: 2, yellowSharePercent: null };
    expect(lightOf(facts, "2025-01-27", twoDays, calendar)).toEqual({ light: "GREEN", remainingWorkingDays: 3 });
    expect(lightOf(facts, "2025-02-04", twoDays, calendar)).toEqual({ light: "GREEN", remainingWorkingDays: 3 });
    expect(lightOf(facts, "2025-02-05", twoDays, calendar)).toEqual({ light: "YELLOW", remainingWorkingDays: 2 });
  });

  it("takes a share of the limit, rounded up to whole working days", () => {
    expect(yellowWindow(5, { yellowDays: null, yellowSharePercent: 20 })).toBe(1);
    expect(yellowWindow(20, { yellowDays: null, yellowSharePercent: 20 })).toBe(4);
    expect(yellowWindow(7, { yellowDays: null, yellowSharePercent: 50 })).toBe(4);
    const share = { yellowDays: null, yellowSharePercent: 40 }; // 40% of 5 = 2 working days
    expect(lightOf(facts, "2025-02-05", share, calendar).light).toBe("YELLOW");
    expect(lightOf(facts, "2025-02-04", share, calendar).light).toBe("GREEN");
  });

  it("gives a 即办件 (limit 0) yellow on its day and red after it", () => {
    expect(lightOf({ dueOn: "2025-03-03", limitDays: 0 }, "2025-03-03", { yellowDays: null, yellowSharePercent: 50 }, calendar).light).toBe("YELLOW");
    expect(lightOf({ dueOn: "2025-03-03", limitDays: 0 }, "2025-03-04", { yellowDays: null, yellowSharePercent: 50 }, calendar).light).toBe("RED");
  });

  it("never goes back from red to yellow or from yellow to green as the days pass", () => {
    const rank = { GREEN: 0, YELLOW: 1, RED: 2 } as const;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 40 }), (offset, limit, n, step) => {
        const dueOn = calendar.addWorkingDays(addCalendarDays("2025-01-01", offset), limit);
        const t = { yellowDays: n, yellowSharePercent: null };
        const today = addCalendarDays("2025-01-01", offset);
        const later = addCalendarDays(today, step);
        if (later > "2026-12-20") return;
        expect(rank[lightOf({ dueOn, limitDays: limit }, later, t, calendar).light]).toBeGreaterThanOrEqual(rank[lightOf({ dueOn, limitDays: limit }, today, t, calendar).light]);
      }),
    );
  });
});
