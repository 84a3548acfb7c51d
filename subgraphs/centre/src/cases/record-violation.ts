import type { Db } from "@wuxi/db";
import type { Actor } from "@wuxi/identity";
import { violations } from "../tables.ts";

export type ViolationKind =
  | "ADDED_CONDITION"
  | "DECISION_ON_CANCELLED_ITEM"
  | "UNDELEGATED_DECISION"
  | "LATE_FORWARD"
  | "FEE_OUTSIDE_STANDARD";

/**
 * 责任追究: records what the system caught, with its evidence, in its own transaction, so that a
 * refused attempt still leaves its trace for the supervision point.
 */
export async function recordViolation(
  db: Db,
  v: { kind: ViolationKind; centreId: string; caseId?: string | null; actor: Actor; evidence: Record<string, unknown> },
): Promise<void> {
  await db.insert(violations).values({
    kind: v.kind,
    centreId: v.centreId,
    caseId: v.caseId ?? null,
    actorId: v.actor.id,
    actorRole: v.actor.role,
    windowId: v.actor.windowId ?? null,
    evidence: v.evidence,
  });
}
