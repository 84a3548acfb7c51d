import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultCalendar } from "./chinese-days.ts";
import { addCalendarDays, compareDates, daysBetween } from "./civil-date.ts";
import { InvalidDayCountError, PausesInvalidError } from "./errors.ts";
import { deadlineWithPauses } from "./pauses.ts";

const calendar = defaultCalendar();

describe("第四十五条: time for hearing, inspection, testing, appraisal and expert review is not counted", () => {
  it("expert review across 春节 2026 moves the deadline by exactly the paused working days", () => {
    // Accepted Tue 2026-02-10, 20 working days → Mon 2026-03-16 without pause (see holiday-calendar.test.ts).
    // Suspended Thu 02-12, resumed Thu 02-26: not counted are the working days in (02-12, 02-26]:
    //   02-13 Fri W, 02-14 Sat W (调休), 02-15 … 02-23 - (春节), 02-24 Tue W, 02-25 Wed W, 02-26 Thu W → 5
    // Counted: 02-11 1, 02-12 2 (the suspension day counts) | 02-27 3, 02-28 Sat 4 (调休), 03-02 5 …
    //   03-06 9, 03-09 10 … 03-13 14, 03-16 15 … 03-20 19, 03-23 Mon 20 → deadline
    // Check: 03-16 + 5 working days = 03-17, 03-18, 03-19, 03-20, 03-23.
    const result = deadlineWithPauses(
      { start: "2026-02-10", workingDays: 20, pauses: [{ from: "2026-02-12", to: "2026-02-26", reason: "专家评审" }] },
      calendar,
    );
    expect(result.toJSON()).toEqual({
      deadline: "2026-03-23",
      pausedWorkingDays: 5,
      provisionalYears: [],
      steps: [
        "受理日 2026-02-10(周二),受理当日不计,次日起计算",
        "承诺 20 个工作日 → 2026-03-16(未计暂停与延长)",
        "2026-02-14 春节调休上班,为工作日",
        "2026-02-15 至 2026-02-23 春节假期,不计",
        "2026-02-28 春节调休上班,为工作日",
        "暂停 2026-02-12 至 2026-02-26(专家评审),不计 5 个工作日(暂停当日计入,次日起至恢复当日不计,恢复次日起继续计时)",
        "期限届满日 2026-03-23(周一):受理日后第 25 个工作日(承诺 20 + 暂停 5)",
      ],
    });
    expect(calendar.addWorkingDays("2026-03-16", 5)).toBe("2026-03-23");
  });

  it("expert review across 春节 2025, including both make-up days", () => {
    // Accepted Mon 2025-01-20, 10 working days. Without pause:
    //   01-21 1, 01-22 2, 01-23 3, 01-24 4, 01-25 Sat -, 01-26 Sun 5 (调休), 01-27 6,
    //   01-28 … 02-04 -, 02-05 7, 02-06 8, 02-07 9, 02-08 Sat 10 (调休) → 2025-02-08
    // Suspended Fri 01-24, resumed Thu 02-06: (01-24, 02-06] holds 01-26 (调休), 01-27, 02-05, 02-06 → 4
    // Counted: 01-21 … 01-24 = 4 | 02-07 5, 02-08 Sat 6 (调休), 02-09 Sun -, 02-10 7, 02-11 8, 02-12 9, 02-13 Thu 10
    const result = deadlineWithPauses(
      { start: "2025-01-20", workingDays: 10, pauses: [{ from: "2025-01-24", to: "2025-02-06", reason: "专家评审" }] },
      calendar,
    );
    expect(result.deadline).toBe("2025-02-13");
    expect(result.pausedWorkingDays).toBe(4);
    expect(result.steps[1]).toBe("承诺 10 个工作日 → 2025-02-08(未计暂停与延长)");
    expect(calendar.addWorkingDays("2025-02-08", 4)).toBe("2025-02-13");
  });

  it("the suspension day is counted, the resume day is not", () => {
    // Accepted Mon 2026-03-02, 3 working days; suspended Tue 03-03, resumed Wed 03-04.
    // 03-03 Tue 1 (suspension day) | 03-04 Wed paused (resume day) | 03-05 Thu 2 | 03-06 Fri 3
    const paused = deadlineWithPauses(
      { start: "2026-03-02", workingDays: 3, pauses: [{ from: "2026-03-03", to: "2026-03-04", reason: "检测" }] },
      calendar,
    );
    expect(paused.deadline).toBe("2026-03-06");
    expect(paused.pausedWorkingDays).toBe(1);
    // Suspended and resumed on the same day: nothing is excluded. 03-03 1, 03-04 2, 03-05 3.
    const sameDay = deadlineWithPauses(
      { start: "2026-03-02", workingDays: 3, pauses: [{ from: "2026-03-03", to: "2026-03-03" }] },
      calendar,
    );
    expect(sameDay.deadline).toBe("2026-03-05");
    expect(sameDay.pausedWorkingDays).toBe(0);
  });

  it("while a suspension is open the deadline is unknown (null); once resumed it is fixed", () => {
    // Accepted Tue 2026-02-10, 20 working days; expert review 02-12 → 02-26 (5 paused, as above);
    // testing suspended Mon 03-09, not yet resumed.
    // Counted before it: 02-11 1, 02-12 2, 02-27 3, 02-28 4, 03-02 … 03-06 5–9, 03-09 10 (suspension day).
    const open = deadlineWithPauses(
      {
        start: "2026-02-10",
        workingDays: 20,
        pauses: [
          { from: "2026-02-12", to: "2026-02-26", reason: "专家评审" },
          { from: "2026-03-09", to: null, reason: "检测" },
        ],
      },
      calendar,
    );
    expect(open.toJSON()).toEqual({
      deadline: null,
      pausedWorkingDays: 5,
      provisionalYears: [],
      steps: [
        "受理日 2026-02-10(周二),受理当日不计,次日起计算",
        "承诺 20 个工作日 → 2026-03-16(未计暂停与延长)",
        "2026-02-14 春节调休上班,为工作日",
        "2026-02-15 至 2026-02-23 春节假期,不计",
        "2026-02-28 春节调休上班,为工作日",
        "暂停 2026-02-12 至 2026-02-26(专家评审),不计 5 个工作日(暂停当日计入,次日起至恢复当日不计,恢复次日起继续计时)",
        "暂停 2026-03-09 起(检测),尚未恢复:暂停当日计入,自次日起暂停计时",
        "期限届满日待恢复后重新计算:已计 10 个工作日,尚余 10 个工作日",
      ],
    });

    // Resumed Fri 03-13: (03-09, 03-13] = 03-10 … 03-13 → 4 more paused.
    // 03-16 11, 03-17 12, 03-18 13, 03-19 14, 03-20 15, 03-23 16, 03-24 17, 03-25 18, 03-26 19, 03-27 Fri 20
    const resumed = deadlineWithPauses(
      {
        start: "2026-02-10",
        workingDays: 20,
        pauses: [
          { from: "2026-02-12", to: "2026-02-26", reason: "专家评审" },
          { from: "2026-03-09", to: "2026-03-13", reason: "检测" },
        ],
      },
      calendar,
    );
    expect(resumed.deadline).toBe("2026-03-27");
    expect(resumed.pausedWorkingDays).toBe(9);
    expect(resumed.steps.at(-1)).toBe("期限届满日 2026-03-27(周五):受理日后第 29 个工作日(承诺 20 + 暂停 9)");
  });

  it("an open suspension whose would-be deadline lies in a provisional year still answers null", () => {
    // 30 working days from 2026-12-01 would end in 2027, but the clock stopped on 12-02.
    const result = deadlineWithPauses(
      { start: "2026-12-01", workingDays: 30, pauses: [{ from: "2026-12-02", to: null, reason: "听证" }] },
      calendar,
    );
    expect(result.deadline).toBeNull();
    // 2026-12-31 Thu is the 22nd working day after 12-01; 2027-01-01 Fri 元旦 (statutory), then
    // 01-04 … 01-08 23–27, 01-11 28, 01-12 29, 01-13 Wed 30.
    expect(result.steps[1]).toBe("承诺 30 个工作日 → 2027-01-13(未计暂停与延长)");
    expect(result.provisionalYears).toEqual([]); // only 12-02 was counted before the clock stopped
  });

  it("a suspension that begins on or after the deadline does not move it", () => {
    // Accepted Mon 2026-03-02, 3 working days: 03-03 1, 03-04 2, 03-05 Thu 3 → 03-05.
    for (const to of ["2026-03-10", null]) {
      const result = deadlineWithPauses(
        { start: "2026-03-02", workingDays: 3, pauses: [{ from: "2026-03-05", to, reason: "鉴定" }] },
        calendar,
      );
      expect(result.deadline).toBe("2026-03-05");
      expect(result.pausedWorkingDays).toBe(0);
      expect(result.steps[2]).toContain("未在期限届满日 2026-03-05 之前开始,不影响期限");
    }
  });
});

describe("延长: an approved extension adds working days", () => {
  it("20 + 10 working days from Mon 2025-09-15, across 国庆节·中秋 2025 → Fri 2025-10-31", () => {
    // 09-16 1 … 09-19 4 | 09-22 5 … 09-26 9 | 09-27 Sat - | 09-28 Sun 10 (调休) | 09-29 11, 09-30 12
    // 10-01 … 10-08 - | 10-09 13, 10-10 14, 10-11 Sat 15 (调休) | 10-12 Sun - | 10-13 16 … 10-17 Fri 20
    // extension: 10-20 21 … 10-24 25 | 10-27 26 … 10-31 Fri 30
    const result = deadlineWithPauses({ start: "2025-09-15", workingDays: 20, pauses: [], extensionDays: 10 }, calendar);
    expect(result.toJSON()).toEqual({
      deadline: "2025-10-31",
      pausedWorkingDays: 0,
      provisionalYears: [],
      steps: [
        "受理日 2025-09-15(周一),受理当日不计,次日起计算",
        "承诺 20 个工作日 → 2025-10-17(未计暂停与延长)",
        "2025-09-28 国庆节调休上班,为工作日",
        "2025-10-01 至 2025-10-05 国庆节假期,不计",
        "2025-10-06 中秋假期,不计",
        "2025-10-07 至 2025-10-08 国庆节假期,不计",
        "2025-10-11 国庆节调休上班,为工作日",
        "延长 10 个工作日 → 2025-10-31",
        "期限届满日 2025-10-31(周五):受理日后第 30 个工作日(承诺 20 + 延长 10)",
      ],
    });
  });

  it("extension and suspension together", () => {
    // The 2026 expert-review case (deadline 03-23, 25th working day) extended by 10:
    // 03-24 26, 03-25 27, 03-26 28, 03-27 29, 03-30 30, 03-31 31, 04-01 32, 04-02 33, 04-03 Fri 34,
    // 04-04 … 04-06 - (清明), 04-07 Tue 35
    const result = deadlineWithPauses(
      {
        start: "2026-02-10",
        workingDays: 20,
        extensionDays: 10,
        pauses: [{ from: "2026-02-12", to: "2026-02-26", reason: "专家评审" }],
      },
      calendar,
    );
    expect(result.deadline).toBe("2026-04-07");
    expect(result.steps.at(-1)).toBe("期限届满日 2026-04-07(周二):受理日后第 35 个工作日(承诺 20 + 延长 10 + 暂停 5)");
  });
});

describe("即办件 and input checks", () => {
  it("0 working days: the day of acceptance, described in Chinese", () => {
    const result = deadlineWithPauses({ start: "2025-01-29", workingDays: 0, pauses: [] }, calendar);
    expect(result.deadline).toBe("2025-01-29");
    expect(result.steps).toEqual([
      "受理日 2025-01-29(周三,春节假期),受理当日不计,次日起计算",
      "即办件:0 个工作日,受理当日办结 → 2025-01-29",
      "期限届满日 2025-01-29(周三,春节假期):受理当日",
    ]);
  });

  it("rejects overlapping suspensions, a suspension before acceptance, a resume before the suspension", () => {
    const base = { start: "2026-03-02", workingDays: 10 };
    expect(() =>
      deadlineWithPauses(
        { ...base, pauses: [{ from: "2026-03-03", to: "2026-03-06" }, { from: "2026-03-05", to: "2026-03-09" }] },
        calendar,
      ),
    ).toThrow(PausesInvalidError);
    expect(() =>
      deadlineWithPauses({ ...base, pauses: [{ from: "2026-03-03", to: null }, { from: "2026-03-10", to: "2026-03-11" }] }, calendar),
    ).toThrow("尚未恢复");
    expect(() => deadlineWithPauses({ ...base, pauses: [{ from: "2026-03-01", to: "2026-03-03" }] }, calendar)).toThrow(
      "暂停日 2026-03-01 早于受理日 2026-03-02",
    );
    expect(() => deadlineWithPauses({ ...base, pauses: [{ from: "2026-03-05", to: "2026-03-04" }] }, calendar)).toThrow(
      PausesInvalidError,
    );
    expect(() => deadlineWithPauses({ ...base, workingDays: -1, pauses: [] }, calendar)).toThrow(InvalidDayCountError);
    expect(() => deadlineWithPauses({ ...base, extensionDays: 2.5, pauses: [] }, calendar)).toThrow(InvalidDayCountError);
  });

  it("back-to-back suspensions (the next begins on the resume day) are allowed and add up", () => {
    // Accepted Mon 2026-03-02, 5 working days; (03-03, 03-04] and (03-04, 03-05] exclude 03-04 and 03-05.
    // 03-03 1 | 03-06 2 | 03-09 3, 03-10 4, 03-11 Wed 5
    const result = deadlineWithPauses(
      {
        start: "2026-03-02",
        workingDays: 5,
        pauses: [{ from: "2026-03-04", to: "2026-03-05" }, { from: "2026-03-03", to: "2026-03-04" }],
      },
      calendar,
    );
    expect(result.deadline).toBe("2026-03-11");
    expect(result.pausedWorkingDays).toBe(2);
  });
});

describe("properties over 2025–2026", () => {
  // Start ≤ 2026-06-30, target ≤ 50, paused ≤ 30 working days keeps everything inside 2026.
  const FIRST = "2025-01-01";
  const LAST_START = "2026-06-30";
  const start = fc.integer({ min: 0, max: daysBetween(FIRST, LAST_START) }).map((k) => addCalendarDays(FIRST, k));

  it("the generators stay inside the loaded years", () => {
    expect(compareDates(calendar.addWorkingDays(LAST_START, 80 + 30), "2026-12-31")).toBeLessThanOrEqual(0);
  });

  it("without suspensions the deadline is addWorkingDays(start, workingDays + extensionDays)", () => {
    fc.assert(
      fc.property(start, fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 10 }), (s, n, e) => {
        const r = deadlineWithPauses({ start: s, workingDays: n, pauses: [], extensionDays: e }, calendar);
        expect(r.deadline).toBe(calendar.addWorkingDays(s, n + e));
        expect(r.pausedWorkingDays).toBe(0);
      }),
    );
  });

  it("a closed suspension moves the deadline by exactly its working days (when it begins before the deadline)", () => {
    fc.assert(
      fc.property(
        start,
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 40 }),
        (s, n, e, fromOffset, length) => {
          const from = addCalendarDays(s, fromOffset);
          const to = addCalendarDays(from, length);
          const unpaused = calendar.addWorkingDays(s, n + e);
          const r = deadlineWithPauses({ start: s, workingDays: n, extensionDays: e, pauses: [{ from, to }] }, calendar);
          if (r.deadline === null) throw new Error("a closed pause never leaves the deadline open");
          expect(calendar.workingDaysBetween(s, r.deadline)).toBe(n + e + r.pausedWorkingDays);
          expect(calendar.isWorkingDay(r.deadline)).toBe(true);
          if (compareDates(from, unpaused) < 0) {
            expect(r.pausedWorkingDays).toBe(calendar.workingDaysBetween(from, to));
            expect(r.deadline).toBe(calendar.addWorkingDays(unpaused, r.pausedWorkingDays));
          } else {
            expect(r.deadline).toBe(unpaused);
            expect(r.pausedWorkingDays).toBe(0);
          }
        },
      ),
    );
  });

  it("an open suspension gives null exactly when it begins before the unpaused deadline", () => {
    fc.assert(
      fc.property(start, fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 60 }), (s, n, fromOffset) => {
        const from = addCalendarDays(s, fromOffset);
        const unpaused = calendar.addWorkingDays(s, n);
        const r = deadlineWithPauses({ start: s, workingDays: n, pauses: [{ from, to: null }] }, calendar);
        expect(r.deadline).toBe(compareDates(from, unpaused) < 0 ? null : unpaused);
      }),
    );
  });
});
