"""What the Results step says in words: why rows failed, a problem's example, where rows went.

Worded from the run's results and the window's state, in the interface language; the step only
places these texts. The engine's English sentences stay in the journal for the files of rows to
fix; the window says the same from the failure's code.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QCoreApplication

from app.core.destinations import find
from app.ui.results_data import RunResults
from app.ui.results_summary import TEMPORARY_CODES, destination_display_name
from app.ui.state import WizardState
from app.ui.text.problems import duplicate_row_text
from app.ui.text.upload import failure_text
from app.ui.wording import problem_text


def reason_text(state: WizardState, code: str, reason: str) -> str:
    """Return why rows failed in the window's words (and language), from the failure's code.

    The journal keeps the engine's English sentence, for the rows to fix; the window says the
    same from the code, keeping only the service's own explanation of a refused row.
    """
    return failure_text(code, reason, destination_display_name(state.mapping))


def cause_text(state: WizardState, results: RunResults) -> str:
    """Say a failure shared by every failed row once; else the temporary ones (Retry's)."""
    pairs = Counter((code, reason) for _i, _n, code, reason in results.failed)
    reasons: Counter[str] = Counter()
    temporary: Counter[str] = Counter()
    for (code, reason), count in pairs.items():  # a few reasons, however many rows
        text = reason_text(state, code, reason)
        reasons[text] += count
        if code in TEMPORARY_CODES:
            temporary[text] += count
    if len(reasons) == 1:
        reason, count = reasons.most_common(1)[0]
        return QCoreApplication.translate(
            "ResultsStep", "%Ln rows failed for one reason: {reason}", None, count
        ).replace("{reason}", reason)
    # Other reasons are listed with the rows to fix, under the bar.
    return "\n".join(
        QCoreApplication.translate("ResultsStep", "%Ln rows: {reason}", None, count).replace(
            "{reason}", reason
        )
        for reason, count in temporary.most_common(5)
    )


def problem_example(state: WizardState, index: int, code: str) -> str:
    """Return the sentence Preview gives for problem ``code`` of row ``index``, or ""."""
    conversion = state.conversion
    if conversion is None or not 0 <= index < len(conversion.outcomes):
        return ""
    outcome = conversion.outcomes[index]
    if code == "duplicate" and outcome.duplicate_of is not None:
        return duplicate_row_text(outcome.duplicate_of)
    for problem in outcome.problems:
        if problem.code == code:
            return problem_text(problem)
    return ""


def destination_text(state: WizardState) -> str:
    """Name where the rows went, in the destination's own words (and the demo's sandbox)."""
    mapping = state.mapping
    if mapping is None:
        return ""
    destination = find(mapping.destination)
    if destination is not None and mapping.settings is not None and destination.result_text:
        # The destination's own words (its module), translated in the "Destinations" context.
        text = QCoreApplication.translate("Destinations", destination.result_text).format(
            **destination.result_values(mapping.settings)
        )
    elif destination is not None and mapping.settings is not None:
        text = destination.describe(mapping.settings)
    else:
        text = mapping.destination
    if state.demo:
        text += " " + QCoreApplication.translate("ResultsStep", "(built-in sandbox)")
    return text


def template_text(state: WizardState) -> str:
    """Name the HubSpot event template and its id, or a dash where there is none."""
    mapping = state.mapping
    if mapping is None or mapping.hubspot is None:
        return "—"
    name = mapping.hubspot.template_name
    template_id = mapping.hubspot.event_template_id
    return f"{name} ({template_id})" if name else str(template_id)
