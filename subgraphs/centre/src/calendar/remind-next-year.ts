import { count, gte } from "drizzle-orm";
import type { CentreContext } from "../context.ts";
import { clockWatches } from "../oversight/tables.ts";

/** From this day (MM-DD) on, the city centre's managers are reminded to load next year's arrangement. */
export const REMIND_FROM = "11-01";

/**
 * 提示服务 for the city centre's managers: from 1 November, while next year's State Council
 * arrangement is not loaded, every clock running into next year is provisional (counted by the
 * 放假办法's statutory holidays). The notice usually comes out in November; the reminder says how
 * many running clocks wait for it. Computed on each call, so it disappears the moment the year is
 * loaded. Null for anyone but a city centre manager, and outside the season.
 */
export async function nextYearReminder(ctx: CentreContext): Promise<string | null> {
  const { actor } = ctx;
  if (actor.role !== "CENTRE_MANAGER" || !actor.centreId) return null;
  const centre = await ctx.centreById.load(actor.centreId);
  if (centre?.tier !== "CITY") return null;
  const today = ctx.today();
  if (today.slice(5) < REMIND_FROM) return null;
  const next = Number(today.slice(0, 4)) + 1;
  const calendar = await ctx.calendar.calendar();
  if (!calendar.isProvisional(next)) return null;
  const [row] = await ctx.db.select({ n: count() }).from(clockWatches).where(gte(clockWatches.dueOn, `${next}-01-01`));
  const waiting = Number(row?.n ?? 0);
  return `${next}年节假日安排尚未载入:跨入${next}年的期限暂按法定节假日计算(目前${waiting}个在办期限为暂定)。国务院办公厅公布${next}年部分节假日安排后,请及时载入,系统将重新计算全部在办期限并告知申请人。`;
}
