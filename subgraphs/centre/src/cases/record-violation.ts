import type { Db } from "@wuxi/db";
import type { Actor } from "@wuxi/identity";
import { civilDateOf } from "@wuxi/calendar";
import { bumpStats } from "../oversight/stats.ts";
import { eq } from "drizzle-orm";
import { cases, violations } from "../tables.ts";

export type ViolationKind =
  | "ADDED_CONDITION"
  | "DECISION_ON_CANCELLED_ITEM"
  | "UNDELEGATED_DECISION"
  | "LATE_FORWARD"
  | "FEE_OUTSIDE_STANDARD"
  | "CONCLUDED_LATE"
  | "REFUSAL_WITHOUT_REASONS";

/**
 * 责任追究: records what the system caught, with its evidence, in its own transaction, so that a
 * refused attempt still leaves its trace for the supervision point (a savepoint when the caller is
 * already in one), and counted in the month's roll-up with it.
 */
export async function recordViolation(
  db: Db,
  v: { kind: ViolationKind; centreId: string; caseId?: string | null; actor: Actor; evidence: Record<string, unknown>; on?: string; departmentId?: string | null; windowId?: string | null },
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.insert(violations).values({
      kind: v.kind,
      centreId: v.centreId,
      caseId: v.caseId ?? null,
      actorId: v.actor.id,
      actorRole: v.actor.role,
      windowId: v.windowId ?? v.actor.windowId ?? null,
      evidence: v.evidence,
    });
    // Counted under the case's department, so department bulletins see their violations.
    const departmentId = v.departmentId ?? (v.caseId ? (await tx.select({ d: cases.departmentId }).from(cases).where(eq(cases.id, v.caseId)))[0]?.d : null);
    await bumpStats(tx, { on: v.on ?? civilDateOf(new Date()), centreId: v.centreId, departmentId, windowId: v.windowId ?? v.actor.windowId }, { violations: 1 });
  });
}
