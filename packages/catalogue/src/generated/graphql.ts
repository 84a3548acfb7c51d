import type { GraphQLResolveInfo } from 'graphql';
import type { ItemVersion } from '../item-version.ts';
import type { Namespace, CatalogueContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
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

/** 咨询投诉 / consultation and complaint contacts. */
export type Contacts = {
  __typename?: 'Contacts';
  /** 投诉电话 / complaint phone */
  complaintPhone: Scalars['String']['output'];
  /** 咨询电话 / consultation phone */
  consultationPhone: Scalars['String']['output'];
};

/** 本部门事项目录 / this department's item catalogue. */
export type DeptCatalogue = {
  __typename?: 'DeptCatalogue';
  /** 按编码查事项 / one item by code */
  item?: Maybe<DeptItem>;
  /** 已发布的事项 / items in force */
  items: Array<DeptItem>;
};


/** 本部门事项目录 / this department's item catalogue. */
export type DeptCatalogueItemArgs = {
  code: Scalars['ID']['input'];
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
  /** 已发布 / published, in force */
  | 'PUBLISHED'
  /** 已被新版本取代 / superseded by a later version */
  | 'SUPERSEDED';

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
  Contacts: ResolverTypeWrapper<Contacts>;
  DeptCatalogue: ResolverTypeWrapper<Namespace>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  DeptItem: ResolverTypeWrapper<ItemVersion>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  FeeRule: FeeRule;
  FeeStandard: ResolverTypeWrapper<FeeStandard>;
  HandlingType: HandlingType;
  Item: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Item']>;
  ItemKind: ItemKind;
  ItemVersionStatus: ItemVersionStatus;
  Material: ResolverTypeWrapper<Material>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  MaterialForm: MaterialForm;
  ProcedureStep: ResolverTypeWrapper<ProcedureStep>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SpecialProcedure: SpecialProcedure;
  Tier: Tier;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AppealRoutes: AppealRoutes;
  String: Scalars['String']['output'];
  Contacts: Contacts;
  DeptCatalogue: Namespace;
  ID: Scalars['ID']['output'];
  DeptItem: ItemVersion;
  Int: Scalars['Int']['output'];
  FeeStandard: FeeStandard;
  Item: ResolversInterfaceTypes<ResolversParentTypes>['Item'];
  Material: Material;
  Boolean: Scalars['Boolean']['output'];
  ProcedureStep: ProcedureStep;
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
  item?: Resolver<Maybe<ResolversTypes['DeptItem']>, ParentType, ContextType, RequireFields<DeptCatalogueItemArgs, 'code'>>;
  items?: Resolver<Array<ResolversTypes['DeptItem']>, ParentType, ContextType>;
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

export type FeeStandardResolvers<ContextType = CatalogueContext, ParentType extends ResolversParentTypes['FeeStandard'] = ResolversParentTypes['FeeStandard']> = ResolversObject<{
  amountFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  legalBasis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reductions?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['FeeRule'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ItemResolvers<ContextType = CatalogueContext, ParentType extends ResolversParentTypes['Item'] = ResolversParentTypes['Item']> = ResolversObject<{
  __resolveType: TypeResolveFn<'DeptItem', ParentType, ContextType>;
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
  DeptItem?: DeptItemResolvers<ContextType>;
  FeeStandard?: FeeStandardResolvers<ContextType>;
  Item?: ItemResolvers<ContextType>;
  Material?: MaterialResolvers<ContextType>;
  ProcedureStep?: ProcedureStepResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
}>;

