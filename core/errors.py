"""Errors that carry *where* the problem is (option, field, file, line) as well as *what* is wrong.

Core raises these; the CLI prints ``str(error)`` as its one line on stderr (exit status 2) and the GUI
shows it at the field or in a message box. No traceback is ever meant to reach a user.
"""

from __future__ import annotations


class TokenQuoteError(Exception):
    """Base class: ``where`` names the option/field/file (and line), ``problem`` says what is wrong."""

    def __init__(self, where: str, problem: str):
        super().__init__(f"{where}: {problem}" if where else problem)
        self.where = where
        self.problem = problem

    def at(self, prefix: str) -> "TokenQuoteError":
        """Return a copy whose location is prefixed, e.g. a field error placed inside a file."""
        where = f"{prefix}: {self.where}" if self.where else prefix
        return type(self)(where, self.problem)


class InputError(TokenQuoteError):
    """A value typed or passed by the user is not acceptable (volume, percentage, date, currency...)."""


class CatalogError(TokenQuoteError):
    """A catalog or price-list file is unreadable or does not follow the catalog format."""


class FxError(TokenQuoteError):
    """A conversion needs an exchange rate that the FX table does not have."""


class ProjectFileError(TokenQuoteError):
    """A .tokenquote project file is broken, foreign or from a newer version."""


class WriteError(TokenQuoteError):
    """A file could not be written; the earlier file, if any, is untouched."""
