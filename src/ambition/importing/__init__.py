"""Values into the indicator files without copying by hand: Kolada's API or saved responses
(``kolada``, ``client``), spreadsheets (``sheets``), and the lossless, all-or-nothing writing of
the values (``values``: the text edit, ``plan``: what changes, checked before anything is written).
"""
