"""The one exception hierarchy of inboxagent; library errors are mapped into it at the edges.

    InboxAgentError
    ├── ConfigError            bad inboxagent.toml: names the file, the key and the problem
    ├── RulesError             a file in rules/ is invalid: file, line and reason
    ├── TemplateError          a template is missing or fails to render
    ├── InvoiceImportError     rows of an invoice CSV rejected (every `file:line: reason`)
    ├── StateError             the state file is unreadable, corrupt or locked
    ├── MessageError           one message cannot be processed: it is kept and marked for a person
    └── MailError              trouble talking to a mail server
        ├── TransientMailError     connection dropped, timeout, 4xx: retry with backoff
        │   └── UncertainDeliveryError  cut after the message data started: may have been delivered
        └── PermanentMailError     login refused, 5xx, missing folder: record, flag, go on

Every message is safe to show to a user: none carries a password.
"""

from __future__ import annotations


class InboxAgentError(Exception):
    """Base of every error inboxagent raises on purpose."""

    exit_code = 1


class ConfigError(InboxAgentError):
    """The configuration file is missing, unreadable or invalid."""

    exit_code = 2

    def __init__(self, path: object, key: str | None, problem: str) -> None:
        where = f"{path}" if key is None else f"{path}: {key}"
        super().__init__(f"{where}: {problem}")
        self.path = path
        self.key = key
        self.problem = problem


class RulesError(InboxAgentError):
    """A rules/ file is invalid."""

    exit_code = 2

    def __init__(self, path: object, line: int | None, problem: str) -> None:
        where = f"{path}" if line is None else f"{path}:{line}"
        super().__init__(f"{where}: {problem}")
        self.path = path
        self.line = line
        self.problem = problem


class TemplateError(InboxAgentError):
    """A template is missing or failed to render."""

    exit_code = 2


class InvoiceImportError(InboxAgentError):
    """An invoice CSV had bad rows; nothing was imported."""

    exit_code = 1

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


class StateError(InboxAgentError):
    """The state file cannot be used."""

    exit_code = 3


class MessageError(InboxAgentError):
    """One message cannot be processed; it is kept and marked for a person."""


class MailError(InboxAgentError):
    """Trouble talking to a mail server."""

    exit_code = 4


class TransientMailError(MailError):
    """Worth retrying after a pause: connection dropped, timeout, temporary failure."""


class UncertainDeliveryError(TransientMailError):
    """The connection failed after the message data started: the server may have it. Never resend."""


class PermanentMailError(MailError):
    """Retrying will not help: authentication refused, permanent rejection, missing folder."""
