import nzh from "nzh/cn";
/** Money, files and the words of the charges and oversight consoles. */

/** 分 → "12.50" by string arithmetic: money is integer fen end to end, never a float. */
export function yuan(fen: number): string {
  const negative = fen < 0;
  const digits = String(Math.abs(Math.trunc(fen))).padStart(3, "0");
  return `${negative ? "-" : ""}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/**
 * 分 → 大写金额 as written on a bill ("人民币陆佰肆拾元整"): nzh spells the digits; 整 closes an amount
 * that stops at 元 or 角, as the payment-settlement rules write it.
 */
export function capitalYuan(fen: number): string {
  return nzh.toMoney(yuan(fen), { unOmitYuan: true }) + (fen % 10 === 0 ? "整" : "");
}

/** "12.5" / "12.50" / "12" → 1250 fen; null for anything that is not a sum of money with at most two decimals. */
export function parseYuan(text: string): number | null {
  const m = /^\s*(\d{1,9})(?:\.(\d{1,2}))?\s*$/.exec(text);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? "").padEnd(2, "0"));
}

/** Downloads a base64 file the API produced (xlsx, CSV, PDF). */
export function downloadBase64(base64: string, fileName: string, type: string): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  downloadBlob(new Blob([bytes], { type }), fileName);
}

export function downloadText(text: string, fileName: string, type: string): void {
  downloadBlob(new Blob([text], { type }), fileName);
}

function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * An idempotency key for one payment attempt: made when the clerk starts a payment, kept on a retry
 * of the same attempt (a lost answer, a timeout), so the money is never taken twice.
 */
export function newIdempotencyKey(windowId: string): string {
  const random = Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => b.toString(16).padStart(2, "0")).join("");
  return `${windowId}-${Date.now().toString(36)}-${random}`.slice(0, 64);
}

export const PAYMENT_METHOD: Record<string, string> = { CASH: "现金", BANK_CARD: "银行卡", ONLINE: "网上支付" };
export const BILL_STATUS: Record<string, string> = { UNPAID: "待缴费", PAID: "已缴清", EXEMPT: "全额减免", VOIDED: "票据已作废", REFUNDED: "已全额退款" };
export const FEE_RULE: Record<string, string> = { FIXED: "固定金额", PER_COPY: "按件计收", PER_AREA: "按面积计收" };
export const ADJUSTMENT_KIND: Record<string, string> = { VOID: "作废", REFUND: "退款" };
export const ADJUSTMENT_STATUS: Record<string, string> = { PENDING: "待审批", APPROVED: "已批准", REJECTED: "不予批准" };
export const LIGHT: Record<string, string> = { RED: "红灯", YELLOW: "黄灯", GREEN: "绿灯" };
export const CLOCK_KIND: Record<string, string> = { DEADLINE: "办结期限", NOTICE: "一次性告知", LICENCE: "证照送达" };
export const HOLDER_KIND: Record<string, string> = { WINDOW: "受理窗口", DEPARTMENT: "审批部门" };
export const RATING_LEVEL: Record<string, string> = {
  VERY_SATISFIED: "非常满意",
  SATISFIED: "满意",
  BASICALLY_SATISFIED: "基本满意",
  UNSATISFIED: "不满意",
  VERY_UNSATISFIED: "非常不满意",
};
export const COMPLAINT_CHANNEL: Record<string, string> = { PHONE: "投诉电话", BOX: "投诉箱", ONLINE: "网上投诉", IN_PERSON: "当面投诉" };
export const COMPLAINT_TARGET: Record<string, string> = { WINDOW: "窗口", PERSON: "工作人员", CASE: "办件" };
export const COMPLAINT_STATE: Record<string, string> = { RECEIVED: "已登记", ASSIGNED: "已交办", REPLIED: "已答复", CLOSED: "已办结" };
export const VIOLATION_KIND: Record<string, string> = {
  CONCLUDED_LATE: "超期办结",
  ADDED_CONDITION: "擅自增加条件",
  DECISION_ON_CANCELLED_ITEM: "对已取消事项作出决定",
  UNDELEGATED_DECISION: "未经授权作出决定",
  FEE_OUTSIDE_STANDARD: "超标准收费",
  LATE_FORWARD: "逾期上报",
  REFUSAL_WITHOUT_REASONS: "不予许可未说明理由",
};
export const STANDARD_CRITERIA: [string, string][] = [
  ["OPEN_WINDOWS", "开放式服务窗口"],
  ["SIGNS", "中心及窗口标识标牌"],
  ["WINDOW_INSTRUCTIONS", "每个窗口公示办事须知"],
  ["NOTICE_BOARD", "设置公开栏"],
  ["COMPLAINT_BOX", "设置投诉箱"],
  ["STAFF_BADGES", "工作人员挂牌上岗"],
  ["FUNDS", "工作经费有保障"],
  ["LEADING_GROUP", "成立领导小组"],
  ["DIRECTOR_RANK", "中心主任由副科级以上干部担任"],
  ["RULES_IN_FORCE", "政务公开、首问负责、一次性告知等制度上墙并执行"],
  ["STAFF_TRAINED", "工作人员经《行政许可法》培训"],
];

export const percent = (x: number | null | undefined) => (x == null ? "—" : `${(x * 100).toFixed(1)}%`);
