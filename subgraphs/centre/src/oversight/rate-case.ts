import { timingSafeEqual } from "node:crypto";
import { DomainError } from "@wuxi/service-kit";
import { eq } from "drizzle-orm";
import type { CentreContext } from "../context.ts";
import { CaseRepository } from "../cases/case-repository.ts";
import { onCalendar } from "../cases/case-work.ts";
import { ratingView, type RatingView, UNSATISFIED_LEVELS } from "./rating-repository.ts";
import { RATING_LEVELS, type RatingLevel } from "./scoring.ts";
import { settingsOf } from "./settings.ts";
import { bumpStats, type StatCounter } from "./stats.ts";
import { ratings } from "./tables.ts";

/** The states after which a case may be rated: it has been concluded, either way. */
const RATEABLE = ["CONCLUDED", "REFUSED", "NOT_ACCEPTED"];

function sameCode(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * 好差评: the applicant rates a concluded case, by its number and the query code on the receipt
 * (public, like the status lookup: a wrong code looks like an unknown case). Once per case. An
 * unsatisfied rating opens a follow-up due within the centre's rectification days.
 */
export async function rateCase(ctx: CentreContext, input: { caseNumber: string; queryCode: string; level: RatingLevel; comment?: string | null }): Promise<{ rating: RatingView }> {
  const comment = input.comment?.trim() || null;
  if (comment && comment.length > 500) throw new DomainError("COMMENT_TOO_LONG", "评价内容不能超过500字", "comment");
  const c = input.caseNumber.length <= 40 ? await new CaseRepository(ctx.db).byNumber(input.caseNumber.trim()) : undefined;
  if (!c || !sameCode(c.queryCode, input.queryCode.trim())) throw new DomainError("CASE_NOT_FOUND", "办件编号或查询码不正确", "caseNumber");
  if (!RATEABLE.includes(c.state)) throw new DomainError("NOT_CONCLUDED", "办件办结后方可评价", "caseNumber");
  return onCalendar(async () => {
    const calendar = await ctx.calendar.calendar();
    const settings = (await settingsOf(ctx.db, [c.centreId])).get(c.centreId)!;
    const today = ctx.today();
    const unsatisfied = UNSATISFIED_LEVELS.includes(input.level);
    const row = await ctx.db.transaction(async (tx) => {
      const [existing] = await tx.select({ id: ratings.id }).from(ratings).where(eq(ratings.caseId, c.id));
      if (existing) throw new DomainError("ALREADY_RATED", "该办件已评价,每件只能评价一次", "caseNumber");
      const [row] = await tx
        .insert(ratings)
        .values({
          caseId: c.id,
          centreId: c.centreId,
          departmentId: c.departmentId,
          windowId: c.windowId,
          level: input.level,
          comment,
          ratedOn: today,
          rectifyDue: unsatisfied ? calendar.addWorkingDays(today, settings.rectifyDays) : null,
          rectifyDays: unsatisfied ? settings.rectifyDays : null,
        })
        .returning();
      const counter = `rated${RATING_LEVELS.indexOf(input.level) + 1}` as StatCounter;
      await bumpStats(tx, { on: today, centreId: c.centreId, departmentId: c.departmentId, windowId: c.windowId, handling: c.handling }, { [counter]: 1 });
      return row!;
    });
    return { rating: ratingView(row, today, settings, calendar) };
  });
}
