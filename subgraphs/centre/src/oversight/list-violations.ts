import { and, desc, eq, inArray } from "drizzle-orm";
import type { CentreContext } from "../context.ts";
import { cases, violations } from "../tables.ts";
import { scopeOf } from "./scope.ts";

export type ViolationRecord = typeof violations.$inferSelect;

/**
 * 行政监察点: the violations of a centre and the centres below it, newest first; a department approver
 * sees those on its own department's cases.
 */
export async function listViolations(ctx: CentreContext, args: { centreId: string; kind?: string | null; first?: number | null }): Promise<ViolationRecord[]> {
  const scope = await scopeOf(ctx, args.centreId);
  return ctx.db
    .select()
    .from(violations)
    .where(
      and(
        inArray(violations.centreId, scope.centreIds),
        args.kind ? eq(violations.kind, args.kind) : undefined,
        scope.departmentId ? inArray(violations.caseId, ctx.db.select({ id: cases.id }).from(cases).where(eq(cases.departmentId, scope.departmentId))) : undefined,
      ),
    )
    .orderBy(desc(violations.detectedAt), desc(violations.id))
    .limit(Math.min(Math.max(args.first ?? 100, 1), 1000));
}

