import { DomainError } from "@wuxi/service-kit";
import type { CentreRecord } from "../centres/centre-repository.ts";
import type { CentreContext } from "../context.ts";

/** What an oversight query may read: a set of centres, and for a department approver one department. */
export interface OversightScope {
  /** The centre asked about and every centre below it, that centre first. */
  centreIds: string[];
  centres: CentreRecord[];
  departmentId: string | null;
}

/**
 * Tiers see down, never sideways: a supervisor or manager may ask about their own centre or one below
 * it, and sees that centre with everything below it; a department approver sees their department's
 * cases at any centre. Everybody else is refused. Enforced here, for every oversight read.
 */
export async function scopeOf(ctx: CentreContext, centreId: string): Promise<OversightScope> {
  const { actor } = ctx;
  const all = await ctx.centres.list({});
  const target = all.find((c) => c.id === centreId);
  if (!target) throw new DomainError("CENTRE_NOT_FOUND", `中心 ${centreId} 不存在`, "centreId");
  const below = subtree(all, centreId);
  if (actor.role === "SYSTEM") return { centreIds: below.map((c) => c.id), centres: below, departmentId: null };
  if (actor.role === "DEPARTMENT_APPROVER" && actor.departmentId) return { centreIds: below.map((c) => c.id), centres: below, departmentId: actor.departmentId };
  if ((actor.role === "SUPERVISOR" || actor.role === "CENTRE_MANAGER") && actor.centreId && subtree(all, actor.centreId).some((c) => c.id === centreId)) {
    return { centreIds: below.map((c) => c.id), centres: below, departmentId: null };
  }
  throw new DomainError("FORBIDDEN", "只能查看本中心及下级中心的监察信息");
}

/** A centre and every centre below it, the centre first, then by id. */
export function subtree(all: CentreRecord[], rootId: string): CentreRecord[] {
  const children = new Map<string, CentreRecord[]>();
  for (const c of all) if (c.parentId) children.set(c.parentId, [...(children.get(c.parentId) ?? []), c]);
  const out: CentreRecord[] = [];
  const visit = (id: string) => {
    const c = all.find((x) => x.id === id);
    if (!c) return;
    out.push(c);
    for (const child of (children.get(id) ?? []).sort((a, b) => a.id.localeCompare(b.id))) visit(child.id);
  };
  visit(rootId);
  return out;
}

/** Whether the actor supervises or manages this centre from the centre itself or a tier above. */
export function overseesCentre(ctx: CentreContext, all: CentreRecord[], centreId: string): boolean {
  const { actor } = ctx;
  if (actor.role !== "SUPERVISOR" && actor.role !== "CENTRE_MANAGER") return false;
  return Boolean(actor.centreId && subtree(all, actor.centreId).some((c) => c.id === centreId));
}
