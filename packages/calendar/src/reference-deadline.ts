import { addCalendarDays, assertCivilDate, type CivilDate, compareDates } from "./civil-date.ts";
import type { HolidayCalendar } from "./holiday-calendar.ts";
import type { DeadlineInput } from "./pauses.ts";

/**
 * The clock as it was first written: walks the days one by one and asks the calendar's day-kind
 * table (not the index) about each. Kept as the reference the fast engine is checked against
 * (property test and `npm run bench:clock`); not for production use. Assumes valid input: the fast
 * engine is the one that validates.
 */
export function referenceDeadline(input: DeadlineInput, calendar: HolidayCalendar): { deadline: CivilDate | null; pausedWorkingDays: number } {
  const { start, workingDays } = input;
  assertCivilDate(start);
  const pauses = [...input.pauses].sort(
    (a, b) => compareDates(a.from, b.from) || (a.to === null ? 1 : b.to === null ? -1 : compareDates(a.to, b.to)),
  );
  const working = (d: CivilDate) => calendar.dayKind(d).working;
  const target = workingDays + (input.extensionDays ?? 0);
  let pausedWorkingDays = 0;
  let counted = 0;
  let deadline: CivilDate | null = start;
  let d = start;
  let pi = 0;
  while (counted < target) {
    d = addCalendarDays(d, 1);
    while (pi < pauses.length && pauses[pi]!.to !== null && compareDates(pauses[pi]!.to!, d) < 0) pi++;
    const p = pauses[pi];
    if (p && compareDates(p.from, d) < 0) {
      if (p.to === null) {
        deadline = null;
        break;
      }
      if (working(d)) pausedWorkingDays++;
      continue;
    }
    if (working(d)) counted++;
  }
  return { deadline: deadline === null ? null : d, pausedWorkingDays };
}
