-- Tamper evidence (issue 14, docs/security.md). Custom SQL: the lead re-creates it after regenerating
-- migrations. Each chained row carries chain_seq (its place in its chain), prev_hash (its
-- predecessor's row_hash) and row_hash = SHA-256(prev_hash | its content as jsonb without nulls),
-- computed in UTC so the text of a timestamp never depends on the session. Chains are per centre.
CREATE FUNCTION audit_chain_hash(prev text, content jsonb) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT encode(sha256(convert_to(coalesce(prev, '') || '|' || content::text, 'UTF8')), 'hex')
$$;
--> statement-breakpoint
-- Links a new row to the head of its chain. TG_ARGV[0] names the partition column. The advisory lock
-- serialises inserts of one chain only (one centre), so other centres never wait.
CREATE FUNCTION audit_chain_link() RETURNS trigger LANGUAGE plpgsql SET timezone = 'UTC' AS $$
DECLARE
  part text := to_jsonb(NEW) ->> TG_ARGV[0];
  last_seq bigint;
  last_hash text;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended(TG_TABLE_NAME || ':' || coalesce(part, ''), 0));
  EXECUTE format('SELECT chain_seq, row_hash FROM %I WHERE %I::text = $1 AND chain_seq IS NOT NULL ORDER BY chain_seq DESC LIMIT 1', TG_TABLE_NAME, TG_ARGV[0])
    INTO last_seq, last_hash USING part;
  NEW.chain_seq := coalesce(last_seq, 0) + 1;
  NEW.prev_hash := last_hash;
  NEW.row_hash := NULL;
  NEW.row_hash := audit_chain_hash(NEW.prev_hash, jsonb_strip_nulls(to_jsonb(NEW) - 'row_hash'));
  RETURN NEW;
END
$$;
--> statement-breakpoint
-- Links rows written before this migration, in the order they were written (id), per partition.
CREATE FUNCTION audit_chain_backfill(tbl text, part_col text) RETURNS void LANGUAGE plpgsql SET timezone = 'UTC' AS $$
DECLARE
  r record;
  cur text := NULL;
  seq bigint := 0;
  prev text := NULL;
  h text;
BEGIN
  FOR r IN EXECUTE format('SELECT id, %I::text AS part FROM %I ORDER BY %I, id', part_col, tbl, part_col) LOOP
    IF cur IS DISTINCT FROM r.part THEN cur := r.part; seq := 0; prev := NULL; END IF;
    seq := seq + 1;
    EXECUTE format('UPDATE %I SET chain_seq = $1, prev_hash = $2, row_hash = NULL WHERE id = $3', tbl) USING seq, prev, r.id;
    EXECUTE format('SELECT audit_chain_hash(prev_hash, jsonb_strip_nulls(to_jsonb(t) - ''row_hash'')) FROM %I t WHERE id = $1', tbl) INTO h USING r.id;
    EXECUTE format('UPDATE %I SET row_hash = $1 WHERE id = $2', tbl) USING h, r.id;
    prev := h;
  END LOOP;
END
$$;
--> statement-breakpoint
ALTER TABLE charge_ledger DISABLE TRIGGER charge_ledger_append_only;
--> statement-breakpoint
SELECT audit_chain_backfill('case_events', 'centre_id');
--> statement-breakpoint
SELECT audit_chain_backfill('charge_ledger', 'centre_id');
--> statement-breakpoint
ALTER TABLE charge_ledger ENABLE TRIGGER charge_ledger_append_only;
--> statement-breakpoint
CREATE TRIGGER case_events_chain BEFORE INSERT ON case_events FOR EACH ROW EXECUTE FUNCTION audit_chain_link('centre_id');
--> statement-breakpoint
CREATE TRIGGER charge_ledger_chain BEFORE INSERT ON charge_ledger FOR EACH ROW EXECUTE FUNCTION audit_chain_link('centre_id');
--> statement-breakpoint
-- The case history is history: no code path updates or deletes it, and the database refuses it too.
CREATE TRIGGER case_events_append_only BEFORE UPDATE OR DELETE ON case_events FOR EACH ROW EXECUTE FUNCTION charges_append_only();
--> statement-breakpoint
CREATE TRIGGER case_events_no_truncate BEFORE TRUNCATE ON case_events FOR EACH STATEMENT EXECUTE FUNCTION charges_append_only();
