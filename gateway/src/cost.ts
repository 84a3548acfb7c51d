import type { ApolloServerPlugin } from "@apollo/server";
import type { Actor } from "@wuxi/identity";
import { createRequire } from "node:module";
import type * as GraphQL from "graphql";
import type {
  FragmentDefinitionNode, GraphQLField, GraphQLObjectType, GraphQLSchema, OperationDefinitionNode, SelectionSetNode, ValueNode,
} from "graphql";

// The schema comes from @apollo/gateway, which loads graphql's CommonJS build; its type checks
// (instanceof) refuse types of the ES module build, so this file uses the same CommonJS build.
const { getNamedType, getNullableType, GraphQLError, GraphQLList, isCompositeType, isInterfaceType, isObjectType, Kind, valueFromAST } =
  createRequire(import.meta.url)("graphql") as typeof GraphQL;
import type { GatewayContext } from "./context.ts";
import { type RateLimiterAbstract, RateLimiterRes } from "rate-limiter-flexible";
import { refused, seconds } from "./rate-limit.ts";

/**
 * Query cost that counts what a list multiplies: every field costs 1, and a list field multiplies its
 * selection by how many elements it can return: its `first` argument when it has one (the value
 * asked, or the schema's default), else the size estimate below, else DEFAULT_LIST_SIZE.
 * Estimates are upper bounds of a city's network (docs/security.md): about 100 centres,
 * up to 20 windows a centre, up to 60 items at a window, up to 20 materials an item.
 */
export const LIST_ESTIMATES: Record<string, number> = {
  "Query.centres": 100,
  "Query.departments": 20,
  "Centre.windows": 20,
  "Centre.children": 20,
  "Window.items": 60,
  "Window.stationings": 60,
  "*.materials": 20,
  "*.fees": 10,
  "*.steps": 10,
};
export const DEFAULT_LIST_SIZE = 20;

/**
 * Budgets, from the costs of every operation the consoles send (docs/security.md): the heaviest staff
 * operation (a centre's windows with their items and materials) costs about 110,000; the heaviest
 * public one (the network of centres and windows for the citizen's page) about 14,600. Ten times
 * fewer for the public: two such pages in one request are refused.
 */
export const BUDGETS = { staff: 200_000, anonymous: 20_000 };

export function operationCost(schema: GraphQLSchema, operation: OperationDefinitionNode, fragments: Map<string, FragmentDefinitionNode>, variables: Record<string, unknown>): number {
  const root = operation.operation === "mutation" ? schema.getMutationType() : operation.operation === "subscription" ? schema.getSubscriptionType() : schema.getQueryType();
  if (!root) return 0;
  return selectionCost(schema, root, operation.selectionSet, fragments, variables, 0);
}

function selectionCost(schema: GraphQLSchema, parent: GraphQLObjectType | ReturnType<typeof getNamedType>, set: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, variables: Record<string, unknown>, depth: number, connectionFirst?: number): number {
  if (depth > 50) return Number.POSITIVE_INFINITY;
  let total = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      const on = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
      total += selectionCost(schema, on ?? parent, selection.selectionSet, fragments, variables, depth + 1, connectionFirst);
      continue;
    }
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = fragments.get(selection.name.value);
      if (!fragment) continue;
      const on = schema.getType(fragment.typeCondition.name.value);
      total += selectionCost(schema, on ?? parent, fragment.selectionSet, fragments, variables, depth + 1, connectionFirst);
      continue;
    }
    if (selection.name.value.startsWith("__")) {
      total += 1;
      continue;
    }
    const field = fieldOf(parent, selection.name.value);
    if (!field) continue;
    let cost = 1;
    if (selection.selectionSet) {
      const child = getNamedType(field.type);
      const args = selection.arguments ?? [];
      const isList = getNullableType(field.type) instanceof GraphQLList;
      // A connection's `first` sizes its nodes/edges, not the connection object itself.
      const first = firstArgument(field, args, variables);
      const inner = isCompositeType(child) ? selectionCost(schema, child, selection.selectionSet, fragments, variables, depth + 1, isList ? undefined : first) : 0;
      const size = !isList ? 1 : connectionFirst !== undefined && (field.name === "nodes" || field.name === "edges") ? connectionFirst : listSize(parent, field, args, variables);
      cost += size * inner;
    }
    total += cost;
  }
  return total;
}

function fieldOf(parent: unknown, name: string): GraphQLField<unknown, unknown> | undefined {
  if (isObjectType(parent) || isInterfaceType(parent)) return parent.getFields()[name];
  return undefined;
}

/** How many elements a field returns at most: 1 unless it is a list. */
function listSize(parent: unknown, field: GraphQLField<unknown, unknown>, args: readonly { name: { value: string }; value: ValueNode }[], variables: Record<string, unknown>): number {
  const first = firstArgument(field, args, variables);
  if (first !== undefined) return first;
  const owner = (parent as { name?: string }).name;
  return LIST_ESTIMATES[`${owner}.${field.name}`] ?? LIST_ESTIMATES[`*.${field.name}`] ?? DEFAULT_LIST_SIZE;
}

function firstArgument(field: GraphQLField<unknown, unknown>, args: readonly { name: { value: string }; value: ValueNode }[], variables: Record<string, unknown>): number | undefined {
  const definition = field.args.find((a) => a.name === "first");
  if (!definition) return undefined;
  const given = args.find((a) => a.name.value === "first");
  const value = given ? valueFromAST(given.value, definition.type, variables) : definition.defaultValue;
  return typeof value === "number" && value > 0 ? value : definition.defaultValue as number | undefined ?? DEFAULT_LIST_SIZE;
}

export const budgetOf = (actor: Actor) => (actor.role === "PUBLIC" ? BUDGETS.anonymous : BUDGETS.staff);

/**
 * Refuses an operation whose cost exceeds the caller's budget, before planning: HTTP 400, in Chinese.
 * An anonymous operation within its budget then spends its cost from the client's budget a minute
 * (`publicCost`): over it, RATE_LIMITED (429) until the minute turns.
 */
export function costLimitPlugin(budgets = BUDGETS, publicCost?: RateLimiterAbstract): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(rc) {
          if (!rc.operation || !rc.document) return;
          const fragments = new Map<string, FragmentDefinitionNode>();
          for (const d of rc.document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
          const cost = operationCost(rc.schema, rc.operation, fragments, rc.request.variables ?? {});
          const budget = rc.contextValue.actor.role === "PUBLIC" ? budgets.anonymous : budgets.staff;
          if (cost <= budget) {
            if (rc.contextValue.actor.role !== "PUBLIC" || !publicCost || cost < 1) return;
            try {
              await publicCost.consume(rc.contextValue.client, Math.ceil(cost));
            } catch (r) {
              if (!(r instanceof RateLimiterRes)) throw r;
              throw refused("公开查询过于频繁,请稍后再试", seconds(r));
            }
            return;
          }
          throw new GraphQLError(
            rc.contextValue.actor.role === "PUBLIC"
              ? `查询范围过大(估算 ${Number.isFinite(cost) ? Math.round(cost) : "∞"},公开查询上限 ${budget}),请缩小查询范围或分页查询`
              : `查询范围过大(估算 ${Number.isFinite(cost) ? Math.round(cost) : "∞"},上限 ${budget}),请减少字段或分页查询`,
            { extensions: { code: "QUERY_TOO_COSTLY", cost: Number.isFinite(cost) ? Math.round(cost) : null, budget, http: { status: 400 } } },
          );
        },
      };
    },
  };
}
