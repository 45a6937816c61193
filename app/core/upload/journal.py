"""The upload journal: what each run planned, sent and failed, in SQLite so a crash loses nothing.

Marketers cannot undo a timeline event, so the journal is written *before* a request leaves (rows
go ``in_flight``, committed) and *after* the answer (``sent`` or ``failed``). A process killed at
any moment therefore leaves every row in a state that says what to do next: ``pending`` and
``in_flight`` rows are sent (again) with the same event ids, which the APIs deduplicate; ``sent``
rows never go again. Every delivered event id is also recorded per destination key, so a later
run of the same (or a grown) file skips what already arrived unless it is forced.

Durability choice: WAL with ``synchronous=NORMAL``. A commit then survives the process being
killed (the write sits in the OS cache and WAL); only a power cut can lose the last commits. That
loss is harmless here: a lost ``in_flight`` or ``sent`` mark makes the row look ``pending`` and it
is sent again with the *same* event id, which the destination deduplicates. ``FULL`` would add an
fsync to every batch commit for no gain in exactly-once delivery.

One connection is shared by the engine's threads behind a lock: SQLite serialises writers anyway,
and a single connection keeps transactions short and ordering simple.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.core.upload.journal_marker import (
    fully_checkpointed,
    last_run_id,
    lost_message,
    missing_or_empty,
    path_problem,
    read_marker,
    write_marker,
)
from app.core.upload.journal_records import (
    UNFINISHED_ROW_STATES,
    FileFingerprint,
    JournalError,
    JournalRow,
    NewRow,
    RowState,
    RunInfo,
    RunState,
)
from app.core.upload.journal_schema import SCHEMA, SCHEMA_VERSION, migrate
from app.core.upload.journal_sqlite import journal_error, opening_retries
from app.core.upload.upload_lock import UploadInUse, UploadLock, upload_identity

if TYPE_CHECKING:
    from app.core.conversion.edits import CellEdit

log = logging.getLogger(__name__)

JOURNAL_FILE = "journal.sqlite3"
_IN_CHUNK = 500  # ids per ``IN (...)`` query; well under SQLite's variable limit


_RESUMABLE = (RunState.ACTIVE.value, RunState.STOPPED.value)


class Journal:
    """The SQLite journal of upload runs; safe to use from several threads at once."""

    def __init__(self, path: str | Path, *, clock: Callable[[], float] = time.time) -> None:
        """Open (or create) the journal at ``path``; raise ``JournalError`` if it cannot be used."""
        self.path = Path(path)
        self._clock = clock
        self._lock = threading.RLock()
        self._marked = read_marker(self.path)  # last run id known to be recorded, 0 if none
        try:
            self._check_path()
            self._db = opening_retries()(self._connect)
        except sqlite3.DatabaseError as exc:
            raise journal_error(exc, self.path) from exc
        except OSError as exc:
            raise JournalError(
                "journal_unwritable",
                f"The upload journal cannot be written in {self.path.parent}: {exc.strerror}. "
                "Free some disk space or choose another state folder.",
                self.path,
            ) from exc
        self._mark_existing()

    def _connect(self) -> sqlite3.Connection:
        """Open the database in WAL mode with its schema; close it again if any step fails.

        Two programs opening a new journal at the same moment both switch it to WAL, and SQLite
        refuses one of them at once (``database is locked``, its busy timeout not consulted, as
        waiting could deadlock). ``opening_retries`` runs this again after a short pause.
        """
        db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None, timeout=30.0)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute("PRAGMA foreign_keys=ON")
            self._check_not_lost(db)
            db.execute("BEGIN IMMEDIATE")
            try:
                migrate(db)
                for statement in SCHEMA.split(";"):
                    if statement.strip():
                        db.execute(statement)
                db.execute(
                    "INSERT OR IGNORE INTO meta (key, value) VALUES ('schema', ?)",
                    (str(SCHEMA_VERSION),),
                )
                db.execute(
                    "UPDATE meta SET value = ? WHERE key = 'schema' AND CAST(value AS INTEGER) < ?",
                    (str(SCHEMA_VERSION), SCHEMA_VERSION),
                )
            except BaseException:
                db.execute("ROLLBACK")
                raise
            db.execute("COMMIT")
        except BaseException:
            db.close()
            raise
        return db

    def _check_path(self) -> None:
        """Refuse a folder where the journal should be, and a recorded journal gone or empty.

        Checked before SQLite opens the file: it would create an empty database in place of a
        missing or 0-byte one, and only say "unable to open" for a folder.
        """
        problem = path_problem(self.path)
        if problem is not None:
            raise JournalError(*problem, self.path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        what = missing_or_empty(self.path) if self._marked else None
        if what is not None:
            raise JournalError(
                "journal_lost", lost_message(self.path, self._marked, what), self.path
            )

    def _check_not_lost(self, db: sqlite3.Connection) -> None:
        """Refuse a journal that knows fewer runs than its marker recorded (lost ``-wal``)."""
        if self._marked and last_run_id(db) < self._marked:
            what = f"uploads up to number {self._marked} are missing from it"
            raise JournalError(
                "journal_lost", lost_message(self.path, self._marked, what), self.path
            )

    def _mark_existing(self) -> None:
        """Give a journal from before the marker (or whose marker lags) a marker now.

        Only once a checkpoint has copied every commit to the database file and synced it:
        the marker must not claim runs a power cut could still take away.
        """
        last = last_run_id(self._db)
        if last > self._marked and fully_checkpointed(self._db):
            self._mark(last)

    def _mark(self, run_id: int) -> None:
        """Raise the marker to ``run_id`` (durably); a failure only weakens the check."""
        with self._lock:
            if run_id <= self._marked:
                return
            try:
                write_marker(self.path, run_id)
            except OSError as exc:
                log.warning("could not update the journal marker beside %s: %s", self.path, exc)
                return
            self._marked = run_id

    @classmethod
    def open_in(cls, state_dir: str | Path | None = None) -> Journal:
        """Open the journal in ``state_dir`` (default: the per-user state folder)."""
        if state_dir is None:
            from app.paths import state_dir as default_state_dir

            state_dir = default_state_dir()
        return cls(Path(state_dir) / JOURNAL_FILE)

    def close(self) -> None:
        """Close the connection (the WAL is checkpointed by SQLite)."""
        with self._lock:
            self._db.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- plumbing -------------------------------------------------------------------------

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """Run statements in one IMMEDIATE transaction one commit, one WAL write."""
        with self._lock:
            try:
                self._db.execute("BEGIN IMMEDIATE")
                try:
                    yield self._db
                except BaseException:
                    self._db.execute("ROLLBACK")
                    raise
                self._db.execute("COMMIT")
            except sqlite3.DatabaseError as exc:
                raise journal_error(exc, self.path) from exc

    @contextmanager
    def _durable(self) -> Iterator[None]:
        """Commit the transaction inside with ``synchronous=FULL`` (the WAL synced at commit).

        Used when a run is created, once per upload: the marker beside the journal may then
        say that run exists, and a power cut cannot take it away afterwards.
        """
        with self._lock:
            self._db.execute("PRAGMA synchronous=FULL")
            try:
                yield
            finally:
                self._db.execute("PRAGMA synchronous=NORMAL")

    def _query(self, sql: str, params: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            try:
                return self._db.execute(sql, params).fetchall()
            except sqlite3.DatabaseError as exc:
                raise journal_error(exc, self.path) from exc

    # -- runs -----------------------------------------------------------------------------

    def create_run(
        self,
        source: FileFingerprint,
        run_identity: str,
        destination_key: str,
        rows: Iterable[NewRow],
        *,
        force: bool = False,
        label: str = "",
        edits: Iterable[CellEdit] = (),
    ) -> RunInfo:
        """Start a run and register all its rows in one transaction.

        ``edits`` are the Preview's cell edits the rows were converted with: stored in the same
        transaction, so a run never exists without them and a resume converts the same events.
        """
        now = self._clock()
        with self._lock, self._durable(), self._transaction() as db:
            cur = db.execute(
                "INSERT INTO runs (created, updated, file_path, file_size, file_mtime, file_sha256,"
                " run_identity, destination_key, state, force, label)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (
                    now,
                    now,
                    source.path,
                    source.size,
                    source.mtime,
                    source.sha256,
                    run_identity,
                    destination_key,
                    RunState.ACTIVE.value,
                    int(force),
                    label,
                ),
            )
            run_id = int(cur.lastrowid or 0)
            db.executemany(
                "INSERT INTO rows (run_id, idx, row_number, event_id, state, reason, code, updated)"
                " VALUES (?,?,?,?,?,?,?,?)",
                (
                    (
                        run_id,
                        r.index,
                        r.row_number,
                        r.event_id,
                        r.state.value,
                        r.reason,
                        r.code,
                        now,
                    )
                    for r in rows
                ),
            )
            self._insert_edits(db, run_id, edits)
        self._mark(run_id)
        return self.get_run(run_id)

    def cell_edits(self, run_id: int) -> list[CellEdit]:
        """Return the cell edits a run's rows were converted with, by row then column."""
        from app.core.conversion.edits import CellEdit, decode_cell

        found = self._query(
            "SELECT idx, column_name, value, original FROM cell_edits WHERE run_id = ?"
            " ORDER BY idx, column_name",
            (run_id,),
        )
        return [CellEdit(i, c, decode_cell(v), decode_cell(o)) for (i, c, v, o) in found]

    def set_cell_edits(self, run_id: int, edits: Iterable[CellEdit]) -> None:
        """Replace a run's edits (a resumed run goes on with the window's current edits)."""
        with self._transaction() as db:
            db.execute("DELETE FROM cell_edits WHERE run_id = ?", (run_id,))
            self._insert_edits(db, run_id, edits)

    @staticmethod
    def _insert_edits(db: sqlite3.Connection, run_id: int, edits: Iterable[CellEdit]) -> None:
        from app.core.conversion.edits import encode_cell

        db.executemany(
            "INSERT OR REPLACE INTO cell_edits (run_id, idx, column_name, value, original)"
            " VALUES (?,?,?,?,?)",
            (
                (run_id, e.index, e.column, encode_cell(e.value), encode_cell(e.original))
                for e in edits
            ),
        )

    def get_run(self, run_id: int) -> RunInfo:
        """Return a run by id (KeyError if unknown)."""
        found = self._query("SELECT * FROM runs WHERE id = ?", (run_id,))
        if not found:
            raise KeyError(run_id)
        return self._run_info(found[0])

    def find_resumable_run(
        self, sha256: str, run_identity: str, destination_key: str
    ) -> RunInfo | None:
        """Return the newest unfinished run of this file content, run identity and destination."""
        found = self._query(
            "SELECT * FROM runs WHERE file_sha256 = ? AND run_identity = ?"
            " AND destination_key = ? AND state IN (?, ?) ORDER BY id DESC LIMIT 1",
            (sha256, run_identity, destination_key, *_RESUMABLE),
        )
        return self._run_info(found[0]) if found else None

    def find_unfinished_runs(self) -> list[RunInfo]:
        """Return every run not finished (killed, stopped, or still going), newest first.

        The window offers these for resume at start. A run whose rows are all final but whose
        state was never closed (killed just after its last batch) is listed too: resuming it
        sends nothing and closes it.
        """
        found = self._query("SELECT * FROM runs WHERE state IN (?, ?) ORDER BY id DESC", _RESUMABLE)
        return [self._run_info(r) for r in found]

    def list_runs(self, limit: int | None = None) -> list[RunInfo]:
        """Return runs newest first with their row counts, counted in one grouped query.

        Used by the History list: a run-by-run ``get_run`` would issue one query per run; here
        SQLite counts every listed run's rows in a single pass over the ``rows`` index.
        """
        runs = self._query(
            "SELECT * FROM runs ORDER BY id DESC LIMIT ?", (-1 if limit is None else limit,)
        )
        if not runs:
            return []
        counts: dict[int, dict[str, int]] = {int(r[0]): {} for r in runs}
        low, high = min(counts), max(counts)
        for rid, state, n in self._query(
            "SELECT run_id, state, COUNT(*) FROM rows WHERE run_id BETWEEN ? AND ?"
            " GROUP BY run_id, state",
            (low, high),
        ):
            if rid in counts:
                counts[rid][state] = n
        return [self._run_info(r, counts[int(r[0])]) for r in runs]

    def set_run_state(self, run_id: int, state: RunState) -> None:
        """Record that a run stopped, finished or became active again."""
        with self._transaction() as db:
            db.execute(
                "UPDATE runs SET state = ?, updated = ? WHERE id = ?",
                (state.value, self._clock(), run_id),
            )

    def delete_run(self, run_id: int) -> None:
        """Forget a run (the user declined to resume it); delivered ids are kept."""
        with self._transaction() as db:
            db.execute("DELETE FROM rows WHERE run_id = ?", (run_id,))
            db.execute("DELETE FROM cell_edits WHERE run_id = ?", (run_id,))
            db.execute("DELETE FROM runs WHERE id = ?", (run_id,))

    def prune(self, older_than_days: float = 180.0) -> int:
        """Forget the rows of finished and abandoned runs not touched for ``older_than_days``.

        Delivered event ids are kept forever (they are what prevents sending twice); only the
        per-row history of old, closed runs goes. Returns the number of runs forgotten.
        """
        cutoff = self._clock() - older_than_days * 86400
        with self._transaction() as db:
            ids = [
                rid
                for (rid,) in db.execute(
                    "SELECT id FROM runs WHERE state IN (?, ?) AND updated < ?",
                    (RunState.FINISHED.value, RunState.ABANDONED.value, cutoff),
                )
            ]
            db.executemany("DELETE FROM rows WHERE run_id = ?", ((i,) for i in ids))
            db.executemany("DELETE FROM cell_edits WHERE run_id = ?", ((i,) for i in ids))
            db.executemany("DELETE FROM runs WHERE id = ?", ((i,) for i in ids))
        return len(ids)

    def _run_info(self, row: tuple[Any, ...], counts: Mapping[str, int] | None = None) -> RunInfo:
        (rid, created, updated, fpath, fsize, fmtime, fsha, ident, dkey, state, force, label) = row
        if counts is None:
            counts = dict(
                self._query(
                    "SELECT state, COUNT(*) FROM rows WHERE run_id = ? GROUP BY state", (rid,)
                )
            )
        return RunInfo(
            id=rid,
            created=created,
            updated=updated,
            file_path=fpath,
            file_size=fsize,
            file_mtime=fmtime,
            file_sha256=fsha,
            run_identity=ident,
            destination_key=dkey,
            state=RunState(state),
            force=bool(force),
            label=label,
            counts=counts,
        )

    # -- rows -----------------------------------------------------------------------------

    def rows(self, run_id: int) -> list[JournalRow]:
        """Return every row of a run, in file order."""
        found = self._query(
            "SELECT idx, row_number, event_id, state, attempts, batch_no, reason, code, updated"
            " FROM rows WHERE run_id = ? ORDER BY idx",
            (run_id,),
        )
        return [
            JournalRow(i, n, e, RowState(s), a, b, r, c, u) for (i, n, e, s, a, b, r, c, u) in found
        ]

    def row_states(self, run_id: int) -> dict[int, RowState]:
        """Return ``index -> state`` for a run (cheap enough for 200,000 rows)."""
        found = self._query("SELECT idx, state FROM rows WHERE run_id = ?", (run_id,))
        return {i: RowState(s) for i, s in found}

    def counts(self, run_id: int) -> dict[str, int]:
        """Rows per state value for a run."""
        return dict(
            self._query(
                "SELECT state, COUNT(*) FROM rows WHERE run_id = ? GROUP BY state", (run_id,)
            )
        )

    def set_rows_state(
        self,
        run_id: int,
        indices: Iterable[int],
        state: RowState,
        *,
        reason: str | None = "",
        code: str | None = "",
    ) -> None:
        """Set the state of rows; ``reason``/``code`` None keeps what the rows had."""
        now = self._clock()
        with self._transaction() as db:
            db.executemany(
                "UPDATE rows SET state = ?, reason = COALESCE(?, reason), code = COALESCE(?, code),"
                " updated = ? WHERE run_id = ? AND idx = ?",
                ((state.value, reason, code, now, run_id, i) for i in indices),
            )

    def mark_in_flight(self, run_id: int, indices: Sequence[int], batch_no: int) -> None:
        """Record, durably, that a request carrying these rows is about to leave.

        Called before every attempt, so ``attempts`` counts requests that may have carried the
        row. Committed before returning: after a crash these rows are sent again, same ids.
        """
        now = self._clock()
        with self._transaction() as db:
            db.executemany(
                "UPDATE rows SET state = ?, attempts = attempts + 1, batch_no = ?, updated = ?"
                " WHERE run_id = ? AND idx = ?",
                ((RowState.IN_FLIGHT.value, batch_no, now, run_id, i) for i in indices),
            )

    def record_outcome(
        self,
        run_id: int,
        destination_key: str,
        sent: Sequence[tuple[int, str]] = (),
        failed: Mapping[int, tuple[str, str]] | None = None,
        *,
        sent_notes: Mapping[int, tuple[str, str]] | None = None,
    ) -> None:
        """Record an API answer in one transaction.

        ``sent`` lists ``(index, event_id)`` pairs the API confirmed; their ids join the
        delivered set of ``destination_key``. ``failed`` maps index to ``(code, reason)``.
        ``sent_notes`` optionally attaches a ``(code, reason)`` to some sent rows (for example
        an event id the API said was already in use, assumed delivered by configuration).
        """
        now = self._clock()
        notes = sent_notes or {}
        with self._transaction() as db:
            if sent:
                db.executemany(
                    "UPDATE rows SET state = ?, code = ?, reason = ?, updated = ?"
                    " WHERE run_id = ? AND idx = ?",
                    (
                        (RowState.SENT.value, *notes.get(i, ("", "")), now, run_id, i)
                        for i, _ in sent
                    ),
                )
                db.executemany(
                    "INSERT OR IGNORE INTO delivered (destination_key, event_id, run_id,"
                    " delivered_at) VALUES (?,?,?,?)",
                    ((destination_key, eid, run_id, now) for _, eid in sent),
                )
            if failed:
                db.executemany(
                    "UPDATE rows SET state = ?, code = ?, reason = ?, updated = ?"
                    " WHERE run_id = ? AND idx = ?",
                    (
                        (RowState.FAILED.value, code, reason, now, run_id, i)
                        for i, (code, reason) in failed.items()
                    ),
                )
            db.execute("UPDATE runs SET updated = ? WHERE id = ?", (now, run_id))

    # -- delivered ids ----------------------------------------------------------------------

    def delivered_among(self, destination_key: str, event_ids: Iterable[str]) -> set[str]:
        """Return which of ``event_ids`` were already delivered to ``destination_key``."""
        found: set[str] = set()
        chunk: list[str] = []

        def flush() -> None:
            if chunk:
                marks = ",".join("?" * len(chunk))
                for (eid,) in self._query(
                    f"SELECT event_id FROM delivered WHERE destination_key = ?"  # noqa: S608
                    f" AND event_id IN ({marks})",
                    (destination_key, *chunk),
                ):
                    found.add(eid)
                chunk.clear()

        for eid in event_ids:
            chunk.append(eid)
            if len(chunk) >= _IN_CHUNK:
                flush()
        flush()
        return found

    def uncertain_among(self, destination_key: str, code: str) -> set[str]:
        """Return the event ids an earlier run to this destination failed with ``code``.

        Used for events whose delivery is unknown (an answer lost for an event the service
        would store twice): a later upload must not send them again without ``force``.
        Ids delivered since are left out.
        """
        found = self._query(
            "SELECT DISTINCT r.event_id FROM rows r JOIN runs u ON u.id = r.run_id"
            " WHERE u.destination_key = ? AND r.code = ? AND r.state = ?"
            " AND r.event_id NOT IN (SELECT event_id FROM delivered WHERE destination_key = ?)",
            (destination_key, code, RowState.FAILED.value, destination_key),
        )
        return {eid for (eid,) in found}

    def lock_upload(
        self, file_sha256: str, mapping_fingerprint: str, destination_key: str
    ) -> UploadLock:
        """Take and return the lock of one upload (file content, mapping, destination).

        Hold it before planning (``prepare_upload``) and until the last batch is answered; see
        ``app.core.upload.upload_lock``. Raises ``JournalError`` ``run_in_use`` at once when another
        window or command holds it.
        """
        lock = UploadLock(
            self.path, upload_identity(file_sha256, mapping_fingerprint, destination_key)
        )
        try:
            lock.acquire()
        except UploadInUse:
            raise JournalError(
                "run_in_use",
                "This upload is already running in another Event Loader window or command. "
                "Let it finish, or stop it, before starting it again; nothing was sent or "
                "changed by this one.",
                lock.path,
            ) from None
        except OSError as exc:
            raise JournalError(
                "journal_unwritable",
                f"The upload journal folder {lock.path.parent} cannot be written: {exc.strerror}.",
                lock.path,
            ) from exc
        return lock

    def lock_upload_of_run(self, run_id: int) -> UploadLock:
        """Take and return the lock of the upload a run belongs to (see ``lock_upload``)."""
        run = self.get_run(run_id)
        return self.lock_upload(run.file_sha256, run.run_identity, run.destination_key)

    def delivered_count(self, destination_key: str) -> int:
        """Return how many event ids are known delivered to a destination."""
        return int(
            self._query(
                "SELECT COUNT(*) FROM delivered WHERE destination_key = ?", (destination_key,)
            )[0][0]
        )


def default_journal_path() -> Path:
    """Return the journal file in the per-user state folder."""
    from app.paths import state_dir

    return state_dir() / JOURNAL_FILE


# The records' names too: one module to import for the journal.
__all__ = [
    "UNFINISHED_ROW_STATES",
    "FileFingerprint",
    "Journal",
    "JournalError",
    "JournalRow",
    "NewRow",
    "RowState",
    "RunInfo",
    "RunState",
    "default_journal_path",
]
