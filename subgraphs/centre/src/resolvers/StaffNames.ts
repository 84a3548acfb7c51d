import type { CaseEventResolvers } from "../generated/graphql.ts";
import { displayName, registeredNames } from "../staff/display-names.ts";

export const caseEventNames: Pick<CaseEventResolvers, "actorName"> = {
  actorName: async (e, _a, ctx) => displayName(e.actorId, e.actorRole, await registeredNames(ctx).load(e.actorId)),
};
