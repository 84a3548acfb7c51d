import { DomainError } from "@wuxi/service-kit";
import { and, eq, isNull } from "drizzle-orm";
import type { CentreContext } from "../context.ts";
import { caseSuspensions } from "../tables.ts";
import type { CaseRecord } from "./case-repository.ts";
import { saveWithClock, withCase } from "./case-work.ts";
import { isJointPart, updatePart } from "./case-parts.ts";
import { recordTransition } from "./history.ts";
import { clockPart } from "./suspend-clock.ts";

/** 恢复计时: the special procedure ended today; counting restarts the next working day. */
export async function resumeClock(ctx: CentreContext, caseId: string, partId?: string | null): Promise<{ case: CaseRecord }> {
  return withCase(ctx, caseId, async (w) => {
    const part = clockPart(ctx, w, partId, "SUSPENDED");
    const joint = isJointPart(part);
    if (!joint && w.c.state !== "SUSPENDED") throw new DomainError("NOT_SUSPENDED", "办件未处于暂停计时状态,无需恢复", "caseId");
    await w.tx
      .update(caseSuspensions)
      .set({ toDate: w.today })
      .where(and(eq(caseSuspensions.caseId, w.c.id), isNull(caseSuspensions.toDate), part ? eq(caseSuspensions.partId, part.id) : undefined));
    if (part) await updatePart(w.tx, part.id, { state: "OPEN" });
    const state = joint ? w.c.state : part?.kind === "DECISION" ? "FORWARDED" : "ACCEPTED";
    const { c, clock } = await saveWithClock(w, { state });
    await recordTransition(w.tx, { c, on: w.today, actor: ctx.actor, action: "RESUME", from: w.c.state, to: c.state, data: { deadline: clock.deadline, part: part?.seq ?? null } }, ctx.notificationChannels, w.calendar);
    return { case: c };
  });
}
