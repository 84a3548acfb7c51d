import type { Actor } from "@wuxi/identity";
import type { CentreContext } from "../context.ts";
import { ancestorsOf } from "../guide/ancestors.ts";
import type { CaseRecord } from "./case-repository.ts";

/**
 * Who sees a case: the staff of its centre, the deciding department's approvers, its agent, and the
 * supervisors and managers of its centre and the tiers above it; never a sibling centre.
 */
export async function canSee(ctx: CentreContext, c: CaseRecord): Promise<boolean> {
  const { actor } = ctx;
  if (actor.role === "SYSTEM") return true;
  if (actor.role === "DEPARTMENT_APPROVER") return actor.departmentId === c.departmentId;
  if (actor.role === "AGENT") return c.agentId === actor.id;
  if (!actor.centreId) return false;
  if (actor.centreId === c.centreId) return true;
  if (actor.role === "SUPERVISOR" || actor.role === "CENTRE_MANAGER") {
    const centre = await ctx.centreById.load(c.centreId);
    return Boolean(centre && (await ancestorsOf(ctx, centre)).some((a) => a.id === actor.centreId));
  }
  return false;
}

/** Who needs the applicant's identifiers in full: those who handle or decide the case. */
export function needsPersonalData(actor: Actor, c: CaseRecord): boolean {
  return (
    (actor.role === "WINDOW_CLERK" && actor.centreId === c.centreId) ||
    (actor.role === "DEPARTMENT_APPROVER" && actor.departmentId === c.departmentId) ||
    (actor.role === "AGENT" && actor.id === c.agentId)
  );
}
