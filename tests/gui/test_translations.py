"""The translation files are complete and in step with the code: every ``tr()`` text of ``gui/`` is in
``resources/translations/tokenquote_zh_CN.ts`` with a finished Simplified Chinese translation that keeps its
placeholders, and the English plural forms are in ``tokenquote_en.ts``. A new or changed text without a
translation fails here (the message says which and how to update the files)."""

from __future__ import annotations

import re
import shutil

import pytest
from translation_tools import EN_TS, ZH_TS, read_ts, run_lupdate

FIX = ("run pyside6-lupdate and translate (see tests/gui/translation_tools.py for the exact commands)")
PLACEHOLDER = re.compile(r"\{\d*\}|\{[a-z_]+(?:![rs])?\}|%n|%\d")
CJK = re.compile(r"[\u3400-\u9fff]")
# Words a Chinese translation keeps as they are: names, codes, units and file types.
KEPT_WORDS = {"TokenQuote", "tokenquote", "Qt", "xlsx", "txt", "JSON", "UTF", "MB", "ID", "Id", "USD", "CNY", "URL",
              "tokens", "M", "K", "B", "T", "e", "g", "id", "s"}


def _described(messages) -> str:
    return "\n".join(f"  [{m.context}] {m.source!r}" + (f" ({m.comment})" if m.comment else "") for m in messages)


@pytest.fixture(scope="module")
def zh_messages():
    return read_ts(ZH_TS)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    """What pyside6-lupdate finds in gui/*.py now, written to a fresh .ts."""
    target = tmp_path_factory.mktemp("lupdate") / "extracted_zh_CN.ts"
    run_lupdate(target)
    return read_ts(target)


def test_every_message_has_a_finished_translation(zh_messages):
    unfinished = [m for m in zh_messages if m.state is not None or not all(t.strip() for t in m.translations)]
    assert not unfinished, f"untranslated, unfinished or obsolete in {ZH_TS.name}:\n{_described(unfinished)}\n{FIX}"


def test_every_tr_text_of_the_gui_is_in_the_ts_file(zh_messages, extracted):
    committed = {m.key for m in zh_messages}
    missing = [m for m in extracted if m.key not in committed]
    assert not missing, f"tr() texts missing from {ZH_TS.name}:\n{_described(missing)}\n{FIX}"
    used = {m.key for m in extracted}
    stale = [m for m in zh_messages if m.key not in used]
    assert not stale, f"{ZH_TS.name} keeps texts the code no longer has:\n{_described(stale)}\n{FIX}"


def test_translations_keep_placeholders_and_shortcuts(zh_messages):
    wrong = []
    for m in (m for m in zh_messages if m.state is None):   # the unfinished are reported above
        wanted = sorted(PLACEHOLDER.findall(m.source))
        for text in m.translations:
            if sorted(PLACEHOLDER.findall(text)) != wanted:
                wrong.append((m, text, "placeholders differ"))
            if re.search(r"&[^&\s]", m.source) and not re.search(r"&[^&\s]", text):
                wrong.append((m, text, "the &shortcut is lost"))
    assert not wrong, "\n".join(f"[{m.context}] {m.source!r} → {t!r}: {why}" for m, t, why in wrong)


def test_translations_are_chinese_not_copies(zh_messages):
    """A text with English words in it must come out in Chinese (names, codes and units aside)."""
    copies = []
    for m in zh_messages:
        words = {w for w in re.findall(r"[A-Za-z]+", PLACEHOLDER.sub("", m.source)) if w not in KEPT_WORDS}
        if words and m.context not in ("QShortcut",) and not all(CJK.search(t) for t in m.translations):
            copies.append(m)
    assert not copies, f"translations without Chinese text:\n{_described(copies)}"


def test_english_plural_forms(extracted):
    plural = [m for m in extracted if m.numerus]
    assert plural, "the GUI has plural texts (tr(..., '', n)); they need the English forms"
    english = {m.key: m for m in read_ts(EN_TS)}
    missing = [m for m in plural if m.key not in english]
    assert not missing, f"plural texts missing from {EN_TS.name}:\n{_described(missing)}\n{FIX}"
    for m in english.values():
        assert m.state is None and len(m.translations) == 2, m
        one, other = m.translations
        assert "(s)" not in one + other and "%n" in one and "%n" in other, m


def test_the_compiled_catalogs_have_nothing_unfinished(compiled_translations):
    for name, report in compiled_translations.items():
        assert "0 unfinished" in report and "untranslated" not in report, f"{name}: {report}"


def test_lupdate_leaves_the_committed_file_unchanged(tmp_path):
    """Running the maintainer's lupdate command on the committed file changes nothing but line endings."""
    copy = tmp_path / ZH_TS.name
    shutil.copy(ZH_TS, copy)
    run_lupdate(copy)
    assert [m for m in read_ts(copy)] == [m for m in read_ts(ZH_TS)]
