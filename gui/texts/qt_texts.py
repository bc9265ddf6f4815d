"""Qt's own texts that Qt's Simplified Chinese catalog (``qtbase_zh_CN.qm``, installed with PySide6) leaves in
English in this Qt version: the file dialog's "Look in:" and "Files of type:" (their mnemonics changed in Qt 6
and the catalog was not updated), the file-type names of folders, and the About Qt text (rewritten in Qt 6).

Each is written out below as the call Qt itself makes, so ``pyside6-lupdate`` puts it in TokenQuote's .ts under
Qt's context and TokenQuote's translator, which Qt consults before its own, fills the gap. The function is
also how a test lists them; nothing calls it at run time.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def qt_gaps() -> list[tuple[str, str]]:
    """(Qt's context, the text in the current language) for each gap filled here; in English, Qt's source."""
    return [
        ("QFileDialog", QCoreApplication.translate("QFileDialog", "&Look in:")),
        ("QFileDialog", QCoreApplication.translate("QFileDialog", "Files of &type:")),
        ("QAbstractFileIconProvider",
         QCoreApplication.translate("QAbstractFileIconProvider", "Folder", "All other platforms")),
        ("QAbstractFileIconProvider", QCoreApplication.translate("QAbstractFileIconProvider", "Drive")),
        ("QAbstractFileIconProvider", QCoreApplication.translate("QAbstractFileIconProvider", "Unknown")),
        # Help ▸ About Qt: the text Qt 6 shows under its version line, exactly as Qt has it.
        ("QMessageBox", QCoreApplication.translate(
            "QMessageBox",
            "<p>Qt is a C++ toolkit for cross-platform application development.</p><p>Qt provides single-source "
            "portability across all major desktop operating systems. It is also available for embedded Linux and "
            "other embedded and mobile operating systems.</p><p>Qt is available under multiple licensing options "
            "designed to accommodate the needs of our various users.</p><p>Qt licensed under our commercial "
            "license agreement is appropriate for development of proprietary/commercial software where you do "
            "not want to share any source code with third parties or otherwise cannot comply with the terms of "
            "GNU (L)GPL.</p><p>Qt licensed under GNU (L)GPL is appropriate for the development of "
            "Qt&nbsp;applications provided you can comply with the terms and conditions of the respective "
            'licenses.</p><p>Please see <a href="https://%2/">%2</a> for an overview of Qt '
            "licensing.</p><p>Copyright (C) The Qt Company Ltd. and other contributors.</p><p>Qt and the Qt logo "
            "are trademarks of The Qt Company Ltd.</p><p>Qt is The Qt Company Ltd. product developed as an open "
            'source project. See <a href="https://%3/">%3</a> for more information.</p>')),
    ]
