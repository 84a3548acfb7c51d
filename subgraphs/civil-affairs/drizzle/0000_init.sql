CREATE TABLE "catalogue_changes" (
	"sequence" serial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"item_code" text NOT NULL,
	"version" integer NOT NULL,
	"effective_from" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "item_versions" (
	"id" serial PRIMARY KEY NOT NULL,
	"item_code" text NOT NULL,
	"version" integer NOT NULL,
	"state" text NOT NULL,
	"effective_from" date,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"handling" text NOT NULL,
	"document" jsonb NOT NULL,
	"content_hash" text NOT NULL,
	"published_at" timestamp with time zone,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "items" (
	"code" text PRIMARY KEY NOT NULL,
	"cancelled_from" date,
	"cancel_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "catalogue_changes" ADD CONSTRAINT "catalogue_changes_item_code_items_code_fk" FOREIGN KEY ("item_code") REFERENCES "public"."items"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_versions" ADD CONSTRAINT "item_versions_item_code_items_code_fk" FOREIGN KEY ("item_code") REFERENCES "public"."items"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "catalogue_changes_item_idx" ON "catalogue_changes" USING btree ("item_code");--> statement-breakpoint
CREATE UNIQUE INDEX "item_versions_code_version_uq" ON "item_versions" USING btree ("item_code","version");--> statement-breakpoint
CREATE UNIQUE INDEX "item_versions_one_draft_uq" ON "item_versions" USING btree ("item_code") WHERE state = 'DRAFT';--> statement-breakpoint
CREATE INDEX "item_versions_in_force_idx" ON "item_versions" USING btree ("item_code","state","effective_from");