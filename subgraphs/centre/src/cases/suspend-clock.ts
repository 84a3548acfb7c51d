import { DomainError } from "@wuxi/service-kit";
import type { CentreContext } from "../context.ts";
import { caseSuspensions } from "../tables.ts";
import { SPECIAL_PROCEDURE_NAMES } from "./case-clock.ts";
import type { CaseRecord, NoticeRecord } from "./case-repository.ts";
import { type CaseWork, saveWithClock, withCase } from "./case-work.ts";
import { currentPart, isJointPart, type PartRecord, updatePart } from "./case-parts.ts";
import { requireCaseClerk, requireHolder, requireState } from "./guards.ts";
import { recordTransition } from "./history.ts";
import { issueNotice, noticeBuilders } from "./notices.ts";

export interface SuspendInput {
  procedure: string;
  expectedDays: number;
  reason: string;
  /** The joint part whose clock stops (required for a 联办件). */
  partId?: string | null;
}

/**
 * 特别程序 (Art. 45): a hearing, inspection, testing, appraisal or expert review that the item
 * provides for stops the clock from today; the applicant is told how long it is expected to take.
 * In a joint case it stops one department's part (the case waits for its latest part); in an
 * escalated case it stops the tier holding the case, and the case with it.
 */
export async function suspendClock(ctx: CentreContext, caseId: string, input: SuspendInput): Promise<{ case: CaseRecord; notice: NoticeRecord }> {
  if (!Number.isInteger(input.expectedDays) || input.expectedDays < 1 || input.expectedDays > 250) {
    throw new DomainError("INVALID_EXPECTED_DAYS", "预计所需时间须为1到250个工作日", "expectedDays");
  }
  if (!input.reason.trim() || input.reason.length > 500) throw new DomainError("REASON_REQUIRED", "须写明特别程序的事由(不超过500字)", "reason");
  return withCase(ctx, caseId, async (w) => {
    const part = clockPart(ctx, w, input.partId, "OPEN");
    requireState(w.c, part?.kind === "DECISION" ? ["FORWARDED"] : ["ACCEPTED"], "暂停计时");
    if (!w.version.content.clockStoppingProcedures.includes(input.procedure as never)) {
      const allowed = w.version.content.clockStoppingProcedures.map((p) => SPECIAL_PROCEDURE_NAMES[p]).join("、") || "无";
      throw new DomainError("PROCEDURE_NOT_APPLICABLE", `该事项公布的特别程序为:${allowed},不能以其他程序暂停计时`, "procedure");
    }
    await w.tx.insert(caseSuspensions).values({ caseId: w.c.id, partId: part?.id ?? null, procedure: input.procedure, fromDate: w.today, expectedDays: input.expectedDays, reason: input.reason.trim() });
    if (part) await updatePart(w.tx, part.id, { state: "SUSPENDED" });
    const { c } = await saveWithClock(w, isJointPart(part) ? {} : { state: "SUSPENDED" });
    const procedure = SPECIAL_PROCEDURE_NAMES[input.procedure]!;
    await recordTransition(
      w.tx,
      { c, on: w.today, actor: ctx.actor, action: "SUSPEND", from: w.c.state, to: c.state, reason: input.reason.trim(), data: { procedure: input.procedure, expectedDays: input.expectedDays, part: part?.seq ?? null, department: part?.departmentId ?? null } },
      ctx.notificationChannels,
      w.calendar,
    );
    const notice = await issueNotice(w.tx, c, w.centre, "SUSPENSION", noticeBuilders.SUSPENSION(c, w.centre, w.version.content, { procedure, expectedDays: input.expectedDays, from: w.today, reason: input.reason.trim() }), w.today);
    return { case: c, notice };
  });
}

/**
 * The part whose clock a suspension or resumption concerns, with who may act on it: for a joint
 * case the named part, by the lead window or that part's department approver; for an escalated
 * case the tier holding it, by that tier's window; none for a case without parts (its own window).
 */
export function clockPart(ctx: CentreContext, w: CaseWork, partId: string | null | undefined, state: "OPEN" | "SUSPENDED"): PartRecord | undefined {
  const { actor } = ctx;
  if (w.c.handling === "JOINT" && w.parts.length > 0) {
    if (!partId) throw new DomainError("PART_REQUIRED", "联办件须指明暂停或恢复计时的部门环节", "partId");
    const part = w.parts.find((p) => p.id === partId);
    if (!part) throw new DomainError("PART_NOT_FOUND", `办件 ${w.c.caseNumber} 没有该环节`, "partId");
    const partApprover = actor.role === "DEPARTMENT_APPROVER" && actor.departmentId === part.departmentId;
    if (!partApprover) requireCaseClerk(actor, w.c);
    if (part.state !== state) throw new DomainError("WRONG_PART_STATE", state === "OPEN" ? "该环节不在办理中,不能暂停计时" : "该环节未处于暂停计时状态", "partId");
    return part;
  }
  const part = currentPart(w.parts);
  if (part) requireHolder(actor, w.c, w.parts);
  else requireCaseClerk(actor, w.c);
  return part;
}
