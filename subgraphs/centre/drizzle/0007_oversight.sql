CREATE TABLE "clock_watches" (
	"case_id" text NOT NULL,
	"part" text DEFAULT '' NOT NULL,
	"kind" text NOT NULL,
	"centre_id" text NOT NULL,
	"department_id" text NOT NULL,
	"window_id" text NOT NULL,
	"due_on" date NOT NULL,
	"limit_days" integer NOT NULL,
	"holder_kind" text NOT NULL,
	"holder_id" text NOT NULL,
	CONSTRAINT "clock_watches_pk" PRIMARY KEY("case_id","part","kind")
);
--> statement-breakpoint
CREATE TABLE "complaints" (
	"id" text PRIMARY KEY NOT NULL,
	"centre_id" text NOT NULL,
	"channel" text NOT NULL,
	"against_kind" text NOT NULL,
	"window_id" text,
	"person" text,
	"case_id" text,
	"department_id" text,
	"content" text NOT NULL,
	"complainant_name" text,
	"complainant_phone" text,
	"received_on" date NOT NULL,
	"recorded_by" text NOT NULL,
	"state" text NOT NULL,
	"assigned_to" text,
	"assigned_on" date,
	"handling_days" smallint,
	"due_on" date,
	"reply" text,
	"replied_on" date,
	"replied_by" text,
	"feedback" text,
	"feedback_note" text,
	"closed_on" date,
	CONSTRAINT "complaints_target_ck" CHECK (("complaints"."against_kind" <> 'WINDOW' or "complaints"."window_id" is not null) and ("complaints"."against_kind" <> 'PERSON' or "complaints"."person" is not null) and ("complaints"."against_kind" <> 'CASE' or "complaints"."case_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "oversight_settings" (
	"centre_id" text PRIMARY KEY NOT NULL,
	"yellow_days" integer,
	"yellow_share_percent" integer,
	"complaint_days" integer DEFAULT 10 NOT NULL,
	"rectify_days" integer DEFAULT 5 NOT NULL,
	"scoring" jsonb,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "oversight_settings_one_threshold_ck" CHECK (("oversight_settings"."yellow_days" is null) <> ("oversight_settings"."yellow_share_percent" is null))
);
--> statement-breakpoint
CREATE TABLE "oversight_stats" (
	"month" date NOT NULL,
	"centre_id" text NOT NULL,
	"department_id" text NOT NULL,
	"window_id" text NOT NULL,
	"handling" text NOT NULL,
	"accepted" integer DEFAULT 0 NOT NULL,
	"not_accepted" integer DEFAULT 0 NOT NULL,
	"concluded" integer DEFAULT 0 NOT NULL,
	"on_time" integer DEFAULT 0 NOT NULL,
	"late" integer DEFAULT 0 NOT NULL,
	"used_days" integer DEFAULT 0 NOT NULL,
	"promised_days" integer DEFAULT 0 NOT NULL,
	"licence_late" integer DEFAULT 0 NOT NULL,
	"violations" integer DEFAULT 0 NOT NULL,
	"complaints" integer DEFAULT 0 NOT NULL,
	"rated_1" integer DEFAULT 0 NOT NULL,
	"rated_2" integer DEFAULT 0 NOT NULL,
	"rated_3" integer DEFAULT 0 NOT NULL,
	"rated_4" integer DEFAULT 0 NOT NULL,
	"rated_5" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "oversight_stats_pk" PRIMARY KEY("month","centre_id","department_id","window_id","handling")
);
--> statement-breakpoint
CREATE TABLE "ratings" (
	"id" serial PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"centre_id" text NOT NULL,
	"department_id" text NOT NULL,
	"window_id" text NOT NULL,
	"level" text NOT NULL,
	"comment" text,
	"rated_on" date NOT NULL,
	"rectify_due" date,
	"rectify_days" smallint,
	"follow_up" text,
	"followed_by" text,
	"rectified_on" date
);
--> statement-breakpoint
CREATE TABLE "standard_assessments" (
	"id" serial PRIMARY KEY NOT NULL,
	"centre_id" text NOT NULL,
	"assessed_by_centre" text NOT NULL,
	"assessed_by" text NOT NULL,
	"assessed_on" date NOT NULL,
	"office_area_m2" integer NOT NULL,
	"criteria" jsonb NOT NULL,
	"share_met" integer NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "clock_watches_centre_due_idx" ON "clock_watches" USING btree ("centre_id","due_on");--> statement-breakpoint
CREATE INDEX "clock_watches_department_due_idx" ON "clock_watches" USING btree ("department_id","due_on");--> statement-breakpoint
CREATE INDEX "complaints_centre_state_idx" ON "complaints" USING btree ("centre_id","state","due_on");--> statement-breakpoint
CREATE INDEX "oversight_stats_centre_month_idx" ON "oversight_stats" USING btree ("centre_id","month");--> statement-breakpoint
CREATE UNIQUE INDEX "ratings_case_uq" ON "ratings" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "ratings_centre_due_idx" ON "ratings" USING btree ("centre_id","rectify_due");--> statement-breakpoint
CREATE INDEX "standard_assessments_centre_idx" ON "standard_assessments" USING btree ("centre_id","assessed_on");