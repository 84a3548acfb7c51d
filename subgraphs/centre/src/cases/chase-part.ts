import { DomainError } from "@wuxi/service-kit";
import type { CentreContext } from "../context.ts";
import { staffReminders } from "../tables.ts";
import { CaseRepository, type CaseRecord } from "./case-repository.ts";
import { withCase } from "./case-work.ts";
import { isOpenPart, PART_NAMES, type PartKind } from "./case-parts.ts";
import { requireCaseClerk } from "./guards.ts";
import { recordTransition } from "./history.ts";

/**
 * 督办: the lead window chases a part that is late or near its deadline: the part's window (or its
 * department's approvers) get a reminder with the lead window's words, and the history keeps it.
 */
export async function chasePart(ctx: CentreContext, partId: string, message: string): Promise<{ case: CaseRecord }> {
  const text = message.trim();
  if (!text || text.length > 500) throw new DomainError("MESSAGE_REQUIRED", "督办须写明内容(不超过500字)", "message");
  const found = await new CaseRepository(ctx.db).partById(partId);
  if (!found) throw new DomainError("PART_NOT_FOUND", `办件环节 ${partId} 不存在`, "partId");
  return withCase(ctx, found.caseId, async (w) => {
    requireCaseClerk(ctx.actor, w.c);
    const p = w.parts.find((x) => x.id === partId)!;
    if (!isOpenPart(p)) throw new DomainError("PART_CONCLUDED", "该环节已办结,无需督办", "partId");
    await w.tx.insert(staffReminders).values({
      caseId: w.c.id,
      partKey: p.id,
      kind: "CHASE",
      deadline: p.deadline ?? w.today,
      centreId: p.centreId,
      windowId: p.windowId,
      departmentId: p.departmentId,
      recipient: "HANDLER",
      message: `牵头窗口督办办件 ${w.c.caseNumber}「${w.c.itemName}」的${PART_NAMES[p.kind as PartKind]}:${text}`,
      createdOn: w.today,
    });
    await recordTransition(w.tx, { c: w.c, on: w.today, actor: ctx.actor, action: "CHASE", from: w.c.state, to: w.c.state, reason: text, data: { part: p.seq, department: p.departmentId } }, [], w.calendar);
    return { case: w.c };
  });
}
