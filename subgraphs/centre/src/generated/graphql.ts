import type { GraphQLResolveInfo } from 'graphql';
import type { CentreRecord, WindowRecord } from '../centres/centre-repository.ts';
import type { StationingRecord } from '../stationing/stationing-repository.ts';
import type { ItemReference } from '../stationing/item-reference.ts';
import type { DepartmentConfig } from '@wuxi/federation';
import type { StaffRecord } from '../staff/staff-repository.ts';
import type { ReplicatedVersion } from '../replica/replica-repository.ts';
import type { ItemDocument } from '@wuxi/catalogue';
import type { GuideRecord, UpperTierRecord } from '../guide/guide.ts';
import type { CentreContext } from '../context.ts';
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

/** 经网关核验的调用者 / the actor the gateway verified. */
export type Actor = {
  __typename?: 'Actor';
  /** 所在中心 / centre */
  centreId?: Maybe<Scalars['ID']['output']>;
  /** 所属部门 / department */
  departmentId?: Maybe<Scalars['ID']['output']>;
  /** 用户标识 / subject */
  id: Scalars['ID']['output'];
  /** 角色 / role */
  role: Role;
  /** 所在窗口 / window */
  windowId?: Maybe<Scalars['ID']['output']>;
};

/** 救济途径 / appeal routes (行政复议、行政诉讼). */
export type AppealRoutes = {
  __typename?: 'AppealRoutes';
  /** 行政诉讼法院 / court for administrative litigation */
  litigation: Scalars['String']['output'];
  /** 行政复议机关 / body for administrative reconsideration */
  reconsideration: Scalars['String']['output'];
};

/** 进驻授权 / authority delegated to the window for a stationed item. */
export type Authority =
  /** 既受又理 / accept and decide at the window */
  | 'ACCEPT_AND_DECIDE'
  /** 只受理 / accept only; the department decides elsewhere */
  | 'ACCEPT_ONLY';

/** 行政服务中心 / a service centre of the three-tier network. */
export type Centre = {
  __typename?: 'Centre';
  /** 地址 / address */
  address: Scalars['String']['output'];
  /** 是否提供免费全程代办服务 / whether agents (代办员) offer free full-process agency */
  agentServiceAvailable: Scalars['Boolean']['output'];
  /** 下级中心 / centres one tier down */
  children: Array<Centre>;
  /** 行政区划类别 / division type */
  divisionType: DivisionType;
  /** 办公时间 / opening hours */
  hours: Scalars['String']['output'];
  /** 中心编码(行政区划代码) / id, the division code */
  id: Scalars['ID']['output'];
  /** 中心名称 / name */
  name: Scalars['String']['output'];
  /** 上级中心 / parent centre, one tier up */
  parent?: Maybe<Centre>;
  /** 咨询电话 / phone */
  phone: Scalars['String']['output'];
  /** 持证工作人员 / certified staff */
  staff: Array<StaffMember>;
  /** 层级 / tier */
  tier: Tier;
  /** 窗口 / windows */
  windows: Array<Window>;
};

/** 民政局的事项(由 civil-affairs 子图提供内容) / item of civil-affairs, content resolved by its own subgraph */
export type CivilAffairsItem = Item & {
  __typename?: 'CivilAffairsItem';
  code: Scalars['ID']['output'];
  stationings: Array<Stationing>;
};

/** 咨询投诉 / consultation and complaint contacts. */
export type Contacts = {
  __typename?: 'Contacts';
  /** 投诉电话 / complaint phone */
  complaintPhone: Scalars['String']['output'];
  /** 咨询电话 / consultation phone */
  consultationPhone: Scalars['String']['output'];
};

/** 进驻部门 / an entering department. */
export type Department = {
  __typename?: 'Department';
  /** 事项编码前缀 / prefix of its item codes */
  codePrefix: Scalars['String']['output'];
  /** 部门标识 / id, as in config/departments.json */
  id: Scalars['ID']['output'];
  /** 部门名称 / name */
  name: Scalars['String']['output'];
  /** 简称 / short name */
  short: Scalars['String']['output'];
};

/** 行政区划类别 / kind of administrative division the centre serves. */
export type DivisionType =
  /** 设区的市 / prefecture-level city */
  | 'CITY'
  /** 县级市 / county-level city */
  | 'COUNTY_CITY'
  /** 市辖区 / district */
  | 'DISTRICT'
  /** 街道 / street */
  | 'STREET'
  /** 镇 / town */
  | 'TOWN';

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

/** 办事指南 / the public guide of an item at a centre: everything a person needs before coming. */
export type Guide = {
  __typename?: 'Guide';
  /** 是否提供代办 / agency available */
  agentServiceAvailable: Scalars['Boolean']['output'];
  /** 是否可预约 / appointments available */
  appointmentAvailable: Scalars['Boolean']['output'];
  /** 窗口授权 / authority of the windows here */
  authority: Authority;
  /** 办理中心 / the centre */
  centre: Centre;
  /** 决定机关所在中心(上报件) / the centre that decides, for an escalated item */
  decidedAt?: Maybe<Centre>;
  /** 上报件:本中心受理、初审,上级中心决定 / escalated: accepted here, decided at a higher tier */
  escalated: Scalars['Boolean']['output'];
  /** 现行有效的版本 / the version in force */
  item: ItemVersionSnapshot;
  /** 受理窗口 / windows that accept it */
  windows: Array<Window>;
};

/** 办事指南的一页 / a page of guides. */
export type GuideConnection = {
  __typename?: 'GuideConnection';
  /** 本页 / this page */
  nodes: Array<Guide>;
  /** 分页 / paging */
  pageInfo: PageInfo;
  /** 符合条件的总数 / total matches */
  totalCount: Scalars['Int']['output'];
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

/** 事项 / item. The department that publishes it owns its content; the centre owns where it is stationed. */
export type Item = {
  /** 事项编码 / stable code */
  code: Scalars['ID']['output'];
  /** 该事项在各中心窗口的进驻情况 / where the item is stationed */
  stationings: Array<Stationing>;
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
  /** 法定期限(工作日) / statutory limit in working days */
  statutoryDays: Scalars['Int']['output'];
  /** 办事程序 / procedure steps */
  steps: Array<ProcedureStep>;
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

/** 中心副本中的事项版本 / an item version as the centre's replica holds it. */
export type ItemVersionSnapshot = {
  __typename?: 'ItemVersionSnapshot';
  /** 事项编码 / code */
  code: Scalars['ID']['output'];
  /** 内容 / content */
  content: ItemContent;
  /** 发布部门 / publishing department */
  department: Department;
  /** 生效日期 / effective date */
  effectiveFrom: Scalars['String']['output'];
  /** 版本号 / version */
  version: Scalars['Int']['output'];
};

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

/** 市场监督管理局的事项(由 market 子图提供内容) / item of market, content resolved by its own subgraph */
export type MarketItem = Item & {
  __typename?: 'MarketItem';
  code: Scalars['ID']['output'];
  stationings: Array<Stationing>;
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

export type Mutation = {
  __typename?: 'Mutation';
  /** 登记持证上岗人员(中心管理员) / register certified staff (centre manager) */
  registerStaff: StaffPayload;
  /** 进驻:在窗口受理某事项(中心管理员) / station an item at a window (centre manager) */
  stationItem: StationingPayload;
};


export type MutationRegisterStaffArgs = {
  centreId: Scalars['ID']['input'];
  input: RegisterStaffInput;
};


export type MutationStationItemArgs = {
  input: StationItemInput;
};

/** 分页信息 / page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** 本页最后一项的游标 / cursor of the last entry */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** 是否还有下一页 / whether another page follows */
  hasNextPage: Scalars['Boolean']['output'];
};

/** 自然资源和规划局的事项(由 planning 子图提供内容) / item of planning, content resolved by its own subgraph */
export type PlanningItem = Item & {
  __typename?: 'PlanningItem';
  code: Scalars['ID']['output'];
  stationings: Array<Stationing>;
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

export type Query = {
  __typename?: 'Query';
  /** 按编码查中心 / one centre by id */
  centre?: Maybe<Centre>;
  /** 中心列表,可按层级和上级筛选 / centres, filtered by tier and parent */
  centres: Array<Centre>;
  /** 进驻部门 / entering departments */
  departments: Array<Department>;
  /** 办事指南(公开,由中心副本提供,部门子图停机时仍可用) / the public guide of an item at a centre, served from the centre's replica */
  guide?: Maybe<Guide>;
  /** 当前调用者 / the verified caller */
  me: Actor;
  /** 按关键词检索中心受理的事项(跨部门,分页) / search the items a centre accepts by keyword, across departments, paged */
  searchGuides: GuideConnection;
  /** 上级中心受理而本中心不受理的事项 / items the tiers above accept that this centre does not */
  upperTierItems: Array<UpperTierItem>;
};


export type QueryCentreArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCentresArgs = {
  parentId?: InputMaybe<Scalars['ID']['input']>;
  tier?: InputMaybe<Tier>;
};


export type QueryGuideArgs = {
  centreId: Scalars['ID']['input'];
  itemCode: Scalars['ID']['input'];
};


export type QuerySearchGuidesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  centreId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  keyword?: InputMaybe<Scalars['String']['input']>;
};


export type QueryUpperTierItemsArgs = {
  centreId: Scalars['ID']['input'];
};

/** 登记持证人员(输入) / registering a certified member of staff. */
export type RegisterStaffInput = {
  /** 上岗证编号 / certificate number */
  certificateNumber: Scalars['String']['input'];
  /** 工号 / staff id */
  id: Scalars['ID']['input'];
  /** 姓名 / name */
  name: Scalars['String']['input'];
  /** 有效期起 / valid from (YYYY-MM-DD) */
  validFrom: Scalars['String']['input'];
  /** 有效期止 / valid until (YYYY-MM-DD) */
  validUntil: Scalars['String']['input'];
};

/** 角色 / role of the calling actor. */
export type Role =
  /** 代办员 / agent */
  | 'AGENT'
  /** 部门事项目录发布员 / department catalogue publisher */
  | 'CATALOGUE_PUBLISHER'
  /** 中心管理员 / centre manager */
  | 'CENTRE_MANAGER'
  /** 收费窗口工作人员 / charge clerk */
  | 'CHARGE_CLERK'
  /** 部门审批人 / department approver */
  | 'DEPARTMENT_APPROVER'
  /** 公众 / the public, not signed in */
  | 'PUBLIC'
  /** 监察人员 / supervisor */
  | 'SUPERVISOR'
  /** 平台内部服务 / one of the platform's own services */
  | 'SYSTEM'
  /** 窗口工作人员 / window clerk */
  | 'WINDOW_CLERK';

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

/** 持证上岗的工作人员 / a certified member of staff (挂牌上岗: name and certificate are public). */
export type StaffMember = {
  __typename?: 'StaffMember';
  /** 上岗证编号 / certificate number */
  certificateNumber: Scalars['String']['output'];
  /** 今日证书是否有效 / whether the certificate is valid today */
  certified: Scalars['Boolean']['output'];
  /** 工号 / staff id */
  id: Scalars['ID']['output'];
  /** 姓名 / name */
  name: Scalars['String']['output'];
  /** 证书有效期起 / certificate valid from */
  validFrom: Scalars['String']['output'];
  /** 证书有效期止 / certificate valid until */
  validUntil: Scalars['String']['output'];
};

/** 登记结果 / result of registering staff. */
export type StaffPayload = {
  __typename?: 'StaffPayload';
  /** 拒绝原因 / refusals */
  errors: Array<FieldError>;
  /** 工作人员 / the member of staff */
  staff?: Maybe<StaffMember>;
};

/** 进驻事项(输入) / stationing an item at a window. */
export type StationItemInput = {
  /** 是否可预约 / appointments available */
  appointmentAvailable?: InputMaybe<Scalars['Boolean']['input']>;
  /** 授权 / delegated authority */
  authority: Authority;
  /** 事项编码 / item code */
  itemCode: Scalars['ID']['input'];
  /** 同时安排到该窗口的持证人员 / certified staff to assign to the window as well */
  staffIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 窗口 / window */
  windowId: Scalars['ID']['input'];
};

/** 进驻 / an item stationed at a window of a centre, with the delegated authority. */
export type Stationing = {
  __typename?: 'Stationing';
  /** 是否可预约 / whether appointments can be booked */
  appointmentAvailable: Scalars['Boolean']['output'];
  /** 授权 / delegated authority */
  authority: Authority;
  /** 中心 / centre */
  centre: Centre;
  /** 事项 / item */
  item: Item;
  /** 窗口 / window */
  window: Window;
};

/** 进驻结果 / result of stationing. */
export type StationingPayload = {
  __typename?: 'StationingPayload';
  /** 拒绝原因 / refusals */
  errors: Array<FieldError>;
  /** 进驻记录 / the stationing */
  stationing?: Maybe<Stationing>;
};

/** 行政服务中心的层级 / tier of a service centre. */
export type Tier =
  /** 市级 / city */
  | 'CITY'
  /** 市(县)区级 / district or county-level city */
  | 'COUNTY'
  /** 乡镇(街道)级 / township or street */
  | 'TOWNSHIP';

/** 上级中心受理的事项 / an item a tier above accepts, for the people of a township. */
export type UpperTierItem = {
  __typename?: 'UpperTierItem';
  /** 标记为上级办理 / marked as handled at a higher tier */
  escalated: Scalars['Boolean']['output'];
  /** 办理中心(最近的上级) / the nearest centre above that accepts it */
  handledAt: Centre;
  /** 现行有效的版本 / the version in force */
  item: ItemVersionSnapshot;
};

/** 窗口 / a counter in a centre. */
export type Window = {
  __typename?: 'Window';
  /** 所在中心 / centre */
  centre: Centre;
  /** 所属部门(部门窗口) / department of a department window */
  department?: Maybe<Department>;
  /** 窗口标识 / id */
  id: Scalars['ID']['output'];
  /** 在本窗口进驻的事项 / items stationed at this window */
  items: Array<Item>;
  /** 窗口类别 / kind */
  kind: WindowKind;
  /** 窗口名称 / name */
  name: Scalars['String']['output'];
  /** 窗口号 / number shown above the counter */
  number: Scalars['String']['output'];
  /** 在本窗口持证上岗的工作人员 / certified staff working at this window */
  staff: Array<StaffMember>;
  /** 进驻记录 / stationings at this window */
  stationings: Array<Stationing>;
};

/** 窗口类别 / kind of window. */
export type WindowKind =
  /** 收费窗口(扎口收费) / the centre's one charge window */
  | 'CHARGE'
  /** 综合窗口 / comprehensive window, accepting for several departments */
  | 'COMPREHENSIVE'
  /** 部门窗口 / a department's window */
  | 'DEPARTMENT';

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
  CivilAffairsItem: CivilAffairsItem;
  Item: Item;
  MarketItem: MarketItem;
  PlanningItem: PlanningItem;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  CivilAffairsItem:
    ( { __typename: 'CivilAffairsItem' }
    & GraphQLRecursivePick<FederationTypes['CivilAffairsItem'], {"code":true}> );
  Item:
    ( { __typename: 'Item' }
    & GraphQLRecursivePick<FederationTypes['Item'], {"code":true}> );
  MarketItem:
    ( { __typename: 'MarketItem' }
    & GraphQLRecursivePick<FederationTypes['MarketItem'], {"code":true}> );
  PlanningItem:
    ( { __typename: 'PlanningItem' }
    & GraphQLRecursivePick<FederationTypes['PlanningItem'], {"code":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Actor: ResolverTypeWrapper<Actor>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AppealRoutes: ResolverTypeWrapper<AppealRoutes>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Authority: Authority;
  Centre: ResolverTypeWrapper<CentreRecord>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CivilAffairsItem: ResolverTypeWrapper<ItemReference>;
  Contacts: ResolverTypeWrapper<Contacts>;
  Department: ResolverTypeWrapper<DepartmentConfig>;
  DivisionType: DivisionType;
  FeeRule: FeeRule;
  FeeStandard: ResolverTypeWrapper<FeeStandard>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  FieldError: ResolverTypeWrapper<FieldError>;
  Guide: ResolverTypeWrapper<GuideRecord>;
  GuideConnection: ResolverTypeWrapper<Omit<GuideConnection, 'nodes'> & { nodes: Array<ResolversTypes['Guide']> }>;
  HandlingType: HandlingType;
  Item: ResolverTypeWrapper<ItemReference>;
  ItemContent: ResolverTypeWrapper<ItemDocument>;
  ItemKind: ItemKind;
  ItemVersionSnapshot: ResolverTypeWrapper<ReplicatedVersion>;
  ItemVersionStatus: ItemVersionStatus;
  MarketItem: ResolverTypeWrapper<ItemReference>;
  Material: ResolverTypeWrapper<Material>;
  MaterialForm: MaterialForm;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PlanningItem: ResolverTypeWrapper<ItemReference>;
  ProcedureStep: ResolverTypeWrapper<ProcedureStep>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RegisterStaffInput: RegisterStaffInput;
  Role: Role;
  SpecialProcedure: SpecialProcedure;
  StaffMember: ResolverTypeWrapper<StaffRecord>;
  StaffPayload: ResolverTypeWrapper<Omit<StaffPayload, 'staff'> & { staff?: Maybe<ResolversTypes['StaffMember']> }>;
  StationItemInput: StationItemInput;
  Stationing: ResolverTypeWrapper<StationingRecord>;
  StationingPayload: ResolverTypeWrapper<Omit<StationingPayload, 'stationing'> & { stationing?: Maybe<ResolversTypes['Stationing']> }>;
  Tier: Tier;
  UpperTierItem: ResolverTypeWrapper<UpperTierRecord>;
  Window: ResolverTypeWrapper<WindowRecord>;
  WindowKind: WindowKind;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Actor: Actor;
  ID: Scalars['ID']['output'];
  AppealRoutes: AppealRoutes;
  String: Scalars['String']['output'];
  Centre: CentreRecord;
  Boolean: Scalars['Boolean']['output'];
  CivilAffairsItem: ItemReference;
  Contacts: Contacts;
  Department: DepartmentConfig;
  FeeStandard: FeeStandard;
  Int: Scalars['Int']['output'];
  FieldError: FieldError;
  Guide: GuideRecord;
  GuideConnection: Omit<GuideConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Guide']> };
  Item: ItemReference;
  ItemContent: ItemDocument;
  ItemVersionSnapshot: ReplicatedVersion;
  MarketItem: ItemReference;
  Material: Material;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PlanningItem: ItemReference;
  ProcedureStep: ProcedureStep;
  Query: Record<PropertyKey, never>;
  RegisterStaffInput: RegisterStaffInput;
  StaffMember: StaffRecord;
  StaffPayload: Omit<StaffPayload, 'staff'> & { staff?: Maybe<ResolversParentTypes['StaffMember']> };
  StationItemInput: StationItemInput;
  Stationing: StationingRecord;
  StationingPayload: Omit<StationingPayload, 'stationing'> & { stationing?: Maybe<ResolversParentTypes['Stationing']> };
  UpperTierItem: UpperTierRecord;
  Window: WindowRecord;
}>;

export type ActorResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['Actor'] = ResolversParentTypes['Actor']> = ResolversObject<{
  centreId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  departmentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  windowId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type AppealRoutesResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['AppealRoutes'] = ResolversParentTypes['AppealRoutes']> = ResolversObject<{
  litigation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reconsideration?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CentreResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['Centre'] = ResolversParentTypes['Centre']> = ResolversObject<{
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  agentServiceAvailable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['Centre']>, ParentType, ContextType>;
  divisionType?: Resolver<ResolversTypes['DivisionType'], ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Centre']>, ParentType, ContextType>;
  phone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  staff?: Resolver<Array<ResolversTypes['StaffMember']>, ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['Tier'], ParentType, ContextType>;
  windows?: Resolver<Array<ResolversTypes['Window']>, ParentType, ContextType>;
}>;

export type CivilAffairsItemResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['CivilAffairsItem'] = ResolversParentTypes['CivilAffairsItem'], FederationReferenceType extends FederationReferenceTypes['CivilAffairsItem'] = FederationReferenceTypes['CivilAffairsItem']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CivilAffairsItem']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  stationings?: Resolver<Array<ResolversTypes['Stationing']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ContactsResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['Contacts'] = ResolversParentTypes['Contacts']> = ResolversObject<{
  complaintPhone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  consultationPhone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type DepartmentResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['Department'] = ResolversParentTypes['Department']> = ResolversObject<{
  codePrefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  short?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type FeeStandardResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['FeeStandard'] = ResolversParentTypes['FeeStandard']> = ResolversObject<{
  amountFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  legalBasis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reductions?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['FeeRule'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type FieldErrorResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['FieldError'] = ResolversParentTypes['FieldError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  index?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  itemCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type GuideResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['Guide'] = ResolversParentTypes['Guide']> = ResolversObject<{
  agentServiceAvailable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  appointmentAvailable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  authority?: Resolver<ResolversTypes['Authority'], ParentType, ContextType>;
  centre?: Resolver<ResolversTypes['Centre'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['Centre']>, ParentType, ContextType>;
  escalated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['ItemVersionSnapshot'], ParentType, ContextType>;
  windows?: Resolver<Array<ResolversTypes['Window']>, ParentType, ContextType>;
}>;

export type GuideConnectionResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['GuideConnection'] = ResolversParentTypes['GuideConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['Guide']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ItemResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['Item'] = ResolversParentTypes['Item'], FederationReferenceType extends FederationReferenceTypes['Item'] = FederationReferenceTypes['Item']> = ResolversObject<{
  __resolveType: TypeResolveFn<'CivilAffairsItem' | 'MarketItem' | 'PlanningItem', ParentType, ContextType>;
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Item']> | FederationReferenceType, FederationReferenceType, ContextType>;
}>;

export type ItemContentResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['ItemContent'] = ResolversParentTypes['ItemContent']> = ResolversObject<{
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
  statutoryDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['ProcedureStep']>, ParentType, ContextType>;
}>;

export type ItemVersionSnapshotResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['ItemVersionSnapshot'] = ResolversParentTypes['ItemVersionSnapshot']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  content?: Resolver<ResolversTypes['ItemContent'], ParentType, ContextType>;
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  effectiveFrom?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MarketItemResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['MarketItem'] = ResolversParentTypes['MarketItem'], FederationReferenceType extends FederationReferenceTypes['MarketItem'] = FederationReferenceTypes['MarketItem']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['MarketItem']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  stationings?: Resolver<Array<ResolversTypes['Stationing']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MaterialResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['Material'] = ResolversParentTypes['Material']> = ResolversObject<{
  blankForm?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  condition?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  copies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  electronicAccepted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  form?: Resolver<ResolversTypes['MaterialForm'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  required?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sampleForm?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  registerStaff?: Resolver<ResolversTypes['StaffPayload'], ParentType, ContextType, RequireFields<MutationRegisterStaffArgs, 'centreId' | 'input'>>;
  stationItem?: Resolver<ResolversTypes['StationingPayload'], ParentType, ContextType, RequireFields<MutationStationItemArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PlanningItemResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['PlanningItem'] = ResolversParentTypes['PlanningItem'], FederationReferenceType extends FederationReferenceTypes['PlanningItem'] = FederationReferenceTypes['PlanningItem']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PlanningItem']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  stationings?: Resolver<Array<ResolversTypes['Stationing']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ProcedureStepResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['ProcedureStep'] = ResolversParentTypes['ProcedureStep']> = ResolversObject<{
  days?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  order?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  centre?: Resolver<Maybe<ResolversTypes['Centre']>, ParentType, ContextType, RequireFields<QueryCentreArgs, 'id'>>;
  centres?: Resolver<Array<ResolversTypes['Centre']>, ParentType, ContextType, Partial<QueryCentresArgs>>;
  departments?: Resolver<Array<ResolversTypes['Department']>, ParentType, ContextType>;
  guide?: Resolver<Maybe<ResolversTypes['Guide']>, ParentType, ContextType, RequireFields<QueryGuideArgs, 'centreId' | 'itemCode'>>;
  me?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  searchGuides?: Resolver<ResolversTypes['GuideConnection'], ParentType, ContextType, RequireFields<QuerySearchGuidesArgs, 'centreId' | 'first'>>;
  upperTierItems?: Resolver<Array<ResolversTypes['UpperTierItem']>, ParentType, ContextType, RequireFields<QueryUpperTierItemsArgs, 'centreId'>>;
}>;

export type StaffMemberResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['StaffMember'] = ResolversParentTypes['StaffMember']> = ResolversObject<{
  certificateNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  certified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validUntil?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type StaffPayloadResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['StaffPayload'] = ResolversParentTypes['StaffPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['FieldError']>, ParentType, ContextType>;
  staff?: Resolver<Maybe<ResolversTypes['StaffMember']>, ParentType, ContextType>;
}>;

export type StationingResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['Stationing'] = ResolversParentTypes['Stationing']> = ResolversObject<{
  appointmentAvailable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  authority?: Resolver<ResolversTypes['Authority'], ParentType, ContextType>;
  centre?: Resolver<ResolversTypes['Centre'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['Item'], ParentType, ContextType>;
  window?: Resolver<ResolversTypes['Window'], ParentType, ContextType>;
}>;

export type StationingPayloadResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['StationingPayload'] = ResolversParentTypes['StationingPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['FieldError']>, ParentType, ContextType>;
  stationing?: Resolver<Maybe<ResolversTypes['Stationing']>, ParentType, ContextType>;
}>;

export type UpperTierItemResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['UpperTierItem'] = ResolversParentTypes['UpperTierItem']> = ResolversObject<{
  escalated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  handledAt?: Resolver<ResolversTypes['Centre'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['ItemVersionSnapshot'], ParentType, ContextType>;
}>;

export type WindowResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['Window'] = ResolversParentTypes['Window']> = ResolversObject<{
  centre?: Resolver<ResolversTypes['Centre'], ParentType, ContextType>;
  department?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['Item']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['WindowKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  staff?: Resolver<Array<ResolversTypes['StaffMember']>, ParentType, ContextType>;
  stationings?: Resolver<Array<ResolversTypes['Stationing']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = CentreContext> = ResolversObject<{
  Actor?: ActorResolvers<ContextType>;
  AppealRoutes?: AppealRoutesResolvers<ContextType>;
  Centre?: CentreResolvers<ContextType>;
  CivilAffairsItem?: CivilAffairsItemResolvers<ContextType>;
  Contacts?: ContactsResolvers<ContextType>;
  Department?: DepartmentResolvers<ContextType>;
  FeeStandard?: FeeStandardResolvers<ContextType>;
  FieldError?: FieldErrorResolvers<ContextType>;
  Guide?: GuideResolvers<ContextType>;
  GuideConnection?: GuideConnectionResolvers<ContextType>;
  Item?: ItemResolvers<ContextType>;
  ItemContent?: ItemContentResolvers<ContextType>;
  ItemVersionSnapshot?: ItemVersionSnapshotResolvers<ContextType>;
  MarketItem?: MarketItemResolvers<ContextType>;
  Material?: MaterialResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PlanningItem?: PlanningItemResolvers<ContextType>;
  ProcedureStep?: ProcedureStepResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  StaffMember?: StaffMemberResolvers<ContextType>;
  StaffPayload?: StaffPayloadResolvers<ContextType>;
  Stationing?: StationingResolvers<ContextType>;
  StationingPayload?: StationingPayloadResolvers<ContextType>;
  UpperTierItem?: UpperTierItemResolvers<ContextType>;
  Window?: WindowResolvers<ContextType>;
}>;

