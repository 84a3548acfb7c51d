import { readFileSync } from "node:fs";
import type { Db } from "@wuxi/db";
import { type DepartmentConfig, repoRoot } from "@wuxi/federation";
import type { Logger } from "@wuxi/service-kit";
import { z } from "zod";
import { centres, certifiedStaff, stationings, windowStaff, windows } from "../tables.ts";

const TIERS = ["CITY", "COUNTY", "TOWNSHIP"] as const;

const networkSchema = z.array(
  z.object({
    id: z.string(),
    name: z.string(),
    tier: z.enum(TIERS),
    divisionType: z.enum(["CITY", "DISTRICT", "COUNTY_CITY", "TOWN", "STREET"]),
    parentId: z.string().nullable(),
    address: z.string(),
    hours: z.string(),
    phone: z.string(),
  }),
);

/** What the centre's seed needs of a department's seed catalogue: where each item may be accepted. */
const seedItemSchema = z.object({
  code: z.string(),
  handling: z.string(),
  acceptingTiers: z.array(z.enum(TIERS)),
  decidingTier: z.enum(TIERS),
});
export type SeedItem = z.infer<typeof seedItemSchema>;

export const networkFile = new URL("../../seed/network.json", import.meta.url);

/**
 * The Wuxi network: every centre of seed/network.json with one window per department, a
 * comprehensive window and the charge window; every seeded item stationed at its department's
 * window in each centre of a tier that may accept it, deciding there when that tier decides.
 * Idempotent: only what is missing is inserted.
 */
export async function seedNetwork(
  db: Db,
  departments: DepartmentConfig[],
  logger: Logger,
  seedCatalogues?: Record<string, SeedItem[]>,
): Promise<void> {
  const network = networkSchema.parse(JSON.parse(readFileSync(networkFile, "utf8")));
  // Parents before children, so the self-reference holds row by row.
  const ordered = [...network].sort((a, b) => TIERS.indexOf(a.tier) - TIERS.indexOf(b.tier));
  const catalogues = departments.map((d) => ({
    department: d,
    items:
      seedCatalogues?.[d.id] ??
      z.array(seedItemSchema).parse(JSON.parse(readFileSync(`${repoRoot}subgraphs/${d.id}/seed/catalogue.json`, "utf8"))),
  }));

  await db.transaction(async (tx) => {
    const created = await tx.insert(centres).values(ordered).onConflictDoNothing().returning({ id: centres.id });
    if (created.length === 0) return;
    const newIds = new Set(created.map((c) => c.id));
    for (const centre of ordered.filter((c) => newIds.has(c.id))) {
      const windowRows = [
        ...departments.map((d, i) => ({
          id: `${centre.id}-A${String(i + 1).padStart(2, "0")}`,
          centreId: centre.id,
          number: `A${String(i + 1).padStart(2, "0")}`,
          name: `${d.short}窗口`,
          kind: "DEPARTMENT",
          departmentId: d.id,
        })),
        { id: `${centre.id}-B01`, centreId: centre.id, number: "B01", name: "综合受理窗口", kind: "COMPREHENSIVE", departmentId: null },
        { id: `${centre.id}-C01`, centreId: centre.id, number: "C01", name: "收费窗口", kind: "CHARGE", departmentId: null },
      ];
      await tx.insert(windows).values(windowRows).onConflictDoNothing();
      // 持证上岗: one certified clerk per window, so every seeded stationing is served.
      const staffRows = windowRows.map((w, i) => ({
        id: `${w.id}-01`,
        centreId: centre.id,
        name: staffName(centre.id, i),
        certificateNumber: `WXZW-${w.id}-01`,
        validFrom: "2025-01-01",
        validUntil: "2028-12-31",
      }));
      await tx.insert(certifiedStaff).values(staffRows).onConflictDoNothing();
      await tx.insert(windowStaff).values(staffRows.map((s, i) => ({ windowId: windowRows[i]!.id, staffId: s.id }))).onConflictDoNothing();
      const stationingRows = catalogues.flatMap(({ department, items }, i) =>
        items
          .map((item) => ({ item, authority: seededAuthority(item, centre.tier) }))
          .filter(({ authority }) => authority !== null)
          .map(({ item, authority }) => ({
            centreId: centre.id,
            windowId: windowRows[i]!.id,
            itemCode: item.code,
            departmentId: department.id,
            authority: authority!,
          })),
      );
      if (stationingRows.length > 0) await tx.insert(stationings).values(stationingRows).onConflictDoNothing();
    }
    logger.info({ centres: created.length }, "seeded the network");
  });
}

/**
 * Where the seed stations an item: at every tier that accepts it (deciding there when that tier
 * decides), and at the deciding tier of an escalated item, to take the cases forwarded to it.
 */
function seededAuthority(item: SeedItem, tier: (typeof TIERS)[number]): string | null {
  if (item.acceptingTiers.includes(tier)) return item.decidingTier === tier ? "ACCEPT_AND_DECIDE" : "ACCEPT_ONLY";
  return item.handling === "ESCALATED" && item.decidingTier === tier ? "DECIDE_ONLY" : null;
}

const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
const GIVEN = ["丽华", "建国", "敏", "静", "伟", "芳", "军", "婷", "强", "磊", "洁", "勇", "艳", "杰", "娟", "涛", "明", "超", "霞", "平"];

/** A plausible, deterministic name for a seeded clerk (staff names are on their badges anyway). */
function staffName(centreId: string, index: number): string {
  const n = [...centreId].reduce((sum, c) => sum + c.charCodeAt(0), 0) + index * 7;
  return SURNAMES[n % SURNAMES.length]! + GIVEN[(n * 3 + index) % GIVEN.length]!;
}
