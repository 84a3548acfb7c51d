CREATE TABLE "decisions" (
	"id" serial PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"case_number" text NOT NULL,
	"centre_id" text NOT NULL,
	"item_code" text NOT NULL,
	"item_version" integer NOT NULL,
	"number" text NOT NULL,
	"outcome" text NOT NULL,
	"reasons" text,
	"legal_basis" text NOT NULL,
	"decided_on" date NOT NULL,
	"decided_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "department_counters" (
	"year" integer NOT NULL,
	"kind" text NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "department_counters_pk" PRIMARY KEY("year","kind")
);
--> statement-breakpoint
CREATE TABLE "licences" (
	"number" text PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"decision_number" text NOT NULL,
	"item_code" text NOT NULL,
	"holder_name" text NOT NULL,
	"issued_on" date NOT NULL,
	"valid_from" date NOT NULL,
	"valid_until" date,
	"issued_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "decisions_case_uq" ON "decisions" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "decisions_number_uq" ON "decisions" USING btree ("number");--> statement-breakpoint
CREATE UNIQUE INDEX "licences_case_uq" ON "licences" USING btree ("case_id");