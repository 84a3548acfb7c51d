import { DomainError } from "@wuxi/service-kit";
import { desc, eq, type SQL } from "drizzle-orm";
import type { CentreContext } from "../context.ts";
import { CaseRepository, type CaseRecord } from "../cases/case-repository.ts";
import { canSee } from "../cases/visibility.ts";
import { cases } from "../tables.ts";

/** Who may search cases: the staff who handle or watch them (not the public, not the charge window). */
const SEARCHERS = new Set(["WINDOW_CLERK", "DEPARTMENT_APPROVER", "CENTRE_MANAGER", "SUPERVISOR", "SYSTEM"]);
const CASE_NUMBER = /^\d{6}(-\d{3})?-\d{4}-\d{6}$/;
const MOBILE = /^1\d{10}$/;
/** Candidates read before the visibility check; more matches than this for one name are refined by phone. */
const CANDIDATES = 200;

/** 按办件编号打开办件: a case by the number printed on its notices, if the caller may see it. */
export async function caseByNumber(ctx: CentreContext, caseNumber: string): Promise<CaseRecord | null> {
  const c = CASE_NUMBER.test(caseNumber.trim()) ? await new CaseRepository(ctx.db).byNumber(caseNumber.trim()) : undefined;
  return c && (await canSee(ctx, c)) ? c : null;
}

/**
 * 办件检索: by case number, or the applicant's exact name or mobile number, newest first, only the
 * cases the caller may see (the same rule as opening one). Exact matches only: a search box is not a
 * way to browse the applicants of a centre.
 */
export async function searchCases(ctx: CentreContext, text: string, first: number): Promise<CaseRecord[]> {
  if (!SEARCHERS.has(ctx.actor.role)) throw new DomainError("FORBIDDEN", "只有窗口、审批、管理和监察人员可以检索办件");
  const q = text.trim();
  if (q.length < 2) throw new DomainError("SEARCH_TOO_SHORT", "请输入办件编号、申请人姓名或手机号码(至少2个字)", "text");
  if (CASE_NUMBER.test(q)) {
    const c = await caseByNumber(ctx, q);
    return c ? [c] : [];
  }
  const match: SQL | undefined = MOBILE.test(q) ? eq(cases.applicantPhone, q) : eq(cases.applicantName, q);
  const rows = await ctx.db
    .select()
    .from(cases)
    .where(match)
    .orderBy(desc(cases.receivedOn), desc(cases.caseNumber))
    .limit(CANDIDATES);
  const visible: CaseRecord[] = [];
  for (const c of rows) {
    if (visible.length >= first) break;
    if (await canSee(ctx, c)) visible.push(c);
  }
  return visible;
}
