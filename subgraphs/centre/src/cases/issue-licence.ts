import { DomainError } from "@wuxi/service-kit";
import type { CentreContext } from "../context.ts";
import { CaseRepository, type CaseRecord } from "./case-repository.ts";
import { type CaseWork, saveWithClock, withCase } from "./case-work.ts";
import { requireDecider } from "./decider.ts";
import { notFound, requireState } from "./guards.ts";
import { recordTransition } from "./history.ts";

export interface LicenceTerms {
  validFrom?: string | null;
  validUntil?: string | null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export async function issueLicenceInWork(ctx: CentreContext, w: CaseWork, terms: LicenceTerms): Promise<CaseRecord> {
  requireState(w.c, ["APPROVED"], "制发证照");
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
  const { c } = await saveWithClock(w, { state: "CONCLUDED", licence, concludedOn: w.today });
  await recordTransition(w.tx, { c, on: w.today, actor: ctx.actor, action: "ISSUE_LICENCE", from: "APPROVED", to: "CONCLUDED", data: { licenceNumber: licence.number, due: w.c.licenceDue, late } }, ctx.notificationChannels, w.calendar);
  return c;
}

/** 制证送达 (Art. 44): the department issues the licence; the case is concluded. */
export async function issueLicence(ctx: CentreContext, caseId: string, terms: LicenceTerms): Promise<{ case: CaseRecord }> {
  const current = await new CaseRepository(ctx.db).byId(caseId);
  if (!current) throw notFound(caseId);
  await requireDecider(ctx, current, false);
  return withCase(ctx, caseId, async (w) => ({ case: await issueLicenceInWork(ctx, w, terms) }));
}
