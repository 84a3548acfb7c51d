import type { GraphQLResolveInfo } from 'graphql';
import type { ItemVersion } from '../item-version.ts';
import type { ItemDocument } from '../item-document.ts';
import type { CatalogueChange } from '../item-repository.ts';
import type { Namespace, CatalogueContext } from '../context.ts';
import type { DecisionRow, LicenceRow } from '../decision-tables.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** 救济途径 / appeal routes (行政复议、行政诉讼). */
export type AppealRoutes = {
  __typename?: 'AppealRoutes';
  /** 行政诉讼法院 / court for administrative litigation */
  litigation: Scalars['String']['output'];
  /** 行政复议机关 / body for administrative reconsideration */
  reconsideration: Scalars['String']['output'];
};

/** 救济途径(输入) / appeal routes, as input. */
export type AppealRoutesInput = {
  litigation: Scalars['String']['input'];
  reconsideration: Scalars['String']['input'];
};

/** 变更类型 / kind of a catalogue change. */
export type CatalogueChangeKind =
  /** 事项被取消 / the item was cancelled */
  | 'CANCELLED'
  /** 发布了新版本 / a version was published */
  | 'PUBLISHED';

/** 咨询投诉 / consultation and complaint contacts. */
export type Contacts = {
  __typename?: 'Contacts';
  /** 投诉电话 / complaint phone */
  complaintPhone: Scalars['String']['output'];
  /** 咨询电话 / consultation phone */
  consultationPhone: Scalars['String']['output'];
};

/** 咨询投诉(输入) / contacts, as input. */
export type ContactsInput = {
  complaintPhone: Scalars['String']['input'];
  consultationPhone: Scalars['String']['input'];
};

/** 审批决定(输入) / a decision, as the centre submits it. */
export type DecisionInput = {
  caseId: Scalars['ID']['input'];
  caseNumber: Scalars['String']['input'];
  centreId: Scalars['ID']['input'];
  decidedBy: Scalars['String']['input'];
  decidedOn: Scalars['String']['input'];
  itemCode: Scalars['ID']['input'];
  itemVersion: Scalars['Int']['input'];
  /** 法律依据(协办部门对他部门事项作出环节决定时由中心提供) / legal basis, given by the centre when a co-department decides its part of another department's item */
  legalBasis?: InputMaybe<Scalars['String']['input']>;
  outcome: DecisionOutcome;
  /** 办件环节:MAIN 为整个办件;联办件各部门环节为 P1、P2 … / which part of the case: MAIN, or a joint case's department part P1, P2 … */
  part?: InputMaybe<Scalars['String']['input']>;
  reasons?: InputMaybe<Scalars['String']['input']>;
};

/** 审批结果 / outcome of a decision. */
export type DecisionOutcome =
  /** 准予许可 / approved */
  | 'APPROVED'
  /** 不予许可 / refused, with reasons */
  | 'REFUSED';

/** 本部门事项目录 / this department's item catalogue. */
export type DeptCatalogue = {
  __typename?: 'DeptCatalogue';
  /** 变更流水:中心据此维护本地副本 / change feed the centres replicate from (services only) */
  changes: DeptChangeBatch;
  /** 某办件的审批决定(本部门审批人) / the decision on a case (this department's approvers) */
  decision?: Maybe<DeptDecision>;
  /** 按编码查现行有效的事项 / one item in force, by code */
  item?: Maybe<DeptItem>;
  /** 现行有效的事项 / items in force */
  items: Array<DeptItem>;
  /** 事项的全部版本(含草稿,发布员可见) / every version of an item, drafts included (publishers) */
  versions: Array<DeptItemVersion>;
};


/** 本部门事项目录 / this department's item catalogue. */
export type DeptCatalogueChangesArgs = {
  after: Scalars['Int']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
};


/** 本部门事项目录 / this department's item catalogue. */
export type DeptCatalogueDecisionArgs = {
  caseId: Scalars['ID']['input'];
};


/** 本部门事项目录 / this department's item catalogue. */
export type DeptCatalogueItemArgs = {
  code: Scalars['ID']['input'];
};


/** 本部门事项目录 / this department's item catalogue. */
export type DeptCatalogueVersionsArgs = {
  code: Scalars['ID']['input'];
};

/** 目录变更 / one change of the catalogue, in order. */
export type DeptChange = {
  __typename?: 'DeptChange';
  /** 事项编码 / item code */
  code: Scalars['ID']['output'];
  /** 发布的内容(取消时为空) / content published; empty for a cancellation */
  content?: Maybe<ItemContent>;
  /** 生效日期(发布)或取消日期(取消) / effective date of the version, or of the cancellation */
  effectiveFrom: Scalars['String']['output'];
  /** 类型 / kind */
  kind: CatalogueChangeKind;
  /** 序号,单调递增 / sequence, increasing */
  sequence: Scalars['Int']['output'];
  /** 版本号 / version */
  version: Scalars['Int']['output'];
};

/** 一批变更 / a batch of changes after a cursor. */
export type DeptChangeBatch = {
  __typename?: 'DeptChangeBatch';
  /** 变更 / changes */
  changes: Array<DeptChange>;
  /** 下一次从此序号之后读取 / read after this sequence next time */
  cursor: Scalars['Int']['output'];
};

/** 审批决定 / the department's decision on a case. */
export type DeptDecision = {
  __typename?: 'DeptDecision';
  /** 办件 / case id */
  caseId: Scalars['ID']['output'];
  /** 办件编号 / case number */
  caseNumber: Scalars['String']['output'];
  /** 受理中心 / accepting centre */
  centreId: Scalars['ID']['output'];
  /** 决定人 / who decided */
  decidedBy: Scalars['String']['output'];
  /** 决定日期 / decision date */
  decidedOn: Scalars['String']['output'];
  /** 事项编码 / item code */
  itemCode: Scalars['ID']['output'];
  /** 事项版本 / item version */
  itemVersion: Scalars['Int']['output'];
  /** 法律依据 / legal basis */
  legalBasis: Scalars['String']['output'];
  /** 制发的证照 / the licence issued */
  licence?: Maybe<DeptLicence>;
  /** 决定文号 / decision number */
  number: Scalars['String']['output'];
  /** 结果 / outcome */
  outcome: DecisionOutcome;
  /** 办件环节(MAIN 或联办环节 P1、P2 …) / the part of the case decided */
  part: Scalars['String']['output'];
  /** 理由(不予许可时必填) / reasons, required for a refusal */
  reasons?: Maybe<Scalars['String']['output']>;
};

/** 批量导入的结果 / result of a catalogue import. */
export type DeptImportPayload = {
  __typename?: 'DeptImportPayload';
  /** 新建的事项 / items created */
  created: Array<Scalars['ID']['output']>;
  /** 全部错误(有错误时整份文件不导入) / every error; any error rejects the whole file */
  errors: Array<FieldError>;
  /** 内容未变的事项 / items whose content was unchanged */
  unchanged: Array<Scalars['ID']['output']>;
  /** 发布了新版本的事项 / items given a new version */
  updated: Array<Scalars['ID']['output']>;
};

/** 本部门的事项 / an item of this department. */
export type DeptItem = Item & {
  __typename?: 'DeptItem';
  acceptingTiers: Array<Tier>;
  appeal: AppealRoutes;
  clockStoppingProcedures: Array<SpecialProcedure>;
  coDepartments: Array<Scalars['String']['output']>;
  code: Scalars['ID']['output'];
  conditions: Array<Scalars['String']['output']>;
  contacts: Contacts;
  decidingTier: Tier;
  effectiveFrom: Scalars['String']['output'];
  fees: Array<FeeStandard>;
  handling: HandlingType;
  kind: ItemKind;
  legalBasis: Scalars['String']['output'];
  materials: Array<Material>;
  name: Scalars['String']['output'];
  promisedDays: Scalars['Int']['output'];
  status: ItemVersionStatus;
  statutoryDays: Scalars['Int']['output'];
  steps: Array<ProcedureStep>;
  version: Scalars['Int']['output'];
};

/** 事项编辑与发布的结果 / result of a publishing mutation. */
export type DeptItemPayload = {
  __typename?: 'DeptItemPayload';
  /** 拒绝原因;为空即成功 / refusals; empty on success */
  errors: Array<FieldError>;
  /** 受影响的版本 / the version affected */
  version?: Maybe<DeptItemVersion>;
};

/** 事项的一个版本 / one version of an item. Immutable once published. */
export type DeptItemVersion = {
  __typename?: 'DeptItemVersion';
  /** 内容 / content */
  content: ItemContent;
  /** 生效日期(草稿为空) / effective date; empty for a draft */
  effectiveFrom?: Maybe<Scalars['String']['output']>;
  /** 发布时间 / when it was published */
  publishedAt?: Maybe<Scalars['String']['output']>;
  /** 状态(按今日计算) / state as of today */
  status: ItemVersionStatus;
  /** 版本号,从1起 / version number, from 1 */
  version: Scalars['Int']['output'];
};

/** 证照 / a licence or certificate issued by this department. */
export type DeptLicence = {
  __typename?: 'DeptLicence';
  /** 办件 / case id */
  caseId: Scalars['ID']['output'];
  /** 决定文号 / decision number */
  decisionNumber: Scalars['String']['output'];
  /** 持证人 / holder */
  holderName: Scalars['String']['output'];
  /** 发证日期 / issued on */
  issuedOn: Scalars['String']['output'];
  /** 证照编号 / licence number */
  number: Scalars['String']['output'];
  /** 有效期起 / valid from */
  validFrom: Scalars['String']['output'];
  /** 有效期止(长期有效为空) / valid until; empty when it does not expire */
  validUntil?: Maybe<Scalars['String']['output']>;
};

/**
 * 本部门的写操作:事项目录发布(本部门事项目录发布员)与审批决定、制证(由中心办件引擎代为提交) /
 * this department's writes: publishing its catalogue (its publishers), and recording decisions and licences
 * (submitted by the centre's case engine once it has checked the case and the decider).
 */
export type DeptMutations = {
  __typename?: 'DeptMutations';
  /** 取消事项,自取消日期起不得再受理 / cancel the item from a date; it may not be accepted or approved after it */
  cancel: DeptItemPayload;
  /** 批量导入整份目录(JSON),按编码和内容幂等 / import a whole catalogue (JSON), idempotent by code and content */
  importCatalogue: DeptImportPayload;
  /** 制发证照(平台内部服务) / issue the licence of an approved case (platform services only); idempotent by case */
  issueLicence: DeptLicence;
  /** 发布草稿,自生效日期起取代现行版本 / publish the draft; it supersedes the version in force from its effective date */
  publish: DeptItemPayload;
  /** 记录审批决定(平台内部服务) / record a decision on a case (platform services only); idempotent by case */
  recordDecision: DeptDecision;
  /** 新建事项或编辑草稿;编辑已发布事项即生成新草稿 / create an item or edit its draft; editing a published item opens a new draft */
  saveDraft: DeptItemPayload;
};


/**
 * 本部门的写操作:事项目录发布(本部门事项目录发布员)与审批决定、制证(由中心办件引擎代为提交) /
 * this department's writes: publishing its catalogue (its publishers), and recording decisions and licences
 * (submitted by the centre's case engine once it has checked the case and the decider).
 */
export type DeptMutationsCancelArgs = {
  code: Scalars['ID']['input'];
  effectiveFrom: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};


/**
 * 本部门的写操作:事项目录发布(本部门事项目录发布员)与审批决定、制证(由中心办件引擎代为提交) /
 * this department's writes: publishing its catalogue (its publishers), and recording decisions and licences
 * (submitted by the centre's case engine once it has checked the case and the decider).
 */
export type DeptMutationsImportCatalogueArgs = {
  document: Scalars['String']['input'];
};


/**
 * 本部门的写操作:事项目录发布(本部门事项目录发布员)与审批决定、制证(由中心办件引擎代为提交) /
 * this department's writes: publishing its catalogue (its publishers), and recording decisions and licences
 * (submitted by the centre's case engine once it has checked the case and the decider).
 */
export type DeptMutationsIssueLicenceArgs = {
  input: LicenceInput;
};


/**
 * 本部门的写操作:事项目录发布(本部门事项目录发布员)与审批决定、制证(由中心办件引擎代为提交) /
 * this department's writes: publishing its catalogue (its publishers), and recording decisions and licences
 * (submitted by the centre's case engine once it has checked the case and the decider).
 */
export type DeptMutationsPublishArgs = {
  code: Scalars['ID']['input'];
  effectiveFrom?: InputMaybe<Scalars['String']['input']>;
};


/**
 * 本部门的写操作:事项目录发布(本部门事项目录发布员)与审批决定、制证(由中心办件引擎代为提交) /
 * this department's writes: publishing its catalogue (its publishers), and recording decisions and licences
 * (submitted by the centre's case engine once it has checked the case and the decider).
 */
export type DeptMutationsRecordDecisionArgs = {
  input: DecisionInput;
};


/**
 * 本部门的写操作:事项目录发布(本部门事项目录发布员)与审批决定、制证(由中心办件引擎代为提交) /
 * this department's writes: publishing its catalogue (its publishers), and recording decisions and licences
 * (submitted by the centre's case engine once it has checked the case and the decider).
 */
export type DeptMutationsSaveDraftArgs = {
  input: ItemDocumentInput;
};

/** 收费计算方式 / how a fee standard is computed. */
export type FeeRule =
  /** 固定金额 / fixed amount */
  | 'FIXED'
  /** 按面积(平方米) / per square metre */
  | 'PER_AREA'
  /** 按件(份) / per copy */
  | 'PER_COPY';

/** 收费标准 / a fee standard, with its legal basis (《行政许可法》第五十八、五十九条). */
export type FeeStandard = {
  __typename?: 'FeeStandard';
  /** 单价,单位:分 / unit amount in fen */
  amountFen: Scalars['Int']['output'];
  /** 收费项目编码 / code of the fee standard within the item */
  code: Scalars['String']['output'];
  /** 收费部门(联办事项的协办部门;为空即本事项所属部门) / department the fee belongs to in a joint item; empty means the item's own department */
  departmentId?: Maybe<Scalars['String']['output']>;
  /** 互斥组:同组的收费标准只能收取其一(如住宅类与非住宅类登记费) / exclusivity group: at most one standard of a group goes on a bill */
  exclusiveGroup?: Maybe<Scalars['String']['output']>;
  /** 收费依据 / legal basis */
  legalBasis: Scalars['String']['output'];
  /** 收费项目名称 / name */
  name: Scalars['String']['output'];
  /** 减免规定(如有) / reductions or exemptions the standard defines */
  reductions?: Maybe<Scalars['String']['output']>;
  /** 计算方式 / rule */
  rule: FeeRule;
  /** 计量单位(按件、按平方米时) / unit for per-copy and per-area rules */
  unit?: Maybe<Scalars['String']['output']>;
};

/** 收费标准(输入);金额以分计 / a fee standard, as input; amount in fen. */
export type FeeStandardInput = {
  amountFen: Scalars['Int']['input'];
  code: Scalars['String']['input'];
  /** 收费部门(联办事项的协办部门;缺省为本部门) / department of the fee in a joint item; default this department */
  departmentId?: InputMaybe<Scalars['String']['input']>;
  /** 互斥组:同组的收费标准只能收取其一 / exclusivity group: at most one standard of a group goes on a bill */
  exclusiveGroup?: InputMaybe<Scalars['String']['input']>;
  legalBasis: Scalars['String']['input'];
  name: Scalars['String']['input'];
  reductions?: InputMaybe<Scalars['String']['input']>;
  rule: FeeRule;
  unit?: InputMaybe<Scalars['String']['input']>;
};

/** 输入错误 / a refusal of input, naming the field; nothing was written. */
export type FieldError = {
  __typename?: 'FieldError';
  /** 稳定的错误代码 / stable code, e.g. PROMISED_EXCEEDS_STATUTORY */
  code: Scalars['String']['output'];
  /** 字段路径 / path of the field, e.g. fees.0.amountFen */
  field?: Maybe<Scalars['String']['output']>;
  /** 在导入文件中的位置(从0起) / position in the imported file, from 0 */
  index?: Maybe<Scalars['Int']['output']>;
  /** 涉及的事项编码(批量导入时) / item code, in a bulk import */
  itemCode?: Maybe<Scalars['String']['output']>;
  /** 中文说明 / message in Chinese naming the field */
  message: Scalars['String']['output'];
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

/**
 * 事项 / item: something a citizen or company can apply for, as published by the department that owns it.
 * Every department subgraph exposes the same fields; its own type adds what only it has.
 */
export type Item = {
  /** 可受理的层级 / tiers that may accept */
  acceptingTiers: Array<Tier>;
  /** 救济途径 / appeal routes */
  appeal: AppealRoutes;
  /** 不计入时限的特别程序 / special procedures that stop the clock */
  clockStoppingProcedures: Array<SpecialProcedure>;
  /** 联办协办部门 / co-departments of a joint item */
  coDepartments: Array<Scalars['String']['output']>;
  /** 事项编码,全网唯一:部门前缀-类别-序号 / stable code, unique in the supergraph */
  code: Scalars['ID']['output'];
  /** 申报条件 / acceptance conditions */
  conditions: Array<Scalars['String']['output']>;
  /** 咨询投诉 / contacts */
  contacts: Contacts;
  /** 决定层级 / tier that decides */
  decidingTier: Tier;
  /** 生效日期 / date the version takes effect (Asia/Shanghai) */
  effectiveFrom: Scalars['String']['output'];
  /** 收费标准;为空即不收费 / fee standards; empty means free of charge */
  fees: Array<FeeStandard>;
  /** 默认办理类型 / default handling regime */
  handling: HandlingType;
  /** 事项类型 / kind */
  kind: ItemKind;
  /** 设定依据 / legal basis */
  legalBasis: Scalars['String']['output'];
  /** 申报材料 / materials */
  materials: Array<Material>;
  /** 事项名称 / name */
  name: Scalars['String']['output'];
  /** 承诺期限(工作日),不超过法定期限 / promised limit in working days */
  promisedDays: Scalars['Int']['output'];
  /** 版本状态 / state of that version */
  status: ItemVersionStatus;
  /** 法定期限(工作日) / statutory limit in working days */
  statutoryDays: Scalars['Int']['output'];
  /** 办事程序 / procedure steps */
  steps: Array<ProcedureStep>;
  /** 当前有效版本号 / number of the version in force */
  version: Scalars['Int']['output'];
};

/** 事项实施清单的内容(某一版本) / the content of one version of an item's implementation list. */
export type ItemContent = {
  __typename?: 'ItemContent';
  /** 可受理的层级 / tiers that may accept */
  acceptingTiers: Array<Tier>;
  /** 救济途径 / appeal routes */
  appeal: AppealRoutes;
  /** 不计入时限的特别程序 / special procedures that stop the clock */
  clockStoppingProcedures: Array<SpecialProcedure>;
  /** 联办协办部门 / co-departments of a joint item */
  coDepartments: Array<Scalars['String']['output']>;
  /** 事项编码 / code */
  code: Scalars['ID']['output'];
  /** 申报条件 / acceptance conditions */
  conditions: Array<Scalars['String']['output']>;
  /** 咨询投诉 / contacts */
  contacts: Contacts;
  /** 决定层级 / tier that decides */
  decidingTier: Tier;
  /** 收费标准;为空即不收费 / fee standards; empty means free of charge */
  fees: Array<FeeStandard>;
  /** 默认办理类型 / default handling regime */
  handling: HandlingType;
  /** 事项类型 / kind */
  kind: ItemKind;
  /** 设定依据 / legal basis */
  legalBasis: Scalars['String']['output'];
  /** 申报材料 / materials */
  materials: Array<Material>;
  /** 事项名称 / name */
  name: Scalars['String']['output'];
  /** 承诺期限(工作日) / promised limit in working days */
  promisedDays: Scalars['Int']['output'];
  /** 初审时限(上报件,工作日;缺省为20,《行政许可法》第四十三条) / preliminary review limit of an escalated item (Art. 43: at most 20) */
  reviewDays?: Maybe<Scalars['Int']['output']>;
  /** 法定期限(工作日) / statutory limit in working days */
  statutoryDays: Scalars['Int']['output'];
  /** 法定期限依据:法定期限超过20个工作日(联办45个)时规定该期限的法律、法规条款(《行政许可法》第四十二条) / the law or regulation setting a statutory limit above Art. 42's default */
  statutoryDaysBasis?: Maybe<Scalars['String']['output']>;
  /** 办事程序 / procedure steps */
  steps: Array<ProcedureStep>;
};

/**
 * 事项实施清单(输入);法定期限缺省时按《行政许可法》第四十二条(20个工作日,联办45个) /
 * an item's implementation list, as input; the statutory limit defaults to Art. 42 (20 working days, joint 45).
 */
export type ItemDocumentInput = {
  acceptingTiers: Array<Tier>;
  appeal: AppealRoutesInput;
  clockStoppingProcedures?: InputMaybe<Array<SpecialProcedure>>;
  coDepartments?: InputMaybe<Array<Scalars['String']['input']>>;
  code: Scalars['ID']['input'];
  conditions: Array<Scalars['String']['input']>;
  contacts: ContactsInput;
  decidingTier: Tier;
  fees?: InputMaybe<Array<FeeStandardInput>>;
  handling: HandlingType;
  kind: ItemKind;
  legalBasis: Scalars['String']['input'];
  materials: Array<MaterialInput>;
  name: Scalars['String']['input'];
  promisedDays: Scalars['Int']['input'];
  /** 初审时限(仅上报件) / preliminary review limit, escalated items only */
  reviewDays?: InputMaybe<Scalars['Int']['input']>;
  statutoryDays?: InputMaybe<Scalars['Int']['input']>;
  /** 法定期限超过20个工作日(联办45个)时必填:规定该期限的法律、法规条款 / required for a statutory limit above Art. 42's default */
  statutoryDaysBasis?: InputMaybe<Scalars['String']['input']>;
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

/** 制证(输入) / a licence, as the centre submits it. */
export type LicenceInput = {
  caseId: Scalars['ID']['input'];
  holderName: Scalars['String']['input'];
  issuedBy: Scalars['String']['input'];
  issuedOn: Scalars['String']['input'];
  validFrom: Scalars['String']['input'];
  validUntil?: InputMaybe<Scalars['String']['input']>;
};

/** 申报材料 / a material the applicant brings. */
export type Material = {
  __typename?: 'Material';
  /** 空白表格 / reference of the blank form */
  blankForm?: Maybe<Scalars['String']['output']>;
  /** 需提交的情形(非必须材料) / when a conditional material is needed */
  condition?: Maybe<Scalars['String']['output']>;
  /** 份数 / number of copies */
  copies: Scalars['Int']['output'];
  /** 是否接受电子材料 / whether an electronic submission is accepted */
  electronicAccepted: Scalars['Boolean']['output'];
  /** 原件或复印件 / original or copy */
  form: MaterialForm;
  /** 材料名称 / name */
  name: Scalars['String']['output'];
  /** 是否必须提交;为否时见 condition / whether always required */
  required: Scalars['Boolean']['output'];
  /** 示例样表 / reference of the sample form */
  sampleForm?: Maybe<Scalars['String']['output']>;
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
  blankForm?: InputMaybe<Scalars['String']['input']>;
  condition?: InputMaybe<Scalars['String']['input']>;
  copies: Scalars['Int']['input'];
  electronicAccepted: Scalars['Boolean']['input'];
  form: MaterialForm;
  name: Scalars['String']['input'];
  required: Scalars['Boolean']['input'];
  sampleForm?: InputMaybe<Scalars['String']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** 本部门事项目录的发布操作 / publishing this department's catalogue */
  dept: DeptMutations;
};

/** 办事程序中的一步(服务流程图) / one ordered step of the procedure (the flowchart). */
export type ProcedureStep = {
  __typename?: 'ProcedureStep';
  /** 本环节时限(工作日),0 表示当场 / limit of this step in working days; 0 is on the spot */
  days: Scalars['Int']['output'];
  /** 环节名称 / name, e.g. 受理、审查、决定、送达 */
  name: Scalars['String']['output'];
  /** 序号 / position, from 1 */
  order: Scalars['Int']['output'];
};

/** 办事程序的一步(输入) / a procedure step, as input. */
export type ProcedureStepInput = {
  days: Scalars['Int']['input'];
  name: Scalars['String']['input'];
  order: Scalars['Int']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** 本部门事项目录 / this department's catalogue */
  dept: DeptCatalogue;
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

/** 行政服务中心的层级 / tier of a service centre. */
export type Tier =
  /** 市级 / city */
  | 'CITY'
  /** 市(县)区级 / district or county-level city */
  | 'COUNTY'
  /** 乡镇(街道)级 / township or street */
  | 'TOWNSHIP';

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  DeptItem: DeptItem;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  DeptItem:
    ( { __typename: 'DeptItem' }
    & GraphQLRecursivePick<FederationTypes['DeptItem'], {"code":true}> );
}>;


/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  Item: ( ItemVersion );
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AppealRoutes: ResolverTypeWrapper<AppealRoutes>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AppealRoutesInput: AppealRoutesInput;
  CatalogueChangeKind: CatalogueChangeKind;
  Contacts: ResolverTypeWrapper<Contacts>;
  ContactsInput: ContactsInput;
  DecisionInput: DecisionInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  DecisionOutcome: DecisionOutcome;
  DeptCatalogue: ResolverTypeWrapper<Namespace>;
  DeptChange: ResolverTypeWrapper<CatalogueChange>;
  DeptChangeBatch: ResolverTypeWrapper<Omit<DeptChangeBatch, 'changes'> & { changes: Array<ResolversTypes['DeptChange']> }>;
  DeptDecision: ResolverTypeWrapper<DecisionRow>;
  DeptImportPayload: ResolverTypeWrapper<DeptImportPayload>;
  DeptItem: ResolverTypeWrapper<ItemVersion>;
  DeptItemPayload: ResolverTypeWrapper<Omit<DeptItemPayload, 'version'> & { version?: Maybe<ResolversTypes['DeptItemVersion']> }>;
  DeptItemVersion: ResolverTypeWrapper<ItemVersion>;
  DeptLicence: ResolverTypeWrapper<LicenceRow>;
  DeptMutations: ResolverTypeWrapper<Namespace>;
  FeeRule: FeeRule;
  FeeStandard: ResolverTypeWrapper<FeeStandard>;
  FeeStandardInput: FeeStandardInput;
  FieldError: ResolverTypeWrapper<FieldError>;
  HandlingType: HandlingType;
  Item: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Item']>;
  ItemContent: ResolverTypeWrapper<ItemDocument>;
  ItemDocumentInput: ItemDocumentInput;
  ItemKind: ItemKind;
  ItemVersionStatus: ItemVersionStatus;
  LicenceInput: LicenceInput;
  Material: ResolverTypeWrapper<Material>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  MaterialForm: MaterialForm;
  MaterialInput: MaterialInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ProcedureStep: ResolverTypeWrapper<ProcedureStep>;
  ProcedureStepInput: ProcedureStepInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SpecialProcedure: SpecialProcedure;
  Tier: Tier;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AppealRoutes: AppealRoutes;
  String: Scalars['String']['output'];
  AppealRoutesInput: AppealRoutesInput;
  Contacts: Contacts;
  ContactsInput: ContactsInput;
  DecisionInput: DecisionInput;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  DeptCatalogue: Namespace;
  DeptChange: CatalogueChange;
  DeptChangeBatch: Omit<DeptChangeBatch, 'changes'> & { changes: Array<ResolversParentTypes['DeptChange']> };
  DeptDecision: DecisionRow;
  DeptImportPayload: DeptImportPayload;
  DeptItem: ItemVersion;
  DeptItemPayload: Omit<DeptItemPayload, 'version'> & { version?: Maybe<ResolversParentTypes['DeptItemVersion']> };
  DeptItemVersion: ItemVersion;
  DeptLicence: LicenceRow;
  DeptMutations: Namespace;
  FeeStandard: FeeStandard;
  FeeStandardInput: FeeStandardInput;
  FieldError: FieldError;
  Item: ResolversInterfaceTypes<ResolversParentTypes>['Item'];
  ItemContent: ItemDocument;
  ItemDocumentInput: ItemDocumentInput;
  LicenceInput: LicenceInput;
  Material: Material;
  Boolean: Scalars['Boolean']['output'];
  MaterialInput: MaterialInput;
  Mutation: Record<PropertyKey, never>;
  ProcedureStep: ProcedureStep;
  ProcedureStepInput: ProcedureStepInput;
  Query: Record<PropertyKey, never>;
}>;

export type AppealRoutesResolvers<ContextType = CatalogueContext, ParentType extends ResolversParentTypes['AppealRoutes'] = ResolversParentTypes['AppealRoutes']> = ResolversObject<{
  litigation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reconsideration?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ContactsResolvers<ContextType = CatalogueContext, ParentType extends ResolversParentTypes['Contacts'] = ResolversParentTypes['Contacts']> = ResolversObject<{
  complaintPhone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  consultationPhone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type DeptCatalogueResolvers<ContextType = CatalogueContext, ParentType extends ResolversParentTypes['DeptCatalogue'] = ResolversParentTypes['DeptCatalogue']> = ResolversObject<{
  changes?: Resolver<ResolversTypes['DeptChangeBatch'], ParentType, ContextType, RequireFields<DeptCatalogueChangesArgs, 'after' | 'limit'>>;
  decision?: Resolver<Maybe<ResolversTypes['DeptDecision']>, ParentType, ContextType, RequireFields<DeptCatalogueDecisionArgs, 'caseId'>>;
  item?: Resolver<Maybe<ResolversTypes['DeptItem']>, ParentType, ContextType, RequireFields<DeptCatalogueItemArgs, 'code'>>;
  items?: Resolver<Array<ResolversTypes['DeptItem']>, ParentType, ContextType>;
  versions?: Resolver<Array<ResolversTypes['DeptItemVersion']>, ParentType, ContextType, RequireFields<DeptCatalogueVersionsArgs, 'code'>>;
}>;

export type DeptChangeResolvers<ContextType = CatalogueContext, ParentType extends ResolversParentTypes['DeptChange'] = ResolversParentTypes['DeptChange']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  content?: Resolver<Maybe<ResolversTypes['ItemContent']>, ParentType, ContextType>;
  effectiveFrom?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CatalogueChangeKind'], ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DeptChangeBatchResolvers<ContextType = CatalogueContext, ParentType extends ResolversParentTypes['DeptChangeBatch'] = ResolversParentTypes['DeptChangeBatch']> = ResolversObject<{
  changes?: Resolver<Array<ResolversTypes['DeptChange']>, ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DeptDecisionResolvers<ContextType = CatalogueContext, ParentType extends ResolversParentTypes['DeptDecision'] = ResolversParentTypes['DeptDecision']> = ResolversObject<{
  caseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  caseNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  centreId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  decidedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  decidedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  itemCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  itemVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  legalBasis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  licence?: Resolver<Maybe<ResolversTypes['DeptLicence']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['DecisionOutcome'], ParentType, ContextType>;
  part?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reasons?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type DeptImportPayloadResolvers<ContextType = CatalogueContext, ParentType extends ResolversParentTypes['DeptImportPayload'] = ResolversParentTypes['DeptImportPayload']> = ResolversObject<{
  created?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['FieldError']>, ParentType, ContextType>;
  unchanged?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  updated?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type DeptItemResolvers<ContextType = CatalogueContext, ParentType extends ResolversParentTypes['DeptItem'] = ResolversParentTypes['DeptItem'], FederationReferenceType extends FederationReferenceTypes['DeptItem'] = FederationReferenceTypes['DeptItem']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['DeptItem']> | FederationReferenceType, FederationReferenceType, ContextType>;
  acceptingTiers?: Resolver<Array<ResolversTypes['Tier']>, ParentType, ContextType>;
  appeal?: Resolver<ResolversTypes['AppealRoutes'], ParentType, ContextType>;
  clockStoppingProcedures?: Resolver<Array<ResolversTypes['SpecialProcedure']>, ParentType, ContextType>;
  coDepartments?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  conditions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  contacts?: Resolver<ResolversTypes['Contacts'], ParentType, ContextType>;
  decidingTier?: Resolver<ResolversTypes['Tier'], ParentType, ContextType>;
  effectiveFrom?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fees?: Resolver<Array<ResolversTypes['FeeStandard']>, ParentType, ContextType>;
  handling?: Resolver<ResolversTypes['HandlingType'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ItemKind'], ParentType, ContextType>;
  legalBasis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  materials?: Resolver<Array<ResolversTypes['Material']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  promisedDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ItemVersionStatus'], ParentType, ContextType>;
  statutoryDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['ProcedureStep']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type DeptItemPayloadResolvers<ContextType = CatalogueContext, ParentType extends ResolversParentTypes['DeptItemPayload'] = ResolversParentTypes['DeptItemPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['FieldError']>, ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['DeptItemVersion']>, ParentType, ContextType>;
}>;

export type DeptItemVersionResolvers<ContextType = CatalogueContext, ParentType extends ResolversParentTypes['DeptItemVersion'] = ResolversParentTypes['DeptItemVersion']> = ResolversObject<{
  content?: Resolver<ResolversTypes['ItemContent'], ParentType, ContextType>;
  effectiveFrom?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ItemVersionStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DeptLicenceResolvers<ContextType = CatalogueContext, ParentType extends ResolversParentTypes['DeptLicence'] = ResolversParentTypes['DeptLicence']> = ResolversObject<{
  caseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  decisionNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  holderName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  issuedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type DeptMutationsResolvers<ContextType = CatalogueContext, ParentType extends ResolversParentTypes['DeptMutations'] = ResolversParentTypes['DeptMutations']> = ResolversObject<{
  cancel?: Resolver<ResolversTypes['DeptItemPayload'], ParentType, ContextType, RequireFields<DeptMutationsCancelArgs, 'code' | 'effectiveFrom' | 'reason'>>;
  importCatalogue?: Resolver<ResolversTypes['DeptImportPayload'], ParentType, ContextType, RequireFields<DeptMutationsImportCatalogueArgs, 'document'>>;
  issueLicence?: Resolver<ResolversTypes['DeptLicence'], ParentType, ContextType, RequireFields<DeptMutationsIssueLicenceArgs, 'input'>>;
  publish?: Resolver<ResolversTypes['DeptItemPayload'], ParentType, ContextType, RequireFields<DeptMutationsPublishArgs, 'code'>>;
  recordDecision?: Resolver<ResolversTypes['DeptDecision'], ParentType, ContextType, RequireFields<DeptMutationsRecordDecisionArgs, 'input'>>;
  saveDraft?: Resolver<ResolversTypes['DeptItemPayload'], ParentType, ContextType, RequireFields<DeptMutationsSaveDraftArgs, 'input'>>;
}>;

export type FeeStandardResolvers<ContextType = CatalogueContext, ParentType extends ResolversParentTypes['FeeStandard'] = ResolversParentTypes['FeeStandard']> = ResolversObject<{
  amountFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  departmentId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  exclusiveGroup?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  legalBasis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reductions?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['FeeRule'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type FieldErrorResolvers<ContextType = CatalogueContext, ParentType extends ResolversParentTypes['FieldError'] = ResolversParentTypes['FieldError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  index?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  itemCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ItemResolvers<ContextType = CatalogueContext, ParentType extends ResolversParentTypes['Item'] = ResolversParentTypes['Item']> = ResolversObject<{
  __resolveType: TypeResolveFn<'DeptItem', ParentType, ContextType>;
}>;

export type ItemContentResolvers<ContextType = CatalogueContext, ParentType extends ResolversParentTypes['ItemContent'] = ResolversParentTypes['ItemContent']> = ResolversObject<{
  acceptingTiers?: Resolver<Array<ResolversTypes['Tier']>, ParentType, ContextType>;
  appeal?: Resolver<ResolversTypes['AppealRoutes'], ParentType, ContextType>;
  clockStoppingProcedures?: Resolver<Array<ResolversTypes['SpecialProcedure']>, ParentType, ContextType>;
  coDepartments?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  conditions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  contacts?: Resolver<ResolversTypes['Contacts'], ParentType, ContextType>;
  decidingTier?: Resolver<ResolversTypes['Tier'], ParentType, ContextType>;
  fees?: Resolver<Array<ResolversTypes['FeeStandard']>, ParentType, ContextType>;
  handling?: Resolver<ResolversTypes['HandlingType'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ItemKind'], ParentType, ContextType>;
  legalBasis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  materials?: Resolver<Array<ResolversTypes['Material']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  promisedDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reviewDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  statutoryDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  statutoryDaysBasis?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['ProcedureStep']>, ParentType, ContextType>;
}>;

export type MaterialResolvers<ContextType = CatalogueContext, ParentType extends ResolversParentTypes['Material'] = ResolversParentTypes['Material']> = ResolversObject<{
  blankForm?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  condition?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  copies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  electronicAccepted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  form?: Resolver<ResolversTypes['MaterialForm'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  required?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sampleForm?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = CatalogueContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  dept?: Resolver<ResolversTypes['DeptMutations'], ParentType, ContextType>;
}>;

export type ProcedureStepResolvers<ContextType = CatalogueContext, ParentType extends ResolversParentTypes['ProcedureStep'] = ResolversParentTypes['ProcedureStep']> = ResolversObject<{
  days?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  order?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = CatalogueContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  dept?: Resolver<ResolversTypes['DeptCatalogue'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = CatalogueContext> = ResolversObject<{
  AppealRoutes?: AppealRoutesResolvers<ContextType>;
  Contacts?: ContactsResolvers<ContextType>;
  DeptCatalogue?: DeptCatalogueResolvers<ContextType>;
  DeptChange?: DeptChangeResolvers<ContextType>;
  DeptChangeBatch?: DeptChangeBatchResolvers<ContextType>;
  DeptDecision?: DeptDecisionResolvers<ContextType>;
  DeptImportPayload?: DeptImportPayloadResolvers<ContextType>;
  DeptItem?: DeptItemResolvers<ContextType>;
  DeptItemPayload?: DeptItemPayloadResolvers<ContextType>;
  DeptItemVersion?: DeptItemVersionResolvers<ContextType>;
  DeptLicence?: DeptLicenceResolvers<ContextType>;
  DeptMutations?: DeptMutationsResolvers<ContextType>;
  FeeStandard?: FeeStandardResolvers<ContextType>;
  FieldError?: FieldErrorResolvers<ContextType>;
  Item?: ItemResolvers<ContextType>;
  ItemContent?: ItemContentResolvers<ContextType>;
  Material?: MaterialResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  ProcedureStep?: ProcedureStepResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
}>;

