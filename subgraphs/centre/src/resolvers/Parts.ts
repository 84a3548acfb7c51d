import { DomainError, payload } from "@wuxi/service-kit";
import type { HoldingWindowResolvers, CasePartResolvers, MutationResolvers, QueryResolvers, StaffReminderResolvers } from "../generated/graphql.ts";
import { chasePart } from "../cases/chase-part.ts";
import { concludeJointCase } from "../cases/conclude-joint-case.ts";
import { decidePart } from "../cases/decide-part.ts";
import { departmentQueue } from "../cases/department-queue.ts";
import { forwardCase } from "../cases/forward-case.ts";
import { handOverCase } from "../cases/hand-over-case.ts";
import { partClock } from "../cases/case-parts.ts";
import { remindersFor } from "../reminders/reminder-repository.ts";

const none = { case: null, notice: null };

export const CasePart: CasePartResolvers = {
  kind: (p) => p.kind as never,
  state: (p) => p.state as never,
  centre: async (p, _a, { centreById }) => (await centreById.load(p.centreId))!,
  window: async (p, _a, { windowById }) => (p.windowId ? ((await windowById.load(p.windowId)) ?? null) : null),
  department: (p, _a, { departments }) => {
    const department = departments.find((d) => d.id === p.departmentId);
    if (!department) throw new DomainError("DEPARTMENT_NOT_FOUND", `部门 ${p.departmentId} 不存在`);
    return department;
  },
  clock: async (p, _a, { caseById, suspensionsOf, calendar }) => {
    const [c, suspensions] = await Promise.all([caseById.load(p.caseId), suspensionsOf.load(p.caseId)]);
    const clock = partClock(p, c!, suspensions, await calendar.calendar());
    return {
      deadline: clock.deadline,
      limitDays: p.limitDays,
      statutoryDays: c!.statutoryDays,
      extensionDays: p.kind === "REVIEW" ? 0 : c!.extensionDays,
      suspended: async () => p.state === "SUSPENDED",
      computed: async () => clock,
    };
  },
  decision: (p) => (p.decision as never) ?? null,
};

export const HoldingWindow: HoldingWindowResolvers = {
  centre: async (h, _a, { centreById }) => (await centreById.load(h.centreId))!,
  window: async (h, _a, { windowById }) => (await windowById.load(h.windowId))!,
};

export const StaffReminder: StaffReminderResolvers = {
  id: (r) => String(r.id),
  kind: (r) => r.kind as never,
  case: async (r, _a, { caseById }) => (await caseById.load(r.caseId))!,
  part: async (r, _a, { partsOf }) => (r.partKey ? ((await partsOf.load(r.caseId)).find((p) => p.id === r.partKey) ?? null) : null),
};

export const partQueries: QueryResolvers = {
  myReminders: (_p, { first }, ctx) => remindersFor(ctx.db, ctx.actor, Math.min(Math.max(first ?? 50, 1), 500)),
  departmentQueue: (_p, { first }, ctx) => departmentQueue(ctx, first),
};

export const partMutations: MutationResolvers = {
  forwardCase: (_p, { caseId, input }, ctx) => payload(() => forwardCase(ctx, caseId, input).then((r) => ({ ...r, notice: null })), none),
  decidePart: (_p, { partId, input }, ctx) => payload(() => decidePart(ctx, partId, input), none),
  concludeJointCase: (_p, { caseId, licence }, ctx) => payload(() => concludeJointCase(ctx, caseId, licence).then((r) => ({ ...r, notice: null })), none),
  handOverCase: (_p, { caseId }, ctx) => payload(() => handOverCase(ctx, caseId).then((r) => ({ ...r, notice: null })), none),
  chasePart: (_p, { partId, message }, ctx) => payload(() => chasePart(ctx, partId, message).then((r) => ({ ...r, notice: null })), none),
};
