import type { CaseEventResolvers, ChargeAdjustmentResolvers } from "../generated/graphql.ts";
import { displayName, registeredNames } from "../staff/display-names.ts";

export const caseEventNames: Pick<CaseEventResolvers, "actorName"> = {
  // An extension records the name of the head who approved it (Art. 42), as the notice prints it.
  actorName: async (e, _a, ctx) => (typeof e.data?.approverName === "string" ? e.data.approverName : displayName(e.actorId, e.actorRole, await registeredNames(ctx).load(e.actorId))),
};

export const adjustmentNames: Pick<ChargeAdjustmentResolvers, "requestedByName" | "decidedByName"> = {
  requestedByName: async (a, _x, ctx) => displayName(a.requestedBy, "CHARGE_CLERK", await registeredNames(ctx).load(a.requestedBy)),
  decidedByName: async (a, _x, ctx) => (a.decidedBy ? displayName(a.decidedBy, "CENTRE_MANAGER", await registeredNames(ctx).load(a.decidedBy)) : null),
};
