import { DomainError } from "@wuxi/service-kit";
import type { CentreContext } from "../context.ts";
import { CaseRepository, type CaseRecord, type NoticeRecord } from "./case-repository.ts";
import { saveWithClock, withCase } from "./case-work.ts";
import { recordDepartmentDecision, requireDecider, requireRefusalReasons } from "./decider.ts";
import { notFound, requireState } from "./guards.ts";
import { holdingWindowId, isOpenPart, updatePart } from "./case-parts.ts";
import { recordTransition } from "./history.ts";
import { issueNotice, noticeBuilders } from "./notices.ts";
import { checkLicenceTerms, issueLicence, type LicenceTerms, versionOf } from "./issue-licence.ts";

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
 *
 * One decision on record: everything that can fail is checked before the department is asked (the
 * decider, the reasons, the state, the item version, the fees and licence terms when a licence is to
 * be issued at once); the department is asked outside the case's transaction (no remote call under
 * the row lock); its record is keyed by case and part and refuses a different outcome, so a failure
 * on our side after it answered is healed by deciding again — the same outcome gets the same
 * decision back, the opposite one is refused. The case then takes the department's decision under
 * its lock. A licence asked for together with an approval is issued after the approval is committed.
 */
export async function decideCase(ctx: CentreContext, caseId: string, input: DecideInput): Promise<{ case: CaseRecord; notice: NoticeRecord | null }> {
  const reasons = input.reasons?.trim() || null;
  if (reasons && reasons.length > 2000) throw new DomainError("REASONS_TOO_LONG", "决定理由不能超过2000字", "reasons");
  const current = await new CaseRepository(ctx.db).byId(caseId);
  if (!current) throw notFound(caseId);
  const parts = await ctx.partsOf.load(caseId);
  if (current.handling === "JOINT" && parts.length > 0) {
    throw new DomainError("USE_PART_DECISIONS", "联办件由各部门分别对本部门环节作出决定,全部办结后由牵头窗口办结", "caseId");
  }
  if (parts.some((p) => p.kind === "REVIEW" && isOpenPart(p))) {
    throw new DomainError("NOT_YET_FORWARDED", `「${current.itemName}」须经本级初审后上报有权机关决定`, "caseId");
  }
  await requireDecider(ctx, current, input.outcome === "APPROVED", { windowId: holdingWindowId(current, parts), departmentId: current.departmentId });
  await requireRefusalReasons(ctx, current, input.outcome, reasons);
  const states = parts.some((p) => p.kind === "DECISION") ? ["FORWARDED"] : ["ACCEPTED"];
  requireState(current, states, "作出决定");
  const version = await versionOf(ctx, current);
  if (input.licence && input.outcome === "APPROVED") await checkLicenceTerms(ctx, current, version, input.licence);

  const decision = await recordDepartmentDecision(ctx, { c: current, today: ctx.today(), version }, { outcome: input.outcome, reasons });

  const decided = await withCase(ctx, caseId, async (w) => {
    // A retry that raced another attempt: the case already carries this very decision.
    if (w.c.decision?.number === decision.number) return { case: w.c, notice: null };
    requireState(w.c, states, "作出决定");
    const decisionPart = w.parts.find((p) => p.kind === "DECISION");
    const refused = decision.outcome === "REFUSED";
    if (decisionPart) {
      await updatePart(w.tx, decisionPart.id, {
        state: decision.outcome,
        concludedOn: w.today,
        late: decisionPart.deadline !== null && w.today > decisionPart.deadline,
        handlerId: ctx.actor.id,
        opinion: reasons,
        decision,
      });
    }
    const { c } = await saveWithClock(w, {
      state: refused ? "REFUSED" : "APPROVED",
      outcome: decision.outcome,
      decidedOn: decision.decidedOn,
      decision,
      licenceDue: refused ? null : w.calendar.addWorkingDays(decision.decidedOn, LICENCE_DAYS),
      concludedOn: refused ? w.today : null,
    });
    await recordTransition(w.tx, { c, on: w.today, actor: ctx.actor, action: refused ? "REFUSE" : "APPROVE", from: w.c.state, to: c.state, reason: reasons, data: { decisionNumber: decision.number } }, ctx.notificationChannels, w.calendar);
    if (refused) {
      const notice = await issueNotice(w.tx, c, w.centre, "REFUSAL_DECISION", noticeBuilders.REFUSAL_DECISION(c, w.centre, w.version.content, { decisionNumber: decision.number, reasons: reasons!, legalBasis: decision.legalBasis || w.version.content.legalBasis, decidedOn: decision.decidedOn }), w.today);
      return { case: c, notice };
    }
    return { case: c, notice: null };
  });
  if (input.licence && decided.case.state === "APPROVED") return { ...(await issueLicence(ctx, caseId, input.licence, { deciderChecked: true })), notice: null };
  return decided;
}
