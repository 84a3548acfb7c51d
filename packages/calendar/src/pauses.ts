import { addCalendarDays, assertCivilDate, type CivilDate, compareDates, weekdayNameZh } from "./civil-date.ts";
import { CalendarNotLoadedError, InvalidDayCountError, PausesInvalidError } from "./errors.ts";
import type { HolidayCalendar } from "./holiday-calendar.ts";

/**
 * A suspension of the clock (《行政许可法》第四十五条: time for hearing,
 * tendering, auction, inspection, testing, quarantine, appraisal and expert
 * review is not counted in the time limit).
 */
export interface Pause {
  /** The day the case was suspended. That day itself still counts. */
  from: CivilDate;
  /** The day the case was resumed (not counted; counting restarts the next working day), or null while still suspended. */
  to: CivilDate | null;
  /** Why, for the explanation, e.g. "专家评审". */
  reason?: string;
}

export interface DeadlineInput {
  /** Day of acceptance (受理日); not counted. */
  start: CivilDate;
  /** The time limit in working days (法定/承诺时限); 0 = 即办件. */
  workingDays: number;
  pauses: readonly Pause[];
  /** Working days added by an approved extension (延长), default 0. */
  extensionDays?: number;
}

export interface DeadlineResult {
  /** The last day of the time limit, or null while a pause that matters is still open. */
  deadline: CivilDate | null;
  /**
   * Working days excluded by the pauses that lie before the deadline (those
   * that moved it). With an open pause: the closed pauses before it; the open
   * one's length is not known yet.
   */
  pausedWorkingDays: number;
  /** Chinese explanation, one line per step, for staff and applicants. */
  steps: string[];
}

function describeDay(d: CivilDate, calendar: HolidayCalendar): string {
  const weekday = weekdayNameZh(d);
  // The description is decoration: don't let it throw for a day whose year
  // isn't loaded but which the computation itself never needs (the start day).
  if (!calendar.covers(d)) return weekday;
  const k = calendar.dayKind(d);
  if (k.kind === "holiday") return `${weekday},${k.name}假期`;
  if (k.kind === "makeUpWorkday") return `${weekday},${k.name}调休上班`;
  return weekday;
}

const reasonOf = (p: Pause) => (p.reason?.trim() ? `(${p.reason.trim()})` : "");

function checkCount(field: string, n: number): void {
  if (!Number.isInteger(n) || n < 0) throw new InvalidDayCountError(field, n);
}

/**
 * The deadline of a time limit with suspensions and an optional extension.
 *
 * Semantics (the same half-open convention as `addWorkingDays`):
 *  - counting starts after the day of acceptance `start`;
 *  - a pause suspended on `from` and resumed on `to` excludes the working days
 *    d with from < d <= to: the suspension day still counts (it was a day the
 *    authority had the case), the resume day does not (like a day of
 *    acceptance, counting restarts the next working day);
 *  - the deadline is the first day on which the number of counted working days
 *    after `start`, excluding paused ones, reaches workingDays + extensionDays.
 *    Hence workingDaysBetween(start, deadline) = workingDays + extensionDays +
 *    pausedWorkingDays, and a pause before the deadline moves it by exactly
 *    its working days;
 *  - while a pause is open (to = null) and the target was not reached before
 *    it began, the deadline is unknown: null. A pause that begins on or after
 *    the deadline cannot move it (the deadline day itself is never paused).
 *
 * Pauses may not begin before `start`, may not end before they begin, and may
 * not overlap: a pause must begin on or after the resume day of the previous
 * one, and nothing can follow an open pause. Violations throw `PausesInvalidError`.
 */
export function deadlineWithPauses(input: DeadlineInput, calendar: HolidayCalendar): DeadlineResult {
  const { start, workingDays } = input;
  const extensionDays = input.extensionDays ?? 0;
  assertCivilDate(start);
  checkCount("办理时限(workingDays)", workingDays);
  checkCount("延长天数(extensionDays)", extensionDays);

  for (const p of input.pauses) {
    assertCivilDate(p.from);
    if (p.to !== null) assertCivilDate(p.to);
    if (compareDates(p.from, start) < 0) {
      throw new PausesInvalidError(`暂停日 ${p.from}${reasonOf(p)} 早于受理日 ${start}`);
    }
    if (p.to !== null && compareDates(p.to, p.from) < 0) {
      throw new PausesInvalidError(`暂停${reasonOf(p)}的恢复日 ${p.to} 早于暂停日 ${p.from}`);
    }
  }
  const pauses = [...input.pauses].sort(
    (a, b) => compareDates(a.from, b.from) || (a.to === null ? 1 : b.to === null ? -1 : compareDates(a.to, b.to)),
  );
  for (let i = 1; i < pauses.length; i++) {
    const prev = pauses[i - 1]!;
    const next = pauses[i]!;
    if (prev.to === null) {
      throw new PausesInvalidError(`暂停 ${prev.from} 起${reasonOf(prev)}尚未恢复,不能再有 ${next.from} 的暂停`);
    }
    if (compareDates(next.from, prev.to) < 0) {
      throw new PausesInvalidError(
        `暂停 ${prev.from} 至 ${prev.to}${reasonOf(prev)} 与暂停 ${next.from} 起${reasonOf(next)} 重叠`,
      );
    }
  }

  const target = workingDays + extensionDays;
  const pausedPer = pauses.map(() => 0);
  let counted = 0;
  let deadline: CivilDate | null = start;
  let d = start;
  let pi = 0; // first pause whose window (from, to] may still contain d or a later day
  while (counted < target) {
    d = addCalendarDays(d, 1);
    while (pi < pauses.length && pauses[pi]!.to !== null && compareDates(pauses[pi]!.to!, d) < 0) pi++;
    const p = pauses[pi];
    if (p && compareDates(p.from, d) < 0) {
      // d is inside pause p's window.
      if (p.to === null) {
        deadline = null; // the clock is stopped with no resume date yet
        break;
      }
      if (calendar.isWorkingDay(d)) pausedPer[pi]!++;
      continue;
    }
    if (calendar.isWorkingDay(d)) counted++;
  }
  if (deadline !== null) deadline = d;

  // Pauses beginning on/after the deadline were never walked: their count stays 0.
  const pausedWorkingDays = pausedPer.reduce((a, b) => a + b, 0);

  const steps: string[] = [`受理日 ${start}(${describeDay(start, calendar)}),受理当日不计,次日起计算`];
  if (workingDays === 0) {
    steps.push(`即办件:0 个工作日,受理当日办结 → ${start}`);
  } else {
    // Never later than a known deadline, so it can only fail (year not loaded)
    // when the deadline is still open — then say so instead of failing.
    let base: string;
    try {
      base = calendar.addWorkingDays(start, workingDays);
    } catch (error) {
      if (deadline !== null || !(error instanceof CalendarNotLoadedError)) throw error;
      base = error.message;
    }
    steps.push(`承诺 ${workingDays} 个工作日 → ${base}(未计暂停与延长)`);
  }
  pauses.forEach((p, i) => {
    const span = p.to === null ? `${p.from} 起` : `${p.from} 至 ${p.to}`;
    if (deadline !== null && compareDates(p.from, deadline) >= 0) {
      steps.push(`暂停 ${span}${reasonOf(p)},未在期限届满日 ${deadline} 之前开始,不影响期限`);
    } else if (p.to === null) {
      steps.push(`暂停 ${span}${reasonOf(p)},尚未恢复:暂停期间不计算期限`);
    } else {
      steps.push(`暂停 ${span}${reasonOf(p)},不计 ${pausedPer[i]} 个工作日`);
    }
  });
  if (extensionDays > 0) {
    steps.push(`延长 ${extensionDays} 个工作日 → ${deadline ?? "待暂停恢复后确定"}`);
  }
  if (deadline === null) {
    steps.push(`期限届满日待恢复后重新计算:已计 ${counted} 个工作日,尚余 ${target - counted} 个工作日`);
  } else {
    const parts = [`${workingDays === 0 ? "即办" : "承诺"} ${workingDays}`];
    if (extensionDays > 0) parts.push(`延长 ${extensionDays}`);
    if (pausedWorkingDays > 0) parts.push(`暂停 ${pausedWorkingDays}`);
    steps.push(
      target === 0
        ? `期限届满日 ${deadline}(${describeDay(deadline, calendar)}):受理当日`
        : `期限届满日 ${deadline}(${describeDay(deadline, calendar)}):受理日后第 ${target + pausedWorkingDays} 个工作日(${parts.join(" + ")})`,
    );
  }
  return { deadline, pausedWorkingDays, steps };
}
