import type { Db } from "@wuxi/db";
import { type LeasedRun, runLeased } from "./lease.ts";

/**
 * A task every replica of a service runs the same code for. `tick` is what the timer calls: it takes
 * the named lease and keeps it for the interval, so N replicas run the task once per interval in all,
 * not N times. `runNow` (an operator, a test) runs it here and now; the task itself must be safe to
 * run twice at once (unique keys, idempotent upserts), the lease only saves the duplicate work.
 */
export interface Periodic<T> {
  runNow(): Promise<T>;
  tick(): Promise<LeasedRun<T>>;
  stop(): Promise<void>;
}

export interface PeriodicOptions<T> {
  db: Db;
  /** The lease's name, e.g. "reminder-sweep". */
  name: string;
  holder: string;
  /** 0: never on a timer, only on demand (tests). */
  intervalMs: number;
  /** false: every replica runs every tick (the task claims its own rows, like delivery). */
  exclusive?: boolean;
  /** Longest a run may take; a crashed holder's lease ends after it. */
  ttlMs: number;
  run: () => Promise<T>;
  onError?: (error: unknown) => void;
  /** Called after every run here, for the metrics (duration in ms). */
  onRun?: (name: string, ms: number, ok: boolean) => void;
}

export function startPeriodic<T>(options: PeriodicOptions<T>): Periodic<T> {
  // Runs in this process go one after another: a run asked for now starts after the one under way,
  // so it sees everything committed before it was asked for.
  let chain: Promise<unknown> = Promise.resolve();
  let pending = 0;
  const timed = async () => {
    const started = performance.now();
    try {
      const value = await options.run();
      options.onRun?.(options.name, performance.now() - started, true);
      return value;
    } catch (error) {
      options.onRun?.(options.name, performance.now() - started, false);
      throw error;
    }
  };
  const enqueue = <R>(work: () => Promise<R>): Promise<R> => {
    pending += 1;
    const next = chain.then(work).finally(() => {
      pending -= 1;
    });
    chain = next.catch((error) => options.onError?.(error));
    return next;
  };
  // The lease is kept a little less than the interval, so the next tick (on any replica) can take it.
  const keepMs = Math.max(options.intervalMs - 250, 0);
  const tick = () =>
    options.exclusive === false
      ? enqueue(async (): Promise<LeasedRun<T>> => ({ ran: true, value: await timed() }))
      : enqueue(() => runLeased(options.db, options.name, options.holder, { ttlMs: options.ttlMs, keepMs }, timed));
  const timer = options.intervalMs > 0 ? setInterval(() => pending === 0 && void tick().catch(() => {}), options.intervalMs) : undefined;
  timer?.unref();
  return {
    runNow: () => enqueue(timed),
    tick,
    async stop() {
      if (timer) clearInterval(timer);
      await chain.catch(() => {});
    },
  };
}
