"""`inboxagent check` against the real test Dovecot and an SMTP server that wants a login: it passes,
names what is wrong in one line (file and line for rules and templates), and changes nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

import mailfactory as mf
from conftest import Account, write_config
from inboxagent.cli import main
from servers import Dovecot, free_port

SMTP_USER, SMTP_PASSWORD = "relay-user", "relay-secret-5f2a"


class LoginSink:
    """An aiosmtpd server that accepts one login and keeps whatever it is sent (nothing, here)."""

    def __init__(self) -> None:
        self.messages: list[Any] = []
        self.logins: list[tuple[str, bool]] = []

    def authenticate(self, server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> Any:
        from aiosmtpd.smtp import AuthResult

        ok = (data.login.decode(), data.password.decode()) == (SMTP_USER, SMTP_PASSWORD)
        self.logins.append((data.login.decode(), ok))
        # handled=False: aiosmtpd then answers a refusal with 535 itself (the default, True, answers nothing)
        return AuthResult(success=ok, handled=False)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append(envelope)
        return "250 accepted"


@pytest.fixture
def login_smtp() -> Iterator[tuple[int, LoginSink]]:
    from aiosmtpd.controller import Controller

    sink = LoginSink()
    port = free_port()
    # Plain text AUTH on loopback only: the test server has no certificate.
    controller = Controller(sink, hostname="127.0.0.1", port=port, authenticator=sink.authenticate,
                            auth_require_tls=False)
    controller.start()
    yield port, sink
    controller.stop()


def with_smtp(config: Path, port: int, password: str = SMTP_PASSWORD) -> None:
    config.write_text(config.read_text() + (
        f'\n[smtp]\nhost = "127.0.0.1"\nport = {port}\nusername = "{SMTP_USER}"\n'
        f'password = "{password}"\nsecurity = "none"\ntimeout = 10\n'))


def check(config: Path) -> Result:
    return CliRunner().invoke(main, ["check", "--config", str(config)], catch_exceptions=False)


def lines(result: Result, prefix: str) -> list[str]:
    return [line for line in result.output.splitlines() if line.startswith(prefix)]


def mailbox_snapshot(account: Account) -> dict[str, Any]:
    """Every folder with its flags, and per folder UIDVALIDITY, UIDNEXT, HIGHESTMODSEQ and each UID's flags:
    a created folder, an appended message or a flag set (even \\Seen) changes it."""
    c = account.client()
    snapshot: dict[str, Any] = {}
    for flags, _, name in c.list_folders():
        status = c.folder_status(name, [b"UIDVALIDITY", b"UIDNEXT", b"MESSAGES", b"HIGHESTMODSEQ"])
        c.select_folder(name, readonly=True)
        uids = c.search(["ALL"])
        snapshot[name] = (tuple(flags), status, c.get_flags(uids) if uids else {})
    return snapshot


def test_check_passes_against_the_real_servers(tmp_path: Path, account: Account,
                                               login_smtp: tuple[int, LoginSink]) -> None:
    port, sink = login_smtp
    for msg in (mf.reply_by_reference(), mf.unmatched()):
        account.append("INBOX", msg)
    config = write_config(tmp_path, account)
    with_smtp(config, port)

    result = check(config)

    assert result.exit_code == 0, result.output
    assert lines(result, "ok IMAP login") == [
        f"ok IMAP login {account.user} at 127.0.0.1:{account.port} (INBOX 2 messages, Drafts, Sent, IDLE)"]
    assert lines(result, "ok SMTP login") == [
        f"ok SMTP login {SMTP_USER} at 127.0.0.1:{port} (no TLS; logged in and out, nothing sent)"]
    for what in ("ok config", "ok state", "ok rules", "ok templates", "ok intent model"):
        assert len(lines(result, what)) == 1, (what, result.output)
    assert not lines(result, "FAILED") and result.output.rstrip().endswith("checks passed")
    assert sink.logins == [(SMTP_USER, True)], "the SMTP login really happened"
    assert sink.messages == [], "check never sends a message"
    assert not (tmp_path / "state.json").exists(), "check never creates the state file"


def test_a_wrong_password_is_one_clear_line_without_the_password(tmp_path: Path, account: Account,
                                                                 login_smtp: tuple[int, LoginSink]) -> None:
    port, sink = login_smtp
    config = write_config(tmp_path, account)
    imap_wrong, smtp_wrong = "not-the-imap-password-9c1", "not-the-smtp-password-7d4"
    config.write_text(config.read_text().replace(f'password = "{account.password}"', f'password = "{imap_wrong}"'))
    with_smtp(config, port, smtp_wrong)

    result = check(config)

    assert result.exit_code == 1
    failed = lines(result, "FAILED")
    assert len(failed) == 2, result.output
    assert failed[0] == (f"FAILED IMAP login: IMAP login refused for {account.user} at 127.0.0.1: "
                         "[AUTHENTICATIONFAILED] Authentication failed."), "the server's words, not a bytes repr"
    assert failed[1] == f"FAILED SMTP: SMTP login refused for {SMTP_USER} at 127.0.0.1"
    for secret in (imap_wrong, smtp_wrong):
        assert secret not in result.output
    # aiosmtplib tries each mechanism the server offers (PLAIN, then LOGIN) before giving up
    assert sink.logins and set(sink.logins) == {(SMTP_USER, False)} and sink.messages == []
    assert result.output.rstrip().endswith("2 of 7 checks FAILED")


def test_a_broken_template_is_reported_with_its_file_and_line(tmp_path: Path, account: Account) -> None:
    config = write_config(tmp_path, account)
    reply = tmp_path / "templates" / "reply" / "dispute.txt"
    reply.parent.mkdir(parents=True)
    reply.write_text("{% include \"_greeting.txt\" %}\n\nThank you for telling us.\n{% if invoices %}\n")  # never closed
    reminder = tmp_path / "templates" / "reminder" / "firm.txt"
    reminder.parent.mkdir(parents=True)
    reminder.write_text("Subject: Overdue\n\n{% include \"_greeting.txt\" %}\n"
                        "Invoice {{ invoices[0].number }} is {{ invoices[0].days_late }} days late.\n")

    result = check(config)

    assert result.exit_code == 1
    failed = lines(result, "FAILED template")
    assert len(failed) == 2, result.output
    assert failed[0].startswith(f"FAILED template: {reminder}:4: ") and "days_late" in failed[0]
    assert failed[1].startswith(f"FAILED template: {reply}:4: ") and "endif" in failed[1]
    assert not lines(result, "ok templates")
    assert lines(result, "ok IMAP login"), "the other checks still run"


def test_a_broken_rules_file_is_reported_with_its_file_and_line(tmp_path: Path, account: Account) -> None:
    config = write_config(tmp_path, account)
    policy = tmp_path / "rules" / "policy.toml"
    policy.write_text('[send]\nintents = ["promise_to_pay"]\n\n[extension]\nmax_days = "thirty"\n')
    (tmp_path / "rules" / "polcy.toml").write_text("")  # a misspelt file is pointed out, not read

    result = check(config)

    assert result.exit_code == 1
    assert lines(result, "FAILED") == [
        f"FAILED rules: {policy}:5: [extension] max_days must be a whole number from 0 to 365, got 'thirty'"]
    assert lines(result, "note") == [
        f"note {tmp_path / 'rules' / 'polcy.toml'} is not read by inboxagent "
        "(it reads threading.toml, intents.toml, policy.toml, cadence.toml)"]
    assert lines(result, "ok templates") and lines(result, "ok IMAP login")


def test_check_changes_neither_the_mailbox_nor_the_state(tmp_path: Path, account: Account) -> None:
    account.append("Sent", mf.reminder_acme(), flags=(b"\\Seen",))
    for msg in (mf.reply_by_reference(), mf.reply_by_invoice_number()):
        account.append("INBOX", msg)  # unseen, and \Recent until a SELECT
    config = write_config(tmp_path, account)
    (tmp_path / "invoices.csv").write_text(mf.INVOICES_CSV)
    imported = CliRunner().invoke(main, ["invoices", "import", str(tmp_path / "invoices.csv"), "--config", str(config)])
    assert imported.exit_code == 0, imported.output
    state = tmp_path / "state.json"
    before_state = (state.read_bytes(), state.stat().st_mtime_ns)
    before_files = sorted(p.name for p in tmp_path.iterdir())
    before_mail = mailbox_snapshot(account)

    result = check(config)

    assert result.exit_code == 0, result.output
    assert lines(result, "ok state") == [f"ok state {state} (6 invoices, 3 customers, 0 conversations, 0 messages, "
                                         "0 drafts, 0 collection states, 0 contacts, 0 folders synced)"]
    assert mailbox_snapshot(account) == before_mail
    assert (state.read_bytes(), state.stat().st_mtime_ns) == before_state
    assert sorted(p.name for p in tmp_path.iterdir()) == before_files, "no lock, backup or other file either"


# A server without a Drafts folder: check says it will be created, and does not create it.
@pytest.fixture(scope="module")
def no_drafts_dovecot() -> Iterator[Dovecot]:
    server = Dovecot(tls=False, pool=2, mailboxes="  mailbox Sent {\n    special_use = \\Sent\n    auto = subscribe\n  }").start()
    yield server
    server.cleanup()


def test_a_missing_drafts_folder_is_reported_and_not_created(tmp_path: Path, no_drafts_dovecot: Dovecot) -> None:
    account = Account(no_drafts_dovecot, *no_drafts_dovecot.add_user())
    config = write_config(tmp_path, account)

    result = check(config)

    assert result.exit_code == 0, result.output
    assert lines(result, "ok IMAP login") == [
        f"ok IMAP login {account.user} at 127.0.0.1:{no_drafts_dovecot.port} (INBOX 0 messages, no Drafts, Sent, IDLE)"]
    assert lines(result, "note") == ["note Drafts folder missing: it will be created on the first run"]
    assert [name for _, _, name in account.client().list_folders()] == ["Sent", "INBOX"] or \
        sorted(name for _, _, name in account.client().list_folders()) == ["INBOX", "Sent"]
    account.close()


def test_a_bad_config_fails_as_in_every_command(tmp_path: Path) -> None:
    config = tmp_path / "inboxagent.toml"
    config.write_text('[imap]\nhost = "imap.example.com"\nusername = "a@example.com"\n\n[agent]\nfrom = "a@example.com"\n')

    result = CliRunner().invoke(main, ["check", "--config", str(config)])

    assert result.exit_code == 2
    assert result.output.strip() == (f"inboxagent: {config}: [imap] password_command: one of password_command, "
                                     "password_env or password is required")
