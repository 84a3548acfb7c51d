import { payload } from "@wuxi/service-kit";
import type { MutationResolvers, QueryResolvers } from "../generated/graphql.ts";
import { listUpperTierItems } from "../guide/list-upper-tier-items.ts";
import { readGuide } from "../guide/read-guide.ts";
import { searchGuides } from "../guide/search-guides.ts";
import { registerStaff } from "../use-cases/register-staff.ts";
import { stationItem } from "../use-cases/station-item.ts";

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
  guide: (_p, { centreId, itemCode }, ctx) => readGuide(ctx, centreId, itemCode),
  searchGuides: (_p, { centreId, keyword, first, after }, ctx) => searchGuides(ctx, centreId, keyword, first ?? 20, after),
  upperTierItems: (_p, { centreId }, ctx) => listUpperTierItems(ctx, centreId),
};

export const Mutation: MutationResolvers = {
  stationItem: (_p, { input }, ctx) => payload(() => stationItem(ctx, input), { stationing: null }),
  registerStaff: (_p, { centreId, input }, ctx) => payload(() => registerStaff(ctx, centreId, input), { staff: null }),
};
