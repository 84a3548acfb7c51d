import { DomainError } from "@wuxi/service-kit";
import type { CentreContext } from "../context.ts";
import { saveWithClock, withCase } from "./case-work.ts";
import { requireCaseClerk, requireState } from "./guards.ts";
import { recordTransition } from "./history.ts";
import type { IntakeResult } from "./intake-case.ts";
import { issueNotice, noticeBuilders } from "./notices.ts";

export interface RefuseToAcceptInput {
  /** NOT_LICENCE_MATTER: 依法不需要取得行政许可; OUTSIDE_COMPETENCE: 不属于本机关职权范围. */
  ground: "NOT_LICENCE_MATTER" | "OUTSIDE_COMPETENCE";
  reason: string;
  /** Required for OUTSIDE_COMPETENCE: the body the applicant should go to. */
  competentBody?: string | null;
}

const GROUND_TEXT = {
  NOT_LICENCE_MATTER: "申请事项依法不需要取得行政许可。",
  OUTSIDE_COMPETENCE: "申请事项依法不属于本机关职权范围。",
};

/** 不予受理 (Art. 32): with the ground, and for a matter outside our competence, the competent body. */
export async function refuseToAccept(ctx: CentreContext, caseId: string, input: RefuseToAcceptInput): Promise<IntakeResult> {
  if (!input.reason.trim() || input.reason.length > 500) throw new DomainError("REASON_REQUIRED", "不予受理须写明理由(不超过500字)", "reason");
  if (input.ground === "OUTSIDE_COMPETENCE" && !input.competentBody?.trim()) {
    throw new DomainError("COMPETENT_BODY_REQUIRED", "不属于本机关职权范围的,须告知申请人向有关行政机关申请", "competentBody");
  }
  return withCase(ctx, caseId, async (w) => {
    requireCaseClerk(ctx.actor, w.c);
    requireState(w.c, ["RECEIVED", "AWAITING_SUPPLEMENT"], "作不予受理");
    const { c } = await saveWithClock(w, { state: "NOT_ACCEPTED", concludedOn: w.today });
    const reason = `${GROUND_TEXT[input.ground]}${input.reason.trim()}`;
    await recordTransition(w.tx, { c, on: w.today, actor: ctx.actor, action: "REFUSE_TO_ACCEPT", from: w.c.state, to: "NOT_ACCEPTED", reason, data: { ground: input.ground, competentBody: input.competentBody ?? null } }, ctx.notificationChannels, w.calendar);
    const notice = await issueNotice(w.tx, c, w.centre, "NON_ACCEPTANCE", noticeBuilders.NON_ACCEPTANCE(c, w.centre, w.version.content, { reason, competentBody: input.competentBody?.trim() || null }), w.today);
    return { case: c, notice };
  });
}
