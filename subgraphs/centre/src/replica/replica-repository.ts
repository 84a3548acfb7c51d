import type { ItemDocument } from "@wuxi/catalogue";
import type { Db } from "@wuxi/db";
import { and, asc, desc, eq, gt, inArray, isNull, lte, or, type SQL, sql } from "drizzle-orm";
import { itemCancellations, itemReplica } from "../tables.ts";

/** A published item version as the centre holds it. */
export interface ReplicatedVersion {
  code: string;
  version: number;
  departmentId: string;
  effectiveFrom: string;
  content: ItemDocument;
}

/** A replicated version that has taken effect by `today` and whose item is not cancelled by then. */
function inForceOn(today: string): SQL {
  return and(
    lte(itemReplica.effectiveFrom, today),
    or(isNull(itemCancellations.cancelledFrom), gt(itemCancellations.cancelledFrom, today)),
  )!;
}

/** Reads of the replica: which version of an item is in force on a day, at this centre's copy. */
export class ReplicaRepository {
  constructor(private readonly db: Db) {}

  /** The versions in force on `today` (the highest effective one, unless cancelled), narrowed by `filter`. */
  inForceQuery(today: string, filter?: SQL) {
    return this.db
      .selectDistinctOn([itemReplica.code], {
        code: itemReplica.code,
        version: itemReplica.version,
        departmentId: itemReplica.departmentId,
        effectiveFrom: itemReplica.effectiveFrom,
        name: itemReplica.name,
        document: itemReplica.document,
      })
      .from(itemReplica)
      .leftJoin(itemCancellations, eq(itemCancellations.code, itemReplica.code))
      .where(and(filter, inForceOn(today)))
      .orderBy(asc(itemReplica.code), desc(itemReplica.version));
  }

  /**
   * The same selection as `inForceQuery`, carrying only what a search filters and sorts on (not the
   * documents), so that sorting thousands of items stays cheap.
   */
  inForceKeysQuery(today: string, filter?: SQL) {
    return this.db
      .selectDistinctOn([itemReplica.code], {
        code: itemReplica.code,
        version: itemReplica.version,
        name: itemReplica.name,
        conditions: sql<string>`${itemReplica.document}->>'conditions'`.as("conditions"),
      })
      .from(itemReplica)
      .leftJoin(itemCancellations, eq(itemCancellations.code, itemReplica.code))
      .where(and(filter, inForceOn(today)))
      .orderBy(asc(itemReplica.code), desc(itemReplica.version));
  }

  async inForceByCodes(codes: readonly string[], today: string): Promise<(ReplicatedVersion | undefined)[]> {
    const rows = await this.inForceQuery(today, inArray(itemReplica.code, [...codes]));
    const byCode = new Map(rows.map((r) => [r.code, toVersion(r)]));
    return codes.map((c) => byCode.get(c));
  }

  /** Whether the item was ever published and whether it is cancelled, to say why it is not in force. */
  async standing(code: string, today: string): Promise<"UNKNOWN" | "NOT_YET_EFFECTIVE" | "CANCELLED" | "IN_FORCE"> {
    const [cancellation] = await this.db.select().from(itemCancellations).where(eq(itemCancellations.code, code));
    if (cancellation && cancellation.cancelledFrom <= today) return "CANCELLED";
    const [earliest] = await this.db
      .select({ effectiveFrom: itemReplica.effectiveFrom })
      .from(itemReplica)
      .where(eq(itemReplica.code, code))
      .orderBy(asc(itemReplica.effectiveFrom))
      .limit(1);
    if (!earliest) return "UNKNOWN";
    return earliest.effectiveFrom > today ? "NOT_YET_EFFECTIVE" : "IN_FORCE";
  }
}

/** The exact versions for (code, version) keys, in key order: one query per batch. */
export async function replicatedVersions(db: Db, keys: readonly string[]): Promise<(ReplicatedVersion | undefined)[]> {
  const pairs = keys.map((k) => {
    const at = k.lastIndexOf("@");
    return { code: k.slice(0, at), version: Number(k.slice(at + 1)) };
  });
  const rows = await db
    .select()
    .from(itemReplica)
    .where(inArray(itemReplica.code, [...new Set(pairs.map((p) => p.code))]));
  const byKey = new Map(rows.map((r) => [`${r.code}@${r.version}`, toVersion(r)]));
  return keys.map((k) => byKey.get(k));
}

export async function replicatedVersion(db: Db, code: string, version: number): Promise<ReplicatedVersion | undefined> {
  const [row] = await db.select().from(itemReplica).where(and(eq(itemReplica.code, code), eq(itemReplica.version, version)));
  return row ? toVersion(row) : undefined;
}

export function toVersion(row: { code: string; version: number; departmentId: string; effectiveFrom: string; document: ItemDocument }): ReplicatedVersion {
  return { code: row.code, version: row.version, departmentId: row.departmentId, effectiveFrom: row.effectiveFrom, content: row.document };
}
