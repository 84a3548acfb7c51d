import { DomainError } from "@wuxi/service-kit";
import type { CentreContext } from "../context.ts";
import { CaseRepository, type CaseRecord } from "./case-repository.ts";

/**
 * 审批人待办: the cases awaiting the approver's department's decision, in every centre of the network
 * (a department decides for every tier that stations its items). Only department approvers have one;
 * the rows are those the approver may read anyway (canSee: the department handles the case or a part).
 */
export async function departmentQueue(ctx: CentreContext, first: number | null | undefined): Promise<CaseRecord[]> {
  const { actor } = ctx;
  if (actor.role !== "DEPARTMENT_APPROVER" || !actor.departmentId) {
    throw new DomainError("FORBIDDEN", "只有部门审批人员可以查看本部门的待决定办件");
  }
  const limit = Math.min(Math.max(first ?? 50, 1), 500);
  return new CaseRepository(ctx.db).departmentQueue(actor.departmentId, limit);
}
