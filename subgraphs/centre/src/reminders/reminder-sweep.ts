import { civilDateOf } from "@wuxi/calendar";
import type { Db } from "@wuxi/db";
import { type LeasedRun, startPeriodic } from "@wuxi/jobs";
import type { Logger } from "@wuxi/service-kit";
import type { CalendarStore } from "../calendar/calendar-store.ts";
import { sweepReminders } from "./sweep-reminders.ts";

export interface ReminderSweep {
  sweepNow(): Promise<number>;
  /** What the timer runs: the sweep under the "reminder-sweep" lease (once per interval across replicas). */
  tick(): Promise<LeasedRun<number>>;
  stop(): Promise<void>;
}

/** Runs the reminder sweep every intervalMs (0: only on demand), one replica per interval. */
export function startReminderSweep(options: { db: Db; logger: Logger; holder: string; calendar: CalendarStore; intervalMs: number; now: () => Date; onRun?: (name: string, ms: number, ok: boolean) => void }): ReminderSweep {
  const periodic = startPeriodic({
    db: options.db,
    name: "reminder-sweep",
    holder: options.holder,
    intervalMs: options.intervalMs,
    ttlMs: 5 * 60_000,
    run: async () => sweepReminders(options.db, civilDateOf(options.now()), await options.calendar.calendar()),
    onError: (error) => options.logger.warn({ err: error }, "reminder sweep failed"),
    onRun: options.onRun,
  });
  return { sweepNow: periodic.runNow, tick: periodic.tick, stop: periodic.stop };
}
