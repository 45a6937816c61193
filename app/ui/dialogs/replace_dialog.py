"""*Replace in column…* (Preview): change one value into another in every matching cell.

The dialog says how many cells will change before anything does ("31 cells will change"), so a
marketer sees the reach of a fix first. Replacing is one undo step (``PreviewEditor``); the file
on disk is never written.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.models.preview_edits import PreviewEditor

COUNT_DELAY_MS = 250  # count after typing pauses: a million-row column takes ~0.3 s to scan


class ReplaceDialog(QDialog):
    """Choose a column, a value to find and its replacement; shows the count first."""

    def __init__(
        self,
        editor: PreviewEditor,
        columns: list[tuple[str, str]],
        current: str | None = None,
        find: str = "",
        parent: QWidget | None = None,
    ) -> None:
        """``columns`` lists (column header, field title) of the editable columns."""
        super().__init__(parent)
        self.editor = editor
        self.setObjectName("replaceDialog")
        self.setWindowTitle(QCoreApplication.translate("ReplaceDialog", "Replace in column"))

        intro = QLabel(
            QCoreApplication.translate(
                "ReplaceDialog",
                "Changes the value in every matching cell of the column. The file is not "
                "changed; Ctrl+Z undoes the whole replacement.",
            )
        )
        intro.setWordWrap(True)

        self.column_box = QComboBox()
        self.column_box.setObjectName("replaceColumn")
        for column, field in columns:
            text = (
                column
                if column == field
                else QCoreApplication.translate("ReplaceDialog", "{column} (field {field})").format(
                    column=column, field=field
                )
            )
            self.column_box.addItem(text, column)
        if current is not None:
            self.column_box.setCurrentIndex(max(0, self.column_box.findData(current)))
        self.find_edit = QLineEdit(find)
        self.find_edit.setObjectName("replaceFind")
        self.find_edit.setPlaceholderText(
            QCoreApplication.translate("ReplaceDialog", "Leave empty to find empty cells")
        )
        self.replace_edit = QLineEdit()
        self.replace_edit.setObjectName("replaceWith")
        self.contains_box = QCheckBox(
            QCoreApplication.translate("ReplaceDialog", "Cells that &contain this text")
        )
        self.contains_box.setObjectName("replaceContains")
        self.contains_box.setToolTip(
            QCoreApplication.translate(
                "ReplaceDialog",
                "Off: only cells holding exactly this value. On: the text is replaced wherever "
                "it appears in a cell.",
            )
        )
        self.problems_box = QCheckBox(
            QCoreApplication.translate("ReplaceDialog", "Only rows with &problems")
        )
        self.problems_box.setObjectName("replaceProblemsOnly")
        self.count_label = QLabel()
        self.count_label.setObjectName("replaceCount")
        self.count_label.setWordWrap(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(QCoreApplication.translate("ReplaceDialog", "C&olumn:"), self.column_box)
        form.addRow(QCoreApplication.translate("ReplaceDialog", "&Find:"), self.find_edit)
        form.addRow("", self.contains_box)
        form.addRow(
            QCoreApplication.translate("ReplaceDialog", "Replace &with:"), self.replace_edit
        )
        form.addRow("", self.problems_box)

        self.buttons = QDialogButtonBox()
        self.replace_button = QPushButton(QCoreApplication.translate("ReplaceDialog", "&Replace"))
        self.replace_button.setObjectName("replaceButton")
        self.replace_button.setDefault(True)
        self.buttons.addButton(self.replace_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_replace_clicked)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.count_label)
        layout.addWidget(self.buttons)

        self.changed = 0  # cells changed when the dialog was accepted
        self._matches = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COUNT_DELAY_MS)
        self._timer.timeout.connect(self.recount)
        for signal in (
            self.find_edit.textChanged,
            self.replace_edit.textChanged,
            self.column_box.currentIndexChanged,
            self.contains_box.toggled,
            self.problems_box.toggled,
        ):
            signal.connect(self._timer.start)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 60)
        self.recount()

    def column(self) -> str | None:
        """Return the chosen column's header."""
        data = self.column_box.currentData()
        return str(data) if data is not None else None

    @Slot()
    def recount(self) -> int:
        """Count the cells a replace would change and say it (called after typing pauses)."""
        self._timer.stop()
        column = self.column()
        find = self.find_edit.text()
        contains = self.contains_box.isChecked()
        rows = (
            self.editor.matching_rows(
                column, find, contains=contains, problems_only=self.problems_box.isChecked()
            )
            if column is not None
            else []
        )
        replacement = self.replace_edit.text()
        if contains:
            count = sum(
                1
                for i in rows
                if self.editor.source_text(i, column or "").replace(find, replacement)
                != self.editor.source_text(i, column or "")
            )
        else:
            count = sum(1 for i in rows if self.editor.source_text(i, column or "") != replacement)
        self._matches = count
        if contains and not find:
            text = QCoreApplication.translate("ReplaceDialog", "Type the text to find.")
        elif count:
            text = QCoreApplication.translate(
                "ReplaceDialog", "%Ln cells will change.", None, count
            )
        else:
            text = QCoreApplication.translate("ReplaceDialog", "No cell matches.")
        self.count_label.setText(text)
        self.replace_button.setEnabled(count > 0)
        self.replace_button.setText(
            QCoreApplication.translate("ReplaceDialog", "&Replace %Ln cells", None, count)
            if count
            else QCoreApplication.translate("ReplaceDialog", "&Replace")
        )
        return count

    @property
    def matches(self) -> int:
        """Cells the last count found."""
        return self._matches

    @Slot()
    def _on_replace_clicked(self) -> None:
        if self._timer.isActive():
            self.recount()  # the user pressed Enter before the count caught up
        column = self.column()
        if column is None or not self._matches:
            return
        self.changed = self.editor.replace_in_column(
            column,
            self.find_edit.text(),
            self.replace_edit.text(),
            contains=self.contains_box.isChecked(),
            problems_only=self.problems_box.isChecked(),
        )
        self.accept()


def count_text(count: int) -> str:
    """Return the status line after a replacement."""
    return QCoreApplication.translate(
        "ReplaceDialog", "%Ln cells replaced. Ctrl+Z undoes it.", None, count
    )
