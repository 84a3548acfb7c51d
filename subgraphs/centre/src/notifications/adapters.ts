/**
 * A delivery channel besides the centre's own outbox (SMS gateway, mail …). `deliver` throws when
 * the channel did not take the message; the worker then retries later. Nothing else is needed to
 * plug a new gateway in: pass it to the centre's options.
 */
export interface NotificationAdapter {
  channel: string;
  deliver(message: { recipient: string; text: string; caseNumber: string }): Promise<void>;
}

/** The channel every notification goes to: the centre's message box, delivered as it is written. */
export const OUTBOX = "OUTBOX";
