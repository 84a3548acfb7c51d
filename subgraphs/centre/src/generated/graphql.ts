import type { GraphQLResolveInfo } from 'graphql';
import type { CentreRecord, WindowRecord } from '../centres/centre-repository.ts';
import type { StationingRecord } from '../stationing/stationing-repository.ts';
import type { ItemReference } from '../stationing/item-reference.ts';
import type { DepartmentConfig } from '@wuxi/federation';
import type { CentreContext } from '../context.ts';
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

/** 事项 / item. The department that publishes it owns its content; the centre owns where it is stationed. */
export type Item = {
  /** 事项编码 / stable code */
  code: Scalars['ID']['output'];
  /** 该事项在各中心窗口的进驻情况 / where the item is stationed */
  stationings: Array<Stationing>;
};

/** 市场监督管理局的事项(由 market 子图提供内容) / item of market, content resolved by its own subgraph */
export type MarketItem = Item & {
  __typename?: 'MarketItem';
  code: Scalars['ID']['output'];
  stationings: Array<Stationing>;
};

/** 自然资源和规划局的事项(由 planning 子图提供内容) / item of planning, content resolved by its own subgraph */
export type PlanningItem = Item & {
  __typename?: 'PlanningItem';
  code: Scalars['ID']['output'];
  stationings: Array<Stationing>;
};

export type Query = {
  __typename?: 'Query';
  /** 按编码查中心 / one centre by id */
  centre?: Maybe<Centre>;
  /** 中心列表,可按层级和上级筛选 / centres, filtered by tier and parent */
  centres: Array<Centre>;
  /** 进驻部门 / entering departments */
  departments: Array<Department>;
  /** 当前调用者 / the verified caller */
  me: Actor;
};


export type QueryCentreArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCentresArgs = {
  parentId?: InputMaybe<Scalars['ID']['input']>;
  tier?: InputMaybe<Tier>;
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
  /** 窗口工作人员 / window clerk */
  | 'WINDOW_CLERK';

/** 进驻 / an item stationed at a window of a centre, with the delegated authority. */
export type Stationing = {
  __typename?: 'Stationing';
  /** 授权 / delegated authority */
  authority: Authority;
  /** 中心 / centre */
  centre: Centre;
  /** 事项 / item */
  item: Item;
  /** 窗口 / window */
  window: Window;
};

/** 行政服务中心的层级 / tier of a service centre. */
export type Tier =
  /** 市级 / city */
  | 'CITY'
  /** 市(县)区级 / district or county-level city */
  | 'COUNTY'
  /** 乡镇(街道)级 / township or street */
  | 'TOWNSHIP';

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
  Authority: Authority;
  Centre: ResolverTypeWrapper<CentreRecord>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  CivilAffairsItem: ResolverTypeWrapper<ItemReference>;
  Department: ResolverTypeWrapper<DepartmentConfig>;
  DivisionType: DivisionType;
  Item: ResolverTypeWrapper<ItemReference>;
  MarketItem: ResolverTypeWrapper<ItemReference>;
  PlanningItem: ResolverTypeWrapper<ItemReference>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Role: Role;
  Stationing: ResolverTypeWrapper<StationingRecord>;
  Tier: Tier;
  Window: ResolverTypeWrapper<WindowRecord>;
  WindowKind: WindowKind;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Actor: Actor;
  ID: Scalars['ID']['output'];
  Centre: CentreRecord;
  String: Scalars['String']['output'];
  CivilAffairsItem: ItemReference;
  Department: DepartmentConfig;
  Item: ItemReference;
  MarketItem: ItemReference;
  PlanningItem: ItemReference;
  Query: Record<PropertyKey, never>;
  Stationing: StationingRecord;
  Window: WindowRecord;
  Boolean: Scalars['Boolean']['output'];
}>;

export type ActorResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['Actor'] = ResolversParentTypes['Actor']> = ResolversObject<{
  centreId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  departmentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  windowId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type CentreResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['Centre'] = ResolversParentTypes['Centre']> = ResolversObject<{
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['Centre']>, ParentType, ContextType>;
  divisionType?: Resolver<ResolversTypes['DivisionType'], ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Centre']>, ParentType, ContextType>;
  phone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['Tier'], ParentType, ContextType>;
  windows?: Resolver<Array<ResolversTypes['Window']>, ParentType, ContextType>;
}>;

export type CivilAffairsItemResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['CivilAffairsItem'] = ResolversParentTypes['CivilAffairsItem'], FederationReferenceType extends FederationReferenceTypes['CivilAffairsItem'] = FederationReferenceTypes['CivilAffairsItem']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CivilAffairsItem']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  stationings?: Resolver<Array<ResolversTypes['Stationing']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type DepartmentResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['Department'] = ResolversParentTypes['Department']> = ResolversObject<{
  codePrefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  short?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ItemResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['Item'] = ResolversParentTypes['Item'], FederationReferenceType extends FederationReferenceTypes['Item'] = FederationReferenceTypes['Item']> = ResolversObject<{
  __resolveType: TypeResolveFn<'CivilAffairsItem' | 'MarketItem' | 'PlanningItem', ParentType, ContextType>;
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Item']> | FederationReferenceType, FederationReferenceType, ContextType>;
}>;

export type MarketItemResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['MarketItem'] = ResolversParentTypes['MarketItem'], FederationReferenceType extends FederationReferenceTypes['MarketItem'] = FederationReferenceTypes['MarketItem']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['MarketItem']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  stationings?: Resolver<Array<ResolversTypes['Stationing']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PlanningItemResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['PlanningItem'] = ResolversParentTypes['PlanningItem'], FederationReferenceType extends FederationReferenceTypes['PlanningItem'] = FederationReferenceTypes['PlanningItem']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PlanningItem']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  stationings?: Resolver<Array<ResolversTypes['Stationing']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  centre?: Resolver<Maybe<ResolversTypes['Centre']>, ParentType, ContextType, RequireFields<QueryCentreArgs, 'id'>>;
  centres?: Resolver<Array<ResolversTypes['Centre']>, ParentType, ContextType, Partial<QueryCentresArgs>>;
  departments?: Resolver<Array<ResolversTypes['Department']>, ParentType, ContextType>;
  me?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
}>;

export type StationingResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['Stationing'] = ResolversParentTypes['Stationing']> = ResolversObject<{
  authority?: Resolver<ResolversTypes['Authority'], ParentType, ContextType>;
  centre?: Resolver<ResolversTypes['Centre'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['Item'], ParentType, ContextType>;
  window?: Resolver<ResolversTypes['Window'], ParentType, ContextType>;
}>;

export type WindowResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['Window'] = ResolversParentTypes['Window']> = ResolversObject<{
  centre?: Resolver<ResolversTypes['Centre'], ParentType, ContextType>;
  department?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['Item']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['WindowKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stationings?: Resolver<Array<ResolversTypes['Stationing']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = CentreContext> = ResolversObject<{
  Actor?: ActorResolvers<ContextType>;
  Centre?: CentreResolvers<ContextType>;
  CivilAffairsItem?: CivilAffairsItemResolvers<ContextType>;
  Department?: DepartmentResolvers<ContextType>;
  Item?: ItemResolvers<ContextType>;
  MarketItem?: MarketItemResolvers<ContextType>;
  PlanningItem?: PlanningItemResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Stationing?: StationingResolvers<ContextType>;
  Window?: WindowResolvers<ContextType>;
}>;

