import { DomainError, payload } from "@wuxi/service-kit";
import type { HolidayYearResolvers, MutationResolvers, QueryResolvers } from "../generated/graphql.ts";
import { CaseRepository } from "../cases/case-repository.ts";
import { decideCase } from "../cases/decide-case.ts";
import { extendDeadline } from "../cases/extend-deadline.ts";
import { intakeCase } from "../cases/intake-case.ts";
import { issueLicence } from "../cases/issue-licence.ts";
import { loadHolidayYear } from "../cases/load-holiday-year.ts";
import { nextYearReminder } from "../calendar/remind-next-year.ts";
import { lookUpStatus } from "../cases/look-up-status.ts";
import { refuseToAccept } from "../cases/refuse-to-accept.ts";
import { resumeClock } from "../cases/resume-clock.ts";
import { reviewMaterials } from "../cases/review-materials.ts";
import { supplementMaterials } from "../cases/supplement-materials.ts";
import { suspendClock } from "../cases/suspend-clock.ts";
import { OPEN_STATES } from "../cases/guards.ts";
import { canSee } from "../cases/visibility.ts";

const none = { case: null, notice: null };

export const caseQueries: QueryResolvers = {
  case: async (_p, { id }, ctx) => {
    const c = await new CaseRepository(ctx.db).byId(id);
    return c && (await canSee(ctx, c)) ? c : null;
  },
  windowQueue: async (_p, { windowId, first }, ctx) => {
    const window = await ctx.windowById.load(windowId);
    const { actor } = ctx;
    const allowed =
      (actor.role === "WINDOW_CLERK" && actor.windowId === windowId) ||
      (actor.role === "CENTRE_MANAGER" && actor.centreId === window?.centreId);
    if (!window || !allowed) throw new DomainError("FORBIDDEN", "只能查看本人窗口(或本中心)的待办队列");
    return new CaseRepository(ctx.db).queue(windowId, Math.min(Math.max(first ?? 50, 1), 500));
  },
  caseStatus: (_p, { caseNumber, queryCode }, ctx) => lookUpStatus(ctx, caseNumber, queryCode),
  holidayYear: (_p, { year }, { calendar }) => calendar.year(year).then((y) => y ?? null),
  nextHolidayYearReminder: (_p, _a, ctx) => nextYearReminder(ctx),
};

export const HolidayYear: HolidayYearResolvers = {
  holidays: (y) => y.holidays.map((d) => `${d.date} ${d.name}`),
  makeUpWorkdays: (y) => y.makeUpWorkdays.map((d) => `${d.date} ${d.name}`),
  recomputation: (y) => ("recomputation" in y ? (y.recomputation as never) : null),
};

export const caseMutations: MutationResolvers = {
  intakeCase: (_p, { input }, ctx) => payload(() => intakeCase(ctx, input as never), none),
  reviewMaterials: (_p, { caseId, materials }, ctx) => payload(() => reviewMaterials(ctx, caseId, materials as never), none),
  supplementMaterials: (_p, { caseId, materials }, ctx) => payload(() => supplementMaterials(ctx, caseId, materials as never), none),
  refuseToAccept: (_p, { caseId, input }, ctx) => payload(() => refuseToAccept(ctx, caseId, input), none),
  suspendClock: (_p, { caseId, input }, ctx) => payload(() => suspendClock(ctx, caseId, input), none),
  resumeClock: (_p, { caseId, partId }, ctx) => payload(() => resumeClock(ctx, caseId, partId).then((r) => ({ ...r, notice: null })), none),
  extendDeadline: (_p, { caseId, input }, ctx) => payload(() => extendDeadline(ctx, caseId, input), none),
  decideCase: (_p, { caseId, input }, ctx) => payload(() => decideCase(ctx, caseId, input), none),
  issueLicence: (_p, { caseId, input }, ctx) => payload(() => issueLicence(ctx, caseId, input ?? {}).then((r) => ({ ...r, notice: null })), none),
  loadHolidayYear: (_p, { document }, ctx) => loadHolidayYear(ctx, document),
};
