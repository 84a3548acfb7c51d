import type { CentreResolvers } from "../generated/graphql.ts";

export const Centre: CentreResolvers = {
  parent: (centre, _a, { centreById }) => (centre.parentId ? centreById.load(centre.parentId).then((c) => c ?? null) : null),
  children: (centre, _a, { childrenOf }) => childrenOf.load(centre.id),
  windows: (centre, _a, { windowsOf }) => windowsOf.load(centre.id),
  agentServiceAvailable: (centre) => centre.agentService,
  staff: (centre, _a, { staffOfCentre }) => staffOfCentre.load(centre.id),
};
