"""The upload service over real HTTP to the sandbox: plan, lock, run, resume with edits, report."""

from __future__ import annotations

import csv
import threading
from pathlib import Path

import pytest

from app.api.factory import make_client
from app.core.conversion.convert import ConversionResult, convert_rows
from app.core.conversion.edits import CellEdit, convert_with_edits, edit_map
from app.core.conversion.mapping import Mapping, load_mapping
from app.core.reading.sheet import SheetData, read_sheet
from app.core.upload.client import DestinationClient
from app.core.upload.engine import (
    BatchResult,
    BatchState,
    UploadControl,
    UploadStopped,
)
from app.core.upload.journal import FileFingerprint, JournalError
from app.core.upload.retries import RetryPolicy
from app.core.upload.upload_plan import destination_key_for
from app.core.upload.upload_service import (
    Ending,
    NothingToResume,
    UploadRequest,
    UploadService,
    outcome_of,
)
from app.paths import samples_dir

MAPPING = samples_dir() / "webinar-attendees.mapping.json"
HEADER = ["Email address", "First name", "Last name", "Company", "Webinar", "Minutes attended",
          "Registered on", "Attendance", "Joined at"]  # fmt: skip
ATTENDANCE = ("Attended live", "Watched replay", "Did not attend")
FAST_RETRY = RetryPolicy(max_attempts=6, initial=0.02, maximum=0.2, jitter=0.02)


def write_rows(path: Path, n: int) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for i in range(n):
            writer.writerow([f"person{i}@example.com", f"First{i}", f"Last{i}", "Acme",
                             f"Webinar {i % 5}", str(i % 90), "2025-03-17", ATTENDANCE[i % 3],
                             "2025-04-03 10:56:00"])  # fmt: skip
    return path


class Upload:
    """One file, its mapping and the sandbox it goes to, as a face of the service sees them."""

    def __init__(self, sandbox, tmp_path: Path, rows: int = 230) -> None:
        self.sandbox = sandbox
        self.path = write_rows(tmp_path / "webinar.csv", rows)
        self.state_dir = tmp_path / "state"
        self.sheet: SheetData = read_sheet(self.path)
        self.mapping: Mapping = load_mapping(MAPPING)
        self.conversion: ConversionResult = convert_rows(self.sheet, self.mapping)

    def request(self, **changes) -> UploadRequest:
        values = {
            "conversion": self.conversion,
            "mapping": self.mapping,
            "source": FileFingerprint.of(self.path),
            "destination_key": destination_key_for(self.mapping, self.sandbox.base_url),
            "batch_size": 100,
            "sheet": self.sheet,
        }
        values.update(changes)
        return UploadRequest(**values)

    def client(self, control: UploadControl, token: str | None = None) -> DestinationClient:
        access = token or self.sandbox.credentials["hubspot_access_token"]
        return make_client(
            self.mapping.destination,
            self.mapping,
            {"access_token": access},
            self.sandbox.base_url,
            stop_event=control.stop,
        )

    def service(self) -> UploadService:
        return UploadService(journal_dir=self.state_dir)

    def run(self, service: UploadService, plan, control: UploadControl, **kw):
        client = self.client(control, kw.pop("token", None))
        try:
            return service.run(plan, client, control, retry=FAST_RETRY, **kw)
        finally:
            client.close()

    def assert_each_row_arrived_once(self, expected: int) -> None:
        counts = self.sandbox.event_counts()["hubspot"]
        assert len(counts) == expected and max(counts.values()) == 1


@pytest.fixture
def upload(sandbox, tmp_path: Path) -> Upload:
    return Upload(sandbox, tmp_path)


def test_plan_run_and_report_send_every_row_once(upload: Upload, tmp_path: Path) -> None:
    seen: list[BatchResult] = []
    with upload.service() as service:
        prepared = service.plan(upload.request())
        plan = prepared.plan
        assert (plan.rows_to_send, len(plan.batches), plan.resumed) == (230, 3, False)
        assert service.lock is not None and service.lock.held  # held from planning on
        outcome = service.run(plan, upload.client(UploadControl()), UploadControl(),
                              on_result=seen.append)  # fmt: skip
        assert outcome.ending is Ending.COMPLETE
        assert (outcome.sent, outcome.failed, outcome.unfinished) == (230, 0, 0)
        finals = [r for r in seen if r.state.final]
        assert sorted(r.batch_no for r in finals) == [1, 2, 3]
        report = tmp_path / "report.csv"
        service.write_report(report, upload.sheet, prepared.conversion, plan.run_id)
        with report.open(encoding="utf-8-sig", newline="") as handle:
            statuses = {line["Status"] for line in csv.DictReader(handle)}
        assert statuses == {"sent"}
    upload.assert_each_row_arrived_once(230)

    with upload.service() as again:  # the same upload later: nothing is left to send
        plan = again.plan(upload.request()).plan
        assert plan.rows_to_send == 0 and plan.counts["already_sent"] == 230
    upload.assert_each_row_arrived_once(230)


def test_a_second_sender_is_refused_until_the_first_lets_go(upload: Upload) -> None:
    first, second = upload.service(), upload.service()
    try:
        plan = first.plan(upload.request()).plan
        with pytest.raises(JournalError) as refused:
            second.plan(upload.request())
        assert refused.value.code == "run_in_use" and second.lock is None
        assert first.counts(plan.run_id)["pending"] == 230  # the refused one changed nothing
        first.release()
        again = second.plan(upload.request()).plan
        assert again.resumed and again.run_id == plan.run_id
    finally:
        first.close()
        second.close()


def test_a_test_batch_then_the_rest(upload: Upload) -> None:
    with upload.service() as service:
        plan = service.plan(upload.request()).plan
        test = UploadControl(stop_after_first_batch=True)
        outcome = upload.run(service, plan, test)
        assert outcome.ending is Ending.TEST_DONE
        assert (outcome.sent, outcome.unfinished) == (100, 130)
        assert service.lock is not None  # still held between the test batch and the rest
        rest = service.remaining(plan)
        assert [b.batch_no for b in rest.batches] == [2, 3]
        assert upload.run(service, rest, UploadControl()).ending is Ending.COMPLETE
    upload.assert_each_row_arrived_once(230)


def test_a_stopped_upload_resumes_in_another_service_without_sending_twice(
    upload: Upload,
) -> None:
    control = UploadControl()

    def stop_after_the_first_batch(result: BatchResult) -> None:
        if result.state.final:
            control.stop.set()

    with upload.service() as service:
        plan = service.plan(upload.request(batch_size=20)).plan
        outcome = upload.run(service, plan, control, concurrency=1,
                             on_result=stop_after_the_first_batch)  # fmt: skip
        assert outcome.ending is Ending.STOPPED and 0 < outcome.unfinished < 230
        left = outcome.unfinished
    with upload.service() as later:
        resumed = later.plan(upload.request(batch_size=20), must_resume=True).plan
        assert resumed.resumed and resumed.rows_to_send == left
        assert upload.run(later, resumed, UploadControl()).ending is Ending.COMPLETE
    upload.assert_each_row_arrived_once(230)


def test_an_upload_made_with_edits_resumes_with_them_for_a_caller_that_knows_none(
    upload: Upload,
) -> None:
    # Data row 150 had 60 minutes; fixed to 77 (not an event-id column: ids stay).
    fix = CellEdit(index=150, column="Minutes attended", value="77", original="60")
    edited = convert_with_edits(upload.sheet, upload.mapping, edit_map([fix]))
    with upload.service() as window:
        prepared = window.plan(upload.request(conversion=edited, edits=(fix,)))
        assert prepared.edits == (fix,)
        test = UploadControl(stop_after_first_batch=True)
        assert upload.run(window, prepared.plan, test).ending is Ending.TEST_DONE
    assert len(upload.sandbox.hubspot_events()) == 100

    with upload.service() as command:  # reads the file again, knows of no edits
        prepared = command.plan(upload.request(), must_resume=True)
        assert prepared.plan.resumed and prepared.edits == (fix,)
        assert prepared.conversion.outcomes[150].event == edited.outcomes[150].event
        assert upload.run(command, prepared.plan, UploadControl()).ending is Ending.COMPLETE
        lines = command.report_rows(prepared.conversion, prepared.plan.run_id)
        assert lines[150].edited  # the report says which cell the window changed
    upload.assert_each_row_arrived_once(230)
    fixed = next(
        e for e in upload.sandbox.hubspot_events() if e["email"] == "person150@example.com"
    )
    assert fixed["tokens"]["minutesAttended"] == "77"


def test_a_caller_with_its_own_edits_is_not_given_stored_ones(upload: Upload) -> None:
    fix = CellEdit(index=150, column="Minutes attended", value="77", original="60")
    edited = convert_with_edits(upload.sheet, upload.mapping, edit_map([fix]))
    with upload.service() as first:
        first.plan(upload.request(conversion=edited, edits=(fix,)))
    with upload.service() as window:  # the user undid the fix in Preview: none go
        prepared = window.plan(upload.request(edits=()))
        assert prepared.edits == () and prepared.conversion is upload.conversion
        assert prepared.plan.resumed  # same event ids: the same run, without the fix now
        assert window.journal.cell_edits(prepared.plan.run_id) == []
        assert upload.run(window, prepared.plan, UploadControl()).ending is Ending.COMPLETE
    fixed = next(
        e for e in upload.sandbox.hubspot_events() if e["email"] == "person150@example.com"
    )
    assert fixed["tokens"]["minutesAttended"] == "60"


def test_nothing_to_resume_says_whether_the_file_changed(upload: Upload) -> None:
    with upload.service() as service:
        with pytest.raises(NothingToResume) as nothing:
            service.plan(upload.request(), must_resume=True)
        assert not nothing.value.file_changed and service.lock is None
        service.plan(upload.request(batch_size=50))  # an unfinished run of this file
        service.release()
        write_rows(upload.path, 231)  # the file changed since
        with pytest.raises(NothingToResume) as changed:
            service.plan(upload.request(source=FileFingerprint.of(upload.path)), must_resume=True)
        assert changed.value.file_changed


def test_a_refused_token_is_an_outcome_and_the_run_stays_resumable(upload: Upload) -> None:
    with upload.service() as service:
        plan = service.plan(upload.request()).plan
        outcome = upload.run(service, plan, UploadControl(), token="not-a-token")
        assert outcome.ending is Ending.STOPPED_BY_API
        assert outcome.code == "auth_refused" and isinstance(outcome.error, UploadStopped)
        assert outcome.unfinished == 230
    assert upload.sandbox.hubspot_events() == []
    with upload.service() as later:
        assert later.plan(upload.request(), must_resume=True).plan.rows_to_send == 230


def test_an_unexpected_error_ends_as_failed_with_the_callers_words() -> None:
    class DiskFull(Exception):
        code = "disk_full"

    control = UploadControl(stop_after_first_batch=True)
    failed = outcome_of({"sent": 3, "pending": 4}, control, error=DiskFull(), message="Disk full.")
    assert (failed.ending, failed.code, failed.message) == (
        Ending.FAILED,
        "disk_full",
        "Disk full.",
    )
    assert outcome_of({"sent": 3, "pending": 4}, control).ending is Ending.TEST_DONE
    control.stop.set()  # stopped during the test batch: not "test done"
    assert outcome_of({"sent": 3, "pending": 4}, control).ending is Ending.STOPPED
    assert outcome_of({"sent": 7}, None).ending is Ending.COMPLETE


def test_a_failed_plan_lets_go_of_the_lock(upload: Upload) -> None:
    with upload.service() as service:
        with pytest.raises(ValueError):
            service.plan(upload.request(batch_size=0))
        assert service.lock is None
    with upload.service() as other:  # free for anyone
        assert other.plan(upload.request()).plan.rows_to_send == 230


def test_the_journal_is_opened_once_from_any_thread(upload: Upload) -> None:
    with upload.service() as service:
        seen = []
        threads = [threading.Thread(target=lambda: seen.append(service.journal)) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(10)
        assert len(seen) == 4 and all(j is seen[0] for j in seen)


def test_batch_states_reach_the_callback_in_order(upload: Upload) -> None:
    seen: list[BatchResult] = []
    with upload.service() as service:
        plan = service.plan(upload.request()).plan
        upload.run(service, plan, UploadControl(), on_result=seen.append, concurrency=1)
    by_batch: dict[int, list[BatchState]] = {}
    for result in seen:
        by_batch.setdefault(result.batch_no, []).append(result.state)
    assert all(states[0] is BatchState.SENDING for states in by_batch.values())
    assert all(states[-1] is BatchState.SENT for states in by_batch.values())
