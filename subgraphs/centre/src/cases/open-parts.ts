import { randomUUID } from "node:crypto";
import { REVIEW_DAYS_MAX } from "@wuxi/catalogue";
import { and, eq } from "drizzle-orm";
import { TIER_RANK, type Tier } from "../guide/guide.ts";
import { caseParts, windows } from "../tables.ts";
import type { CaseWork } from "./case-work.ts";

/**
 * On acceptance, the parts the case is handled in:
 * - 联办件: one part for the lead department at the accepting window and one for each co-department
 *   (at its window in the same centre, where the centre has one), each with the case's limit, from
 *   the day of acceptance;
 * - 上报件 accepted below the deciding tier: the accepting centre's preliminary review (初审), within
 *   the item's review limit (Art. 43: at most 20 working days). The decision part opens on forwarding.
 * Deadlines are filled in by saveWithClock with the rest of the clock.
 */
export async function openParts(w: CaseWork, acceptedOn: string): Promise<void> {
  const { c, tx, version } = w;
  if (w.parts.length > 0) return;
  const base = { caseId: c.id, caseCentreId: c.centreId, state: "OPEN", startedOn: acceptedOn };
  if (c.handling === "JOINT") {
    const departmentWindows = await tx
      .select()
      .from(windows)
      .where(and(eq(windows.centreId, c.centreId), eq(windows.kind, "DEPARTMENT")));
    await tx.insert(caseParts).values([
      { ...base, id: randomUUID(), seq: 1, kind: "JOINT_LEAD", centreId: c.centreId, windowId: c.windowId, departmentId: c.departmentId, limitDays: c.limitDays },
      ...version.content.coDepartments.map((departmentId, i) => ({
        ...base,
        id: randomUUID(),
        seq: i + 2,
        kind: "JOINT_CO",
        centreId: c.centreId,
        windowId: departmentWindows.find((win) => win.departmentId === departmentId)?.id ?? null,
        departmentId,
        limitDays: c.limitDays,
      })),
    ]);
  }
  if (c.handling === "ESCALATED" && TIER_RANK[version.content.decidingTier] < TIER_RANK[w.centre.tier as Tier]) {
    const reviewDays = Math.min(version.content.reviewDays ?? REVIEW_DAYS_MAX, REVIEW_DAYS_MAX, c.limitDays);
    await tx.insert(caseParts).values({ ...base, id: randomUUID(), seq: 1, kind: "REVIEW", centreId: c.centreId, windowId: c.windowId, departmentId: c.departmentId, limitDays: reviewDays });
  }
}
