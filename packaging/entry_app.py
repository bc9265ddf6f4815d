"""Frozen entry point of the windowed app (PyInstaller needs a script, not a console_scripts entry)."""
import sys

from gui.app import main

sys.exit(main())
