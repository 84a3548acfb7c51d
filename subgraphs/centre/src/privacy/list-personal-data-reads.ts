import { DomainError } from "@wuxi/service-kit";
import { and, desc, eq } from "drizzle-orm";
import type { CentreContext } from "../context.ts";
import { personalDataReads } from "./tables.ts";

export type PersonalDataReadRecord = typeof personalDataReads.$inferSelect;

/** 个人信息查看记录: a centre's supervisors list who read which applicant's data in full, newest first. */
export async function listPersonalDataReads(ctx: CentreContext, centreId: string, first: number): Promise<PersonalDataReadRecord[]> {
  const { actor } = ctx;
  if (actor.role !== "SUPERVISOR" || actor.centreId !== centreId) {
    throw new DomainError("FORBIDDEN", "只有本中心的监督人员可以查看个人信息查看记录");
  }
  const limit = Math.min(Math.max(first, 1), 500);
  return ctx.db
    .select()
    .from(personalDataReads)
    .where(and(eq(personalDataReads.centreId, centreId)))
    .orderBy(desc(personalDataReads.readAt))
    .limit(limit);
}
