CREATE TABLE "projection_cursors" (
	"name" text PRIMARY KEY NOT NULL,
	"txid" "xid8" DEFAULT '0' NOT NULL,
	"event_id" integer DEFAULT 0 NOT NULL,
	"caught_up_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_events" ADD COLUMN "txid" "xid8" DEFAULT pg_current_xact_id() NOT NULL;--> statement-breakpoint
CREATE INDEX "case_events_txid_idx" ON "case_events" USING btree ("txid","id");