"""Frozen entry point of the console CLI."""
import sys

from core.cli.main import main

sys.exit(main())
