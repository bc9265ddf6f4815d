"""Qt's translation tools as the tests run them: ``pyside6-lupdate`` over every ``gui/**/*.py`` and the core modules with marked texts and ``pyside6-lrelease``
of the committed .ts files, and a reader of .ts files.

The maintainer's commands, run from the project folder after adding or changing a ``tr()`` text::

    pyside6-lupdate $(find gui -name "*.py"; grep -rl QT_TRANSLATE_NOOP core) -target-language zh_CN -no-obsolete -locations none \
        -ts resources/translations/tokenquote_zh_CN.ts
    pyside6-lupdate $(find gui -name "*.py"; grep -rl QT_TRANSLATE_NOOP core) -pluralonly -target-language en -no-obsolete -locations none \
        -ts resources/translations/tokenquote_en.ts

then translate what is new (Qt Linguist: ``pyside6-linguist``); packaging/setup.sh compiles the .qm files.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
ZH_TS = TS_DIR / "tokenquote_zh_CN.ts"
EN_TS = TS_DIR / "tokenquote_en.ts"
GUI_DIR = ROOT / "gui"

LUPDATE_ARGS = ["-no-obsolete", "-locations", "none"]


def qt_tool(name: str) -> str:
    """The path of ``pyside6-<name>`` (beside this Python, else on PATH, else PySide6's own binary)."""
    script = f"pyside6-{name}"
    beside = Path(sys.executable).parent / script
    if beside.exists():
        return str(beside)
    found = shutil.which(script)
    if found:
        return found
    import PySide6
    binary = Path(PySide6.__file__).resolve().parent / (f"{name}.exe" if sys.platform == "win32" else name)
    if binary.exists():
        return str(binary)
    raise FileNotFoundError(f"{script} is not installed (it comes with PySide6)")


def gui_sources() -> list[str]:
    """Every module of ``gui/``, and the core modules whose texts the GUI shows (marked there with
    ``QT_TRANSLATE_NOOP``: the errors' texts, the engine's notes, the rates' notes)."""
    marked = [p for p in (ROOT / "core").rglob("*.py") if "QT_TRANSLATE_NOOP(" in p.read_text(encoding="utf-8")]
    return sorted(str(p) for p in [*GUI_DIR.rglob("*.py"), *marked])


def run_lupdate(target: Path, language: str = "zh_CN", plural_only: bool = False) -> subprocess.CompletedProcess:
    """Extract the ``tr()`` texts of ``gui/*.py`` into ``target`` (updated in place when it exists)."""
    args = [qt_tool("lupdate"), *gui_sources(), "-target-language", language, *LUPDATE_ARGS]
    if plural_only:
        args.append("-pluralonly")
    return subprocess.run([*args, "-ts", str(target)], capture_output=True, text=True, cwd=ROOT, check=True,
                          timeout=120)


def run_lrelease(ts: Path, qm: Path) -> subprocess.CompletedProcess:
    return subprocess.run([qt_tool("lrelease"), str(ts), "-qm", str(qm)], capture_output=True, text=True, check=True,
                          timeout=120)


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    translations: tuple[str, ...]    # one per numerus form, else one
    state: str | None                # the translation's type attribute: None, "unfinished", "obsolete", "vanished"

    @property
    def key(self) -> tuple[str, str, str]:
        return self.context, self.source, self.comment


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if numerus:
                texts = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                texts = (translation.text or "",)
            messages.append(Message(name, message.findtext("source") or "", message.findtext("comment") or "",
                                    numerus, texts, translation.get("type")))
    return messages
