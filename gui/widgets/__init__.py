"""Small building blocks the windows share: fields that parse as the user types, file dialogs, icons, fonts,
the interface's colours and style sheets.

May import ``gui.texts``, ``gui.settings`` and core.
"""
