"""Render every step of the window to PNG files (offscreen), for the README and for review.

Usage: ``python scripts/screenshots.py [OUT_DIR] [--lang fr] [--dark] [--all]`` (default
``docs/screenshots``). ``--all`` renders the light and dark themes in English and French, one
run each. Light English keeps the plain names (``4-preview.png``, linked from the README); the
others carry the theme and the language (``4-preview.dark.fr.png``).

It runs the demo flow on the built-in sandbox: empty File step, the sample
loaded, Destination, Mapping, Preview (also with a cell fixed in place, and Replace in column),
Upload (ready, after the test batch, while sending), Results and History; then the dialogs
(account after a refused token, Pipeless account, template, value map) and the problem states
(required field not mapped, every row bad, a slow-down, an upload stopped after the test batch,
failed rows, a file that is not a spreadsheet). Images are saved with 256 colours to keep them
small.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    """Render the screens; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path, nargs="?", default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", default="en")
    parser.add_argument("--dark", action="store_true", help="use a dark palette")
    parser.add_argument("--size", default="1100x720")
    parser.add_argument(
        "--all", action="store_true", help="render both themes in both languages (four runs)"
    )
    parser.add_argument(
        "--custom-events-only",
        action="store_true",
        help="render only the Destination and Mapping steps with HubSpot custom events",
    )
    parser.add_argument(
        "--pseudo",
        action="store_true",
        help="lengthen every text by 30 %% to find clipping (French)",
    )
    args = parser.parse_args()
    if args.all:
        return render_all(args.out, args.size)
    suffix = "" if not args.dark and args.lang == "en" else f".{theme_name(args.dark)}.{args.lang}"
    for name in ("EVENT_LOADER_CONFIG_DIR", "EVENT_LOADER_STATE_DIR", "EVENT_LOADER_LOG_DIR"):
        os.environ.setdefault(name, tempfile.mkdtemp(prefix="el-shots-"))

    from PySide6.QtCore import QEvent, QEventLoop
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    from app.core.settings import load_settings
    from app.ui.accounts import AccountStore
    from app.ui.context import AppContext
    from app.ui.demo import prepare_demo, start_demo_sandbox
    from app.ui.launch import create_application, install_translators
    from app.ui.main_window import MainWindow

    app = create_application([sys.argv[0]])
    app.setStyle("Fusion")
    if args.dark:
        # Built from the button and window colours, so the shades Fusion draws frames and
        # bevels with (light, midlight, mid, dark, shadow) are dark ones too.
        palette = QPalette(QColor("#3a3a3a"), QColor("#2b2b2b"))
        for role, color in (
            (QPalette.ColorRole.Window, "#2b2b2b"),
            (QPalette.ColorRole.WindowText, "#eeeeee"),
            (QPalette.ColorRole.Base, "#1e1e1e"),
            (QPalette.ColorRole.AlternateBase, "#333333"),
            (QPalette.ColorRole.Text, "#eeeeee"),
            (QPalette.ColorRole.Button, "#3a3a3a"),
            (QPalette.ColorRole.ButtonText, "#eeeeee"),
            (QPalette.ColorRole.Highlight, "#3d7ad6"),
            (QPalette.ColorRole.HighlightedText, "#ffffff"),
            (QPalette.ColorRole.PlaceholderText, "#a0a0a0"),
        ):
            palette.setColor(role, QColor(color))
        for role in (
            QPalette.ColorRole.WindowText,
            QPalette.ColorRole.Text,
            QPalette.ColorRole.ButtonText,
        ):
            palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
        app.setPalette(palette)
    translators = install_translators(app, args.lang)  # noqa: F841 - keep alive
    if args.pseudo:
        from PySide6.QtCore import QTranslator

        class Lengthen(QTranslator):
            """Pseudo-translation: French runs about 25 % longer than English."""

            def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ANN001
                if not source or "%" in source and len(source) < 4:
                    return None
                return source + " " + "é" * max(1, len(source) * 3 // 10)

        lengthen = Lengthen(app)
        app.installTranslator(lengthen)
    width, height = (int(v) for v in args.size.split("x"))
    args.out.mkdir(parents=True, exist_ok=True)

    def settle(seconds: float = 0.3, until=None) -> None:  # noqa: ANN001
        end = time.monotonic() + 20
        stop = time.monotonic() + seconds
        while time.monotonic() < stop or (
            until is not None and not until() and time.monotonic() < end
        ):
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            # Widgets replaced with deleteLater() go as they would in the running program's loop.
            app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            time.sleep(0.01)

    def save_small(pixmap, path: Path) -> None:  # noqa: ANN001
        # A window holds few colours: 256 of them keep the text crisp at a fifth of the size.
        # They are the picture's most frequent ones, not a fixed colour cube: the dark theme's
        # frames are shades a few steps from the background, which a cube merges into it.
        from collections import Counter

        from PySide6.QtCore import Qt
        from PySide6.QtGui import QImage

        image = pixmap.toImage().convertToFormat(QImage.Format.Format_RGB32)
        pixels = memoryview(image.constBits()).cast("I")
        table = [colour for colour, _count in Counter(pixels).most_common(256)]
        image = image.convertToFormat(
            QImage.Format.Format_Indexed8,
            table,
            Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither,
        )
        image.save(str(path), "PNG", 0)

    def shot(window: MainWindow, name: str) -> None:
        settle(0.2)
        path = args.out / f"{name}{suffix}.png"
        save_small(window.grab(), path)
        print(path)

    def shot_widget(widget, name: str) -> None:  # noqa: ANN001
        widget.show()
        settle(0.2)
        path = args.out / f"{name}{suffix}.png"
        save_small(widget.grab(), path)
        widget.hide()
        print(path)

    with contextlib.ExitStack() as stack:
        sandbox = start_demo_sandbox(stack)
        context = AppContext(settings=load_settings(), accounts=AccountStore(), demo=True)
        window = MainWindow(context)
        window.resize(width, height)
        window.show()
        if args.custom_events_only:
            shoot_custom_events(window, sandbox, shot, settle)
            window.hide()
            return 0
        prepare_demo(window, sandbox)
        settle(0.2, until=window.file_step.is_complete)
        shot(window, "1-file")
        window.go_next()
        settle(0.3)
        shot(window, "2-destination")
        window.go_next()
        settle(0.3)
        shot(window, "3-mapping")
        window.go_next()
        settle(0.5, until=window.current_step().is_complete)
        shot(window, "4-preview")
        preview = window.current_step()
        if hasattr(preview, "filter_by_code"):
            preview.problems_only.setChecked(True)
            shot(window, "4-preview-problems")
            preview.problems_only.setChecked(False)
        if hasattr(preview, "editor"):
            shoot_edits(window, preview, shot, shot_widget)
        for step in window.steps:
            if step.objectName() == "uploadStep":
                # Small batches, so the batch strip shows a picture rather than three squares.
                step.batch_size = 4
        window.go_next()
        upload = window.current_step()
        if hasattr(upload, "session"):
            settle(0.3, until=lambda: upload._phase == "ready")
            shot(window, "5-upload-ready")
            sandbox.configure(latency_ms=400)  # slow enough to catch the upload under way
            upload.test_button.click()
            settle(0.3, until=lambda: upload._phase == "test_done")
            shot(window, "5-upload-test-batch")
            upload.continue_button.click()
            settle(1.0)  # a third of the batches gone: the strip shows the upload under way
            shot(window, "5-upload-sending")
            settle(0.3, until=lambda: window.current_step() is not upload)
            results = window.current_step()
            settle(0.5, until=lambda: getattr(results, "results", None) is not None)
            shot(window, "6-results")
            shoot_upload_problems(window, start_demo_sandbox(stack), shot_widget, settle)
            shoot_history(results, shot_widget, settle)
            # The start page as it is met again: recent files with where each went, accounts.
            again = MainWindow(context)
            again.resize(width, height)
            again.show()
            settle(0.5, until=lambda: bool(again.file_step.start_page.uses))
            shot(again, "1-file-empty")
            again.hide()
        shoot_dialogs(window, sandbox, shot_widget, settle)
        shoot_problems(window, shot, settle)
        window.hide()
        custom = MainWindow(context)
        custom.resize(width, height)
        custom.show()
        shoot_custom_events(custom, sandbox, shot, settle)
        custom.hide()
        QApplication.processEvents()
    return 0


def theme_name(dark: bool) -> str:
    """Return the word a file name carries for the theme."""
    return "dark" if dark else "light"


def render_all(out: Path, size: str) -> int:
    """Render every theme and language, each in a fresh process (the language is set at start)."""
    import subprocess

    code = 0
    for dark in (False, True):
        for lang in ("en", "fr"):
            command = [sys.executable, __file__, str(out), "--lang", lang, "--size", size]
            command += ["--dark"] if dark else []
            print(f"-- {theme_name(dark)}, {lang}", flush=True)
            code = subprocess.run(command, check=False).returncode or code
    return code


def shoot_custom_events(window, sandbox, shot, settle) -> None:  # noqa: ANN001
    """Render the Destination and Mapping steps with HubSpot custom events (the demo account)."""
    from app.ui.demo import prepare_demo

    prepare_demo(window, sandbox)
    settle(0.2, until=window.file_step.is_complete)
    window.go_next()
    destination = window.current_step()
    destination.radios["hubspot-events"].click()
    combo = destination.catalogue_pages["hubspot-events"].combo
    settle(0.3, until=lambda: combo.count() > 0)
    combo.setCurrentIndex(combo.findData("pe4040404_webinar_attended"))
    combo.activated.emit(combo.currentIndex())
    settle(0.3)
    shot(window, "2d-destination-custom-events")
    window.go_next()
    settle(0.5, until=lambda: window.current_step().is_complete())
    shot(window, "3c-mapping-custom-events")


def shoot_dialogs(window, sandbox, shot_widget, settle) -> None:  # noqa: ANN001
    """Render the account, template and value-map dialogs as a user first sees them."""
    from app.core.conversion.mapping import HUBSPOT, PIPELESS
    from app.ui.dialogs.account_dialog import AccountDialog
    from app.ui.dialogs.template_dialog import TemplateDialog
    from app.ui.dialogs.value_map_dialog import ValueMapDialog

    dialog = AccountDialog(HUBSPOT, window.context.accounts, window)
    dialog.label_edit.setText("Marketing portal")
    dialog.app_id_edit.setText(str(sandbox.credentials["hubspot_app_id"]))
    dialog.access_token.edit.setText("wrong-token-123")
    dialog.advanced_box.setChecked(True)
    dialog.base_url_edit.setText(sandbox.base_url)
    dialog.show()
    dialog._on_test_clicked()
    settle(0.1, until=lambda: dialog._worker is None)
    shot_widget(dialog, "2a-account-dialog-refused")
    shot_widget(
        AccountDialog(PIPELESS, window.context.accounts, window), "2b-account-dialog-pipeless"
    )
    template = window.state.templates[0] if window.state.templates else None
    shot_widget(TemplateDialog(window, template), "2c-template-dialog")
    model = window.mapping_step.model
    sheet = window.state.sheet
    if model is not None and sheet is not None:
        for target in model.targets:
            rule = model.rule(target.name)
            if target.options and rule is not None and rule.column in sheet.headers:
                position = sheet.headers.index(rule.column)
                values = [row[position] for row in sheet.rows]
                dialog = ValueMapDialog(target.label, values, target.options, {}, window)
                shot_widget(dialog, "3a-value-map-dialog")
                break


def shoot_upload_problems(window, sandbox, shot_widget, settle) -> None:  # noqa: ANN001
    """Render a slow-down (429) while sending, and the results of an upload the service failed.

    A second sandbox (a fresh destination) gets the same file, mapping and account.
    """
    import dataclasses

    from app.core.upload.engine import RetryPolicy
    from app.ui.demo import demo_account
    from app.ui.views.results_step import ResultsStep
    from app.ui.views.upload_step import UploadStep

    state = dataclasses.replace(window.state, account=demo_account(sandbox), excluded_rows=set())
    size = window.size()
    sandbox.configure(burst_429_every=1, burst_429_length=1, retry_after=8.0)
    upload = UploadStep()
    upload.setContentsMargins(11, 11, 11, 11)  # shown alone: the window's margins
    upload.resize(size.width() - 170, size.height() - 60)
    upload.show()
    upload.enter(state)
    settle(0.2, until=lambda: upload._phase == "ready")
    upload.all_button.click()
    settle(0.3, until=lambda: bool(upload.model.waiting_retry_rows()))
    settle(1.2)
    shot_widget(upload, "5b-upload-slow-down")
    upload.shutdown(20.0)

    fast = RetryPolicy(max_attempts=2, initial=0.05, maximum=0.1, jitter=0.0)
    sandbox.configure(burst_429_every=None, error_rate_5xx=1.0)
    failing = UploadStep(retry=fast)
    failing.show()
    failing.enter(state)
    settle(0.2, until=lambda: failing._phase == "ready")
    failing.all_button.click()
    settle(0.2, until=lambda: failing._phase == "ended")
    results = ResultsStep()
    results.setContentsMargins(11, 11, 11, 11)
    results.resize(size.width() - 170, size.height() - 60)
    results.show()
    results.enter(state)
    settle(0.3, until=lambda: results.results is not None)
    shot_widget(results, "6b-results-failed")
    failing.shutdown(20.0)
    failing.hide()

    # Stopped after the test batch, in a journal of its own so nothing counts as sent already.
    sandbox.configure(error_rate_5xx=0.0)
    stopped = UploadStep(journal_dir=Path(tempfile.mkdtemp(prefix="el-shots-")))
    stopped.setContentsMargins(11, 11, 11, 11)
    stopped.resize(size.width() - 170, size.height() - 60)
    stopped.show()
    stopped.enter(state)
    settle(0.2, until=lambda: stopped._phase == "ready")
    stopped.test_button.click()
    settle(0.2, until=lambda: stopped._phase == "test_done")
    stopped.stop_button.click()
    settle(0.2, until=lambda: stopped._phase == "ended")
    shot_widget(stopped, "5c-upload-stopped")
    stopped.shutdown(20.0)


def shoot_edits(window, preview, shot, shot_widget) -> None:  # noqa: ANN001
    """Render a bad email fixed in place, then Replace in column; undo both afterwards."""
    from app.ui.models.preview_model import PreviewModel

    outcomes = window.state.conversion.outcomes
    bad = next(
        (i for i, o in enumerate(outcomes) if any(p.code == "email_invalid" for p in o.problems)),
        None,
    )
    if bad is None or "email" not in preview.model.targets:
        return
    column = PreviewModel.FIRST_FIELD_COLUMN + preview.model.targets.index("email")
    source = "Email address"
    fixed = preview.editor.source_text(bad, source).replace("@@", "@").replace(" ", "")
    if "@" not in fixed:
        fixed = "fixed@example.com"
    preview.editor.edit_cell(bad, source, fixed)
    preview.select_outcome(bad, column)
    shot(window, "4c-preview-edited")
    dialog = preview.open_replace_dialog()
    dialog.replace_edit.setText("marketing@example.com")
    dialog.recount()
    shot_widget(dialog, "4d-replace-in-column")
    dialog.reject()
    while preview.editor.undo_stack.canUndo():
        preview.editor.undo_stack.undo()


def shoot_history(results, shot_widget, settle) -> None:  # noqa: ANN001
    """Render History over the uploads above: finished, stopped and with failed rows."""
    results.show_history()
    dialog = results.history_dialog
    if dialog is None:
        return
    settle(0.2, until=lambda: dialog.stack.currentWidget() is not dialog.loading_label)
    # The offscreen screen is small: give the dialog the width it asks for on a real one.
    header = dialog.table.horizontalHeader()
    columns = sum(header.sectionSize(c) for c in range(header.count()))
    dialog.resize(max(dialog.width(), columns + 60), dialog.height())
    shot_widget(dialog, "6c-history")
    dialog.close()


def shoot_problems(window, shot, settle) -> None:  # noqa: ANN001
    """Render the states that explain a problem: a required field unmapped, an unreadable file."""
    if not window.go_to(2):
        return
    model = window.mapping_step.model
    if model is not None:
        model.set_column("email", None)
        window.mapping_step._select_first_problem()
        shot(window, "3b-mapping-required-missing")
        # Every row bad: the webinar names mapped as email addresses.
        sheet = window.state.sheet
        webinar = next((h for h in sheet.headers if "ebinar" in h), None) if sheet else None
        if webinar is not None:
            model.set_column("email", webinar)
            settle(0.2, until=window.mapping_step.is_complete)
        if webinar is not None and window.go_to(3):
            preview = window.current_step()
            button = getattr(preview, "mapping_button", None)
            settle(0.3, until=lambda: button is not None and not button.isHidden())
            shot(window, "4b-preview-every-row-bad")
    window.go_to(0)
    bad = Path(tempfile.mkdtemp()) / "export (old).xlsx"
    bad.write_bytes(b"not a workbook")
    window.open_file(bad)
    settle(0.1, until=window.file_step.error_message.isVisible)
    shot(window, "1b-file-unreadable")


if __name__ == "__main__":
    raise SystemExit(main())
