import { DomainError } from "@wuxi/service-kit";
import { eq } from "drizzle-orm";
import type { CentreContext } from "../context.ts";
import { onCalendar } from "../cases/case-work.ts";
import { complaintById, type ComplaintRecord, complaintView, type ComplaintView } from "./complaint-repository.ts";
import { overseesCentre } from "./scope.ts";
import { settingsOf } from "./settings.ts";
import { complaints } from "./tables.ts";

/**
 * The steps of a complaint after it was recorded (交办 → 答复 → 办结), each guarded by its state and
 * by who may take it: the supervision point of the complaint's centre or a tier above; the assignee
 * may reply.
 */
async function step(
  ctx: CentreContext,
  id: string,
  allowed: string[],
  change: (c: ComplaintRecord, today: string, complaintDays: number, addDays: (n: number) => string) => Partial<ComplaintRecord>,
  opts: { assigneeMay?: boolean } = {},
): Promise<{ complaint: ComplaintView }> {
  const current = await complaintById(ctx.db, id);
  const all = await ctx.centres.list({});
  const mayAct = overseesCentre(ctx, all, current.centreId) || (opts.assigneeMay && current.assignedTo === ctx.actor.id);
  if (!mayAct) throw new DomainError("FORBIDDEN", "只有本中心(或上级中心)的监察人员、管理员可以办理投诉");
  if (!allowed.includes(current.state)) throw new DomainError("WRONG_STATE", `投诉当前状态为 ${current.state},不能办理此步骤`, "complaintId");
  return onCalendar(async () => {
    const calendar = await ctx.calendar.calendar();
    const settings = (await settingsOf(ctx.db, [current.centreId])).get(current.centreId)!;
    const today = ctx.today();
    const [row] = await ctx.db
      .update(complaints)
      .set(change(current, today, settings.complaintDays, (n) => calendar.addWorkingDays(today, n)))
      .where(eq(complaints.id, id))
      .returning();
    return { complaint: complaintView(row!, today, settings, calendar) };
  });
}

/** 交办: to a named handler, with a handling deadline in working days (the centre's default if none). */
export function assignComplaint(ctx: CentreContext, id: string, assignee: string, handlingDays?: number | null) {
  if (!assignee.trim()) throw new DomainError("ASSIGNEE_REQUIRED", "请指定承办人", "assignee");
  if (handlingDays != null && (!Number.isInteger(handlingDays) || handlingDays < 1 || handlingDays > 60)) throw new DomainError("INVALID_DAYS", "办理时限应为1至60个工作日", "handlingDays");
  return step(ctx, id, ["RECEIVED", "ASSIGNED"], (_c, today, defaultDays, addDays) => {
    const days = handlingDays ?? defaultDays;
    return { state: "ASSIGNED", assignedTo: assignee.trim(), assignedOn: today, handlingDays: days, dueOn: addDays(days) };
  });
}

/** 答复: the reply to the complainant. */
export function replyToComplaint(ctx: CentreContext, id: string, reply: string) {
  if (!reply.trim()) throw new DomainError("REPLY_REQUIRED", "请填写答复内容", "reply");
  return step(ctx, id, ["ASSIGNED"], (_c, today) => ({ state: "REPLIED", reply: reply.trim(), repliedOn: today, repliedBy: ctx.actor.id }), { assigneeMay: true });
}

/** 办结: closed with the complainant's feedback on the reply. */
export function closeComplaint(ctx: CentreContext, id: string, feedback: "SATISFIED" | "UNSATISFIED", note?: string | null) {
  return step(ctx, id, ["REPLIED"], (_c, today) => ({ state: "CLOSED", feedback, feedbackNote: note?.trim() || null, closedOn: today }));
}
