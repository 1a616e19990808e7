-- The store's own bookkeeping, beside the tables of schema.sql.

-- name: format_recorded
-- The layout a new file is created in (ReadModelStore.FORMAT); a file that has one keeps it.
INSERT INTO read_model_format SELECT ? WHERE NOT EXISTS (SELECT 1 FROM read_model_format);

-- name: token_stored
-- How far a processor has applied the event stream, written in the same transaction as the batch's rows.
INSERT OR REPLACE INTO projection_state (processor, token, position, updated_at) VALUES (?, ?, ?, now());
