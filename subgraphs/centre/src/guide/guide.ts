import type { CentreRecord } from "../centres/centre-repository.ts";
import type { ReplicatedVersion } from "../replica/replica-repository.ts";
import type { StationingRecord } from "../stationing/stationing-repository.ts";

/** The guide of an item at a centre, before the GraphQL layer. */
export interface GuideRecord {
  item: ReplicatedVersion;
  centre: CentreRecord;
  /** The stationings of the item at this centre (one per window). */
  stationings: StationingRecord[];
  /** For an escalated item: the centre above at the deciding tier. */
  decidedAt: CentreRecord | null;
}

export interface UpperTierRecord {
  item: ReplicatedVersion;
  handledAt: CentreRecord;
}

export const TIER_RANK = { CITY: 0, COUNTY: 1, TOWNSHIP: 2 } as const;
export const TIER_NAMES = { CITY: "市级", COUNTY: "市(县)区级", TOWNSHIP: "乡镇(街道)级" } as const;
export type Tier = keyof typeof TIER_RANK;
