import type { StationingResolvers } from "../generated/graphql.ts";
import { itemReference } from "../stationing/item-reference.ts";

export const Stationing: StationingResolvers = {
  centre: async (s, _a, { centreById }) => (await centreById.load(s.centreId))!,
  window: async (s, _a, { windowById }) => (await windowById.load(s.windowId))!,
  item: (s, _a, { departments }) => itemReference(departments, s.itemCode),
  authority: (s) => s.authority as "ACCEPT_ONLY" | "ACCEPT_AND_DECIDE",
  appointmentAvailable: (s) => s.appointment,
};
