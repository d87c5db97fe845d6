"""Switching the interface language applies at once and is remembered."""
from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.app import startup_language
from desktop.i18n import Translations
from desktop.services.datadir import LocalSettings
from desktop.views.shell.areas import Area
from desktop.views.shell.language import LanguageSwitcher
from desktop.views.shell.login import LoginDialog

from .helpers import CatalogueTranslator

RUSSIAN = {"Settings": "Настройки", "Visitors": "Посетители", "Interface language": "Язык интерфейса",
           "Qamqor — %1": "Камкор — %1"}


def count_retranslations(monkeypatch, widgets) -> dict:
    counts = {id(w): 0 for w in widgets}
    for widget in widgets:
        original = widget.retranslate_ui

        def counted(original=original, key=id(widget)):
            counts[key] += 1
            original()
        monkeypatch.setattr(widget, "retranslate_ui", counted)
    return counts


def test_language_switch_in_settings_applies_at_once(qtbot, monkeypatch, admin_window, switcher,
                                                     install_translator, branch_dir):
    window = admin_window
    install_translator(CatalogueTranslator(switcher, "ru", RUSSIAN))
    everything = [window, window.lock_page, *window.pages.values()]
    counts = count_retranslations(monkeypatch, everything)

    qtbot.keyClick(window.navigation, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.current_area() == Area.SETTINGS
    settings = window.pages[Area.SETTINGS]
    assert settings.language.currentText() == "English"
    # The list holds Қазақша, Русский, English: one step up is Russian.
    qtbot.keyClick(settings.language, Qt.Key.Key_Up)

    qtbot.waitUntil(lambda: all(n > 0 for n in counts.values()))
    assert switcher.language == "ru"
    assert settings.language.currentText() == "Русский"
    settings_row = window.areas.index(Area.SETTINGS)
    assert window.navigation.item(settings_row).text() == "Настройки"
    assert window.navigation.item(0).text() == "Посетители"
    assert settings.language_box.title() == "Язык интерфейса"
    assert window.windowTitle() == "Камкор — Алматы филиалы"
    assert LocalSettings(branch_dir).language == "ru"

    # Back to English: the same texts return.
    settings.language.choose("en")
    qtbot.waitUntil(lambda: window.navigation.item(settings_row).text() == "Settings")


def test_language_is_remembered_after_a_restart(qtbot, admin_window, switcher, branch_dir, make_launcher, gate):
    admin_window.pages[Area.SETTINGS].language.choose("kk")
    admin_window.close()

    assert startup_language(branch_dir) == "kk"
    assert startup_language(branch_dir, "ru") == "ru"  # --lang wins
    translations = Translations()
    try:
        translations.install(startup_language(branch_dir))
        login = LoginDialog(lambda: gate, switcher=LanguageSwitcher(translations, data_dir=branch_dir))
        qtbot.addWidget(login)
        assert login.language.currentText() == "Қазақша"
    finally:
        translations.install("en")


def test_language_picked_at_log_in_applies_and_is_remembered(qtbot, launcher, switcher, install_translator,
                                                            branch_dir):
    install_translator(CatalogueTranslator(switcher, "ru", {"Log in": "Войти"}))
    dialog = launcher.start()
    assert dialog.log_in_button.text() == "Log in"
    dialog.language.choose("ru")
    qtbot.waitUntil(lambda: dialog.log_in_button.text() == "Войти")
    assert LocalSettings(branch_dir).language == "ru"
