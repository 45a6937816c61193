"""Outcome codes the engine writes to the journal and the upload plan reads back.

Apart from both so that ``upload_plan`` need not import ``engine`` (which imports it for types).
"""

from __future__ import annotations

OUTCOME_UNKNOWN = "outcome_unknown"
OUTCOME_UNKNOWN_REASON = (
    "The service's answer was lost, so this event may or may not be there. It allows repeated "
    "events, so it was not sent again (it could appear twice): check it before sending it again."
)
