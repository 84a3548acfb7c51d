-- Tamper evidence of the catalogue's change feed (issue 14, docs/security.md). Custom SQL: the lead
-- re-creates it after regenerating migrations (the same file in every department's folder, only the
-- department id below differs). The hash and link functions are those of the centre's
-- hash_chain_triggers migration, verbatim: one definition of a chain across the platform.
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
-- The feed is history: no code path updates or deletes it, and the database refuses it too.
CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'restrict_violation';
END
$$;
--> statement-breakpoint
-- Rows written before this migration: named this department's, then linked in feed order.
UPDATE catalogue_changes SET department_id = 'civil-affairs' WHERE department_id IS NULL;
--> statement-breakpoint
DO $$
DECLARE
  r record;
  seq bigint := 0;
  prev text := NULL;
  h text;
BEGIN
  SET LOCAL timezone = 'UTC';
  FOR r IN SELECT sequence FROM catalogue_changes ORDER BY sequence LOOP
    seq := seq + 1;
    UPDATE catalogue_changes SET chain_seq = seq, prev_hash = prev, row_hash = NULL WHERE sequence = r.sequence;
    SELECT audit_chain_hash(t.prev_hash, jsonb_strip_nulls(to_jsonb(t) - 'row_hash')) INTO h FROM catalogue_changes t WHERE t.sequence = r.sequence;
    UPDATE catalogue_changes SET row_hash = h WHERE sequence = r.sequence;
    prev := h;
  END LOOP;
END
$$;
--> statement-breakpoint
CREATE TRIGGER catalogue_changes_chain BEFORE INSERT ON catalogue_changes FOR EACH ROW EXECUTE FUNCTION audit_chain_link('department_id');
--> statement-breakpoint
CREATE TRIGGER catalogue_changes_append_only BEFORE UPDATE OR DELETE ON catalogue_changes FOR EACH ROW EXECUTE FUNCTION audit_append_only();
--> statement-breakpoint
CREATE TRIGGER catalogue_changes_no_truncate BEFORE TRUNCATE ON catalogue_changes FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();
