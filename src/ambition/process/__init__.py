"""What a command does with its own process: a second one for work that splits in two, and the
cyclic garbage collector told what lives as long as the command."""
