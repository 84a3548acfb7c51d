import { DomainError } from "@wuxi/service-kit";
import type { CentreContext } from "../context.ts";
import { ReplicaRepository } from "../replica/replica-repository.ts";
import type { CaseRecord } from "./case-repository.ts";
import { recordViolation } from "./record-violation.ts";

/**
 * Who may decide a case: the deciding department's approvers, or the accepting window itself where
 * the item is stationed there with the authority to decide (窗口既受又理). A clerk deciding without
 * that authority, or anyone approving a cancelled item, is refused and the attempt recorded (责任追究).
 */
export async function requireDecider(ctx: CentreContext, c: CaseRecord, approving: boolean): Promise<void> {
  const { actor } = ctx;
  const departmentApprover = actor.role === "DEPARTMENT_APPROVER" && actor.departmentId === c.departmentId;
  const caseClerk = actor.role === "WINDOW_CLERK" && actor.windowId === c.windowId;
  if (!departmentApprover && !caseClerk) throw new DomainError("FORBIDDEN", "只有本部门审批人员或获授权的受理窗口可以作出决定");
  if (caseClerk) {
    const stationing = (await ctx.stationingsAtWindow.load(c.windowId)).find((s) => s.itemCode === c.itemCode);
    if (stationing?.authority !== "ACCEPT_AND_DECIDE") {
      await recordViolation(ctx.db, {
        on: ctx.today(),
        kind: "UNDELEGATED_DECISION",
        centreId: c.centreId,
        caseId: c.id,
        actor,
        evidence: { caseNumber: c.caseNumber, itemCode: c.itemCode, windowId: c.windowId, stationed: Boolean(stationing), authority: stationing?.authority ?? null },
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
