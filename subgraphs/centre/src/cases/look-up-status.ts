import { timingSafeEqual } from "node:crypto";
import type { CentreContext } from "../context.ts";
import { CaseRepository, type CaseEventRecord, type CaseRecord } from "./case-repository.ts";
import { OUTBOX } from "../notifications/adapters.ts";
import { STATE_NAMES } from "./guards.ts";

export interface CaseStatusView {
  caseNumber: string;
  itemName: string;
  centreName: string;
  state: string;
  stateName: string;
  receivedOn: string;
  acceptedOn: string | null;
  deadline: string | null;
  concludedOn: string | null;
  outcome: string | null;
  licenceNumber: string | null;
  milestones: { on: string; description: string }[];
  messages: { at: string; text: string }[];
}

const MILESTONES: Record<string, string> = {
  RECEIVE: "窗口收取申请材料",
  ACCEPT: "材料齐全,予以受理",
  DEEM_ACCEPTED: "视为自收到材料之日起受理",
  ACCEPT_AFTER_SUPPLEMENT: "补正材料齐全,予以受理",
  NOTIFY_ONCE: "一次性告知需补正的材料",
  SUPPLEMENT: "收到部分补正材料",
  REFUSE_TO_ACCEPT: "不予受理",
  SUSPEND: "进入特别程序,暂停计时",
  RESUME: "特别程序结束,恢复计时",
  EXTEND: "经批准延长办理期限",
  APPROVE: "作出准予许可决定",
  REFUSE: "作出不予许可决定",
  ISSUE_LICENCE: "制发证照,办结",
  FORWARD: "本级初审完毕,上报有权机关审批",
  APPROVE_PART: "联办部门完成本部门审查",
  ISSUE_LICENCE_FOR_HANDOVER: "上级机关制发证照,送回原受理窗口",
  HAND_OVER: "原受理窗口送达证照,办结",
};

/** Constant-time comparison of a stored code (6 digits before issue 14, 10 since) with a given one. */
function sameCode(a: string, b: string): boolean {
  const x = Buffer.from(a.padEnd(16).slice(0, 16));
  const y = Buffer.from(b.padEnd(16).slice(0, 16));
  return timingSafeEqual(x, y) && a.length === b.length;
}

/**
 * 办件查询: the applicant's view of a case, by case number and the query code on the receipt.
 * No personal data; a wrong code looks exactly like an unknown case.
 */
export async function lookUpStatus(ctx: CentreContext, caseNumber: string, queryCode: string): Promise<CaseStatusView | null> {
  if (caseNumber.length > 40 || queryCode.length > 16) return null;
  const repo = new CaseRepository(ctx.db);
  const c = await repo.byNumber(caseNumber.trim());
  if (!c || !sameCode(c.queryCode, queryCode.trim())) return null;
  const [[events], [sent]] = await Promise.all([repo.eventsOf([c.id]), repo.notificationsOf([c.id])]);
  const centre = (await ctx.centreById.load(c.centreId))!;
  const outbox = sent!.filter((n) => n.channel === OUTBOX).map((n) => ({ at: n.createdAt.toISOString(), text: n.message }));
  return statusView(c, centre.name, events!, outbox);
}

function statusView(c: CaseRecord, centreName: string, events: CaseEventRecord[], messages: CaseStatusView["messages"]): CaseStatusView {
  return {
    caseNumber: c.caseNumber,
    itemName: c.itemName,
    centreName,
    state: c.state,
    stateName: STATE_NAMES[c.state] ?? c.state,
    receivedOn: c.receivedOn,
    acceptedOn: c.acceptedOn,
    deadline: c.deadline,
    concludedOn: c.concludedOn,
    outcome: c.outcome,
    licenceNumber: c.licence?.number ?? null,
    // Internal steps (督办 …) are not the applicant's milestones.
    milestones: events.filter((e) => MILESTONES[e.action]).map((e) => ({ on: e.on, description: MILESTONES[e.action]! })),
    messages,
  };
}
