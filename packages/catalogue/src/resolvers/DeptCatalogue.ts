import type { DeptCatalogueResolvers } from "../generated/graphql.ts";

export const DeptCatalogue: DeptCatalogueResolvers = {
  items: (_parent, _args, { items }) => items.listPublished(),
  item: (_parent, { code }, { publishedItem }) => publishedItem.load(code).then((item) => item ?? null),
};
