"""The editor of the owner's extra banned title words: a plain text box, one word a line."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


class BannedWordsDialog(QDialog):
    def __init__(self, words: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Extra banned words"))
        intro = QLabel(self.tr(
            "Words to flag in titles on top of the Advertising Law's list (极限词), one a "
            "line: for instance a rival's brand, or a word your platform warned you about. "
            "They are found through spaces, full-width letters and case, as the built-in "
            "words are."), self, wordWrap=True)
        self.editor = QPlainTextEdit(self)
        self.editor.setPlainText("\n".join(words))
        self.editor.setPlaceholderText(self.tr("One word a line"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.editor, 1)
        layout.addWidget(buttons)
        self.resize(420, 360)

    def words(self) -> list[str]:
        lines = (line.strip() for line in self.editor.toPlainText().splitlines())
        return list(dict.fromkeys(line for line in lines if line))
