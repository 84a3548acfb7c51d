import type { DepartmentConfig } from "@wuxi/federation";
import { TEMPLATE_ROOT_FIELD, TEMPLATE_TYPE_PREFIX, rootFieldOf } from "@wuxi/federation";
import type { Resolvers } from "../generated/graphql.ts";
import { DeptCatalogue } from "./DeptCatalogue.ts";
import { DeptItem } from "./DeptItem.ts";
import { DeptItemVersion } from "./DeptItemVersion.ts";
import { DeptDecision } from "./DeptDecision.ts";
import { DeptMutations } from "./DeptMutations.ts";
import { Mutation, Query } from "./Query.ts";

const templateResolvers: Resolvers = { Query, Mutation, DeptCatalogue, DeptItem, DeptItemVersion, DeptMutations, DeptDecision };

/**
 * The shared resolvers under the department's own names, matching the SDL rendered from the same
 * template: DeptItem -> MarketItem, Query.dept -> Query.market, Mutation.dept -> Mutation.market.
 */
export function resolversFor(department: DepartmentConfig): Record<string, object> {
  const renamed: Record<string, object> = {};
  for (const [typeName, fields] of Object.entries(templateResolvers)) {
    if (typeName === "Query" || typeName === "Mutation") {
      const { [TEMPLATE_ROOT_FIELD]: root, ...others } = fields as Record<string, unknown>;
      renamed[typeName] = { ...others, [rootFieldOf(department)]: root };
    } else if (typeName.startsWith(TEMPLATE_TYPE_PREFIX)) {
      renamed[department.typePrefix + typeName.slice(TEMPLATE_TYPE_PREFIX.length)] = fields as object;
    } else {
      renamed[typeName] = fields as object;
    }
  }
  return renamed;
}
