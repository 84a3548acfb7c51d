CREATE TABLE "personal_data_reads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" text NOT NULL,
	"case_number" text NOT NULL,
	"centre_id" text NOT NULL,
	"actor_id" text NOT NULL,
	"actor_role" text NOT NULL,
	"window_id" text,
	"department_id" text,
	"fields" jsonb NOT NULL,
	"read_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "projection_cursors" (
	"name" text PRIMARY KEY NOT NULL,
	"txid" "xid8" DEFAULT '0' NOT NULL,
	"event_id" integer DEFAULT 0 NOT NULL,
	"caught_up_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
DROP INDEX "cases_window_queue_idx";--> statement-breakpoint
ALTER TABLE "case_events" ADD COLUMN "chain_seq" bigint;--> statement-breakpoint
ALTER TABLE "case_events" ADD COLUMN "prev_hash" text;--> statement-breakpoint
ALTER TABLE "case_events" ADD COLUMN "row_hash" text;--> statement-breakpoint
ALTER TABLE "case_events" ADD COLUMN "txid" "xid8" DEFAULT pg_current_xact_id() NOT NULL;--> statement-breakpoint
ALTER TABLE "notices" ADD COLUMN "document_key" text;--> statement-breakpoint
ALTER TABLE "charge_ledger" ADD COLUMN "chain_seq" bigint;--> statement-breakpoint
ALTER TABLE "charge_ledger" ADD COLUMN "prev_hash" text;--> statement-breakpoint
ALTER TABLE "charge_ledger" ADD COLUMN "row_hash" text;--> statement-breakpoint
CREATE INDEX "personal_data_reads_centre_idx" ON "personal_data_reads" USING btree ("centre_id","read_at");--> statement-breakpoint
CREATE INDEX "personal_data_reads_case_idx" ON "personal_data_reads" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "case_events_chain_uq" ON "case_events" USING btree ("centre_id","chain_seq");--> statement-breakpoint
CREATE INDEX "case_events_txid_idx" ON "case_events" USING btree ("txid","id");--> statement-breakpoint
CREATE INDEX "cases_window_open_idx" ON "cases" USING btree ("window_id","deadline","case_number") WHERE "cases"."state" in ('RECEIVED', 'AWAITING_SUPPLEMENT', 'ACCEPTED', 'SUSPENDED', 'FORWARDED', 'APPROVED', 'AWAITING_HANDOVER');--> statement-breakpoint
CREATE INDEX "notices_unrendered_idx" ON "notices" USING btree ("created_at") WHERE "notices"."document_key" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "charge_ledger_chain_uq" ON "charge_ledger" USING btree ("centre_id","chain_seq");