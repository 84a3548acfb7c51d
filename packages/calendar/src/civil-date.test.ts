import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import {
  addCalendarDays,
  civilDateOf,
  compareDates,
  dayOfWeek,
  daysBetween,
  isCivilDate,
  weekdayNameZh,
} from "./civil-date.ts";
import { CalendarErrorCode, InvalidCivilDateError } from "./errors.ts";

describe("civilDateOf — the day of an instant is the day in Asia/Shanghai (UTC+8, no DST since 1991)", () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  });

  it("16:00Z is already the next day in Wuxi; 15:59:59.999Z is not", () => {
    // 2025-01-24T15:59:59.999Z = 2025-01-24 23:59:59.999 +08:00 → 2025-01-24
    // 2025-01-24T16:00:00.000Z = 2025-01-25 00:00:00.000 +08:00 → 2025-01-25
    expect(civilDateOf(new Date("2025-01-24T15:59:59.999Z"))).toBe("2025-01-24");
    expect(civilDateOf(new Date("2025-01-24T16:00:00.000Z"))).toBe("2025-01-25");
  });

  it("does not depend on the process time zone", () => {
    // In Los Angeles 2025-12-31T17:00:00Z is 09:00 on 12-31; in Wuxi it is
    // 01:00 on 2026-01-01 — the case was accepted in 2026.
    process.env.TZ = "America/Los_Angeles";
    // Sanity: the TZ change is in effect, so local-time arithmetic would say 12-31.
    expect(new Date("2025-12-31T17:00:00Z").getDate()).toBe(31);
    expect(civilDateOf(new Date("2025-12-31T17:00:00Z"))).toBe("2026-01-01");
    process.env.TZ = "UTC";
    expect(civilDateOf(new Date("2025-12-31T17:00:00Z"))).toBe("2026-01-01");
  });

  it("rejects an invalid Date", () => {
    expect(() => civilDateOf(new Date("not a date"))).toThrow(InvalidCivilDateError);
  });

  it("property: equals the UTC date of the instant shifted by +8 h (1992–2100)", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1992-01-01T00:00:00Z"), max: new Date("2100-01-01T00:00:00Z"), noInvalidDate: true }),
        (instant) => {
          const shifted = new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
          expect(civilDateOf(instant)).toBe(shifted);
        },
      ),
    );
  });
});

describe("date arithmetic on civil dates", () => {
  it("adds calendar days across month, year and leap-day boundaries", () => {
    expect(addCalendarDays("2025-01-31", 1)).toBe("2025-02-01");
    expect(addCalendarDays("2025-12-31", 1)).toBe("2026-01-01");
    expect(addCalendarDays("2024-02-28", 1)).toBe("2024-02-29"); // 2024 is a leap year
    expect(addCalendarDays("2025-02-28", 1)).toBe("2025-03-01"); // 2025 is not
    expect(addCalendarDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(addCalendarDays("2026-02-10", 0)).toBe("2026-02-10");
  });

  it("daysBetween is signed and counts calendar days", () => {
    expect(daysBetween("2025-01-01", "2026-01-01")).toBe(365);
    expect(daysBetween("2024-01-01", "2025-01-01")).toBe(366);
    expect(daysBetween("2026-02-23", "2026-02-15")).toBe(-8);
  });

  it("compareDates orders dates", () => {
    expect(compareDates("2025-10-08", "2025-10-11")).toBe(-1);
    expect(compareDates("2025-10-11", "2025-10-11")).toBe(0);
    expect(compareDates("2026-01-01", "2025-12-31")).toBe(1);
    expect(["2026-02-28", "2025-01-26", "2025-10-11"].sort(compareDates)).toEqual([
      "2025-01-26",
      "2025-10-11",
      "2026-02-28",
    ]);
  });

  it("knows the weekday: 2025-01-26 was a Sunday, 2026-02-14 a Saturday", () => {
    expect(dayOfWeek("2025-01-26")).toBe(0);
    expect(dayOfWeek("2026-02-14")).toBe(6);
    expect(weekdayNameZh("2025-01-24")).toBe("周五");
  });

  it("rejects malformed or impossible dates with a typed error", () => {
    for (const bad of ["2025-02-29", "2025-13-01", "2025-1-5", "20250105", "", "2026-02-30T00:00"]) {
      expect(isCivilDate(bad)).toBe(false);
      expect(() => addCalendarDays(bad, 1)).toThrow(InvalidCivilDateError);
    }
    try {
      daysBetween("2026-02-30", "2026-03-01");
      expect.unreachable();
    } catch (e) {
      expect((e as InvalidCivilDateError).code).toBe(CalendarErrorCode.INVALID_CIVIL_DATE);
    }
  });

  it("property: addCalendarDays and daysBetween are inverse", () => {
    const date = fc
      .integer({ min: 0, max: 365 * 200 })
      .map((k) => addCalendarDays("1950-01-01", k));
    fc.assert(
      fc.property(date, fc.integer({ min: -5000, max: 5000 }), (d, n) => {
        const e = addCalendarDays(d, n);
        expect(daysBetween(d, e)).toBe(n);
        expect(addCalendarDays(e, -n)).toBe(d);
        expect(Math.sign(n)).toBe(compareDates(e, d));
        expect(dayOfWeek(e)).toBe((((dayOfWeek(d) + n) % 7) + 7) % 7);
      }),
    );
  });
});
