import { DomainError } from "@wuxi/service-kit";
import type { CentreContext } from "../context.ts";
import { CaseRepository, type CaseRecord, type NoticeRecord } from "./case-repository.ts";
import { saveWithClock, withCase } from "./case-work.ts";
import { requireDecider } from "./decider.ts";
import { notFound, requireState } from "./guards.ts";
import { recordTransition } from "./history.ts";
import { issueNotice, noticeBuilders } from "./notices.ts";
import { issueLicenceInWork, type LicenceTerms } from "./issue-licence.ts";
import { recordViolation } from "./record-violation.ts";

/** Art. 44: the licence is issued and delivered within 10 working days of the decision. */
export const LICENCE_DAYS = 10;

export interface DecideInput {
  outcome: "APPROVED" | "REFUSED";
  reasons?: string | null;
  /** Issue the licence together with an approval (the usual case at a deciding window). */
  licence?: LicenceTerms | null;
}

/**
 * 作出决定: the deciding department records its decision (its subgraph keeps the record); the case
 * moves on. A refusal is a written decision with reasons and the appeal routes (Art. 38, 答复件).
 */
export async function decideCase(ctx: CentreContext, caseId: string, input: DecideInput): Promise<{ case: CaseRecord; notice: NoticeRecord | null }> {
  const reasons = input.reasons?.trim() || null;
  if (reasons && reasons.length > 2000) throw new DomainError("REASONS_TOO_LONG", "决定理由不能超过2000字", "reasons");
  const current = await new CaseRepository(ctx.db).byId(caseId);
  if (!current) throw notFound(caseId);
  await requireDecider(ctx, current, input.outcome === "APPROVED");
  if (input.outcome === "REFUSED" && !reasons) {
    // Art. 38: the attempt is refused, and the supervision point sees it was made.
    await recordViolation(ctx.db, { on: ctx.today(), kind: "REFUSAL_WITHOUT_REASONS", centreId: current.centreId, caseId: current.id, actor: ctx.actor, evidence: { caseNumber: current.caseNumber, state: current.state } });
    throw new DomainError("REASONS_REQUIRED", "不予许可决定必须说明理由(《行政许可法》第三十八条)", "reasons");
  }

  return withCase(ctx, caseId, async (w) => {
    requireState(w.c, ["ACCEPTED"], "作出决定");
    const decision = await ctx.departmentsApi.recordDecision(w.c.departmentId, {
      caseId: w.c.id,
      caseNumber: w.c.caseNumber,
      centreId: w.c.centreId,
      itemCode: w.c.itemCode,
      itemVersion: w.c.itemVersion,
      outcome: input.outcome,
      reasons,
      decidedBy: ctx.actor.id,
      decidedOn: w.today,
    });
    const refused = input.outcome === "REFUSED";
    const { c } = await saveWithClock(w, {
      state: refused ? "REFUSED" : "APPROVED",
      outcome: input.outcome,
      decidedOn: decision.decidedOn,
      decision,
      licenceDue: refused ? null : w.calendar.addWorkingDays(decision.decidedOn, LICENCE_DAYS),
      concludedOn: refused ? w.today : null,
    });
    await recordTransition(w.tx, { c, on: w.today, actor: ctx.actor, action: refused ? "REFUSE" : "APPROVE", from: "ACCEPTED", to: c.state, reason: reasons, data: { decisionNumber: decision.number } }, ctx.notificationChannels, w.calendar);
    if (refused) {
      const notice = await issueNotice(w.tx, c, w.centre, "REFUSAL_DECISION", noticeBuilders.REFUSAL_DECISION(c, w.centre, w.version.content, { decisionNumber: decision.number, reasons: reasons!, legalBasis: decision.legalBasis || w.version.content.legalBasis, decidedOn: decision.decidedOn }), w.today);
      return { case: c, notice };
    }
    if (input.licence) return { case: await issueLicenceInWork(ctx, { ...w, c }, input.licence), notice: null };
    return { case: c, notice: null };
  });
}
