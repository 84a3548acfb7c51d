import { DomainError } from "@wuxi/service-kit";
import type { CentreContext } from "../context.ts";
import { requireBillSettled } from "../charges/settlement.ts";
import { replicatedVersion, type ReplicatedVersion } from "../replica/replica-repository.ts";
import { holdingWindowId } from "./case-parts.ts";
import { CaseRepository, type CaseRecord } from "./case-repository.ts";
import { saveWithClock, withCase } from "./case-work.ts";
import { requireDecider } from "./decider.ts";
import { notFound, requireState } from "./guards.ts";
import { recordTransition } from "./history.ts";

export interface LicenceTerms {
  validFrom?: string | null;
  validUntil?: string | null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The case's item version as the centre's replica holds it. */
export async function versionOf(ctx: CentreContext, c: CaseRecord): Promise<ReplicatedVersion> {
  const version = await replicatedVersion(ctx.db, c.itemCode, c.itemVersion);
  if (!version) throw new DomainError("VERSION_MISSING", `本中心缺少事项 ${c.itemCode} 第${c.itemVersion}版的副本`);
  return version;
}

/**
 * What must hold before a licence can be asked for, checked before the department is asked: the
 * fees are settled and the terms are dates. Returns the first day of validity.
 */
export async function checkLicenceTerms(ctx: CentreContext, c: CaseRecord, version: ReplicatedVersion, terms: LicenceTerms): Promise<string> {
  await requireBillSettled(ctx.db, c, version.content);
  const validFrom = terms.validFrom ?? ctx.today();
  for (const [field, value] of [["licence.validFrom", validFrom], ["licence.validUntil", terms.validUntil]] as const) {
    if (value && !ISO_DATE.test(value)) throw new DomainError("INVALID_DATE", "日期格式应为 YYYY-MM-DD", field);
  }
  return validFrom;
}

/**
 * 制证送达 (Art. 44): the department issues the licence; the case is concluded (or, decided
 * upstairs, sent back down to be handed over).
 *
 * The department is asked outside the case's transaction (no remote call under a row lock): its
 * registry is idempotent by case, so a failure on our side after it answered is healed by asking
 * again, which returns the same licence. The case is then changed under its lock, once.
 */
export async function issueLicence(ctx: CentreContext, caseId: string, terms: LicenceTerms, opts: { deciderChecked?: boolean } = {}): Promise<{ case: CaseRecord }> {
  const current = await new CaseRepository(ctx.db).byId(caseId);
  if (!current) throw notFound(caseId);
  const parts = await ctx.partsOf.load(caseId);
  if (!opts.deciderChecked) await requireDecider(ctx, current, false, { windowId: holdingWindowId(current, parts), departmentId: current.departmentId });
  requireState(current, ["APPROVED"], "制发证照");
  const version = await versionOf(ctx, current);
  const validFrom = await checkLicenceTerms(ctx, current, version, terms);
  const licence = await ctx.departmentsApi.issueLicence(current.departmentId, {
    caseId: current.id,
    holderName: current.applicantName,
    issuedBy: ctx.actor.id,
    issuedOn: ctx.today(),
    validFrom,
    validUntil: terms.validUntil ?? null,
  });
  return withCase(ctx, caseId, async (w) => {
    // A retry that raced another: the licence is already on the case.
    if (w.c.licence?.number === licence.number) return { case: w.c };
    requireState(w.c, ["APPROVED"], "制发证照");
    const late = w.c.licenceDue !== null && licence.issuedOn > w.c.licenceDue;
    // A licence decided upstairs comes back down to be handed over where the applicant came in.
    if (w.parts.some((p) => p.kind === "DECISION" && p.centreId !== w.c.centreId)) {
      const { c } = await saveWithClock(w, { state: "AWAITING_HANDOVER", licence });
      await recordTransition(w.tx, { c, on: w.today, actor: ctx.actor, action: "ISSUE_LICENCE_FOR_HANDOVER", from: "APPROVED", to: c.state, data: { licenceNumber: licence.number, due: w.c.licenceDue, late } }, ctx.notificationChannels, w.calendar);
      return { case: c };
    }
    const { c } = await saveWithClock(w, { state: "CONCLUDED", licence, concludedOn: w.today });
    await recordTransition(w.tx, { c, on: w.today, actor: ctx.actor, action: "ISSUE_LICENCE", from: "APPROVED", to: "CONCLUDED", data: { licenceNumber: licence.number, due: w.c.licenceDue, late } }, ctx.notificationChannels, w.calendar);
    return { case: c };
  });
}
