import type { Db } from "@wuxi/db";
import { sql } from "drizzle-orm";
import { oversightStats } from "./tables.ts";

export type StatCounter =
  | "accepted" | "notAccepted" | "concluded" | "onTime" | "late" | "usedDays" | "promisedDays" | "licenceLate"
  | "violations" | "complaints" | "rated1" | "rated2" | "rated3" | "rated4" | "rated5";

export interface StatKey {
  /** Any day of the month counted in. */
  on: string;
  centreId: string;
  departmentId?: string | null;
  windowId?: string | null;
  handling?: string | null;
}

export function monthOf(on: string): string {
  return `${on.slice(0, 7)}-01`;
}

/**
 * Adds to the roll-up row of a month, centre, department, window and regime, in the caller's
 * transaction: one upsert, so a transition costs one more statement, never a scan.
 */
export async function bumpStats(tx: Db, key: StatKey, deltas: Partial<Record<StatCounter, number>>): Promise<void> {
  const entries = Object.entries(deltas).filter(([, v]) => v) as [StatCounter, number][];
  if (entries.length === 0) return;
  const row = {
    month: monthOf(key.on),
    centreId: key.centreId,
    departmentId: key.departmentId ?? "",
    windowId: key.windowId ?? "",
    handling: key.handling ?? "",
    ...Object.fromEntries(entries),
  };
  const set = Object.fromEntries(entries.map(([k]) => [k, sql`${oversightStats[k]} + excluded.${sql.identifier(oversightStats[k].name)}`]));
  await tx
    .insert(oversightStats)
    .values(row)
    .onConflictDoUpdate({ target: [oversightStats.month, oversightStats.centreId, oversightStats.departmentId, oversightStats.windowId, oversightStats.handling], set });
}
