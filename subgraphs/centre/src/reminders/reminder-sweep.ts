import { civilDateOf } from "@wuxi/calendar";
import type { Db } from "@wuxi/db";
import type { Logger } from "@wuxi/service-kit";
import type { CalendarStore } from "../calendar/calendar-store.ts";
import { sweepReminders } from "./sweep-reminders.ts";

export interface ReminderSweep {
  sweepNow(): Promise<number>;
  stop(): Promise<void>;
}

/** Runs the reminder sweep every intervalMs (0: only on demand), one run at a time. */
export function startReminderSweep(options: { db: Db; logger: Logger; calendar: CalendarStore; intervalMs: number; now: () => Date }): ReminderSweep {
  let chain: Promise<unknown> = Promise.resolve();
  const sweepNow = () => {
    const next = chain.then(async () => sweepReminders(options.db, civilDateOf(options.now()), await options.calendar.calendar()));
    chain = next.catch((error) => options.logger.warn({ err: error }, "reminder sweep failed"));
    return next;
  };
  const timer = options.intervalMs > 0 ? setInterval(() => void sweepNow(), options.intervalMs) : undefined;
  timer?.unref();
  return {
    sweepNow,
    async stop() {
      if (timer) clearInterval(timer);
      await chain;
    },
  };
}
