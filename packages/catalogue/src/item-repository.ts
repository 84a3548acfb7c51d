import type { Db } from "@wuxi/db";
import { and, asc, eq, inArray } from "drizzle-orm";
import { type ItemVersion, toItemVersion } from "./item-version.ts";
import { itemVersions } from "./tables.ts";

/** Reads of the department's catalogue. Takes the database or a transaction. */
export class ItemRepository {
  constructor(private readonly db: Db) {}

  /** The versions in force for the given codes, in key order (undefined where none is published). */
  async publishedByCodes(codes: readonly string[]): Promise<(ItemVersion | undefined)[]> {
    const rows = await this.db
      .select()
      .from(itemVersions)
      .where(and(inArray(itemVersions.itemCode, [...codes]), eq(itemVersions.status, "PUBLISHED")));
    const byCode = new Map(rows.map((r) => [r.itemCode, toItemVersion(r)]));
    return codes.map((c) => byCode.get(c));
  }

  async listPublished(): Promise<ItemVersion[]> {
    const rows = await this.db
      .select()
      .from(itemVersions)
      .where(eq(itemVersions.status, "PUBLISHED"))
      .orderBy(asc(itemVersions.itemCode));
    return rows.map(toItemVersion);
  }
}
