import { DomainError } from "@wuxi/service-kit";
import { and, eq, isNull } from "drizzle-orm";
import type { CentreContext } from "../context.ts";
import { caseSuspensions } from "../tables.ts";
import type { CaseRecord } from "./case-repository.ts";
import { saveWithClock, withCase } from "./case-work.ts";
import { requireCaseClerk } from "./guards.ts";
import { recordTransition } from "./history.ts";

/** 恢复计时: the special procedure ended today; counting restarts the next working day. */
export async function resumeClock(ctx: CentreContext, caseId: string): Promise<{ case: CaseRecord }> {
  return withCase(ctx, caseId, async (w) => {
    requireCaseClerk(ctx.actor, w.c);
    if (w.c.state !== "SUSPENDED") throw new DomainError("NOT_SUSPENDED", "办件未处于暂停计时状态,无需恢复", "caseId");
    await w.tx
      .update(caseSuspensions)
      .set({ toDate: w.today })
      .where(and(eq(caseSuspensions.caseId, w.c.id), isNull(caseSuspensions.toDate)));
    const { c, clock } = await saveWithClock(w, { state: "ACCEPTED" });
    await recordTransition(w.tx, { c, on: w.today, actor: ctx.actor, action: "RESUME", from: "SUSPENDED", to: "ACCEPTED", data: { deadline: clock.deadline } }, ctx.notificationChannels, w.calendar);
    return { case: c };
  });
}
