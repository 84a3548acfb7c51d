import { DomainError } from "@wuxi/service-kit";
import { and, asc, inArray, or } from "drizzle-orm";
import type { CentreContext } from "../context.ts";
import { onCalendar } from "../cases/case-work.ts";
import { type Light, lightOf, yellowWindow } from "./light.ts";
import { lightCondition, scopeCondition } from "./light-sql.ts";
import { scopeOf } from "./scope.ts";
import { settingsOf } from "./settings.ts";
import { clockWatches } from "./tables.ts";

export type WatchRecord = typeof clockWatches.$inferSelect;
export interface AlertView extends WatchRecord {
  light: Light;
  remainingWorkingDays: number;
  /** The yellow threshold of this clock, so every screen shows the same light for the same reason. */
  yellowWithinDays: number;
}

/**
 * 预警/报警列表: the yellow and red clocks of a centre and the centres below it (or of one department
 * or window there), most urgent first, each with who holds the case now.
 */
export async function listClockAlerts(
  ctx: CentreContext,
  args: { centreId: string; departmentId?: string | null; windowId?: string | null; lights?: Light[] | null; first?: number | null },
): Promise<AlertView[]> {
  const scope = await scopeOf(ctx, args.centreId);
  if (scope.departmentId && args.departmentId && args.departmentId !== scope.departmentId) throw new DomainError("FORBIDDEN", "部门审批人员只能查看本部门的办件");
  const lights = (args.lights?.length ? args.lights : ["YELLOW", "RED"]).filter((l) => l !== "GREEN") as Light[];
  const first = Math.min(Math.max(args.first ?? 100, 1), 1000);
  return onCalendar(async () => {
    const calendar = await ctx.calendar.calendar();
    const today = ctx.today();
    const settings = await settingsOf(ctx.db, scope.centreIds);
    const rows = await ctx.db
      .select()
      .from(clockWatches)
      .where(and(scopeCondition(scope.centreIds, scope.departmentId ?? args.departmentId ?? null, args.windowId), or(...lights.map((l) => lightCondition(l, today, [...settings.values()], calendar)))))
      .orderBy(asc(clockWatches.dueOn), asc(clockWatches.caseId))
      .limit(first);
    return rows.map((r) => ({ ...r, ...lightOf(r, today, settings.get(r.centreId)!, calendar), yellowWithinDays: yellowWindow(r.limitDays, settings.get(r.centreId)!) }));
  });
}

/**
 * The running clocks of each case, with their lights (green ones too), for `Case.clocks`: one query
 * per batch of cases. Whoever may read the case may read its clocks.
 */
export async function clocksOfCases(ctx: CentreContext, caseIds: readonly string[]): Promise<AlertView[][]> {
  const rows = await ctx.db.select().from(clockWatches).where(inArray(clockWatches.caseId, [...caseIds])).orderBy(asc(clockWatches.dueOn));
  if (rows.length === 0) return caseIds.map(() => []);
  return onCalendar(async () => {
    const calendar = await ctx.calendar.calendar();
    const today = ctx.today();
    const settings = await settingsOf(ctx.db, [...new Set(rows.map((r) => r.centreId))]);
    const views = rows.map((r) => ({ ...r, ...lightOf(r, today, settings.get(r.centreId)!, calendar), yellowWithinDays: yellowWindow(r.limitDays, settings.get(r.centreId)!) }));
    return caseIds.map((id) => views.filter((v) => v.caseId === id));
  });
}
