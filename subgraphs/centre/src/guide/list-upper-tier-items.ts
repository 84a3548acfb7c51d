import { accepts } from "../stationing/stationing-repository.ts";
import { DomainError } from "@wuxi/service-kit";
import type { CentreContext } from "../context.ts";
import { ancestorsOf } from "./ancestors.ts";
import { GuideRepository } from "./guide-repository.ts";
import type { UpperTierRecord } from "./guide.ts";

/**
 * For the people of a township (or a district): the items that the tiers above accept and this
 * centre does not, each with the nearest centre above that accepts it, marked as handled above.
 */
export async function listUpperTierItems(ctx: CentreContext, centreId: string): Promise<UpperTierRecord[]> {
  const centre = await ctx.centreById.load(centreId);
  if (!centre) throw new DomainError("CENTRE_NOT_FOUND", `中心 ${centreId} 不存在`, "centreId");
  const ancestors = await ancestorsOf(ctx, centre);
  const here = new Set((await ctx.stationingsAtCentre.load(centreId)).filter(accepts).map((s) => s.itemCode));
  const above = await new GuideRepository(ctx.db).stationedAt(ancestors.map((a) => a.id), ctx.today());
  return above
    .filter(({ item }) => !here.has(item.code))
    .map(({ item, centreIds }) => ({ item, handledAt: ancestors.find((a) => centreIds.includes(a.id))! }));
}
