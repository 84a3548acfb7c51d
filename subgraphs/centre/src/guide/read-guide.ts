import type { CentreRecord } from "../centres/centre-repository.ts";
import type { CentreContext } from "../context.ts";
import type { ReplicatedVersion } from "../replica/replica-repository.ts";
import { accepts, type StationingRecord } from "../stationing/stationing-repository.ts";
import { ancestorsOf } from "./ancestors.ts";
import { type GuideRecord, TIER_RANK } from "./guide.ts";

/**
 * The guide of an item at a centre, from the centre's own replica, so it is answered while the
 * department is down. Null when the centre does not accept the item or no version is in force.
 */
export async function readGuide(ctx: CentreContext, centreId: string, itemCode: string): Promise<GuideRecord | null> {
  const centre = await ctx.centreById.load(centreId);
  if (!centre) return null;
  const [stationed, item] = await Promise.all([ctx.stationingsHere.load(`${centreId}|${itemCode}`), ctx.replicaInForce.load(itemCode)]);
  const here = stationed.filter(accepts);
  if (here.length === 0 || !item) return null;
  return guideOf(ctx, centre, item, here);
}

export async function guideOf(
  ctx: CentreContext,
  centre: CentreRecord,
  item: ReplicatedVersion,
  stationings: StationingRecord[],
): Promise<GuideRecord> {
  const decidingTier = item.content.decidingTier;
  const decidedAt =
    TIER_RANK[decidingTier] < TIER_RANK[centre.tier as keyof typeof TIER_RANK]
      ? ((await ancestorsOf(ctx, centre)).find((a) => a.tier === decidingTier) ?? null)
      : null;
  return { item, centre, stationings, decidedAt };
}
