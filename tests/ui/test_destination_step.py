"""Step 2 through real widgets, against the sandbox over HTTP: accounts, keychain, templates."""
# ruff: noqa: F811 - pytest fixtures imported from shell_support are parameters here

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox
from shell_support import (  # noqa: F401
    WEBINAR_MAPPING,
    context,
    memory_keyring,
    no_keyring,
    sample,
    wait_pool,
)

from app.core.conversion.mapping import HUBSPOT, PIPELESS, FieldRule, Mapping, load_mapping
from app.ui.dialogs.account_dialog import AccountDialog
from app.ui.dialogs.template_dialog import TemplateDialog
from app.ui.state import Account, WizardState
from app.ui.views.destination_step import DestinationStep


@pytest.fixture
def step(qtbot, context, wait_pool):  # noqa: F811
    page = DestinationStep(context)
    qtbot.addWidget(page)
    page.enter(WizardState())
    page.show()
    return page


def fill_hubspot(qtbot, dialog, sandbox, token=None, developer_key=True):
    creds = sandbox.credentials
    qtbot.keyClicks(dialog.label_edit, "Marketing portal")
    qtbot.keyClicks(dialog.app_id_edit, str(creds["hubspot_app_id"]))
    qtbot.keyClicks(dialog.access_token.edit, token or creds["hubspot_access_token"])
    if developer_key:
        qtbot.keyClicks(dialog.developer_key.edit, creds["hubspot_developer_key"])
    dialog.advanced_box.setChecked(True)
    dialog.base_url_edit.clear()
    qtbot.keyClicks(dialog.base_url_edit, sandbox.base_url)


def run_test(qtbot, dialog):
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog._worker is None, timeout=20000)


def drive_dialog(monkeypatch, qtbot, fill, save=True):
    """Make AccountDialog.exec fill the real dialog, test, and save (instead of blocking)."""

    def exec_(dialog):
        qtbot.addWidget(dialog)
        dialog.show()
        fill(dialog)
        run_test(qtbot, dialog)
        if save and dialog.save_button.isEnabled():
            qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        else:
            dialog.reject()
        return dialog.result()

    monkeypatch.setattr(AccountDialog, "exec", exec_)


def test_no_account_yet_says_what_to_do(step):
    assert step.empty_accounts.isVisible()
    assert "HubSpot" in step.empty_accounts.text()
    assert not step.account_combo.isVisible()
    assert not step.is_complete()


def test_add_hubspot_account_tests_then_saves_in_keychain(
    qtbot,
    step,
    sandbox,
    memory_keyring,  # noqa: F811
    monkeypatch,
):
    drive_dialog(monkeypatch, qtbot, lambda d: fill_hubspot(qtbot, d, sandbox))
    qtbot.mouseClick(step.add_account_button, Qt.MouseButton.LeftButton)
    stored = memory_keyring.items[
        ("event-loader", f"hubspot:{sandbox.credentials['hubspot_app_id']}")
    ]
    blob = json.loads(stored)
    assert blob["access_token"] == sandbox.credentials["hubspot_access_token"]
    assert blob["base_url"] == sandbox.base_url
    assert step.account_combo.count() == 1
    assert "Marketing portal" in step.account_combo.currentText()
    assert (
        "\u2022\u2022\u2022\u2022" + sandbox.credentials["hubspot_access_token"][-4:]
        in step.account_combo.currentText()
    )
    # The templates were listed with the developer key during the test.
    qtbot.waitUntil(lambda: step.template_combo.count() == 3, timeout=10000)
    assert not step.is_complete()  # no template chosen yet
    index = step.template_combo.findData("1009877")
    step.template_combo.setCurrentIndex(index)
    step.template_combo.activated.emit(index)
    assert "Webinar attended" in step.template_combo.currentText()
    assert "4 tokens" in step.template_combo.currentText()
    assert step.tokens_tree.topLevelItemCount() == 4
    # Rows as tall as the window's other tables, not squeezed to the text.
    row = step.tokens_tree.visualItemRect(step.tokens_tree.topLevelItem(0))
    assert row.height() >= step.fontMetrics().height() + 8
    assert step.is_complete()
    state = WizardState()
    assert step.leave(state)
    assert state.account.app_id == int(sandbox.credentials["hubspot_app_id"])
    assert state.mapping.destination == HUBSPOT
    assert state.mapping.hubspot.event_template_id == "1009877"
    assert [t.name for t in state.mapping.hubspot.tokens] == [
        "webinar",
        "minutesAttended",
        "registeredOn",
        "attendance",
    ]
    assert len(state.templates) == 3


def test_saved_account_is_listed_by_a_new_step(
    qtbot,
    step,
    sandbox,
    memory_keyring,
    monkeypatch,  # noqa: F811
    context,
):  # noqa: F811
    drive_dialog(monkeypatch, qtbot, lambda d: fill_hubspot(qtbot, d, sandbox, developer_key=False))
    qtbot.mouseClick(step.add_account_button, Qt.MouseButton.LeftButton)
    again = DestinationStep(context)
    qtbot.addWidget(again)
    again.enter(WizardState())
    assert again.account_combo.count() == 1
    account = again.current_account()
    assert account.base_url == sandbox.base_url and account.verified
    assert "developer API key" in again.template_status.text.text()


def test_wrong_token_is_a_clear_message_and_nothing_is_saved(
    qtbot,
    sandbox,
    memory_keyring,
    context,  # noqa: F811
    wait_pool,
):  # noqa: F811
    dialog = AccountDialog(HUBSPOT, context.accounts)
    qtbot.addWidget(dialog)
    fill_hubspot(qtbot, dialog, sandbox, token="not-the-right-token")
    run_test(qtbot, dialog)
    text = dialog.result_label.text()
    assert "refused" in text and "access token" in text
    assert "not-the-right-token" not in text
    assert dialog.result_icon.accessibleName() == "Problem"  # not a bare "image" to a reader
    # The refused token is focused and selected: a paste replaces it.
    assert dialog.focusWidget() is dialog.access_token.edit
    assert dialog.access_token.edit.selectedText() == "not-the-right-token"
    assert not dialog.save_button.isEnabled()
    assert memory_keyring.items == {}


def test_a_refusal_does_not_stay_on_screen_once_a_fresh_token_is_pasted(
    qtbot,
    sandbox,
    memory_keyring,
    context,  # noqa: F811
    wait_pool,
):  # noqa: F811
    dialog = AccountDialog(HUBSPOT, context.accounts)
    qtbot.addWidget(dialog)
    fill_hubspot(qtbot, dialog, sandbox, token="not-the-right-token")
    run_test(qtbot, dialog)
    assert "refused" in dialog.result_label.text()
    # The refused token is selected: typing replaces it, as a paste would.
    qtbot.keyClicks(dialog.access_token.edit, sandbox.credentials["hubspot_access_token"])
    text = dialog.result_label.text()
    assert "refused" not in text
    assert text == "The details changed: test the connection again."
    run_test(qtbot, dialog)
    assert dialog.save_button.isEnabled()


def test_missing_fields_are_named_before_any_call(qtbot, context):  # noqa: F811
    dialog = AccountDialog(HUBSPOT, context.accounts)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog.result_label.text() == "Enter the app ID."
    qtbot.keyClicks(dialog.app_id_edit, "123")
    qtbot.mouseClick(dialog.refresh_mode, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert "refresh token" in dialog.result_label.text()
    assert dialog._worker is None


def test_editing_after_a_test_asks_for_a_new_test(
    qtbot, sandbox, memory_keyring, context, wait_pool
):  # noqa: F811
    dialog = AccountDialog(HUBSPOT, context.accounts)
    qtbot.addWidget(dialog)
    fill_hubspot(qtbot, dialog, sandbox, developer_key=False)
    run_test(qtbot, dialog)
    assert dialog.save_button.isEnabled()
    qtbot.keyClicks(dialog.access_token.edit, "x")
    assert not dialog.save_button.isEnabled()
    assert "test the connection again" in dialog.result_label.text()


def test_refresh_token_account(qtbot, sandbox, memory_keyring, context, wait_pool):  # noqa: F811
    creds = sandbox.credentials
    dialog = AccountDialog(HUBSPOT, context.accounts)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.app_id_edit, str(creds["hubspot_app_id"]))
    qtbot.mouseClick(dialog.refresh_mode, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.refresh_token.edit, creds["hubspot_refresh_token"])
    qtbot.keyClicks(dialog.client_id_edit, creds["hubspot_client_id"])
    qtbot.keyClicks(dialog.client_secret.edit, creds["hubspot_client_secret"])
    dialog.advanced_box.setChecked(True)
    dialog.base_url_edit.setText(sandbox.base_url)
    run_test(qtbot, dialog)
    assert dialog.save_button.isEnabled(), dialog.result_label.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.account.secrets["refresh_token"] == creds["hubspot_refresh_token"]
    assert "access_token" not in dialog.account.secrets


def test_without_keychain_the_account_is_kept_for_this_session(
    qtbot,
    step,
    sandbox,
    no_keyring,  # noqa: F811
    monkeypatch,
):
    drive_dialog(monkeypatch, qtbot, lambda d: fill_hubspot(qtbot, d, sandbox, developer_key=False))
    qtbot.mouseClick(step.add_account_button, Qt.MouseButton.LeftButton)
    assert step.account_combo.count() == 1
    assert "no keychain" in step.account_status.text.text()
    assert step.account_status.icon.accessibleName() == "Warning"
    assert step.current_account().verified


def test_pipeless_account_and_synchronous_option(qtbot, step, sandbox, memory_keyring, monkeypatch):  # noqa: F811
    creds = sandbox.credentials

    def fill(dialog):
        qtbot.keyClicks(dialog.app_id_edit, str(creds["pipeless_app_id"]))
        qtbot.keyClicks(dialog.api_key.edit, creds["pipeless_api_key"])
        dialog.advanced_box.setChecked(True)
        dialog.base_url_edit.setText(sandbox.base_url)

    qtbot.mouseClick(step.radios["pipeless"], Qt.MouseButton.LeftButton)
    assert step.details.currentWidget() is step.pipeless_box
    drive_dialog(monkeypatch, qtbot, fill)
    qtbot.mouseClick(step.add_account_button, Qt.MouseButton.LeftButton)
    assert step.is_complete()
    assert step.pipeless_app_label.text() == str(creds["pipeless_app_id"])
    qtbot.mouseClick(step.synchronous_check, Qt.MouseButton.LeftButton)
    state = WizardState()
    assert step.leave(state)
    assert state.mapping.destination == PIPELESS
    assert state.mapping.pipeless.app_id == int(creds["pipeless_app_id"])
    assert state.mapping.pipeless.synchronous is True


def test_wrong_pipeless_key_is_refused(qtbot, sandbox, memory_keyring, context, wait_pool):  # noqa: F811
    dialog = AccountDialog(PIPELESS, context.accounts)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.app_id_edit, str(sandbox.credentials["pipeless_app_id"]))
    qtbot.keyClicks(dialog.api_key.edit, "wrong-key-123")
    dialog.advanced_box.setChecked(True)
    dialog.base_url_edit.setText(sandbox.base_url)
    run_test(qtbot, dialog)
    assert "refused" in dialog.result_label.text()
    assert not dialog.save_button.isEnabled()


def test_template_typed_in_by_hand(qtbot, step, sandbox, memory_keyring, monkeypatch):  # noqa: F811
    drive_dialog(monkeypatch, qtbot, lambda d: fill_hubspot(qtbot, d, sandbox, developer_key=False))
    qtbot.mouseClick(step.add_account_button, Qt.MouseButton.LeftButton)
    assert step.template_combo.count() == 0 and not step.is_complete()

    def exec_(dialog):
        qtbot.addWidget(dialog)
        qtbot.keyClicks(dialog.id_edit, "1009876")
        qtbot.keyClicks(dialog.name_edit, "Course completed")
        dialog.tokens_table.item(0, 0).setText("level")
        kind = dialog.tokens_table.cellWidget(0, 1)
        kind.setCurrentIndex(kind.findData("enumeration"))
        dialog.tokens_table.item(0, 2).setText("Beginner=beginner, Expert=expert")
        dialog.add_token("score", "number")
        dialog._on_accepted()
        return dialog.result()

    monkeypatch.setattr(TemplateDialog, "exec", exec_)
    qtbot.mouseClick(step.manual_button, Qt.MouseButton.LeftButton)
    assert step.is_complete()
    state = WizardState()
    step.leave(state)
    hub = state.mapping.hubspot
    assert hub.event_template_id == "1009876" and hub.template_name == "Course completed"
    level = hub.token("level")
    assert level.type == "enumeration" and [o.value for o in level.options] == [
        "beginner",
        "expert",
    ]
    assert hub.token("score").type == "number"


def test_enumeration_token_without_options_is_refused(qtbot):
    dialog = TemplateDialog()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.id_edit, "5")
    dialog.tokens_table.item(0, 0).setText("tier")
    kind = dialog.tokens_table.cellWidget(0, 1)
    kind.setCurrentIndex(kind.findData("enumeration"))
    assert dialog.template() is None
    assert "tier" in dialog.error_label.text()


def test_demo_account_and_mapping_are_preselected(qtbot, step, sandbox):
    mapping = load_mapping(sample(WEBINAR_MAPPING))
    account = Account(
        HUBSPOT,
        int(sandbox.credentials["hubspot_app_id"]),
        "Demo",
        sandbox.base_url,
        {"access_token": sandbox.credentials["hubspot_access_token"]},
        verified=True,
    )
    step.context.accounts.add_demo(account)
    state = WizardState(account=account, mapping=mapping, demo=True)
    step.enter(state)
    assert step.current_account() is account
    assert step.current_template()["id"] == "1009877"
    assert step.is_complete()
    fields_before = dict(mapping.fields)
    assert step.leave(state)
    assert state.mapping.fields == fields_before  # same template: the mapping is kept


def test_changing_template_drops_the_fields_of_its_tokens(qtbot):
    mapping = load_mapping(sample(WEBINAR_MAPPING))
    from app.core.conversion.mapping import HubSpotSettings, TokenSpec

    other = HubSpotSettings(
        app_id=1,
        event_template_id="9",
        object_type="companies",
        tokens=[TokenSpec("webinar", "string")],
    )
    merged = DestinationStep.merged_mapping(mapping, other)
    assert "tokens.webinar" in merged.fields
    assert "tokens.attendance" not in merged.fields
    assert "email" not in merged.fields  # companies are found by record ID only
    assert merged.hubspot is other
    fresh = DestinationStep.merged_mapping(Mapping(PIPELESS, {"x": FieldRule(value=1)}), other)
    assert fresh.fields == {} and fresh.destination == HUBSPOT


def test_remove_account_asks_then_forgets_it(qtbot, step, sandbox, memory_keyring, monkeypatch):  # noqa: F811
    drive_dialog(monkeypatch, qtbot, lambda d: fill_hubspot(qtbot, d, sandbox, developer_key=False))
    qtbot.mouseClick(step.add_account_button, Qt.MouseButton.LeftButton)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    qtbot.mouseClick(step.remove_account_button, Qt.MouseButton.LeftButton)
    assert step.account_combo.count() == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(step.remove_account_button, Qt.MouseButton.LeftButton)
    assert step.account_combo.count() == 0
    assert memory_keyring.items == {}


def test_the_account_dialog_shows_only_the_fields_of_the_chosen_way(qtbot, context):  # noqa: F811
    dialog = AccountDialog(HUBSPOT, context.accounts)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.access_token.isVisible() and not dialog.refresh_token.isVisible()
    assert not dialog.base_url_edit.isVisible()  # Advanced stays folded until asked for
    qtbot.wait(50)
    short = dialog.height()
    qtbot.mouseClick(dialog.refresh_mode, Qt.MouseButton.LeftButton)
    assert not dialog.access_token.isVisible()
    assert dialog.refresh_token.isVisible() and dialog.client_id_edit.isVisible()
    dialog.advanced_box.setChecked(True)
    assert dialog.base_url_edit.isVisible() and dialog.base_url_edit.isEnabled()
    dialog.access_mode.setChecked(True)
    dialog.advanced_box.setChecked(False)
    # Folds back: no empty room left behind.
    qtbot.waitUntil(lambda: dialog.height() <= short + 1, timeout=2000)


def test_without_an_account_one_plain_button_and_readable_titles(qtbot, step):
    step.resize(1000, 600)
    qtbot.wait(50)
    assert step.add_account_button.isVisible() and not step.account_combo.isVisible()
    # Add account keeps a button's width instead of stretching across the box.
    assert step.add_account_button.width() < step.account_box.width() / 3
    header = step.tokens_tree.header()
    for column in range(3):
        title = step.tokens_tree.headerItem().text(column)
        assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(title)


def test_a_saved_account_on_a_local_address_is_tested_before_it_shows_connected(
    qtbot, step, sandbox, memory_keyring
):
    from app.core.secrets import account_key, save_account

    # What an older version saved from the demo: the sandbox's address of that day.
    key = account_key(PIPELESS, int(sandbox.credentials["pipeless_app_id"]))
    gone = "http://127.0.0.1:9"
    save_account(key, {"api_key": "sandbox-pipeless-key", "base_url": gone}, "Old demo")
    step.enter(WizardState())
    radio = step.radios["pipeless"]
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
    account = step.current_account()
    assert account is not None and account.base_url == gone
    assert not account.verified
    assert "Connected" not in step.account_status.text.text()
    assert not step.is_complete()
    qtbot.mouseClick(step.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not step._checking, timeout=20000)
    assert not step.is_complete()  # nothing answers there: it stays unusable, and says so


def test_custom_events_account_is_tested_by_listing_its_definitions(
    qtbot, step, sandbox, memory_keyring, monkeypatch
):  # noqa: F811
    creds = sandbox.credentials

    def fill(dialog):
        assert dialog.app_id_edit.accessibleName() == "Portal ID"
        assert "private app" in dialog.access_mode.text()
        assert not dialog.developer_key.isVisibleTo(dialog)  # custom events need no such key
        qtbot.keyClicks(dialog.app_id_edit, str(creds["hubspot_events_portal_id"]))
        qtbot.keyClicks(dialog.access_token.edit, creds["hubspot_events_access_token"])
        dialog.advanced_box.setChecked(True)
        dialog.base_url_edit.setText(sandbox.base_url)

    qtbot.mouseClick(step.radios["hubspot-events"], Qt.MouseButton.LeftButton)
    assert step.details.currentWidget() is step.catalogue_pages["hubspot-events"]
    drive_dialog(monkeypatch, qtbot, fill)
    qtbot.mouseClick(step.add_account_button, Qt.MouseButton.LeftButton)
    saved = json.loads(memory_keyring.items[("event-loader", "hubspot-events:4040404")])
    assert saved == {
        "access_token": creds["hubspot_events_access_token"],
        "base_url": sandbox.base_url,  # not the production address: kept with the account
    }
    # The test listed the definitions: they are there without another call.
    combo = step.catalogue_pages["hubspot-events"].combo
    assert [combo.itemData(i) for i in range(combo.count())] == [
        "pe4040404_webinar_attended",
        "pe4040404_demo_booked",
    ]
    assert not step.is_complete()
    combo.setCurrentIndex(1)
    combo.activated.emit(1)
    assert step.is_complete()
    state = WizardState()
    assert step.leave(state)
    settings = state.mapping.hubspot_events
    assert (settings.event_name, settings.primary_object) == ("pe4040404_demo_booked", "COMPANY")
    assert [p.name for p in settings.properties] == ["product", "seats"]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_list_titles_read_whole_before_a_list_is_loaded(qtbot, qapp, context, wait_pool, language):  # noqa: F811
    """ "Name in HubSpot" was cut to "Name in HubSp" on the custom event page until a list came."""
    from app.ui.launch import install_translators

    translators = install_translators(qapp, language)
    try:
        page = DestinationStep(context)
        qtbot.addWidget(page)
        page.resize(1024, 700)
        page.enter(WizardState())
        page.show()
        trees = [page.tokens_tree] + [p.fields_tree for p in page.catalogue_pages.values()]
        assert len(trees) >= 2
        for tree in trees:
            header = tree.header()
            metrics = header.fontMetrics()
            for column in range(tree.columnCount() - 1):
                title = tree.headerItem().text(column)
                assert header.sectionSize(column) >= metrics.horizontalAdvance(title), title
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_a_slow_down_while_testing_does_not_say_the_app_has_no_templates(
    qtbot,
    context,
    wait_pool,
    sandbox_factory,
    memory_keyring,  # noqa: F811
):
    from app.core.secrets import account_key, save_account
    from app.ui.connection import fetch_templates

    # One HubSpot call per 10 s, and another program has just made it: every call of the
    # window gets a 429 (as when an upload uses the account's whole rate limit).
    sb = sandbox_factory(rate_limit_per_10s=1, rate_limit_interval_ms=60_000)
    creds = sb.credentials
    key = account_key(HUBSPOT, int(creds["hubspot_app_id"]))
    secrets = {
        "access_token": creds["hubspot_access_token"],
        "developer_key": creds["hubspot_developer_key"],
        "base_url": sb.base_url,
    }
    save_account(key, secrets, "Marketing portal")
    assert fetch_templates(context.accounts.accounts(HUBSPOT)[0])  # the app has templates
    page = DestinationStep(context)
    qtbot.addWidget(page)
    page.enter(WizardState())
    page.show()
    assert page.current_account() is not None
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page._checking and not page._listing_templates, timeout=20000)
    assert "slow down" in page.account_status.text.text()
    assert page.template_combo.count() == 0  # nothing was listed
    # The templates were not listed: the app may well have some.
    shown = page.template_status.text.text()
    assert "No event templates were found" not in shown
    assert "slow down" in shown or "Test the connection again" in shown
