import { describe, expect, it } from "vitest";
import { defaultCalendar } from "./chinese-days.ts";
import { deadlineWithPauses } from "./pauses.ts";
import { random, randomCase } from "./random-cases.ts";
import { referenceDeadline } from "./reference-deadline.ts";

/**
 * The fast clock (working-day index, arithmetic) against the clock as first written (a walk over
 * the days, asking the day-kind table). CLOCK_PROPERTY_CASES=1000000 runs the full million
 * (several minutes: the reference is the slow one); the default keeps the suite quick.
 */
const CASES = Number(process.env.CLOCK_PROPERTY_CASES ?? 4000);
const SEED = Number(process.env.CLOCK_PROPERTY_SEED ?? 20261201);

describe("the fast clock agrees with the day-by-day clock", () => {
  it(`on ${CASES} random cases (dates, limits, pauses, extensions; seed ${SEED})`, () => {
    const calendar = defaultCalendar();
    const rnd = random(SEED);
    let disagreements = 0;
    let first: unknown;
    for (let i = 0; i < CASES; i++) {
      const input = randomCase(rnd);
      const fast = deadlineWithPauses(input, calendar);
      const slow = referenceDeadline(input, calendar);
      if (fast.deadline !== slow.deadline || fast.pausedWorkingDays !== slow.pausedWorkingDays) {
        disagreements++;
        first ??= { i, input, fast: { deadline: fast.deadline, paused: fast.pausedWorkingDays }, slow };
      }
    }
    expect(first).toBeUndefined();
    expect(disagreements).toBe(0);
  }, Math.max(60_000, CASES / 2)); // the reference walks day by day: ~0.3 ms a case on a shared core

  it("the generator covers what matters: open pauses, extensions, provisional years, 即办件", () => {
    const calendar = defaultCalendar();
    const rnd = random(SEED);
    const seen = { open: 0, extended: 0, provisional: 0, immediate: 0, paused: 0 };
    for (let i = 0; i < 2000; i++) {
      const input = randomCase(rnd);
      const r = deadlineWithPauses(input, calendar);
      if (r.deadline === null) seen.open++;
      if ((input.extensionDays ?? 0) > 0) seen.extended++;
      if (r.provisionalYears.length > 0) seen.provisional++;
      if (input.workingDays === 0) seen.immediate++;
      if (r.pausedWorkingDays > 0) seen.paused++;
    }
    for (const [what, n] of Object.entries(seen)) expect(n, what).toBeGreaterThan(20);
  });
});
