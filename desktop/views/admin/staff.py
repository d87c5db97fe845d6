"""Staff accounts (administrators): the list, and adding, resetting, changing
role and disabling accounts."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import Refused
from desktop.i18n import fill
from desktop.services import limits
from desktop.services.accounts import AccountService, UserRow
from desktop.services.permissions import Role, role_label
from desktop.views.kit.forms import hold_at_most
from desktop.views.kit.changes import USER, Change, ChangeBus
from desktop.views.kit.dialogs import DialogService
from desktop.views.kit.long_work import LongWork
from desktop.views.kit.opener import DialogOpener
from desktop.views.kit.widgets import MessageLabel, Retranslatable, RowsTableModel, heading_label, password_field
from desktop.views.kit.workers import WorkerPool

ROLES = (Role.RECEPTIONIST, Role.CASEWORKER, Role.COORDINATOR, Role.DIRECTOR, Role.ADMINISTRATOR)


def user_state(row: UserRow) -> str:
    if not row.active:
        return QCoreApplication.translate("Staff", "Disabled")
    return QCoreApplication.translate("Staff", "Active")


def health_key_state(row: UserRow) -> str:
    """Whether the account holds the key to restricted health information."""
    if row.health_key == "holds":
        return QCoreApplication.translate("Staff", "Holds the key")
    if row.health_key == "waiting":
        return QCoreApplication.translate("Staff", "Waiting for the key")
    return ""


class UserTableModel(RowsTableModel):
    """Staff accounts held in memory; ``set_rows()`` replaces them."""

    USERNAME, DISPLAY_NAME, ROLE, STATE, HEALTH_KEY = range(5)
    COLUMN_COUNT = 5
    _rows: list[UserRow]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.USERNAME:
                return row.username
            if col == self.DISPLAY_NAME:
                return row.display_name
            if col == self.ROLE:
                return role_label(row.role)
            if col == self.STATE:
                return user_state(row)
            if col == self.HEALTH_KEY:
                return health_key_state(row)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.HEALTH_KEY and row.health_key == "waiting":
            return QCoreApplication.translate(
                "Staff", "A director or caseworker who holds the key to restricted health information gives it "
                         "on their Settings page. The administrator cannot.")
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return QPalette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.UserRole:
            return row.username
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt override)
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            self.USERNAME: QCoreApplication.translate("Staff", "User name"),
            self.DISPLAY_NAME: QCoreApplication.translate("Staff", "Display name"),
            self.ROLE: QCoreApplication.translate("Staff", "Role"),
            self.STATE: QCoreApplication.translate("Staff", "State"),
            self.HEALTH_KEY: QCoreApplication.translate("Staff", "Health information"),
        }.get(section)


class RoleCombo(QComboBox):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        for role in ROLES:
            # The value, not the enum: Qt would hand back a plain str anyway.
            self.addItem(role_label(role), role.value)

    def retranslate(self) -> None:
        for i, role in enumerate(ROLES):
            self.setItemText(i, role_label(role))

    def role(self) -> Role:
        return Role(self.currentData())

    def set_role(self, role: Role) -> None:
        self.setCurrentIndex(self.findData(role.value))


def _button_box(dialog: QDialog) -> tuple[QDialogButtonBox, QPushButton, QPushButton]:
    box = QDialogButtonBox(dialog)
    ok = QPushButton(dialog)
    ok.setDefault(True)
    cancel = QPushButton(dialog)
    box.addButton(ok, QDialogButtonBox.ButtonRole.AcceptRole)
    box.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box, ok, cancel


def _form() -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


class _PasswordDialog(QDialog):
    """A dialog that saves a password: the key derivation (about half a second,
    twice) runs on a pool thread while a bar says so, and the dialog closes once
    it is saved. Refusals stay inline and the dialog stays open."""

    def _set_up_saving(self, workers: WorkerPool) -> None:
        self.long_work = LongWork(workers, message=self.message, name="saving_password", parent=self)
        self.long_work.busy_changed.connect(self._saving)

    def _saving(self, busy: bool) -> None:
        for widget in self.findChildren(QLineEdit) + self.findChildren(QComboBox) + [self.buttons]:
            widget.setEnabled(not busy)

    def _save(self, work, *, step: str) -> None:
        if self.password.text() != self.repeat.text():
            # Named context: tr() here would take the subclass's name, which lupdate cannot know.
            self._refuse(QCoreApplication.translate("AddUserDialog",
                                                    "The two passwords differ. Type the same password twice."))
            return
        if not self.long_work.busy():
            self.long_work.run(lambda _ctx: work(), on_done=self._saved, on_failed=self._refuse, step=step,
                               cancellable=False)

    def _saved(self, _value) -> None:
        self.password.clear()
        self.repeat.clear()
        super().accept()

    def done(self, result: int) -> None:
        # Also the window's lock, which closes every dialog: then nobody waits for the answer.
        self.long_work.stop()
        super().done(result)

    def _refuse(self, text: str) -> None:
        self.message.show_error(text)
        self.password.clear()
        self.repeat.clear()
        self.password.setFocus()


class AddUserDialog(Retranslatable, _PasswordDialog):
    """Adds the account when accepted; refusals stay inline and the dialog stays open."""

    def __init__(self, accounts: AccountService, *, workers: WorkerPool, parent: QWidget | None = None):
        super().__init__(parent)
        self.accounts = accounts
        self.added: UserRow | None = None
        self.username = QLineEdit(self)
        self.username.setObjectName("new_username")
        self.username.setMaxLength(32)
        self.display_name = QLineEdit(self)
        self.display_name.setObjectName("new_display_name")
        hold_at_most(self.display_name, limits.DISPLAY_NAME)
        self.role = RoleCombo(self)
        self.password = password_field(self)
        self.password.setObjectName("new_password")
        self.repeat = password_field(self)
        self.repeat.setObjectName("new_repeat")
        self.labels = [QLabel(self) for _ in range(5)]
        form = _form()
        for label, field in zip(self.labels, (self.username, self.display_name, self.role,
                                              self.password, self.repeat)):
            label.setBuddy(field)
            form.addRow(label, field)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.message = MessageLabel(self)
        self.buttons, self.ok_button, self.cancel_button = _button_box(self)
        self._set_up_saving(workers)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.message)
        layout.addWidget(self.long_work)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Add a staff account"))
        for label, text in zip(self.labels, (self.tr("&User name:"), self.tr("&Display name:"),
                                             self.tr("R&ole:"), self.tr("&Password:"),
                                             self.tr("R&epeat password:"))):
            label.setText(text)
        self.role.retranslate()
        self.username.setPlaceholderText(self.tr("Latin letters, e.g. aigerim.n"))
        self.note.setText(self.tr("Give the password to the person yourself; they can change it "
                                  "in Settings."))
        self.ok_button.setText(self.tr("Add"))
        self.cancel_button.setText(self.tr("Cancel"))

    def accept(self) -> None:
        accounts, username, display_name = self.accounts, self.username.text(), self.display_name.text()
        role, password = self.role.role(), self.password.text()

        def add() -> UserRow:
            self.added = accounts.add_user(username, display_name=display_name, role=role, password=password)
            return self.added
        self._save(add, step=self.tr("Saving the account…"))


class ResetPasswordDialog(Retranslatable, _PasswordDialog):
    def __init__(self, accounts: AccountService, user: UserRow, *, workers: WorkerPool,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.accounts = accounts
        self.user = user
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.password = password_field(self)
        self.password.setObjectName("reset_password")
        self.repeat = password_field(self)
        self.repeat.setObjectName("reset_repeat")
        self.labels = [QLabel(self) for _ in range(2)]
        form = _form()
        for label, field in zip(self.labels, (self.password, self.repeat)):
            label.setBuddy(field)
            form.addRow(label, field)
        self.message = MessageLabel(self)
        self.buttons, self.ok_button, self.cancel_button = _button_box(self)
        self._set_up_saving(workers)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.long_work)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Set a new password"))
        if self.user.active:
            text = self.tr("A new password for %1 (%2). Their old password stops working.")
        else:
            text = self.tr("A new password for %1 (%2). This also enables the disabled account again.")
        self.explanation.setText(fill(text, self.user.display_name, self.user.username))
        self.labels[0].setText(self.tr("&New password:"))
        self.labels[1].setText(self.tr("&Repeat password:"))
        self.ok_button.setText(self.tr("Set password"))
        self.cancel_button.setText(self.tr("Cancel"))

    def accept(self) -> None:
        accounts, username, password = self.accounts, self.user.username, self.password.text()
        self._save(lambda: accounts.reset_password(username, password=password),
                   step=self.tr("Saving the password…"))


class ChangeRoleDialog(Retranslatable, QDialog):
    def __init__(self, accounts: AccountService, user: UserRow, parent: QWidget | None = None):
        super().__init__(parent)
        self.accounts = accounts
        self.user = user
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.role = RoleCombo(self)
        self.role.set_role(user.role)
        self.role_label = QLabel(self)
        self.role_label.setBuddy(self.role)
        form = _form()
        form.addRow(self.role_label, self.role)
        self.message = MessageLabel(self)
        self.buttons, self.ok_button, self.cancel_button = _button_box(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Change role"))
        self.explanation.setText(fill(self.tr("The role decides what %1 (%2) may see and do."), self.user.display_name, self.user.username))
        self.role_label.setText(self.tr("R&ole:"))
        self.role.retranslate()
        self.ok_button.setText(self.tr("Change role"))
        self.cancel_button.setText(self.tr("Cancel"))

    def accept(self) -> None:
        if self.role.role() == self.user.role:
            super().reject()
            return
        try:
            self.accounts.change_role(self.user.username, role=self.role.role())
        except Refused as err:
            self.message.show_error(str(err))
            return
        super().accept()


class StaffPage(Retranslatable, QWidget):
    def __init__(self, accounts: AccountService, *, workers: WorkerPool, bus: ChangeBus, dialogs: DialogService,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("page_staff")
        self.accounts = accounts
        self.workers = workers
        self.bus = bus
        self.dialogs = dialogs
        self.opener = DialogOpener(self)

        self.heading = heading_label(self)
        self.count = QLabel(self)
        self.model = UserTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortLocaleAware(True)
        self.table = QTableView(self)
        self.table.setObjectName("users_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(UserTableModel.USERNAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Names run long (patronymics, Latin and Cyrillic): they get the spare room.
        header.setSectionResizeMode(UserTableModel.DISPLAY_NAME, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.setHighlightSections(False)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(self.change_role)

        self.add_button = QPushButton(self)
        self.add_button.setObjectName("add_user")
        self.add_button.clicked.connect(self.add_user)
        self.reset_button = QPushButton(self)
        self.reset_button.setObjectName("reset_password")
        self.reset_button.clicked.connect(self.reset_password)
        self.role_button = QPushButton(self)
        self.role_button.setObjectName("change_role")
        self.role_button.clicked.connect(self.change_role)
        self.disable_button = QPushButton(self)
        self.disable_button.setObjectName("disable_user")
        self.disable_button.clicked.connect(self.disable_user)
        self.message = MessageLabel(self)
        # Disabling gives the database a new key: seconds on a big branch, on a pool thread.
        self.long_work = LongWork(workers, message=self.message, name="staff", parent=self)
        self.long_work.busy_changed.connect(self._update_buttons)

        buttons = QHBoxLayout()
        for b in (self.add_button, self.reset_button, self.role_button, self.disable_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.count, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.long_work)
        layout.addWidget(self.table, 1)

        bus.changed.connect(self._on_change)
        self.reload()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.heading.setText(QCoreApplication.translate("Areas", "Staff accounts"))
        self.add_button.setText(self.tr("Add a user…"))
        self.reset_button.setText(self.tr("Set a new password…"))
        self.reset_button.setToolTip(self.tr("Also enables a disabled account again."))
        self.role_button.setText(self.tr("Change role…"))
        self.disable_button.setText(self.tr("Disable…"))
        self.model.retranslate()
        self._update_count()

    # -- data ---------------------------------------------------------------
    def reload(self) -> None:
        selected = self.selected_user()
        self.model.set_rows(self.accounts.list_users())
        self._update_count()
        if selected is not None:
            self.select_user(selected.username)
        self._update_buttons()

    def _update_count(self) -> None:
        active = sum(1 for r in self.model.rows() if r.active)
        self.count.setText(self.tr("%n active user(s)", "", active))

    def _on_change(self, change: Change) -> None:
        if change.touches(USER):
            self.reload()

    def selected_user(self) -> UserRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row())

    def select_user(self, username: str) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(Qt.ItemDataRole.UserRole) == username:
                self.table.selectRow(row)
                return

    def _update_buttons(self, *_args) -> None:
        user = self.selected_user()
        mine = user is not None and user.username == self.accounts.identity.username
        idle = not self.long_work.busy()
        self.add_button.setEnabled(idle)
        self.reset_button.setEnabled(idle and user is not None and not mine)
        self.role_button.setEnabled(idle and user is not None and not mine)
        self.disable_button.setEnabled(idle and user is not None and user.active and not mine)

    # -- actions ------------------------------------------------------------

    def add_user(self) -> None:
        self.message.clear_message()
        dialog = AddUserDialog(self.accounts, workers=self.workers, parent=self)

        def done() -> None:
            row = dialog.added
            self.select_user(row.username)
            self.message.show_done(lambda: fill(self.tr("%1 can now log in as %2."), row.display_name, row.username))
        self.opener.open(dialog, done)

    def reset_password(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        self.message.clear_message()
        dialog = ResetPasswordDialog(self.accounts, user, workers=self.workers, parent=self)

        def done() -> None:
            self.message.show_done(lambda: fill(self.tr("The password of %1 was changed."), user.username))
        self.opener.open(dialog, done)

    def change_role(self, *_args) -> None:
        user = self.selected_user()
        if user is None or user.username == self.accounts.identity.username:
            return
        self.message.clear_message()
        self.opener.open(ChangeRoleDialog(self.accounts, user, self))

    def disable_user(self) -> None:
        user = self.selected_user()
        if user is None or not user.active or self.long_work.busy():
            return
        confirmed = self.dialogs.question(
            self, fill(self.tr("Disable %1?"), user.username),
            fill(self.tr("%1 (%2) will no longer be able to log in.\n\n"
                    "Qamqor then gives the database a new key: copies of the database made from now on "
                    "cannot be opened with their password. You can enable the account again later by "
                    "setting a new password."), user.display_name, user.username),
            accept_text=self.tr("Disable"), reject_text=self.tr("Cancel"))
        if not confirmed:
            return
        accounts = self.accounts

        def done(last_holder) -> None:
            def text() -> str:
                said = fill(self.tr("%1 was disabled; the database has a new key."), user.username)
                if last_holder:
                    said += "\n" + self.tr(
                        "Nobody at the branch holds the key to restricted health information any more: only HQ's "
                        "escrow key does. Ask HQ to give it to the new director (qamqor users grant-health).")
                return said
            self.message.show_done(text)
        self.long_work.run(lambda _ctx: accounts.disable_user(user.username), on_done=done,
                           step=fill(self.tr("Disabling %1 and giving the database a new key…"), user.username),
                           cancellable=False)
