"""`inboxagent demo`: the whole product on an embedded mail server (pymap) and SMTP sink, with sample data."""
