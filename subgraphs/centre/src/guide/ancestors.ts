import type { CentreRecord } from "../centres/centre-repository.ts";
import type { CentreContext } from "../context.ts";

/** The centres above one, nearest first (a township's district, then the city). */
export async function ancestorsOf(ctx: Pick<CentreContext, "centreById">, centre: CentreRecord): Promise<CentreRecord[]> {
  const chain: CentreRecord[] = [];
  let current = centre;
  while (current.parentId) {
    const parent = await ctx.centreById.load(current.parentId);
    if (!parent) break;
    chain.push(parent);
    current = parent;
  }
  return chain;
}
