"""What a report to save, print or preview is made of: its language, whether
small counts are withheld (the default: it may leave the branch) or exact
(a deliberate choice, recorded in the audit trail), and for a file, PDF or
an Excel workbook."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QRadioButton,
                               QVBoxLayout, QWidget)

from desktop.views.kit.output import PAGE_LANGUAGES
from desktop.views.kit.text import interface_language
from desktop.views.kit.widgets import Retranslatable

PDF, XLSX = "pdf", "xlsx"


class ReportOptionsDialog(Retranslatable, QDialog):
    def __init__(self, *, title: str, period_text: str, with_format: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("report_options")
        self.title = title
        self.period_text = period_text
        self.with_format = with_format
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.language = QComboBox(self)
        self.language.setObjectName("report_language")
        for code, name in PAGE_LANGUAGES:
            self.language.addItem(name, code)  # each language in its own name
        self.language.setCurrentIndex(self.language.findData(interface_language()))
        self.language_label = QLabel(self)
        self.language_label.setBuddy(self.language)
        self.format = QComboBox(self)
        self.format.setObjectName("report_format")
        self.format.addItem("", PDF)
        self.format.addItem("", XLSX)
        self.format_label = QLabel(self)
        self.format_label.setBuddy(self.format)
        self.withheld = QRadioButton(self)
        self.withheld.setObjectName("report_withheld")
        self.withheld.setChecked(True)
        self.exact = QRadioButton(self)
        self.exact.setObjectName("report_exact")
        self.figures = QButtonGroup(self)
        self.figures.addButton(self.withheld)
        self.figures.addButton(self.exact)
        self.figures_label = QLabel(self)
        self.exact_warning = QLabel(self)
        self.exact_warning.setWordWrap(True)
        self.exact_warning.setObjectName("exact_warning")
        self.exact_warning.setStyleSheet("color: #b3261e;")
        self.exact.toggled.connect(self.exact_warning.setVisible)
        self.exact_warning.hide()
        form = QFormLayout()
        form.addRow(self.language_label, self.language)
        if with_format:
            form.addRow(self.format_label, self.format)
        else:
            self.format.hide()
            self.format_label.hide()
        form.addRow(self.figures_label, self.withheld)
        form.addRow("", self.exact)
        form.addRow("", self.exact_warning)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.title)
        self.explanation.setText(self.period_text)
        self.language_label.setText(self.tr("Report &language:"))
        self.format_label.setText(self.tr("&File:"))
        self.format.setItemText(0, self.tr("PDF (pages to print or send)"))
        self.format.setItemText(1, self.tr("Excel workbook (a sheet per table, with charts)"))
        self.figures_label.setText(self.tr("Figures:"))
        self.withheld.setText(self.tr("Small counts withheld as “<5” (for HQ, donors, anyone outside the branch)"))
        self.exact.setText(self.tr("Exact figures (stays in the branch; recorded in the audit trail)"))
        self.exact_warning.setText(self.tr(
            "Exact small counts can point to the very people counted. Do not send this report outside the "
            "branch."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Continue"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def chosen_language(self) -> str:
        return self.language.currentData()

    def chosen_format(self) -> str:
        return self.format.currentData() if self.with_format else PDF

    def chosen_exact(self) -> bool:
        return self.exact.isChecked()
