import type { Db } from "@wuxi/db";
import type { Logger } from "@wuxi/service-kit";
import type { DocumentStorage } from "@wuxi/storage";
import { renderPendingNotices } from "./notice-documents.ts";

export interface Renderer {
  /** Renders and stores every notice issued but not yet stored; returns how many. */
  renderNow(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Renders notices soon after they are issued, off the request that issued them: every
 * intervalMs (0: only on demand, or on the first download), a batch at a time, one run at a time.
 */
export function startRenderer(options: { db: Db; storage: DocumentStorage; logger: Logger; intervalMs: number }): Renderer {
  let chain: Promise<unknown> = Promise.resolve();
  const renderNow = () => {
    const next = chain.then(async () => {
      let total = 0;
      for (let n = -1; n !== 0; total += n) n = await renderPendingNotices(options.db, options.storage);
      return total;
    });
    chain = next.catch((error) => options.logger.warn({ err: error }, "rendering notices failed"));
    return next;
  };
  const timer = options.intervalMs > 0 ? setInterval(() => void renderNow(), options.intervalMs) : undefined;
  timer?.unref();
  return {
    renderNow,
    async stop() {
      if (timer) clearInterval(timer);
      await chain;
    },
  };
}
