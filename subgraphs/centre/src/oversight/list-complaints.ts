import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type { CentreContext } from "../context.ts";
import { onCalendar } from "../cases/case-work.ts";
import { complaintView, type ComplaintView } from "./complaint-repository.ts";
import { scopeOf } from "./scope.ts";
import { settingsOf } from "./settings.ts";
import { complaints } from "./tables.ts";

/** The complaints of a centre and the centres below it, soonest due first, each with its light. */
export async function listComplaints(ctx: CentreContext, args: { centreId: string; state?: string | null; first?: number | null }): Promise<ComplaintView[]> {
  const scope = await scopeOf(ctx, args.centreId);
  return onCalendar(async () => {
    const calendar = await ctx.calendar.calendar();
    const settings = await settingsOf(ctx.db, scope.centreIds);
    const rows = await ctx.db
      .select()
      .from(complaints)
      .where(and(inArray(complaints.centreId, scope.centreIds), args.state ? eq(complaints.state, args.state) : undefined, scope.departmentId ? eq(complaints.departmentId, scope.departmentId) : undefined))
      .orderBy(asc(complaints.dueOn), desc(complaints.receivedOn), asc(complaints.id))
      .limit(Math.min(Math.max(args.first ?? 100, 1), 1000));
    const today = ctx.today();
    return rows.map((r) => complaintView(r, today, settings.get(r.centreId)!, calendar));
  });
}
