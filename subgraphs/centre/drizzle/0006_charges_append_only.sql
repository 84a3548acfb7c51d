-- 扎口收费: the ledger and the bill lines are history. No code path updates or deletes them, and the
-- database refuses it too (a correction is a new, linked ledger entry).
CREATE FUNCTION charges_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'restrict_violation';
END
$$;
--> statement-breakpoint
CREATE TRIGGER charge_ledger_append_only BEFORE UPDATE OR DELETE ON charge_ledger FOR EACH ROW EXECUTE FUNCTION charges_append_only();
--> statement-breakpoint
CREATE TRIGGER charge_ledger_no_truncate BEFORE TRUNCATE ON charge_ledger FOR EACH STATEMENT EXECUTE FUNCTION charges_append_only();
--> statement-breakpoint
CREATE TRIGGER bill_lines_append_only BEFORE UPDATE OR DELETE ON bill_lines FOR EACH ROW EXECUTE FUNCTION charges_append_only();
--> statement-breakpoint
CREATE TRIGGER charge_counts_append_only BEFORE UPDATE OR DELETE ON charge_counts FOR EACH ROW EXECUTE FUNCTION charges_append_only();
