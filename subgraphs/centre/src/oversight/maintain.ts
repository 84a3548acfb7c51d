import type { HolidayCalendar } from "@wuxi/calendar";
import type { Db } from "@wuxi/db";
import { eq } from "drizzle-orm";
import type { CaseRecord } from "../cases/case-repository.ts";
import type { Transition } from "../cases/history.ts";
import { recordViolation } from "../cases/record-violation.ts";
import { noticeDueOn, NOTICE_DAYS } from "../cases/review.ts";
import { clockWatches } from "./tables.ts";
import { caseParts } from "../tables.ts";
import { isOpenPart, partKey } from "../cases/case-parts.ts";

/** Art. 44: working days from the decision to the licence (the same figure as decide-case.ts). */
const LICENCE_DAYS = 10;

/**
 * What oversight keeps of one transition, in the transition's own transaction (called by
 * recordTransition): the case's running clocks for the lights (rows of this case only, so nothing
 * shared is locked), and a late decision as a violation (rare, and a record of its own). The
 * month's roll-up for bulletins and rankings is folded in afterwards from the history by the
 * projector (projections/project-oversight-stats.ts): its row was shared by every intake at a window.
 */
export async function maintainOversight(tx: Db, t: Transition, calendar: HolidayCalendar): Promise<void> {
  await watchClocks(tx, t.c, calendar);
  const { c } = t;
  if ((t.from === "ACCEPTED" || t.from === "FORWARDED") && (t.to === "APPROVED" || t.to === "REFUSED" || t.to === "CONCLUDED") && c.decidedOn) {
    await recordLateDecision(tx, t, calendar);
  }
}

/** The working days used, pauses excluded: the clock's total less what was left at the decision. */
export function usedWorkingDays(c: Pick<CaseRecord, "limitDays" | "extensionDays" | "deadline" | "decidedOn">, calendar: HolidayCalendar): number {
  const promised = c.limitDays + c.extensionDays;
  if (!c.deadline || !c.decidedOn) return promised;
  return c.decidedOn <= c.deadline ? promised - calendar.workingDaysBetween(c.decidedOn, c.deadline) : promised + calendar.workingDaysBetween(c.deadline, c.decidedOn);
}

async function recordLateDecision(tx: Db, t: Transition, calendar: HolidayCalendar): Promise<void> {
  const { c } = t;
  const late = c.deadline !== null && c.decidedOn! > c.deadline;
  if (late) {
    // 限时办结制: a decision past the deadline is a violation of the case's time limit, found by the
    // system at the decision itself; a case is decided once, so it is recorded once.
    await recordViolation(tx, {
      kind: "CONCLUDED_LATE",
      centreId: c.centreId,
      caseId: c.id,
      actor: t.actor,
      on: c.decidedOn!,
      departmentId: c.departmentId,
      // The case's window answers for its clock, whoever took the late decision.
      windowId: c.windowId,
      evidence: {
        caseNumber: c.caseNumber,
        deadline: c.deadline,
        decidedOn: c.decidedOn,
        overdueWorkingDays: calendar.workingDaysBetween(c.deadline!, c.decidedOn!),
        people: [...new Set([c.clerkId, t.actor.id])],
      },
    });
  }
}

/**
 * Rewrites the case's clocks from its state and its parts' (the lights read these rows): the case's
 * own (part ''), and each open part's under its key (P1, P2 …) at the centre and window handling it —
 * a joint department's deadline, an escalated case's preliminary review against the Art. 43
 * forwarding limit (FORWARD), and the upper tier's decision.
 */
export async function watchClocks(tx: Db, c: CaseRecord, calendar: HolidayCalendar): Promise<void> {
  await tx.delete(clockWatches).where(eq(clockWatches.caseId, c.id));
  const parts = await tx.select().from(caseParts).where(eq(caseParts.caseId, c.id));
  const base = { caseId: c.id, part: "", centreId: c.centreId, departmentId: c.departmentId, windowId: c.windowId };
  const atWindow = { holderKind: "WINDOW", holderId: c.clerkId };
  const rows: (typeof clockWatches.$inferInsert)[] = [];
  if (c.state === "RECEIVED") rows.push({ ...base, ...atWindow, kind: "NOTICE", dueOn: noticeDueOn(c.receivedOn, calendar), limitDays: NOTICE_DAYS });
  if ((c.state === "ACCEPTED" || c.state === "FORWARDED") && c.deadline) rows.push({ ...base, ...atWindow, kind: "DEADLINE", dueOn: c.deadline, limitDays: c.limitDays + c.extensionDays });
  if ((c.state === "APPROVED" || c.state === "AWAITING_HANDOVER") && c.licenceDue) {
    rows.push({ ...base, holderKind: "DEPARTMENT", holderId: c.departmentId, kind: "LICENCE", dueOn: c.licenceDue, limitDays: LICENCE_DAYS });
  }
  for (const p of parts.filter((p) => isOpenPart(p) && p.deadline)) {
    rows.push({
      caseId: c.id,
      part: partKey(p),
      kind: p.kind === "REVIEW" ? "FORWARD" : "DEADLINE",
      centreId: p.centreId,
      departmentId: p.departmentId,
      windowId: p.windowId ?? c.windowId,
      dueOn: p.deadline!,
      limitDays: p.limitDays,
      // A part is held by its window, or by its department's approvers where the centre has no window for it.
      holderKind: p.windowId ? "WINDOW" : "DEPARTMENT",
      holderId: p.windowId ?? p.departmentId,
    });
  }
  if (rows.length) await tx.insert(clockWatches).values(rows);
}
