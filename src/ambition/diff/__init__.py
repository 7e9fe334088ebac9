"""What changed in the ambition level between two states of a data repository: ``compare`` (two
loaded repositories), ``method`` (the method's parameters), ``git`` (reading a revision without
touching the checkout) and ``revisions`` (two revisions, or one and the working tree). Words for
people are :mod:`ambition.report.diff`'s."""
