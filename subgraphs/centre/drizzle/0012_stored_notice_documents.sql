ALTER TABLE "notices" ADD COLUMN "document_key" text;--> statement-breakpoint
CREATE INDEX "notices_unrendered_idx" ON "notices" USING btree ("created_at") WHERE "notices"."document_key" is null;