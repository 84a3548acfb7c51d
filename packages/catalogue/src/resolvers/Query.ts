import type { QueryResolvers } from "../generated/graphql.ts";

export const Query: QueryResolvers = {
  dept: () => ({}),
};
