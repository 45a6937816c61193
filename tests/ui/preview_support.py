"""The Preview step on the sample, with no server behind it: shared by the Preview test modules."""

from __future__ import annotations

from collections.abc import Iterator

from run_steps_support import sample_state

from app.ui.state import WizardState
from app.ui.views.preview_step import PreviewStep


class NoSandbox:
    """The preview needs no server: an address nobody listens on."""

    base_url = "http://127.0.0.1:9"
    credentials = {"hubspot_app_id": "123456", "hubspot_access_token": "unused"}


def preview_state() -> WizardState:
    """Return the sample's state with no conversion yet: the step converts on entry."""
    state = sample_state(NoSandbox())
    state.conversion = None
    return state


def shown_preview_step(qtbot) -> Iterator[PreviewStep]:  # noqa: ANN001
    """Yield a shown Preview step (1100×700), then check its workers end."""
    step = PreviewStep()
    qtbot.addWidget(step)
    step.resize(1100, 700)
    step.show()
    yield step
    assert step.shutdown(20.0)
