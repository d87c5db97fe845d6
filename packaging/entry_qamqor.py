"""Entry point of the frozen ``qamqor`` program (PyInstaller needs a script)."""
import sys

from desktop.cli import main

sys.exit(main())
