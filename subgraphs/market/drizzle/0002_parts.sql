DROP INDEX "decisions_case_uq";--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "part" text DEFAULT 'MAIN' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "decisions_case_part_uq" ON "decisions" USING btree ("case_id","part");