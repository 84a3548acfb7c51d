import type { Db } from "@wuxi/db";
import type { Actor } from "@wuxi/identity";
import DataLoader from "dataloader";
import type { DepartmentConfig } from "@wuxi/federation";
import { ItemRepository } from "./item-repository.ts";
import type { ItemVersion } from "./item-version.ts";

/** The value behind a namespace type such as MarketCatalogue: it carries nothing. */
export type Namespace = Record<string, never>;

export interface CatalogueContext {
  actor: Actor;
  department: DepartmentConfig;
  items: ItemRepository;
  /** Per request: every item reference of one gateway fetch becomes one query. */
  publishedItem: DataLoader<string, ItemVersion | undefined>;
}

export function createCatalogueContext(db: Db, department: DepartmentConfig, actor: Actor): CatalogueContext {
  const items = new ItemRepository(db);
  return {
    actor,
    department,
    items,
    publishedItem: new DataLoader((codes) => items.publishedByCodes(codes)),
  };
}
