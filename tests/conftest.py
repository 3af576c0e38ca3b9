"""Shared fixtures: real Dovecot and SMTP servers, test accounts, and config files pointing at them."""

from __future__ import annotations

import email
import os
import re
import shutil
import signal
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

import pytest
from imapclient import IMAPClient

from servers import Dovecot

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "real-mail"


def corpus_dir(*parts: str) -> Path:
    """A folder of the shared real-mail corpus, or a clear skip when it is not beside the checkout."""
    path = CORPUS.joinpath(*parts)
    if not path.is_dir():
        pytest.skip(f"shared real-mail corpus not found beside the checkout ({path})")
    return path


@pytest.fixture(scope="session")
def dovecot() -> Iterator[Dovecot]:
    if shutil.which("dovecot") is None and not Path("/usr/sbin/dovecot").exists():
        pytest.fail("dovecot is not installed: run the tests with `bash .ci/run`, which installs it")
    server = Dovecot().start()
    yield server
    server.cleanup()


@dataclass
class Account:
    """One fresh mailbox on the test Dovecot."""

    server: Dovecot
    user: str
    password: str
    clients: list[IMAPClient] = field(default_factory=list)

    @property
    def host(self) -> str:
        return "127.0.0.1"

    @property
    def port(self) -> int:
        return self.server.port

    def client(self) -> IMAPClient:
        c = IMAPClient(self.host, port=self.port, ssl=False, timeout=10)
        c.login(self.user, self.password)
        self.clients.append(c)
        return c

    def append(self, folder: str, raw: bytes | EmailMessage, flags: tuple[bytes, ...] = ()) -> int:
        """APPEND as a delivery would: the INTERNALDATE is the message's own Date."""
        data = raw.as_bytes() if isinstance(raw, EmailMessage) else raw
        parsed = email.message_from_bytes(data)
        try:
            arrived = parsedate_to_datetime(parsed["Date"]) if parsed["Date"] else None
        except (TypeError, ValueError):
            arrived = None
        with self._client() as c:
            response = c.append(folder, data, flags=flags, msg_time=arrived)
        return int(re.search(rb"APPENDUID \d+ (\d+)", response).group(1))  # type: ignore[union-attr]

    def messages(self, folder: str) -> dict[int, dict[bytes, Any]]:
        """UID -> {BODY[], FLAGS} of every message in a folder."""
        with self._client() as c:
            c.select_folder(folder, readonly=True)
            uids = c.search(["ALL"])
            return c.fetch(uids, ["BODY.PEEK[]", "FLAGS"]) if uids else {}

    def _client(self) -> IMAPClient:
        c = IMAPClient(self.host, port=self.port, ssl=False, timeout=10)
        try:
            c.login(self.user, self.password)
        except Exception:
            c.shutdown()
            raise
        return c

    def close(self) -> None:
        for c in self.clients:
            try:
                c.logout()
            except Exception:  # noqa: BLE001
                pass


@pytest.fixture
def account(dovecot: Dovecot) -> Iterator[Account]:
    user, password = dovecot.add_user()
    acc = Account(dovecot, user, password)
    yield acc
    acc.close()


def cli(*args: str) -> str:
    """Run an inboxagent command in this process; it must succeed. Its output."""
    from click.testing import CliRunner

    from inboxagent.cli import main

    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def write_config(directory: Path, account: Account, chasing: bool = False, **agent: str) -> Path:
    """An inboxagent.toml for a test account (plain IMAP on loopback, password from the file).

    Reminders are off (rules/cadence.toml enabled = false) unless `chasing`: most tests are
    about the replies to debtors' messages, and the invoices they load are overdue."""
    directory.mkdir(parents=True, exist_ok=True)
    if not chasing:
        from inboxagent.resources import default_dir

        rules = directory / "rules"
        rules.mkdir(exist_ok=True)
        text = (default_dir("rules") / "cadence.toml").read_text(encoding="utf-8")
        (rules / "cadence.toml").write_text(text.replace("enabled = true", "enabled = false", 1), encoding="utf-8")
    lines = [f'{k} = "{v}"' for k, v in agent.items()]
    text = textwrap.dedent(f"""\
        [imap]
        host = "127.0.0.1"
        port = {account.port}
        username = "{account.user}"
        password = "{account.password}"
        security = "none"
        timeout = 10

        [agent]
        from = "Northwind Accounts <accounts@northwind-supplies.example>"
        state = "state.json"
        timezone = "Europe/London"
        """) + "\n".join(lines) + "\n"
    path = directory / "inboxagent.toml"
    path.write_text(text)
    return path


class SinkHandler:
    """An aiosmtpd handler that keeps every message, or refuses recipients with a chosen reply."""

    def __init__(self) -> None:
        self.messages: list[Any] = []
        self.refuse_rcpt: str | None = None  # e.g. "550 5.1.1 mailbox unavailable"
        # ("rcpt" | "data", pid): SIGKILL the client process at that step, to test crashes mid-send.
        self.kill_at: tuple[str, int] | None = None

    def _kill(self, step: str) -> None:
        if self.kill_at and self.kill_at[0] == step:
            os.kill(self.kill_at[1], signal.SIGKILL)
            self.kill_at = None

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: Any) -> str:
        if self.refuse_rcpt:
            return self.refuse_rcpt
        self._kill("rcpt")
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append(envelope)
        self._kill("data")
        return "250 Message accepted"


@dataclass
class SmtpSink:
    host: str
    port: int
    handler: SinkHandler

    @property
    def messages(self) -> list[Any]:
        return self.handler.messages


@pytest.fixture
def smtp_sink() -> Iterator[SmtpSink]:
    from aiosmtpd.controller import Controller

    from servers import free_port

    handler = SinkHandler()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    yield SmtpSink("127.0.0.1", port, handler)
    controller.stop()
