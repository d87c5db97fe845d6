"""The service directory reads A→Z in the interface language's alphabet: in
Kazakh Ә comes after А and before Б, Қ after К (not after every Russian letter,
as comparing character codes would put them)."""
from __future__ import annotations

from desktop.models import Role
from desktop.services.referrals import ProviderIn, ReferralService
from desktop.views.referrals.providers_page import ProviderTableModel
from desktop.views.shell.areas import Area
from tests.conftest import password_of

# (Kazakh, Russian, English) names; one TB clinic each, so the service column ties.
NAMES = (("Бота орталығы", "Центр «Бота»", "Bota Centre"),
         ("Әділет", "Адилет", "Adilet"),
         ("Қамқор үйі", "Дом «Камкор»", "Kamkor House"),
         ("Абай емханасы", "Поликлиника «Абай»", "abai clinic"),
         ("Көмек", "Помощь", "Komek"),
         ("Ақ жол", "Ак жол", "Ak Zhol"))


def shown_names(page) -> list[str]:
    proxy = page.proxy
    return [proxy.index(r, ProviderTableModel.NAME).data() for r in range(proxy.rowCount())]


def test_the_directory_is_sorted_a_to_z_in_the_interface_language(qtbot, open_window, gate, switcher):
    director = gate.log_in("director", password_of("director"))
    service = ReferralService(gate.db, director)
    for kk, ru, en in NAMES:
        service.save_provider(ProviderIn(kk, ru, en, "tb_clinic"))
    window = open_window(Role.DIRECTOR)
    window.show_area(Area.REFERRALS)
    page = window.pages[Area.REFERRALS].providers
    qtbot.waitUntil(lambda: page.proxy.rowCount() == len(NAMES))
    # Case does not split the list: "abai clinic" stands with the other A's.
    assert shown_names(page) == ["abai clinic", "Adilet", "Ak Zhol", "Bota Centre", "Kamkor House", "Komek"]
    switcher.choose("kk")
    kazakh = ["Абай емханасы", "Ақ жол", "Әділет", "Бота орталығы", "Көмек", "Қамқор үйі"]
    qtbot.waitUntil(lambda: shown_names(page) == kazakh)
    switcher.choose("ru")
    russian = ["Адилет", "Ак жол", "Дом «Камкор»", "Поликлиника «Абай»", "Помощь", "Центр «Бота»"]
    qtbot.waitUntil(lambda: shown_names(page) == russian)
    window.close()


def test_the_referral_dialog_offers_the_providers_a_to_z(qtbot, gate, switcher):
    from desktop.services.visitors import NewVisitor, VisitorService
    from desktop.views.referrals.referral_dialog import MakeReferralDialog
    from tests.conftest import AGREED

    director = gate.log_in("director", password_of("director"))
    service = ReferralService(gate.db, director)
    for kk, ru, en in NAMES:
        service.save_provider(ProviderIn(kk, ru, en, "tb_clinic"))
    person = VisitorService(gate.db, director).register(NewVisitor(given_name="Тест", sex="F", consents=AGREED))
    switcher.choose("kk")
    dialog = MakeReferralDialog(service, person_id=person.person_id, person_label="Тест")
    qtbot.addWidget(dialog)
    dialog.set_category("tb_clinic")
    assert [dialog.provider.itemText(i) for i in range(dialog.provider.count())] == [
        "Абай емханасы", "Ақ жол", "Әділет", "Бота орталығы", "Көмек", "Қамқор үйі"]
