import { itemTypeOf, type DepartmentConfig } from "@wuxi/federation";
import type { ItemResolvers, MarketItemResolvers } from "../generated/graphql.ts";
import { itemReference } from "../stationing/item-reference.ts";

export const Item: ItemResolvers = {
  __resolveType: (ref) => ref.__typename as never,
  __resolveReference: (ref, { departments }) => itemReference(departments, ref.code),
};

/** The centre-owned fields of every department's item type; one object serves every department. */
const itemStub: MarketItemResolvers = {
  __resolveReference: (ref, { departments }) => itemReference(departments, ref.code),
  stationings: (ref, _a, { stationingsOfItem }) => stationingsOfItem.load(ref.code),
};

/** Resolvers for the stubs generated from config/departments.json (MarketItem, PlanningItem …). */
export function itemStubResolvers(departments: DepartmentConfig[]) {
  return Object.fromEntries(departments.map((d) => [itemTypeOf(d), itemStub]));
}
