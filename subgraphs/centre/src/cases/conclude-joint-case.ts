import { DomainError } from "@wuxi/service-kit";
import type { CentreContext } from "../context.ts";
import { CaseRepository, type CaseRecord } from "./case-repository.ts";
import { saveWithClock, withCase } from "./case-work.ts";
import { LICENCE_DAYS } from "./decide-case.ts";
import { requireDecider } from "./decider.ts";
import { departmentName } from "./decide-part.ts";
import { notFound, requireCaseClerk, requireState } from "./guards.ts";
import { recordTransition } from "./history.ts";
import { checkLicenceTerms, issueLicence, type LicenceTerms, versionOf } from "./issue-licence.ts";

/**
 * 联办办结: the lead window concludes a joint case once every department's part has approved; the
 * lead department's decision stands for the case and its licence falls due (Art. 44). With licence
 * terms the lead department issues the licence at once and the case is concluded.
 */
export async function concludeJointCase(ctx: CentreContext, caseId: string, licence?: LicenceTerms | null): Promise<{ case: CaseRecord }> {
  const current = await new CaseRepository(ctx.db).byId(caseId);
  if (!current) throw notFound(caseId);
  requireCaseClerk(ctx.actor, current);
  if (licence) {
    // Checked before anything is written: a licence that cannot be issued stops the conclusion too.
    await requireDecider(ctx, current, false);
    await checkLicenceTerms(ctx, current, await versionOf(ctx, current), licence);
  }
  const concluded = await withCase(ctx, caseId, async (w) => {
    if (w.c.handling !== "JOINT" || w.parts.length === 0) throw new DomainError("NOT_JOINT", `「${w.c.itemName}」不是联办件`, "caseId");
    requireState(w.c, ["ACCEPTED"], "联办办结");
    const pending = w.parts.filter((p) => p.state !== "APPROVED");
    if (pending.length > 0) {
      const names = pending.map((p) => departmentName(ctx, p.departmentId)).join("、");
      throw new DomainError("JOINT_PART_OPEN", `${names}的环节尚未办结,联办件不能办结`, "caseId");
    }
    const lead = w.parts.find((p) => p.kind === "JOINT_LEAD")!;
    const decidedOn = w.parts.map((p) => p.concludedOn!).sort().at(-1)!;
    const { c } = await saveWithClock(w, {
      state: "APPROVED",
      outcome: "APPROVED",
      decidedOn,
      decision: lead.decision,
      licenceDue: w.calendar.addWorkingDays(decidedOn, LICENCE_DAYS),
    });
    await recordTransition(w.tx, { c, on: w.today, actor: ctx.actor, action: "APPROVE", from: "ACCEPTED", to: "APPROVED", data: { decisionNumber: lead.decision?.number, parts: w.parts.map((p) => p.decision?.number) } }, ctx.notificationChannels, w.calendar);
    return { case: c };
  });
  // The department issues the licence outside the case's transaction (no remote call under its lock).
  if (licence) return issueLicence(ctx, caseId, licence, { deciderChecked: true });
  return concluded;
}
