import type { Db } from "@wuxi/db";
import type { CaseRecord } from "../cases/case-repository.ts";
import { notifications } from "../tables.ts";
import { OUTBOX } from "./adapters.ts";
import { APPLICANT_MESSAGES } from "./messages.ts";

/**
 * Writes the applicant's notifications for a transition, in the transition's own transaction: one
 * row in the outbox (delivered as written) and one pending row per configured channel.
 */
export async function notifyApplicant(tx: Db, c: CaseRecord, action: string, data: Record<string, unknown>, channels: string[]): Promise<void> {
  const template = APPLICANT_MESSAGES[action];
  if (!template) return;
  const message = template.message(c, data);
  const now = new Date();
  await tx.insert(notifications).values([
    { caseId: c.id, centreId: c.centreId, event: template.event, channel: OUTBOX, recipient: null, message, status: "DELIVERED", deliveredAt: now },
    ...channels.map((channel) => ({
      caseId: c.id,
      centreId: c.centreId,
      event: template.event,
      channel,
      recipient: c.applicantPhone,
      message,
      status: "PENDING",
      // Due at once: the worker takes a null next attempt as "now".
      nextAttemptAt: null,
    })),
  ]);
}
