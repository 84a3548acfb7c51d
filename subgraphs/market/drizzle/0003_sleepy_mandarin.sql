ALTER TABLE "catalogue_changes" ADD COLUMN "department_id" text;--> statement-breakpoint
ALTER TABLE "catalogue_changes" ADD COLUMN "chain_seq" bigint;--> statement-breakpoint
ALTER TABLE "catalogue_changes" ADD COLUMN "prev_hash" text;--> statement-breakpoint
ALTER TABLE "catalogue_changes" ADD COLUMN "row_hash" text;