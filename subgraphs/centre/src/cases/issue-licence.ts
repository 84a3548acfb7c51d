import { DomainError } from "@wuxi/service-kit";
import type { CentreContext } from "../context.ts";
import { CaseRepository, type CaseRecord } from "./case-repository.ts";
import { type CaseWork, saveWithClock, withCase } from "./case-work.ts";
import { requireDecider } from "./decider.ts";
import { notFound, requireState } from "./guards.ts";
import { holdingWindowId } from "./case-parts.ts";
import { recordTransition } from "./history.ts";
import { requireBillSettled } from "../charges/settlement.ts";

export interface LicenceTerms {
  validFrom?: string | null;
  validUntil?: string | null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export async function issueLicenceInWork(ctx: CentreContext, w: CaseWork, terms: LicenceTerms): Promise<CaseRecord> {
  requireState(w.c, ["APPROVED"], "制发证照");
  await requireBillSettled(w.tx, w.c, w.version.content);
  const validFrom = terms.validFrom ?? w.today;
  for (const [field, value] of [["licence.validFrom", validFrom], ["licence.validUntil", terms.validUntil]] as const) {
    if (value && !ISO_DATE.test(value)) throw new DomainError("INVALID_DATE", "日期格式应为 YYYY-MM-DD", field);
  }
  const licence = await ctx.departmentsApi.issueLicence(w.c.departmentId, {
    caseId: w.c.id,
    holderName: w.c.applicantName,
    issuedBy: ctx.actor.id,
    issuedOn: w.today,
    validFrom,
    validUntil: terms.validUntil ?? null,
  });
  const late = w.c.licenceDue !== null && licence.issuedOn > w.c.licenceDue;
  // A licence decided upstairs comes back down to be handed over where the applicant came in.
  if (w.parts.some((p) => p.kind === "DECISION" && p.centreId !== w.c.centreId)) {
    const { c } = await saveWithClock(w, { state: "AWAITING_HANDOVER", licence });
    await recordTransition(w.tx, { c, on: w.today, actor: ctx.actor, action: "ISSUE_LICENCE_FOR_HANDOVER", from: "APPROVED", to: c.state, data: { licenceNumber: licence.number, due: w.c.licenceDue, late } }, ctx.notificationChannels, w.calendar);
    return c;
  }
  const { c } = await saveWithClock(w, { state: "CONCLUDED", licence, concludedOn: w.today });
  await recordTransition(w.tx, { c, on: w.today, actor: ctx.actor, action: "ISSUE_LICENCE", from: "APPROVED", to: "CONCLUDED", data: { licenceNumber: licence.number, due: w.c.licenceDue, late } }, ctx.notificationChannels, w.calendar);
  return c;
}

/** 制证送达 (Art. 44): the department issues the licence; the case is concluded. */
export async function issueLicence(ctx: CentreContext, caseId: string, terms: LicenceTerms): Promise<{ case: CaseRecord }> {
  const current = await new CaseRepository(ctx.db).byId(caseId);
  if (!current) throw notFound(caseId);
  const parts = await ctx.partsOf.load(caseId);
  await requireDecider(ctx, current, false, { windowId: holdingWindowId(current, parts), departmentId: current.departmentId });
  return withCase(ctx, caseId, async (w) => ({ case: await issueLicenceInWork(ctx, w, terms) }));
}
