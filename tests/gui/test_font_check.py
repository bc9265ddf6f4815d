"""Without fonts the app says so (stderr and a message), rather than drawing empty boxes."""

import os
import subprocess
import sys


def run_self_check(tmp_path, fontconfig_file=None):
    # In English whatever the machine's locale: the messages checked below are the English ones.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8", LC_ALL="C.UTF-8", LANGUAGE="en")
    if fontconfig_file is not None:
        env["FONTCONFIG_FILE"] = str(fontconfig_file)
    return subprocess.run([sys.executable, "-m", "gui.app", "--self-check"], capture_output=True, text=True,
                          env=env, timeout=120)


def test_fonts_found_on_this_machine(tmp_path):
    result = run_self_check(tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Latin and Chinese fonts found" in result.stdout


def test_no_font_at_all_is_said(tmp_path):
    empty = tmp_path / "fonts.conf"
    empty.write_text('<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
                     f'<dir>{tmp_path / "nofonts"}</dir><cachedir>{tmp_path / "cache"}</cachedir></fontconfig>',
                     encoding="utf-8")
    (tmp_path / "nofonts").mkdir()
    result = run_self_check(tmp_path, empty)
    assert "No fonts were found" in result.stdout + result.stderr


def test_no_chinese_font_is_said(tmp_path):
    latin_only = tmp_path / "fonts.conf"
    latin_only.write_text('<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
                          '<dir>/usr/share/fonts/truetype/dejavu</dir>'
                          f'<cachedir>{tmp_path / "cache"}</cachedir></fontconfig>', encoding="utf-8")
    result = run_self_check(tmp_path, latin_only)
    assert "No font for Chinese text" in result.stdout + result.stderr
