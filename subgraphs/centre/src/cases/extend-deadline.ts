import { DomainError } from "@wuxi/service-kit";
import type { CentreContext } from "../context.ts";
import { extensionBound } from "./case-clock.ts";
import type { CaseRecord, NoticeRecord } from "./case-repository.ts";
import { saveWithClock, withCase } from "./case-work.ts";
import { requireState } from "./guards.ts";
import { recordTransition } from "./history.ts";
import { issueNotice, noticeBuilders } from "./notices.ts";

/** The head of the licensing authority, named on the notice (Art. 42: 经本行政机关负责人批准). */
const headTitle = (name: string | undefined) => `本行政机关负责人${name ? name : ""}`;
/** A joint case's extension needs the approval of the head of the government at that level (Art. 42 para. 2). */
const JOINT_APPROVER_TITLE = "本级人民政府负责人(经行政服务中心报批)";

/**
 * 延长期限 (Art. 42): once per case, at most 10 working days, approved by the head of the licensing
 * authority (a department approver of the deciding department holding the head role; the name is
 * recorded and printed), with the reason told to the applicant. Neither an ordinary approver nor the
 * centre's manager is that head: the centre runs the hall, it does not license. A joint case (联办件) may be extended by 15, with the approval of the
 * government at that level, which the centre's manager obtains and records; the extension moves
 * every department's part.
 */
export async function extendDeadline(ctx: CentreContext, caseId: string, input: { days: number; reason: string }): Promise<{ case: CaseRecord; notice: NoticeRecord }> {
  if (!input.reason.trim() || input.reason.length > 500) throw new DomainError("REASON_REQUIRED", "延长期限须写明理由(不超过500字)", "reason");
  return withCase(ctx, caseId, async (w) => {
    const { actor } = ctx;
    const joint = w.c.handling === "JOINT" && w.parts.length > 0;
    const holdingCentres = new Set([w.c.centreId, ...w.parts.filter((p) => p.kind === "DECISION").map((p) => p.centreId)]);
    const manager = actor.role === "CENTRE_MANAGER" && holdingCentres.has(actor.centreId ?? "");
    const head = actor.role === "DEPARTMENT_APPROVER" && actor.departmentId === w.c.departmentId && actor.head === true;
    if (!(joint ? manager : head)) {
      throw new DomainError(
        "FORBIDDEN",
        joint
          ? "联办件延长期限须经本级人民政府负责人批准,由行政服务中心负责人报批登记(《行政许可法》第四十二条第二款)"
          : "延长期限须经本行政机关负责人批准,请由决定部门的负责人在部门审批端办理(《行政许可法》第四十二条)",
      );
    }
    requireState(w.c, ["ACCEPTED", "SUSPENDED", "FORWARDED"], "延长期限");
    if (w.c.extensionDays > 0) throw new DomainError("ALREADY_EXTENDED", `办件已延长过${w.c.extensionDays}个工作日,依法只能延长一次`, "caseId");
    const bound = extensionBound(w.c.handling);
    if (!Number.isInteger(input.days) || input.days < 1 || input.days > bound) {
      throw new DomainError("EXTENSION_BEYOND_BOUND", `延长期限须为1到${bound}个工作日(《行政许可法》第四十二条)`, "days");
    }
    const { c, clock } = await saveWithClock(w, { extensionDays: input.days });
    await recordTransition(w.tx, { c, on: w.today, actor, action: "EXTEND", from: c.state, to: c.state, reason: input.reason.trim(), data: { days: input.days, approver: actor.id, approverName: actor.name ?? null, deadline: clock.deadline } }, ctx.notificationChannels, w.calendar);
    const notice = await issueNotice(
      w.tx,
      c,
      w.centre,
      "EXTENSION",
      noticeBuilders.EXTENSION(c, w.centre, w.version.content, { days: input.days, reason: input.reason.trim(), approver: joint ? JOINT_APPROVER_TITLE : headTitle(actor.name), deadline: clock.deadline, provisional: clock.provisionalYears.length > 0 }),
      w.today,
    );
    return { case: c, notice };
  });
}
