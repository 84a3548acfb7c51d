import type { Db } from "@wuxi/db";
import { inArray } from "drizzle-orm";
import { DEFAULT_THRESHOLDS, type LightThresholds } from "./light.ts";
import { DEFAULT_WEIGHTS, type ScoringWeights } from "./scoring.ts";
import { oversightSettings } from "./tables.ts";

export interface SettingsView extends LightThresholds {
  centreId: string;
  complaintDays: number;
  rectifyDays: number;
  scoring: ScoringWeights;
}

export const DEFAULT_COMPLAINT_DAYS = 10;
export const DEFAULT_RECTIFY_DAYS = 5;

/** The settings of each centre, defaults where its manager set none. */
export async function settingsOf(db: Db, centreIds: readonly string[]): Promise<Map<string, SettingsView>> {
  const rows = centreIds.length ? await db.select().from(oversightSettings).where(inArray(oversightSettings.centreId, [...centreIds])) : [];
  const byId = new Map(rows.map((r) => [r.centreId, r]));
  return new Map(
    centreIds.map((id) => {
      const r = byId.get(id);
      return [
        id,
        r
          ? { centreId: id, yellowDays: r.yellowDays, yellowSharePercent: r.yellowSharePercent, complaintDays: r.complaintDays, rectifyDays: r.rectifyDays, scoring: r.scoring ?? DEFAULT_WEIGHTS }
          : { centreId: id, ...DEFAULT_THRESHOLDS, complaintDays: DEFAULT_COMPLAINT_DAYS, rectifyDays: DEFAULT_RECTIFY_DAYS, scoring: DEFAULT_WEIGHTS },
      ];
    }),
  );
}
