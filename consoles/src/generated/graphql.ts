/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

/** 咨询投诉(输入) / contacts, as input. */
export type ContactsInput = {
  complaintPhone: string;
  consultationPhone: string;
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
  legalBasis: string;
  name: string;
  reductions?: string | null | undefined;
  rule: FeeRule;
  unit?: string | null | undefined;
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

/** 证照(输入) / licence terms. */
export type LicenceTermsInput = {
  validFrom?: string | null | undefined;
  validUntil?: string | null | undefined;
};

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

/** 办事程序的一步(输入) / a procedure step, as input. */
export type ProcedureStepInput = {
  days: number;
  name: string;
  order: number;
};

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


export type MyEntrustedCasesQuery = { myEntrustedCases: Array<{ id: string, caseNumber: string, itemName: string, state: CaseState, receivedOn: string, acceptedOn: string | null, handling: HandlingType, centre: { id: string, name: string, tier: Tier }, window: { number: string, name: string }, applicant: { name: string }, clock: { deadline: string | null, suspended: boolean, limitDays: number, extensionDays: number, pausedWorkingDays: number, steps: Array<string> }, parts: Array<{ id: string, seq: number, kind: PartKind, state: PartState, late: boolean, concludedOn: string | null, centre: { name: string, tier: Tier }, window: { number: string, name: string } | null, department: { name: string }, clock: { deadline: string | null, suspended: boolean, limitDays: number } }> }> };

export type FieldErrorFieldsFragment = { code: string, message: string, field: string | null, itemCode: string | null, index: number | null };

export type ContentFieldsFragment = { code: string, name: string, kind: ItemKind, handling: HandlingType, legalBasis: string, conditions: Array<string>, statutoryDays: number, promisedDays: number, clockStoppingProcedures: Array<SpecialProcedure>, acceptingTiers: Array<Tier>, decidingTier: Tier, coDepartments: Array<string>, steps: Array<{ order: number, name: string, days: number }>, materials: Array<{ name: string, required: boolean, condition: string | null, form: MaterialForm, copies: number, electronicAccepted: boolean, blankForm: string | null, sampleForm: string | null }>, fees: Array<{ code: string, name: string, rule: FeeRule, amountFen: number, unit: string | null, legalBasis: string, reductions: string | null }>, contacts: { consultationPhone: string, complaintPhone: string }, appeal: { reconsideration: string, litigation: string } };

export type NoticeFieldsFragment = { id: string, kind: NoticeKind, number: string, title: string, issuedOn: string, paragraphs: Array<string>, lists: Array<{ heading: string, items: Array<string> }> };

export type CaseFieldsFragment = { id: string, caseNumber: string, queryCode: string | null, itemName: string, handling: HandlingType, state: CaseState, receivedOn: string, acceptedOn: string | null, deemedAccepted: boolean, agentId: string | null, licenceDue: string | null, concludedOn: string | null, centre: { id: string, name: string }, window: { id: string, number: string, name: string }, itemVersion: { code: string, version: number, content: { clockStoppingProcedures: Array<SpecialProcedure>, materials: Array<{ name: string, required: boolean, condition: string | null, form: MaterialForm, copies: number }> } }, applicant: { kind: ApplicantKind, name: string, identifier: string, phone: string, contactName: string | null }, clock: { deadline: string | null, limitDays: number, statutoryDays: number, extensionDays: number, pausedWorkingDays: number, suspended: boolean, steps: Array<string> }, materials: Array<{ name: string, status: MaterialStatus, note: string | null }>, suspensions: Array<{ procedure: SpecialProcedure, from: string, to: string | null, expectedDays: number, reason: string }>, decision: { number: string, outcome: DecisionOutcome, decidedOn: string, reasons: string | null, legalBasis: string } | null, licence: { number: string, issuedOn: string, validFrom: string, validUntil: string | null } | null, notices: Array<{ id: string, kind: NoticeKind, number: string, title: string, issuedOn: string, paragraphs: Array<string>, lists: Array<{ heading: string, items: Array<string> }> }> };

export type CasePayloadFieldsFragment = { case: { id: string, caseNumber: string, queryCode: string | null, itemName: string, handling: HandlingType, state: CaseState, receivedOn: string, acceptedOn: string | null, deemedAccepted: boolean, agentId: string | null, licenceDue: string | null, concludedOn: string | null, centre: { id: string, name: string }, window: { id: string, number: string, name: string }, itemVersion: { code: string, version: number, content: { clockStoppingProcedures: Array<SpecialProcedure>, materials: Array<{ name: string, required: boolean, condition: string | null, form: MaterialForm, copies: number }> } }, applicant: { kind: ApplicantKind, name: string, identifier: string, phone: string, contactName: string | null }, clock: { deadline: string | null, limitDays: number, statutoryDays: number, extensionDays: number, pausedWorkingDays: number, suspended: boolean, steps: Array<string> }, materials: Array<{ name: string, status: MaterialStatus, note: string | null }>, suspensions: Array<{ procedure: SpecialProcedure, from: string, to: string | null, expectedDays: number, reason: string }>, decision: { number: string, outcome: DecisionOutcome, decidedOn: string, reasons: string | null, legalBasis: string } | null, licence: { number: string, issuedOn: string, validFrom: string, validUntil: string | null } | null, notices: Array<{ id: string, kind: NoticeKind, number: string, title: string, issuedOn: string, paragraphs: Array<string>, lists: Array<{ heading: string, items: Array<string> }> }> } | null, notice: { id: string, kind: NoticeKind, number: string, title: string, issuedOn: string, paragraphs: Array<string>, lists: Array<{ heading: string, items: Array<string> }> } | null, errors: Array<{ code: string, message: string, field: string | null, itemCode: string | null, index: number | null }> };

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
         }> }> } | null };

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
      , window: { id: string } } | null, errors: Array<{ code: string, message: string, field: string | null, itemCode: string | null, index: number | null }> } };

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

export type PartFieldsFragment = { id: string, seq: number, kind: PartKind, state: PartState, startedOn: string, concludedOn: string | null, late: boolean, opinion: string | null, handlerId: string | null, centre: { id: string, name: string, tier: Tier }, window: { id: string, number: string, name: string } | null, department: { id: string, name: string }, clock: { deadline: string | null, limitDays: number, extensionDays: number, pausedWorkingDays: number, suspended: boolean }, decision: { number: string, outcome: DecisionOutcome, decidedOn: string, reasons: string | null } | null };

export type MutationResultFragment = { case: { id: string, state: CaseState } | null, errors: Array<{ code: string, message: string, field: string | null, itemCode: string | null, index: number | null }> };

export type CaseTiersQueryVariables = Exact<{
  id: string;
}>;


export type CaseTiersQuery = { case: { id: string, handling: HandlingType, state: CaseState, parts: Array<{ id: string, seq: number, kind: PartKind, state: PartState, startedOn: string, concludedOn: string | null, late: boolean, opinion: string | null, handlerId: string | null, centre: { id: string, name: string, tier: Tier }, window: { id: string, number: string, name: string } | null, department: { id: string, name: string }, clock: { deadline: string | null, limitDays: number, extensionDays: number, pausedWorkingDays: number, suspended: boolean }, decision: { number: string, outcome: DecisionOutcome, decidedOn: string, reasons: string | null } | null }>, holder: { centre: { id: string, name: string, tier: Tier }, window: { id: string, number: string, name: string } } } | null };

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


export type DepartmentQueueQuery = { departmentQueue: Array<{ id: string, caseNumber: string, itemName: string, handling: HandlingType, state: CaseState, applicant: { name: string }, centre: { id: string, name: string, tier: Tier }, clock: { deadline: string | null, suspended: boolean }, parts: Array<{ id: string, seq: number, kind: PartKind, state: PartState, department: { id: string }, clock: { deadline: string | null, suspended: boolean } }> }> };

export type WindowItemsQueryVariables = Exact<{
  centreId: string;
}>;


export type WindowItemsQuery = { centre: { id: string, name: string, windows: Array<{ id: string, number: string, name: string, stationings: Array<{ authority: Authority, item:
          | { code: string, name: string, kind: ItemKind, handling: HandlingType, promisedDays: number, statutoryDays: number, version: number, materials: Array<{ name: string, required: boolean, condition: string | null, form: MaterialForm, copies: number }> }
          | { code: string, name: string, kind: ItemKind, handling: HandlingType, promisedDays: number, statutoryDays: number, version: number, materials: Array<{ name: string, required: boolean, condition: string | null, form: MaterialForm, copies: number }> }
          | { code: string, name: string, kind: ItemKind, handling: HandlingType, promisedDays: number, statutoryDays: number, version: number, materials: Array<{ name: string, required: boolean, condition: string | null, form: MaterialForm, copies: number }> }
         }> }> } | null };

export type WindowQueueQueryVariables = Exact<{
  windowId: string;
}>;


export type WindowQueueQuery = { windowQueue: Array<{ id: string, caseNumber: string, itemName: string, handling: HandlingType, state: CaseState, receivedOn: string, applicant: { kind: ApplicantKind, name: string }, clock: { deadline: string | null, suspended: boolean, limitDays: number, extensionDays: number } }> };

export type CaseDetailQueryVariables = Exact<{
  id: string;
}>;


export type CaseDetailQuery = { case: { id: string, caseNumber: string, queryCode: string | null, itemName: string, handling: HandlingType, state: CaseState, receivedOn: string, acceptedOn: string | null, deemedAccepted: boolean, agentId: string | null, licenceDue: string | null, concludedOn: string | null, history: Array<{ at: string, on: string, action: string, fromState: CaseState | null, toState: CaseState, reason: string | null, actorId: string, actorRole: string }>, centre: { id: string, name: string }, window: { id: string, number: string, name: string }, itemVersion: { code: string, version: number, content: { clockStoppingProcedures: Array<SpecialProcedure>, materials: Array<{ name: string, required: boolean, condition: string | null, form: MaterialForm, copies: number }> } }, applicant: { kind: ApplicantKind, name: string, identifier: string, phone: string, contactName: string | null }, clock: { deadline: string | null, limitDays: number, statutoryDays: number, extensionDays: number, pausedWorkingDays: number, suspended: boolean, steps: Array<string> }, materials: Array<{ name: string, status: MaterialStatus, note: string | null }>, suspensions: Array<{ procedure: SpecialProcedure, from: string, to: string | null, expectedDays: number, reason: string }>, decision: { number: string, outcome: DecisionOutcome, decidedOn: string, reasons: string | null, legalBasis: string } | null, licence: { number: string, issuedOn: string, validFrom: string, validUntil: string | null } | null, notices: Array<{ id: string, kind: NoticeKind, number: string, title: string, issuedOn: string, paragraphs: Array<string>, lists: Array<{ heading: string, items: Array<string> }> }> } | null };

export type NoticePdfQueryVariables = Exact<{
  id: string;
}>;


export type NoticePdfQuery = { case: { id: string, notices: Array<{ id: string, number: string, title: string, pdfBase64: string }> } | null };

export type IntakeCaseMutationVariables = Exact<{
  input: IntakeInput;
}>;


export type IntakeCaseMutation = { intakeCase: { notice: { pdfBase64: string, id: string, kind: NoticeKind, number: string, title: string, issuedOn: string, paragraphs: Array<string>, lists: Array<{ heading: string, items: Array<string> }> } | null, case: { id: string, caseNumber: string, queryCode: string | null, itemName: string, handling: HandlingType, state: CaseState, receivedOn: string, acceptedOn: string | null, deemedAccepted: boolean, agentId: string | null, licenceDue: string | null, concludedOn: string | null, centre: { id: string, name: string }, window: { id: string, number: string, name: string }, itemVersion: { code: string, version: number, content: { clockStoppingProcedures: Array<SpecialProcedure>, materials: Array<{ name: string, required: boolean, condition: string | null, form: MaterialForm, copies: number }> } }, applicant: { kind: ApplicantKind, name: string, identifier: string, phone: string, contactName: string | null }, clock: { deadline: string | null, limitDays: number, statutoryDays: number, extensionDays: number, pausedWorkingDays: number, suspended: boolean, steps: Array<string> }, materials: Array<{ name: string, status: MaterialStatus, note: string | null }>, suspensions: Array<{ procedure: SpecialProcedure, from: string, to: string | null, expectedDays: number, reason: string }>, decision: { number: string, outcome: DecisionOutcome, decidedOn: string, reasons: string | null, legalBasis: string } | null, licence: { number: string, issuedOn: string, validFrom: string, validUntil: string | null } | null, notices: Array<{ id: string, kind: NoticeKind, number: string, title: string, issuedOn: string, paragraphs: Array<string>, lists: Array<{ heading: string, items: Array<string> }> }> } | null, errors: Array<{ code: string, message: string, field: string | null, itemCode: string | null, index: number | null }> } };

export type ReviewMaterialsMutationVariables = Exact<{
  caseId: string;
  materials: Array<MaterialCheckInput> | MaterialCheckInput;
}>;


export type ReviewMaterialsMutation = { reviewMaterials: { case: { id: string, caseNumber: string, queryCode: string | null, itemName: string, handling: HandlingType, state: CaseState, receivedOn: string, acceptedOn: string | null, deemedAccepted: boolean, agentId: string | null, licenceDue: string | null, concludedOn: string | null, centre: { id: string, name: string }, window: { id: string, number: string, name: string }, itemVersion: { code: string, version: number, content: { clockStoppingProcedures: Array<SpecialProcedure>, materials: Array<{ name: string, required: boolean, condition: string | null, form: MaterialForm, copies: number }> } }, applicant: { kind: ApplicantKind, name: string, identifier: string, phone: string, contactName: string | null }, clock: { deadline: string | null, limitDays: number, statutoryDays: number, extensionDays: number, pausedWorkingDays: number, suspended: boolean, steps: Array<string> }, materials: Array<{ name: string, status: MaterialStatus, note: string | null }>, suspensions: Array<{ procedure: SpecialProcedure, from: string, to: string | null, expectedDays: number, reason: string }>, decision: { number: string, outcome: DecisionOutcome, decidedOn: string, reasons: string | null, legalBasis: string } | null, licence: { number: string, issuedOn: string, validFrom: string, validUntil: string | null } | null, notices: Array<{ id: string, kind: NoticeKind, number: string, title: string, issuedOn: string, paragraphs: Array<string>, lists: Array<{ heading: string, items: Array<string> }> }> } | null, notice: { id: string, kind: NoticeKind, number: string, title: string, issuedOn: string, paragraphs: Array<string>, lists: Array<{ heading: string, items: Array<string> }> } | null, errors: Array<{ code: string, message: string, field: string | null, itemCode: string | null, index: number | null }> } };

export type SupplementMaterialsMutationVariables = Exact<{
  caseId: string;
  materials: Array<MaterialCheckInput> | MaterialCheckInput;
}>;


export type SupplementMaterialsMutation = { supplementMaterials: { case: { id: string, caseNumber: string, queryCode: string | null, itemName: string, handling: HandlingType, state: CaseState, receivedOn: string, acceptedOn: string | null, deemedAccepted: boolean, agentId: string | null, licenceDue: string | null, concludedOn: string | null, centre: { id: string, name: string }, window: { id: string, number: string, name: string }, itemVersion: { code: string, version: number, content: { clockStoppingProcedures: Array<SpecialProcedure>, materials: Array<{ name: string, required: boolean, condition: string | null, form: MaterialForm, copies: number }> } }, applicant: { kind: ApplicantKind, name: string, identifier: string, phone: string, contactName: string | null }, clock: { deadline: string | null, limitDays: number, statutoryDays: number, extensionDays: number, pausedWorkingDays: number, suspended: boolean, steps: Array<string> }, materials: Array<{ name: string, status: MaterialStatus, note: string | null }>, suspensions: Array<{ procedure: SpecialProcedure, from: string, to: string | null, expectedDays: number, reason: string }>, decision: { number: string, outcome: DecisionOutcome, decidedOn: string, reasons: string | null, legalBasis: string } | null, licence: { number: string, issuedOn: string, validFrom: string, validUntil: string | null } | null, notices: Array<{ id: string, kind: NoticeKind, number: string, title: string, issuedOn: string, paragraphs: Array<string>, lists: Array<{ heading: string, items: Array<string> }> }> } | null, notice: { id: string, kind: NoticeKind, number: string, title: string, issuedOn: string, paragraphs: Array<string>, lists: Array<{ heading: string, items: Array<string> }> } | null, errors: Array<{ code: string, message: string, field: string | null, itemCode: string | null, index: number | null }> } };

export type RefuseToAcceptMutationVariables = Exact<{
  caseId: string;
  input: RefuseToAcceptInput;
}>;


export type RefuseToAcceptMutation = { refuseToAccept: { notice: { pdfBase64: string, id: string, kind: NoticeKind, number: string, title: string, issuedOn: string, paragraphs: Array<string>, lists: Array<{ heading: string, items: Array<string> }> } | null, case: { id: string, caseNumber: string, queryCode: string | null, itemName: string, handling: HandlingType, state: CaseState, receivedOn: string, acceptedOn: string | null, deemedAccepted: boolean, agentId: string | null, licenceDue: string | null, concludedOn: string | null, centre: { id: string, name: string }, window: { id: string, number: string, name: string }, itemVersion: { code: string, version: number, content: { clockStoppingProcedures: Array<SpecialProcedure>, materials: Array<{ name: string, required: boolean, condition: string | null, form: MaterialForm, copies: number }> } }, applicant: { kind: ApplicantKind, name: string, identifier: string, phone: string, contactName: string | null }, clock: { deadline: string | null, limitDays: number, statutoryDays: number, extensionDays: number, pausedWorkingDays: number, suspended: boolean, steps: Array<string> }, materials: Array<{ name: string, status: MaterialStatus, note: string | null }>, suspensions: Array<{ procedure: SpecialProcedure, from: string, to: string | null, expectedDays: number, reason: string }>, decision: { number: string, outcome: DecisionOutcome, decidedOn: string, reasons: string | null, legalBasis: string } | null, licence: { number: string, issuedOn: string, validFrom: string, validUntil: string | null } | null, notices: Array<{ id: string, kind: NoticeKind, number: string, title: string, issuedOn: string, paragraphs: Array<string>, lists: Array<{ heading: string, items: Array<string> }> }> } | null, errors: Array<{ code: string, message: string, field: string | null, itemCode: string | null, index: number | null }> } };

export type SuspendClockMutationVariables = Exact<{
  caseId: string;
  input: SuspendInput;
}>;


export type SuspendClockMutation = { suspendClock: { case: { id: string, caseNumber: string, queryCode: string | null, itemName: string, handling: HandlingType, state: CaseState, receivedOn: string, acceptedOn: string | null, deemedAccepted: boolean, agentId: string | null, licenceDue: string | null, concludedOn: string | null, centre: { id: string, name: string }, window: { id: string, number: string, name: string }, itemVersion: { code: string, version: number, content: { clockStoppingProcedures: Array<SpecialProcedure>, materials: Array<{ name: string, required: boolean, condition: string | null, form: MaterialForm, copies: number }> } }, applicant: { kind: ApplicantKind, name: string, identifier: string, phone: string, contactName: string | null }, clock: { deadline: string | null, limitDays: number, statutoryDays: number, extensionDays: number, pausedWorkingDays: number, suspended: boolean, steps: Array<string> }, materials: Array<{ name: string, status: MaterialStatus, note: string | null }>, suspensions: Array<{ procedure: SpecialProcedure, from: string, to: string | null, expectedDays: number, reason: string }>, decision: { number: string, outcome: DecisionOutcome, decidedOn: string, reasons: string | null, legalBasis: string } | null, licence: { number: string, issuedOn: string, validFrom: string, validUntil: string | null } | null, notices: Array<{ id: string, kind: NoticeKind, number: string, title: string, issuedOn: string, paragraphs: Array<string>, lists: Array<{ heading: string, items: Array<string> }> }> } | null, notice: { id: string, kind: NoticeKind, number: string, title: string, issuedOn: string, paragraphs: Array<string>, lists: Array<{ heading: string, items: Array<string> }> } | null, errors: Array<{ code: string, message: string, field: string | null, itemCode: string | null, index: number | null }> } };

export type ResumeClockMutationVariables = Exact<{
  caseId: string;
}>;


export type ResumeClockMutation = { resumeClock: { case: { id: string, caseNumber: string, queryCode: string | null, itemName: string, handling: HandlingType, state: CaseState, receivedOn: string, acceptedOn: string | null, deemedAccepted: boolean, agentId: string | null, licenceDue: string | null, concludedOn: string | null, centre: { id: string, name: string }, window: { id: string, number: string, name: string }, itemVersion: { code: string, version: number, content: { clockStoppingProcedures: Array<SpecialProcedure>, materials: Array<{ name: string, required: boolean, condition: string | null, form: MaterialForm, copies: number }> } }, applicant: { kind: ApplicantKind, name: string, identifier: string, phone: string, contactName: string | null }, clock: { deadline: string | null, limitDays: number, statutoryDays: number, extensionDays: number, pausedWorkingDays: number, suspended: boolean, steps: Array<string> }, materials: Array<{ name: string, status: MaterialStatus, note: string | null }>, suspensions: Array<{ procedure: SpecialProcedure, from: string, to: string | null, expectedDays: number, reason: string }>, decision: { number: string, outcome: DecisionOutcome, decidedOn: string, reasons: string | null, legalBasis: string } | null, licence: { number: string, issuedOn: string, validFrom: string, validUntil: string | null } | null, notices: Array<{ id: string, kind: NoticeKind, number: string, title: string, issuedOn: string, paragraphs: Array<string>, lists: Array<{ heading: string, items: Array<string> }> }> } | null, notice: { id: string, kind: NoticeKind, number: string, title: string, issuedOn: string, paragraphs: Array<string>, lists: Array<{ heading: string, items: Array<string> }> } | null, errors: Array<{ code: string, message: string, field: string | null, itemCode: string | null, index: number | null }> } };

export type ExtendDeadlineMutationVariables = Exact<{
  caseId: string;
  input: ExtendInput;
}>;


export type ExtendDeadlineMutation = { extendDeadline: { case: { id: string, caseNumber: string, queryCode: string | null, itemName: string, handling: HandlingType, state: CaseState, receivedOn: string, acceptedOn: string | null, deemedAccepted: boolean, agentId: string | null, licenceDue: string | null, concludedOn: string | null, centre: { id: string, name: string }, window: { id: string, number: string, name: string }, itemVersion: { code: string, version: number, content: { clockStoppingProcedures: Array<SpecialProcedure>, materials: Array<{ name: string, required: boolean, condition: string | null, form: MaterialForm, copies: number }> } }, applicant: { kind: ApplicantKind, name: string, identifier: string, phone: string, contactName: string | null }, clock: { deadline: string | null, limitDays: number, statutoryDays: number, extensionDays: number, pausedWorkingDays: number, suspended: boolean, steps: Array<string> }, materials: Array<{ name: string, status: MaterialStatus, note: string | null }>, suspensions: Array<{ procedure: SpecialProcedure, from: string, to: string | null, expectedDays: number, reason: string }>, decision: { number: string, outcome: DecisionOutcome, decidedOn: string, reasons: string | null, legalBasis: string } | null, licence: { number: string, issuedOn: string, validFrom: string, validUntil: string | null } | null, notices: Array<{ id: string, kind: NoticeKind, number: string, title: string, issuedOn: string, paragraphs: Array<string>, lists: Array<{ heading: string, items: Array<string> }> }> } | null, notice: { id: string, kind: NoticeKind, number: string, title: string, issuedOn: string, paragraphs: Array<string>, lists: Array<{ heading: string, items: Array<string> }> } | null, errors: Array<{ code: string, message: string, field: string | null, itemCode: string | null, index: number | null }> } };

export type DecideCaseMutationVariables = Exact<{
  caseId: string;
  input: DecideInput;
}>;


export type DecideCaseMutation = { decideCase: { case: { id: string, caseNumber: string, queryCode: string | null, itemName: string, handling: HandlingType, state: CaseState, receivedOn: string, acceptedOn: string | null, deemedAccepted: boolean, agentId: string | null, licenceDue: string | null, concludedOn: string | null, centre: { id: string, name: string }, window: { id: string, number: string, name: string }, itemVersion: { code: string, version: number, content: { clockStoppingProcedures: Array<SpecialProcedure>, materials: Array<{ name: string, required: boolean, condition: string | null, form: MaterialForm, copies: number }> } }, applicant: { kind: ApplicantKind, name: string, identifier: string, phone: string, contactName: string | null }, clock: { deadline: string | null, limitDays: number, statutoryDays: number, extensionDays: number, pausedWorkingDays: number, suspended: boolean, steps: Array<string> }, materials: Array<{ name: string, status: MaterialStatus, note: string | null }>, suspensions: Array<{ procedure: SpecialProcedure, from: string, to: string | null, expectedDays: number, reason: string }>, decision: { number: string, outcome: DecisionOutcome, decidedOn: string, reasons: string | null, legalBasis: string } | null, licence: { number: string, issuedOn: string, validFrom: string, validUntil: string | null } | null, notices: Array<{ id: string, kind: NoticeKind, number: string, title: string, issuedOn: string, paragraphs: Array<string>, lists: Array<{ heading: string, items: Array<string> }> }> } | null, notice: { id: string, kind: NoticeKind, number: string, title: string, issuedOn: string, paragraphs: Array<string>, lists: Array<{ heading: string, items: Array<string> }> } | null, errors: Array<{ code: string, message: string, field: string | null, itemCode: string | null, index: number | null }> } };

export type IssueLicenceMutationVariables = Exact<{
  caseId: string;
  input?: LicenceTermsInput | null | undefined;
}>;


export type IssueLicenceMutation = { issueLicence: { case: { id: string, caseNumber: string, queryCode: string | null, itemName: string, handling: HandlingType, state: CaseState, receivedOn: string, acceptedOn: string | null, deemedAccepted: boolean, agentId: string | null, licenceDue: string | null, concludedOn: string | null, centre: { id: string, name: string }, window: { id: string, number: string, name: string }, itemVersion: { code: string, version: number, content: { clockStoppingProcedures: Array<SpecialProcedure>, materials: Array<{ name: string, required: boolean, condition: string | null, form: MaterialForm, copies: number }> } }, applicant: { kind: ApplicantKind, name: string, identifier: string, phone: string, contactName: string | null }, clock: { deadline: string | null, limitDays: number, statutoryDays: number, extensionDays: number, pausedWorkingDays: number, suspended: boolean, steps: Array<string> }, materials: Array<{ name: string, status: MaterialStatus, note: string | null }>, suspensions: Array<{ procedure: SpecialProcedure, from: string, to: string | null, expectedDays: number, reason: string }>, decision: { number: string, outcome: DecisionOutcome, decidedOn: string, reasons: string | null, legalBasis: string } | null, licence: { number: string, issuedOn: string, validFrom: string, validUntil: string | null } | null, notices: Array<{ id: string, kind: NoticeKind, number: string, title: string, issuedOn: string, paragraphs: Array<string>, lists: Array<{ heading: string, items: Array<string> }> }> } | null, notice: { id: string, kind: NoticeKind, number: string, title: string, issuedOn: string, paragraphs: Array<string>, lists: Array<{ heading: string, items: Array<string> }> } | null, errors: Array<{ code: string, message: string, field: string | null, itemCode: string | null, index: number | null }> } };

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
}
    `, {"fragmentName":"NoticeFields"}) as unknown as TypedDocumentString<NoticeFieldsFragment, unknown>;
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
}`, {"fragmentName":"CasePayloadFields"}) as unknown as TypedDocumentString<CasePayloadFieldsFragment, unknown>;
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
    `) as unknown as TypedDocumentString<MyEntrustedCasesQuery, MyEntrustedCasesQueryVariables>;
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
export const CaseTiersDocument = new TypedDocumentString(`
    query CaseTiers($id: ID!) {
  case(id: $id) {
    id
    handling
    state
    parts {
      ...PartFields
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
    `) as unknown as TypedDocumentString<DepartmentQueueQuery, DepartmentQueueQueryVariables>;
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
    }
  }
}
    `) as unknown as TypedDocumentString<WindowQueueQuery, WindowQueueQueryVariables>;
export const CaseDetailDocument = new TypedDocumentString(`
    query CaseDetail($id: ID!) {
  case(id: $id) {
    ...CaseFields
    history {
      at
      on
      action
      fromState
      toState
      reason
      actorId
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
}`) as unknown as TypedDocumentString<IssueLicenceMutation, IssueLicenceMutationVariables>;