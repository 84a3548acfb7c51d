import type { ChainSpec } from "@wuxi/db";

/** The centre's hash chains (each per centre): the case history and the charges ledger. */
export const CENTRE_CHAINS: ChainSpec[] = [
  { table: "case_events", partition: "centre_id" },
  { table: "charge_ledger", partition: "centre_id" },
];
