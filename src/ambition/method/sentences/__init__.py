"""The method's sentences: one catalogue per language (``sv``, ``en``) keyed by (section, case),
the reader that fills their templates, and ``catalogue.write`` that picks the entry."""
