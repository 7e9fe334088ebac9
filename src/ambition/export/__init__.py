"""The bulk download of a period: one row per indicator and year with its value, the target,
the method's proposed and the final status and trend (``table``), as CSV, Excel or JSON
(``formats``)."""
