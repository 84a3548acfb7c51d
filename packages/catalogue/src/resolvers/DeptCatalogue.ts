import type { DeptCatalogueResolvers } from "../generated/graphql.ts";
import { requireApprover, requireService } from "../use-cases/authorize.ts";

export const DeptCatalogue: DeptCatalogueResolvers = {
  items: (_p, _a, { items, today }) => items.listInForce(today()),
  item: (_p, { code }, { itemInForce }) => itemInForce.load(code).then((item) => item ?? null),
  versions: (_p, { code }, { items, today }) => items.versionsOf(code, today()),
  changes: async (_p, { after, limit }, ctx) => {
    requireService(ctx);
    const changes = await ctx.items.changesAfter(after, Math.min(Math.max(limit ?? 200, 1), 1000));
    return { changes, cursor: changes.at(-1)?.sequence ?? after };
  },
  decision: async (_p, { caseId }, ctx) => {
    requireApprover(ctx);
    return (await ctx.decisions.byCase(caseId)) ?? null;
  },
};
