import type { GuideResolvers, ItemVersionSnapshotResolvers, UpperTierItemResolvers } from "../generated/graphql.ts";

export const Guide: GuideResolvers = {
  windows: async (guide, _a, { windowById }) =>
    (await windowById.loadMany(guide.stationings.map((s) => s.windowId))).filter((w) => w && !(w instanceof Error)) as never,
  // The broadest authority among the windows that accept it here.
  authority: (guide) => (guide.stationings.some((s) => s.authority === "ACCEPT_AND_DECIDE") ? "ACCEPT_AND_DECIDE" : "ACCEPT_ONLY"),
  appointmentAvailable: (guide) => guide.stationings.some((s) => s.appointment),
  agentServiceAvailable: (guide) => guide.centre.agentService,
  escalated: (guide) => guide.decidedAt !== null,
};

export const ItemVersionSnapshot: ItemVersionSnapshotResolvers = {
  department: (item, _a, { departments }) => departments.find((d) => d.id === item.departmentId)!,
};

export const UpperTierItem: UpperTierItemResolvers = {
  escalated: () => true,
};
