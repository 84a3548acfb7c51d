import type { HolidayCalendar } from "@wuxi/calendar";
import type { Db } from "@wuxi/db";
import type { Actor } from "@wuxi/identity";
import { notifyApplicant } from "../notifications/notify-applicant.ts";
import { maintainOversight } from "../oversight/maintain.ts";
import { caseEvents } from "../tables.ts";
import type { CaseRecord } from "./case-repository.ts";

/** One transition of a case: the case after it, who made it, from which state to which. */
export interface Transition {
  c: CaseRecord;
  on: string;
  actor: Actor;
  action: string;
  from: string | null;
  to: string;
  reason?: string | null;
  data?: Record<string, unknown>;
}

/**
 * Writes one transition of a case, and the applicant's notifications of it, in the caller's
 * transaction (the same as the change itself): no event without its history, no lost message.
 * Oversight's running clocks and roll-ups are kept here too, so they never drift from the cases.
 */
export async function recordTransition(
  tx: Db,
  event: Transition,
  channels: string[],
  calendar: HolidayCalendar,
): Promise<void> {
  await tx.insert(caseEvents).values({
    caseId: event.c.id,
    centreId: event.c.centreId,
    on: event.on,
    actorId: event.actor.id,
    actorRole: event.actor.role,
    windowId: event.actor.windowId ?? null,
    action: event.action,
    fromState: event.from,
    toState: event.to,
    reason: event.reason ?? null,
    data: event.data ?? null,
  });
  await notifyApplicant(tx, event.c, event.action, event.data ?? {}, channels);
  await maintainOversight(tx, event, calendar);
}
