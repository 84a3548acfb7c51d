import DataLoader from "dataloader";
import type { CentreContext } from "../context.ts";
import { type BillLineRecord, type BillRecord, ChargeRepository, type LedgerRecord } from "./charge-repository.ts";

export interface ChargeLoaders {
  billById: DataLoader<string, BillRecord | undefined>;
  openBillOfCase: DataLoader<string, BillRecord | undefined>;
  linesOf: DataLoader<string, BillLineRecord[]>;
  entriesOf: DataLoader<string, LedgerRecord[]>;
  entryById: DataLoader<number, LedgerRecord | undefined>;
}

// Keyed by the request's context, so the loaders live exactly as long as the request.
const perRequest = new WeakMap<CentreContext, ChargeLoaders>();

/** The charge lookups of one request, each batched into one query. */
export function chargeLoaders(ctx: CentreContext): ChargeLoaders {
  let loaders = perRequest.get(ctx);
  if (!loaders) {
    const repo = new ChargeRepository(ctx.db);
    loaders = {
      billById: new DataLoader((ids) => repo.billsByIds(ids)),
      openBillOfCase: new DataLoader((ids) => repo.openBillsOfCases(ids)),
      linesOf: new DataLoader((ids) => repo.linesOf(ids)),
      entriesOf: new DataLoader((ids) => repo.entriesOf(ids)),
      entryById: new DataLoader((ids) => repo.entriesByIds(ids)),
    };
    perRequest.set(ctx, loaders);
  }
  return loaders;
}
