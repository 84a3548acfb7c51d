CREATE TABLE "centres" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"tier" text NOT NULL,
	"division_type" text NOT NULL,
	"parent_id" text,
	"address" text NOT NULL,
	"hours" text NOT NULL,
	"phone" text NOT NULL,
	"agent_service" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "centres_tier_ck" CHECK ("centres"."tier" in ('CITY', 'COUNTY', 'TOWNSHIP')),
	CONSTRAINT "centres_city_is_root_ck" CHECK (("centres"."tier" = 'CITY') = ("centres"."parent_id" is null))
);
--> statement-breakpoint
CREATE TABLE "certified_staff" (
	"id" text PRIMARY KEY NOT NULL,
	"centre_id" text NOT NULL,
	"name" text NOT NULL,
	"certificate_number" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_until" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "item_cancellations" (
	"code" text PRIMARY KEY NOT NULL,
	"department_id" text NOT NULL,
	"cancelled_from" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "item_replica" (
	"code" text NOT NULL,
	"version" integer NOT NULL,
	"department_id" text NOT NULL,
	"effective_from" date NOT NULL,
	"name" text NOT NULL,
	"document" jsonb NOT NULL,
	"replicated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "item_replica_pk" PRIMARY KEY("code","version")
);
--> statement-breakpoint
CREATE TABLE "replica_cursors" (
	"department_id" text PRIMARY KEY NOT NULL,
	"sequence" integer NOT NULL,
	"synced_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stationings" (
	"centre_id" text NOT NULL,
	"window_id" text NOT NULL,
	"item_code" text NOT NULL,
	"department_id" text NOT NULL,
	"authority" text NOT NULL,
	"appointment" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "window_staff" (
	"window_id" text NOT NULL,
	"staff_id" text NOT NULL,
	CONSTRAINT "window_staff_pk" PRIMARY KEY("window_id","staff_id")
);
--> statement-breakpoint
CREATE TABLE "windows" (
	"id" text PRIMARY KEY NOT NULL,
	"centre_id" text NOT NULL,
	"number" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"department_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "windows_department_ck" CHECK (("windows"."kind" = 'DEPARTMENT') = ("windows"."department_id" is not null))
);
--> statement-breakpoint
ALTER TABLE "centres" ADD CONSTRAINT "centres_parent_id_centres_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."centres"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certified_staff" ADD CONSTRAINT "certified_staff_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stationings" ADD CONSTRAINT "stationings_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stationings" ADD CONSTRAINT "stationings_window_id_windows_id_fk" FOREIGN KEY ("window_id") REFERENCES "public"."windows"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "window_staff" ADD CONSTRAINT "window_staff_window_id_windows_id_fk" FOREIGN KEY ("window_id") REFERENCES "public"."windows"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "window_staff" ADD CONSTRAINT "window_staff_staff_id_certified_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."certified_staff"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "windows" ADD CONSTRAINT "windows_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "centres_parent_idx" ON "centres" USING btree ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "certified_staff_certificate_uq" ON "certified_staff" USING btree ("certificate_number");--> statement-breakpoint
CREATE INDEX "certified_staff_centre_idx" ON "certified_staff" USING btree ("centre_id");--> statement-breakpoint
CREATE INDEX "item_replica_in_force_idx" ON "item_replica" USING btree ("code","effective_from");--> statement-breakpoint
CREATE UNIQUE INDEX "stationings_window_item_uq" ON "stationings" USING btree ("window_id","item_code");--> statement-breakpoint
CREATE INDEX "stationings_item_idx" ON "stationings" USING btree ("item_code");--> statement-breakpoint
CREATE INDEX "stationings_centre_idx" ON "stationings" USING btree ("centre_id");--> statement-breakpoint
CREATE UNIQUE INDEX "windows_centre_number_uq" ON "windows" USING btree ("centre_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "windows_one_charge_window_uq" ON "windows" USING btree ("centre_id") WHERE kind = 'CHARGE';