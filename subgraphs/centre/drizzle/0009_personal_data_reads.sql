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
CREATE INDEX "personal_data_reads_centre_idx" ON "personal_data_reads" USING btree ("centre_id","read_at");--> statement-breakpoint
CREATE INDEX "personal_data_reads_case_idx" ON "personal_data_reads" USING btree ("case_id");