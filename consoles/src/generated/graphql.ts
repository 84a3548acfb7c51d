/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** 作废或退款申请(输入) / a void or refund request. */
export type AdjustmentInput = {
  /** 退款金额(分),缺省为可退全额;作废不填 / refund amount in fen, default all that is left; none for a void */
  amountFen?: number | null | undefined;
  /** 作废或退款 / void or refund */
  kind: AdjustmentKind;
  /** 原因 / reason */
  reason: string;
  /** 票据号 / receipt number */
  receiptNumber: string;
};

/** 作废或退款 / a void or a refund. */
export type AdjustmentKind =
  /** 退款 / refund */
  | 'REFUND'
  /** 作废 / void */
  | 'VOID';

/** 作废或退款申请的状态 / state of a void or refund request. */
export type AdjustmentStatus =
  /** 已批准(已记账) / approved and entered in the ledger */
  | 'APPROVED'
  /** 待审批 / awaiting the manager */
  | 'PENDING'
  /** 不予批准 / rejected */
  | 'REJECTED';

/** 代办员培训(输入) / a training record, as input. */
export type AgentTrainingInput = {
  completedOn: string;
  course: string;
  hours: number;
};

/** 救济途径(输入) / appeal routes, as input. */
export type AppealRoutesInput = {
  litigation: string;
  reconsideration: string;
};

/** 申请人(输入) / applicant, as input. */
export type ApplicantInput = {
  /** 单位联系人 / contact person */
  contactName?: string | null | undefined;
  /** 单位的统一社会信用代码 / an organisation's credit code */
  creditCode?: string | null | undefined;
  /** 自然人的身份证号码 / a person's resident ID number */
  idNumber?: string | null | undefined;
  kind: ApplicantKind;
  name: string;
  /** 手机或联系电话 / mobile or phone */
  phone: string;
};

/** 申请人类别 / kind of applicant. */
export type ApplicantKind =
  /** 法人或其他组织 / an organisation */
  | 'ORGANISATION'
  /** 自然人 / a person */
  | 'PERSON';

/** 进驻授权 / authority delegated to the window for a stationed item. */
export type Authority =
  /** 既受又理 / accept and decide at the window */
  | 'ACCEPT_AND_DECIDE'
  /** 只受理 / accept only; the department decides elsewhere */
  | 'ACCEPT_ONLY'
  /** 只审批上报件 / decide the escalated cases forwarded from the tiers below; not accepted here */
  | 'DECIDE_ONLY';

/** 收费明细(输入):只能选用事项版本公布的收费标准 / a bill line, as input: a fee standard the item version publishes. */
export type BillLineInput = {
  /** 收费项目编码 / fee standard code */
  feeCode: string;
  /** 数量(按件、按面积时;固定金额为1) / quantity, for per-copy and per-area rules; 1 for a fixed fee */
  quantity?: number | null | undefined;
  /** 减免金额(分,仅限收费标准规定的减免情形) / reduction in fen, only where the standard defines reductions */
  reductionFen?: number | null | undefined;
  /** 减免情形 / reason of the reduction */
  reductionReason?: string | null | undefined;
};

/** 缴费通知状态 / state of a bill. */
export type BillStatus =
  /** 全额减免 / wholly exempt, nothing to pay */
  | 'EXEMPT'
  /** 已缴清 / paid */
  | 'PAID'
  /** 已全额退款 / fully refunded */
  | 'REFUNDED'
  /** 待缴费 / unpaid */
  | 'UNPAID'
  /** 票据已作废(可重新开具) / receipt voided; a new bill may be issued */
  | 'VOIDED';

/** 通报的统计对象层级 / what a bulletin's rows are. */
export type BulletinLevel =
  /** 中心(含下级汇总) / centres, with the tiers below rolled up */
  | 'CENTRE'
  /** 部门 / departments */
  | 'DEPARTMENT'
  /** 窗口 / windows */
  | 'WINDOW';

/** 办件状态 / state of a case. */
export type CaseState =
  /** 已受理,办理中 / accepted, in progress */
  | 'ACCEPTED'
  /** 准予许可,待制证 / approved, licence to be issued */
  | 'APPROVED'
  /** 证照已由上级制发,待原受理窗口送达 / licence issued upstairs, to be handed over at the accepting window */
  | 'AWAITING_HANDOVER'
  /** 已一次性告知,待补正 / one-time notice given, waiting for the supplements */
  | 'AWAITING_SUPPLEMENT'
  /** 已办结 / concluded */
  | 'CONCLUDED'
  /** 已上报,上级中心审批中(上报件) / forwarded to the competent tier above, which decides (escalated case) */
  | 'FORWARDED'
  /** 不予受理 / not accepted */
  | 'NOT_ACCEPTED'
  /** 已接收材料,待审查 / materials received, not yet reviewed */
  | 'RECEIVED'
  /** 不予许可(答复件) / refused with a written decision */
  | 'REFUSED'
  /** 特别程序中,暂停计时 / suspended for a special procedure; the clock stops */
  | 'SUSPENDED';

/** 收款(输入) / a payment at the charge window. */
export type ChargeInput = {
  /** 实收金额(分),须等于应缴合计 / amount taken in fen; must equal the bill's total */
  amountFen: number;
  /** 缴费通知 / bill */
  billId: string;
  /** 幂等键:重试返回首次结果 / idempotency key: a retry returns the first result */
  idempotencyKey: string;
  /** 支付方式 / method */
  method: PaymentMethod;
  /** 网上支付流水号 / online payment reference */
  paymentReference?: string | null | undefined;
};

/** 受监察的时限 / which duty a clock watches. */
export type ClockKind =
  /** 办结期限(第四十二条) / the case's deadline (Art. 42) */
  | 'DEADLINE'
  /** 上报件本级初审并上报(第四十三条) / an escalated case's preliminary review and forward (Art. 43) */
  | 'FORWARD'
  /** 证照10个工作日内送达(第四十四条) / the licence within 10 working days of the decision (Art. 44) */
  | 'LICENCE'
  /** 一次性告知5个工作日(第三十二条) / the one-time notice within 5 working days of receipt (Art. 32) */
  | 'NOTICE';

/** 投诉渠道 / where a complaint came in. */
export type ComplaintChannel =
  /** 投诉箱 / the complaint box */
  | 'BOX'
  /** 当面投诉 / in person */
  | 'IN_PERSON'
  /** 网上投诉 / online */
  | 'ONLINE'
  /** 投诉电话 / the complaint phone line */
  | 'PHONE';

/** 投诉人反馈 / the complainant's feedback on the reply. */
export type ComplaintFeedback =
  /** 满意 / satisfied */
  | 'SATISFIED'
  /** 不满意 / unsatisfied */
  | 'UNSATISFIED';

/** 投诉办理状态 / state of a complaint. */
export type ComplaintState =
  /** 已交办 / assigned */
  | 'ASSIGNED'
  /** 已办结(含投诉人反馈) / closed with the complainant's feedback */
  | 'CLOSED'
  /** 已登记 / recorded */
  | 'RECEIVED'
  /** 已答复 / replied */
  | 'REPLIED';

/** 投诉对象 / what a complaint is against. */
export type ComplaintTarget =
  /** 办件 / a case */
  | 'CASE'
  /** 工作人员 / a member of staff */
  | 'PERSON'
  /** 窗口 / a window */
  | 'WINDOW';

/** 咨询投诉(输入) / contacts, as input. */
export type ContactsInput = {
  complaintPhone: string;
  consultationPhone: string;
};

/** 盘点金额(输入) / what was counted for one payment method. */
export type CountInput = {
  /** 盘点金额(分) / counted, in fen */
  countedFen: number;
  /** 支付方式 / method */
  method: PaymentMethod;
};

/** 审批决定(输入) / decision, as input. */
export type DecideInput = {
  /** 同时制发证照 / issue the licence with the approval */
  licence?: LicenceTermsInput | null | undefined;
  outcome: DecisionOutcome;
  /** 理由(不予许可时必填) / reasons; required for a refusal */
  reasons?: string | null | undefined;
};

/** 审批结果 / outcome of a decision. */
export type DecisionOutcome =
  /** 准予许可 / approved */
  | 'APPROVED'
  /** 不予许可 / refused, with reasons */
  | 'REFUSED';

/** 导出格式 / export format. */
export type ExportFormat =
  /** CSV(UTF-8,含BOM) / CSV, UTF-8 with BOM */
  | 'CSV'
  /** Excel 工作簿 / spreadsheet (xlsx) */
  | 'XLSX';

/** 延长期限(输入) / extension, as input. */
export type ExtendInput = {
  /** 延长的工作日 / working days */
  days: number;
  reason: string;
};

/** 收费计算方式 / how a fee standard is computed. */
export type FeeRule =
  /** 固定金额 / fixed amount */
  | 'FIXED'
  /** 按面积(平方米) / per square metre */
  | 'PER_AREA'
  /** 按件(份) / per copy */
  | 'PER_COPY';

/** 收费标准(输入);金额以分计 / a fee standard, as input; amount in fen. */
export type FeeStandardInput = {
  amountFen: number;
  code: string;
  /** 收费部门(联办事项的协办部门;缺省为本部门) / department of the fee in a joint item; default this department */
  departmentId?: string | null | undefined;
  /** 互斥组:同组的收费标准只能收取其一 / exclusivity group: at most one standard of a group goes on a bill */
  exclusiveGroup?: string | null | undefined;
  legalBasis: string;
  name: string;
  reductions?: string | null | undefined;
  rule: FeeRule;
  unit?: string | null | undefined;
};

/** 登记投诉(输入) / recording a complaint. */
export type FileComplaintInput = {
  /** 投诉对象 / against */
  against: ComplaintTarget;
  /** 办件编号 / case number (against CASE) */
  caseNumber?: string | null | undefined;
  /** 中心 / centre */
  centreId: string;
  /** 渠道 / channel */
  channel: ComplaintChannel;
  /** 投诉人 / complainant's name */
  complainantName?: string | null | undefined;
  /** 联系电话 / complainant's phone */
  complainantPhone?: string | null | undefined;
  /** 内容 / content */
  content: string;
  /** 工作人员 / person (against PERSON) */
  person?: string | null | undefined;
  /** 窗口 / window (against WINDOW) */
  windowId?: string | null | undefined;
};

/** 办理类型(六制) / handling regime. */
export type HandlingType =
  /** 上报件(上报办理制) / escalated: accepted here, decided at a higher tier */
  | 'ESCALATED'
  /** 即办件(直接办理制) / immediate: decided on the spot or the same working day */
  | 'IMMEDIATE'
  /** 联办件(联合办理制) / joint: two or more departments under one lead window */
  | 'JOINT'
  /** 承诺件(承诺办理制) / promised: concluded within the promised working days */
  | 'PROMISED';

/** 办件当前在谁手中 / who holds the case now. */
export type HolderKind =
  /** 审批部门 / the deciding department's approvers */
  | 'DEPARTMENT'
  /** 受理窗口(经办人) / the accepting window and its clerk */
  | 'WINDOW';

/** 收件受理(输入) / intake at a window. */
export type IntakeInput = {
  /** 代办员 / agent */
  agentId?: string | null | undefined;
  /** 申请人 / applicant */
  applicant: ApplicantInput;
  /** 幂等键:重试返回首次结果 / idempotency key: a retry returns the first result */
  idempotencyKey?: string | null | undefined;
  /** 事项编码 / item code */
  itemCode: string;
  /** 材料核验 / checklist */
  materials: Array<MaterialCheckInput>;
  /** 收件日期,缺省为今天 / received on; default today */
  receivedOn?: string | null | undefined;
  /** 是否当场审查,缺省为是 / review now; default yes */
  reviewNow?: boolean | null | undefined;
  /** 窗口 / window */
  windowId: string;
};

/**
 * 事项实施清单(输入);法定期限缺省时按《行政许可法》第四十二条(20个工作日,联办45个) /
 * an item's implementation list, as input; the statutory limit defaults to Art. 42 (20 working days, joint 45).
 */
export type ItemDocumentInput = {
  acceptingTiers: Array<Tier>;
  appeal: AppealRoutesInput;
  clockStoppingProcedures?: Array<SpecialProcedure> | null | undefined;
  coDepartments?: Array<string> | null | undefined;
  code: string;
  conditions: Array<string>;
  contacts: ContactsInput;
  decidingTier: Tier;
  fees?: Array<FeeStandardInput> | null | undefined;
  handling: HandlingType;
  kind: ItemKind;
  legalBasis: string;
  materials: Array<MaterialInput>;
  name: string;
  promisedDays: number;
  /** 初审时限(仅上报件) / preliminary review limit, escalated items only */
  reviewDays?: number | null | undefined;
  statutoryDays?: number | null | undefined;
  /** 法定期限超过20个工作日(联办45个)时必填:规定该期限的法律、法规条款 / required for a statutory limit above Art. 42's default */
  statutoryDaysBasis?: string | null | undefined;
  steps: Array<ProcedureStepInput>;
};

/** 事项类型 / kind of item. */
export type ItemKind =
  /** 行政许可 / administrative licence */
  | 'ADMINISTRATIVE_LICENCE'
  /** 证照办理 / certificate or licence issuing */
  | 'CERTIFICATE'
  /** 委托受理 / accepted on behalf of another body */
  | 'ENTRUSTED_ACCEPTANCE'
  /** 非行政许可审批 / non-licence approval */
  | 'NON_LICENCE_APPROVAL'
  /** 公共服务(便民服务) / public service */
  | 'PUBLIC_SERVICE';

/** 事项版本状态 / lifecycle state of an item version. */
export type ItemVersionStatus =
  /** 已取消 / cancelled from its effective date */
  | 'CANCELLED'
  /** 草稿 / draft */
  | 'DRAFT'
  /** 已发布,现行有效 / published and in force */
  | 'PUBLISHED'
  /** 已发布,尚未生效 / published, takes effect on its effective date */
  | 'SCHEDULED'
  /** 已被新版本取代 / superseded by a later version */
  | 'SUPERSEDED';

/** 台账记录类别 / kind of ledger entry. */
export type LedgerEntryKind =
  /** 收款 / payment */
  | 'PAYMENT'
  /** 退款 / refund */
  | 'REFUND'
  /** 作废(当日,冲销整张票据) / void of a receipt, on its day */
  | 'VOID';

/** 证照(输入) / licence terms. */
export type LicenceTermsInput = {
  validFrom?: string | null | undefined;
  validUntil?: string | null | undefined;
};

/** 红黄绿灯 / the light of a running clock. */
export type Light =
  /** 绿灯:正常 / green: in time */
  | 'GREEN'
  /** 红灯:已超期(报警) / red: overdue (alarm) */
  | 'RED'
  /** 黄灯:临近期限(预警) / yellow: the due date is near (warning) */
  | 'YELLOW';

/** 材料核验(输入) / one line of the checklist, as input. */
export type MaterialCheckInput = {
  name: string;
  note?: string | null | undefined;
  status: MaterialStatus;
};

/** 材料形式 / form in which a material is submitted. */
export type MaterialForm =
  /** 复印件 / copy */
  | 'COPY'
  /** 原件 / original */
  | 'ORIGINAL'
  /** 原件及复印件 / original and copy */
  | 'ORIGINAL_AND_COPY';

/** 申报材料(输入) / a material, as input. */
export type MaterialInput = {
  blankForm?: string | null | undefined;
  condition?: string | null | undefined;
  copies: number;
  electronicAccepted: boolean;
  form: MaterialForm;
  name: string;
  required: boolean;
  sampleForm?: string | null | undefined;
};

/** 材料核验结果 / result of checking one material. */
export type MaterialStatus =
  /** 需补正 / defective, to be corrected */
  | 'DEFECTIVE'
  /** 未提交 / missing */
  | 'MISSING'
  /** 不适用(非必须材料) / not applicable (conditional materials only) */
  | 'NOT_APPLICABLE'
  /** 已提交 / provided */
  | 'PROVIDED';

/** 不予受理的情形 / ground for not accepting. */
export type NonAcceptanceGround =
  /** 依法不需要取得行政许可 / not a licence matter */
  | 'NOT_LICENCE_MATTER'
  /** 不属于本机关职权范围 / outside this body's competence */
  | 'OUTSIDE_COMPETENCE';

/** 书面通知类别 / kind of written notice. */
export type NoticeKind =
  /** 受理通知书 / acceptance receipt */
  | 'ACCEPTANCE_RECEIPT'
  /** 延长审批期限告知书 / extension notice */
  | 'EXTENSION'
  /** 不予受理通知书 / non-acceptance notice */
  | 'NON_ACCEPTANCE'
  /** 一次性告知书 / one-time notice of everything lacking */
  | 'ONE_TIME_NOTICE'
  /** 不予行政许可决定书 / refusal decision */
  | 'REFUSAL_DECISION'
  /** 特别程序告知书 / suspension notice */
  | 'SUSPENSION';

/** 监察设置(输入,中心管理员) / oversight settings, as the centre manager sets them. Give yellowDays or yellowSharePercent, not both. */
export type OversightSettingsInput = {
  /** 投诉办理时限(工作日) / complaint handling days */
  complaintDays?: number | null | undefined;
  /** 差评整改时限(工作日) / rectification days of unsatisfied ratings */
  rectifyDays?: number | null | undefined;
  /** 考核评分权重 / ranking weights */
  scoring?: ScoringWeightsInput | null | undefined;
  /** 期限前N个工作日亮黄灯 / yellow N working days before the due date */
  yellowDays?: number | null | undefined;
  /** 时限最后百分之N亮黄灯(1-100) / yellow in the last N percent of the limit (1-100) */
  yellowSharePercent?: number | null | undefined;
};

/** 环节决定(输入) / a department's decision on its part. */
export type PartDecisionInput = {
  outcome: DecisionOutcome;
  /** 理由(不同意时必填) / reasons; required for a refusal */
  reasons?: string | null | undefined;
};

/** 办件环节类别 / kind of part of a case. */
export type PartKind =
  /** 上报件的上级审批决定环节 / the competent upper tier's decision on an escalated case */
  | 'DECISION'
  /** 联办协办部门环节 / a co-department's part of a joint case */
  | 'JOINT_CO'
  /** 联办牵头部门环节 / the lead department's part of a joint case */
  | 'JOINT_LEAD'
  /** 上报件的本级初审环节(第四十三条) / the accepting tier's preliminary review of an escalated case (Art. 43) */
  | 'REVIEW';

/** 办件环节状态 / state of a part. */
export type PartState =
  /** 同意 / approved */
  | 'APPROVED'
  /** 终止(他部门不予许可) / closed because another part refused */
  | 'CLOSED'
  /** 已上报 / forwarded to the tier above */
  | 'FORWARDED'
  /** 办理中 / in progress */
  | 'OPEN'
  /** 不同意 / refused */
  | 'REFUSED'
  /** 特别程序中,暂停计时 / suspended for a special procedure */
  | 'SUSPENDED';

/** 支付方式 / how a payment was made. */
export type PaymentMethod =
  /** 银行卡 / bank card */
  | 'BANK_CARD'
  /** 现金 / cash */
  | 'CASH'
  /** 网上支付(须有支付平台流水号) / online payment, with the platform's reference */
  | 'ONLINE';

/** 统计周期 / a period of a bulletin. */
export type PeriodInput = {
  /** 类别 / kind */
  kind: PeriodKind;
  /** 月(1-12)或季(1-4);年度不填 / month 1-12 or quarter 1-4; none for a year */
  number?: number | null | undefined;
  /** 年 / year */
  year: number;
};

/** 统计周期类别 / kind of period. */
export type PeriodKind =
  /** 月 / month */
  | 'MONTH'
  /** 季 / quarter */
  | 'QUARTER'
  /** 年 / year */
  | 'YEAR';

/** 办事程序的一步(输入) / a procedure step, as input. */
export type ProcedureStepInput = {
  days: number;
  name: string;
  order: number;
};

/** 好差评五级 / the five national levels of a rating. */
export type RatingLevel =
  /** 基本满意 / basically satisfied */
  | 'BASICALLY_SATISFIED'
  /** 满意 / satisfied */
  | 'SATISFIED'
  /** 不满意 / unsatisfied */
  | 'UNSATISFIED'
  /** 非常满意 / very satisfied */
  | 'VERY_SATISFIED'
  /** 非常不满意 / very unsatisfied */
  | 'VERY_UNSATISFIED';

/** 不予受理(输入) / not accepting, as input. */
export type RefuseToAcceptInput = {
  /** 有权机关(不属于本机关职权范围时) / the competent body */
  competentBody?: string | null | undefined;
  ground: NonAcceptanceGround;
  reason: string;
};

/** 代办员登记(输入) / registering an agent. */
export type RegisterAgentInput = {
  id: string;
  name: string;
  phone: string;
  trainings: Array<AgentTrainingInput>;
};

/** 登记持证人员(输入) / registering a certified member of staff. */
export type RegisterStaffInput = {
  /** 上岗证编号 / certificate number */
  certificateNumber: string;
  /** 工号 / staff id */
  id: string;
  /** 姓名 / name */
  name: string;
  /** 有效期起 / valid from (YYYY-MM-DD) */
  validFrom: string;
  /** 有效期止 / valid until (YYYY-MM-DD) */
  validUntil: string;
};

/** 提醒类别 / kind of staff reminder. */
export type ReminderKind =
  /** 临近期限(黄灯) / deadline near */
  | 'APPROACHING'
  /** 牵头窗口督办 / chased by the lead window */
  | 'CHASE'
  /** 已超期(红灯) / deadline passed */
  | 'OVERDUE';

/** 考核评分权重(输入) / ranking weights, as input. */
export type ScoringWeightsInput = {
  /** 每件投诉扣分 / points off per complaint */
  complaintPenalty: number;
  /** 按时办结率权重 / weight of the on-time rate */
  onTime: number;
  /** 满意度权重 / weight of satisfaction */
  satisfaction: number;
  /** 提速权重 / weight of speed */
  speed: number;
  /** 乡镇中心建设标准权重 / weight of the township standard */
  standard: number;
  /** 每件违规扣分 / points off per violation */
  violationPenalty: number;
};

/** 不计入办理时限的特别程序(《行政许可法》第四十五条) / special procedures that stop the clock (Art. 45). */
export type SpecialProcedure =
  /** 鉴定 / appraisal */
  | 'APPRAISAL'
  /** 拍卖 / auction */
  | 'AUCTION'
  /** 专家评审 / expert review */
  | 'EXPERT_REVIEW'
  /** 听证 / hearing */
  | 'HEARING'
  /** 检验 / inspection */
  | 'INSPECTION'
  /** 检疫 / quarantine */
  | 'QUARANTINE'
  /** 招标 / tendering */
  | 'TENDERING'
  /** 检测 / testing */
  | 'TESTING';

/** 建设标准考核(输入) / an assessment, as input. */
export type StandardAssessmentInput = {
  /** 考核日期 / assessed on */
  assessedOn: string;
  /** 除面积外的各项 / every criterion but the office area */
  criteria: Array<StandardCriterionInput>;
  /** 备注 / note */
  note?: string | null | undefined;
  /** 办公面积(平方米) / office area, m² */
  officeAreaM2: number;
};

/** 建设标准一项的考核(输入) / one criterion as assessed. */
export type StandardCriterionInput = {
  /** 代码 / code (see docs/oversight.md) */
  code: string;
  /** 证据 / evidence */
  evidence?: string | null | undefined;
  /** 是否达标 / met */
  met: boolean;
};

/** 进驻事项(输入) / stationing an item at a window. */
export type StationItemInput = {
  /** 是否可预约 / appointments available */
  appointmentAvailable?: boolean | null | undefined;
  /** 授权 / delegated authority */
  authority: Authority;
  /** 事项编码 / item code */
  itemCode: string;
  /** 同时安排到该窗口的持证人员 / certified staff to assign to the window as well */
  staffIds?: Array<string> | null | undefined;
  /** 窗口 / window */
  windowId: string;
};

/** 暂停计时(输入) / suspension, as input. */
export type SuspendInput = {
  /** 预计所需工作日 / expected working days */
  expectedDays: number;
  /** 联办件:暂停计时的部门环节 / the joint part whose clock stops (joint cases only) */
  partId?: string | null | undefined;
  procedure: SpecialProcedure;
  reason: string;
};

/** 行政服务中心的层级 / tier of a service centre. */
export type Tier =
  /** 市级 / city */
  | 'CITY'
  /** 市(县)区级 / district or county-level city */
  | 'COUNTY'
  /** 乡镇(街道)级 / township or street */
  | 'TOWNSHIP';

/** 窗口类别 / kind of window. */
export type WindowKind =
  /** 收费窗口(扎口收费) / the centre's one charge window */
  | 'CHARGE'
  /** 综合窗口 / comprehensive window, accepting for several departments */
  | 'COMPREHENSIVE'
  /** 部门窗口 / a department's window */
  | 'DEPARTMENT';

export type MyEntrustedCasesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyEntrustedCasesQuery = { myEntrustedCases: Array<{ id: string, caseNumber: string, itemName: string, state: CaseState, receivedOn: string, acceptedOn: string | null, handling: HandlingType, centre: { id: string, name: string, tier: Tier }, window: { number: string, name: string }, applicant: { name: string }, clock: { deadline: string | null, suspended: boolean, limitDays: number, extensionDays: number, pausedWorkingDays: number, steps: Array<string> }, clocks: Array<{ part: string, kind: ClockKind, light: Light, dueOn: string, remainingWorkingDays: number, yellowWithinDays: number }>, parts: Array<{ id: string, seq: number, kind: PartKind, state: PartState, late: boolean, concludedOn: string | null, centre: { name: string, tier: Tier }, window: { number: string, name: string } | null, department: { name: string }, clock: { deadline: string | null, suspended: boolean, limitDays: number } }> }> };

export type BillFieldsFragment = { id: string, caseNumber: string, status: BillStatus, totalFen: number, issuedOn: string, payerName: string, itemVersion: number, case: { id: string, itemName: string, state: CaseState }, lines: Array<{ lineNo: number, feeCode: string, feeName: string, rule: FeeRule, unit: string | null, unitFen: number, quantity: number, grossFen: number, reductionFen: number, reductionReason: string | null, amountFen: number, legalBasis: string, department: { id: string, name: string } }> };

export type ReceiptFieldsFragment = { number: string, payerName: string, caseNumber: string, amountFen: number, method: PaymentMethod, issuedOn: string, voided: boolean, refundedFen: number };

export type UnpaidBillsQueryVariables = Exact<{
  centreId: string;
}>;


export type UnpaidBillsQuery = { unpaidBills: Array<{ id: string, caseNumber: string, status: BillStatus, totalFen: number, issuedOn: string, payerName: string, itemVersion: number, case: { id: string, itemName: string, state: CaseState }, lines: Array<{ lineNo: number, feeCode: string, feeName: string, rule: FeeRule, unit: string | null, unitFen: number, quantity: number, grossFen: number, reductionFen: number, reductionReason: string | null, amountFen: number, legalBasis: string, department: { id: string, name: string } }> }> };

export type ReceiptByNumberQueryVariables = Exact<{
  centreId: string;
  number: string;
}>;


export type ReceiptByNumberQuery = { receipt: { number: string, payerName: string, caseNumber: string, amountFen: number, method: PaymentMethod, issuedOn: string, voided: boolean, refundedFen: number } | null };

export type ReceiptPdfQueryVariables = Exact<{
  centreId: string;
  number: string;
}>;


export type ReceiptPdfQuery = { receipt: { number: string, pdfBase64: string } | null };

export type ChargeBillMutationVariables = Exact<{
  input: ChargeInput;
}>;


export type ChargeBillMutation = { chargeBill: { bill: { id: string, status: BillStatus } | null, receipt: { pdfBase64: string, number: string, payerName: string, caseNumber: string, amountFen: number, method: PaymentMethod, issuedOn: string, voided: boolean, refundedFen: number } | null, errors: Array<{ code: string, message: string, field: string | null, itemCode: string | null, index: number | null }> } };

export type RequestAdjustmentMutationVariables = Exact<{
  input: AdjustmentInput;
}>;


export type RequestAdjustmentMutation = { requestAdjustment: { adjustment: { id: string, kind: AdjustmentKind, status: AdjustmentStatus, amountFen: number, receiptNumber: string, reason: string } | null, errors: Array<{ code: string, message: string, field: string | null, itemCode: string | null, index: number | null }> } };

export type TotalsFieldsFragment = { billedFen: number, collectedFen: number, voidedFen: number, refundedFen: number, netFen: number, countedFen: number, differenceFen: number, counted: boolean, balanced: boolean, payments: number, voids: number, refunds: number, receiptsIssued: Array<string>, receiptsVoided: Array<string>, byMethod: Array<{ method: PaymentMethod, payments: number, collectedFen: number, voidedFen: number, refundedFen: number, netFen: number, countedFen: number, differenceFen: number }> };

export type ReconciliationFieldsFragment = { date: string, centre: { id: string, name: string }, centres: Array<{ centre: { id: string, name: string }, window: { id: string, number: string } | null, totals: { billedFen: number, collectedFen: number, voidedFen: number, refundedFen: number, netFen: number, countedFen: number, differenceFen: number, counted: boolean, balanced: boolean, payments: number, voids: number, refunds: number, receiptsIssued: Array<string>, receiptsVoided: Array<string>, byMethod: Array<{ method: PaymentMethod, payments: number, collectedFen: number, voidedFen: number, refundedFen: number, netFen: number, countedFen: number, differenceFen: number }> } }>, total: { billedFen: number, collectedFen: number, voidedFen: number, refundedFen: number, netFen: number, countedFen: number, differenceFen: number, counted: boolean, balanced: boolean, payments: number, voids: number, refunds: number, receiptsIssued: Array<string>, receiptsVoided: Array<string>, byMethod: Array<{ method: PaymentMethod, payments: number, collectedFen: number, voidedFen: number, refundedFen: number, netFen: number, countedFen: number, differenceFen: number }> } };

export type ChargeReconciliationQueryVariables = Exact<{
  centreId: string;
  date: string;
}>;


export type ChargeReconciliationQuery = { chargeReconciliation: { date: string, centre: { id: string, name: string }, centres: Array<{ centre: { id: string, name: string }, window: { id: string, number: string } | null, totals: { billedFen: number, collectedFen: number, voidedFen: number, refundedFen: number, netFen: number, countedFen: number, differenceFen: number, counted: boolean, balanced: boolean, payments: number, voids: number, refunds: number, receiptsIssued: Array<string>, receiptsVoided: Array<string>, byMethod: Array<{ method: PaymentMethod, payments: number, collectedFen: number, voidedFen: number, refundedFen: number, netFen: number, countedFen: number, differenceFen: number }> } }>, total: { billedFen: number, collectedFen: number, voidedFen: number, refundedFen: number, netFen: number, countedFen: number, differenceFen: number, counted: boolean, balanced: boolean, payments: number, voids: number, refunds: number, receiptsIssued: Array<string>, receiptsVoided: Array<string>, byMethod: Array<{ method: PaymentMethod, payments: number, collectedFen: number, voidedFen: number, refundedFen: number, netFen: number, countedFen: number, differenceFen: number }> } } };

export type ChargeReconciliationExportQueryVariables = Exact<{
  centreId: string;
  date: string;
}>;


export type ChargeReconciliationExportQuery = { chargeReconciliation: { date: string, csv: string, xlsxBase64: string } };

export type RecordCountMutationVariables = Exact<{
  date: string;
  counts: Array<CountInput> | CountInput;
}>;


export type RecordCountMutation = { recordCount: { reconciliation: { date: string, centre: { id: string, name: string }, centres: Array<{ centre: { id: string, name: string }, window: { id: string, number: string } | null, totals: { billedFen: number, collectedFen: number, voidedFen: number, refundedFen: number, netFen: number, countedFen: number, differenceFen: number, counted: boolean, balanced: boolean, payments: number, voids: number, refunds: number, receiptsIssued: Array<string>, receiptsVoided: Array<string>, byMethod: Array<{ method: PaymentMethod, payments: number, collectedFen: number, voidedFen: number, refundedFen: number, netFen: number, countedFen: number, differenceFen: number }> } }>, total: { billedFen: number, collectedFen: number, voidedFen: number, refundedFen: number, netFen: number, countedFen: number, differenceFen: number, counted: boolean, balanced: boolean, payments: number, voids: number, refunds: number, receiptsIssued: Array<string>, receiptsVoided: Array<string>, byMethod: Array<{ method: PaymentMethod, payments: number, collectedFen: number, voidedFen: number, refundedFen: number, netFen: number, countedFen: number, differenceFen: number }> } } | null, errors: Array<{ code: string, message: string, field: string | null, itemCode: string | null, index: number | null }> } };

export type CaseBillQueryVariables = Exact<{
  id: string;
}>;


export type CaseBillQuery = { case: { id: string, state: CaseState, itemVersion: { content: { fees: Array<{ code: string, name: string, rule: FeeRule, amountFen: number, unit: string | null, legalBasis: string, reductions: string | null, departmentId: string | null, exclusiveGroup: string | null }> } }, bill: { id: string, caseNumber: string, status: BillStatus, totalFen: number, issuedOn: string, payerName: string, itemVersion: number, receipt: { number: string, payerName: string, caseNumber: string, amountFen: number, method: PaymentMethod, issuedOn: string, voided: boolean, refundedFen: number } | null, case: { id: string, itemName: string, state: CaseState }, lines: Array<{ lineNo: number, feeCode: string, feeName: string, rule: FeeRule, unit: string | null, unitFen: number, quantity: number, grossFen: number, reductionFen: number, reductionReason: string | null, amountFen: number, legalBasis: string, department: { id: string, name: string } }> } | null } | null };

export type BillCaseMutationVariables = Exact<{
  caseId: string;
  lines: Array<BillLineInput> | BillLineInput;
}>;


export type BillCaseMutation = { billCase: { bill: { id: string, caseNumber: string, status: BillStatus, totalFen: number, issuedOn: string, payerName: string, itemVersion: number, case: { id: string, itemName: string, state: CaseState }, lines: Array<{ lineNo: number, feeCode: string, feeName: string, rule: FeeRule, unit: string | null, unitFen: number, quantity: number, grossFen: number, reductionFen: number, reductionReason: string | null, amountFen: number, legalBasis: string, department: { id: string, name: string } }> } | null, errors: Array<{ code: string, message: string, field: string | null, itemCode: string | null, index: number | null }> } };

export type PendingAdjustmentsQueryVariables = Exact<{
  centreId: string;
}>;


export type PendingAdjustmentsQuery = { pendingAdjustments: Array<{ id: string, kind: AdjustmentKind, status: AdjustmentStatus, amountFen: number, reason: string, requestedBy: string, requestedByName: string, receiptNumber: string }> };

export type ApproveAdjustmentMutationVariables = Exact<{
  id: string;
}>;


export type ApproveAdjustmentMutation = { approveAdjustment: { adjustment: { id: string, status: AdjustmentStatus, entry: { kind: LedgerEntryKind, amountFen: number, method: PaymentMethod } | null } | null, errors: Array<{ code: string, message: string, field: string | null, itemCode: string | null, index: number | null }> } };

export type RejectAdjustmentMutationVariables = Exact<{
  id: string;
  note: string;
}>;


export type RejectAdjustmentMutation = { rejectAdjustment: { adjustment: { id: string, status: AdjustmentStatus, decisionNote: string | null } | null, errors: Array<{ code: string, message: string, field: string | null, itemCode: string | null, index: number | null }> } };

export type FieldErrorFieldsFragment = { code: string, message: string, field: string | null, itemCode: string | null, index: number | null };

export type ContentFieldsFragment = { code: string, name: string, kind: ItemKind, handling: HandlingType, legalBasis: string, conditions: Array<string>, statutoryDays: number, promisedDays: number, clockStoppingProcedures: Array<SpecialProcedure>, acceptingTiers: Array<Tier>, decidingTier: Tier, coDepartments: Array<string>, steps: Array<{ order: number, name: string, days: number }>, materials: Array<{ name: string, required: boolean, condition: string | null, form: MaterialForm, copies: number, electronicAccepted: boolean, blankForm: string | null, sampleForm: string | null }>, fees: Array<{ code: string, name: string, rule: FeeRule, amountFen: number, unit: string | null, legalBasis: string, reductions: string | null }>, contacts: { consultationPhone: string, complaintPhone: string }, appeal: { reconsideration: string, litigation: string } };

export type NoticeFieldsFragment = { id: string, kind: NoticeKind, number: string, title: string, issuedOn: string, paragraphs: Array<string>, addressee: string | null, closing: Array<string>, lists: Array<{ heading: string, items: Array<string> }> };

export type CaseFieldsFragment = { id: string, caseNumber: string, queryCode: string | null, itemName: string, handling: HandlingType, state: CaseState, receivedOn: string, acceptedOn: string | null, deemedAccepted: boolean, agentId: string | null, licenceDue: string | null, concludedOn: string | null, centre: { id: string, name: string }, window: { id: string, number: string, name: string }, itemVersion: { code: string, version: number, content: { clockStoppingProcedures: Array<SpecialProcedure>, materials: Array<{ name: string, required: boolean, condition: string | null, form: MaterialForm, copies: number }>, fees: Array<{ code: string }> } }, applicant: { kind: ApplicantKind, name: string, identifier: string, phone: string, contactName: string | null }, clock: { deadline: string | null, limitDays: number, statutoryDays: number, extensionDays: number, pausedWorkingDays: number, suspended: boolean, provisional: boolean, steps: Array<string> }, materials: Array<{ name: string, status: MaterialStatus, note: string | null }>, suspensions: Array<{ procedure: SpecialProcedure, from: string, to: string | null, expectedDays: number, reason: string }>, decision: { number: string, outcome: DecisionOutcome, decidedOn: string, reasons: string | null, legalBasis: string } | null, licence: { number: string, issuedOn: string, validFrom: string, validUntil: string | null } | null, notices: Array<{ id: string, kind: NoticeKind, number: string, title: string, issuedOn: string, paragraphs: Array<string>, addressee: string | null, closing: Array<string>, lists: Array<{ heading: string, items: Array<string> }> }>, clocks: Array<{ part: string, kind: ClockKind, light: Light, dueOn: string, remainingWorkingDays: number, yellowWithinDays: number }> };

export type CasePayloadFieldsFragment = { case: { id: string, caseNumber: string, queryCode: string | null, itemName: string, handling: HandlingType, state: CaseState, receivedOn: string, acceptedOn: string | null, deemedAccepted: boolean, agentId: string | null, licenceDue: string | null, concludedOn: string | null, centre: { id: string, name: string }, window: { id: string, number: string, name: string }, itemVersion: { code: string, version: number, content: { clockStoppingProcedures: Array<SpecialProcedure>, materials: Array<{ name: string, required: boolean, condition: string | null, form: MaterialForm, copies: number }>, fees: Array<{ code: string }> } }, applicant: { kind: ApplicantKind, name: string, identifier: string, phone: string, contactName: string | null }, clock: { deadline: string | null, limitDays: number, statutoryDays: number, extensionDays: number, pausedWorkingDays: number, suspended: boolean, provisional: boolean, steps: Array<string> }, materials: Array<{ name: string, status: MaterialStatus, note: string | null }>, suspensions: Array<{ procedure: SpecialProcedure, from: string, to: string | null, expectedDays: number, reason: string }>, decision: { number: string, outcome: DecisionOutcome, decidedOn: string, reasons: string | null, legalBasis: string } | null, licence: { number: string, issuedOn: string, validFrom: string, validUntil: string | null } | null, notices: Array<{ id: string, kind: NoticeKind, number: string, title: string, issuedOn: string, paragraphs: Array<string>, addressee: string | null, closing: Array<string>, lists: Array<{ heading: string, items: Array<string> }> }>, clocks: Array<{ part: string, kind: ClockKind, light: Light, dueOn: string, remainingWorkingDays: number, yellowWithinDays: number }> } | null, notice: { id: string, kind: NoticeKind, number: string, title: string, issuedOn: string, paragraphs: Array<string>, addressee: string | null, closing: Array<string>, lists: Array<{ heading: string, items: Array<string> }> } | null, errors: Array<{ code: string, message: string, field: string | null, itemCode: string | null, index: number | null }> };

export type ClockLightFieldsFragment = { part: string, kind: ClockKind, light: Light, dueOn: string, remainingWorkingDays: number, yellowWithinDays: number };

export type CatalogueItemsQueryVariables = Exact<{
  market?: boolean;
  civilAffairs?: boolean;
  planning?: boolean;
}>;


export type CatalogueItemsQuery = { market?: { items: Array<{ code: string, version: number, status: ItemVersionStatus, effectiveFrom: string, name: string, kind: ItemKind, handling: HandlingType, promisedDays: number, statutoryDays: number }> }, civilAffairs?: { items: Array<{ code: string, version: number, status: ItemVersionStatus, effectiveFrom: string, name: string, kind: ItemKind, handling: HandlingType, promisedDays: number, statutoryDays: number }> }, planning?: { items: Array<{ code: string, version: number, status: ItemVersionStatus, effectiveFrom: string, name: string, kind: ItemKind, handling: HandlingType, promisedDays: number, statutoryDays: number }> } };

export type ItemVersionsQueryVariables = Exact<{
  code: string;
  market?: boolean;
  civilAffairs?: boolean;
  planning?: boolean;
}>;


export type ItemVersionsQuery = { market?: { versions: Array<{ version: number, status: ItemVersionStatus, effectiveFrom: string | null, publishedAt: string | null, content: { code: string, name: string, kind: ItemKind, handling: HandlingType, legalBasis: string, conditions: Array<string>, statutoryDays: number, promisedDays: number, clockStoppingProcedures: Array<SpecialProcedure>, acceptingTiers: Array<Tier>, decidingTier: Tier, coDepartments: Array<string>, steps: Array<{ order: number, name: string, days: number }>, materials: Array<{ name: string, required: boolean, condition: string | null, form: MaterialForm, copies: number, electronicAccepted: boolean, blankForm: string | null, sampleForm: string | null }>, fees: Array<{ code: string, name: string, rule: FeeRule, amountFen: number, unit: string | null, legalBasis: string, reductions: string | null }>, contacts: { consultationPhone: string, complaintPhone: string }, appeal: { reconsideration: string, litigation: string } } }> }, civilAffairs?: { versions: Array<{ version: number, status: ItemVersionStatus, effectiveFrom: string | null, publishedAt: string | null, content: { code: string, name: string, kind: ItemKind, handling: HandlingType, legalBasis: string, conditions: Array<string>, statutoryDays: number, promisedDays: number, clockStoppingProcedures: Array<SpecialProcedure>, acceptingTiers: Array<Tier>, decidingTier: Tier, coDepartments: Array<string>, steps: Array<{ order: number, name: string, days: number }>, materials: Array<{ name: string, required: boolean, condition: string | null, form: MaterialForm, copies: number, electronicAccepted: boolean, blankForm: string | null, sampleForm: string | null }>, fees: Array<{ code: string, name: string, rule: FeeRule, amountFen: number, unit: string | null, legalBasis: string, reductions: string | null }>, contacts: { consultationPhone: string, complaintPhone: string }, appeal: { reconsideration: string, litigation: string } } }> }, planning?: { versions: Array<{ version: number, status: ItemVersionStatus, effectiveFrom: string | null, publishedAt: string | null, content: { code: string, name: string, kind: ItemKind, handling: HandlingType, legalBasis: string, conditions: Array<string>, statutoryDays: number, promisedDays: number, clockStoppingProcedures: Array<SpecialProcedure>, acceptingTiers: Array<Tier>, decidingTier: Tier, coDepartments: Array<string>, steps: Array<{ order: number, name: string, days: number }>, materials: Array<{ name: string, required: boolean, condition: string | null, form: MaterialForm, copies: number, electronicAccepted: boolean, blankForm: string | null, sampleForm: string | null }>, fees: Array<{ code: string, name: string, rule: FeeRule, amountFen: number, unit: string | null, legalBasis: string, reductions: string | null }>, contacts: { consultationPhone: string, complaintPhone: string }, appeal: { reconsideration: string, litigation: string } } }> } };

export type SaveDraftMutationVariables = Exact<{
  input: ItemDocumentInput;
  market?: boolean;
  civilAffairs?: boolean;
  planning?: boolean;
}>;


export type SaveDraftMutation = { market?: { saveDraft: { version: { version: number, status: ItemVersionStatus } | null, errors: Array<{ code: string, message: string, field: string | null, itemCode: string | null, index: number | null }> } }, civilAffairs?: { saveDraft: { version: { version: number, status: ItemVersionStatus } | null, errors: Array<{ code: string, message: string, field: string | null, itemCode: string | null, index: number | null }> } }, planning?: { saveDraft: { version: { version: number, status: ItemVersionStatus } | null, errors: Array<{ code: string, message: string, field: string | null, itemCode: string | null, index: number | null }> } } };

export type PublishDraftMutationVariables = Exact<{
  code: string;
  effectiveFrom?: string | null | undefined;
  market?: boolean;
  civilAffairs?: boolean;
  planning?: boolean;
}>;


export type PublishDraftMutation = { market?: { publish: { version: { version: number, status: ItemVersionStatus, effectiveFrom: string | null } | null, errors: Array<{ code: string, message: string, field: string | null, itemCode: string | null, index: number | null }> } }, civilAffairs?: { publish: { version: { version: number, status: ItemVersionStatus, effectiveFrom: string | null } | null, errors: Array<{ code: string, message: string, field: string | null, itemCode: string | null, index: number | null }> } }, planning?: { publish: { version: { version: number, status: ItemVersionStatus, effectiveFrom: string | null } | null, errors: Array<{ code: string, message: string, field: string | null, itemCode: string | null, index: number | null }> } } };

export type CancelItemMutationVariables = Exact<{
  code: string;
  effectiveFrom: string;
  reason: string;
  market?: boolean;
  civilAffairs?: boolean;
  planning?: boolean;
}>;


export type CancelItemMutation = { market?: { cancel: { version: { version: number, status: ItemVersionStatus } | null, errors: Array<{ code: string, message: string, field: string | null, itemCode: string | null, index: number | null }> } }, civilAffairs?: { cancel: { version: { version: number, status: ItemVersionStatus } | null, errors: Array<{ code: string, message: string, field: string | null, itemCode: string | null, index: number | null }> } }, planning?: { cancel: { version: { version: number, status: ItemVersionStatus } | null, errors: Array<{ code: string, message: string, field: string | null, itemCode: string | null, index: number | null }> } } };

export type ImportCatalogueMutationVariables = Exact<{
  document: string;
  market?: boolean;
  civilAffairs?: boolean;
  planning?: boolean;
}>;


export type ImportCatalogueMutation = { market?: { importCatalogue: { created: Array<string>, updated: Array<string>, unchanged: Array<string>, errors: Array<{ code: string, message: string, field: string | null, itemCode: string | null, index: number | null }> } }, civilAffairs?: { importCatalogue: { created: Array<string>, updated: Array<string>, unchanged: Array<string>, errors: Array<{ code: string, message: string, field: string | null, itemCode: string | null, index: number | null }> } }, planning?: { importCatalogue: { created: Array<string>, updated: Array<string>, unchanged: Array<string>, errors: Array<{ code: string, message: string, field: string | null, itemCode: string | null, index: number | null }> } } };

export type CentreAdminQueryVariables = Exact<{
  centreId: string;
}>;


export type CentreAdminQuery = { centre: { id: string, name: string, tier: Tier, staff: Array<{ id: string, name: string, certificateNumber: string, validFrom: string, validUntil: string, certified: boolean }>, windows: Array<{ id: string, number: string, name: string, kind: WindowKind, department: { id: string, short: string } | null, staff: Array<{ id: string, name: string, certified: boolean }>, stationings: Array<{ authority: Authority, appointmentAvailable: boolean, item:
          | { code: string, name: string, handling: HandlingType, version: number }
          | { code: string, name: string, handling: HandlingType, version: number }
          | { code: string, name: string, handling: HandlingType, version: number }
         | null }> }> } | null };

export type DepartmentItemsQueryVariables = Exact<{
  market?: boolean;
  civilAffairs?: boolean;
  planning?: boolean;
}>;


export type DepartmentItemsQuery = { market?: { items: Array<{ code: string, name: string, handling: HandlingType }> }, civilAffairs?: { items: Array<{ code: string, name: string, handling: HandlingType }> }, planning?: { items: Array<{ code: string, name: string, handling: HandlingType }> } };

export type StationItemMutationVariables = Exact<{
  input: StationItemInput;
}>;


export type StationItemMutation = { stationItem: { stationing: { authority: Authority, item:
        | { code: string }
        | { code: string }
        | { code: string }
       | null, window: { id: string } } | null, errors: Array<{ code: string, message: string, field: string | null, itemCode: string | null, index: number | null }> } };

export type RegisterStaffMutationVariables = Exact<{
  centreId: string;
  input: RegisterStaffInput;
}>;


export type RegisterStaffMutation = { registerStaff: { staff: { id: string, name: string, certified: boolean } | null, errors: Array<{ code: string, message: string, field: string | null, itemCode: string | null, index: number | null }> } };

export type AgentsQueryVariables = Exact<{
  centreId: string;
}>;


export type AgentsQuery = { agents: Array<{ id: string, name: string, phone: string, active: boolean, trainings: Array<{ course: string, completedOn: string, hours: number }> }> };

export type RegisterAgentMutationVariables = Exact<{
  centreId: string;
  input: RegisterAgentInput;
}>;


export type RegisterAgentMutation = { registerAgent: { agent: { id: string, name: string } | null, errors: Array<{ code: string, message: string, field: string | null, itemCode: string | null, index: number | null }> } };

export type HolidayYearQueryVariables = Exact<{
  year: number;
}>;


export type HolidayYearQuery = { holidayYear: { year: number, source: string, holidays: Array<string>, makeUpWorkdays: Array<string> } | null };

export type LoadHolidayYearMutationVariables = Exact<{
  document: string;
}>;


export type LoadHolidayYearMutation = { loadHolidayYear: { year: number, source: string, holidays: Array<string>, makeUpWorkdays: Array<string> } };

export type NextHolidayYearReminderQueryVariables = Exact<{ [key: string]: never; }>;


export type NextHolidayYearReminderQuery = { nextHolidayYearReminder: string | null };

export type ClockAlertFieldsFragment = { kind: ClockKind, part: string, dueOn: string, limitDays: number, light: Light, remainingWorkingDays: number, provisional: boolean, departmentId: string, holder: { kind: HolderKind, id: string }, centre: { id: string, name: string }, window: { id: string, number: string, name: string }, case: { id: string, caseNumber: string, itemName: string, state: CaseState } };

export type SupervisorLightsQueryVariables = Exact<{
  centreId: string;
}>;


export type SupervisorLightsQuery = { lightCounts: Array<{ yellow: number, red: number, provisional: number, centre: { id: string, name: string, tier: Tier } }> };

export type ClockAlertsQueryVariables = Exact<{
  centreId: string;
  lights?: Array<Light> | Light | null | undefined;
  windowId?: string | null | undefined;
  departmentId?: string | null | undefined;
}>;


export type ClockAlertsQuery = { clockAlerts: Array<{ kind: ClockKind, part: string, dueOn: string, limitDays: number, light: Light, remainingWorkingDays: number, provisional: boolean, departmentId: string, holder: { kind: HolderKind, id: string }, centre: { id: string, name: string }, window: { id: string, number: string, name: string }, case: { id: string, caseNumber: string, itemName: string, state: CaseState } }> };

export type ViolationsQueryVariables = Exact<{
  centreId: string;
}>;


export type ViolationsQuery = { violations: Array<{ id: string, kind: string, actorId: string, actorRole: string, windowId: string | null, detectedAt: string, evidence: string, centre: { id: string, name: string }, case: { id: string, caseNumber: string, itemName: string } | null }> };

export type ComplaintFieldsFragment = { id: string, channel: ComplaintChannel, against: ComplaintTarget, windowId: string | null, person: string | null, content: string, complainantName: string | null, receivedOn: string, state: ComplaintState, assignedTo: string | null, dueOn: string | null, light: Light | null, reply: string | null, repliedOn: string | null, feedback: ComplaintFeedback | null, feedbackNote: string | null, closedOn: string | null, centre: { id: string, name: string }, case: { id: string, caseNumber: string } | null };

export type ComplaintsQueryVariables = Exact<{
  centreId: string;
}>;


export type ComplaintsQuery = { complaints: Array<{ id: string, channel: ComplaintChannel, against: ComplaintTarget, windowId: string | null, person: string | null, content: string, complainantName: string | null, receivedOn: string, state: ComplaintState, assignedTo: string | null, dueOn: string | null, light: Light | null, reply: string | null, repliedOn: string | null, feedback: ComplaintFeedback | null, feedbackNote: string | null, closedOn: string | null, centre: { id: string, name: string }, case: { id: string, caseNumber: string } | null }> };

export type FileComplaintMutationVariables = Exact<{
  input: FileComplaintInput;
}>;


export type FileComplaintMutation = { fileComplaint: { complaint: { id: string, channel: ComplaintChannel, against: ComplaintTarget, windowId: string | null, person: string | null, content: string, complainantName: string | null, receivedOn: string, state: ComplaintState, assignedTo: string | null, dueOn: string | null, light: Light | null, reply: string | null, repliedOn: string | null, feedback: ComplaintFeedback | null, feedbackNote: string | null, closedOn: string | null, centre: { id: string, name: string }, case: { id: string, caseNumber: string } | null } | null, errors: Array<{ code: string, message: string, field: string | null, itemCode: string | null, index: number | null }> } };

export type AssignComplaintMutationVariables = Exact<{
  id: string;
  assignee: string;
  handlingDays?: number | null | undefined;
}>;


export type AssignComplaintMutation = { assignComplaint: { complaint: { id: string, channel: ComplaintChannel, against: ComplaintTarget, windowId: string | null, person: string | null, content: string, complainantName: string | null, receivedOn: string, state: ComplaintState, assignedTo: string | null, dueOn: string | null, light: Light | null, reply: string | null, repliedOn: string | null, feedback: ComplaintFeedback | null, feedbackNote: string | null, closedOn: string | null, centre: { id: string, name: string }, case: { id: string, caseNumber: string } | null } | null, errors: Array<{ code: string, message: string, field: string | null, itemCode: string | null, index: number | null }> } };

export type ReplyToComplaintMutationVariables = Exact<{
  id: string;
  reply: string;
}>;


export type ReplyToComplaintMutation = { replyToComplaint: { complaint: { id: string, channel: ComplaintChannel, against: ComplaintTarget, windowId: string | null, person: string | null, content: string, complainantName: string | null, receivedOn: string, state: ComplaintState, assignedTo: string | null, dueOn: string | null, light: Light | null, reply: string | null, repliedOn: string | null, feedback: ComplaintFeedback | null, feedbackNote: string | null, closedOn: string | null, centre: { id: string, name: string }, case: { id: string, caseNumber: string } | null } | null, errors: Array<{ code: string, message: string, field: string | null, itemCode: string | null, index: number | null }> } };

export type CloseComplaintMutationVariables = Exact<{
  id: string;
  feedback: ComplaintFeedback;
  note?: string | null | undefined;
}>;


export type CloseComplaintMutation = { closeComplaint: { complaint: { id: string, channel: ComplaintChannel, against: ComplaintTarget, windowId: string | null, person: string | null, content: string, complainantName: string | null, receivedOn: string, state: ComplaintState, assignedTo: string | null, dueOn: string | null, light: Light | null, reply: string | null, repliedOn: string | null, feedback: ComplaintFeedback | null, feedbackNote: string | null, closedOn: string | null, centre: { id: string, name: string }, case: { id: string, caseNumber: string } | null } | null, errors: Array<{ code: string, message: string, field: string | null, itemCode: string | null, index: number | null }> } };

export type RatingFieldsFragment = { id: string, windowId: string, departmentId: string, level: RatingLevel, comment: string | null, ratedOn: string, rectifyDue: string | null, light: Light | null, followUp: string | null, followedBy: string | null, rectifiedOn: string | null, case: { id: string, caseNumber: string, itemName: string } | null, centre: { id: string, name: string } };

export type RatingsQueryVariables = Exact<{
  centreId: string;
}>;


export type RatingsQuery = { ratings: Array<{ id: string, windowId: string, departmentId: string, level: RatingLevel, comment: string | null, ratedOn: string, rectifyDue: string | null, light: Light | null, followUp: string | null, followedBy: string | null, rectifiedOn: string | null, case: { id: string, caseNumber: string, itemName: string } | null, centre: { id: string, name: string } }> };

export type FollowUpRatingMutationVariables = Exact<{
  id: string;
  followUp: string;
  rectified: boolean;
}>;


export type FollowUpRatingMutation = { followUpRating: { rating: { id: string, windowId: string, departmentId: string, level: RatingLevel, comment: string | null, ratedOn: string, rectifyDue: string | null, light: Light | null, followUp: string | null, followedBy: string | null, rectifiedOn: string | null, case: { id: string, caseNumber: string, itemName: string } | null, centre: { id: string, name: string } } | null, errors: Array<{ code: string, message: string, field: string | null, itemCode: string | null, index: number | null }> } };

export type FiguresFieldsFragment = { accepted: number, notAccepted: number, concluded: number, onTime: number, late: number, onTimeRate: number | null, averageUsedDays: number | null, averagePromisedDays: number | null, licenceLate: number, violations: number, complaints: number, satisfactionRate: number | null, ratings: { verySatisfied: number, satisfied: number, basicallySatisfied: number, unsatisfied: number, veryUnsatisfied: number } };

export type BulletinQueryVariables = Exact<{
  centreId: string;
  period: PeriodInput;
  by: BulletinLevel;
}>;


export type BulletinQuery = { bulletin: { period: string, from: string, to: string, by: BulletinLevel, lines: Array<{ key: string, name: string, centreId: string | null, figures: { accepted: number, notAccepted: number, concluded: number, onTime: number, late: number, onTimeRate: number | null, averageUsedDays: number | null, averagePromisedDays: number | null, licenceLate: number, violations: number, complaints: number, satisfactionRate: number | null, ratings: { verySatisfied: number, satisfied: number, basicallySatisfied: number, unsatisfied: number, veryUnsatisfied: number } } }>, total: { accepted: number, notAccepted: number, concluded: number, onTime: number, late: number, onTimeRate: number | null, averageUsedDays: number | null, averagePromisedDays: number | null, licenceLate: number, violations: number, complaints: number, satisfactionRate: number | null, ratings: { verySatisfied: number, satisfied: number, basicallySatisfied: number, unsatisfied: number, veryUnsatisfied: number } } }, ranking: Array<{ rank: number | null, key: string, name: string, score: number | null, parts: { onTime: number, satisfaction: number, speed: number, standard: number | null } | null }> };

export type BulletinExportQueryVariables = Exact<{
  centreId: string;
  period: PeriodInput;
  by: BulletinLevel;
  format: ExportFormat;
}>;


export type BulletinExportQuery = { bulletinExport: { filename: string, contentType: string, base64: string } };

export type StandardAssessmentsQueryVariables = Exact<{
  centreId: string;
}>;


export type StandardAssessmentsQuery = { standardAssessments: Array<{ id: string, assessedBy: string, assessedOn: string, officeAreaM2: number, shareMet: number, compliant: boolean, note: string | null, centre: { id: string, name: string }, assessedByCentre: { id: string, name: string }, criteria: Array<{ code: string, name: string, met: boolean, evidence: string | null }> }> };

export type AssessTownshipCentreMutationVariables = Exact<{
  centreId: string;
  input: StandardAssessmentInput;
}>;


export type AssessTownshipCentreMutation = { assessTownshipCentre: { assessment: { id: string, shareMet: number, compliant: boolean } | null, errors: Array<{ code: string, message: string, field: string | null, itemCode: string | null, index: number | null }> } };

export type SubCentresQueryVariables = Exact<{
  centreId: string;
}>;


export type SubCentresQuery = { centre: { id: string, name: string, tier: Tier, children: Array<{ id: string, name: string, tier: Tier }> } | null };

export type OversightSettingsQueryVariables = Exact<{
  centreId: string;
}>;


export type OversightSettingsQuery = { oversightSettings: { centreId: string, yellowDays: number | null, yellowSharePercent: number | null, complaintDays: number, rectifyDays: number, scoring: { onTime: number, satisfaction: number, speed: number, standard: number, violationPenalty: number, complaintPenalty: number } } };

export type SetOversightSettingsMutationVariables = Exact<{
  centreId: string;
  input: OversightSettingsInput;
}>;


export type SetOversightSettingsMutation = { setOversightSettings: { settings: { centreId: string, yellowDays: number | null, yellowSharePercent: number | null, complaintDays: number, rectifyDays: number } | null, errors: Array<{ code: string, message: string, field: string | null, itemCode: string | null, index: number | null }> } };

export type NetworkQueryVariables = Exact<{ [key: string]: never; }>;


export type NetworkQuery = { centres: Array<{ id: string, name: string, tier: Tier, parent: { id: string } | null, windows: Array<{ id: string, number: string, name: string, kind: WindowKind, department: { id: string, name: string } | null }> }>, departments: Array<{ id: string, name: string, short: string }> };

export type SearchGuidesQueryVariables = Exact<{
  centreId: string;
  keyword?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchGuidesQuery = { searchGuides: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ escalated: boolean, item: { code: string, version: number, department: { id: string, short: string }, content: { name: string, kind: ItemKind, handling: HandlingType, promisedDays: number, statutoryDays: number } }, windows: Array<{ number: string, name: string }> }> } };

export type GuideQueryVariables = Exact<{
  centreId: string;
  itemCode: string;
}>;


export type GuideQuery = { guide: { authority: Authority, appointmentAvailable: boolean, agentServiceAvailable: boolean, escalated: boolean, item: { code: string, version: number, effectiveFrom: string, department: { name: string }, content: { code: string, name: string, kind: ItemKind, handling: HandlingType, legalBasis: string, conditions: Array<string>, statutoryDays: number, promisedDays: number, clockStoppingProcedures: Array<SpecialProcedure>, acceptingTiers: Array<Tier>, decidingTier: Tier, coDepartments: Array<string>, steps: Array<{ order: number, name: string, days: number }>, materials: Array<{ name: string, required: boolean, condition: string | null, form: MaterialForm, copies: number, electronicAccepted: boolean, blankForm: string | null, sampleForm: string | null }>, fees: Array<{ code: string, name: string, rule: FeeRule, amountFen: number, unit: string | null, legalBasis: string, reductions: string | null }>, contacts: { consultationPhone: string, complaintPhone: string }, appeal: { reconsideration: string, litigation: string } } }, centre: { id: string, name: string, address: string, hours: string, phone: string }, windows: Array<{ number: string, name: string }>, decidedAt: { name: string } | null } | null };

export type CaseStatusQueryVariables = Exact<{
  caseNumber: string;
  queryCode: string;
}>;


export type CaseStatusQuery = { caseStatus: { caseNumber: string, itemName: string, centreName: string, state: CaseState, stateName: string, receivedOn: string, acceptedOn: string | null, deadline: string | null, concludedOn: string | null, outcome: DecisionOutcome | null, licenceNumber: string | null, milestones: Array<{ on: string, description: string }>, messages: Array<{ at: string, text: string }> } | null };

export type UpperTierItemsQueryVariables = Exact<{
  centreId: string;
}>;


export type UpperTierItemsQuery = { upperTierItems: Array<{ escalated: boolean, item: { code: string, content: { name: string, handling: HandlingType, promisedDays: number }, department: { short: string } }, handledAt: { id: string, name: string } }> };

export type RateCaseMutationVariables = Exact<{
  caseNumber: string;
  queryCode: string;
  level: RatingLevel;
  comment?: string | null | undefined;
}>;


export type RateCaseMutation = { rateCase: { rating: { id: string, level: RatingLevel, ratedOn: string } | null, errors: Array<{ code: string, message: string, field: string | null, itemCode: string | null, index: number | null }> } };

export type PartFieldsFragment = { id: string, seq: number, kind: PartKind, state: PartState, startedOn: string, concludedOn: string | null, late: boolean, opinion: string | null, handlerId: string | null, centre: { id: string, name: string, tier: Tier }, window: { id: string, number: string, name: string } | null, department: { id: string, name: string }, clock: { deadline: string | null, limitDays: number, extensionDays: number, pausedWorkingDays: number, suspended: boolean }, decision: { number: string, outcome: DecisionOutcome, decidedOn: string, reasons: string | null } | null };

export type MutationResultFragment = { case: { id: string, state: CaseState } | null, errors: Array<{ code: string, message: string, field: string | null, itemCode: string | null, index: number | null }> };

export type CaseTiersQueryVariables = Exact<{
  id: string;
}>;


export type CaseTiersQuery = { case: { id: string, handling: HandlingType, state: CaseState, parts: Array<{ id: string, seq: number, kind: PartKind, state: PartState, startedOn: string, concludedOn: string | null, late: boolean, opinion: string | null, handlerId: string | null, centre: { id: string, name: string, tier: Tier }, window: { id: string, number: string, name: string } | null, department: { id: string, name: string }, clock: { deadline: string | null, limitDays: number, extensionDays: number, pausedWorkingDays: number, suspended: boolean }, decision: { number: string, outcome: DecisionOutcome, decidedOn: string, reasons: string | null } | null }>, clocks: Array<{ part: string, kind: ClockKind, light: Light, dueOn: string, remainingWorkingDays: number, yellowWithinDays: number }>, holder: { centre: { id: string, name: string, tier: Tier }, window: { id: string, number: string, name: string } } } | null };

export type ForwardCaseMutationVariables = Exact<{
  caseId: string;
  opinion: string;
}>;


export type ForwardCaseMutation = { forwardCase: { case: { id: string, state: CaseState } | null, errors: Array<{ code: string, message: string, field: string | null, itemCode: string | null, index: number | null }> } };

export type HandOverCaseMutationVariables = Exact<{
  caseId: string;
}>;


export type HandOverCaseMutation = { handOverCase: { case: { id: string, state: CaseState } | null, errors: Array<{ code: string, message: string, field: string | null, itemCode: string | null, index: number | null }> } };

export type DecidePartMutationVariables = Exact<{
  partId: string;
  input: PartDecisionInput;
}>;


export type DecidePartMutation = { decidePart: { case: { id: string, state: CaseState } | null, errors: Array<{ code: string, message: string, field: string | null, itemCode: string | null, index: number | null }> } };

export type ConcludeJointCaseMutationVariables = Exact<{
  caseId: string;
  licence?: LicenceTermsInput | null | undefined;
}>;


export type ConcludeJointCaseMutation = { concludeJointCase: { case: { id: string, state: CaseState } | null, errors: Array<{ code: string, message: string, field: string | null, itemCode: string | null, index: number | null }> } };

export type ChasePartMutationVariables = Exact<{
  partId: string;
  message: string;
}>;


export type ChasePartMutation = { chasePart: { case: { id: string, state: CaseState } | null, errors: Array<{ code: string, message: string, field: string | null, itemCode: string | null, index: number | null }> } };

export type SuspendPartMutationVariables = Exact<{
  caseId: string;
  input: SuspendInput;
}>;


export type SuspendPartMutation = { suspendClock: { case: { id: string, state: CaseState } | null, errors: Array<{ code: string, message: string, field: string | null, itemCode: string | null, index: number | null }> } };

export type ResumePartMutationVariables = Exact<{
  caseId: string;
  partId?: string | null | undefined;
}>;


export type ResumePartMutation = { resumeClock: { case: { id: string, state: CaseState } | null, errors: Array<{ code: string, message: string, field: string | null, itemCode: string | null, index: number | null }> } };

export type MyRemindersQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type MyRemindersQuery = { myReminders: Array<{ id: string, kind: ReminderKind, deadline: string, recipient: string, message: string, createdOn: string, case: { id: string, caseNumber: string, itemName: string, state: CaseState }, part: { id: string, seq: number, kind: PartKind, department: { name: string } } | null }> };

export type DepartmentQueueQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type DepartmentQueueQuery = { departmentQueue: Array<{ id: string, caseNumber: string, itemName: string, handling: HandlingType, state: CaseState, applicant: { name: string }, centre: { id: string, name: string, tier: Tier }, clock: { deadline: string | null, suspended: boolean }, clocks: Array<{ part: string, kind: ClockKind, light: Light, dueOn: string, remainingWorkingDays: number, yellowWithinDays: number }>, parts: Array<{ id: string, seq: number, kind: PartKind, state: PartState, department: { id: string }, clock: { deadline: string | null, suspended: boolean } }> }> };

export type WindowItemsQueryVariables = Exact<{
  centreId: string;
}>;


export type WindowItemsQuery = { centre: { id: string, name: string, windows: Array<{ id: string, number: string, name: string, stationings: Array<{ authority: Authority, item:
          | { code: string, name: string, kind: ItemKind, handling: HandlingType, promisedDays: number, statutoryDays: number, version: number, materials: Array<{ name: string, required: boolean, condition: string | null, form: MaterialForm, copies: number }> }
          | { code: string, name: string, kind: ItemKind, handling: HandlingType, promisedDays: number, statutoryDays: number, version: number, materials: Array<{ name: string, required: boolean, condition: string | null, form: MaterialForm, copies: number }> }
          | { code: string, name: string, kind: ItemKind, handling: HandlingType, promisedDays: number, statutoryDays: number, version: number, materials: Array<{ name: string, required: boolean, condition: string | null, form: MaterialForm, copies: number }> }
         | null }> }> } | null };

export type WindowQueueQueryVariables = Exact<{
  windowId: string;
}>;


export type WindowQueueQuery = { windowQueue: Array<{ id: string, caseNumber: string, itemName: string, handling: HandlingType, state: CaseState, receivedOn: string, applicant: { kind: ApplicantKind, name: string }, clock: { deadline: string | null, suspended: boolean, limitDays: number, extensionDays: number, provisional: boolean }, clocks: Array<{ part: string, kind: ClockKind, light: Light, dueOn: string, remainingWorkingDays: number, yellowWithinDays: number }> }> };

export type CaseDetailQueryVariables = Exact<{
  id: string;
}>;


export type CaseDetailQuery = { case: { id: string, caseNumber: string, queryCode: string | null, itemName: string, handling: HandlingType, state: CaseState, receivedOn: string, acceptedOn: string | null, deemedAccepted: boolean, agentId: string | null, licenceDue: string | null, concludedOn: string | null, bill: { status: BillStatus } | null, history: Array<{ at: string, on: string, action: string, fromState: CaseState | null, toState: CaseState, reason: string | null, actorId: string, actorName: string, actorRole: string }>, centre: { id: string, name: string }, window: { id: string, number: string, name: string }, itemVersion: { code: string, version: number, content: { clockStoppingProcedures: Array<SpecialProcedure>, materials: Array<{ name: string, required: boolean, condition: string | null, form: MaterialForm, copies: number }>, fees: Array<{ code: string }> } }, applicant: { kind: ApplicantKind, name: string, identifier: string, phone: string, contactName: string | null }, clock: { deadline: string | null, limitDays: number, statutoryDays: number, extensionDays: number, pausedWorkingDays: number, suspended: boolean, provisional: boolean, steps: Array<string> }, materials: Array<{ name: string, status: MaterialStatus, note: string | null }>, suspensions: Array<{ procedure: SpecialProcedure, from: string, to: string | null, expectedDays: number, reason: string }>, decision: { number: string, outcome: DecisionOutcome, decidedOn: string, reasons: string | null, legalBasis: string } | null, licence: { number: string, issuedOn: string, validFrom: string, validUntil: string | null } | null, notices: Array<{ id: string, kind: NoticeKind, number: string, title: string, issuedOn: string, paragraphs: Array<string>, addressee: string | null, closing: Array<string>, lists: Array<{ heading: string, items: Array<string> }> }>, clocks: Array<{ part: string, kind: ClockKind, light: Light, dueOn: string, remainingWorkingDays: number, yellowWithinDays: number }> } | null };

export type NoticePdfQueryVariables = Exact<{
  id: string;
}>;


export type NoticePdfQuery = { case: { id: string, notices: Array<{ id: string, number: string, title: string, pdfBase64: string }> } | null };

export type IntakeCaseMutationVariables = Exact<{
  input: IntakeInput;
}>;


export type IntakeCaseMutation = { intakeCase: { notice: { pdfBase64: string, id: string, kind: NoticeKind, number: string, title: string, issuedOn: string, paragraphs: Array<string>, addressee: string | null, closing: Array<string>, lists: Array<{ heading: string, items: Array<string> }> } | null, case: { id: string, caseNumber: string, queryCode: string | null, itemName: string, handling: HandlingType, state: CaseState, receivedOn: string, acceptedOn: string | null, deemedAccepted: boolean, agentId: string | null, licenceDue: string | null, concludedOn: string | null, centre: { id: string, name: string }, window: { id: string, number: string, name: string }, itemVersion: { code: string, version: number, content: { clockStoppingProcedures: Array<SpecialProcedure>, materials: Array<{ name: string, required: boolean, condition: string | null, form: MaterialForm, copies: number }>, fees: Array<{ code: string }> } }, applicant: { kind: ApplicantKind, name: string, identifier: string, phone: string, contactName: string | null }, clock: { deadline: string | null, limitDays: number, statutoryDays: number, extensionDays: number, pausedWorkingDays: number, suspended: boolean, provisional: boolean, steps: Array<string> }, materials: Array<{ name: string, status: MaterialStatus, note: string | null }>, suspensions: Array<{ procedure: SpecialProcedure, from: string, to: string | null, expectedDays: number, reason: string }>, decision: { number: string, outcome: DecisionOutcome, decidedOn: string, reasons: string | null, legalBasis: string } | null, licence: { number: string, issuedOn: string, validFrom: string, validUntil: string | null } | null, notices: Array<{ id: string, kind: NoticeKind, number: string, title: string, issuedOn: string, paragraphs: Array<string>, addressee: string | null, closing: Array<string>, lists: Array<{ heading: string, items: Array<string> }> }>, clocks: Array<{ part: string, kind: ClockKind, light: Light, dueOn: string, remainingWorkingDays: number, yellowWithinDays: number }> } | null, errors: Array<{ code: string, message: string, field: string | null, itemCode: string | null, index: number | null }> } };

export type ReviewMaterialsMutationVariables = Exact<{
  caseId: string;
  materials: Array<MaterialCheckInput> | MaterialCheckInput;
}>;


export type ReviewMaterialsMutation = { reviewMaterials: { case: { id: string, caseNumber: string, queryCode: string | null, itemName: string, handling: HandlingType, state: CaseState, receivedOn: string, acceptedOn: string | null, deemedAccepted: boolean, agentId: string | null, licenceDue: string | null, concludedOn: string | null, centre: { id: string, name: string }, window: { id: string, number: string, name: string }, itemVersion: { code: string, version: number, content: { clockStoppingProcedures: Array<SpecialProcedure>, materials: Array<{ name: string, required: boolean, condition: string | null, form: MaterialForm, copies: number }>, fees: Array<{ code: string }> } }, applicant: { kind: ApplicantKind, name: string, identifier: string, phone: string, contactName: string | null }, clock: { deadline: string | null, limitDays: number, statutoryDays: number, extensionDays: number, pausedWorkingDays: number, suspended: boolean, provisional: boolean, steps: Array<string> }, materials: Array<{ name: string, status: MaterialStatus, note: string | null }>, suspensions: Array<{ procedure: SpecialProcedure, from: string, to: string | null, expectedDays: number, reason: string }>, decision: { number: string, outcome: DecisionOutcome, decidedOn: string, reasons: string | null, legalBasis: string } | null, licence: { number: string, issuedOn: string, validFrom: string, validUntil: string | null } | null, notices: Array<{ id: string, kind: NoticeKind, number: string, title: string, issuedOn: string, paragraphs: Array<string>, addressee: string | null, closing: Array<string>, lists: Array<{ heading: string, items: Array<string> }> }>, clocks: Array<{ part: string, kind: ClockKind, light: Light, dueOn: string, remainingWorkingDays: number, yellowWithinDays: number }> } | null, notice: { id: string, kind: NoticeKind, number: string, title: string, issuedOn: string, paragraphs: Array<string>, addressee: string | null, closing: Array<string>, lists: Array<{ heading: string, items: Array<string> }> } | null, errors: Array<{ code: string, message: string, field: string | null, itemCode: string | null, index: number | null }> } };

export type SupplementMaterialsMutationVariables = Exact<{
  caseId: string;
  materials: Array<MaterialCheckInput> | MaterialCheckInput;
}>;


export type SupplementMaterialsMutation = { supplementMaterials: { case: { id: string, caseNumber: string, queryCode: string | null, itemName: string, handling: HandlingType, state: CaseState, receivedOn: string, acceptedOn: string | null, deemedAccepted: boolean, agentId: string | null, licenceDue: string | null, concludedOn: string | null, centre: { id: string, name: string }, window: { id: string, number: string, name: string }, itemVersion: { code: string, version: number, content: { clockStoppingProcedures: Array<SpecialProcedure>, materials: Array<{ name: string, required: boolean, condition: string | null, form: MaterialForm, copies: number }>, fees: Array<{ code: string }> } }, applicant: { kind: ApplicantKind, name: string, identifier: string, phone: string, contactName: string | null }, clock: { deadline: string | null, limitDays: number, statutoryDays: number, extensionDays: number, pausedWorkingDays: number, suspended: boolean, provisional: boolean, steps: Array<string> }, materials: Array<{ name: string, status: MaterialStatus, note: string | null }>, suspensions: Array<{ procedure: SpecialProcedure, from: string, to: string | null, expectedDays: number, reason: string }>, decision: { number: string, outcome: DecisionOutcome, decidedOn: string, reasons: string | null, legalBasis: string } | null, licence: { number: string, issuedOn: string, validFrom: string, validUntil: string | null } | null, notices: Array<{ id: string, kind: NoticeKind, number: string, title: string, issuedOn: string, paragraphs: Array<string>, addressee: string | null, closing: Array<string>, lists: Array<{ heading: string, items: Array<string> }> }>, clocks: Array<{ part: string, kind: ClockKind, light: Light, dueOn: string, remainingWorkingDays: number, yellowWithinDays: number }> } | null, notice: { id: string, kind: NoticeKind, number: string, title: string, issuedOn: string, paragraphs: Array<string>, addressee: string | null, closing: Array<string>, lists: Array<{ heading: string, items: Array<string> }> } | null, errors: Array<{ code: string, message: string, field: string | null, itemCode: string | null, index: number | null }> } };

export type RefuseToAcceptMutationVariables = Exact<{
  caseId: string;
  input: RefuseToAcceptInput;
}>;


export type RefuseToAcceptMutation = { refuseToAccept: { notice: { pdfBase64: string, id: string, kind: NoticeKind, number: string, title: string, issuedOn: string, paragraphs: Array<string>, addressee: string | null, closing: Array<string>, lists: Array<{ heading: string, items: Array<string> }> } | null, case: { id: string, caseNumber: string, queryCode: string | null, itemName: string, handling: HandlingType, state: CaseState, receivedOn: string, acceptedOn: string | null, deemedAccepted: boolean, agentId: string | null, licenceDue: string | null, concludedOn: string | null, centre: { id: string, name: string }, window: { id: string, number: string, name: string }, itemVersion: { code: string, version: number, content: { clockStoppingProcedures: Array<SpecialProcedure>, materials: Array<{ name: string, required: boolean, condition: string | null, form: MaterialForm, copies: number }>, fees: Array<{ code: string }> } }, applicant: { kind: ApplicantKind, name: string, identifier: string, phone: string, contactName: string | null }, clock: { deadline: string | null, limitDays: number, statutoryDays: number, extensionDays: number, pausedWorkingDays: number, suspended: boolean, provisional: boolean, steps: Array<string> }, materials: Array<{ name: string, status: MaterialStatus, note: string | null }>, suspensions: Array<{ procedure: SpecialProcedure, from: string, to: string | null, expectedDays: number, reason: string }>, decision: { number: string, outcome: DecisionOutcome, decidedOn: string, reasons: string | null, legalBasis: string } | null, licence: { number: string, issuedOn: string, validFrom: string, validUntil: string | null } | null, notices: Array<{ id: string, kind: NoticeKind, number: string, title: string, issuedOn: string, paragraphs: Array<string>, addressee: string | null, closing: Array<string>, lists: Array<{ heading: string, items: Array<string> }> }>, clocks: Array<{ part: string, kind: ClockKind, light: Light, dueOn: string, remainingWorkingDays: number, yellowWithinDays: number }> } | null, errors: Array<{ code: string, message: string, field: string | null, itemCode: string | null, index: number | null }> } };

export type SuspendClockMutationVariables = Exact<{
  caseId: string;
  input: SuspendInput;
}>;


export type SuspendClockMutation = { suspendClock: { case: { id: string, caseNumber: string, queryCode: string | null, itemName: string, handling: HandlingType, state: CaseState, receivedOn: string, acceptedOn: string | null, deemedAccepted: boolean, agentId: string | null, licenceDue: string | null, concludedOn: string | null, centre: { id: string, name: string }, window: { id: string, number: string, name: string }, itemVersion: { code: string, version: number, content: { clockStoppingProcedures: Array<SpecialProcedure>, materials: Array<{ name: string, required: boolean, condition: string | null, form: MaterialForm, copies: number }>, fees: Array<{ code: string }> } }, applicant: { kind: ApplicantKind, name: string, identifier: string, phone: string, contactName: string | null }, clock: { deadline: string | null, limitDays: number, statutoryDays: number, extensionDays: number, pausedWorkingDays: number, suspended: boolean, provisional: boolean, steps: Array<string> }, materials: Array<{ name: string, status: MaterialStatus, note: string | null }>, suspensions: Array<{ procedure: SpecialProcedure, from: string, to: string | null, expectedDays: number, reason: string }>, decision: { number: string, outcome: DecisionOutcome, decidedOn: string, reasons: string | null, legalBasis: string } | null, licence: { number: string, issuedOn: string, validFrom: string, validUntil: string | null } | null, notices: Array<{ id: string, kind: NoticeKind, number: string, title: string, issuedOn: string, paragraphs: Array<string>, addressee: string | null, closing: Array<string>, lists: Array<{ heading: string, items: Array<string> }> }>, clocks: Array<{ part: string, kind: ClockKind, light: Light, dueOn: string, remainingWorkingDays: number, yellowWithinDays: number }> } | null, notice: { id: string, kind: NoticeKind, number: string, title: string, issuedOn: string, paragraphs: Array<string>, addressee: string | null, closing: Array<string>, lists: Array<{ heading: string, items: Array<string> }> } | null, errors: Array<{ code: string, message: string, field: string | null, itemCode: string | null, index: number | null }> } };

export type ResumeClockMutationVariables = Exact<{
  caseId: string;
}>;


export type ResumeClockMutation = { resumeClock: { case: { id: string, caseNumber: string, queryCode: string | null, itemName: string, handling: HandlingType, state: CaseState, receivedOn: string, acceptedOn: string | null, deemedAccepted: boolean, agentId: string | null, licenceDue: string | null, concludedOn: string | null, centre: { id: string, name: string }, window: { id: string, number: string, name: string }, itemVersion: { code: string, version: number, content: { clockStoppingProcedures: Array<SpecialProcedure>, materials: Array<{ name: string, required: boolean, condition: string | null, form: MaterialForm, copies: number }>, fees: Array<{ code: string }> } }, applicant: { kind: ApplicantKind, name: string, identifier: string, phone: string, contactName: string | null }, clock: { deadline: string | null, limitDays: number, statutoryDays: number, extensionDays: number, pausedWorkingDays: number, suspended: boolean, provisional: boolean, steps: Array<string> }, materials: Array<{ name: string, status: MaterialStatus, note: string | null }>, suspensions: Array<{ procedure: SpecialProcedure, from: string, to: string | null, expectedDays: number, reason: string }>, decision: { number: string, outcome: DecisionOutcome, decidedOn: string, reasons: string | null, legalBasis: string } | null, licence: { number: string, issuedOn: string, validFrom: string, validUntil: string | null } | null, notices: Array<{ id: string, kind: NoticeKind, number: string, title: string, issuedOn: string, paragraphs: Array<string>, addressee: string | null, closing: Array<string>, lists: Array<{ heading: string, items: Array<string> }> }>, clocks: Array<{ part: string, kind: ClockKind, light: Light, dueOn: string, remainingWorkingDays: number, yellowWithinDays: number }> } | null, notice: { id: string, kind: NoticeKind, number: string, title: string, issuedOn: string, paragraphs: Array<string>, addressee: string | null, closing: Array<string>, lists: Array<{ heading: string, items: Array<string> }> } | null, errors: Array<{ code: string, message: string, field: string | null, itemCode: string | null, index: number | null }> } };

export type ExtendDeadlineMutationVariables = Exact<{
  caseId: string;
  input: ExtendInput;
}>;


export type ExtendDeadlineMutation = { extendDeadline: { case: { id: string, caseNumber: string, queryCode: string | null, itemName: string, handling: HandlingType, state: CaseState, receivedOn: string, acceptedOn: string | null, deemedAccepted: boolean, agentId: string | null, licenceDue: string | null, concludedOn: string | null, centre: { id: string, name: string }, window: { id: string, number: string, name: string }, itemVersion: { code: string, version: number, content: { clockStoppingProcedures: Array<SpecialProcedure>, materials: Array<{ name: string, required: boolean, condition: string | null, form: MaterialForm, copies: number }>, fees: Array<{ code: string }> } }, applicant: { kind: ApplicantKind, name: string, identifier: string, phone: string, contactName: string | null }, clock: { deadline: string | null, limitDays: number, statutoryDays: number, extensionDays: number, pausedWorkingDays: number, suspended: boolean, provisional: boolean, steps: Array<string> }, materials: Array<{ name: string, status: MaterialStatus, note: string | null }>, suspensions: Array<{ procedure: SpecialProcedure, from: string, to: string | null, expectedDays: number, reason: string }>, decision: { number: string, outcome: DecisionOutcome, decidedOn: string, reasons: string | null, legalBasis: string } | null, licence: { number: string, issuedOn: string, validFrom: string, validUntil: string | null } | null, notices: Array<{ id: string, kind: NoticeKind, number: string, title: string, issuedOn: string, paragraphs: Array<string>, addressee: string | null, closing: Array<string>, lists: Array<{ heading: string, items: Array<string> }> }>, clocks: Array<{ part: string, kind: ClockKind, light: Light, dueOn: string, remainingWorkingDays: number, yellowWithinDays: number }> } | null, notice: { id: string, kind: NoticeKind, number: string, title: string, issuedOn: string, paragraphs: Array<string>, addressee: string | null, closing: Array<string>, lists: Array<{ heading: string, items: Array<string> }> } | null, errors: Array<{ code: string, message: string, field: string | null, itemCode: string | null, index: number | null }> } };

export type DecideCaseMutationVariables = Exact<{
  caseId: string;
  input: DecideInput;
}>;


export type DecideCaseMutation = { decideCase: { case: { id: string, caseNumber: string, queryCode: string | null, itemName: string, handling: HandlingType, state: CaseState, receivedOn: string, acceptedOn: string | null, deemedAccepted: boolean, agentId: string | null, licenceDue: string | null, concludedOn: string | null, centre: { id: string, name: string }, window: { id: string, number: string, name: string }, itemVersion: { code: string, version: number, content: { clockStoppingProcedures: Array<SpecialProcedure>, materials: Array<{ name: string, required: boolean, condition: string | null, form: MaterialForm, copies: number }>, fees: Array<{ code: string }> } }, applicant: { kind: ApplicantKind, name: string, identifier: string, phone: string, contactName: string | null }, clock: { deadline: string | null, limitDays: number, statutoryDays: number, extensionDays: number, pausedWorkingDays: number, suspended: boolean, provisional: boolean, steps: Array<string> }, materials: Array<{ name: string, status: MaterialStatus, note: string | null }>, suspensions: Array<{ procedure: SpecialProcedure, from: string, to: string | null, expectedDays: number, reason: string }>, decision: { number: string, outcome: DecisionOutcome, decidedOn: string, reasons: string | null, legalBasis: string } | null, licence: { number: string, issuedOn: string, validFrom: string, validUntil: string | null } | null, notices: Array<{ id: string, kind: NoticeKind, number: string, title: string, issuedOn: string, paragraphs: Array<string>, addressee: string | null, closing: Array<string>, lists: Array<{ heading: string, items: Array<string> }> }>, clocks: Array<{ part: string, kind: ClockKind, light: Light, dueOn: string, remainingWorkingDays: number, yellowWithinDays: number }> } | null, notice: { id: string, kind: NoticeKind, number: string, title: string, issuedOn: string, paragraphs: Array<string>, addressee: string | null, closing: Array<string>, lists: Array<{ heading: string, items: Array<string> }> } | null, errors: Array<{ code: string, message: string, field: string | null, itemCode: string | null, index: number | null }> } };

export type IssueLicenceMutationVariables = Exact<{
  caseId: string;
  input?: LicenceTermsInput | null | undefined;
}>;


export type IssueLicenceMutation = { issueLicence: { case: { id: string, caseNumber: string, queryCode: string | null, itemName: string, handling: HandlingType, state: CaseState, receivedOn: string, acceptedOn: string | null, deemedAccepted: boolean, agentId: string | null, licenceDue: string | null, concludedOn: string | null, centre: { id: string, name: string }, window: { id: string, number: string, name: string }, itemVersion: { code: string, version: number, content: { clockStoppingProcedures: Array<SpecialProcedure>, materials: Array<{ name: string, required: boolean, condition: string | null, form: MaterialForm, copies: number }>, fees: Array<{ code: string }> } }, applicant: { kind: ApplicantKind, name: string, identifier: string, phone: string, contactName: string | null }, clock: { deadline: string | null, limitDays: number, statutoryDays: number, extensionDays: number, pausedWorkingDays: number, suspended: boolean, provisional: boolean, steps: Array<string> }, materials: Array<{ name: string, status: MaterialStatus, note: string | null }>, suspensions: Array<{ procedure: SpecialProcedure, from: string, to: string | null, expectedDays: number, reason: string }>, decision: { number: string, outcome: DecisionOutcome, decidedOn: string, reasons: string | null, legalBasis: string } | null, licence: { number: string, issuedOn: string, validFrom: string, validUntil: string | null } | null, notices: Array<{ id: string, kind: NoticeKind, number: string, title: string, issuedOn: string, paragraphs: Array<string>, addressee: string | null, closing: Array<string>, lists: Array<{ heading: string, items: Array<string> }> }>, clocks: Array<{ part: string, kind: ClockKind, light: Light, dueOn: string, remainingWorkingDays: number, yellowWithinDays: number }> } | null, notice: { id: string, kind: NoticeKind, number: string, title: string, issuedOn: string, paragraphs: Array<string>, addressee: string | null, closing: Array<string>, lists: Array<{ heading: string, items: Array<string> }> } | null, errors: Array<{ code: string, message: string, field: string | null, itemCode: string | null, index: number | null }> } };

export type SearchCasesQueryVariables = Exact<{
  text: string;
}>;


export type SearchCasesQuery = { searchCases: Array<{ id: string, caseNumber: string, itemName: string, state: CaseState, receivedOn: string, applicant: { name: string }, centre: { name: string } }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const BillFieldsFragmentDoc = new TypedDocumentString(`
    fragment BillFields on Bill {
  id
  caseNumber
  status
  totalFen
  issuedOn
  payerName
  itemVersion
  case {
    id
    itemName
    state
  }
  lines {
    lineNo
    department {
      id
      name
    }
    feeCode
    feeName
    rule
    unit
    unitFen
    quantity
    grossFen
    reductionFen
    reductionReason
    amountFen
    legalBasis
  }
}
    `, {"fragmentName":"BillFields"}) as unknown as TypedDocumentString<BillFieldsFragment, unknown>;
export const ReceiptFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReceiptFields on Receipt {
  number
  payerName
  caseNumber
  amountFen
  method
  issuedOn
  voided
  refundedFen
}
    `, {"fragmentName":"ReceiptFields"}) as unknown as TypedDocumentString<ReceiptFieldsFragment, unknown>;
export const TotalsFieldsFragmentDoc = new TypedDocumentString(`
    fragment TotalsFields on ChargeDayTotals {
  billedFen
  collectedFen
  voidedFen
  refundedFen
  netFen
  countedFen
  differenceFen
  counted
  balanced
  payments
  voids
  refunds
  receiptsIssued
  receiptsVoided
  byMethod {
    method
    payments
    collectedFen
    voidedFen
    refundedFen
    netFen
    countedFen
    differenceFen
  }
}
    `, {"fragmentName":"TotalsFields"}) as unknown as TypedDocumentString<TotalsFieldsFragment, unknown>;
export const ReconciliationFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReconciliationFields on ChargeReconciliation {
  date
  centre {
    id
    name
  }
  centres {
    centre {
      id
      name
    }
    window {
      id
      number
    }
    totals {
      ...TotalsFields
    }
  }
  total {
    ...TotalsFields
  }
}
    fragment TotalsFields on ChargeDayTotals {
  billedFen
  collectedFen
  voidedFen
  refundedFen
  netFen
  countedFen
  differenceFen
  counted
  balanced
  payments
  voids
  refunds
  receiptsIssued
  receiptsVoided
  byMethod {
    method
    payments
    collectedFen
    voidedFen
    refundedFen
    netFen
    countedFen
    differenceFen
  }
}`, {"fragmentName":"ReconciliationFields"}) as unknown as TypedDocumentString<ReconciliationFieldsFragment, unknown>;
export const ContentFieldsFragmentDoc = new TypedDocumentString(`
    fragment ContentFields on ItemContent {
  code
  name
  kind
  handling
  legalBasis
  conditions
  steps {
    order
    name
    days
  }
  statutoryDays
  promisedDays
  clockStoppingProcedures
  materials {
    name
    required
    condition
    form
    copies
    electronicAccepted
    blankForm
    sampleForm
  }
  fees {
    code
    name
    rule
    amountFen
    unit
    legalBasis
    reductions
  }
  acceptingTiers
  decidingTier
  coDepartments
  contacts {
    consultationPhone
    complaintPhone
  }
  appeal {
    reconsideration
    litigation
  }
}
    `, {"fragmentName":"ContentFields"}) as unknown as TypedDocumentString<ContentFieldsFragment, unknown>;
export const NoticeFieldsFragmentDoc = new TypedDocumentString(`
    fragment NoticeFields on Notice {
  id
  kind
  number
  title
  issuedOn
  paragraphs
  lists {
    heading
    items
  }
  addressee
  closing
}
    `, {"fragmentName":"NoticeFields"}) as unknown as TypedDocumentString<NoticeFieldsFragment, unknown>;
export const ClockLightFieldsFragmentDoc = new TypedDocumentString(`
    fragment ClockLightFields on ClockAlert {
  part
  kind
  light
  dueOn
  remainingWorkingDays
  yellowWithinDays
}
    `, {"fragmentName":"ClockLightFields"}) as unknown as TypedDocumentString<ClockLightFieldsFragment, unknown>;
export const CaseFieldsFragmentDoc = new TypedDocumentString(`
    fragment CaseFields on Case {
  id
  caseNumber
  queryCode
  itemName
  handling
  state
  receivedOn
  acceptedOn
  deemedAccepted
  agentId
  centre {
    id
    name
  }
  window {
    id
    number
    name
  }
  itemVersion {
    code
    version
    content {
      materials {
        name
        required
        condition
        form
        copies
      }
      clockStoppingProcedures
      fees {
        code
      }
    }
  }
  applicant {
    kind
    name
    identifier
    phone
    contactName
  }
  clock {
    deadline
    limitDays
    statutoryDays
    extensionDays
    pausedWorkingDays
    suspended
    provisional
    steps
  }
  materials {
    name
    status
    note
  }
  suspensions {
    procedure
    from
    to
    expectedDays
    reason
  }
  decision {
    number
    outcome
    decidedOn
    reasons
    legalBasis
  }
  licenceDue
  licence {
    number
    issuedOn
    validFrom
    validUntil
  }
  concludedOn
  notices {
    ...NoticeFields
  }
  clocks {
    ...ClockLightFields
  }
}
    fragment NoticeFields on Notice {
  id
  kind
  number
  title
  issuedOn
  paragraphs
  lists {
    heading
    items
  }
  addressee
  closing
}
fragment ClockLightFields on ClockAlert {
  part
  kind
  light
  dueOn
  remainingWorkingDays
  yellowWithinDays
}`, {"fragmentName":"CaseFields"}) as unknown as TypedDocumentString<CaseFieldsFragment, unknown>;
export const FieldErrorFieldsFragmentDoc = new TypedDocumentString(`
    fragment FieldErrorFields on FieldError {
  code
  message
  field
  itemCode
  index
}
    `, {"fragmentName":"FieldErrorFields"}) as unknown as TypedDocumentString<FieldErrorFieldsFragment, unknown>;
export const CasePayloadFieldsFragmentDoc = new TypedDocumentString(`
    fragment CasePayloadFields on CasePayload {
  case {
    ...CaseFields
  }
  notice {
    ...NoticeFields
  }
  errors {
    ...FieldErrorFields
  }
}
    fragment FieldErrorFields on FieldError {
  code
  message
  field
  itemCode
  index
}
fragment NoticeFields on Notice {
  id
  kind
  number
  title
  issuedOn
  paragraphs
  lists {
    heading
    items
  }
  addressee
  closing
}
fragment CaseFields on Case {
  id
  caseNumber
  queryCode
  itemName
  handling
  state
  receivedOn
  acceptedOn
  deemedAccepted
  agentId
  centre {
    id
    name
  }
  window {
    id
    number
    name
  }
  itemVersion {
    code
    version
    content {
      materials {
        name
        required
        condition
        form
        copies
      }
      clockStoppingProcedures
      fees {
        code
      }
    }
  }
  applicant {
    kind
    name
    identifier
    phone
    contactName
  }
  clock {
    deadline
    limitDays
    statutoryDays
    extensionDays
    pausedWorkingDays
    suspended
    provisional
    steps
  }
  materials {
    name
    status
    note
  }
  suspensions {
    procedure
    from
    to
    expectedDays
    reason
  }
  decision {
    number
    outcome
    decidedOn
    reasons
    legalBasis
  }
  licenceDue
  licence {
    number
    issuedOn
    validFrom
    validUntil
  }
  concludedOn
  notices {
    ...NoticeFields
  }
  clocks {
    ...ClockLightFields
  }
}
fragment ClockLightFields on ClockAlert {
  part
  kind
  light
  dueOn
  remainingWorkingDays
  yellowWithinDays
}`, {"fragmentName":"CasePayloadFields"}) as unknown as TypedDocumentString<CasePayloadFieldsFragment, unknown>;
export const ClockAlertFieldsFragmentDoc = new TypedDocumentString(`
    fragment ClockAlertFields on ClockAlert {
  kind
  part
  dueOn
  limitDays
  light
  remainingWorkingDays
  provisional
  departmentId
  holder {
    kind
    id
  }
  centre {
    id
    name
  }
  window {
    id
    number
    name
  }
  case {
    id
    caseNumber
    itemName
    state
  }
}
    `, {"fragmentName":"ClockAlertFields"}) as unknown as TypedDocumentString<ClockAlertFieldsFragment, unknown>;
export const ComplaintFieldsFragmentDoc = new TypedDocumentString(`
    fragment ComplaintFields on Complaint {
  id
  centre {
    id
    name
  }
  channel
  against
  windowId
  person
  case {
    id
    caseNumber
  }
  content
  complainantName
  receivedOn
  state
  assignedTo
  dueOn
  light
  reply
  repliedOn
  feedback
  feedbackNote
  closedOn
}
    `, {"fragmentName":"ComplaintFields"}) as unknown as TypedDocumentString<ComplaintFieldsFragment, unknown>;
export const RatingFieldsFragmentDoc = new TypedDocumentString(`
    fragment RatingFields on Rating {
  id
  case {
    id
    caseNumber
    itemName
  }
  centre {
    id
    name
  }
  windowId
  departmentId
  level
  comment
  ratedOn
  rectifyDue
  light
  followUp
  followedBy
  rectifiedOn
}
    `, {"fragmentName":"RatingFields"}) as unknown as TypedDocumentString<RatingFieldsFragment, unknown>;
export const FiguresFieldsFragmentDoc = new TypedDocumentString(`
    fragment FiguresFields on BulletinFigures {
  accepted
  notAccepted
  concluded
  onTime
  late
  onTimeRate
  averageUsedDays
  averagePromisedDays
  licenceLate
  violations
  complaints
  satisfactionRate
  ratings {
    verySatisfied
    satisfied
    basicallySatisfied
    unsatisfied
    veryUnsatisfied
  }
}
    `, {"fragmentName":"FiguresFields"}) as unknown as TypedDocumentString<FiguresFieldsFragment, unknown>;
export const PartFieldsFragmentDoc = new TypedDocumentString(`
    fragment PartFields on CasePart {
  id
  seq
  kind
  state
  startedOn
  concludedOn
  late
  opinion
  handlerId
  centre {
    id
    name
    tier
  }
  window {
    id
    number
    name
  }
  department {
    id
    name
  }
  clock {
    deadline
    limitDays
    extensionDays
    pausedWorkingDays
    suspended
  }
  decision {
    number
    outcome
    decidedOn
    reasons
  }
}
    `, {"fragmentName":"PartFields"}) as unknown as TypedDocumentString<PartFieldsFragment, unknown>;
export const MutationResultFragmentDoc = new TypedDocumentString(`
    fragment MutationResult on CasePayload {
  case {
    id
    state
  }
  errors {
    ...FieldErrorFields
  }
}
    fragment FieldErrorFields on FieldError {
  code
  message
  field
  itemCode
  index
}`, {"fragmentName":"MutationResult"}) as unknown as TypedDocumentString<MutationResultFragment, unknown>;
export const MyEntrustedCasesDocument = new TypedDocumentString(`
    query MyEntrustedCases {
  myEntrustedCases {
    id
    caseNumber
    itemName
    state
    receivedOn
    acceptedOn
    centre {
      id
      name
      tier
    }
    window {
      number
      name
    }
    applicant {
      name
    }
    clock {
      deadline
      suspended
      limitDays
      extensionDays
      pausedWorkingDays
      steps
    }
    handling
    clocks {
      ...ClockLightFields
    }
    parts {
      id
      seq
      kind
      state
      late
      concludedOn
      centre {
        name
        tier
      }
      window {
        number
        name
      }
      department {
        name
      }
      clock {
        deadline
        suspended
        limitDays
      }
    }
  }
}
    fragment ClockLightFields on ClockAlert {
  part
  kind
  light
  dueOn
  remainingWorkingDays
  yellowWithinDays
}`) as unknown as TypedDocumentString<MyEntrustedCasesQuery, MyEntrustedCasesQueryVariables>;
export const UnpaidBillsDocument = new TypedDocumentString(`
    query UnpaidBills($centreId: ID!) {
  unpaidBills(centreId: $centreId) {
    ...BillFields
  }
}
    fragment BillFields on Bill {
  id
  caseNumber
  status
  totalFen
  issuedOn
  payerName
  itemVersion
  case {
    id
    itemName
    state
  }
  lines {
    lineNo
    department {
      id
      name
    }
    feeCode
    feeName
    rule
    unit
    unitFen
    quantity
    grossFen
    reductionFen
    reductionReason
    amountFen
    legalBasis
  }
}`) as unknown as TypedDocumentString<UnpaidBillsQuery, UnpaidBillsQueryVariables>;
export const ReceiptByNumberDocument = new TypedDocumentString(`
    query ReceiptByNumber($centreId: ID!, $number: String!) {
  receipt(centreId: $centreId, number: $number) {
    ...ReceiptFields
  }
}
    fragment ReceiptFields on Receipt {
  number
  payerName
  caseNumber
  amountFen
  method
  issuedOn
  voided
  refundedFen
}`) as unknown as TypedDocumentString<ReceiptByNumberQuery, ReceiptByNumberQueryVariables>;
export const ReceiptPdfDocument = new TypedDocumentString(`
    query ReceiptPdf($centreId: ID!, $number: String!) {
  receipt(centreId: $centreId, number: $number) {
    number
    pdfBase64
  }
}
    `) as unknown as TypedDocumentString<ReceiptPdfQuery, ReceiptPdfQueryVariables>;
export const ChargeBillDocument = new TypedDocumentString(`
    mutation ChargeBill($input: ChargeInput!) {
  chargeBill(input: $input) {
    bill {
      id
      status
    }
    receipt {
      ...ReceiptFields
      pdfBase64
    }
    errors {
      ...FieldErrorFields
    }
  }
}
    fragment ReceiptFields on Receipt {
  number
  payerName
  caseNumber
  amountFen
  method
  issuedOn
  voided
  refundedFen
}
fragment FieldErrorFields on FieldError {
  code
  message
  field
  itemCode
  index
}`) as unknown as TypedDocumentString<ChargeBillMutation, ChargeBillMutationVariables>;
export const RequestAdjustmentDocument = new TypedDocumentString(`
    mutation RequestAdjustment($input: AdjustmentInput!) {
  requestAdjustment(input: $input) {
    adjustment {
      id
      kind
      status
      amountFen
      receiptNumber
      reason
    }
    errors {
      ...FieldErrorFields
    }
  }
}
    fragment FieldErrorFields on FieldError {
  code
  message
  field
  itemCode
  index
}`) as unknown as TypedDocumentString<RequestAdjustmentMutation, RequestAdjustmentMutationVariables>;
export const ChargeReconciliationDocument = new TypedDocumentString(`
    query ChargeReconciliation($centreId: ID!, $date: String!) {
  chargeReconciliation(centreId: $centreId, date: $date) {
    ...ReconciliationFields
  }
}
    fragment TotalsFields on ChargeDayTotals {
  billedFen
  collectedFen
  voidedFen
  refundedFen
  netFen
  countedFen
  differenceFen
  counted
  balanced
  payments
  voids
  refunds
  receiptsIssued
  receiptsVoided
  byMethod {
    method
    payments
    collectedFen
    voidedFen
    refundedFen
    netFen
    countedFen
    differenceFen
  }
}
fragment ReconciliationFields on ChargeReconciliation {
  date
  centre {
    id
    name
  }
  centres {
    centre {
      id
      name
    }
    window {
      id
      number
    }
    totals {
      ...TotalsFields
    }
  }
  total {
    ...TotalsFields
  }
}`) as unknown as TypedDocumentString<ChargeReconciliationQuery, ChargeReconciliationQueryVariables>;
export const ChargeReconciliationExportDocument = new TypedDocumentString(`
    query ChargeReconciliationExport($centreId: ID!, $date: String!) {
  chargeReconciliation(centreId: $centreId, date: $date) {
    date
    csv
    xlsxBase64
  }
}
    `) as unknown as TypedDocumentString<ChargeReconciliationExportQuery, ChargeReconciliationExportQueryVariables>;
export const RecordCountDocument = new TypedDocumentString(`
    mutation RecordCount($date: String!, $counts: [CountInput!]!) {
  recordCount(date: $date, counts: $counts) {
    reconciliation {
      ...ReconciliationFields
    }
    errors {
      ...FieldErrorFields
    }
  }
}
    fragment TotalsFields on ChargeDayTotals {
  billedFen
  collectedFen
  voidedFen
  refundedFen
  netFen
  countedFen
  differenceFen
  counted
  balanced
  payments
  voids
  refunds
  receiptsIssued
  receiptsVoided
  byMethod {
    method
    payments
    collectedFen
    voidedFen
    refundedFen
    netFen
    countedFen
    differenceFen
  }
}
fragment ReconciliationFields on ChargeReconciliation {
  date
  centre {
    id
    name
  }
  centres {
    centre {
      id
      name
    }
    window {
      id
      number
    }
    totals {
      ...TotalsFields
    }
  }
  total {
    ...TotalsFields
  }
}
fragment FieldErrorFields on FieldError {
  code
  message
  field
  itemCode
  index
}`) as unknown as TypedDocumentString<RecordCountMutation, RecordCountMutationVariables>;
export const CaseBillDocument = new TypedDocumentString(`
    query CaseBill($id: ID!) {
  case(id: $id) {
    id
    state
    itemVersion {
      content {
        fees {
          code
          name
          rule
          amountFen
          unit
          legalBasis
          reductions
          departmentId
          exclusiveGroup
        }
      }
    }
    bill {
      ...BillFields
      receipt {
        ...ReceiptFields
      }
    }
  }
}
    fragment BillFields on Bill {
  id
  caseNumber
  status
  totalFen
  issuedOn
  payerName
  itemVersion
  case {
    id
    itemName
    state
  }
  lines {
    lineNo
    department {
      id
      name
    }
    feeCode
    feeName
    rule
    unit
    unitFen
    quantity
    grossFen
    reductionFen
    reductionReason
    amountFen
    legalBasis
  }
}
fragment ReceiptFields on Receipt {
  number
  payerName
  caseNumber
  amountFen
  method
  issuedOn
  voided
  refundedFen
}`) as unknown as TypedDocumentString<CaseBillQuery, CaseBillQueryVariables>;
export const BillCaseDocument = new TypedDocumentString(`
    mutation BillCase($caseId: ID!, $lines: [BillLineInput!]!) {
  billCase(caseId: $caseId, lines: $lines) {
    bill {
      ...BillFields
    }
    errors {
      ...FieldErrorFields
    }
  }
}
    fragment BillFields on Bill {
  id
  caseNumber
  status
  totalFen
  issuedOn
  payerName
  itemVersion
  case {
    id
    itemName
    state
  }
  lines {
    lineNo
    department {
      id
      name
    }
    feeCode
    feeName
    rule
    unit
    unitFen
    quantity
    grossFen
    reductionFen
    reductionReason
    amountFen
    legalBasis
  }
}
fragment FieldErrorFields on FieldError {
  code
  message
  field
  itemCode
  index
}`) as unknown as TypedDocumentString<BillCaseMutation, BillCaseMutationVariables>;
export const PendingAdjustmentsDocument = new TypedDocumentString(`
    query PendingAdjustments($centreId: ID!) {
  pendingAdjustments(centreId: $centreId) {
    id
    kind
    status
    amountFen
    reason
    requestedBy
    requestedByName
    receiptNumber
  }
}
    `) as unknown as TypedDocumentString<PendingAdjustmentsQuery, PendingAdjustmentsQueryVariables>;
export const ApproveAdjustmentDocument = new TypedDocumentString(`
    mutation ApproveAdjustment($id: ID!) {
  approveAdjustment(id: $id) {
    adjustment {
      id
      status
      entry {
        kind
        amountFen
        method
      }
    }
    errors {
      ...FieldErrorFields
    }
  }
}
    fragment FieldErrorFields on FieldError {
  code
  message
  field
  itemCode
  index
}`) as unknown as TypedDocumentString<ApproveAdjustmentMutation, ApproveAdjustmentMutationVariables>;
export const RejectAdjustmentDocument = new TypedDocumentString(`
    mutation RejectAdjustment($id: ID!, $note: String!) {
  rejectAdjustment(id: $id, note: $note) {
    adjustment {
      id
      status
      decisionNote
    }
    errors {
      ...FieldErrorFields
    }
  }
}
    fragment FieldErrorFields on FieldError {
  code
  message
  field
  itemCode
  index
}`) as unknown as TypedDocumentString<RejectAdjustmentMutation, RejectAdjustmentMutationVariables>;
export const CatalogueItemsDocument = new TypedDocumentString(`
    query CatalogueItems($market: Boolean! = false, $civilAffairs: Boolean! = false, $planning: Boolean! = false) {
  market @include(if: $market) {
    items {
      code
      version
      status
      effectiveFrom
      name
      kind
      handling
      promisedDays
      statutoryDays
    }
  }
  civilAffairs @include(if: $civilAffairs) {
    items {
      code
      version
      status
      effectiveFrom
      name
      kind
      handling
      promisedDays
      statutoryDays
    }
  }
  planning @include(if: $planning) {
    items {
      code
      version
      status
      effectiveFrom
      name
      kind
      handling
      promisedDays
      statutoryDays
    }
  }
}
    `) as unknown as TypedDocumentString<CatalogueItemsQuery, CatalogueItemsQueryVariables>;
export const ItemVersionsDocument = new TypedDocumentString(`
    query ItemVersions($code: ID!, $market: Boolean! = false, $civilAffairs: Boolean! = false, $planning: Boolean! = false) {
  market @include(if: $market) {
    versions(code: $code) {
      version
      status
      effectiveFrom
      publishedAt
      content {
        ...ContentFields
      }
    }
  }
  civilAffairs @include(if: $civilAffairs) {
    versions(code: $code) {
      version
      status
      effectiveFrom
      publishedAt
      content {
        ...ContentFields
      }
    }
  }
  planning @include(if: $planning) {
    versions(code: $code) {
      version
      status
      effectiveFrom
      publishedAt
      content {
        ...ContentFields
      }
    }
  }
}
    fragment ContentFields on ItemContent {
  code
  name
  kind
  handling
  legalBasis
  conditions
  steps {
    order
    name
    days
  }
  statutoryDays
  promisedDays
  clockStoppingProcedures
  materials {
    name
    required
    condition
    form
    copies
    electronicAccepted
    blankForm
    sampleForm
  }
  fees {
    code
    name
    rule
    amountFen
    unit
    legalBasis
    reductions
  }
  acceptingTiers
  decidingTier
  coDepartments
  contacts {
    consultationPhone
    complaintPhone
  }
  appeal {
    reconsideration
    litigation
  }
}`) as unknown as TypedDocumentString<ItemVersionsQuery, ItemVersionsQueryVariables>;
export const SaveDraftDocument = new TypedDocumentString(`
    mutation SaveDraft($input: ItemDocumentInput!, $market: Boolean! = false, $civilAffairs: Boolean! = false, $planning: Boolean! = false) {
  market @include(if: $market) {
    saveDraft(input: $input) {
      version {
        version
        status
      }
      errors {
        ...FieldErrorFields
      }
    }
  }
  civilAffairs @include(if: $civilAffairs) {
    saveDraft(input: $input) {
      version {
        version
        status
      }
      errors {
        ...FieldErrorFields
      }
    }
  }
  planning @include(if: $planning) {
    saveDraft(input: $input) {
      version {
        version
        status
      }
      errors {
        ...FieldErrorFields
      }
    }
  }
}
    fragment FieldErrorFields on FieldError {
  code
  message
  field
  itemCode
  index
}`) as unknown as TypedDocumentString<SaveDraftMutation, SaveDraftMutationVariables>;
export const PublishDraftDocument = new TypedDocumentString(`
    mutation PublishDraft($code: ID!, $effectiveFrom: String, $market: Boolean! = false, $civilAffairs: Boolean! = false, $planning: Boolean! = false) {
  market @include(if: $market) {
    publish(code: $code, effectiveFrom: $effectiveFrom) {
      version {
        version
        status
        effectiveFrom
      }
      errors {
        ...FieldErrorFields
      }
    }
  }
  civilAffairs @include(if: $civilAffairs) {
    publish(code: $code, effectiveFrom: $effectiveFrom) {
      version {
        version
        status
        effectiveFrom
      }
      errors {
        ...FieldErrorFields
      }
    }
  }
  planning @include(if: $planning) {
    publish(code: $code, effectiveFrom: $effectiveFrom) {
      version {
        version
        status
        effectiveFrom
      }
      errors {
        ...FieldErrorFields
      }
    }
  }
}
    fragment FieldErrorFields on FieldError {
  code
  message
  field
  itemCode
  index
}`) as unknown as TypedDocumentString<PublishDraftMutation, PublishDraftMutationVariables>;
export const CancelItemDocument = new TypedDocumentString(`
    mutation CancelItem($code: ID!, $effectiveFrom: String!, $reason: String!, $market: Boolean! = false, $civilAffairs: Boolean! = false, $planning: Boolean! = false) {
  market @include(if: $market) {
    cancel(code: $code, effectiveFrom: $effectiveFrom, reason: $reason) {
      version {
        version
        status
      }
      errors {
        ...FieldErrorFields
      }
    }
  }
  civilAffairs @include(if: $civilAffairs) {
    cancel(code: $code, effectiveFrom: $effectiveFrom, reason: $reason) {
      version {
        version
        status
      }
      errors {
        ...FieldErrorFields
      }
    }
  }
  planning @include(if: $planning) {
    cancel(code: $code, effectiveFrom: $effectiveFrom, reason: $reason) {
      version {
        version
        status
      }
      errors {
        ...FieldErrorFields
      }
    }
  }
}
    fragment FieldErrorFields on FieldError {
  code
  message
  field
  itemCode
  index
}`) as unknown as TypedDocumentString<CancelItemMutation, CancelItemMutationVariables>;
export const ImportCatalogueDocument = new TypedDocumentString(`
    mutation ImportCatalogue($document: String!, $market: Boolean! = false, $civilAffairs: Boolean! = false, $planning: Boolean! = false) {
  market @include(if: $market) {
    importCatalogue(document: $document) {
      created
      updated
      unchanged
      errors {
        ...FieldErrorFields
      }
    }
  }
  civilAffairs @include(if: $civilAffairs) {
    importCatalogue(document: $document) {
      created
      updated
      unchanged
      errors {
        ...FieldErrorFields
      }
    }
  }
  planning @include(if: $planning) {
    importCatalogue(document: $document) {
      created
      updated
      unchanged
      errors {
        ...FieldErrorFields
      }
    }
  }
}
    fragment FieldErrorFields on FieldError {
  code
  message
  field
  itemCode
  index
}`) as unknown as TypedDocumentString<ImportCatalogueMutation, ImportCatalogueMutationVariables>;
export const CentreAdminDocument = new TypedDocumentString(`
    query CentreAdmin($centreId: ID!) {
  centre(id: $centreId) {
    id
    name
    tier
    staff {
      id
      name
      certificateNumber
      validFrom
      validUntil
      certified
    }
    windows {
      id
      number
      name
      kind
      department {
        id
        short
      }
      staff {
        id
        name
        certified
      }
      stationings {
        authority
        appointmentAvailable
        item {
          code
          name
          handling
          version
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CentreAdminQuery, CentreAdminQueryVariables>;
export const DepartmentItemsDocument = new TypedDocumentString(`
    query DepartmentItems($market: Boolean! = false, $civilAffairs: Boolean! = false, $planning: Boolean! = false) {
  market @include(if: $market) {
    items {
      code
      name
      handling
    }
  }
  civilAffairs @include(if: $civilAffairs) {
    items {
      code
      name
      handling
    }
  }
  planning @include(if: $planning) {
    items {
      code
      name
      handling
    }
  }
}
    `) as unknown as TypedDocumentString<DepartmentItemsQuery, DepartmentItemsQueryVariables>;
export const StationItemDocument = new TypedDocumentString(`
    mutation StationItem($input: StationItemInput!) {
  stationItem(input: $input) {
    stationing {
      authority
      item {
        code
      }
      window {
        id
      }
    }
    errors {
      ...FieldErrorFields
    }
  }
}
    fragment FieldErrorFields on FieldError {
  code
  message
  field
  itemCode
  index
}`) as unknown as TypedDocumentString<StationItemMutation, StationItemMutationVariables>;
export const RegisterStaffDocument = new TypedDocumentString(`
    mutation RegisterStaff($centreId: ID!, $input: RegisterStaffInput!) {
  registerStaff(centreId: $centreId, input: $input) {
    staff {
      id
      name
      certified
    }
    errors {
      ...FieldErrorFields
    }
  }
}
    fragment FieldErrorFields on FieldError {
  code
  message
  field
  itemCode
  index
}`) as unknown as TypedDocumentString<RegisterStaffMutation, RegisterStaffMutationVariables>;
export const AgentsDocument = new TypedDocumentString(`
    query Agents($centreId: ID!) {
  agents(centreId: $centreId) {
    id
    name
    phone
    active
    trainings {
      course
      completedOn
      hours
    }
  }
}
    `) as unknown as TypedDocumentString<AgentsQuery, AgentsQueryVariables>;
export const RegisterAgentDocument = new TypedDocumentString(`
    mutation RegisterAgent($centreId: ID!, $input: RegisterAgentInput!) {
  registerAgent(centreId: $centreId, input: $input) {
    agent {
      id
      name
    }
    errors {
      ...FieldErrorFields
    }
  }
}
    fragment FieldErrorFields on FieldError {
  code
  message
  field
  itemCode
  index
}`) as unknown as TypedDocumentString<RegisterAgentMutation, RegisterAgentMutationVariables>;
export const HolidayYearDocument = new TypedDocumentString(`
    query HolidayYear($year: Int!) {
  holidayYear(year: $year) {
    year
    source
    holidays
    makeUpWorkdays
  }
}
    `) as unknown as TypedDocumentString<HolidayYearQuery, HolidayYearQueryVariables>;
export const LoadHolidayYearDocument = new TypedDocumentString(`
    mutation LoadHolidayYear($document: String!) {
  loadHolidayYear(document: $document) {
    year
    source
    holidays
    makeUpWorkdays
  }
}
    `) as unknown as TypedDocumentString<LoadHolidayYearMutation, LoadHolidayYearMutationVariables>;
export const NextHolidayYearReminderDocument = new TypedDocumentString(`
    query NextHolidayYearReminder {
  nextHolidayYearReminder
}
    `) as unknown as TypedDocumentString<NextHolidayYearReminderQuery, NextHolidayYearReminderQueryVariables>;
export const SupervisorLightsDocument = new TypedDocumentString(`
    query SupervisorLights($centreId: ID!) {
  lightCounts(centreId: $centreId) {
    centre {
      id
      name
      tier
    }
    yellow
    red
    provisional
  }
}
    `) as unknown as TypedDocumentString<SupervisorLightsQuery, SupervisorLightsQueryVariables>;
export const ClockAlertsDocument = new TypedDocumentString(`
    query ClockAlerts($centreId: ID!, $lights: [Light!], $windowId: ID, $departmentId: ID) {
  clockAlerts(
    centreId: $centreId
    lights: $lights
    windowId: $windowId
    departmentId: $departmentId
    first: 50
  ) {
    ...ClockAlertFields
  }
}
    fragment ClockAlertFields on ClockAlert {
  kind
  part
  dueOn
  limitDays
  light
  remainingWorkingDays
  provisional
  departmentId
  holder {
    kind
    id
  }
  centre {
    id
    name
  }
  window {
    id
    number
    name
  }
  case {
    id
    caseNumber
    itemName
    state
  }
}`) as unknown as TypedDocumentString<ClockAlertsQuery, ClockAlertsQueryVariables>;
export const ViolationsDocument = new TypedDocumentString(`
    query Violations($centreId: ID!) {
  violations(centreId: $centreId, first: 50) {
    id
    kind
    centre {
      id
      name
    }
    case {
      id
      caseNumber
      itemName
    }
    actorId
    actorRole
    windowId
    detectedAt
    evidence
  }
}
    `) as unknown as TypedDocumentString<ViolationsQuery, ViolationsQueryVariables>;
export const ComplaintsDocument = new TypedDocumentString(`
    query Complaints($centreId: ID!) {
  complaints(centreId: $centreId, first: 50) {
    ...ComplaintFields
  }
}
    fragment ComplaintFields on Complaint {
  id
  centre {
    id
    name
  }
  channel
  against
  windowId
  person
  case {
    id
    caseNumber
  }
  content
  complainantName
  receivedOn
  state
  assignedTo
  dueOn
  light
  reply
  repliedOn
  feedback
  feedbackNote
  closedOn
}`) as unknown as TypedDocumentString<ComplaintsQuery, ComplaintsQueryVariables>;
export const FileComplaintDocument = new TypedDocumentString(`
    mutation FileComplaint($input: FileComplaintInput!) {
  fileComplaint(input: $input) {
    complaint {
      ...ComplaintFields
    }
    errors {
      ...FieldErrorFields
    }
  }
}
    fragment FieldErrorFields on FieldError {
  code
  message
  field
  itemCode
  index
}
fragment ComplaintFields on Complaint {
  id
  centre {
    id
    name
  }
  channel
  against
  windowId
  person
  case {
    id
    caseNumber
  }
  content
  complainantName
  receivedOn
  state
  assignedTo
  dueOn
  light
  reply
  repliedOn
  feedback
  feedbackNote
  closedOn
}`) as unknown as TypedDocumentString<FileComplaintMutation, FileComplaintMutationVariables>;
export const AssignComplaintDocument = new TypedDocumentString(`
    mutation AssignComplaint($id: ID!, $assignee: String!, $handlingDays: Int) {
  assignComplaint(
    complaintId: $id
    assignee: $assignee
    handlingDays: $handlingDays
  ) {
    complaint {
      ...ComplaintFields
    }
    errors {
      ...FieldErrorFields
    }
  }
}
    fragment FieldErrorFields on FieldError {
  code
  message
  field
  itemCode
  index
}
fragment ComplaintFields on Complaint {
  id
  centre {
    id
    name
  }
  channel
  against
  windowId
  person
  case {
    id
    caseNumber
  }
  content
  complainantName
  receivedOn
  state
  assignedTo
  dueOn
  light
  reply
  repliedOn
  feedback
  feedbackNote
  closedOn
}`) as unknown as TypedDocumentString<AssignComplaintMutation, AssignComplaintMutationVariables>;
export const ReplyToComplaintDocument = new TypedDocumentString(`
    mutation ReplyToComplaint($id: ID!, $reply: String!) {
  replyToComplaint(complaintId: $id, reply: $reply) {
    complaint {
      ...ComplaintFields
    }
    errors {
      ...FieldErrorFields
    }
  }
}
    fragment FieldErrorFields on FieldError {
  code
  message
  field
  itemCode
  index
}
fragment ComplaintFields on Complaint {
  id
  centre {
    id
    name
  }
  channel
  against
  windowId
  person
  case {
    id
    caseNumber
  }
  content
  complainantName
  receivedOn
  state
  assignedTo
  dueOn
  light
  reply
  repliedOn
  feedback
  feedbackNote
  closedOn
}`) as unknown as TypedDocumentString<ReplyToComplaintMutation, ReplyToComplaintMutationVariables>;
export const CloseComplaintDocument = new TypedDocumentString(`
    mutation CloseComplaint($id: ID!, $feedback: ComplaintFeedback!, $note: String) {
  closeComplaint(complaintId: $id, feedback: $feedback, note: $note) {
    complaint {
      ...ComplaintFields
    }
    errors {
      ...FieldErrorFields
    }
  }
}
    fragment FieldErrorFields on FieldError {
  code
  message
  field
  itemCode
  index
}
fragment ComplaintFields on Complaint {
  id
  centre {
    id
    name
  }
  channel
  against
  windowId
  person
  case {
    id
    caseNumber
  }
  content
  complainantName
  receivedOn
  state
  assignedTo
  dueOn
  light
  reply
  repliedOn
  feedback
  feedbackNote
  closedOn
}`) as unknown as TypedDocumentString<CloseComplaintMutation, CloseComplaintMutationVariables>;
export const RatingsDocument = new TypedDocumentString(`
    query Ratings($centreId: ID!) {
  ratings(centreId: $centreId, first: 50) {
    ...RatingFields
  }
}
    fragment RatingFields on Rating {
  id
  case {
    id
    caseNumber
    itemName
  }
  centre {
    id
    name
  }
  windowId
  departmentId
  level
  comment
  ratedOn
  rectifyDue
  light
  followUp
  followedBy
  rectifiedOn
}`) as unknown as TypedDocumentString<RatingsQuery, RatingsQueryVariables>;
export const FollowUpRatingDocument = new TypedDocumentString(`
    mutation FollowUpRating($id: ID!, $followUp: String!, $rectified: Boolean!) {
  followUpRating(ratingId: $id, followUp: $followUp, rectified: $rectified) {
    rating {
      ...RatingFields
    }
    errors {
      ...FieldErrorFields
    }
  }
}
    fragment FieldErrorFields on FieldError {
  code
  message
  field
  itemCode
  index
}
fragment RatingFields on Rating {
  id
  case {
    id
    caseNumber
    itemName
  }
  centre {
    id
    name
  }
  windowId
  departmentId
  level
  comment
  ratedOn
  rectifyDue
  light
  followUp
  followedBy
  rectifiedOn
}`) as unknown as TypedDocumentString<FollowUpRatingMutation, FollowUpRatingMutationVariables>;
export const BulletinDocument = new TypedDocumentString(`
    query Bulletin($centreId: ID!, $period: PeriodInput!, $by: BulletinLevel!) {
  bulletin(centreId: $centreId, period: $period, by: $by) {
    period
    from
    to
    by
    lines {
      key
      name
      centreId
      figures {
        ...FiguresFields
      }
    }
    total {
      ...FiguresFields
    }
  }
  ranking(centreId: $centreId, period: $period, by: $by) {
    rank
    key
    name
    score
    parts {
      onTime
      satisfaction
      speed
      standard
    }
  }
}
    fragment FiguresFields on BulletinFigures {
  accepted
  notAccepted
  concluded
  onTime
  late
  onTimeRate
  averageUsedDays
  averagePromisedDays
  licenceLate
  violations
  complaints
  satisfactionRate
  ratings {
    verySatisfied
    satisfied
    basicallySatisfied
    unsatisfied
    veryUnsatisfied
  }
}`) as unknown as TypedDocumentString<BulletinQuery, BulletinQueryVariables>;
export const BulletinExportDocument = new TypedDocumentString(`
    query BulletinExport($centreId: ID!, $period: PeriodInput!, $by: BulletinLevel!, $format: ExportFormat!) {
  bulletinExport(centreId: $centreId, period: $period, by: $by, format: $format) {
    filename
    contentType
    base64
  }
}
    `) as unknown as TypedDocumentString<BulletinExportQuery, BulletinExportQueryVariables>;
export const StandardAssessmentsDocument = new TypedDocumentString(`
    query StandardAssessments($centreId: ID!) {
  standardAssessments(centreId: $centreId) {
    id
    centre {
      id
      name
    }
    assessedByCentre {
      id
      name
    }
    assessedBy
    assessedOn
    officeAreaM2
    shareMet
    compliant
    note
    criteria {
      code
      name
      met
      evidence
    }
  }
}
    `) as unknown as TypedDocumentString<StandardAssessmentsQuery, StandardAssessmentsQueryVariables>;
export const AssessTownshipCentreDocument = new TypedDocumentString(`
    mutation AssessTownshipCentre($centreId: ID!, $input: StandardAssessmentInput!) {
  assessTownshipCentre(centreId: $centreId, input: $input) {
    assessment {
      id
      shareMet
      compliant
    }
    errors {
      ...FieldErrorFields
    }
  }
}
    fragment FieldErrorFields on FieldError {
  code
  message
  field
  itemCode
  index
}`) as unknown as TypedDocumentString<AssessTownshipCentreMutation, AssessTownshipCentreMutationVariables>;
export const SubCentresDocument = new TypedDocumentString(`
    query SubCentres($centreId: ID!) {
  centre(id: $centreId) {
    id
    name
    tier
    children {
      id
      name
      tier
    }
  }
}
    `) as unknown as TypedDocumentString<SubCentresQuery, SubCentresQueryVariables>;
export const OversightSettingsDocument = new TypedDocumentString(`
    query OversightSettings($centreId: ID!) {
  oversightSettings(centreId: $centreId) {
    centreId
    yellowDays
    yellowSharePercent
    complaintDays
    rectifyDays
    scoring {
      onTime
      satisfaction
      speed
      standard
      violationPenalty
      complaintPenalty
    }
  }
}
    `) as unknown as TypedDocumentString<OversightSettingsQuery, OversightSettingsQueryVariables>;
export const SetOversightSettingsDocument = new TypedDocumentString(`
    mutation SetOversightSettings($centreId: ID!, $input: OversightSettingsInput!) {
  setOversightSettings(centreId: $centreId, input: $input) {
    settings {
      centreId
      yellowDays
      yellowSharePercent
      complaintDays
      rectifyDays
    }
    errors {
      ...FieldErrorFields
    }
  }
}
    fragment FieldErrorFields on FieldError {
  code
  message
  field
  itemCode
  index
}`) as unknown as TypedDocumentString<SetOversightSettingsMutation, SetOversightSettingsMutationVariables>;
export const NetworkDocument = new TypedDocumentString(`
    query Network {
  centres {
    id
    name
    tier
    parent {
      id
    }
    windows {
      id
      number
      name
      kind
      department {
        id
        name
      }
    }
  }
  departments {
    id
    name
    short
  }
}
    `) as unknown as TypedDocumentString<NetworkQuery, NetworkQueryVariables>;
export const SearchGuidesDocument = new TypedDocumentString(`
    query SearchGuides($centreId: ID!, $keyword: String, $first: Int, $after: String) {
  searchGuides(
    centreId: $centreId
    keyword: $keyword
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      item {
        code
        version
        department {
          id
          short
        }
        content {
          name
          kind
          handling
          promisedDays
          statutoryDays
        }
      }
      windows {
        number
        name
      }
      escalated
    }
  }
}
    `) as unknown as TypedDocumentString<SearchGuidesQuery, SearchGuidesQueryVariables>;
export const GuideDocument = new TypedDocumentString(`
    query Guide($centreId: ID!, $itemCode: ID!) {
  guide(centreId: $centreId, itemCode: $itemCode) {
    item {
      code
      version
      effectiveFrom
      department {
        name
      }
      content {
        ...ContentFields
      }
    }
    centre {
      id
      name
      address
      hours
      phone
    }
    windows {
      number
      name
    }
    authority
    appointmentAvailable
    agentServiceAvailable
    escalated
    decidedAt {
      name
    }
  }
}
    fragment ContentFields on ItemContent {
  code
  name
  kind
  handling
  legalBasis
  conditions
  steps {
    order
    name
    days
  }
  statutoryDays
  promisedDays
  clockStoppingProcedures
  materials {
    name
    required
    condition
    form
    copies
    electronicAccepted
    blankForm
    sampleForm
  }
  fees {
    code
    name
    rule
    amountFen
    unit
    legalBasis
    reductions
  }
  acceptingTiers
  decidingTier
  coDepartments
  contacts {
    consultationPhone
    complaintPhone
  }
  appeal {
    reconsideration
    litigation
  }
}`) as unknown as TypedDocumentString<GuideQuery, GuideQueryVariables>;
export const CaseStatusDocument = new TypedDocumentString(`
    query CaseStatus($caseNumber: String!, $queryCode: String!) {
  caseStatus(caseNumber: $caseNumber, queryCode: $queryCode) {
    caseNumber
    itemName
    centreName
    state
    stateName
    receivedOn
    acceptedOn
    deadline
    concludedOn
    outcome
    licenceNumber
    milestones {
      on
      description
    }
    messages {
      at
      text
    }
  }
}
    `) as unknown as TypedDocumentString<CaseStatusQuery, CaseStatusQueryVariables>;
export const UpperTierItemsDocument = new TypedDocumentString(`
    query UpperTierItems($centreId: ID!) {
  upperTierItems(centreId: $centreId) {
    item {
      code
      content {
        name
        handling
        promisedDays
      }
      department {
        short
      }
    }
    handledAt {
      id
      name
    }
    escalated
  }
}
    `) as unknown as TypedDocumentString<UpperTierItemsQuery, UpperTierItemsQueryVariables>;
export const RateCaseDocument = new TypedDocumentString(`
    mutation RateCase($caseNumber: String!, $queryCode: String!, $level: RatingLevel!, $comment: String) {
  rateCase(
    caseNumber: $caseNumber
    queryCode: $queryCode
    level: $level
    comment: $comment
  ) {
    rating {
      id
      level
      ratedOn
    }
    errors {
      ...FieldErrorFields
    }
  }
}
    fragment FieldErrorFields on FieldError {
  code
  message
  field
  itemCode
  index
}`) as unknown as TypedDocumentString<RateCaseMutation, RateCaseMutationVariables>;
export const CaseTiersDocument = new TypedDocumentString(`
    query CaseTiers($id: ID!) {
  case(id: $id) {
    id
    handling
    state
    parts {
      ...PartFields
    }
    clocks {
      ...ClockLightFields
    }
    holder {
      centre {
        id
        name
        tier
      }
      window {
        id
        number
        name
      }
    }
  }
}
    fragment ClockLightFields on ClockAlert {
  part
  kind
  light
  dueOn
  remainingWorkingDays
  yellowWithinDays
}
fragment PartFields on CasePart {
  id
  seq
  kind
  state
  startedOn
  concludedOn
  late
  opinion
  handlerId
  centre {
    id
    name
    tier
  }
  window {
    id
    number
    name
  }
  department {
    id
    name
  }
  clock {
    deadline
    limitDays
    extensionDays
    pausedWorkingDays
    suspended
  }
  decision {
    number
    outcome
    decidedOn
    reasons
  }
}`) as unknown as TypedDocumentString<CaseTiersQuery, CaseTiersQueryVariables>;
export const ForwardCaseDocument = new TypedDocumentString(`
    mutation ForwardCase($caseId: ID!, $opinion: String!) {
  forwardCase(caseId: $caseId, input: {opinion: $opinion}) {
    ...MutationResult
  }
}
    fragment FieldErrorFields on FieldError {
  code
  message
  field
  itemCode
  index
}
fragment MutationResult on CasePayload {
  case {
    id
    state
  }
  errors {
    ...FieldErrorFields
  }
}`) as unknown as TypedDocumentString<ForwardCaseMutation, ForwardCaseMutationVariables>;
export const HandOverCaseDocument = new TypedDocumentString(`
    mutation HandOverCase($caseId: ID!) {
  handOverCase(caseId: $caseId) {
    ...MutationResult
  }
}
    fragment FieldErrorFields on FieldError {
  code
  message
  field
  itemCode
  index
}
fragment MutationResult on CasePayload {
  case {
    id
    state
  }
  errors {
    ...FieldErrorFields
  }
}`) as unknown as TypedDocumentString<HandOverCaseMutation, HandOverCaseMutationVariables>;
export const DecidePartDocument = new TypedDocumentString(`
    mutation DecidePart($partId: ID!, $input: PartDecisionInput!) {
  decidePart(partId: $partId, input: $input) {
    ...MutationResult
  }
}
    fragment FieldErrorFields on FieldError {
  code
  message
  field
  itemCode
  index
}
fragment MutationResult on CasePayload {
  case {
    id
    state
  }
  errors {
    ...FieldErrorFields
  }
}`) as unknown as TypedDocumentString<DecidePartMutation, DecidePartMutationVariables>;
export const ConcludeJointCaseDocument = new TypedDocumentString(`
    mutation ConcludeJointCase($caseId: ID!, $licence: LicenceTermsInput) {
  concludeJointCase(caseId: $caseId, licence: $licence) {
    ...MutationResult
  }
}
    fragment FieldErrorFields on FieldError {
  code
  message
  field
  itemCode
  index
}
fragment MutationResult on CasePayload {
  case {
    id
    state
  }
  errors {
    ...FieldErrorFields
  }
}`) as unknown as TypedDocumentString<ConcludeJointCaseMutation, ConcludeJointCaseMutationVariables>;
export const ChasePartDocument = new TypedDocumentString(`
    mutation ChasePart($partId: ID!, $message: String!) {
  chasePart(partId: $partId, message: $message) {
    ...MutationResult
  }
}
    fragment FieldErrorFields on FieldError {
  code
  message
  field
  itemCode
  index
}
fragment MutationResult on CasePayload {
  case {
    id
    state
  }
  errors {
    ...FieldErrorFields
  }
}`) as unknown as TypedDocumentString<ChasePartMutation, ChasePartMutationVariables>;
export const SuspendPartDocument = new TypedDocumentString(`
    mutation SuspendPart($caseId: ID!, $input: SuspendInput!) {
  suspendClock(caseId: $caseId, input: $input) {
    ...MutationResult
  }
}
    fragment FieldErrorFields on FieldError {
  code
  message
  field
  itemCode
  index
}
fragment MutationResult on CasePayload {
  case {
    id
    state
  }
  errors {
    ...FieldErrorFields
  }
}`) as unknown as TypedDocumentString<SuspendPartMutation, SuspendPartMutationVariables>;
export const ResumePartDocument = new TypedDocumentString(`
    mutation ResumePart($caseId: ID!, $partId: ID) {
  resumeClock(caseId: $caseId, partId: $partId) {
    ...MutationResult
  }
}
    fragment FieldErrorFields on FieldError {
  code
  message
  field
  itemCode
  index
}
fragment MutationResult on CasePayload {
  case {
    id
    state
  }
  errors {
    ...FieldErrorFields
  }
}`) as unknown as TypedDocumentString<ResumePartMutation, ResumePartMutationVariables>;
export const MyRemindersDocument = new TypedDocumentString(`
    query MyReminders($first: Int) {
  myReminders(first: $first) {
    id
    kind
    deadline
    recipient
    message
    createdOn
    case {
      id
      caseNumber
      itemName
      state
    }
    part {
      id
      seq
      kind
      department {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyRemindersQuery, MyRemindersQueryVariables>;
export const DepartmentQueueDocument = new TypedDocumentString(`
    query DepartmentQueue($first: Int) {
  departmentQueue(first: $first) {
    id
    caseNumber
    itemName
    handling
    state
    applicant {
      name
    }
    centre {
      id
      name
      tier
    }
    clock {
      deadline
      suspended
    }
    clocks {
      ...ClockLightFields
    }
    parts {
      id
      seq
      kind
      state
      department {
        id
      }
      clock {
        deadline
        suspended
      }
    }
  }
}
    fragment ClockLightFields on ClockAlert {
  part
  kind
  light
  dueOn
  remainingWorkingDays
  yellowWithinDays
}`) as unknown as TypedDocumentString<DepartmentQueueQuery, DepartmentQueueQueryVariables>;
export const WindowItemsDocument = new TypedDocumentString(`
    query WindowItems($centreId: ID!) {
  centre(id: $centreId) {
    id
    name
    windows {
      id
      number
      name
      stationings {
        authority
        item {
          code
          name
          kind
          handling
          promisedDays
          statutoryDays
          version
          materials {
            name
            required
            condition
            form
            copies
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WindowItemsQuery, WindowItemsQueryVariables>;
export const WindowQueueDocument = new TypedDocumentString(`
    query WindowQueue($windowId: ID!) {
  windowQueue(windowId: $windowId) {
    id
    caseNumber
    itemName
    handling
    state
    receivedOn
    applicant {
      kind
      name
    }
    clock {
      deadline
      suspended
      limitDays
      extensionDays
      provisional
    }
    clocks {
      ...ClockLightFields
    }
  }
}
    fragment ClockLightFields on ClockAlert {
  part
  kind
  light
  dueOn
  remainingWorkingDays
  yellowWithinDays
}`) as unknown as TypedDocumentString<WindowQueueQuery, WindowQueueQueryVariables>;
export const CaseDetailDocument = new TypedDocumentString(`
    query CaseDetail($id: ID!) {
  case(id: $id) {
    ...CaseFields
    bill {
      status
    }
    history {
      at
      on
      action
      fromState
      toState
      reason
      actorId
      actorName
      actorRole
    }
  }
}
    fragment NoticeFields on Notice {
  id
  kind
  number
  title
  issuedOn
  paragraphs
  lists {
    heading
    items
  }
  addressee
  closing
}
fragment CaseFields on Case {
  id
  caseNumber
  queryCode
  itemName
  handling
  state
  receivedOn
  acceptedOn
  deemedAccepted
  agentId
  centre {
    id
    name
  }
  window {
    id
    number
    name
  }
  itemVersion {
    code
    version
    content {
      materials {
        name
        required
        condition
        form
        copies
      }
      clockStoppingProcedures
      fees {
        code
      }
    }
  }
  applicant {
    kind
    name
    identifier
    phone
    contactName
  }
  clock {
    deadline
    limitDays
    statutoryDays
    extensionDays
    pausedWorkingDays
    suspended
    provisional
    steps
  }
  materials {
    name
    status
    note
  }
  suspensions {
    procedure
    from
    to
    expectedDays
    reason
  }
  decision {
    number
    outcome
    decidedOn
    reasons
    legalBasis
  }
  licenceDue
  licence {
    number
    issuedOn
    validFrom
    validUntil
  }
  concludedOn
  notices {
    ...NoticeFields
  }
  clocks {
    ...ClockLightFields
  }
}
fragment ClockLightFields on ClockAlert {
  part
  kind
  light
  dueOn
  remainingWorkingDays
  yellowWithinDays
}`) as unknown as TypedDocumentString<CaseDetailQuery, CaseDetailQueryVariables>;
export const NoticePdfDocument = new TypedDocumentString(`
    query NoticePdf($id: ID!) {
  case(id: $id) {
    id
    notices {
      id
      number
      title
      pdfBase64
    }
  }
}
    `) as unknown as TypedDocumentString<NoticePdfQuery, NoticePdfQueryVariables>;
export const IntakeCaseDocument = new TypedDocumentString(`
    mutation IntakeCase($input: IntakeInput!) {
  intakeCase(input: $input) {
    ...CasePayloadFields
    notice {
      pdfBase64
    }
  }
}
    fragment FieldErrorFields on FieldError {
  code
  message
  field
  itemCode
  index
}
fragment NoticeFields on Notice {
  id
  kind
  number
  title
  issuedOn
  paragraphs
  lists {
    heading
    items
  }
  addressee
  closing
}
fragment CaseFields on Case {
  id
  caseNumber
  queryCode
  itemName
  handling
  state
  receivedOn
  acceptedOn
  deemedAccepted
  agentId
  centre {
    id
    name
  }
  window {
    id
    number
    name
  }
  itemVersion {
    code
    version
    content {
      materials {
        name
        required
        condition
        form
        copies
      }
      clockStoppingProcedures
      fees {
        code
      }
    }
  }
  applicant {
    kind
    name
    identifier
    phone
    contactName
  }
  clock {
    deadline
    limitDays
    statutoryDays
    extensionDays
    pausedWorkingDays
    suspended
    provisional
    steps
  }
  materials {
    name
    status
    note
  }
  suspensions {
    procedure
    from
    to
    expectedDays
    reason
  }
  decision {
    number
    outcome
    decidedOn
    reasons
    legalBasis
  }
  licenceDue
  licence {
    number
    issuedOn
    validFrom
    validUntil
  }
  concludedOn
  notices {
    ...NoticeFields
  }
  clocks {
    ...ClockLightFields
  }
}
fragment CasePayloadFields on CasePayload {
  case {
    ...CaseFields
  }
  notice {
    ...NoticeFields
  }
  errors {
    ...FieldErrorFields
  }
}
fragment ClockLightFields on ClockAlert {
  part
  kind
  light
  dueOn
  remainingWorkingDays
  yellowWithinDays
}`) as unknown as TypedDocumentString<IntakeCaseMutation, IntakeCaseMutationVariables>;
export const ReviewMaterialsDocument = new TypedDocumentString(`
    mutation ReviewMaterials($caseId: ID!, $materials: [MaterialCheckInput!]!) {
  reviewMaterials(caseId: $caseId, materials: $materials) {
    ...CasePayloadFields
  }
}
    fragment FieldErrorFields on FieldError {
  code
  message
  field
  itemCode
  index
}
fragment NoticeFields on Notice {
  id
  kind
  number
  title
  issuedOn
  paragraphs
  lists {
    heading
    items
  }
  addressee
  closing
}
fragment CaseFields on Case {
  id
  caseNumber
  queryCode
  itemName
  handling
  state
  receivedOn
  acceptedOn
  deemedAccepted
  agentId
  centre {
    id
    name
  }
  window {
    id
    number
    name
  }
  itemVersion {
    code
    version
    content {
      materials {
        name
        required
        condition
        form
        copies
      }
      clockStoppingProcedures
      fees {
        code
      }
    }
  }
  applicant {
    kind
    name
    identifier
    phone
    contactName
  }
  clock {
    deadline
    limitDays
    statutoryDays
    extensionDays
    pausedWorkingDays
    suspended
    provisional
    steps
  }
  materials {
    name
    status
    note
  }
  suspensions {
    procedure
    from
    to
    expectedDays
    reason
  }
  decision {
    number
    outcome
    decidedOn
    reasons
    legalBasis
  }
  licenceDue
  licence {
    number
    issuedOn
    validFrom
    validUntil
  }
  concludedOn
  notices {
    ...NoticeFields
  }
  clocks {
    ...ClockLightFields
  }
}
fragment CasePayloadFields on CasePayload {
  case {
    ...CaseFields
  }
  notice {
    ...NoticeFields
  }
  errors {
    ...FieldErrorFields
  }
}
fragment ClockLightFields on ClockAlert {
  part
  kind
  light
  dueOn
  remainingWorkingDays
  yellowWithinDays
}`) as unknown as TypedDocumentString<ReviewMaterialsMutation, ReviewMaterialsMutationVariables>;
export const SupplementMaterialsDocument = new TypedDocumentString(`
    mutation SupplementMaterials($caseId: ID!, $materials: [MaterialCheckInput!]!) {
  supplementMaterials(caseId: $caseId, materials: $materials) {
    ...CasePayloadFields
  }
}
    fragment FieldErrorFields on FieldError {
  code
  message
  field
  itemCode
  index
}
fragment NoticeFields on Notice {
  id
  kind
  number
  title
  issuedOn
  paragraphs
  lists {
    heading
    items
  }
  addressee
  closing
}
fragment CaseFields on Case {
  id
  caseNumber
  queryCode
  itemName
  handling
  state
  receivedOn
  acceptedOn
  deemedAccepted
  agentId
  centre {
    id
    name
  }
  window {
    id
    number
    name
  }
  itemVersion {
    code
    version
    content {
      materials {
        name
        required
        condition
        form
        copies
      }
      clockStoppingProcedures
      fees {
        code
      }
    }
  }
  applicant {
    kind
    name
    identifier
    phone
    contactName
  }
  clock {
    deadline
    limitDays
    statutoryDays
    extensionDays
    pausedWorkingDays
    suspended
    provisional
    steps
  }
  materials {
    name
    status
    note
  }
  suspensions {
    procedure
    from
    to
    expectedDays
    reason
  }
  decision {
    number
    outcome
    decidedOn
    reasons
    legalBasis
  }
  licenceDue
  licence {
    number
    issuedOn
    validFrom
    validUntil
  }
  concludedOn
  notices {
    ...NoticeFields
  }
  clocks {
    ...ClockLightFields
  }
}
fragment CasePayloadFields on CasePayload {
  case {
    ...CaseFields
  }
  notice {
    ...NoticeFields
  }
  errors {
    ...FieldErrorFields
  }
}
fragment ClockLightFields on ClockAlert {
  part
  kind
  light
  dueOn
  remainingWorkingDays
  yellowWithinDays
}`) as unknown as TypedDocumentString<SupplementMaterialsMutation, SupplementMaterialsMutationVariables>;
export const RefuseToAcceptDocument = new TypedDocumentString(`
    mutation RefuseToAccept($caseId: ID!, $input: RefuseToAcceptInput!) {
  refuseToAccept(caseId: $caseId, input: $input) {
    ...CasePayloadFields
    notice {
      pdfBase64
    }
  }
}
    fragment FieldErrorFields on FieldError {
  code
  message
  field
  itemCode
  index
}
fragment NoticeFields on Notice {
  id
  kind
  number
  title
  issuedOn
  paragraphs
  lists {
    heading
    items
  }
  addressee
  closing
}
fragment CaseFields on Case {
  id
  caseNumber
  queryCode
  itemName
  handling
  state
  receivedOn
  acceptedOn
  deemedAccepted
  agentId
  centre {
    id
    name
  }
  window {
    id
    number
    name
  }
  itemVersion {
    code
    version
    content {
      materials {
        name
        required
        condition
        form
        copies
      }
      clockStoppingProcedures
      fees {
        code
      }
    }
  }
  applicant {
    kind
    name
    identifier
    phone
    contactName
  }
  clock {
    deadline
    limitDays
    statutoryDays
    extensionDays
    pausedWorkingDays
    suspended
    provisional
    steps
  }
  materials {
    name
    status
    note
  }
  suspensions {
    procedure
    from
    to
    expectedDays
    reason
  }
  decision {
    number
    outcome
    decidedOn
    reasons
    legalBasis
  }
  licenceDue
  licence {
    number
    issuedOn
    validFrom
    validUntil
  }
  concludedOn
  notices {
    ...NoticeFields
  }
  clocks {
    ...ClockLightFields
  }
}
fragment CasePayloadFields on CasePayload {
  case {
    ...CaseFields
  }
  notice {
    ...NoticeFields
  }
  errors {
    ...FieldErrorFields
  }
}
fragment ClockLightFields on ClockAlert {
  part
  kind
  light
  dueOn
  remainingWorkingDays
  yellowWithinDays
}`) as unknown as TypedDocumentString<RefuseToAcceptMutation, RefuseToAcceptMutationVariables>;
export const SuspendClockDocument = new TypedDocumentString(`
    mutation SuspendClock($caseId: ID!, $input: SuspendInput!) {
  suspendClock(caseId: $caseId, input: $input) {
    ...CasePayloadFields
  }
}
    fragment FieldErrorFields on FieldError {
  code
  message
  field
  itemCode
  index
}
fragment NoticeFields on Notice {
  id
  kind
  number
  title
  issuedOn
  paragraphs
  lists {
    heading
    items
  }
  addressee
  closing
}
fragment CaseFields on Case {
  id
  caseNumber
  queryCode
  itemName
  handling
  state
  receivedOn
  acceptedOn
  deemedAccepted
  agentId
  centre {
    id
    name
  }
  window {
    id
    number
    name
  }
  itemVersion {
    code
    version
    content {
      materials {
        name
        required
        condition
        form
        copies
      }
      clockStoppingProcedures
      fees {
        code
      }
    }
  }
  applicant {
    kind
    name
    identifier
    phone
    contactName
  }
  clock {
    deadline
    limitDays
    statutoryDays
    extensionDays
    pausedWorkingDays
    suspended
    provisional
    steps
  }
  materials {
    name
    status
    note
  }
  suspensions {
    procedure
    from
    to
    expectedDays
    reason
  }
  decision {
    number
    outcome
    decidedOn
    reasons
    legalBasis
  }
  licenceDue
  licence {
    number
    issuedOn
    validFrom
    validUntil
  }
  concludedOn
  notices {
    ...NoticeFields
  }
  clocks {
    ...ClockLightFields
  }
}
fragment CasePayloadFields on CasePayload {
  case {
    ...CaseFields
  }
  notice {
    ...NoticeFields
  }
  errors {
    ...FieldErrorFields
  }
}
fragment ClockLightFields on ClockAlert {
  part
  kind
  light
  dueOn
  remainingWorkingDays
  yellowWithinDays
}`) as unknown as TypedDocumentString<SuspendClockMutation, SuspendClockMutationVariables>;
export const ResumeClockDocument = new TypedDocumentString(`
    mutation ResumeClock($caseId: ID!) {
  resumeClock(caseId: $caseId) {
    ...CasePayloadFields
  }
}
    fragment FieldErrorFields on FieldError {
  code
  message
  field
  itemCode
  index
}
fragment NoticeFields on Notice {
  id
  kind
  number
  title
  issuedOn
  paragraphs
  lists {
    heading
    items
  }
  addressee
  closing
}
fragment CaseFields on Case {
  id
  caseNumber
  queryCode
  itemName
  handling
  state
  receivedOn
  acceptedOn
  deemedAccepted
  agentId
  centre {
    id
    name
  }
  window {
    id
    number
    name
  }
  itemVersion {
    code
    version
    content {
      materials {
        name
        required
        condition
        form
        copies
      }
      clockStoppingProcedures
      fees {
        code
      }
    }
  }
  applicant {
    kind
    name
    identifier
    phone
    contactName
  }
  clock {
    deadline
    limitDays
    statutoryDays
    extensionDays
    pausedWorkingDays
    suspended
    provisional
    steps
  }
  materials {
    name
    status
    note
  }
  suspensions {
    procedure
    from
    to
    expectedDays
    reason
  }
  decision {
    number
    outcome
    decidedOn
    reasons
    legalBasis
  }
  licenceDue
  licence {
    number
    issuedOn
    validFrom
    validUntil
  }
  concludedOn
  notices {
    ...NoticeFields
  }
  clocks {
    ...ClockLightFields
  }
}
fragment CasePayloadFields on CasePayload {
  case {
    ...CaseFields
  }
  notice {
    ...NoticeFields
  }
  errors {
    ...FieldErrorFields
  }
}
fragment ClockLightFields on ClockAlert {
  part
  kind
  light
  dueOn
  remainingWorkingDays
  yellowWithinDays
}`) as unknown as TypedDocumentString<ResumeClockMutation, ResumeClockMutationVariables>;
export const ExtendDeadlineDocument = new TypedDocumentString(`
    mutation ExtendDeadline($caseId: ID!, $input: ExtendInput!) {
  extendDeadline(caseId: $caseId, input: $input) {
    ...CasePayloadFields
  }
}
    fragment FieldErrorFields on FieldError {
  code
  message
  field
  itemCode
  index
}
fragment NoticeFields on Notice {
  id
  kind
  number
  title
  issuedOn
  paragraphs
  lists {
    heading
    items
  }
  addressee
  closing
}
fragment CaseFields on Case {
  id
  caseNumber
  queryCode
  itemName
  handling
  state
  receivedOn
  acceptedOn
  deemedAccepted
  agentId
  centre {
    id
    name
  }
  window {
    id
    number
    name
  }
  itemVersion {
    code
    version
    content {
      materials {
        name
        required
        condition
        form
        copies
      }
      clockStoppingProcedures
      fees {
        code
      }
    }
  }
  applicant {
    kind
    name
    identifier
    phone
    contactName
  }
  clock {
    deadline
    limitDays
    statutoryDays
    extensionDays
    pausedWorkingDays
    suspended
    provisional
    steps
  }
  materials {
    name
    status
    note
  }
  suspensions {
    procedure
    from
    to
    expectedDays
    reason
  }
  decision {
    number
    outcome
    decidedOn
    reasons
    legalBasis
  }
  licenceDue
  licence {
    number
    issuedOn
    validFrom
    validUntil
  }
  concludedOn
  notices {
    ...NoticeFields
  }
  clocks {
    ...ClockLightFields
  }
}
fragment CasePayloadFields on CasePayload {
  case {
    ...CaseFields
  }
  notice {
    ...NoticeFields
  }
  errors {
    ...FieldErrorFields
  }
}
fragment ClockLightFields on ClockAlert {
  part
  kind
  light
  dueOn
  remainingWorkingDays
  yellowWithinDays
}`) as unknown as TypedDocumentString<ExtendDeadlineMutation, ExtendDeadlineMutationVariables>;
export const DecideCaseDocument = new TypedDocumentString(`
    mutation DecideCase($caseId: ID!, $input: DecideInput!) {
  decideCase(caseId: $caseId, input: $input) {
    ...CasePayloadFields
  }
}
    fragment FieldErrorFields on FieldError {
  code
  message
  field
  itemCode
  index
}
fragment NoticeFields on Notice {
  id
  kind
  number
  title
  issuedOn
  paragraphs
  lists {
    heading
    items
  }
  addressee
  closing
}
fragment CaseFields on Case {
  id
  caseNumber
  queryCode
  itemName
  handling
  state
  receivedOn
  acceptedOn
  deemedAccepted
  agentId
  centre {
    id
    name
  }
  window {
    id
    number
    name
  }
  itemVersion {
    code
    version
    content {
      materials {
        name
        required
        condition
        form
        copies
      }
      clockStoppingProcedures
      fees {
        code
      }
    }
  }
  applicant {
    kind
    name
    identifier
    phone
    contactName
  }
  clock {
    deadline
    limitDays
    statutoryDays
    extensionDays
    pausedWorkingDays
    suspended
    provisional
    steps
  }
  materials {
    name
    status
    note
  }
  suspensions {
    procedure
    from
    to
    expectedDays
    reason
  }
  decision {
    number
    outcome
    decidedOn
    reasons
    legalBasis
  }
  licenceDue
  licence {
    number
    issuedOn
    validFrom
    validUntil
  }
  concludedOn
  notices {
    ...NoticeFields
  }
  clocks {
    ...ClockLightFields
  }
}
fragment CasePayloadFields on CasePayload {
  case {
    ...CaseFields
  }
  notice {
    ...NoticeFields
  }
  errors {
    ...FieldErrorFields
  }
}
fragment ClockLightFields on ClockAlert {
  part
  kind
  light
  dueOn
  remainingWorkingDays
  yellowWithinDays
}`) as unknown as TypedDocumentString<DecideCaseMutation, DecideCaseMutationVariables>;
export const IssueLicenceDocument = new TypedDocumentString(`
    mutation IssueLicence($caseId: ID!, $input: LicenceTermsInput) {
  issueLicence(caseId: $caseId, input: $input) {
    ...CasePayloadFields
  }
}
    fragment FieldErrorFields on FieldError {
  code
  message
  field
  itemCode
  index
}
fragment NoticeFields on Notice {
  id
  kind
  number
  title
  issuedOn
  paragraphs
  lists {
    heading
    items
  }
  addressee
  closing
}
fragment CaseFields on Case {
  id
  caseNumber
  queryCode
  itemName
  handling
  state
  receivedOn
  acceptedOn
  deemedAccepted
  agentId
  centre {
    id
    name
  }
  window {
    id
    number
    name
  }
  itemVersion {
    code
    version
    content {
      materials {
        name
        required
        condition
        form
        copies
      }
      clockStoppingProcedures
      fees {
        code
      }
    }
  }
  applicant {
    kind
    name
    identifier
    phone
    contactName
  }
  clock {
    deadline
    limitDays
    statutoryDays
    extensionDays
    pausedWorkingDays
    suspended
    provisional
    steps
  }
  materials {
    name
    status
    note
  }
  suspensions {
    procedure
    from
    to
    expectedDays
    reason
  }
  decision {
    number
    outcome
    decidedOn
    reasons
    legalBasis
  }
  licenceDue
  licence {
    number
    issuedOn
    validFrom
    validUntil
  }
  concludedOn
  notices {
    ...NoticeFields
  }
  clocks {
    ...ClockLightFields
  }
}
fragment CasePayloadFields on CasePayload {
  case {
    ...CaseFields
  }
  notice {
    ...NoticeFields
  }
  errors {
    ...FieldErrorFields
  }
}
fragment ClockLightFields on ClockAlert {
  part
  kind
  light
  dueOn
  remainingWorkingDays
  yellowWithinDays
}`) as unknown as TypedDocumentString<IssueLicenceMutation, IssueLicenceMutationVariables>;
export const SearchCasesDocument = new TypedDocumentString(`
    query SearchCases($text: String!) {
  searchCases(text: $text, first: 20) {
    id
    caseNumber
    itemName
    state
    receivedOn
    applicant {
      name
    }
    centre {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<SearchCasesQuery, SearchCasesQueryVariables>;