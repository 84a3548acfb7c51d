import { type CivilDate, weekdayNameZh } from "./civil-date.ts";
import { formatDayNumber, parseDayNumber, yearOfDayNumber } from "./day-number.ts";
import { InvalidCivilDateError, InvalidDayCountError, PausesInvalidError } from "./errors.ts";
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

/**
 * What a suspension counts, in the words every notice, clock step, console field and doc uses.
 * The engine excludes the days d with from < d <= to.
 */
export const SUSPENSION_RULE_ZH = "暂停当日仍计入期限,自次日起暂停计时;恢复当日不计入期限,自恢复次日起继续计时";

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
  /**
   * The years counted provisionally (their State Council arrangement not loaded) among the days
   * counted: non-empty means the deadline may still move when the year is loaded.
   */
  provisionalYears: number[];
  /** Chinese explanation, one line per step, for staff and applicants (computed on first read, so not an own property: spread the result and it is gone). */
  readonly steps: string[];
  /** Every field, the explanation included (for JSON and for comparing whole results). */
  toJSON(): { deadline: CivilDate | null; pausedWorkingDays: number; provisionalYears: number[]; steps: string[] };
}

const reasonOf = (p: Pause) => (p.reason?.trim() ? `(${p.reason.trim()})` : "");

function dayOf(d: unknown): number {
  const n = parseDayNumber(d);
  if (n === -Infinity) throw new InvalidCivilDateError(d);
  return n;
}

function checkCount(field: string, n: number): void {
  if (!Number.isInteger(n) || n < 0) throw new InvalidDayCountError(field, n);
}

interface DayPause {
  from: number;
  /** Infinity while open. */
  to: number;
  pause: Pause;
}

/**
 * The deadline of a time limit with suspensions and an optional extension.
 *
 * Semantics (the same half-open convention as `addWorkingDays`):
 *  - counting starts after the day of acceptance `start`;
 *  - a pause suspended on `from` and resumed on `to` excludes the working days
 *    d with from < d <= to: the suspension day still counts (it was a day the
 *    authority had the case), the resume day does not (like a day of
 *    acceptance, counting restarts the next working day) — `SUSPENSION_RULE_ZH`;
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
 *
 * Computed on the calendar's working-day index: per pause two look-ups of "working days up to",
 * and one of "the k-th working day after" for the deadline, whatever the limit. The explanation is
 * built only when `steps` is read.
 */
export function deadlineWithPauses(input: DeadlineInput, calendar: HolidayCalendar): DeadlineResult {
  const { start, workingDays } = input;
  const extensionDays = input.extensionDays ?? 0;
  const s = dayOf(start);
  checkCount("办理时限(workingDays)", workingDays);
  checkCount("延长天数(extensionDays)", extensionDays);

  const pauses: DayPause[] = [];
  let sorted = true;
  for (const p of input.pauses) {
    const from = dayOf(p.from);
    const to = p.to === null ? Infinity : dayOf(p.to);
    if (from < s) throw new PausesInvalidError(`暂停日 ${p.from}${reasonOf(p)} 早于受理日 ${start}`);
    if (to < from) throw new PausesInvalidError(`暂停${reasonOf(p)}的恢复日 ${p.to} 早于暂停日 ${p.from}`);
    const prev = pauses[pauses.length - 1];
    if (prev && (from < prev.from || (from === prev.from && to < prev.to))) sorted = false;
    pauses.push({ from, to, pause: p });
  }
  if (!sorted) pauses.sort((a, b) => a.from - b.from || a.to - b.to);
  for (let i = 1; i < pauses.length; i++) {
    const prev = pauses[i - 1]!;
    const next = pauses[i]!;
    if (prev.to === Infinity) {
      throw new PausesInvalidError(`暂停 ${prev.pause.from} 起${reasonOf(prev.pause)}尚未恢复,不能再有 ${next.pause.from} 的暂停`);
    }
    if (next.from < prev.to) {
      throw new PausesInvalidError(
        `暂停 ${prev.pause.from} 至 ${prev.pause.to}${reasonOf(prev.pause)} 与暂停 ${next.pause.from} 起${reasonOf(next.pause)} 重叠`,
      );
    }
  }

  const target = workingDays + extensionDays;
  const pausedPer = new Array<number>(pauses.length).fill(0);
  let counted = 0;
  let deadline: number | null = s;
  /** The last day of the counting so far (the deadline, or the day an open pause began). */
  let reached = s;
  if (target > 0) {
    // `cur` is the last day not counting towards the limit: the start, then each resume day.
    let cur = s;
    let curCount = calendar.workingThrough(s); // earliest day first: the index only grows forward after it
    let done = false;
    for (let i = 0; i < pauses.length; i++) {
      const p = pauses[i]!;
      const atFrom = calendar.workingThrough(p.from);
      const available = atFrom - curCount;
      if (counted + available >= target) {
        deadline = calendar.nthWorkingDayAfter(cur, target - counted);
        done = true;
        break;
      }
      counted += available;
      if (p.to === Infinity) {
        deadline = null;
        reached = p.from;
        done = true;
        break;
      }
      const atTo = calendar.workingThrough(p.to);
      pausedPer[i] = atTo - atFrom;
      cur = p.to;
      curCount = atTo;
    }
    if (!done) deadline = calendar.nthWorkingDayAfter(cur, target - counted);
    if (deadline !== null) {
      reached = deadline;
      counted = target;
    }
  }
  let pausedWorkingDays = 0;
  for (const n of pausedPer) pausedWorkingDays += n;

  const provisionalYears: number[] = [];
  if (reached > s) {
    for (let y = yearOfDayNumber(s + 1), last = yearOfDayNumber(reached); y <= last; y++) {
      if (calendar.isProvisional(y)) provisionalYears.push(y);
    }
  }

  const deadlineDate = deadline === null ? null : deadline === s ? start : formatDayNumber(deadline);
  return new Deadline(deadlineDate, pausedWorkingDays, provisionalYears, () =>
    explain({ input, calendar, pauses, pausedPer, deadline: deadlineDate, reached: formatDayNumber(reached), counted, target, pausedWorkingDays, provisionalYears }),
  );
}

/**
 * The result, with its explanation built on first read: most callers (queues, sweeps, recomputation)
 * only want the date, and the explanation costs more than the arithmetic. A class, not an object
 * literal with a getter: V8 creates those through a slow path, which alone cost more than the clock.
 */
class Deadline implements DeadlineResult {
  #explain: (() => string[]) | undefined;
  #steps: string[] | undefined;
  constructor(
    readonly deadline: CivilDate | null,
    readonly pausedWorkingDays: number,
    readonly provisionalYears: number[],
    explainSteps: () => string[],
  ) {
    this.#explain = explainSteps;
  }
  get steps(): string[] {
    if (this.#steps === undefined) {
      this.#steps = this.#explain!();
      this.#explain = undefined;
    }
    return this.#steps;
  }
  toJSON(): { deadline: CivilDate | null; pausedWorkingDays: number; provisionalYears: number[]; steps: string[] } {
    return { deadline: this.deadline, pausedWorkingDays: this.pausedWorkingDays, provisionalYears: this.provisionalYears, steps: this.steps };
  }
}

function describeDay(d: CivilDate, calendar: HolidayCalendar): string {
  const weekday = weekdayNameZh(d);
  const k = calendar.dayKind(d);
  if (k.kind === "holiday") return `${weekday},${k.name}假期${calendar.isProvisional(Number(d.slice(0, 4))) ? "(暂定)" : ""}`;
  if (k.kind === "makeUpWorkday") return `${weekday},${k.name}调休上班`;
  return weekday;
}

/** "2027、2028年" */
export const yearsZh = (years: readonly number[]) => `${years.join("、")}年`;

/** The sentence every provisional deadline carries (notices, clock steps). */
export const PROVISIONAL_NOTE_ZH = "期限暂按法定节假日计算,以国务院公布的节假日安排为准";

function explain(x: {
  input: DeadlineInput;
  calendar: HolidayCalendar;
  pauses: DayPause[];
  pausedPer: number[];
  deadline: CivilDate | null;
  reached: CivilDate;
  counted: number;
  target: number;
  pausedWorkingDays: number;
  provisionalYears: number[];
}): string[] {
  const { input, calendar, deadline } = x;
  const { start, workingDays } = input;
  const extensionDays = input.extensionDays ?? 0;
  let startDay: string;
  try {
    startDay = describeDay(start, calendar);
  } catch {
    startDay = weekdayNameZh(start); // decoration: a start day nothing is known about is still a weekday
  }
  const steps: string[] = [`受理日 ${start}(${startDay}),受理当日不计,次日起计算`];
  if (workingDays === 0) {
    steps.push(`即办件:0 个工作日,受理当日办结 → ${start}`);
  } else {
    steps.push(`承诺 ${workingDays} 个工作日 → ${calendar.addWorkingDays(start, workingDays)}(未计暂停与延长)`);
  }
  // Art. 82: the statutory holidays are not counted; name each one the count stepped over.
  const days: [CivilDate, string][] = [];
  for (const run of calendar.holidayRunsBetween(start, x.reached)) {
    const span = run.from === run.to ? run.from : `${run.from} 至 ${run.to}`;
    days.push([run.from, `${span} ${run.name}假期${run.provisional ? "(暂按法定节假日)" : ""},不计`]);
  }
  for (const m of calendar.makeUpWorkdaysBetween(start, x.reached)) days.push([m.date, `${m.date} ${m.name}调休上班,为工作日`]);
  for (const [, line] of days.sort((a, b) => (a[0] < b[0] ? -1 : 1))) steps.push(line);
  x.pauses.forEach(({ pause: p }, i) => {
    const reason = reasonOf(p);
    if (deadline !== null && p.from >= deadline) {
      const span = p.to === null ? `${p.from} 起` : `${p.from} 至 ${p.to}`;
      steps.push(`暂停 ${span}${reason},未在期限届满日 ${deadline} 之前开始,不影响期限`);
    } else if (p.to === null) {
      steps.push(`暂停 ${p.from} 起${reason},尚未恢复:暂停当日计入,自次日起暂停计时`);
    } else if (p.to === p.from) {
      steps.push(`暂停 ${p.from}${reason} 并于当日恢复,不计 0 个工作日:暂停当日计入,期限不变`);
    } else {
      steps.push(`暂停 ${p.from} 至 ${p.to}${reason},不计 ${x.pausedPer[i]} 个工作日(暂停当日计入,次日起至恢复当日不计,恢复次日起继续计时)`);
    }
  });
  if (extensionDays > 0) {
    steps.push(`延长 ${extensionDays} 个工作日 → ${deadline ?? "待暂停恢复后确定"}`);
  }
  if (x.provisionalYears.length > 0) {
    steps.push(`${yearsZh(x.provisionalYears)}节假日安排尚未载入:${PROVISIONAL_NOTE_ZH}`);
  }
  if (deadline === null) {
    steps.push(`期限届满日待恢复后重新计算:已计 ${x.counted} 个工作日,尚余 ${x.target - x.counted} 个工作日`);
  } else {
    const parts = [`${workingDays === 0 ? "即办" : "承诺"} ${workingDays}`];
    if (extensionDays > 0) parts.push(`延长 ${extensionDays}`);
    if (x.pausedWorkingDays > 0) parts.push(`暂停 ${x.pausedWorkingDays}`);
    const provisional = x.provisionalYears.length > 0 ? "(暂定)" : "";
    steps.push(
      x.target === 0
        ? `期限届满日 ${deadline}(${describeDay(deadline, calendar)}):受理当日`
        : `期限届满日 ${deadline}${provisional}(${describeDay(deadline, calendar)}):受理日后第 ${x.target + x.pausedWorkingDays} 个工作日(${parts.join(" + ")})`,
    );
  }
  return steps;
}
