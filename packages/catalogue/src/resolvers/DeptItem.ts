import type { DeptItemResolvers } from "../generated/graphql.ts";

export const DeptItem: DeptItemResolvers = {
  __resolveReference: ({ code }, { itemInForce }) => itemInForce.load(code).then((item) => item ?? null),
  effectiveFrom: (item) => item.effectiveFrom!,
};
