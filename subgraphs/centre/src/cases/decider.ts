import { DomainError } from "@wuxi/service-kit";
import type { CentreContext } from "../context.ts";
import { ReplicaRepository } from "../replica/replica-repository.ts";
import type { CaseDecision } from "../tables.ts";
import type { CaseRecord } from "./case-repository.ts";
import type { CaseWork } from "./case-work.ts";
import { recordViolation } from "./record-violation.ts";

/**
 * Who may decide a case (or a department's part of it): the deciding department's approvers, or the
 * window handling it where the item is stationed there with the authority to decide (窗口既受又理; the
 * competent tier's window for a forwarded case). A clerk deciding without that authority, or anyone
 * approving a cancelled item, is refused and the attempt recorded (责任追究).
 */
export async function requireDecider(
  ctx: CentreContext,
  c: CaseRecord,
  approving: boolean,
  at: { windowId: string; departmentId: string } = { windowId: c.windowId, departmentId: c.departmentId },
): Promise<void> {
  const { actor } = ctx;
  const departmentApprover = actor.role === "DEPARTMENT_APPROVER" && actor.departmentId === at.departmentId;
  const caseClerk = actor.role === "WINDOW_CLERK" && actor.windowId === at.windowId;
  if (!departmentApprover && !caseClerk) throw new DomainError("FORBIDDEN", "只有本部门审批人员或获授权的办理窗口可以作出决定");
  if (caseClerk) {
    const stationing = (await ctx.stationingsAtWindow.load(at.windowId)).find((s) => s.itemCode === c.itemCode);
    if (stationing?.authority !== "ACCEPT_AND_DECIDE" && stationing?.authority !== "DECIDE_ONLY") {
      await recordViolation(ctx.db, {
        on: ctx.today(),
        kind: "UNDELEGATED_DECISION",
        centreId: c.centreId,
        caseId: c.id,
        actor,
        evidence: { caseNumber: c.caseNumber, itemCode: c.itemCode, windowId: at.windowId, stationed: Boolean(stationing), authority: stationing?.authority ?? null },
      });
      throw new DomainError(
        stationing ? "DECISION_NOT_DELEGATED" : "ITEM_NOT_STATIONED",
        stationing ? "本窗口对该事项只有受理权,决定须由部门审批人员作出" : "该事项已不在本窗口进驻,不能作出决定",
        "caseId",
      );
    }
  }
  if (approving && (await new ReplicaRepository(ctx.db).standing(c.itemCode, ctx.today())) === "CANCELLED") {
    await recordViolation(ctx.db, {
      on: ctx.today(),
      kind: "DECISION_ON_CANCELLED_ITEM",
      centreId: c.centreId,
      caseId: c.id,
      actor,
      evidence: { caseNumber: c.caseNumber, itemCode: c.itemCode, itemVersion: c.itemVersion },
    });
    throw new DomainError("ITEM_CANCELLED", `事项 ${c.itemCode} 已被取消,不得再予审批`, "caseId");
  }
}

/**
 * Asks the deciding department's subgraph to record its decision on the case (or on one part of a
 * joint case, under the part's key), as the calling actor, today. Never called under the case's row
 * lock: the department's record is keyed by case and part and refuses a different outcome, so the
 * call can be repeated safely and the two records can never disagree.
 */
export function recordDepartmentDecision(
  ctx: CentreContext,
  w: Pick<CaseWork, "c" | "today" | "version">,
  decision: { outcome: "APPROVED" | "REFUSED"; reasons: string | null; departmentId?: string; part?: string },
): Promise<CaseDecision> {
  return ctx.departmentsApi.recordDecision(decision.departmentId ?? w.c.departmentId, {
    caseId: w.c.id,
    caseNumber: w.c.caseNumber,
    centreId: w.c.centreId,
    itemCode: w.c.itemCode,
    itemVersion: w.c.itemVersion,
    outcome: decision.outcome,
    reasons: decision.reasons,
    decidedBy: ctx.actor.id,
    decidedOn: w.today,
    part: decision.part ?? null,
    legalBasis: w.version.content.legalBasis,
  });
}

/**
 * Art. 38: a refusal states its reasons. An attempt without them is refused, and the supervision
 * point sees it was made (责任追究).
 */
export async function requireRefusalReasons(ctx: CentreContext, c: CaseRecord, outcome: string, reasons: string | null): Promise<void> {
  if (outcome !== "REFUSED" || reasons) return;
  await recordViolation(ctx.db, { on: ctx.today(), kind: "REFUSAL_WITHOUT_REASONS", centreId: c.centreId, caseId: c.id, actor: ctx.actor, evidence: { caseNumber: c.caseNumber, state: c.state } });
  throw new DomainError("REASONS_REQUIRED", "不予许可决定必须说明理由(《行政许可法》第三十八条)", "reasons");
}
