import type { QueryResolvers } from "../generated/graphql.ts";

export const Query: QueryResolvers = {
  centre: (_p, { id }, { centreById }) => centreById.load(id).then((c) => c ?? null),
  centres: (_p, { tier, parentId }, { centres }) => centres.list({ tier, parentId }),
  departments: (_p, _a, { departments }) => departments,
  me: (_p, _a, { actor }) => ({
    id: actor.id,
    role: actor.role,
    centreId: actor.centreId ?? null,
    departmentId: actor.departmentId ?? null,
    windowId: actor.windowId ?? null,
  }),
};
