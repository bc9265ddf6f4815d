"""Frozen entry point of the console CLI."""
import sys

from core.cli import main

sys.exit(main())
