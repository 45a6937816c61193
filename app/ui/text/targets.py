"""The window's names and descriptions of the destinations' own fields (Mapping's targets)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication


def fixed_targets() -> dict[str, tuple[str, str]]:
    """Return the window's words for the destinations' own fields: target -> (label, help)."""
    return {
        "email": (
            QCoreApplication.translate("messages", "Email"),
            QCoreApplication.translate(
                "messages", "The contact's email address; HubSpot creates the contact if new."
            ),
        ),
        "objectId": (
            QCoreApplication.translate("messages", "Record ID"),
            QCoreApplication.translate("messages", "The HubSpot record ID (digits only)."),
        ),
        "utk": (
            QCoreApplication.translate("messages", "User token (utk)"),
            QCoreApplication.translate(
                "messages", "The HubSpot tracking cookie value of a contact."
            ),
        ),
        "domain": (
            QCoreApplication.translate("messages", "Domain"),
            QCoreApplication.translate(
                "messages", "The web domain the event happened on, usually with the user token."
            ),
        ),
        "timestamp": (
            QCoreApplication.translate("messages", "Event date and time"),
            QCoreApplication.translate(
                "messages",
                "When it happened; sets the event's place on the timeline. Empty means now.",
            ),
        ),
        "occurredAt": (
            QCoreApplication.translate("messages", "Occurred at"),
            QCoreApplication.translate(
                "messages",
                "When it happened; sets the event's place on the timeline. Empty means now.",
            ),
        ),
        "start_object.id": (
            QCoreApplication.translate("messages", "Start object ID"),
            QCoreApplication.translate("messages", "1 to 40 characters."),
        ),
        "start_object.type": (
            QCoreApplication.translate("messages", "Start object type"),
            QCoreApplication.translate("messages", "One of Pipeless's object types."),
        ),
        "relationship.type": (
            QCoreApplication.translate("messages", "Relationship type"),
            QCoreApplication.translate("messages", "What happened."),
        ),
        "end_object.id": (
            QCoreApplication.translate("messages", "End object ID"),
            QCoreApplication.translate("messages", "1 to 40 characters."),
        ),
        "end_object.type": (
            QCoreApplication.translate("messages", "End object type"),
            QCoreApplication.translate("messages", "One of Pipeless's object types."),
        ),
        "relationship.created_on": (
            QCoreApplication.translate("messages", "Relationship date"),
            QCoreApplication.translate("messages", "When it happened."),
        ),
        "relationship.single": (
            QCoreApplication.translate("messages", "Single relationship"),
            QCoreApplication.translate(
                "messages",
                "Yes (the default): repeats between the same two objects count as one "
                "relationship.",
            ),
        ),
        "start_object.created_on": (
            QCoreApplication.translate("messages", "Start object created on"),
            "",
        ),
        "start_object.modified_on": (
            QCoreApplication.translate("messages", "Start object modified on"),
            "",
        ),
        "end_object.created_on": (
            QCoreApplication.translate("messages", "End object created on"),
            "",
        ),
        "end_object.modified_on": (
            QCoreApplication.translate("messages", "End object modified on"),
            "",
        ),
    }


def target_label(target: Any) -> str:
    """Return a target field's label in the interface language (template tokens keep theirs)."""
    name = target.name
    fixed = fixed_targets().get(name)
    if fixed is not None:
        return fixed[0]
    if name.startswith("extraData."):
        return QCoreApplication.translate("messages", "Extra data: {name}").format(
            name=name.split(".", 1)[1]
        )
    return target.label


def target_description(target: Any) -> str:
    """Return what a target field is for, in the interface language."""
    name = target.name
    fixed = fixed_targets().get(name)
    if getattr(target, "help", ""):  # the destination's own words, from its module
        own = QCoreApplication.translate("Destinations", target.help).format(
            name=name.split(".", 1)[-1], type=kind_text(target.kind)
        )
        fixed = (fixed[0] if fixed else target.label, own)
    if fixed is not None:
        text = fixed[1]
        if getattr(target, "one_of", ()):
            note = QCoreApplication.translate(
                "messages",
                "A contact is found by its email, its record ID or its user token: "
                "map at least one.",
            )
            text = f"{text} {note}".strip()
        return text
    if name.startswith("tokens."):
        return QCoreApplication.translate(
            "messages", "Event template token {name} ({type})."
        ).format(name=name.split(".", 1)[1], type=kind_text(target.kind))
    if name.startswith("extraData."):
        return QCoreApplication.translate(
            "messages", "Free-form data shown in the event's details."
        )
    return target.description


def kind_text(kind: str) -> str:
    """Return a target's value type in a marketer's words (the Mapping table's own type words)."""
    names = {
        "string": QCoreApplication.translate("MappingModel", "text"),
        "number": QCoreApplication.translate("MappingModel", "number"),
        "date": QCoreApplication.translate("MappingModel", "date"),
        "datetime": QCoreApplication.translate("MappingModel", "date and time"),
        "enumeration": QCoreApplication.translate("MappingModel", "one of a list"),
        "boolean": QCoreApplication.translate("MappingModel", "yes or no"),
        "object_type": QCoreApplication.translate("MappingModel", "object type"),
        "relationship_type": QCoreApplication.translate("MappingModel", "relationship"),
        "json": QCoreApplication.translate("MappingModel", "any value"),
        "email": QCoreApplication.translate("MappingModel", "email address"),
    }
    return names.get(kind, kind)
