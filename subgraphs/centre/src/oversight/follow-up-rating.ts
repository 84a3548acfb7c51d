import { DomainError } from "@wuxi/service-kit";
import { eq } from "drizzle-orm";
import type { CentreContext } from "../context.ts";
import { onCalendar } from "../cases/case-work.ts";
import { ratingView, type RatingView, UNSATISFIED_LEVELS } from "./rating-repository.ts";
import { overseesCentre } from "./scope.ts";
import { settingsOf } from "./settings.ts";
import { ratings } from "./tables.ts";

/** 差评回访整改: the supervision point records the follow-up of an unsatisfied rating, and its rectification. */
export async function followUpRating(ctx: CentreContext, ratingId: string, followUp: string, rectified: boolean): Promise<{ rating: RatingView }> {
  const id = Number(ratingId);
  const [current] = Number.isInteger(id) ? await ctx.db.select().from(ratings).where(eq(ratings.id, id)) : [];
  if (!current) throw new DomainError("RATING_NOT_FOUND", `评价 ${ratingId} 不存在`, "ratingId");
  if (!overseesCentre(ctx, await ctx.centres.list({}), current.centreId)) throw new DomainError("FORBIDDEN", "只有本中心(或上级中心)的监察人员、管理员可以回访整改");
  if (!UNSATISFIED_LEVELS.includes(current.level)) throw new DomainError("NOT_UNSATISFIED", "只有差评需要回访整改", "ratingId");
  if (current.rectifiedOn) throw new DomainError("ALREADY_RECTIFIED", "该差评已整改完毕", "ratingId");
  if (!followUp.trim()) throw new DomainError("FOLLOW_UP_REQUIRED", "请填写回访整改情况", "followUp");
  return onCalendar(async () => {
    const calendar = await ctx.calendar.calendar();
    const settings = (await settingsOf(ctx.db, [current.centreId])).get(current.centreId)!;
    const today = ctx.today();
    const [row] = await ctx.db
      .update(ratings)
      .set({ followUp: followUp.trim(), followedBy: ctx.actor.id, rectifiedOn: rectified ? today : null })
      .where(eq(ratings.id, id))
      .returning();
    return { rating: ratingView(row!, today, settings, calendar) };
  });
}
