import { DomainError } from "@wuxi/service-kit";
import type { CentreContext } from "../context.ts";
import { TIER_NAMES, TIER_RANK, type Tier } from "../guide/guide.ts";
import { ReplicaRepository } from "../replica/replica-repository.ts";
import { isCertifiedOn, StaffRepository } from "../staff/staff-repository.ts";
import type { StationingRecord } from "../stationing/stationing-repository.ts";
import { stationings, windowStaff } from "../tables.ts";
import { requireCentreManager } from "./authorize.ts";

export interface StationItemInput {
  windowId: string;
  itemCode: string;
  authority: "ACCEPT_ONLY" | "ACCEPT_AND_DECIDE" | "DECIDE_ONLY";
  staffIds?: string[] | null;
  appointmentAvailable?: boolean | null;
}


/**
 * 进驻: a centre accepts a published item at one of its windows, with the authority delegated
 * there and certified staff to serve it. Re-stationing the same item at the same window updates
 * its authority.
 */
export async function stationItem(ctx: CentreContext, input: StationItemInput): Promise<{ stationing: StationingRecord }> {
  const window = await ctx.windowById.load(input.windowId);
  if (!window) throw new DomainError("WINDOW_NOT_FOUND", `窗口 ${input.windowId} 不存在`, "windowId");
  requireCentreManager(ctx, window.centreId);
  const centre = (await ctx.centreById.load(window.centreId))!;
  const today = ctx.today();

  const item = await ctx.replicaInForce.load(input.itemCode);
  if (!item) {
    const standing = await new ReplicaRepository(ctx.db).standing(input.itemCode, today);
    const message = {
      UNKNOWN: `事项 ${input.itemCode} 尚未发布(或本中心尚未同步到),不能进驻`,
      NOT_YET_EFFECTIVE: `事项 ${input.itemCode} 尚未生效,不能进驻`,
      CANCELLED: `事项 ${input.itemCode} 已取消,不能进驻`,
      IN_FORCE: `事项 ${input.itemCode} 当前没有有效版本`,
    }[standing];
    throw new DomainError(standing === "CANCELLED" ? "ITEM_CANCELLED" : "ITEM_NOT_PUBLISHED", message, "itemCode");
  }
  const tier = centre.tier as Tier;
  if (input.authority === "DECIDE_ONLY") {
    // 上报办理制: the competent tier takes the cases the tiers below forward; it need not accept them.
    if (item.content.handling !== "ESCALATED" || item.content.decidingTier !== tier) {
      throw new DomainError("DECIDE_ONLY_NOT_ESCALATED", `只有由${TIER_NAMES[tier]}决定的上报事项才能以“只审批上报件”进驻`, "authority");
    }
  } else if (!item.content.acceptingTiers.includes(tier)) {
    throw new DomainError("TIER_NOT_ACCEPTING", `事项「${item.content.name}」不在${TIER_NAMES[tier]}中心受理`, "itemCode");
  }
  if (window.kind === "CHARGE") {
    throw new DomainError("CHARGE_WINDOW", "收费窗口只办理收费,不能进驻受理事项", "windowId");
  }
  if (window.kind === "DEPARTMENT" && window.departmentId !== item.departmentId) {
    throw new DomainError("WINDOW_OF_ANOTHER_DEPARTMENT", `${window.name}属于其他部门,只能进驻本部门事项或改用综合窗口`, "windowId");
  }
  if (input.authority !== "ACCEPT_ONLY" && TIER_RANK[item.content.decidingTier] !== TIER_RANK[tier]) {
    throw new DomainError("AUTHORITY_EXCEEDS_TIER", `事项「${item.content.name}」由${TIER_NAMES[item.content.decidingTier]}决定,本窗口只能受理`, "authority");
  }

  const staffIds = [...new Set(input.staffIds ?? [])];
  const named = await new StaffRepository(ctx.db).byIds(staffIds);
  named.forEach((staff, i) => {
    if (!staff || staff.centreId !== centre.id) throw new DomainError("STAFF_NOT_FOUND", `工作人员 ${staffIds[i]} 不是本中心登记的人员`, "staffIds");
    if (!isCertifiedOn(staff, today)) throw new DomainError("STAFF_NOT_CERTIFIED", `工作人员 ${staff.name} 的上岗证不在有效期内`, "staffIds");
  });
  const current = (await ctx.staffAtWindow.load(window.id)).filter((s) => isCertifiedOn(s, today));
  if (current.length + named.length === 0) {
    throw new DomainError("NO_CERTIFIED_STAFF", `${window.name}没有持有效上岗证的工作人员,不能进驻事项`, "staffIds");
  }

  return ctx.db.transaction(async (tx) => {
    if (staffIds.length > 0) {
      await tx.insert(windowStaff).values(staffIds.map((staffId) => ({ windowId: window.id, staffId }))).onConflictDoNothing();
    }
    const values = {
      centreId: centre.id,
      windowId: window.id,
      itemCode: item.code,
      departmentId: item.departmentId,
      authority: input.authority,
      appointment: input.appointmentAvailable ?? true,
    };
    const [row] = await tx
      .insert(stationings)
      .values(values)
      .onConflictDoUpdate({ target: [stationings.windowId, stationings.itemCode], set: { authority: values.authority, appointment: values.appointment } })
      .returning();
    return { stationing: row! };
  });
}
