import { type Db, verifyChain } from "@wuxi/db";
import type { Logger } from "@wuxi/service-kit";
import type { AnchorStore } from "./anchor-store.ts";
import { CENTRE_CHAINS } from "./chains.ts";

/**
 * 锚定: writes the head (last place and hash) of every chain to the anchor store and to the log,
 * so a tail cut off later is still missed. Runs daily (AUDIT_ANCHOR_MS) and on demand.
 */
export async function anchorChains(db: Db, store: AnchorStore, logger: Logger, now = new Date()): Promise<number> {
  const heads = [];
  for (const spec of CENTRE_CHAINS) heads.push(...(await verifyChain(db, spec)).heads);
  await store.append("centre", { at: now.toISOString(), heads });
  logger.info({ audit: "anchor", heads }, "chain heads anchored");
  return heads.length;
}

/** Anchors now and then every `intervalMs` (a day by default); 0 only on demand (tests). */
export function startAnchoring(db: Db, store: AnchorStore, logger: Logger, intervalMs: number) {
  let timer: NodeJS.Timeout | undefined;
  const run = () => anchorChains(db, store, logger).catch((err: unknown) => logger.error({ err }, "anchoring failed"));
  if (intervalMs > 0) timer = setInterval(run, intervalMs);
  return {
    anchorNow: () => anchorChains(db, store, logger),
    stop: async () => {
      if (timer) clearInterval(timer);
    },
  };
}
