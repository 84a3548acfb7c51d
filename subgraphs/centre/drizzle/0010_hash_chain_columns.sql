ALTER TABLE "case_events" ADD COLUMN "chain_seq" bigint;--> statement-breakpoint
ALTER TABLE "case_events" ADD COLUMN "prev_hash" text;--> statement-breakpoint
ALTER TABLE "case_events" ADD COLUMN "row_hash" text;--> statement-breakpoint
ALTER TABLE "charge_ledger" ADD COLUMN "chain_seq" bigint;--> statement-breakpoint
ALTER TABLE "charge_ledger" ADD COLUMN "prev_hash" text;--> statement-breakpoint
ALTER TABLE "charge_ledger" ADD COLUMN "row_hash" text;--> statement-breakpoint
CREATE UNIQUE INDEX "case_events_chain_uq" ON "case_events" USING btree ("centre_id","chain_seq");--> statement-breakpoint
CREATE UNIQUE INDEX "charge_ledger_chain_uq" ON "charge_ledger" USING btree ("centre_id","chain_seq");