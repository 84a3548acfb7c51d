/** The domain's own words for every enum the consoles show. */
export const HANDLING: Record<string, string> = { IMMEDIATE: "即办件", PROMISED: "承诺件", JOINT: "联办件", ESCALATED: "上报件" };
export const ITEM_KIND: Record<string, string> = {
  ADMINISTRATIVE_LICENCE: "行政许可",
  NON_LICENCE_APPROVAL: "非行政许可审批",
  PUBLIC_SERVICE: "公共服务",
  CERTIFICATE: "证照办理",
  ENTRUSTED_ACCEPTANCE: "委托受理",
};
export const CASE_STATE: Record<string, string> = {
  RECEIVED: "已收件",
  AWAITING_SUPPLEMENT: "待补正",
  NOT_ACCEPTED: "不予受理",
  ACCEPTED: "已受理",
  SUSPENDED: "特别程序中",
  FORWARDED: "已上报",
  APPROVED: "准予许可",
  AWAITING_HANDOVER: "待送达",
  CONCLUDED: "已办结",
  REFUSED: "不予许可",
};
export const MATERIAL_FORM: Record<string, string> = { ORIGINAL: "原件", COPY: "复印件", ORIGINAL_AND_COPY: "原件及复印件" };
export const MATERIAL_STATUS: Record<string, string> = { PROVIDED: "已提交", MISSING: "缺少", DEFECTIVE: "需补正", NOT_APPLICABLE: "不适用" };
export const TIER: Record<string, string> = { CITY: "市级", COUNTY: "县(市、区)级", TOWNSHIP: "乡镇(街道)级" };
export const AUTHORITY: Record<string, string> = { ACCEPT_ONLY: "仅受理", ACCEPT_AND_DECIDE: "受理并决定(窗口既受又理)" };
export const PROCEDURE: Record<string, string> = {
  HEARING: "听证",
  TENDERING: "招标",
  AUCTION: "拍卖",
  INSPECTION: "检验检测(现场核查)",
  TESTING: "检测",
  QUARANTINE: "检疫",
  APPRAISAL: "鉴定",
  EXPERT_REVIEW: "专家评审",
};
export const VERSION_STATUS: Record<string, string> = { DRAFT: "草稿", SCHEDULED: "待生效", PUBLISHED: "现行有效", SUPERSEDED: "已被取代", CANCELLED: "已取消" };
export const OUTCOME: Record<string, string> = { APPROVED: "准予许可", REFUSED: "不予许可" };
export const ROLE: Record<string, string> = {
  WINDOW_CLERK: "窗口工作人员",
  CHARGE_CLERK: "收费窗口工作人员",
  DEPARTMENT_APPROVER: "部门审批人",
  CATALOGUE_PUBLISHER: "部门事项目录发布员",
  CENTRE_MANAGER: "中心管理员",
  SUPERVISOR: "监察人员",
  AGENT: "代办员",
};
export const NOTICE_KIND: Record<string, string> = {
  ACCEPTANCE_RECEIPT: "受理通知书",
  ONE_TIME_NOTICE: "一次性告知书",
  NON_ACCEPTANCE: "不予受理通知书",
  SUSPENSION: "特别程序告知书",
  EXTENSION: "延长审批期限告知书",
  REFUSAL_DECISION: "不予行政许可决定书",
};

export const label = (map: Record<string, string>, value: string | null | undefined) => (value ? (map[value] ?? value) : "—");

/** Today in Asia/Shanghai as YYYY-MM-DD, the day every clock of the centres counts in. */
export function todayInShanghai(): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Shanghai" }).format(new Date());
}

/** The history's actions, as the case page lists them. */
export const CASE_ACTION: Record<string, string> = {
  RECEIVE: "收件",
  ACCEPT: "受理",
  NOTIFY_ONCE: "一次性告知",
  SUPPLEMENT: "补正材料",
  ACCEPT_AFTER_SUPPLEMENT: "补正后受理",
  DEEM_ACCEPTED: "逾期视为受理",
  REFUSE_TO_ACCEPT: "不予受理",
  SUSPEND: "特别程序,暂停计时",
  RESUME: "恢复计时",
  EXTEND: "延长期限",
  APPROVE: "准予许可",
  REFUSE: "不予许可",
  ISSUE_LICENCE: "制发证照",
  FORWARD: "上报",
  APPROVE_PART: "环节同意",
  CHASE: "督办",
  ISSUE_LICENCE_FOR_HANDOVER: "上级制发证照,待送达",
  HAND_OVER: "送达证照",
  BILL: "开具缴费通知",
  CHARGE: "收费",
  VOID: "作废票据",
  REFUND: "退款",
};

/** 联办件 and 上报件: the parts a case is handled in. */
export const PART_KIND: Record<string, string> = { JOINT_LEAD: "牵头部门", JOINT_CO: "协办部门", REVIEW: "本级初审", DECISION: "上级审批决定" };
export const PART_STATE: Record<string, string> = {
  OPEN: "办理中",
  SUSPENDED: "暂停计时",
  APPROVED: "同意",
  REFUSED: "不同意",
  FORWARDED: "已上报",
  CLOSED: "终止",
};
export const REMINDER_KIND: Record<string, string> = { APPROACHING: "临近期限", OVERDUE: "已超期", CHASE: "督办" };
export const RECIPIENT: Record<string, string> = { HANDLER: "本窗口办理", LEAD: "牵头(受理)窗口跟踪" };
