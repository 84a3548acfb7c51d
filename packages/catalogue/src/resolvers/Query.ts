import type { MutationResolvers, QueryResolvers } from "../generated/graphql.ts";

export const Query: QueryResolvers = {
  dept: () => ({}),
};

export const Mutation: MutationResolvers = {
  dept: () => ({}),
};
