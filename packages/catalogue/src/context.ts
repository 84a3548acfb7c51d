import type { Db } from "@wuxi/db";
import type { DepartmentConfig } from "@wuxi/federation";
import type { Actor } from "@wuxi/identity";
import DataLoader from "dataloader";
import { DecisionRepository } from "./decision-repository.ts";
import { ItemRepository } from "./item-repository.ts";
import type { ItemVersion } from "./item-version.ts";
import { civilDateOf } from "@wuxi/calendar";

/** The value behind a namespace type such as MarketCatalogue: it carries nothing. */
export type Namespace = Record<string, never>;

export interface CatalogueContext {
  actor: Actor;
  db: Db;
  department: DepartmentConfig;
  departments: DepartmentConfig[];
  /** Today in Asia/Shanghai: the day that decides which version is in force. */
  today: () => string;
  items: ItemRepository;
  decisions: DecisionRepository;
  /** Per request: every item reference of one gateway fetch becomes one query. */
  itemInForce: DataLoader<string, ItemVersion | undefined>;
}

export function createCatalogueContext(
  db: Db,
  department: DepartmentConfig,
  departments: DepartmentConfig[],
  actor: Actor,
  now: () => Date = () => new Date(),
): CatalogueContext {
  const items = new ItemRepository(db);
  const today = () => civilDateOf(now());
  return {
    actor,
    db,
    department,
    departments,
    today,
    items,
    decisions: new DecisionRepository(db),
    itemInForce: new DataLoader((codes) => items.inForceByCodes(codes, today())),
  };
}
