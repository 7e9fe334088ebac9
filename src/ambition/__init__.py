"""ambition: follow-up of a municipal council's goals for sustainable development.

The package is layered: ``models`` (the YAML file kinds), ``loading`` (files to an in-memory
``Repository`` plus diagnostics), ``method`` (the common assessment method), ``report`` (Jinja
reports) and ``cli`` (the only layer that parses arguments and prints).
"""

__version__ = "0.1.0"
