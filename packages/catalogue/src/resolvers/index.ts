import type { DepartmentConfig } from "@wuxi/federation";
import { TEMPLATE_ROOT_FIELD, TEMPLATE_TYPE_PREFIX, rootFieldOf } from "@wuxi/federation";
import type { Resolvers } from "../generated/graphql.ts";
import { DeptCatalogue } from "./DeptCatalogue.ts";
import { DeptItem } from "./DeptItem.ts";
import { Query } from "./Query.ts";

const templateResolvers: Resolvers = { Query, DeptCatalogue, DeptItem };

/**
 * The shared resolvers under the department's own names, matching the SDL rendered from the same
 * template: DeptItem -> MarketItem, Query.dept -> Query.market.
 */
export function resolversFor(department: DepartmentConfig): Record<string, object> {
  const renamed: Record<string, object> = {};
  for (const [typeName, fields] of Object.entries(templateResolvers)) {
    const name = typeName.startsWith(TEMPLATE_TYPE_PREFIX)
      ? department.typePrefix + typeName.slice(TEMPLATE_TYPE_PREFIX.length)
      : typeName;
    renamed[name] = fields as object;
  }
  const { [TEMPLATE_ROOT_FIELD]: root, ...otherQueries } = Query as Record<string, unknown>;
  renamed.Query = { ...otherQueries, [rootFieldOf(department)]: root };
  return renamed;
}
