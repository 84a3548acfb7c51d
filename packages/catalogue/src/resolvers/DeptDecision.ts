import type { DeptDecisionResolvers } from "../generated/graphql.ts";

export const DeptDecision: DeptDecisionResolvers = {
  outcome: (d) => d.outcome as "APPROVED" | "REFUSED",
  licence: (d, _a, { decisions }) => decisions.licenceOf(d.caseId).then((l) => l ?? null),
};
