import { DomainError } from "@wuxi/service-kit";
import type { CentreContext } from "../context.ts";
import type { MaterialCheck } from "../tables.ts";
import { saveWithClock, withCase } from "./case-work.ts";
import { requireCaseClerk, requireState } from "./guards.ts";
import { recordTransition } from "./history.ts";
import type { IntakeResult } from "./intake-case.ts";
import { accept } from "./review.ts";

export interface SupplementInput {
  name: string;
  status: "PROVIDED" | "MISSING" | "DEFECTIVE";
  note?: string | null;
}

/**
 * 补正: the applicant brings what the one-time notice listed. Only what the notice listed may be
 * asked for (一次性告知: nothing new can be demanded afterwards). Complete: accepted today.
 */
export async function supplementMaterials(ctx: CentreContext, caseId: string, supplied: SupplementInput[]): Promise<IntakeResult> {
  return withCase(ctx, caseId, async (w) => {
    requireCaseClerk(ctx.actor, w.c);
    requireState(w.c, ["AWAITING_SUPPLEMENT"], "补正材料");
    const lacking = new Set(w.c.materials.filter((m) => m.status !== "PROVIDED").map((m) => m.name));
    supplied.forEach((m, i) => {
      if (!lacking.has(m.name)) {
        throw new DomainError(
          "NOT_IN_ONE_TIME_NOTICE",
          `「${m.name}」不在一次性告知书所列需补正材料中,不得再次要求补正`,
          `materials.${i}.name`,
        );
      }
    });
    const byName = new Map(supplied.map((m) => [m.name, m]));
    const checklist: MaterialCheck[] = w.c.materials.map((m) => {
      const s = byName.get(m.name);
      return s ? { name: m.name, status: s.status, note: s.note?.trim() || m.note || null } : m;
    });
    if (checklist.every((m) => m.status === "PROVIDED")) {
      const accepted = await accept(ctx, w, checklist, { acceptedOn: w.today, deemed: false, action: "ACCEPT_AFTER_SUPPLEMENT" });
      return { case: accepted.c, notice: accepted.notice };
    }
    const { c } = await saveWithClock(w, { materials: checklist });
    await recordTransition(w.tx, { c, on: w.today, actor: ctx.actor, action: "SUPPLEMENT", from: w.c.state, to: c.state, data: { stillLacking: checklist.filter((m) => m.status !== "PROVIDED") } }, ctx.notificationChannels, w.calendar);
    return { case: c, notice: null };
  });
}
