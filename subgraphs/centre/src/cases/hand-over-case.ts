import type { CentreContext } from "../context.ts";
import type { CaseRecord } from "./case-repository.ts";
import { saveWithClock, withCase } from "./case-work.ts";
import { requireCaseClerk, requireState } from "./guards.ts";
import { recordTransition } from "./history.ts";

/**
 * 送达: the licence of an escalated case, issued by the tier above, is handed over at the window
 * where the applicant came in, and the case is concluded. Past the Art. 44 delivery date the
 * history says so.
 */
export async function handOverCase(ctx: CentreContext, caseId: string): Promise<{ case: CaseRecord }> {
  return withCase(ctx, caseId, async (w) => {
    requireCaseClerk(ctx.actor, w.c);
    requireState(w.c, ["AWAITING_HANDOVER"], "送达证照");
    const late = w.c.licenceDue !== null && w.today > w.c.licenceDue;
    const { c } = await saveWithClock(w, { state: "CONCLUDED", concludedOn: w.today });
    await recordTransition(w.tx, { c, on: w.today, actor: ctx.actor, action: "HAND_OVER", from: "AWAITING_HANDOVER", to: "CONCLUDED", data: { licenceNumber: c.licence?.number, due: w.c.licenceDue, late } }, ctx.notificationChannels, w.calendar);
    return { case: c };
  });
}
