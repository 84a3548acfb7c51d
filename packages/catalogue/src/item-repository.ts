import type { Db } from "@wuxi/db";
import { and, asc, desc, eq, gt, inArray, isNull, lte, or } from "drizzle-orm";
import type { ItemDocument } from "./item-document.ts";
import { type ItemVersion, statusOn, toItemVersion } from "./item-version.ts";
import { catalogueChanges, type ItemRow, items, type ItemVersionRow, itemVersions } from "./tables.ts";

export interface CatalogueChange {
  sequence: number;
  kind: "PUBLISHED" | "CANCELLED";
  code: string;
  version: number;
  effectiveFrom: string;
  content: ItemDocument | null;
}

/** The department's catalogue. Takes the database or a transaction. */
export class ItemRepository {
  constructor(private readonly db: Db) {}

  /** The versions in force on `today` for the given codes, in key order (undefined where none). */
  async inForceByCodes(codes: readonly string[], today: string): Promise<(ItemVersion | undefined)[]> {
    const rows = await this.inForce(today, [...codes]);
    const byCode = new Map(rows.map((r) => [r.code, r]));
    return codes.map((c) => byCode.get(c));
  }

  async listInForce(today: string): Promise<ItemVersion[]> {
    return this.inForce(today);
  }

  private async inForce(today: string, codes?: string[]): Promise<ItemVersion[]> {
    const rows = await this.db
      .selectDistinctOn([itemVersions.itemCode], { version: itemVersions })
      .from(itemVersions)
      .innerJoin(items, eq(items.code, itemVersions.itemCode))
      .where(
        and(
          codes ? inArray(itemVersions.itemCode, codes) : undefined,
          eq(itemVersions.state, "PUBLISHED"),
          lte(itemVersions.effectiveFrom, today),
          or(isNull(items.cancelledFrom), gt(items.cancelledFrom, today)),
        ),
      )
      .orderBy(asc(itemVersions.itemCode), desc(itemVersions.version));
    return rows.map((r) => toItemVersion(r.version, "PUBLISHED"));
  }

  /** Every version of an item with its state on `today`, newest first. */
  async versionsOf(code: string, today: string): Promise<ItemVersion[]> {
    const item = await this.item(code);
    if (!item) return [];
    const rows = await this.db
      .select()
      .from(itemVersions)
      .where(eq(itemVersions.itemCode, code))
      .orderBy(desc(itemVersions.version));
    const inForce = rows.find((r) => r.state === "PUBLISHED" && r.effectiveFrom! <= today)?.version;
    return rows.map((r) => toItemVersion(r, statusOn(today, r, item, inForce)));
  }

  async item(code: string): Promise<ItemRow | undefined> {
    const [row] = await this.db.select().from(items).where(eq(items.code, code));
    return row;
  }

  /** The item row, locked until the transaction ends, so edits of one item are serialised. */
  async lockItem(code: string): Promise<ItemRow | undefined> {
    const [row] = await this.db.select().from(items).where(eq(items.code, code)).for("update");
    return row;
  }

  async draftOf(code: string): Promise<ItemVersionRow | undefined> {
    const [row] = await this.db
      .select()
      .from(itemVersions)
      .where(and(eq(itemVersions.itemCode, code), eq(itemVersions.state, "DRAFT")));
    return row;
  }

  async latestPublished(code: string): Promise<ItemVersionRow | undefined> {
    const [row] = await this.db
      .select()
      .from(itemVersions)
      .where(and(eq(itemVersions.itemCode, code), eq(itemVersions.state, "PUBLISHED")))
      .orderBy(desc(itemVersions.version))
      .limit(1);
    return row;
  }

  async latestVersionNumber(code: string): Promise<number> {
    const [row] = await this.db
      .select({ version: itemVersions.version })
      .from(itemVersions)
      .where(eq(itemVersions.itemCode, code))
      .orderBy(desc(itemVersions.version))
      .limit(1);
    return row?.version ?? 0;
  }

  async changesAfter(after: number, limit: number): Promise<CatalogueChange[]> {
    const rows = await this.db
      .select({ change: catalogueChanges, document: itemVersions.document })
      .from(catalogueChanges)
      .leftJoin(
        itemVersions,
        and(
          eq(itemVersions.itemCode, catalogueChanges.itemCode),
          eq(itemVersions.version, catalogueChanges.version),
          eq(catalogueChanges.kind, "PUBLISHED"),
        ),
      )
      .where(gt(catalogueChanges.sequence, after))
      .orderBy(asc(catalogueChanges.sequence))
      .limit(limit);
    return rows.map(({ change, document }) => ({
      sequence: change.sequence,
      kind: change.kind as CatalogueChange["kind"],
      code: change.itemCode,
      version: change.version,
      effectiveFrom: change.effectiveFrom,
      content: document,
    }));
  }
}
