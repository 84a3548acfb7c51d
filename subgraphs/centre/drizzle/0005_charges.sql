CREATE TABLE "bill_lines" (
	"bill_id" text NOT NULL,
	"line_no" integer NOT NULL,
	"department_id" text NOT NULL,
	"fee_code" text NOT NULL,
	"fee_name" text NOT NULL,
	"rule" text NOT NULL,
	"unit" text,
	"unit_fen" integer NOT NULL,
	"quantity" integer NOT NULL,
	"gross_fen" integer NOT NULL,
	"reduction_fen" integer NOT NULL,
	"reduction_reason" text,
	"amount_fen" integer NOT NULL,
	"legal_basis" text NOT NULL,
	CONSTRAINT "bill_lines_pk" PRIMARY KEY("bill_id","line_no"),
	CONSTRAINT "bill_lines_amount_ck" CHECK ("bill_lines"."amount_fen" = "bill_lines"."gross_fen" - "bill_lines"."reduction_fen" and "bill_lines"."reduction_fen" between 0 and "bill_lines"."gross_fen" and "bill_lines"."quantity" >= 1),
	CONSTRAINT "bill_lines_reason_ck" CHECK ("bill_lines"."reduction_fen" = 0 or "bill_lines"."reduction_reason" is not null)
);
--> statement-breakpoint
CREATE TABLE "bills" (
	"id" text PRIMARY KEY NOT NULL,
	"centre_id" text NOT NULL,
	"case_id" text NOT NULL,
	"case_number" text NOT NULL,
	"item_code" text NOT NULL,
	"item_version" integer NOT NULL,
	"payer_name" text NOT NULL,
	"total_fen" integer NOT NULL,
	"status" text NOT NULL,
	"issued_on" date NOT NULL,
	"issued_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bills_total_ck" CHECK ("bills"."total_fen" >= 0),
	CONSTRAINT "bills_status_ck" CHECK ("bills"."status" in ('UNPAID', 'PAID', 'EXEMPT', 'VOIDED', 'REFUNDED'))
);
--> statement-breakpoint
CREATE TABLE "charge_adjustments" (
	"id" text PRIMARY KEY NOT NULL,
	"centre_id" text NOT NULL,
	"payment_entry_id" integer NOT NULL,
	"kind" text NOT NULL,
	"amount_fen" integer NOT NULL,
	"reason" text NOT NULL,
	"requested_by" text NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"status" text NOT NULL,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"decision_note" text,
	"ledger_entry_id" integer,
	CONSTRAINT "charge_adjustments_amount_ck" CHECK ("charge_adjustments"."amount_fen" > 0),
	CONSTRAINT "charge_adjustments_kind_ck" CHECK ("charge_adjustments"."kind" in ('VOID', 'REFUND'))
);
--> statement-breakpoint
CREATE TABLE "charge_counts" (
	"id" serial PRIMARY KEY NOT NULL,
	"centre_id" text NOT NULL,
	"window_id" text NOT NULL,
	"business_date" date NOT NULL,
	"method" text NOT NULL,
	"counted_fen" integer NOT NULL,
	"counted_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "charge_counts_amount_ck" CHECK ("charge_counts"."counted_fen" >= 0),
	CONSTRAINT "charge_counts_method_ck" CHECK ("charge_counts"."method" in ('CASH', 'BANK_CARD', 'ONLINE'))
);
--> statement-breakpoint
CREATE TABLE "charge_ledger" (
	"id" serial PRIMARY KEY NOT NULL,
	"centre_id" text NOT NULL,
	"window_id" text NOT NULL,
	"bill_id" text NOT NULL,
	"case_id" text NOT NULL,
	"kind" text NOT NULL,
	"amount_fen" integer NOT NULL,
	"method" text NOT NULL,
	"payment_reference" text,
	"receipt_number" text,
	"reverses_id" integer,
	"adjustment_id" text,
	"reason" text,
	"actor_id" text NOT NULL,
	"approved_by" text,
	"business_date" date NOT NULL,
	"idempotency_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "charge_ledger_kind_ck" CHECK ("charge_ledger"."kind" in ('PAYMENT', 'VOID', 'REFUND')),
	CONSTRAINT "charge_ledger_method_ck" CHECK ("charge_ledger"."method" in ('CASH', 'BANK_CARD', 'ONLINE')),
	CONSTRAINT "charge_ledger_sign_ck" CHECK (("charge_ledger"."kind" = 'PAYMENT') = ("charge_ledger"."amount_fen" > 0) and "charge_ledger"."amount_fen" <> 0),
	CONSTRAINT "charge_ledger_link_ck" CHECK (("charge_ledger"."kind" = 'PAYMENT') = ("charge_ledger"."reverses_id" is null) and ("charge_ledger"."kind" = 'PAYMENT') = ("charge_ledger"."receipt_number" is not null))
);
--> statement-breakpoint
ALTER TABLE "bill_lines" ADD CONSTRAINT "bill_lines_bill_id_bills_id_fk" FOREIGN KEY ("bill_id") REFERENCES "public"."bills"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bills" ADD CONSTRAINT "bills_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bills" ADD CONSTRAINT "bills_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charge_adjustments" ADD CONSTRAINT "charge_adjustments_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charge_adjustments" ADD CONSTRAINT "charge_adjustments_payment_entry_id_charge_ledger_id_fk" FOREIGN KEY ("payment_entry_id") REFERENCES "public"."charge_ledger"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charge_adjustments" ADD CONSTRAINT "charge_adjustments_ledger_entry_id_charge_ledger_id_fk" FOREIGN KEY ("ledger_entry_id") REFERENCES "public"."charge_ledger"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charge_counts" ADD CONSTRAINT "charge_counts_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charge_counts" ADD CONSTRAINT "charge_counts_window_id_windows_id_fk" FOREIGN KEY ("window_id") REFERENCES "public"."windows"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charge_ledger" ADD CONSTRAINT "charge_ledger_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charge_ledger" ADD CONSTRAINT "charge_ledger_window_id_windows_id_fk" FOREIGN KEY ("window_id") REFERENCES "public"."windows"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charge_ledger" ADD CONSTRAINT "charge_ledger_bill_id_bills_id_fk" FOREIGN KEY ("bill_id") REFERENCES "public"."bills"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charge_ledger" ADD CONSTRAINT "charge_ledger_reverses_id_charge_ledger_id_fk" FOREIGN KEY ("reverses_id") REFERENCES "public"."charge_ledger"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "bills_case_open_uq" ON "bills" USING btree ("case_id") WHERE status in ('UNPAID', 'PAID', 'EXEMPT');--> statement-breakpoint
CREATE INDEX "bills_centre_issued_idx" ON "bills" USING btree ("centre_id","issued_on");--> statement-breakpoint
CREATE INDEX "charge_adjustments_centre_idx" ON "charge_adjustments" USING btree ("centre_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "charge_adjustments_one_pending_uq" ON "charge_adjustments" USING btree ("payment_entry_id") WHERE status = 'PENDING';--> statement-breakpoint
CREATE INDEX "charge_counts_centre_day_idx" ON "charge_counts" USING btree ("centre_id","business_date","method","id");--> statement-breakpoint
CREATE INDEX "charge_ledger_centre_day_idx" ON "charge_ledger" USING btree ("centre_id","business_date");--> statement-breakpoint
CREATE INDEX "charge_ledger_bill_idx" ON "charge_ledger" USING btree ("bill_id");--> statement-breakpoint
CREATE UNIQUE INDEX "charge_ledger_centre_idempotency_uq" ON "charge_ledger" USING btree ("centre_id","idempotency_key");--> statement-breakpoint
CREATE UNIQUE INDEX "charge_ledger_centre_receipt_uq" ON "charge_ledger" USING btree ("centre_id","receipt_number");--> statement-breakpoint
CREATE UNIQUE INDEX "charge_ledger_one_payment_uq" ON "charge_ledger" USING btree ("bill_id") WHERE kind = 'PAYMENT';--> statement-breakpoint
CREATE UNIQUE INDEX "charge_ledger_one_void_uq" ON "charge_ledger" USING btree ("reverses_id") WHERE kind = 'VOID';