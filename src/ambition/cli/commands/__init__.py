"""One module per command, named as the command; ``ambition.cli`` registers them on the app."""
