import { randomUUID } from "node:crypto";
import { DomainError } from "@wuxi/service-kit";
import type { CentreContext } from "../context.ts";
import { CaseRepository } from "../cases/case-repository.ts";
import { onCalendar } from "../cases/case-work.ts";
import { complaintView, type ComplaintView } from "./complaint-repository.ts";
import { overseesCentre } from "./scope.ts";
import { settingsOf } from "./settings.ts";
import { bumpStats } from "./stats.ts";
import { complaints } from "./tables.ts";

export interface FileComplaintInput {
  centreId: string;
  channel: "PHONE" | "BOX" | "ONLINE" | "IN_PERSON";
  against: "WINDOW" | "PERSON" | "CASE";
  windowId?: string | null;
  person?: string | null;
  caseNumber?: string | null;
  content: string;
  complainantName?: string | null;
  complainantPhone?: string | null;
}

/**
 * 投诉受理: the centre's supervision point records a complaint from the phone line, the box or in
 * person; anyone may file one online. It is counted in the month's roll-up in the same transaction.
 */
export async function fileComplaint(ctx: CentreContext, input: FileComplaintInput): Promise<{ complaint: ComplaintView }> {
  const all = await ctx.centres.list({});
  if (!all.some((c) => c.id === input.centreId)) throw new DomainError("CENTRE_NOT_FOUND", `中心 ${input.centreId} 不存在`, "centreId");
  const online = ctx.actor.role === "PUBLIC" && input.channel === "ONLINE";
  if (!online && !overseesCentre(ctx, all, input.centreId)) throw new DomainError("FORBIDDEN", "投诉由本中心(或上级中心)的监察人员、管理员登记;公众可网上投诉");
  const content = input.content.trim();
  if (!content) throw new DomainError("CONTENT_REQUIRED", "请填写投诉内容", "content");
  if (content.length > 2000) throw new DomainError("CONTENT_TOO_LONG", "投诉内容不能超过2000字", "content");
  let windowId: string | null = null;
  let departmentId: string | null = null;
  let caseId: string | null = null;
  if (input.against === "WINDOW") {
    const window = input.windowId ? await ctx.windowById.load(input.windowId) : undefined;
    if (!window || window.centreId !== input.centreId) throw new DomainError("WINDOW_NOT_FOUND", "被投诉窗口不在本中心", "windowId");
    windowId = window.id;
    departmentId = window.departmentId;
  } else if (input.against === "CASE") {
    const c = input.caseNumber ? await new CaseRepository(ctx.db).byNumber(input.caseNumber) : undefined;
    if (!c || c.centreId !== input.centreId) throw new DomainError("CASE_NOT_FOUND", "被投诉办件不在本中心", "caseNumber");
    caseId = c.id;
    windowId = c.windowId;
    departmentId = c.departmentId;
  } else if (!input.person?.trim()) {
    throw new DomainError("PERSON_REQUIRED", "请填写被投诉的工作人员", "person");
  }
  return onCalendar(async () => {
    const calendar = await ctx.calendar.calendar();
    const settings = (await settingsOf(ctx.db, [input.centreId])).get(input.centreId)!;
    const today = ctx.today();
    const row = await ctx.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(complaints)
        .values({
          id: randomUUID(),
          centreId: input.centreId,
          channel: input.channel,
          againstKind: input.against,
          windowId,
          person: input.person?.trim() || null,
          caseId,
          departmentId,
          content,
          complainantName: input.complainantName?.trim() || null,
          complainantPhone: input.complainantPhone?.trim() || null,
          receivedOn: today,
          recordedBy: ctx.actor.id,
          state: "RECEIVED",
        })
        .returning();
      await bumpStats(tx, { on: today, centreId: input.centreId, departmentId, windowId }, { complaints: 1 });
      return row!;
    });
    return { complaint: complaintView(row, today, settings, calendar) };
  });
}
