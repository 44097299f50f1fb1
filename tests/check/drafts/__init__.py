"""Test drafts for ``pogen check``: orders written the way other firms write them.

A draft is a list of blocks; :func:`build` turns it into a .docx in one of several
house styles (headings as Word heading styles, bold, underlined or capitalised plain
paragraphs, or one-cell tables; typed or automatic numbering; caption in a table, in text
boxes or as plain paragraphs).  Tracked insertions and deletions, comments and text boxes
are written as raw WordprocessingML, the way Word writes them.
"""
