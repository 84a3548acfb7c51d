import type { DeptItemVersionResolvers } from "../generated/graphql.ts";

export const DeptItemVersion: DeptItemVersionResolvers = {
  content: (version) => ({ ...version, effectiveFrom: version.effectiveFrom ?? undefined }),
  publishedAt: (version) => version.publishedAt?.toISOString() ?? null,
};
