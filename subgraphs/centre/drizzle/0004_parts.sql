CREATE TABLE "case_parts" (
	"id" text PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"case_centre_id" text NOT NULL,
	"seq" integer NOT NULL,
	"kind" text NOT NULL,
	"centre_id" text NOT NULL,
	"window_id" text,
	"department_id" text NOT NULL,
	"state" text NOT NULL,
	"started_on" date NOT NULL,
	"limit_days" integer NOT NULL,
	"deadline" date,
	"concluded_on" date,
	"late" boolean DEFAULT false NOT NULL,
	"handler_id" text,
	"opinion" text,
	"decision" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "staff_reminders" (
	"id" serial PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"part_key" text NOT NULL,
	"kind" text NOT NULL,
	"deadline" date NOT NULL,
	"centre_id" text NOT NULL,
	"window_id" text,
	"department_id" text NOT NULL,
	"recipient" text NOT NULL,
	"message" text NOT NULL,
	"created_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_suspensions" ADD COLUMN "part_id" text;--> statement-breakpoint
ALTER TABLE "case_parts" ADD CONSTRAINT "case_parts_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_parts" ADD CONSTRAINT "case_parts_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_parts" ADD CONSTRAINT "case_parts_window_id_windows_id_fk" FOREIGN KEY ("window_id") REFERENCES "public"."windows"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_reminders" ADD CONSTRAINT "staff_reminders_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "case_parts_case_seq_uq" ON "case_parts" USING btree ("case_id","seq");--> statement-breakpoint
CREATE INDEX "case_parts_window_queue_idx" ON "case_parts" USING btree ("window_id","state","deadline");--> statement-breakpoint
CREATE INDEX "case_parts_centre_state_idx" ON "case_parts" USING btree ("centre_id","state");--> statement-breakpoint
CREATE UNIQUE INDEX "staff_reminders_once_uq" ON "staff_reminders" USING btree ("case_id","part_key","kind","deadline","window_id") WHERE kind <> 'CHASE';--> statement-breakpoint
CREATE INDEX "staff_reminders_window_idx" ON "staff_reminders" USING btree ("window_id","created_on");--> statement-breakpoint
CREATE INDEX "staff_reminders_department_idx" ON "staff_reminders" USING btree ("department_id","created_on");--> statement-breakpoint
ALTER TABLE "case_suspensions" ADD CONSTRAINT "case_suspensions_part_id_case_parts_id_fk" FOREIGN KEY ("part_id") REFERENCES "public"."case_parts"("id") ON DELETE cascade ON UPDATE no action;