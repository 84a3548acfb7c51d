import { parseYearCalendar, type YearCalendar } from "@wuxi/calendar";
import { DomainError, ValidationFailed } from "@wuxi/service-kit";
import { recomputeDeadlines, type Recomputation } from "../calendar/recompute-deadlines.ts";
import type { CentreContext } from "../context.ts";

/**
 * 载入节假日安排: the State Council publishes each year's holidays and make-up working days; a city
 * centre manager loads them (a JSON document) so that every clock counts the new year right. Until
 * then the year was counted provisionally (the 放假办法's statutory days); loading it recomputes
 * every open clock that runs into it (`recomputeDeadlines`), in batches, before answering.
 */
export async function loadHolidayYear(ctx: CentreContext, document: string): Promise<YearCalendar & { recomputation: Recomputation }> {
  const { actor } = ctx;
  const centre = actor.centreId ? await ctx.centreById.load(actor.centreId) : undefined;
  if (actor.role !== "CENTRE_MANAGER" || centre?.tier !== "CITY") {
    throw new DomainError("FORBIDDEN", "节假日安排由市级行政服务中心管理员载入");
  }
  let json: unknown;
  try {
    json = JSON.parse(document);
  } catch {
    throw new DomainError("INVALID_JSON", "节假日安排须为有效的 JSON", "document");
  }
  let year: YearCalendar;
  try {
    year = parseYearCalendar(json);
  } catch (error) {
    const issues = (error as { issues?: { path: string; message: string }[] }).issues;
    if (!issues) throw error;
    throw new ValidationFailed(issues.map((i) => ({ code: "INVALID_CALENDAR", message: i.message, field: i.path })));
  }
  await ctx.calendar.load(year, actor.id);
  const recomputation = await recomputeDeadlines(ctx, year.year, actor, await ctx.calendar.calendar());
  return { ...year, recomputation };
}
