import type { Db } from "@wuxi/db";
import type { Actor } from "@wuxi/identity";
import { caseEvents } from "../tables.ts";

/** Writes one transition of a case, in the caller's transaction (the same as the change itself). */
export async function recordTransition(
  tx: Db,
  event: {
    caseId: string;
    centreId: string;
    on: string;
    actor: Actor;
    action: string;
    from: string | null;
    to: string;
    reason?: string | null;
    data?: Record<string, unknown>;
  },
): Promise<void> {
  await tx.insert(caseEvents).values({
    caseId: event.caseId,
    centreId: event.centreId,
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
}
