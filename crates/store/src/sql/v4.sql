-- attache store, schema version 4 (PRAGMA user_version 3 -> 4).
--
-- The full-text index over the evidence sentences keeps no per-sentence
-- token counts (FTS5 `columnsize=0`): only BM25 ranking reads them, and
-- `attache events --text` filters, it does not rank. Without them every
-- indexed sentence writes one b-tree row less (~3% of a bulk ingest's
-- writer and ~2% of the file). Rebuilt here from `sentences`; a store left
-- in the bulk state by a killed ingest keeps its not-yet-indexed sentences
-- (those after `fts_from` in `meta`) out of it, as before.
DROP TABLE sentences_fts;
CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content='sentences', content_rowid='id', columnsize=0);
INSERT INTO sentences_fts(rowid, text)
    SELECT id, text FROM sentences
    WHERE id <= coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'fts_from'),
                         (SELECT max(id) FROM sentences));
