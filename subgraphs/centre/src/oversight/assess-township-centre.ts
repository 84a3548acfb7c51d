import { DomainError } from "@wuxi/service-kit";
import { desc, eq } from "drizzle-orm";
import type { CentreContext } from "../context.ts";
import { ancestorsOf } from "../guide/ancestors.ts";
import { scopeOf } from "./scope.ts";
import { standardAssessments } from "./tables.ts";

/** The annex's standard (附件): the criteria a township or street centre is assessed against. */
export const STANDARD_CRITERIA: Record<string, string> = {
  OFFICE_AREA: "办公面积不少于80平方米",
  OPEN_WINDOWS: "开放式服务窗口",
  SIGNS: "中心及窗口标识标牌",
  WINDOW_INSTRUCTIONS: "每个窗口公示办事须知",
  NOTICE_BOARD: "设置公开栏",
  COMPLAINT_BOX: "设置投诉箱",
  STAFF_BADGES: "工作人员挂牌上岗",
  FUNDS: "工作经费有保障",
  LEADING_GROUP: "成立领导小组",
  DIRECTOR_RANK: "中心主任由副科级以上干部担任",
  RULES_IN_FORCE: "政务公开、首问负责、一次性告知、全程代办、限时办结、责任追究等制度上墙并执行",
  STAFF_TRAINED: "工作人员经《行政许可法》培训",
};

export const MIN_OFFICE_AREA_M2 = 80;

export type AssessmentRecord = typeof standardAssessments.$inferSelect;

export interface AssessmentInput {
  assessedOn: string;
  officeAreaM2: number;
  criteria: { code: string; met: boolean; evidence?: string | null }[];
  note?: string | null;
}

/**
 * 建设标准考核: the tier above (a supervisor or manager of the district or the city) records a township
 * centre's standing against every criterion of the annex, with evidence and the date. The office area
 * is measured, and meets the standard at 80 m² or more; every other criterion must be given.
 */
export async function assessTownshipCentre(ctx: CentreContext, centreId: string, input: AssessmentInput): Promise<{ assessment: AssessmentRecord }> {
  const centre = await ctx.centreById.load(centreId);
  if (!centre) throw new DomainError("CENTRE_NOT_FOUND", `中心 ${centreId} 不存在`, "centreId");
  if (centre.tier !== "TOWNSHIP") throw new DomainError("NOT_A_TOWNSHIP", "建设标准考核只适用于乡镇(街道)中心", "centreId");
  const { actor } = ctx;
  const above = (await ancestorsOf(ctx, centre)).map((c) => c.id);
  if ((actor.role !== "SUPERVISOR" && actor.role !== "CENTRE_MANAGER") || !actor.centreId || !above.includes(actor.centreId)) {
    throw new DomainError("FORBIDDEN", "乡镇中心的建设标准由上级中心考核");
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.assessedOn) || input.assessedOn > ctx.today()) throw new DomainError("INVALID_DATE", "考核日期格式应为 YYYY-MM-DD,且不晚于今天", "assessedOn");
  if (!Number.isInteger(input.officeAreaM2) || input.officeAreaM2 < 0) throw new DomainError("INVALID_AREA", "办公面积应为非负整数(平方米)", "officeAreaM2");
  const given = new Map<string, { met: boolean; evidence: string | null }>();
  input.criteria.forEach((c, i) => {
    if (!STANDARD_CRITERIA[c.code] || c.code === "OFFICE_AREA") throw new DomainError("UNKNOWN_CRITERION", `未知的考核项 ${c.code}`, `criteria.${i}.code`);
    if (given.has(c.code)) throw new DomainError("DUPLICATE_CRITERION", `考核项 ${c.code} 重复`, `criteria.${i}.code`);
    if (c.met && !c.evidence?.trim()) throw new DomainError("EVIDENCE_REQUIRED", `达标的考核项须附证据:${STANDARD_CRITERIA[c.code]}`, `criteria.${i}.evidence`);
    given.set(c.code, { met: c.met, evidence: c.evidence?.trim() || null });
  });
  const missing = Object.keys(STANDARD_CRITERIA).filter((k) => k !== "OFFICE_AREA" && !given.has(k));
  if (missing.length) throw new DomainError("CRITERIA_MISSING", `缺少考核项:${missing.map((k) => STANDARD_CRITERIA[k]).join("、")}`, "criteria");
  const criteria = { OFFICE_AREA: { met: input.officeAreaM2 >= MIN_OFFICE_AREA_M2, evidence: `${input.officeAreaM2} m²` }, ...Object.fromEntries(given) };
  const met = Object.values(criteria).filter((c) => c.met).length;
  const [row] = await ctx.db
    .insert(standardAssessments)
    .values({
      centreId,
      assessedByCentre: actor.centreId,
      assessedBy: actor.id,
      assessedOn: input.assessedOn,
      officeAreaM2: input.officeAreaM2,
      criteria,
      shareMet: Math.round((met / Object.keys(criteria).length) * 10000),
      note: input.note?.trim() || null,
    })
    .returning();
  return { assessment: row! };
}

/** A township centre's assessments, newest first: visible to the centre itself and the tiers above. */
export async function listAssessments(ctx: CentreContext, centreId: string): Promise<AssessmentRecord[]> {
  await scopeOf(ctx, centreId);
  return ctx.db.select().from(standardAssessments).where(eq(standardAssessments.centreId, centreId)).orderBy(desc(standardAssessments.assessedOn), desc(standardAssessments.id));
}
