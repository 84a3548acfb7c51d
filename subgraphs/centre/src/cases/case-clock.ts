import { deadlineWithPauses, type HolidayCalendar } from "@wuxi/calendar";
import type { CaseRecord, SuspensionRecord } from "./case-repository.ts";

export const SPECIAL_PROCEDURE_NAMES: Record<string, string> = {
  HEARING: "听证",
  TENDERING: "招标",
  AUCTION: "拍卖",
  INSPECTION: "检验",
  TESTING: "检测",
  QUARANTINE: "检疫",
  APPRAISAL: "鉴定",
  EXPERT_REVIEW: "专家评审",
};

/** Art. 42: one extension of at most 10 working days (15 for joint handling, Art. 42 para. 2). */
export function extensionBound(handling: string): number {
  return handling === "JOINT" ? 15 : 10;
}

export interface Clock {
  deadline: string | null;
  pausedWorkingDays: number;
  /**
   * The years counted provisionally (their State Council arrangement not loaded yet): the deadline
   * may still move when a city centre manager loads them (loadHolidayYear recomputes it).
   */
  provisionalYears: number[];
  /** How the deadline was reached, one line per step, in Chinese. */
  steps: string[];
}

/**
 * The case's deadline, recomputed from its facts: acceptance day (not counted), its limit in working
 * days, every suspension (not counted, Art. 45) and the extension (Art. 42), by the holiday calendar.
 */
export function clockOf(
  c: Pick<CaseRecord, "acceptedOn" | "limitDays" | "extensionDays" | "deemedAccepted">,
  suspensions: Pick<SuspensionRecord, "fromDate" | "toDate" | "procedure">[],
  calendar: HolidayCalendar,
): Clock {
  if (!c.acceptedOn) return { deadline: null, pausedWorkingDays: 0, provisionalYears: [], steps: ["尚未受理,不计时"] };
  const result = deadlineWithPauses(
    {
      start: c.acceptedOn,
      workingDays: c.limitDays,
      extensionDays: c.extensionDays,
      pauses: suspensions.map((s) => ({ from: s.fromDate, to: s.toDate, reason: SPECIAL_PROCEDURE_NAMES[s.procedure] ?? s.procedure })),
    },
    calendar,
  );
  const steps = c.deemedAccepted ? ["未在收到材料之日起5个工作日内一次性告知,自收到材料之日起即为受理(《行政许可法》第三十二条)", ...result.steps] : result.steps;
  return { deadline: result.deadline, pausedWorkingDays: result.pausedWorkingDays, provisionalYears: result.provisionalYears, steps };
}

/**
 * The clock as the Case type shows it. What a queue row shows (the deadline, the limits) is read
 * from what was stored when the clock last changed (saveWithClock writes `cases.deadline` from the
 * same computation); the walk over the calendar for the steps and the paused days runs only when
 * a caller asks for them, once per clock. Whether the deadline rests on a provisional year comes
 * from the same walk.
 */
export interface CaseClockView {
  deadline: string | null;
  limitDays: number;
  statutoryDays: number;
  extensionDays: number;
  suspended: () => Promise<boolean>;
  computed: () => Promise<Clock>;
}

/** A function that runs its body at most once and hands every caller the same promise. */
export function once<T>(f: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => (result ??= f());
}
