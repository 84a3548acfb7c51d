import type { PersonalDataReadResolvers, QueryResolvers } from "../generated/graphql.ts";
import { listPersonalDataReads } from "../privacy/list-personal-data-reads.ts";

export const privacyQueries: Pick<QueryResolvers, "personalDataReads"> = {
  personalDataReads: (_p, { centreId, first }, ctx) => listPersonalDataReads(ctx, centreId, first ?? 100),
};

export const PersonalDataRead: PersonalDataReadResolvers = {
  readAt: (r) => r.readAt.toISOString(),
};
