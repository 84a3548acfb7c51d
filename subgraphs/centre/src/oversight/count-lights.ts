import { DomainError } from "@wuxi/service-kit";
import { and, count, gte } from "drizzle-orm";
import type { CentreRecord } from "../centres/centre-repository.ts";
import type { CentreContext } from "../context.ts";
import { onCalendar } from "../cases/case-work.ts";
import { lightCondition, scopeCondition } from "./light-sql.ts";
import { scopeOf } from "./scope.ts";
import { settingsOf } from "./settings.ts";
import { clockWatches } from "./tables.ts";

export interface CentreLightsView {
  centre: CentreRecord;
  yellow: number;
  red: number;
  /** Running clocks whose due date lies in a year counted provisionally (暂定). */
  provisional: number;
}

/**
 * The first day of the first year, from today's on, whose arrangement is not loaded: every due date
 * from then on is provisional (the years before it are loaded, so nothing earlier depends on a guess).
 */
export function provisionalFrom(calendar: { isProvisional(year: number): boolean }, today: string): string {
  let year = Number(today.slice(0, 4));
  while (!calendar.isProvisional(year) && year < 9999) year++;
  return `${year}-01-01`;
}

/** 红黄灯统计: yellow and red counts for every centre of the scope, from the running clocks alone. */
export async function countLights(ctx: CentreContext, centreId: string, filter: { departmentId?: string | null; windowId?: string | null } = {}): Promise<CentreLightsView[]> {
  const scope = await scopeOf(ctx, centreId);
  if (scope.departmentId && filter.departmentId && filter.departmentId !== scope.departmentId) throw new DomainError("FORBIDDEN", "部门审批人员只能查看本部门的办件");
  return onCalendar(async () => {
    const calendar = await ctx.calendar.calendar();
    const today = ctx.today();
    const settings = [...(await settingsOf(ctx.db, scope.centreIds)).values()];
    const counted = async (light: "YELLOW" | "RED") =>
      new Map(
        (
          await ctx.db
            .select({ centreId: clockWatches.centreId, n: count() })
            .from(clockWatches)
            .where(and(scopeCondition(scope.centreIds, scope.departmentId ?? filter.departmentId ?? null, filter.windowId), lightCondition(light, today, settings, calendar)))
            .groupBy(clockWatches.centreId)
        ).map((r) => [r.centreId, Number(r.n)]),
      );
    const [yellow, red] = [await counted("YELLOW"), await counted("RED")];
    const provisional = new Map(
      (
        await ctx.db
          .select({ centreId: clockWatches.centreId, n: count() })
          .from(clockWatches)
          .where(and(scopeCondition(scope.centreIds, scope.departmentId ?? filter.departmentId ?? null, filter.windowId), gte(clockWatches.dueOn, provisionalFrom(calendar, today))))
          .groupBy(clockWatches.centreId)
      ).map((r) => [r.centreId, Number(r.n)]),
    );
    return scope.centres.map((centre) => ({ centre, yellow: yellow.get(centre.id) ?? 0, red: red.get(centre.id) ?? 0, provisional: provisional.get(centre.id) ?? 0 }));
  });
}
