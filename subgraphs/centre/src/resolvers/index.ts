import type { DepartmentConfig } from "@wuxi/federation";
import type { Resolvers } from "../generated/graphql.ts";
import { Centre } from "./Centre.ts";
import { Item, itemStubResolvers } from "./Item.ts";
import { Query } from "./Query.ts";
import { Stationing } from "./Stationing.ts";
import { Window } from "./Window.ts";

export function centreResolvers(departments: DepartmentConfig[]): Resolvers {
  return { Query, Centre, Window, Stationing, Item, ...itemStubResolvers(departments) };
}
