import { DomainError } from "@wuxi/service-kit";
import type { CentreContext } from "../context.ts";
import { CaseRepository, type CaseRecord, type NoticeRecord } from "./case-repository.ts";
import { saveWithClock, withCase } from "./case-work.ts";
import { isJointPart, isOpenPart, partKey, updatePart } from "./case-parts.ts";
import { recordDepartmentDecision, requireDecider, requireRefusalReasons } from "./decider.ts";
import { notFound, requireState } from "./guards.ts";
import { recordTransition } from "./history.ts";
import { issueNotice, noticeBuilders } from "./notices.ts";
import { versionOf } from "./issue-licence.ts";

export interface PartDecisionInput {
  outcome: "APPROVED" | "REFUSED";
  reasons?: string | null;
}

/**
 * 联合办理: one department decides its part of a joint case; its subgraph keeps the record under the
 * part's key. A refusal by any part ends the whole case as refused, with that department's reasons
 * (Art. 38); the other open parts are closed. Approvals wait for the lead window to conclude.
 */
export async function decidePart(ctx: CentreContext, partId: string, input: PartDecisionInput): Promise<{ case: CaseRecord; notice: NoticeRecord | null }> {
  const reasons = input.reasons?.trim() || null;
  if (reasons && reasons.length > 2000) throw new DomainError("REASONS_TOO_LONG", "决定理由不能超过2000字", "reasons");
  const repo = new CaseRepository(ctx.db);
  const part = await repo.partById(partId);
  if (!part) throw new DomainError("PART_NOT_FOUND", `办件环节 ${partId} 不存在`, "partId");
  if (!isJointPart(part)) throw new DomainError("NOT_A_JOINT_PART", "上报件由有权的上级中心对办件作出决定,不按环节决定", "partId");
  const { actor } = ctx;
  if (actor.role === "DEPARTMENT_APPROVER" && actor.departmentId !== part.departmentId) {
    throw new DomainError("PART_NOT_YOURS", `该环节由${departmentName(ctx, part.departmentId)}办理,本部门不能作出决定`, "partId");
  }
  const current = (await repo.byId(part.caseId)) ?? null;
  if (!current) throw notFound(part.caseId);
  await requireDecider(ctx, current, input.outcome === "APPROVED", { windowId: part.windowId ?? current.windowId, departmentId: part.departmentId });
  await requireRefusalReasons(ctx, current, input.outcome, reasons);

  // Everything that can fail is checked before the department is asked; it is asked outside the
  // case's transaction, and its record (keyed by case and part) refuses a different outcome.
  requireState(current, ["ACCEPTED"], "作出环节决定");
  if (part.state === "SUSPENDED") throw new DomainError("PART_SUSPENDED", "该环节处于特别程序中,恢复计时后再作决定", "partId");
  if (part.state !== "OPEN") throw new DomainError("PART_CONCLUDED", "该环节已作出决定", "partId");
  const version = await versionOf(ctx, current);
  const decision = await recordDepartmentDecision(ctx, { c: current, today: ctx.today(), version }, { outcome: input.outcome, reasons, departmentId: part.departmentId, part: partKey(part) });

  return withCase(ctx, part.caseId, async (w) => {
    const locked = w.parts.find((p) => p.id === partId)!;
    // A retry that raced another attempt: the part already carries this very decision.
    if (locked.decision?.number === decision.number) return { case: w.c, notice: null };
    requireState(w.c, ["ACCEPTED"], "作出环节决定");
    if (locked.state === "SUSPENDED") throw new DomainError("PART_SUSPENDED", "该环节处于特别程序中,恢复计时后再作决定", "partId");
    if (locked.state !== "OPEN") throw new DomainError("PART_CONCLUDED", "该环节已作出决定", "partId");
    await updatePart(w.tx, locked.id, {
      state: input.outcome,
      concludedOn: w.today,
      late: locked.deadline !== null && w.today > locked.deadline,
      handlerId: actor.id,
      opinion: reasons,
      decision,
    });
    const department = departmentName(ctx, locked.departmentId);
    if (decision.outcome === "APPROVED") {
      const { c } = await saveWithClock(w, {});
      await recordTransition(w.tx, { c, on: w.today, actor, action: "APPROVE_PART", from: c.state, to: c.state, data: { part: locked.seq, department: locked.departmentId, decisionNumber: decision.number } }, ctx.notificationChannels, w.calendar);
      return { case: c, notice: null };
    }
    for (const other of w.parts.filter((p) => p.id !== locked.id && isOpenPart(p))) {
      await updatePart(w.tx, other.id, { state: "CLOSED", concludedOn: w.today });
    }
    const refusalReasons = `${department}审查认为:${reasons}`;
    const { c } = await saveWithClock(w, {
      state: "REFUSED",
      outcome: "REFUSED",
      decidedOn: decision.decidedOn,
      decision: { ...decision, reasons: refusalReasons },
      concludedOn: w.today,
    });
    await recordTransition(w.tx, { c, on: w.today, actor, action: "REFUSE", from: "ACCEPTED", to: "REFUSED", reason: refusalReasons, data: { part: locked.seq, department: locked.departmentId, decisionNumber: decision.number } }, ctx.notificationChannels, w.calendar);
    const notice = await issueNotice(
      w.tx,
      c,
      w.centre,
      "REFUSAL_DECISION",
      noticeBuilders.REFUSAL_DECISION(c, w.centre, w.version.content, { decisionNumber: decision.number, reasons: refusalReasons, legalBasis: decision.legalBasis || w.version.content.legalBasis, decidedOn: decision.decidedOn }),
      w.today,
    );
    return { case: c, notice };
  });
}

export function departmentName(ctx: Pick<CentreContext, "departments">, departmentId: string): string {
  return ctx.departments.find((d) => d.id === departmentId)?.name ?? departmentId;
}
