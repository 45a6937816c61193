"""Each destination's own words, written in its module, reach the window translated.

The core stays free of Qt: the destination modules mark their English with a plain
``QT_TRANSLATE_NOOP("Destinations", ...)``; lupdate must find every one of them, the French file
must translate them, and the window must show them in the user's language.
"""
# ruff: noqa: F811 - pytest fixtures imported from shell_support are parameters here

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from shell_support import context, english, wait_pool  # noqa: F401

from app.core.conversion.mapping import targets_for
from app.core.conversion.mapping_types import TokenSpec
from app.core.destinations import all_destinations, get
from app.core.destinations.base import Destination
from app.ui.text.targets import target_description
from app.ui.views.destination_step import DestinationStep

FRENCH_TS = Path(__file__).parents[2] / "resources" / "translations" / "event_loader_fr.ts"


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


def marked_texts(destination: Destination) -> list[str]:
    """Return every text the destination module marks for the window."""
    texts = [
        destination.choice_text,
        destination.result_text,
        destination.account_id_field,
        destination.account_id_name,
        destination.account_id_hint,
        destination.access_choice,
        destination.access_hint,
    ]
    catalogue = destination.catalogue
    if catalogue is not None:
        texts += [
            catalogue.title,
            catalogue.combo_label,
            catalogue.reload_name,
            catalogue.listing,
            catalogue.empty,
            catalogue.choose,
            catalogue.go_on,
            catalogue.chosen,
            catalogue.status_name,
            catalogue.fields_name,
            catalogue.entry_text,
            *catalogue.columns,
        ]
    settings = destination.probe_settings(1, "pe1_probe")
    texts += [t.help for t in targets_for(settings) if t.help]
    return [t for t in texts if t]


def french_messages() -> dict[str, ET.Element]:
    """Return the "Destinations" messages of the French file by source text."""
    found = {}
    for context_node in ET.parse(FRENCH_TS).iter("context"):
        if context_node.findtext("name") == "Destinations":
            for message in context_node.iter("message"):
                found[message.findtext("source")] = message.find("translation")
    return found


@pytest.mark.parametrize("key", [d.key for d in all_destinations()])
def test_every_marked_text_is_extracted_and_translated(key):
    messages = french_messages()
    texts = marked_texts(get(key))
    assert texts
    for text in texts:
        assert text in messages, f"lupdate did not find {text!r}"
        translation = messages[text]
        assert translation.get("type") != "unfinished", text
        assert "".join(translation.itertext()).strip(), text


def test_the_window_shows_the_destinations_words_in_french(qtbot, context, french):
    step = DestinationStep(context)
    qtbot.addWidget(step)
    assert step.radios["hubspot-events"].text().startswith("Événements personnalisés")
    page = step.catalogue_pages["hubspot-events"]
    assert page.title() == "Événement personnalisé"
    assert page.fields_tree.headerItem().text(0) == "Propriété"


def events_email_and_property():
    spec = get("hubspot-events")
    tier = TokenSpec(name="tier", type="string", label="Tier")
    settings = spec.probe_settings(4040404, "pe4040404_webinar_attended")
    settings.properties = [tier]
    targets = {t.name: t for t in targets_for(settings)}
    return targets["email"], targets["properties.tier"]


def test_custom_events_email_help_does_not_promise_a_new_contact(english):
    email, prop = events_email_and_property()
    text = target_description(email)
    assert text.startswith("The contact's email address; HubSpot finds the contact by it.")
    assert "creates" not in text
    assert target_description(prop) == "Event property tier (text)."
    timeline = get("hubspot-timeline").probe_settings(1, "2")
    timeline_email = next(t for t in targets_for(timeline) if t.name == "email")
    assert "HubSpot creates the contact if new." in target_description(timeline_email)


def test_custom_events_field_help_is_french(french):
    email, prop = events_email_and_property()
    assert target_description(email).startswith("L’adresse e-mail du contact")
    assert "retrouve le contact" in target_description(email)
    assert target_description(prop).startswith("Propriété d’événement")
