import { maskPhone, maskResidentId } from "@wuxi/validators";
import type { CaseClockResolvers, CaseEventResolvers, CaseResolvers, NoticeResolvers, NotificationResolvers, SuspensionResolvers } from "../generated/graphql.ts";
import { caseClockOf, holdingWindowId } from "../cases/case-parts.ts";
import { once } from "../cases/case-clock.ts";
import { NOTICE_TITLES, type NoticeKind } from "../cases/notices.ts";
import { noticeDocument, noticeUrl } from "../documents/notice-documents.ts";
import { needsPersonalData } from "../cases/visibility.ts";
import { itemReference } from "../stationing/item-reference.ts";
import { recordIfRead } from "../privacy/record-if-read.ts";

export const Case: CaseResolvers = {
  queryCode: (c, _a, { actor }) => (actor.centreId === c.centreId || actor.id === c.agentId ? c.queryCode : null),
  centre: async (c, _a, { centreById }) => (await centreById.load(c.centreId))!,
  window: async (c, _a, { windowById }) => (await windowById.load(c.windowId))!,
  item: (c, _a, { departments }) => itemReference(departments, c.itemCode),
  itemVersion: async (c, _a, { versionOf }) => (await versionOf.load(`${c.itemCode}@${c.itemVersion}`))!,
  handling: (c) => c.handling as never,
  state: (c) => c.state as never,
  applicant: async (c, _a, ctx, info) => {
    const { actor, partsOf } = ctx;
    const full = needsPersonalData(actor, c, await partsOf.load(c.id));
    if (full) await recordIfRead(ctx.db, actor, c, info);
    const identifier = full || c.applicantKind === "ORGANISATION" ? c.applicantIdentifier : maskResidentId(c.applicantIdentifier);
    return {
      kind: c.applicantKind as never,
      name: c.applicantName,
      identifier,
      phone: full ? c.applicantPhone : maskPhone(c.applicantPhone),
      contactName: c.applicantContact,
    };
  },
  clock: (c, _a, { suspensionsOf, partsOf, calendar }) => ({
    deadline: c.deadline,
    limitDays: c.limitDays,
    statutoryDays: c.statutoryDays,
    extensionDays: c.extensionDays,
    suspended: once(async () => c.state === "SUSPENDED" || (await partsOf.load(c.id)).some((p) => p.state === "SUSPENDED")),
    computed: once(async () => {
      const [suspensions, parts] = await Promise.all([suspensionsOf.load(c.id), partsOf.load(c.id)]);
      return caseClockOf(c, parts, suspensions, await calendar.calendar());
    }),
  }),
  parts: (c, _a, { partsOf }) => partsOf.load(c.id),
  holder: async (c, _a, { partsOf, windowById }) => {
    const windowId = holdingWindowId(c, await partsOf.load(c.id));
    return { centreId: (await windowById.load(windowId))!.centreId, windowId };
  },
  materials: (c) => c.materials as never,
  suspensions: (c, _a, { suspensionsOf }) => suspensionsOf.load(c.id),
  decision: (c) => (c.decision as never) ?? null,
  licence: (c) => c.licence ?? null,
  history: (c, _a, { eventsOf }) => eventsOf.load(c.id),
  notices: (c, _a, { noticesOf }) => noticesOf.load(c.id),
  notifications: (c, _a, { notificationsOf }) => notificationsOf.load(c.id),
};

export const CaseClock: CaseClockResolvers = {
  suspended: (v) => v.suspended(),
  pausedWorkingDays: async (v) => (await v.computed()).pausedWorkingDays,
  steps: async (v) => (await v.computed()).steps,
  provisional: async (v) => (await v.computed()).provisionalYears.length > 0,
  provisionalYears: async (v) => (await v.computed()).provisionalYears,
};

export const Notification: NotificationResolvers = {
  createdAt: (n) => n.createdAt.toISOString(),
  deliveredAt: (n) => n.deliveredAt?.toISOString() ?? null,
};

export const CaseEvent: CaseEventResolvers = {
  at: (e) => e.at.toISOString(),
  fromState: (e) => (e.fromState as never) ?? null,
  toState: (e) => e.toState as never,
};

export const Suspension: SuspensionResolvers = {
  procedure: (s) => s.procedure as never,
  from: (s) => s.fromDate,
  to: (s) => s.toDate,
};

export const Notice: NoticeResolvers = {
  kind: (n) => n.kind as never,
  title: (n) => NOTICE_TITLES[n.kind as NoticeKind],
  paragraphs: (n) => {
    const { paragraphs = [], closing = [] } = n.content as { paragraphs?: string[]; closing?: string[] };
    return [...paragraphs, ...closing];
  },
  lists: (n) => (n.content as { lists?: { heading: string; items: string[] }[] }).lists ?? [],
  // The stored PDF, rendered once when issued; kept for callers of the earlier API. Prefer `url`.
  pdfBase64: async (n, _a, { db, storage }) => (await noticeDocument(db, storage, n)).toString("base64"),
  url: (n, _a, { documentSecret }) => noticeUrl(n, documentSecret),
};
