import type { QueryResolvers } from "../generated/graphql.ts";
import { caseByNumber, searchCases } from "../search/find-cases.ts";

export const searchQueries: Pick<QueryResolvers, "caseByNumber" | "searchCases"> = {
  caseByNumber: (_p, { caseNumber }, ctx) => caseByNumber(ctx, caseNumber),
  searchCases: (_p, { text, first }, ctx) => searchCases(ctx, text, Math.min(Math.max(first ?? 20, 1), 100)),
};
