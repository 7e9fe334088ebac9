"""Run the command-line interface with ``python -m ambition``."""

from ambition.cli import main

if __name__ == "__main__":
    main()
