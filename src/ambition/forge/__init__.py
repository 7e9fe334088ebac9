"""The forge's part of the round: CODEOWNERS from the organisations' reviewers, the round as a
checklist per organisation (an issue's body), and its dates as an iCalendar file."""
