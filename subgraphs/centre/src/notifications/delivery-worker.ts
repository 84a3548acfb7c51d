import type { Db } from "@wuxi/db";
import { startPeriodic } from "@wuxi/jobs";
import type { Logger } from "@wuxi/service-kit";
import type { NotificationAdapter } from "./adapters.ts";
import { deliverPending } from "./deliver-notifications.ts";

export interface Delivery {
  deliverNow(): Promise<{ delivered: number; failed: number }>;
  stop(): Promise<void>;
}

/**
 * Hands the pending notifications to their adapters every intervalMs. Every replica delivers: each
 * claims its own rows (deliver-notifications.ts), so no message goes out twice.
 */
export function startDelivery(options: { db: Db; logger: Logger; holder: string; adapters: NotificationAdapter[]; intervalMs: number; now?: () => Date; onRun?: (name: string, ms: number, ok: boolean) => void }): Delivery {
  const periodic = startPeriodic({
    db: options.db,
    name: "notification-delivery",
    holder: options.holder,
    exclusive: false,
    intervalMs: options.adapters.length > 0 ? options.intervalMs : 0,
    ttlMs: 0,
    run: () => deliverPending(options.db, options.adapters, options.logger, options.now?.() ?? new Date()),
    onError: (error) => options.logger.warn({ err: error }, "notification delivery failed"),
    onRun: options.onRun,
  });
  return { deliverNow: periodic.runNow, stop: periodic.stop };
}
