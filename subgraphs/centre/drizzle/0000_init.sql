CREATE TABLE "centres" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"tier" text NOT NULL,
	"division_type" text NOT NULL,
	"parent_id" text,
	"address" text NOT NULL,
	"hours" text NOT NULL,
	"phone" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "centres_tier_ck" CHECK ("centres"."tier" in ('CITY', 'COUNTY', 'TOWNSHIP')),
	CONSTRAINT "centres_city_is_root_ck" CHECK (("centres"."tier" = 'CITY') = ("centres"."parent_id" is null))
);
--> statement-breakpoint
CREATE TABLE "stationings" (
	"centre_id" text NOT NULL,
	"window_id" text NOT NULL,
	"item_code" text NOT NULL,
	"department_id" text NOT NULL,
	"authority" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
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
ALTER TABLE "stationings" ADD CONSTRAINT "stationings_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stationings" ADD CONSTRAINT "stationings_window_id_windows_id_fk" FOREIGN KEY ("window_id") REFERENCES "public"."windows"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "windows" ADD CONSTRAINT "windows_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "centres_parent_idx" ON "centres" USING btree ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "stationings_window_item_uq" ON "stationings" USING btree ("window_id","item_code");--> statement-breakpoint
CREATE INDEX "stationings_item_idx" ON "stationings" USING btree ("item_code");--> statement-breakpoint
CREATE INDEX "stationings_centre_idx" ON "stationings" USING btree ("centre_id");--> statement-breakpoint
CREATE UNIQUE INDEX "windows_centre_number_uq" ON "windows" USING btree ("centre_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "windows_one_charge_window_uq" ON "windows" USING btree ("centre_id") WHERE kind = 'CHARGE';