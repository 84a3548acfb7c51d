import type { Db } from "@wuxi/db";
import type { Logger } from "@wuxi/service-kit";
import type { NotificationAdapter } from "./adapters.ts";
import { deliverPending } from "./deliver-notifications.ts";

export interface Delivery {
  deliverNow(): Promise<{ delivered: number; failed: number }>;
  stop(): Promise<void>;
}

/** Polls the pending notifications and hands them to their adapters; one run at a time. */
export function startDelivery(options: { db: Db; logger: Logger; adapters: NotificationAdapter[]; intervalMs: number; now?: () => Date }): Delivery {
  let chain: Promise<unknown> = Promise.resolve();
  const deliverNow = () => {
    const next = chain.then(() => deliverPending(options.db, options.adapters, options.logger, options.now?.() ?? new Date()));
    chain = next.catch(() => {});
    return next;
  };
  const timer = options.adapters.length > 0 && options.intervalMs > 0 ? setInterval(() => void deliverNow(), options.intervalMs) : undefined;
  timer?.unref();
  return {
    deliverNow,
    async stop() {
      if (timer) clearInterval(timer);
      await chain;
    },
  };
}
