import { payload } from "@wuxi/service-kit";
import DataLoader from "dataloader";
import type { BulletinResolvers, CaseResolvers, ClockAlertResolvers, ComplaintResolvers, MutationResolvers, QueryResolvers, RatingResolvers, StandardAssessmentResolvers, ViolationResolvers } from "../generated/graphql.ts";
import type { CentreContext } from "../context.ts";
import { inArray } from "drizzle-orm";
import type { CaseRecord } from "../cases/case-repository.ts";
import { cases } from "../tables.ts";
import { assessTownshipCentre, listAssessments, STANDARD_CRITERIA } from "../oversight/assess-township-centre.ts";
import { compileBulletin } from "../oversight/compile-bulletin.ts";
import { countLights } from "../oversight/count-lights.ts";
import { exportBulletin } from "../oversight/export-bulletin.ts";
import { printedLines } from "../oversight/printed-lines.ts";
import { fileComplaint } from "../oversight/file-complaint.ts";
import { followUpRating } from "../oversight/follow-up-rating.ts";
import { assignComplaint, closeComplaint, replyToComplaint } from "../oversight/handle-complaint.ts";
import { type AlertView, clocksOfCases, listClockAlerts } from "../oversight/list-clock-alerts.ts";
import { listComplaints } from "../oversight/list-complaints.ts";
import { listRatings } from "../oversight/list-ratings.ts";
import { listViolations } from "../oversight/list-violations.ts";
import { rank } from "../oversight/rank.ts";
import { rateCase } from "../oversight/rate-case.ts";
import { scopeOf } from "../oversight/scope.ts";
import { setOversightSettings } from "../oversight/set-oversight-settings.ts";
import { settingsOf } from "../oversight/settings.ts";

export const Bulletin: BulletinResolvers = {
  asOf: (b) => b.asOf?.toISOString() ?? null,
};

/** Cases referenced by oversight rows, batched per request (the loader lives and dies with the context). */
const caseLoaders = new WeakMap<CentreContext, DataLoader<string, CaseRecord | undefined>>();
function caseById(ctx: CentreContext, id: string | null): Promise<CaseRecord | null> {
  if (!id) return Promise.resolve(null);
  let loader = caseLoaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const rows = await ctx.db.select().from(cases).where(inArray(cases.id, [...ids]));
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id));
    });
    caseLoaders.set(ctx, loader);
  }
  return loader.load(id).then((c) => c ?? null);
}

const clockLoaders = new WeakMap<CentreContext, DataLoader<string, AlertView[]>>();

/** Oversight's field on Case, merged into the Case resolvers. */
export const caseClocks: Pick<CaseResolvers, "clocks"> = {
  clocks: (c, _a, ctx) => {
    let loader = clockLoaders.get(ctx);
    if (!loader) clockLoaders.set(ctx, (loader = new DataLoader((ids) => clocksOfCases(ctx, ids))));
    return loader.load(c.id);
  },
};

export const oversightQueries: QueryResolvers = {
  clockAlerts: (_p, args, ctx) => listClockAlerts(ctx, args),
  lightCounts: (_p, { centreId, departmentId, windowId }, ctx) => countLights(ctx, centreId, { departmentId, windowId }),
  oversightSettings: async (_p, { centreId }, ctx) => {
    await scopeOf(ctx, centreId);
    return (await settingsOf(ctx.db, [centreId])).get(centreId)!;
  },
  violations: (_p, args, ctx) => listViolations(ctx, args),
  complaints: (_p, args, ctx) => listComplaints(ctx, args),
  ratings: (_p, args, ctx) => listRatings(ctx, args),
  bulletin: async (_p, { centreId, period, by }, ctx) => {
    const b = await compileBulletin(ctx, centreId, period, by);
    return { ...b, lines: printedLines(b) } as never;
  },
  ranking: (_p, { centreId, period, by }, ctx) => rank(ctx, centreId, period, by) as never,
  bulletinExport: (_p, { centreId, period, by, format }, ctx) => exportBulletin(ctx, centreId, period, by, format),
  standardAssessments: (_p, { centreId }, ctx) => listAssessments(ctx, centreId),
};

const noComplaint = { complaint: null };
const noRating = { rating: null };

export const oversightMutations: MutationResolvers = {
  setOversightSettings: (_p, { centreId, input }, ctx) => payload(() => setOversightSettings(ctx, centreId, input), { settings: null }),
  fileComplaint: (_p, { input }, ctx) => payload(() => fileComplaint(ctx, input), noComplaint),
  assignComplaint: (_p, { complaintId, assignee, handlingDays }, ctx) => payload(() => assignComplaint(ctx, complaintId, assignee, handlingDays), noComplaint),
  replyToComplaint: (_p, { complaintId, reply }, ctx) => payload(() => replyToComplaint(ctx, complaintId, reply), noComplaint),
  closeComplaint: (_p, { complaintId, feedback, note }, ctx) => payload(() => closeComplaint(ctx, complaintId, feedback, note), noComplaint),
  rateCase: (_p, args, ctx) => payload(() => rateCase(ctx, args), noRating),
  followUpRating: (_p, { ratingId, followUp, rectified }, ctx) => payload(() => followUpRating(ctx, ratingId, followUp, rectified), noRating),
  assessTownshipCentre: (_p, { centreId, input }, ctx) => payload(() => assessTownshipCentre(ctx, centreId, input), { assessment: null }),
};

export const ClockAlert: ClockAlertResolvers = {
  case: async (a, _x, ctx) => (await caseById(ctx, a.caseId))!,
  kind: (a) => a.kind as never,
  provisional: async (a, _x, { calendar }) => (await calendar.calendar()).isProvisional(Number(a.dueOn.slice(0, 4))),
  centre: async (a, _x, { centreById }) => (await centreById.load(a.centreId))!,
  window: async (a, _x, { windowById }) => (await windowById.load(a.windowId))!,
  holder: (a) => ({ kind: a.holderKind as never, id: a.holderId }),
};

export const Violation: ViolationResolvers = {
  id: (v) => String(v.id),
  centre: async (v, _x, { centreById }) => (await centreById.load(v.centreId))!,
  case: (v, _x, ctx) => caseById(ctx, v.caseId),
  detectedAt: (v) => v.detectedAt.toISOString(),
  evidence: (v) => JSON.stringify(v.evidence),
};

export const Complaint: ComplaintResolvers = {
  centre: async (c, _x, { centreById }) => (await centreById.load(c.centreId))!,
  channel: (c) => c.channel as never,
  against: (c) => c.againstKind as never,
  case: (c, _x, ctx) => caseById(ctx, c.caseId),
  state: (c) => c.state as never,
  feedback: (c) => (c.feedback as never) ?? null,
  // The complainant is personal data: only the supervision point of the complaint's own centre sees it.
  complainantName: (c, _x, { actor }) => (actor.centreId === c.centreId && (actor.role === "SUPERVISOR" || actor.role === "CENTRE_MANAGER") ? c.complainantName : null),
};

export const Rating: RatingResolvers = {
  id: (r) => String(r.id),
  case: (r, _x, ctx) => caseById(ctx, r.caseId),
  centre: async (r, _x, { centreById }) => (await centreById.load(r.centreId))!,
  level: (r) => r.level as never,
};

export const StandardAssessment: StandardAssessmentResolvers = {
  id: (a) => String(a.id),
  centre: async (a, _x, { centreById }) => (await centreById.load(a.centreId))!,
  assessedByCentre: async (a, _x, { centreById }) => (await centreById.load(a.assessedByCentre))!,
  criteria: (a) => Object.entries(a.criteria).map(([code, c]) => ({ code, name: STANDARD_CRITERIA[code] ?? code, met: c.met, evidence: c.evidence })),
  shareMet: (a) => a.shareMet / 10000,
  compliant: (a) => Object.values(a.criteria).every((c) => c.met),
};
