import { DomainError } from "@wuxi/service-kit";
import type { CentreContext } from "../context.ts";
import { caseSuspensions } from "../tables.ts";
import { SPECIAL_PROCEDURE_NAMES } from "./case-clock.ts";
import type { CaseRecord, NoticeRecord } from "./case-repository.ts";
import { saveWithClock, withCase } from "./case-work.ts";
import { requireCaseClerk, requireState } from "./guards.ts";
import { recordTransition } from "./history.ts";
import { issueNotice, noticeBuilders } from "./notices.ts";

export interface SuspendInput {
  procedure: string;
  expectedDays: number;
  reason: string;
}

/**
 * 特别程序 (Art. 45): a hearing, inspection, testing, appraisal or expert review that the item
 * provides for stops the clock from today; the applicant is told how long it is expected to take.
 */
export async function suspendClock(ctx: CentreContext, caseId: string, input: SuspendInput): Promise<{ case: CaseRecord; notice: NoticeRecord }> {
  if (!Number.isInteger(input.expectedDays) || input.expectedDays < 1 || input.expectedDays > 250) {
    throw new DomainError("INVALID_EXPECTED_DAYS", "预计所需时间须为1到250个工作日", "expectedDays");
  }
  if (!input.reason.trim() || input.reason.length > 500) throw new DomainError("REASON_REQUIRED", "须写明特别程序的事由(不超过500字)", "reason");
  return withCase(ctx, caseId, async (w) => {
    requireCaseClerk(ctx.actor, w.c);
    requireState(w.c, ["ACCEPTED"], "暂停计时");
    if (!w.version.content.clockStoppingProcedures.includes(input.procedure as never)) {
      const allowed = w.version.content.clockStoppingProcedures.map((p) => SPECIAL_PROCEDURE_NAMES[p]).join("、") || "无";
      throw new DomainError("PROCEDURE_NOT_APPLICABLE", `该事项公布的特别程序为:${allowed},不能以其他程序暂停计时`, "procedure");
    }
    await w.tx.insert(caseSuspensions).values({ caseId: w.c.id, procedure: input.procedure, fromDate: w.today, expectedDays: input.expectedDays, reason: input.reason.trim() });
    const { c } = await saveWithClock(w, { state: "SUSPENDED" });
    const procedure = SPECIAL_PROCEDURE_NAMES[input.procedure]!;
    await recordTransition(w.tx, { c, on: w.today, actor: ctx.actor, action: "SUSPEND", from: "ACCEPTED", to: "SUSPENDED", reason: input.reason.trim(), data: { procedure: input.procedure, expectedDays: input.expectedDays } }, ctx.notificationChannels, w.calendar);
    const notice = await issueNotice(w.tx, c, w.centre, "SUSPENSION", noticeBuilders.SUSPENSION(c, w.centre, w.version.content, { procedure, expectedDays: input.expectedDays, from: w.today, reason: input.reason.trim() }), w.today);
    return { case: c, notice };
  });
}
