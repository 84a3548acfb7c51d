import { and, desc, eq, inArray } from "drizzle-orm";
import type { CentreContext } from "../context.ts";
import { onCalendar } from "../cases/case-work.ts";
import { ratingView, type RatingView, UNSATISFIED_LEVELS } from "./rating-repository.ts";
import { scopeOf } from "./scope.ts";
import { settingsOf } from "./settings.ts";
import { ratings } from "./tables.ts";

/** The ratings of a centre and the centres below it, newest first; optionally only the unsatisfied ones. */
export async function listRatings(ctx: CentreContext, args: { centreId: string; unsatisfiedOnly?: boolean | null; first?: number | null }): Promise<RatingView[]> {
  const scope = await scopeOf(ctx, args.centreId);
  return onCalendar(async () => {
    const calendar = await ctx.calendar.calendar();
    const settings = await settingsOf(ctx.db, scope.centreIds);
    const rows = await ctx.db
      .select()
      .from(ratings)
      .where(and(inArray(ratings.centreId, scope.centreIds), args.unsatisfiedOnly ? inArray(ratings.level, UNSATISFIED_LEVELS) : undefined, scope.departmentId ? eq(ratings.departmentId, scope.departmentId) : undefined))
      .orderBy(desc(ratings.ratedOn), desc(ratings.id))
      .limit(Math.min(Math.max(args.first ?? 100, 1), 1000));
    const today = ctx.today();
    return rows.map((r) => ratingView(r, today, settings.get(r.centreId)!, calendar));
  });
}
