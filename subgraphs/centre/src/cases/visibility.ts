import type { Actor } from "@wuxi/identity";
import type { CentreContext } from "../context.ts";
import { ancestorsOf } from "../guide/ancestors.ts";
import type { CaseRecord } from "./case-repository.ts";
import type { PartRecord } from "./case-parts.ts";

/** The centres a case passed through: where it was accepted and where its parts are handled. */
const pathOf = (c: CaseRecord, parts: PartRecord[]) => new Set([c.centreId, ...parts.map((p) => p.centreId)]);
const departmentsOf = (c: CaseRecord, parts: PartRecord[]) => new Set([c.departmentId, ...parts.map((p) => p.departmentId)]);

/**
 * Who sees a case: the staff of every centre on its path (the accepting one, and the tier it was
 * forwarded to), the approvers of each department that handles it (the deciding one, and a joint
 * case's co-departments), its agent, and the supervisors and managers of a centre on its path or
 * above one; never a sibling centre.
 */
export async function canSee(ctx: CentreContext, c: CaseRecord): Promise<boolean> {
  const { actor } = ctx;
  if (actor.role === "SYSTEM") return true;
  if (actor.role === "AGENT") return c.agentId === actor.id;
  const parts = await ctx.partsOf.load(c.id);
  if (actor.role === "DEPARTMENT_APPROVER") return departmentsOf(c, parts).has(actor.departmentId ?? "");
  if (!actor.centreId) return false;
  const path = pathOf(c, parts);
  if (path.has(actor.centreId)) return true;
  if (actor.role === "SUPERVISOR" || actor.role === "CENTRE_MANAGER") {
    for (const id of path) {
      const centre = await ctx.centreById.load(id);
      if (centre && (await ancestorsOf(ctx, centre)).some((a) => a.id === actor.centreId)) return true;
    }
  }
  return false;
}

/** The windows that handle a case: the accepting one and those of its parts (a forwarded tier's). */
const windowsOf = (c: CaseRecord, parts: PartRecord[]) => new Set([c.windowId, ...parts.map((p) => p.windowId).filter((w): w is string => Boolean(w))]);

/**
 * Who needs the applicant's identifiers in full (PIPL art. 6, the minimum necessary): the clerks of
 * a window handling the case, the approvers of a department deciding it, and its agent. A clerk at
 * another window of the same centre sees them masked.
 */
export function needsPersonalData(actor: Actor, c: CaseRecord, parts: PartRecord[]): boolean {
  return (
    (actor.role === "WINDOW_CLERK" && pathOf(c, parts).has(actor.centreId ?? "") && windowsOf(c, parts).has(actor.windowId ?? "")) ||
    (actor.role === "DEPARTMENT_APPROVER" && departmentsOf(c, parts).has(actor.departmentId ?? "")) ||
    (actor.role === "AGENT" && actor.id === c.agentId)
  );
}
