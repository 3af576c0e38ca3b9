"""Server faults against the real servers: connections cut mid-fetch, mid-IDLE, mid-APPEND and during
SMTP DATA, hung servers, refused logins, SMTP down, 4xx and 5xx. Nothing is lost, nothing is done twice.

The cuts come from a FaultProxy (tests/servers.py) between the agent and Dovecot or the SMTP
sink: it forwards real traffic and severs it at the byte chosen by the test.
"""

from __future__ import annotations

import asyncio
import email
import email.policy
import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import mailfactory as mf
from conftest import ROOT, Account, cli, write_config
from inboxagent.cli import main
from inboxagent.config import ImapConfig, PasswordSource, Secret, ServerConfig
from inboxagent.errors import PermanentMailError, TransientMailError
from inboxagent.mail import smtp as smtp_module
from inboxagent.mail.imap import ImapMailbox
from inboxagent.mail.mailbox import DRAFTED, NEEDS_PERSON, PROCESSED
from inboxagent.mail.smtp import SendRetry, send_message
from inboxagent.store import Store
from servers import Dovecot, FaultProxy, free_port

NOW = "2026-11-07T09:00:00+00:00"
FAST = SendRetry(attempts=3, first_wait=0.2, max_wait=1.0)
TO = ("hello@copperleaf.example",)


def wait_for(predicate: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.05)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}")


@contextmanager
def elapsed() -> Iterator[list[float]]:
    """Seconds the block took, in result[0] once it ends (raising or not)."""
    result: list[float] = []
    started = time.monotonic()
    try:
        yield result
    finally:
        result.append(time.monotonic() - started)


@pytest.fixture
def imap_proxy(dovecot: Dovecot) -> Iterator[FaultProxy]:
    proxy = FaultProxy(dovecot.port).start()
    yield proxy
    proxy.stop()


def imap_config(account: Account, port: int, timeout: float = 1.0, password: str | None = None) -> ImapConfig:
    return ImapConfig(host="127.0.0.1", port=port, username=account.user, security="none", timeout=timeout,
                      password=PasswordSource(Path("t.toml"), "imap", value=Secret(password or account.password)))


def agent_config(tmp_path: Path, account: Account, imap_port: int, sections: str = "", **agent: Any) -> Path:
    """An inboxagent.toml whose IMAP connection goes to `imap_port` (a FaultProxy), with short timeouts."""
    config = write_config(tmp_path, account, **agent)
    text = config.read_text().replace(f"port = {account.port}\n", f"port = {imap_port}\n", 1)
    config.write_text(text.replace("timeout = 10\n", "timeout = 3\n", 1) + sections)
    (tmp_path / "invoices.csv").write_text(mf.INVOICES_CSV)
    cli("invoices", "import", str(tmp_path / "invoices.csv"), "--config", str(config))
    return config


def replies_in_drafts(account: Account) -> Counter[str]:
    """How many drafts answer each message (by In-Reply-To)."""
    return Counter(str(email.message_from_bytes(i[b"BODY[]"])["In-Reply-To"]) for i in account.messages("Drafts").values())


def flags_by_message_id(account: Account) -> dict[str, set[str]]:
    return {str(email.message_from_bytes(i[b"BODY[]"])["Message-ID"]): {f.decode() for f in i[b"FLAGS"]}
            for i in account.messages("INBOX").values()}


# ---- IMAP: timeouts and cuts, one connection -------------------------------------------------------


def test_a_hung_imap_server_is_a_transient_error_within_the_timeout(account: Account, imap_proxy: FaultProxy) -> None:
    imap_proxy.hang = True  # accepts the connection, never says a word
    with elapsed() as took, pytest.raises(TransientMailError, match="did not answer"):
        ImapMailbox(imap_config(account, imap_proxy.port, timeout=1.0)).connect()
    assert took[0] < 3, f"connect hung for {took[0]:.1f}s with a 1 s timeout"


def test_a_server_that_stops_answering_mid_session_times_out_and_closes_at_once(
        account: Account, imap_proxy: FaultProxy) -> None:
    account.append("INBOX", mf.reply_by_sender())
    box = ImapMailbox(imap_config(account, imap_proxy.port, timeout=1.0)).connect()
    box.select("INBOX")
    imap_proxy.freeze()  # the connection stays open; nothing comes back
    with elapsed() as took, pytest.raises(TransientMailError, match="did not answer"):
        list(box.fetch("INBOX", [1]))
    assert took[0] < 3
    with elapsed() as closing:
        box.close()  # no LOGOUT on a dead link: it would wait for the timeout again
    assert closing[0] < 0.5
    imap_proxy.thaw()
    box = ImapMailbox(imap_config(account, imap_proxy.port, timeout=1.0)).connect()
    box.select("INBOX")
    imap_proxy.freeze()
    with elapsed() as took, pytest.raises(TransientMailError):
        box.wait("INBOX", 30.0, lambda: False)  # IDLE on a frozen server ends within the timeout too
    assert took[0] < 3
    box.close()


def test_a_cut_during_idle_is_noticed_at_once(account: Account, imap_proxy: FaultProxy) -> None:
    box = ImapMailbox(imap_config(account, imap_proxy.port, timeout=3.0)).connect()
    box.select("INBOX")
    fired = imap_proxy.cut_when(b"+ idling", deliver=True)  # the server confirmed IDLE, then the link dies
    with elapsed() as took, pytest.raises(TransientMailError, match="failed"):
        box.wait("INBOX", 30.0, lambda: False)
    assert fired.is_set()
    assert took[0] < 2.5, f"a dead link in IDLE took {took[0]:.1f}s to notice (the wait was 30 s)"
    box.close()


def test_a_cut_mid_fetch_is_a_transient_error(account: Account, imap_proxy: FaultProxy) -> None:
    account.append("INBOX", mf.reply_by_sender())
    box = ImapMailbox(imap_config(account, imap_proxy.port, timeout=3.0)).connect()
    uids = box.uids_after("INBOX", 0)
    imap_proxy.cut_when(b"could you resend the bank details")  # half of the message has arrived
    with pytest.raises(TransientMailError, match="failed"):
        list(box.fetch("INBOX", uids))  # raised while the generator is read, still mapped
    box.close()


def test_a_wrong_password_is_permanent_and_a_cut_during_login_is_not(account: Account, imap_proxy: FaultProxy) -> None:
    with pytest.raises(PermanentMailError, match="login refused") as refused:
        ImapMailbox(imap_config(account, account.port, password="not-the-Passw0rd")).connect()
    assert "not-the-Passw0rd" not in str(refused.value)
    imap_proxy.cut_when(b"LOGIN", side="client")  # the link dies while logging in: worth another try
    with pytest.raises(TransientMailError, match="during login"):
        ImapMailbox(imap_config(account, imap_proxy.port)).connect()


# ---- IMAP: the daemon across cuts ------------------------------------------------------------------


@contextmanager
def running_daemon(config: Path, log: Path) -> Iterator[subprocess.Popen[bytes]]:
    """`inboxagent run` as a real process; stopped with SIGTERM at the end, which must exit 0."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    with log.open("wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "inboxagent", "run", "--config", str(config), "--now", NOW],
                                stdout=out, stderr=subprocess.STDOUT, env=env, cwd=config.parent)
    try:
        yield proc
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=15) == 0, log.read_text()[-3000:]
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


REPLIES = {"acme": mf.reply_by_reference, "birchwood": mf.reply_by_invoice_number, "copperleaf": mf.reply_by_sender}


@pytest.mark.parametrize("fault", ["mid_fetch", "mid_idle", "after_append"])
def test_the_daemon_recovers_from_a_cut_and_loses_nothing(
        fault: str, account: Account, imap_proxy: FaultProxy, tmp_path: Path) -> None:
    config = agent_config(tmp_path, account, imap_proxy.port)
    account.append("Sent", mf.reminder_acme(), flags=(b"\\Seen",))
    account.append("INBOX", REPLIES["acme"]())
    if fault == "mid_fetch":  # the first pass's FETCH breaks off inside the debtor's message
        fired = imap_proxy.cut_when(b"Apologies for the delay")
    elif fault == "mid_idle":  # the first IDLE dies; mail arrives while the daemon is cut off
        fired = imap_proxy.cut_when(b"+ idling", deliver=True)
    else:  # Dovecot stored the draft; the daemon never hears the OK
        fired = imap_proxy.cut_when(b"[APPENDUID")
    log = tmp_path / "daemon.log"
    with running_daemon(config, log):
        wait_for(fired.is_set, 30, f"the {fault} cut")
        account.append("INBOX", REPLIES["birchwood"]())
        wait_for(lambda: len(replies_in_drafts(account)) >= 2 and "event=reconnect_wait" in log.read_text(),
                 30, "drafts after reconnecting")
        account.append("INBOX", REPLIES["copperleaf"]())  # and the daemon goes on as before
        wait_for(lambda: len(replies_in_drafts(account)) >= 3, 30, "a draft for mail after the recovery")
        time.sleep(0.5)  # room for a duplicate to appear, were one coming

    expected = {make()["Message-ID"] for make in REPLIES.values()}
    assert replies_in_drafts(account) == Counter(expected), "exactly one draft per message across the cut"
    store = Store(tmp_path / "state.json")
    for mid in expected:
        logged = store.message(mid)
        assert logged is not None and logged.outcome == "drafted", f"{mid} was not processed"
        draft = store.draft(logged.draft) if logged.draft else None
        assert draft is not None and draft.status == "pending", "the draft is known and waits for a person"
    assert len(store.drafts()) == 3
    flags = flags_by_message_id(account)
    assert all({PROCESSED, DRAFTED} <= flags[mid] for mid in expected), flags
    text = log.read_text()
    assert "Traceback" not in text
    assert "event=reconnect_wait" in text


def test_a_cut_while_storing_keywords_still_marks_the_message(account: Account, imap_proxy: FaultProxy,
                                                               tmp_path: Path) -> None:
    config = agent_config(tmp_path, account, imap_proxy.port)
    account.append("INBOX", mf.reply_by_sender())
    imap_proxy.cut_when(b"+FLAGS.SILENT", side="client")
    result = CliRunner().invoke(main, ["run", "--once", "--config", str(config), "--now", NOW])
    assert result.exit_code == 4 and "IMAP connection" in result.output  # the pass stops on the cut
    cli("run", "--once", "--config", str(config), "--now", "2026-11-07T09:05:00+00:00")
    assert replies_in_drafts(account) == Counter({mf.reply_by_sender()["Message-ID"]: 1})
    assert {PROCESSED, DRAFTED} <= flags_by_message_id(account)[mf.reply_by_sender()["Message-ID"]]


def test_a_refused_login_backs_off_without_spinning_and_recovers_when_fixed(
        account: Account, imap_proxy: FaultProxy, tmp_path: Path) -> None:
    secret_file = tmp_path / "imap-password"
    secret_file.write_text("Wr0ng-horse-battery\n")
    config = agent_config(tmp_path, account, imap_proxy.port)
    text = config.read_text().replace(f'password = "{account.password}"', f'password_command = "cat {secret_file}"')
    config.write_text(text)
    account.append("INBOX", mf.reply_by_sender())
    log = tmp_path / "daemon.log"
    with running_daemon(config, log):
        wait_for(lambda: "event=reconnect_wait" in log.read_text(), 30, "the refused login")
        status = cli("status", "--config", str(config))
        assert "last error:" in status and "IMAP login refused" in status
        assert "Wr0ng-horse-battery" not in status
        line = next(ln for ln in log.read_text().splitlines() if "event=reconnect_wait" in ln)
        assert float(line.split("seconds=")[1].split()[0]) >= 8, "a refused login waits longer than a dropped link"
        time.sleep(3)
        assert imap_proxy.connections == 1, "no new login attempt during the back-off"

        secret_file.write_text(account.password + "\n")  # a person fixes the password: no restart needed
        wait_for(lambda: mf.reply_by_sender()["Message-ID"] in replies_in_drafts(account), 30,
                 "a draft once the password is right")
    assert "Wr0ng-horse-battery" not in log.read_text()
    assert 2 <= imap_proxy.connections <= 3


# ---- SMTP: a sink that fails on demand ---------------------------------------------------------------


@dataclass
class FlakyHandler:
    """An aiosmtpd handler that answers RCPT and DATA as the test says, counting every attempt."""

    rcpt_replies: list[str] = field(default_factory=list)  # answers for the next RCPTs, then 250
    data_reply: str | None = None  # e.g. "554 5.6.0 rejected": DATA refused after the data was sent
    data_delay: float = 0.0  # seconds before answering DATA (longer than the timeout: a hung server)
    rcpt_calls: int = 0
    data_calls: int = 0
    messages: list[Any] = field(default_factory=list)

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, options: Any) -> str:
        self.rcpt_calls += 1
        if self.rcpt_replies:
            return self.rcpt_replies.pop(0)
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.data_calls += 1
        if self.data_delay:
            await asyncio.sleep(self.data_delay)
        if self.data_reply:
            return self.data_reply
        self.messages.append(envelope)
        return "250 2.0.0 queued as FAULTS"


@dataclass
class Smtp:
    handler: FlakyHandler
    port: int  # the sink itself
    proxy: FaultProxy  # in front of it

    def config(self, timeout: float = 2.0, direct: bool = False) -> ServerConfig:
        return ServerConfig(host="127.0.0.1", port=self.port if direct else self.proxy.port, username="",
                            password=PasswordSource(Path("t.toml"), "smtp"), security="none", timeout=timeout)


@pytest.fixture
def smtp() -> Iterator[Smtp]:
    from aiosmtpd.controller import Controller

    handler = FlakyHandler()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    proxy = FaultProxy(port).start()
    yield Smtp(handler, port, proxy)
    proxy.stop()
    controller.stop()


class Hook:
    """A before_data hook that counts its calls, as Agent._send's 'committing' step."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> None:
        self.calls += 1


def test_smtp_4xx_is_retried_with_backoff_then_delivered_once(smtp: Smtp) -> None:
    smtp.handler.rcpt_replies = ["451 4.3.0 try again later", "452 4.3.1 insufficient storage"]
    hook = Hook()
    with elapsed() as took:
        send_message(smtp.config(), mf.reply_by_sender(), mf.OURS, TO, hook, retry=FAST)
    assert smtp.handler.rcpt_calls == 3 and len(smtp.handler.messages) == 1 and hook.calls == 1
    assert took[0] >= 0.2 + 0.4, "exponential waits between the attempts"


def test_smtp_4xx_retries_are_bounded(smtp: Smtp) -> None:
    smtp.handler.rcpt_replies = ["451 4.3.0 try again later"] * 10
    with pytest.raises(TransientMailError, match="451"):
        send_message(smtp.config(), mf.reply_by_sender(), mf.OURS, TO, Hook(), retry=FAST)
    assert smtp.handler.rcpt_calls == FAST.attempts and smtp.handler.messages == []


def test_smtp_5xx_is_never_retried(smtp: Smtp) -> None:
    smtp.handler.rcpt_replies = ["550 5.1.1 mailbox unavailable"] * 10
    with pytest.raises(PermanentMailError, match="550"):
        send_message(smtp.config(), mf.reply_by_sender(), mf.OURS, TO, Hook(), retry=FAST)
    assert smtp.handler.rcpt_calls == 1


def test_smtp_server_down_then_back_is_retried(smtp: Smtp) -> None:
    smtp.proxy.down()  # connection refused
    threading.Timer(0.3, smtp.proxy.up).start()
    send_message(smtp.config(), mf.reply_by_sender(), mf.OURS, TO, Hook(), retry=SendRetry(attempts=3, first_wait=0.5))
    assert len(smtp.handler.messages) == 1


def test_a_hung_smtp_server_is_a_transient_error_within_the_timeouts(smtp: Smtp) -> None:
    smtp.proxy.hang = True  # accepts, never greets
    hook = Hook()
    with elapsed() as took, pytest.raises(TransientMailError, match="did not answer"):
        send_message(smtp.config(timeout=0.5), mf.reply_by_sender(), mf.OURS, TO, hook,
                     retry=SendRetry(attempts=2, first_wait=0.1))
    assert took[0] < 3 and smtp.proxy.connections == 2 and hook.calls == 0


@pytest.mark.parametrize("fault", ["451 at DATA", "554 at DATA", "timeout at DATA", "cut after DATA was accepted"])
def test_a_failure_once_the_data_started_is_never_retried(fault: str, smtp: Smtp) -> None:
    error: type[Exception] = TransientMailError
    if fault == "451 at DATA":
        smtp.handler.data_reply = "451 4.3.0 queue full"
    elif fault == "554 at DATA":
        smtp.handler.data_reply, error = "554 5.6.0 message refused", PermanentMailError
    elif fault == "timeout at DATA":
        smtp.handler.data_delay = 1.5
    else:  # the server has the message; its 250 never reaches the agent
        smtp.proxy.cut_when(b"queued as FAULTS")
    hook = Hook()
    with pytest.raises(error) as raised:
        send_message(smtp.config(timeout=0.5), mf.reply_by_sender(), mf.OURS, TO, hook, retry=FAST)
    assert hook.calls == 1 and smtp.handler.data_calls == 1 and smtp.proxy.connections == 1, "not retried"
    if fault in ("timeout at DATA", "cut after DATA was accepted"):
        assert "may have been delivered" in str(raised.value)
    else:
        assert "not retried" in str(raised.value) or error is PermanentMailError
    if fault.startswith("cut"):
        assert len(smtp.handler.messages) == 1, "the server holds the message exactly once"


# ---- SMTP: what the agent makes of it (mode = "send") ------------------------------------------------


def send_mode(tmp_path: Path, account: Account, smtp: Smtp) -> Path:
    """Send mode for questions, SMTP through the proxy; the Copperleaf question waits in INBOX."""
    config = agent_config(tmp_path, account, account.port, mode="send", rules="rules",
                          sections=f'\n[smtp]\nhost = "127.0.0.1"\nport = {smtp.proxy.port}\nsecurity = "none"\ntimeout = 2\n')
    (tmp_path / "rules" / "policy.toml").write_text('[send]\nintents = ["question"]\n')
    account.append("INBOX", mf.reply_by_sender())
    return config


@pytest.fixture
def fast_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(smtp_module, "RETRY", FAST)


def test_send_mode_retries_a_4xx_and_sends_once(account: Account, smtp: Smtp, tmp_path: Path, fast_retries: None) -> None:
    smtp.handler.rcpt_replies = ["421 4.7.0 too many connections, try later"]
    config = send_mode(tmp_path, account, smtp)
    cli("run", "--once", "--config", str(config), "--now", NOW)
    assert len(smtp.handler.messages) == 1 and smtp.handler.rcpt_calls == 2
    assert replies_in_drafts(account) == Counter(), "sent, so no draft is left for a person"
    assert [d.status for d in Store(tmp_path / "state.json").drafts()] == ["sent"]
    cli("run", "--once", "--config", str(config), "--now", "2026-11-07T10:00:00+00:00")
    assert len(smtp.handler.messages) == 1


@pytest.mark.parametrize("fault", ["554 at DATA", "cut after DATA was accepted"])
def test_send_mode_failure_after_data_is_never_resent(
        fault: str, account: Account, smtp: Smtp, tmp_path: Path, fast_retries: None) -> None:
    refused = fault == "554 at DATA"
    if refused:
        smtp.handler.data_reply = "554 5.6.0 message refused"
    else:
        smtp.proxy.cut_when(b"queued as FAULTS")
    config = send_mode(tmp_path, account, smtp)
    cli("run", "--once", "--config", str(config), "--now", NOW)
    question = mf.reply_by_sender()["Message-ID"]
    assert smtp.handler.data_calls == 1
    # Refused by the server: not delivered, so the reply waits in Drafts for a person. Cut after
    # the server accepted it: it may have been delivered, so it is not offered as a draft to send.
    assert replies_in_drafts(account) == (Counter({question: 1}) if refused else Counter())
    assert NEEDS_PERSON in flags_by_message_id(account)[question]
    store = Store(tmp_path / "state.json")
    assert ("554" if refused else "may have been delivered") in store.fact("last_error")
    replies = [d for d in store.drafts() if d.trigger == question]
    assert [d.status for d in replies] == (["pending"] if refused else ["unknown"])

    cli("run", "--once", "--config", str(config), "--now", "2026-11-07T10:00:00+00:00")
    assert smtp.handler.data_calls == 1, "never sent again by the agent"
    assert replies_in_drafts(account) == (Counter({question: 1}) if refused else Counter())
