"""Entry point of the frozen ``qamqor-hq`` program (PyInstaller needs a script)."""
import sys

from desktop.cli import hq_main

sys.exit(hq_main())
