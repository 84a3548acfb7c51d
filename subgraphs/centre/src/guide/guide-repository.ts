import type { Db } from "@wuxi/db";
import { and, asc, eq, ilike, inArray, or, sql } from "drizzle-orm";
import { ReplicaRepository, replicatedVersions, type ReplicatedVersion } from "../replica/replica-repository.ts";
import { acceptingStationing } from "../stationing/stationing-repository.ts";
import { itemReplica, stationings } from "../tables.ts";

/** Escapes LIKE wildcards so a keyword is matched literally. */
function likePattern(keyword: string): string {
  return `%${keyword.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Queries behind the public guide: items in force that a centre (or its ancestors) station. */
export class GuideRepository {
  private readonly replica: ReplicaRepository;
  constructor(private readonly db: Db) {
    this.replica = new ReplicaRepository(db);
  }

  /**
   * One page of the items in force stationed at a centre, matching a keyword in the name or the
   * conditions (name matches first), with the total, filtered and paged in SQL. Only the page's
   * documents are read.
   */
  async search(centreId: string, today: string, keyword: string | null, limit: number, offset: number) {
    const stationed = this.db
      .selectDistinct({ code: stationings.itemCode })
      .from(stationings)
      .where(and(eq(stationings.centreId, centreId), acceptingStationing));
    const inForce = this.replica.inForceKeysQuery(today, inArray(itemReplica.code, stationed)).as("in_force");
    const pattern = keyword?.trim() ? likePattern(keyword.trim()) : undefined;
    const match = pattern ? or(ilike(inForce.name, pattern), ilike(inForce.conditions, pattern)) : undefined;
    // Items named by the keyword come before items that only mention it in their conditions.
    const order = pattern ? [sql`case when ${inForce.name} ilike ${pattern} then 0 else 1 end`, asc(inForce.code)] : [asc(inForce.code)];
    const page = await this.db
      .select({ code: inForce.code, version: inForce.version, total: sql<number>`count(*) over ()`.mapWith(Number) })
      .from(inForce)
      .where(match)
      .orderBy(...order)
      .limit(limit)
      .offset(offset);
    const versions = await replicatedVersions(this.db, page.map((r) => `${r.code}@${r.version}`));
    return { items: versions.filter((v) => v !== undefined), total: page[0]?.total ?? (offset > 0 ? await this.count(centreId, today, keyword) : 0) };
  }

  private async count(centreId: string, today: string, keyword: string | null): Promise<number> {
    return (await this.search(centreId, today, keyword, 1, 0)).total;
  }

  /** Items in force stationed at any of the given centres, with the centres that station each. */
  async stationedAt(centreIds: string[], today: string): Promise<{ item: ReplicatedVersion; centreIds: string[] }[]> {
    if (centreIds.length === 0) return [];
    const rows = await this.db
      .select({ code: stationings.itemCode, centreId: stationings.centreId })
      .from(stationings)
      .where(and(inArray(stationings.centreId, centreIds), acceptingStationing));
    const codes = [...new Set(rows.map((r) => r.code))].sort();
    const versions = await this.replica.inForceByCodes(codes, today);
    return codes.flatMap((code, i) =>
      versions[i] ? [{ item: versions[i]!, centreIds: rows.filter((r) => r.code === code).map((r) => r.centreId) }] : [],
    );
  }
}
