"""The rules of the common method, one module per rule kind."""
