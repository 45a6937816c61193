"""The mapping-wide checks, and the cell converters re-exported from ``converters``.

Mapping-wide codes: ``column_missing``, ``field_not_mapped``, ``record_id_not_mapped``. The cell
converters (``make_*``, ``ValueIssue``, ``parse_number``) live in ``app.core.conversion.converters``
so the destination modules can use them without importing the mapping checks.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.cells import cell_text, display_value
from app.core.conversion.converters import (
    EMAIL_MAX,
    NUMBER_TEXT_MAX,
    OBJECT_ID_MAX,
    ValueIssue,
    make_boolean_converter,
    make_email_converter,
    make_enum_converter,
    make_json_converter,
    make_length_limit,
    make_number_converter,
    make_object_id_converter,
    make_string_converter,
    make_type_converter,
    parse_number,
)
from app.core.conversion.mapping import Mapping, missing_required, settings_of, target_label
from app.core.conversion.problems import Problem
from app.core.destinations import find
from app.core.destinations.pipeless import (
    PIPELESS_ID_MAX,
    PIPELESS_ID_SYMBOLS,
    make_pipeless_id_converter,
)

# ---------------------------------------------------------------------------------------------
# Mapping-wide checks


def check_mapping(mapping: Mapping, headers: Sequence[str]) -> list[Problem]:
    """Return the problems that concern every row alike, once each.

    ``column_missing`` for a rule or an event-id column naming a column the sheet does not have,
    ``field_not_mapped`` for a required field with no column or value, ``record_id_not_mapped``
    for a contact template with none of email, objectId or utk. ``convert_rows`` reports the same
    codes on every row; a caller shows these once instead.
    """
    present = set(headers)
    problems: list[Problem] = []
    for target, rule in mapping.fields.items():
        if rule.column is not None and rule.column not in present:
            problems.append(
                Problem(target, rule.column, "column_missing",
                        {"field": target_label(mapping, target), "columns": list(headers)})
            )  # fmt: skip
    for column in mapping.event_id.columns:
        if column not in present:
            problems.append(Problem("event_id", column, "column_missing",
                                    {"field": "Event ID", "columns": list(headers)}))  # fmt: skip
    for group in missing_required(mapping):
        if len(group) == 1:
            problems.append(
                Problem(
                    group[0], None, "field_not_mapped", {"field": target_label(mapping, group[0])}
                )
            )
        else:
            problems.append(
                Problem("objectId", None, "record_id_not_mapped",
                        {"fields": [target_label(mapping, t) for t in group]})
            )  # fmt: skip
    return problems


def is_contacts(mapping: Mapping) -> bool:
    """Return True for a mapping whose events land on contacts (found by email, id or token)."""
    destination = find(mapping.destination)
    return destination is not None and destination.is_contacts(settings_of(mapping))


__all__ = [
    "EMAIL_MAX",
    "NUMBER_TEXT_MAX",
    "OBJECT_ID_MAX",
    "PIPELESS_ID_MAX",
    "PIPELESS_ID_SYMBOLS",
    "make_length_limit",
    "ValueIssue",
    "cell_text",
    "check_mapping",
    "display_value",
    "is_contacts",
    "make_boolean_converter",
    "make_email_converter",
    "make_enum_converter",
    "make_json_converter",
    "make_number_converter",
    "make_object_id_converter",
    "make_pipeless_id_converter",
    "make_string_converter",
    "make_type_converter",
    "parse_number",
]
