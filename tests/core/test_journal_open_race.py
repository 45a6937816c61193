"""Several programs opening a new journal at the same moment all get it.

Two uploads started together on a fresh state folder both switch the new database to WAL; SQLite
then refuses one of them at once ("database is locked") without waiting its busy timeout. Threads
reproduce that contention (SQLite locks between connections of one process as between
processes): without the retry on opening, a few percent of the rounds below lose an opener.
"""

from __future__ import annotations

import threading
from pathlib import Path

from app.core.upload.journal import Journal, JournalError

OPENERS = 6
ROUNDS = 300


def _open_together(path: Path) -> list[str]:
    """Open ``path`` from ``OPENERS`` threads released at once; return each one's outcome."""
    start = threading.Barrier(OPENERS)
    outcomes: list[str] = []

    def open_once() -> None:
        start.wait()
        try:
            Journal(path).close()
            outcomes.append("opened")
        except JournalError as exc:
            outcomes.append(f"{exc.code}: {exc}")

    threads = [threading.Thread(target=open_once) for _ in range(OPENERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes


def test_programs_opening_a_new_journal_together_all_open_it(tmp_path: Path) -> None:
    refused = []
    for round_ in range(ROUNDS):
        path = tmp_path / f"state-{round_}" / "journal.sqlite3"
        refused += [o for o in _open_together(path) if o != "opened"]
    assert refused == []


def test_a_journal_opened_together_holds_one_schema_and_works(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    assert _open_together(path) == ["opened"] * OPENERS
    with Journal(path) as journal:
        assert journal.find_unfinished_runs() == []
