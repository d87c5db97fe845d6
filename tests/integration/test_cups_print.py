"""A referral letter printed through Qamqor's printing code to a real CUPS
queue (the cups-pdf driver), whose output holds the letter's text.

The test starts its own cupsd (as root, with a private configuration and
socket) so the machine's printers are left alone; CUPS_SERVER points the
print commands and Qt at it.
"""
from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

import pytest

from desktop.services.documents import PRINTER, DocumentService
from desktop.services.private_files import PREFIX
from desktop.services.referrals import ProviderIn, ReferralIn, ReferralService
from desktop.services.visitors import NewVisitor, VisitorService
from desktop.views.kit.printing import Printers
from tests.conftest import AGREED, password_of

QUEUE = "qamqor-test"
PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")
BACKEND = Path("/usr/lib/cups/backend/cups-pdf")
WAIT_S = 15.0
QT_PRINTERS = ("from PySide6.QtWidgets import QApplication\n"
               "app = QApplication([])\n"
               "from desktop.views.kit.printing import Printers\n"
               "print('\\n'.join(Printers().names()))\n")


def _missing(reason: str):
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI installs cups and printer-driver-cups-pdf)")
    pytest.skip(reason)


def _wait_for(qtbot, check, what: str, timeout: float = WAIT_S):
    """Wait for another program (cupsd, cups-pdf) with Qt's own waiting, which keeps
    the event loop turning; the value ``check`` last returned when it came true."""
    seen = []

    def ready() -> bool:
        value = check()
        if value:
            seen.append(value)
        return bool(value)
    try:
        qtbot.waitUntil(ready, timeout=int(timeout * 1000))
    except qtbot.TimeoutError:
        pytest.fail(f"gave up waiting for {what} after {timeout:.0f} s")
    return seen[-1]


def _output_dirs() -> list[Path]:
    """Where cups-pdf writes, from its configuration (default ~/PDF)."""
    dirs = []
    conf = Path("/etc/cups/cups-pdf.conf")
    text = conf.read_text(errors="replace") if conf.exists() else ""
    out = re.search(r"^Out\s+(\S+)", text, re.MULTILINE)
    dirs.append(Path((out.group(1) if out else "${HOME}/PDF").replace("${HOME}", str(Path.home()))))
    anon = re.search(r"^AnonDirName\s+(\S+)", text, re.MULTILINE)
    dirs.append(Path(anon.group(1) if anon else "/var/spool/cups-pdf/ANONYMOUS"))
    return dirs


CUPSD_CONF = """Listen {root}/cups.sock
LogLevel info
Browsing No
WebInterface No
DefaultAuthType None
<Location />
  Order allow,deny
  Allow all
</Location>
<Location /admin>
  Order allow,deny
  Allow all
</Location>
"""

CUPS_FILES_CONF = """ServerRoot {root}/conf
RequestRoot {root}/spool
CacheDir {root}/cache
StateDir {root}/state
TempDir {root}/tmp
ServerBin /usr/lib/cups
DataDir /usr/share/cups
AccessLog {root}/log/access_log
ErrorLog {root}/log/error_log
PageLog {root}/log/page_log
SystemGroup root
"""


@pytest.fixture
def cups_queue(monkeypatch, qtbot):
    for tool in ("cupsd", "lpadmin", "lp", "lpstat", "pdftotext"):
        if shutil.which(tool) is None:
            _missing(f"{tool} is not installed")
    if not BACKEND.exists() or not PPD.exists():
        _missing("the cups-pdf printer driver is not installed")
    if os.geteuid() != 0:
        _missing("starting a private cupsd with the cups-pdf backend needs root")
    # Not under pytest's tmp_path: that is 0700, and CUPS filters run as the user lp.
    root = Path(tempfile.mkdtemp(prefix="qamqor-cups-"))
    root.chmod(0o755)
    for sub in ("conf/ppd", "spool/tmp", "cache", "state", "log"):
        (root / sub).mkdir(parents=True)
    (root / "tmp").mkdir(mode=0o1777)
    (root / "tmp").chmod(0o1777)
    (root / "spool/tmp").chmod(0o1777)
    (root / "conf/cupsd.conf").write_text(CUPSD_CONF.format(root=root))
    (root / "conf/cups-files.conf").write_text(CUPS_FILES_CONF.format(root=root))
    monkeypatch.setenv("CUPS_SERVER", str(root / "cups.sock"))
    daemon = subprocess.Popen(["cupsd", "-f", "-c", str(root / "conf/cupsd.conf"),
                               "-s", str(root / "conf/cups-files.conf")],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        _wait_for(qtbot, lambda: daemon.poll() is None and "is running" in subprocess.run(
            ["lpstat", "-r"], capture_output=True, text=True).stdout, "cupsd to start")
        subprocess.run(["lpadmin", "-p", QUEUE, "-E", "-v", "cups-pdf:/", "-P", str(PPD)],
                       capture_output=True, text=True, check=True)
        yield QUEUE, root
    finally:
        daemon.terminate()
        try:
            daemon.wait(timeout=10)
        except subprocess.TimeoutExpired:
            daemon.kill()
            daemon.wait()
        if daemon.stderr:
            daemon.stderr.close()
        shutil.rmtree(root, ignore_errors=True)


def _private_files() -> set[Path]:
    return {p for p in Path(tempfile.gettempdir()).glob(f"{PREFIX}*/**/*") if p.is_file()}


def test_a_letter_printed_to_a_cups_pdf_queue_holds_its_text(cups_queue, gate, qtbot):
    queue, root = cups_queue
    director = gate.log_in("director", password_of("director"))
    person = VisitorService(gate.db, director).register(NewVisitor(
        family_name="Каримова", given_name="Дилноза", latin_name="KARIMOVA DILNOZA", sex="F",
        birth_date=dt.date(1987, 2, 3), citizenship="TJ", consents=AGREED))
    referrals = ReferralService(gate.db, director)
    provider = referrals.save_provider(ProviderIn("Заң көмегі", "Юридическая помощь", "Legal Aid Office",
                                                  "legal_aid"))
    r = referrals.create(ReferralIn(person.person_id, provider.provider_id, "legal_aid"))
    number = referrals.issue_letter(r.referral_id).letter_number
    documents = DocumentService(gate.db, director)
    letter = documents.letter(number, languages=("kk", "ru"))

    # Qt offers the queue, as the print dialog of the Referrals area would. Asked in a
    # fresh process: libcups keeps the first server it talked to for the process's life.
    seen = subprocess.run([sys.executable, "-c", QT_PRINTERS], capture_output=True, text=True, timeout=60,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), cwd=Path(__file__).parents[2])
    assert queue in seen.stdout.split("\n"), seen.stderr

    before = _private_files()
    outputs = _output_dirs()
    existing = {p for d in outputs if d.is_dir() for p in d.glob("*.pdf")}
    # cups-pdf names its file after the job's title: a title of this run's own, so a
    # letter with the same number printed by another test run meanwhile is not taken.
    title = f"{number}-{uuid.uuid4().hex[:8]}"
    job = Printers().send(letter.content, queue, title=title)
    assert job.startswith(f"{queue}-")
    documents.delivered(letter, to=PRINTER)
    # lp took the PDF on its standard input: no file with the person's data was made for it.
    assert _private_files() == before
    assert documents.letter_data(number).copy

    def printed() -> list[Path]:
        return [p for d in outputs if d.is_dir() for p in d.glob("*.pdf")
                if p not in existing and title in p.name and p.stat().st_size > 0]
    found = _wait_for(qtbot, printed, f"cups-pdf to write {number} into {outputs} (log: {root}/log/error_log)")
    try:
        # cups-pdf writes the file, then closes it: wait until the text is all there.
        text = _wait_for(qtbot, lambda: number in (t := subprocess.run(["pdftotext", str(found[0]), "-"],
                                                               capture_output=True, text=True).stdout) and t,
                         "a complete PDF from cups-pdf")
        # cups-pdf prints through Ghostscript (PDF → PostScript → PDF), which keeps the
        # Latin glyphs' text but not the Cyrillic ones': the number and check code it is.
        assert documents.letter_data(number).check_code[:4] in text.replace(" ", "")
    finally:
        for p in found:
            p.unlink(missing_ok=True)
