-- Custom migration (issue 15). Until now every transition added to oversight_stats in its own
-- transaction; from here the projector folds the history in. The history written before this
-- migration is already counted: the projector starts after its last event, not at the beginning.
INSERT INTO "projection_cursors" ("name", "txid", "event_id")
SELECT 'oversight-stats', e."txid", e."id"
  FROM "case_events" e
 ORDER BY e."txid" DESC, e."id" DESC
 LIMIT 1
ON CONFLICT ("name") DO NOTHING;
