import type { DeptItemResolvers } from "../generated/graphql.ts";

export const DeptItem: DeptItemResolvers = {
  __resolveReference: ({ code }, { publishedItem }) => publishedItem.load(code).then((item) => item ?? null),
};
