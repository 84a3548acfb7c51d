import { randomUUID } from "node:crypto";
import { DomainError } from "@wuxi/service-kit";
import type { CentreContext } from "../context.ts";
import { ancestorsOf } from "../guide/ancestors.ts";
import { caseParts } from "../tables.ts";
import type { CentreRecord } from "../centres/centre-repository.ts";
import { TIER_NAMES } from "../guide/guide.ts";
import { CaseRepository, type CaseRecord } from "./case-repository.ts";
import { saveWithClock, withCase } from "./case-work.ts";
import { notFound, requireCaseClerk, requireState } from "./guards.ts";
import { recordTransition } from "./history.ts";
import { recordViolation } from "./record-violation.ts";
import { updatePart } from "./case-parts.ts";

/**
 * 上报 (Art. 43, 三级联动): the accepting centre ends its preliminary review (初审) with its opinion and
 * forwards the case to the competent centre one or two tiers up, as the item's deciding tier says.
 * The upper centre continues the same case (one number, one history); the applicant never goes
 * upstairs. A forward past the review limit is recorded as a violation (责任追究).
 */
export async function forwardCase(ctx: CentreContext, caseId: string, input: { opinion: string }): Promise<{ case: CaseRecord }> {
  const opinion = input.opinion.trim();
  if (!opinion || opinion.length > 2000) throw new DomainError("OPINION_REQUIRED", "上报须填写初审意见(不超过2000字)", "opinion");
  // The network is read before the transaction: the competent centre and its stationing of the item.
  const current = await new CaseRepository(ctx.db).byId(caseId);
  if (!current) throw notFound(caseId);
  requireCaseClerk(ctx.actor, current);
  const target = await competentCentre(ctx, current);
  return withCase(ctx, caseId, async (w) => {
    requireCaseClerk(ctx.actor, w.c);
    const review = w.parts.find((p) => p.kind === "REVIEW");
    if (!review) throw new DomainError("DECIDED_AT_THIS_TIER", `「${w.c.itemName}」由本级中心决定,无需上报`, "caseId");
    requireState(w.c, ["ACCEPTED"], "上报");
    const late = w.today > review.deadline!;
    const forwarded = await updatePart(w.tx, review.id, { state: "FORWARDED", concludedOn: w.today, late, handlerId: ctx.actor.id, opinion });
    await w.tx.insert(caseParts).values({
      id: randomUUID(),
      caseId: w.c.id,
      caseCentreId: w.c.centreId,
      seq: forwarded.seq + 1,
      kind: "DECISION",
      centreId: target.centre.id,
      windowId: target.windowId,
      departmentId: w.c.departmentId,
      state: "OPEN",
      startedOn: w.today,
      // The tier above has what is left of the promised limit after the review's share.
      limitDays: Math.max(w.c.limitDays - review.limitDays, 1),
    });
    const { c, clock } = await saveWithClock(w, { state: "FORWARDED" });
    await recordTransition(
      w.tx,
      { c, on: w.today, actor: ctx.actor, action: "FORWARD", from: "ACCEPTED", to: "FORWARDED", reason: opinion, data: { to: target.centre.id, toName: target.centre.name, reviewDeadline: review.deadline, late, deadline: clock.deadline } },
      ctx.notificationChannels,
      w.calendar,
    );
    if (late) {
      await recordViolation(w.tx, {
        kind: "LATE_FORWARD",
        centreId: w.c.centreId,
        caseId: w.c.id,
        actor: ctx.actor,
        evidence: { caseNumber: w.c.caseNumber, reviewDeadline: review.deadline, forwardedOn: w.today, to: target.centre.id },
      });
    }
    return { case: c };
  });
}

/**
 * The ancestor at the item's deciding tier, and its window that takes the item's forwarded cases
 * (stationed there to decide). Without a parent or such a stationing there is nowhere to forward.
 */
async function competentCentre(ctx: CentreContext, c: CaseRecord): Promise<{ centre: CentreRecord; windowId: string }> {
  const centre = (await ctx.centreById.load(c.centreId))!;
  if (!centre.parentId) throw new DomainError("NO_PARENT_CENTRE", `${centre.name}没有上级中心,无处上报`, "caseId");
  if (c.handling !== "ESCALATED") throw new DomainError("NOT_ESCALATED", `「${c.itemName}」不是上报件,由本级办理`, "caseId");
  const version = (await ctx.versionOf.load(`${c.itemCode}@${c.itemVersion}`))!;
  const decidingTier = version.content.decidingTier;
  const target = (await ancestorsOf(ctx, centre)).find((a) => a.tier === decidingTier);
  if (!target) throw new DomainError("NO_UPPER_TIER_CENTRE", `${centre.name}之上没有${TIER_NAMES[decidingTier]}中心`, "caseId");
  const stationing = (await ctx.stationingsHere.load(`${target.id}|${c.itemCode}`)).find((s) => s.authority !== "ACCEPT_ONLY");
  if (!stationing) {
    throw new DomainError("UPPER_TIER_NOT_STATIONED", `${target.name}未进驻「${c.itemName}」的审批,不能上报,请联系上级中心管理员`, "caseId");
  }
  return { centre: target, windowId: stationing.windowId };
}
