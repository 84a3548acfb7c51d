import { type HolidayCalendar, PROVISIONAL_NOTE_ZH, yearsZh } from "@wuxi/calendar";
import type { Db } from "@wuxi/db";
import { eq } from "drizzle-orm";
import { caseParts } from "../tables.ts";
import { type Clock, clockOf } from "./case-clock.ts";
import type { CaseRecord, SuspensionRecord } from "./case-repository.ts";

export type PartRecord = typeof caseParts.$inferSelect;
export type PartKind = "JOINT_LEAD" | "JOINT_CO" | "REVIEW" | "DECISION";

/** A part still in someone's hands. */
export const OPEN_PART_STATES = ["OPEN", "SUSPENDED"];
export const isOpenPart = (p: Pick<PartRecord, "state">) => OPEN_PART_STATES.includes(p.state);
/** A department's part of a joint case (联办), as against a tier's part of an escalated one. */
export const isJointPart = (p: Pick<PartRecord, "kind"> | undefined) => p?.kind === "JOINT_LEAD" || p?.kind === "JOINT_CO";

export const PART_NAMES: Record<PartKind, string> = {
  JOINT_LEAD: "牵头部门环节",
  JOINT_CO: "协办部门环节",
  REVIEW: "初审环节",
  DECISION: "审批决定环节",
};

/** The key the deciding department records a part's decision under: P1, P2 … */
export const partKey = (p: Pick<PartRecord, "seq">) => `P${p.seq}`;

/**
 * A part's clock: from the day the part started (not counted), its limit in working days, its own
 * suspensions, and the case's extension where the extension covers the part (every part but the
 * preliminary review, whose Art. 43 limit is not extended by Art. 42).
 */
export function partClock(part: PartRecord, c: Pick<CaseRecord, "extensionDays">, suspensions: SuspensionRecord[], calendar: HolidayCalendar): Clock {
  const own = suspensions.filter((s) => s.partId === part.id);
  const clock = clockOf(
    { acceptedOn: part.startedOn, limitDays: part.limitDays, extensionDays: part.kind === "REVIEW" ? 0 : c.extensionDays, deemedAccepted: false },
    own,
    calendar,
  );
  return { ...clock, steps: [`${PART_NAMES[part.kind as PartKind]}自${part.startedOn}起计算,时限${part.limitDays}个工作日`, ...clock.steps.slice(1)] };
}

/**
 * The case's clock. A joint case (联办件) ends when its last part ends: its deadline is the latest of
 * its parts' deadlines, unknown while any part is suspended. Every other case counts from its
 * acceptance with all its suspensions (an escalated case's parts follow each other, so its tiers'
 * suspensions never overlap).
 */
export function caseClockOf(c: CaseRecord, parts: PartRecord[], suspensions: SuspensionRecord[], calendar: HolidayCalendar): Clock {
  if (c.handling !== "JOINT" || parts.length === 0) return clockOf(c, suspensions, calendar);
  const clocks = parts.map((p) => ({ part: p, clock: partClock(p, c, suspensions, calendar) }));
  const open = clocks.filter(({ part }) => part.state !== "CLOSED");
  const unknown = open.some(({ clock }) => clock.deadline === null);
  const deadline = unknown ? null : open.map(({ clock }) => clock.deadline!).sort().at(-1) ?? null;
  const provisionalYears = [...new Set(open.flatMap(({ clock }) => clock.provisionalYears))].sort();
  return {
    deadline,
    pausedWorkingDays: Math.max(0, ...clocks.map(({ clock }) => clock.pausedWorkingDays)),
    provisionalYears,
    steps: [
      `联办件:各部门环节并联办理,以最晚的环节期限为准(法定期限${c.statutoryDays}个工作日)`,
      ...clocks.map(({ part, clock }) => `${part.departmentId} ${PART_NAMES[part.kind as PartKind]}:${clock.deadline ?? "暂停计时中"}`),
      unknown ? "有环节处于特别程序中,期限待恢复计时后确定" : `办结期限:${deadline}${provisionalYears.length > 0 ? "(暂定)" : ""}`,
      ...(provisionalYears.length > 0 ? [`${yearsZh(provisionalYears)}节假日安排尚未载入:${PROVISIONAL_NOTE_ZH}`] : []),
    ],
  };
}

/** Recomputes every part's deadline from its facts and stores those that changed. */
export async function refreshPartDeadlines(tx: Db, c: CaseRecord, parts: PartRecord[], suspensions: SuspensionRecord[], calendar: HolidayCalendar): Promise<PartRecord[]> {
  const refreshed: PartRecord[] = [];
  for (const p of parts) {
    const deadline = partClock(p, c, suspensions, calendar).deadline;
    refreshed.push(deadline === p.deadline ? p : await updatePart(tx, p.id, { deadline }));
  }
  return refreshed;
}

/** Changes a part within the case's transaction. */
export async function updatePart(tx: Db, partId: string, changes: Partial<PartRecord>): Promise<PartRecord> {
  const [row] = await tx.update(caseParts).set(changes).where(eq(caseParts.id, partId)).returning();
  return row!;
}

export interface HolderRecord {
  centreId: string;
  windowId: string;
}

/** The part that holds an escalated case now (the open tier's part), if any. */
export function currentPart(parts: PartRecord[]): PartRecord | undefined {
  return parts.filter(isOpenPart).at(-1);
}

/**
 * Who holds the case now: the upper tier's window while its decision part is open or concluded
 * (it decides and issues the licence), else the accepting window.
 */
export function holdingWindowId(c: CaseRecord, parts: PartRecord[]): string {
  const decision = parts.find((p) => p.kind === "DECISION");
  return decision?.windowId && c.state !== "AWAITING_HANDOVER" && c.state !== "CONCLUDED" ? decision.windowId : c.windowId;
}
