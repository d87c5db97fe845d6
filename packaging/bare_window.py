"""The yardstick of the frozen start-up benchmark: a bare PySide6 log-in-like
window, frozen the same way as Qamqor (bare.spec). Prints QAMQOR-SHOWN when it
is on screen, then quits."""
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFormLayout, QLineEdit, QPushButton

app = QApplication(sys.argv)
dialog = QDialog()
form = QFormLayout(dialog)
form.addRow("User", QLineEdit())
form.addRow("Password", QLineEdit())
form.addRow(QPushButton("Log in"))


def shown():
    print("QAMQOR-SHOWN", flush=True)
    app.quit()


dialog.show()
QTimer.singleShot(0, shown)
sys.exit(app.exec())
