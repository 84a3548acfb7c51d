CREATE TABLE "case_events" (
	"id" serial PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"centre_id" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"on" date NOT NULL,
	"actor_id" text NOT NULL,
	"actor_role" text NOT NULL,
	"window_id" text,
	"action" text NOT NULL,
	"from_state" text,
	"to_state" text NOT NULL,
	"reason" text,
	"data" jsonb
);
--> statement-breakpoint
CREATE TABLE "case_suspensions" (
	"id" serial PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"procedure" text NOT NULL,
	"from_date" date NOT NULL,
	"to_date" date,
	"expected_days" integer NOT NULL,
	"reason" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" text PRIMARY KEY NOT NULL,
	"centre_id" text NOT NULL,
	"case_number" text NOT NULL,
	"query_code" text NOT NULL,
	"window_id" text NOT NULL,
	"item_code" text NOT NULL,
	"item_version" integer NOT NULL,
	"department_id" text NOT NULL,
	"item_name" text NOT NULL,
	"handling" text NOT NULL,
	"state" text NOT NULL,
	"applicant_kind" text NOT NULL,
	"applicant_name" text NOT NULL,
	"applicant_identifier" text NOT NULL,
	"applicant_phone" text NOT NULL,
	"applicant_contact" text,
	"agent_id" text,
	"clerk_id" text NOT NULL,
	"received_on" date NOT NULL,
	"accepted_on" date,
	"deemed_accepted" boolean DEFAULT false NOT NULL,
	"limit_days" integer NOT NULL,
	"statutory_days" integer NOT NULL,
	"extension_days" integer DEFAULT 0 NOT NULL,
	"deadline" date,
	"decided_on" date,
	"outcome" text,
	"decision" jsonb,
	"licence_due" date,
	"licence" jsonb,
	"concluded_on" date,
	"materials" jsonb NOT NULL,
	"idempotency_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "holiday_years" (
	"year" integer PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"calendar" jsonb NOT NULL,
	"loaded_by" text NOT NULL,
	"loaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notices" (
	"id" text PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"centre_id" text NOT NULL,
	"kind" text NOT NULL,
	"number" text NOT NULL,
	"issued_on" date NOT NULL,
	"content" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "number_counters" (
	"centre_id" text NOT NULL,
	"year" integer NOT NULL,
	"kind" text NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "number_counters_pk" PRIMARY KEY("centre_id","year","kind")
);
--> statement-breakpoint
CREATE TABLE "violations" (
	"id" serial PRIMARY KEY NOT NULL,
	"centre_id" text NOT NULL,
	"case_id" text,
	"kind" text NOT NULL,
	"actor_id" text NOT NULL,
	"actor_role" text NOT NULL,
	"window_id" text,
	"detected_at" timestamp with time zone DEFAULT now() NOT NULL,
	"evidence" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_suspensions" ADD CONSTRAINT "case_suspensions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_window_id_windows_id_fk" FOREIGN KEY ("window_id") REFERENCES "public"."windows"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notices" ADD CONSTRAINT "notices_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_events_case_idx" ON "case_events" USING btree ("case_id","id");--> statement-breakpoint
CREATE INDEX "case_suspensions_case_idx" ON "case_suspensions" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "cases_centre_number_uq" ON "cases" USING btree ("centre_id","case_number");--> statement-breakpoint
CREATE UNIQUE INDEX "cases_centre_idempotency_uq" ON "cases" USING btree ("centre_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "cases_window_queue_idx" ON "cases" USING btree ("window_id","state","deadline");--> statement-breakpoint
CREATE INDEX "cases_centre_state_idx" ON "cases" USING btree ("centre_id","state");--> statement-breakpoint
CREATE UNIQUE INDEX "notices_centre_number_uq" ON "notices" USING btree ("centre_id","number");--> statement-breakpoint
CREATE INDEX "notices_case_idx" ON "notices" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "violations_centre_idx" ON "violations" USING btree ("centre_id","detected_at");