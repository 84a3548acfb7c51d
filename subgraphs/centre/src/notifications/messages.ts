import { formatChineseDate as cn } from "@wuxi/documents";
import { SPECIAL_PROCEDURE_NAMES } from "../cases/case-clock.ts";
import { yuan } from "../charges/money.ts";
import type { CaseRecord } from "../cases/case-repository.ts";

/** The applicant-facing events and what the applicant is told: no ID numbers, no phone, ever. */
type Message = (c: CaseRecord, data: Record<string, unknown>) => string;

const item = (c: CaseRecord) => `您申请的「${c.itemName}」(办件编号${c.caseNumber})`;
const deadline = (d: unknown) => (typeof d === "string" ? `,办结期限${cn(d)}` : "");

export const APPLICANT_MESSAGES: Record<string, { event: string; message: Message }> = {
  ACCEPT: { event: "ACCEPTED", message: (c, d) => `${item(c)}已受理${deadline(d.deadline)}。` },
  ACCEPT_AFTER_SUPPLEMENT: { event: "ACCEPTED", message: (c, d) => `${item(c)}补正材料齐全,已受理${deadline(d.deadline)}。` },
  DEEM_ACCEPTED: { event: "ACCEPTED", message: (c, d) => `${item(c)}视为自收到材料之日起受理${deadline(d.deadline)}。` },
  NOTIFY_ONCE: {
    event: "ONE_TIME_NOTICE",
    message: (c, d) => `${item(c)}有${(d.lacking as unknown[] | undefined)?.length ?? 0}项材料需补正,详见一次性告知书,请一次补齐。`,
  },
  REFUSE_TO_ACCEPT: { event: "NOT_ACCEPTED", message: (c) => `${item(c)}不予受理,理由详见不予受理通知书。` },
  SUSPEND: {
    event: "SUSPENDED",
    message: (c, d) => `${item(c)}进入${SPECIAL_PROCEDURE_NAMES[d.procedure as string] ?? "特别程序"},暂停计时,预计需要${d.expectedDays}个工作日。`,
  },
  RESUME: { event: "RESUMED", message: (c, d) => `${item(c)}特别程序结束,恢复计时${deadline(d.deadline)}。` },
  EXTEND: { event: "EXTENDED", message: (c, d) => `${item(c)}经批准延长${d.days}个工作日${deadline(d.deadline)}。` },
  // The deadline was counted provisionally and moved once the State Council's arrangement was loaded.
  RECOMPUTE_DEADLINE: {
    event: "DEADLINE_RECOMPUTED",
    message: (c, d) =>
      typeof d.licenceDue === "string"
        ? `${item(c)}因国务院公布${d.year}年节假日安排,证照送达期限重新计算为${cn(d.licenceDue)}。`
        : `${item(c)}因国务院公布${d.year}年节假日安排,期限重新计算${deadline(d.deadline)}(原为${typeof d.oldDeadline === "string" ? cn(d.oldDeadline) : "暂定期限"})。`,
  },
  APPROVE: { event: "APPROVED", message: (c) => `${item(c)}已作出准予许可决定,证照制发后将通知您领取。` },
  REFUSE: { event: "REFUSED", message: (c) => `${item(c)}已作出不予许可决定,理由和救济途径详见决定书。` },
  BILL: { event: "BILL_DUE", message: (c, d) => `${item(c)}应缴费用共计${yuan(Number(d.totalFen))}元,请到本中心收费窗口缴纳(可刷卡或网上支付)。` },
  CHARGE: { event: "PAID", message: (c, d) => `${item(c)}已缴费${yuan(Number(d.amountFen))}元,票据号${d.receiptNumber}。` },
  FORWARD: {
    event: "FORWARDED",
    message: (c, d) => `${item(c)}已完成初审,报送${d.toName ?? "上级行政服务中心"}审批;您无需前往上级中心,结果将送回原受理窗口。`,
  },
  ISSUE_LICENCE_FOR_HANDOVER: { event: "LICENCE_ISSUED", message: (c) => `${item(c)}证照已由上级机关制发,正送回原受理窗口,届时请凭受理通知书领取。` },
  HAND_OVER: { event: "CONCLUDED", message: (c) => `${item(c)}已办结,证照已在原受理窗口送达。` },
  ISSUE_LICENCE: { event: "CONCLUDED", message: (c) => `${item(c)}已办结,证照已制发,请凭受理通知书到原受理窗口领取。` },
};
