"""The journal's SQLite tables, and how a journal written by an older version is brought up.

Rows are keyed by (run, row index) and delivered event ids by (destination key, event id), both
``WITHOUT ROWID``: those keys are how every lookup of an upload reads them. ``SCHEMA_VERSION``
is stored in the ``meta`` table; ``migrate`` runs inside the transaction that opens the file.
"""

from __future__ import annotations

import logging
import sqlite3

log = logging.getLogger("app.core.upload.journal")

SCHEMA_VERSION = 2  # 2: runs.mapping_fingerprint renamed run_identity (what it always held)

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created REAL NOT NULL,
    updated REAL NOT NULL,
    file_path TEXT NOT NULL,
    file_size INTEGER NOT NULL,
    file_mtime REAL NOT NULL,
    file_sha256 TEXT NOT NULL,
    run_identity TEXT NOT NULL,
    destination_key TEXT NOT NULL,
    state TEXT NOT NULL,
    force INTEGER NOT NULL DEFAULT 0,
    label TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS runs_identity
    ON runs (file_sha256, run_identity, destination_key, state);
CREATE TABLE IF NOT EXISTS rows (
    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    row_number INTEGER NOT NULL,
    event_id TEXT NOT NULL,
    state TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    batch_no INTEGER,
    reason TEXT NOT NULL DEFAULT '',
    code TEXT NOT NULL DEFAULT '',
    updated REAL NOT NULL,
    PRIMARY KEY (run_id, idx)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS cell_edits (
    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    column_name TEXT NOT NULL,
    value TEXT NOT NULL,
    original TEXT NOT NULL,
    PRIMARY KEY (run_id, idx, column_name)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS delivered (
    destination_key TEXT NOT NULL,
    event_id TEXT NOT NULL,
    run_id INTEGER NOT NULL,
    delivered_at REAL NOT NULL,
    PRIMARY KEY (destination_key, event_id)
) WITHOUT ROWID;
"""


def migrate(db: sqlite3.Connection) -> None:
    """Bring a journal written by an older version to this schema, inside the open transaction.

    Version 2 renames ``runs.mapping_fingerprint`` to ``run_identity``: the column holds the run
    identity (mapping fingerprint plus a digest of the events), and the old name made readers
    compare it with bare mapping fingerprints. Values and the index are kept as they are.
    """
    columns = {row[1] for row in db.execute("PRAGMA table_info(runs)")}
    if "mapping_fingerprint" in columns and "run_identity" not in columns:
        db.execute("ALTER TABLE runs RENAME COLUMN mapping_fingerprint TO run_identity")
        log.info("Journal schema brought to version %d (run identity column renamed)", 2)


__all__ = ["SCHEMA", "SCHEMA_VERSION", "migrate"]
