"""The one message catalogue: every text a user reads from diagnostics, reports, the terminal
and the round, in Swedish and English, by stable keys (``catalogue``); a message as data
(``text.Text``), written in a language only when it is shown."""
