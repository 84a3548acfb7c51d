import type { HolidayCalendar } from "@wuxi/calendar";

/** 红黄绿灯 / the light of one clock: a case's deadline, a joint part's, a notice's, a licence's, a complaint's. */
export type Light = "GREEN" | "YELLOW" | "RED";

/**
 * When the light turns yellow, per centre (效能电子监察预警): either a number of working days before
 * the due date, or a share of the limit (in percent, so 20 means "the last fifth of the limit").
 * Exactly one is set; the default is one working day.
 */
export interface LightThresholds {
  yellowDays: number | null;
  yellowSharePercent: number | null;
}

export const DEFAULT_THRESHOLDS: LightThresholds = { yellowDays: 1, yellowSharePercent: null };

export interface ClockFacts {
  /** The last day the duty can still be done on time (a deadline, a notice due date …). */
  dueOn: string;
  /** The working days the clock gives in all (limit plus extension); the base of a share threshold. */
  limitDays: number;
}

export interface LightReading {
  light: Light;
  /** Working days left after today up to the due date; 0 on the due date; negative once overdue. */
  remainingWorkingDays: number;
}

/** Working days before the due date from which the light is yellow (0: only on the due date itself). */
export function yellowWindow(limitDays: number, t: LightThresholds): number {
  if (t.yellowSharePercent !== null) return Math.ceil((t.yellowSharePercent * limitDays) / 100);
  return t.yellowDays ?? DEFAULT_THRESHOLDS.yellowDays!;
}

/**
 * The light of a clock on `today`: red once the due date has passed; yellow when no more than the
 * yellow window of working days is left after today; green otherwise. A pure function of the facts,
 * the day, the thresholds and the calendar, so it applies to cases, joint parts and tier parts alike.
 */
export function lightOf(facts: ClockFacts, today: string, t: LightThresholds, calendar: HolidayCalendar): LightReading {
  if (today > facts.dueOn) return { light: "RED", remainingWorkingDays: 0 - calendar.workingDaysBetween(facts.dueOn, today) };
  const remaining = calendar.workingDaysBetween(today, facts.dueOn);
  return { light: remaining <= yellowWindow(facts.limitDays, t) ? "YELLOW" : "GREEN", remainingWorkingDays: remaining };
}
