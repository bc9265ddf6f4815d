"""Plans as the user builds them: the Plans dock (a plan chosen, a model picker per workload, its constraints,
whether it is in the quote, its lines and total with how each was chosen and any problem) and the plans' actions,
each edit one undoable step of the document calling a pure edit of ``core.project.edits``.

May import ``gui.comparison`` (the plans' texts and rows), ``gui.document``, ``gui.widgets``, ``gui.texts``,
``gui.settings`` and core; never ``gui.main`` or ``gui.app``. The panel and its dialog are imported when first
shown, not at start-up.
"""
