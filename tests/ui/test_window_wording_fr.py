"""The window's sentences come from codes, in the user's language, with no English left over.

The core writes English for the command line and the reports; the window builds the same content
from the same codes through Qt's translations. These tests install the French translation the
way the program does and check that every problem sentence keeps its values and loses its
English, while the English window still reads exactly like the core.
"""
# ruff: noqa: F811 - pytest fixtures imported from shell_support are parameters here

from __future__ import annotations

import errno
import re
import sys

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from shell_support import context, english, wait_pool  # noqa: F401

from app.api.errors import ApiError, AuthRefused
from app.core.conversion.convert import Problem
from app.core.conversion.mapping import MappingError, TargetField
from app.core.reading.sheet import SheetError
from app.core.reports.report_xlsx import ReportTooWide
from app.core.upload.engine import BatchResult, BatchState, UploadStopped
from app.core.upload.journal import JournalError
from app.ui.text.targets import target_description
from app.ui.wording import date_text, problem_text

NBSP = "\u00a0"

# One problem per sentence of app/core/conversion/messages.py, each with values that cannot be
# mistaken for words of either language.
PROBLEMS = [
    Problem("tokens.d", "Kol7", "date_invalid", {"value": "Qx1", "format": "%d/%m/%Y"}),
    Problem("tokens.d", "Kol7", "date_invalid", {"value": "Qx1", "reason": "serial_out_of_range"}),
    Problem("tokens.d", "Kol7", "date_invalid", {"value": "Qx1"}),
    Problem("tokens.d", "Kol7", "date_ambiguous", {"value": "Qx1"}),
    Problem("tokens.d", "Kol7", "date_not_real", {"value": "Qx1"}),
    Problem(
        "tokens.d",
        "Kol7",
        "date_not_real",
        {"value": "29/02/1900", "reason": "excel_1900_leap_day"},
    ),
    Problem("tokens.d", None, "date_not_real", {"value": "Qx1", "field": "Fld9"}),
    Problem(
        "tokens.d", "Kol7", "date_not_real", {"value": "Qx1", "field": "Fld9", "from_default": True}
    ),
    Problem("relationship.type", "Kol7", "type_unknown", {"value": "Qx1", "options": ["Op1"]}),
    Problem("end_object.type", "Kol7", "type_unknown", {"value": "Qx1", "options": ["Op1", "Op2"]}),
    Problem("start_object.id", "Kol7", "id_invalid_chars", {"value": "Qx1", "chars": "é "}),
    Problem("start_object.id", "Kol7", "id_too_long", {"value": "Qx1", "length": 41, "max": 40}),
    Problem("tokens.x", "Kol7", "cell_error", {"value": "#REF!", "field": "Fld9"}),
    Problem("tokens.x", "Kol7", "required_missing", {"field": "Fld9"}),
    Problem("tokens.x", "Kol7", "email_invalid", {"value": "Qx1"}),
    Problem("objectId", "Kol7", "object_id_invalid", {"value": "Qx1"}),
    Problem("tokens.x", "Kol7", "number_invalid", {"value": "Qx1"}),
    Problem(
        "tokens.x",
        "Kol7",
        "number_ambiguous",
        {"value": "Qx1", "as_thousands": 1234, "as_decimal": 1.234},
    ),
    Problem(
        "tokens.t",
        "Kol7",
        "enum_unknown",
        {"value": "Qx1", "field": "Fld9", "options": [f"Op{i}" for i in range(11)]},
    ),
    Problem("tokens.t", "Kol7", "enum_unknown", {"value": "Qx1", "field": "Fld9", "options": []}),
    Problem("tokens.x", "Kol7", "boolean_invalid", {"value": "Qx1"}),
    Problem("tokens.x", "Kol7", "text_invalid", {"value": "Qx1"}),
    Problem("tokens.x", "Kol7", "code_from_a_newer_core", {"value": "Qx1"}),
    Problem("tokens.x", "Kol7", "column_missing", {"field": "Fld9"}),
    Problem("event_id", "Kol7", "column_missing", {"field": "Event ID"}),
    Problem("tokens.x", None, "field_not_mapped", {"field": "Fld9"}),
    Problem(
        "objectId",
        None,
        "record_id_not_mapped",
        {"fields": ["Email", "Record ID", "User token (utk)"]},
    ),
    Problem(
        "email", None, "record_id_missing", {"fields": ["Email", "Record ID"], "columns": ["Kol7"]}
    ),
    Problem("email", None, "record_id_missing", {"fields": ["Email"]}),
    # Types typed as fixed values in Mapping: no cell to fix.
    Problem("relationship.type", None, "type_unknown", {"value": "Qx1", "options": ["Op1"]}),
    Problem("end_object.type", None, "type_unknown", {"value": "Qx1", "options": ["Op1", "Op2"]}),
]
# Words of the core's English sentences that no French sentence has.
ENGLISH_WORDS = re.compile(
    r"\b(the|is|not|Fix|cell|column|Mapping|could|Choose|value|which|none|or|and|of|"
    r"characters|spreadsheet|required|number|more|for example|space|recognises)\b"
)


def shown_values(problem: Problem) -> list[str]:
    """Return the values a sentence about ``problem`` shows in the core's English, so in any."""
    params = problem.params
    values = [str(params[key]) for key in ("value", "length", "max") if key in params]
    values += [problem.column] if problem.column else []
    # The destinations' own fields (Email, Event ID) are named in the window's language.
    values += [params["field"]] if params.get("field", "").startswith("Fld") else []
    values += list(params.get("columns") or [])
    values += [str(option) for option in (params.get("options") or [])[:8]]
    values += [params["format"]] if "format" in params else []
    return [value for value in values if value in problem.message]


@pytest.fixture
def french(qapp):
    """The French translation and locale, installed the way the program does."""
    from app.ui.launch import install_translators

    previous = QLocale()
    QLocale.setDefault(QLocale("fr"))
    translators = install_translators(qapp, "fr")
    assert translators, "event_loader_fr.qm missing"
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(previous)


@pytest.mark.parametrize("problem", PROBLEMS, ids=lambda p: p.code)
def test_every_problem_reads_in_french_with_its_values(french, problem):
    text = problem_text(problem)
    assert text != problem.message
    for value in shown_values(problem):
        assert value in text, (value, text)
    without_values = text
    for value in shown_values(problem) + ["#REF!", "Op1, Op2", "HubSpot", "Pipeless"]:
        without_values = without_values.replace(value, "")
    assert not ENGLISH_WORDS.search(without_values), text
    assert '"' not in text and " :" not in text, text


def test_french_problems_name_fields_as_the_mapping_step_does(french):
    missing = problem_text(PROBLEMS[-4])
    assert "e-mail ou id de fiche" in missing
    assert f"colonne «{NBSP}Kol7{NBSP}»" in missing
    default = problem_text(PROBLEMS[7])
    assert default.startswith(f"La valeur par défaut de «{NBSP}Fld9{NBSP}»{NBSP}: «{NBSP}Qx1")
    chars = problem_text(PROBLEMS[10])
    assert f"«{NBSP}é{NBSP}», espace" in chars
    listed = problem_text(PROBLEMS[18])
    assert "Op7 … (3 autres)" in listed


# Conversion always names the field of a fixed value; without that name, the window uses its own
# label for the field and the core the target's name.
NAMED = [p for p in PROBLEMS if p.column is not None or "field" in p.params]


@pytest.mark.parametrize("problem", NAMED, ids=lambda p: p.code)
def test_english_window_reads_like_the_core(english, problem):
    assert problem_text(problem) == problem.message


def test_token_types_are_named_in_french(french):
    token = TargetField("tokens.tier", "Tier", "enumeration", False, (), "")
    text = target_description(token)
    assert "enumeration" not in text
    assert "tier" in text and "valeur d’une liste" in text


def test_remembered_dates_use_the_locale(french):
    expected = QLocale().toString(QDate(2025, 6, 15), QLocale.FormatType.ShortFormat)
    assert date_text("2025-06-15T12:00:00+02:00") == expected == "15/06/2025"
    assert date_text("not a date") == "not a date"


def test_rows_read_so_far_have_a_singular(english):
    one = QCoreApplication.translate("FileStep", "Reading… %Ln rows so far", None, 1)
    many = QCoreApplication.translate("FileStep", "Reading… %Ln rows so far", None, 2)
    assert (one, many) == ("Reading… 1 row so far", "Reading… 2 rows so far")


def test_french_batch_columns_fit_their_words(qtbot, french):
    from app.ui.models.batch_model import BatchModel
    from app.ui.views.upload_step import UploadStep

    step = UploadStep()
    qtbot.addWidget(step)
    table, model = step.table, step.model
    step.details_button.setChecked(True)  # the technical columns too
    heads = table.horizontalHeader().fontMetrics()
    for column in range(BatchModel.TIME + 1):
        title = model.headerData(column, Qt.Orientation.Horizontal)
        assert table.columnWidth(column) > heads.horizontalAdvance(title), title
    statuses = [model.status_text(state) for state in BatchState]
    assert "Partly failed" not in statuses
    widest = max(table.fontMetrics().horizontalAdvance(s) for s in statuses)
    assert table.columnWidth(BatchModel.STATUS) > widest


def test_a_step_that_cannot_be_imported_stops_the_window(qtbot, context, wait_pool, monkeypatch):
    from app.ui.main_window import MainWindow

    monkeypatch.setitem(sys.modules, "app.ui.views.results_step", None)
    with pytest.raises(ImportError):
        MainWindow(context)


def batch(state: BatchState, code: str | None, message: str = "", **more) -> BatchResult:
    """Return one batch's state as the engine yields it, with the engine's English."""
    return BatchResult(1, 3, (2, 3, 4), state, code=code, message=message, **more)


@pytest.mark.parametrize(
    "result",
    [
        batch(
            BatchState.RETRYING, "rate_limited", "HubSpot asked us to slow down", http_status=429
        ),
        batch(BatchState.RETRYING, "timeout", "The service did not answer in time."),
        batch(BatchState.RETRYING, "connection_error", "The connection to the service was lost."),
        batch(BatchState.RETRYING, "server_error", "HubSpot had a temporary problem (error 503)."),
        batch(BatchState.RETRYING, "locked", "HubSpot is busy with this record; trying again."),
        batch(BatchState.RETRYING, "migrating", "The HubSpot account is being moved."),
        batch(BatchState.RETRYING, "bad_response", "The service sent an unreadable answer."),
        batch(BatchState.RETRYING, "from_a_newer_client", "Something the window never heard of."),
        batch(BatchState.FAILED, "batch_too_large", "HubSpot found the batch too large."),
        batch(BatchState.FAILED, "timeout", "The service did not answer in time. (gave up)"),
        batch(BatchState.FAILED, "unexpected_status", "HubSpot gave an unexpected answer (418)"),
        batch(BatchState.FAILED, "id_in_use", row_failures={2: "The service says this event id"}),
        batch(BatchState.FAILED, "outcome_unknown", row_failures={2: "The service's answer was"}),
        batch(BatchState.FAILED, "from_a_newer_client", "Something the window never heard of."),
        batch(BatchState.STOPPED, "stopped", "Stopped before this batch was confirmed."),
    ],
    ids=lambda r: f"{r.state.value}-{r.code}",
)
def test_batch_table_words_the_engine_codes_in_french(qtbot, french, result):
    from app.ui.views.upload_step import UploadStep

    step = UploadStep()
    qtbot.addWidget(step)
    text = step.model.message_for(result)
    assert text
    english = result.message or next(iter(result.row_failures.values()), "")
    assert english.split(" (")[0] not in text
    assert not re.search(r"\b(the|is|was|again|answer|trying)\b", text), text


def test_refused_rows_keep_the_service_reason_and_hide_unknown_english(french):
    from app.ui.text.upload import failure_text

    reason = "Property tier does not exist"
    assert failure_text("rejected", reason, "HubSpot") == f"Refusé par HubSpot{NBSP}: {reason}"
    unknown = failure_text("from_a_newer_client", "Something odd", "Pipeless")
    assert "Something odd" not in unknown and "from_a_newer_client" in unknown
    assert failure_text("internal_error", "The upload stopped", "HubSpot").startswith("L’envoi")
    for code in ("timeout", "auth_refused", "daily_limit", "certificate_error"):
        text = failure_text(code, "English from the engine", "HubSpot")
        assert "English" not in text and "HubSpot" in text, (code, text)


def test_english_failures_read_as_before(english):
    from app.ui.text.upload import failure_text, stop_text

    assert failure_text("rejected", "Bad tier", "HubSpot") == "Refused by HubSpot: Bad tier"
    assert stop_text("daily_limit", "HubSpot", "").startswith("HubSpot's daily limit is reached.")
    assert stop_text("new_code", "HubSpot", "Raw English") == (
        "HubSpot stopped the upload. Details are in the log file."
    )


@pytest.mark.parametrize(
    ("error", "shown"),
    [
        (SheetError("empty_file", "report.csv is empty.", "/x/report.csv"), "report.csv"),
        (ApiError("timeout", "The service did not answer in time."), "Le service"),
        (AuthRefused("The service refused the access token."), "jeton d’accès"),
        (UploadStopped("daily_limit", "The daily HubSpot API allowance is used up."), "demain"),
        (MappingError("json_invalid", "The mapping file is not valid JSON."), "mappage"),
        (JournalError("journal_unwritable", "Cannot write journal.sqlite."), "registre"),
        (OSError(errno.ENOSPC, "No space left on device"), "disque est plein"),
        (OSError(errno.EACCES, "Permission denied", "/x/out.xlsx"), "out.xlsx"),
        (ReportTooWide(16_390), "16\u202f390"),
    ],
    ids=lambda value: type(value).__name__ if isinstance(value, BaseException) else "",
)
def test_errors_of_background_work_read_in_french(french, error, shown):
    from app.ui.workers import describe_error

    text = describe_error(error)
    assert shown in text, text
    assert str(error) not in text
    assert not re.search(r"\b(the|is|not|cannot|refused)\b", text), text


def test_a_broken_mapping_file_is_explained_in_french(qtbot, french, context, wait_pool, tmp_path):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from app.ui.main_window import MainWindow

    broken = tmp_path / "old.mapping.json"
    broken.write_text("{ not json", encoding="utf-8")
    window = MainWindow(context)
    qtbot.addWidget(window)
    shown: list[str] = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(broken), ""))
        patch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
        window.load_mapping_file()
    window.file_step.shutdown()
    assert shown == [
        "old.mapping.json ne peut pas servir de mappage. Ce n’est pas un fichier de mappage "
        "enregistré par Event Loader."
    ]


def test_french_preview_status_column_fits_a_duplicate(qtbot, french):
    from app.ui.models.preview_model import PreviewModel
    from app.ui.views.preview_step import PreviewStep

    step = PreviewStep()
    qtbot.addWidget(step)
    step._size_columns()
    widest = PreviewModel.widest_status_sample()
    assert widest.startswith("Doublon")
    width = step.table.columnWidth(PreviewModel.STATUS_COLUMN)
    assert width > step.fontMetrics().horizontalAdvance(widest) + 16  # room for the icon
