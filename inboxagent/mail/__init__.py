"""Mail: IMAP and SMTP adapters, parsing, composing replies, quoted text and machine mail."""
