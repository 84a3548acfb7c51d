import type { WindowResolvers } from "../generated/graphql.ts";
import { itemReference } from "../stationing/item-reference.ts";

export const Window: WindowResolvers = {
  department: (window, _a, { departments }) => departments.find((d) => d.id === window.departmentId) ?? null,
  centre: async (window, _a, { centreById }) => (await centreById.load(window.centreId))!,
  stationings: (window, _a, { stationingsAtWindow }) => stationingsAtWindow.load(window.id),
  items: async (window, _a, { stationingsAtWindow, departments }) =>
    (await stationingsAtWindow.load(window.id)).map((s) => itemReference(departments, s.itemCode)),
  staff: (window, _a, { staffAtWindow }) => staffAtWindow.load(window.id),
};
