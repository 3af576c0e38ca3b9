"""mode = "send" against real servers: allowed replies go out over SMTP once, everything else stays a draft."""

from __future__ import annotations

import email
import email.policy
from pathlib import Path

import pytest

import mailfactory as mf
from conftest import Account, cli, SmtpSink, write_config
from inboxagent.config import load_config
from inboxagent.errors import PermanentMailError, TransientMailError
from inboxagent.mail.mailbox import NEEDS_PERSON
from inboxagent.mail.smtp import send_message
from inboxagent.store import Store


def send_mode(tmp_path: Path, account: Account, sink: SmtpSink, intents: str = '["question"]') -> Path:
    config = write_config(tmp_path, account, mode="send", rules="rules")
    config.write_text(config.read_text() + f"""
[smtp]
host = "127.0.0.1"
port = {sink.port}
security = "none"
timeout = 5
""")
    (tmp_path / "rules").mkdir(exist_ok=True)
    (tmp_path / "rules" / "policy.toml").write_text(f"[send]\nintents = {intents}\n")
    (tmp_path / "invoices.csv").write_text(mf.INVOICES_CSV)
    cli("invoices", "import", str(tmp_path / "invoices.csv"), "--config", str(config))
    account.append("Sent", mf.reminder_acme())
    account.append("INBOX", mf.reply_by_reference())  # a promise: not in the policy, stays a draft
    account.append("INBOX", mf.reply_by_sender())  # a question: the policy lets the agent answer it
    return config


def test_allowed_reply_is_sent_once_and_filed_in_sent(account: Account, smtp_sink: SmtpSink, tmp_path: Path) -> None:
    config = send_mode(tmp_path, account, smtp_sink)
    cli("run", "--once", "--config", str(config), "--now", "2026-11-07T09:00:00+00:00")

    assert len(smtp_sink.messages) == 1
    envelope = smtp_sink.messages[0]
    assert envelope.mail_from == "accounts@northwind-supplies.example"
    assert envelope.rcpt_tos == ["hello@copperleaf.example"]
    sent = email.message_from_bytes(envelope.original_content, policy=email.policy.default)
    assert sent["In-Reply-To"] == mf.reply_by_sender()["Message-ID"]
    assert sent["Auto-Submitted"] == "auto-generated", "mail the agent sends by itself says so (RFC 3834)"
    assert "INV-20610" in sent.get_content()

    drafts = [email.message_from_bytes(i[b"BODY[]"]) for i in account.messages("Drafts").values()]
    assert [d["In-Reply-To"] for d in drafts] == [mf.reply_by_reference()["Message-ID"]]
    filed = [email.message_from_bytes(i[b"BODY[]"]) for i in account.messages("Sent").values()]
    assert sent["Message-ID"] in [m["Message-ID"] for m in filed], "a copy of the sent reply is filed in Sent"
    store = Store(tmp_path / "state.json")
    assert store.draft(sent["Message-ID"]).status == "sent"  # type: ignore[union-attr]

    cli("run", "--once", "--config", str(config), "--now", "2026-11-07T10:00:00+00:00")
    assert len(smtp_sink.messages) == 1, "nothing is sent twice"


def test_refused_send_becomes_a_draft_for_a_person(account: Account, smtp_sink: SmtpSink, tmp_path: Path) -> None:
    smtp_sink.handler.refuse_rcpt = "550 5.1.1 mailbox unavailable"
    config = send_mode(tmp_path, account, smtp_sink)
    cli("run", "--once", "--config", str(config), "--now", "2026-11-07T09:00:00+00:00")

    assert smtp_sink.messages == []
    drafts = {email.message_from_bytes(i[b"BODY[]"])["In-Reply-To"]: i for i in account.messages("Drafts").values()}
    assert set(drafts) == {mf.reply_by_reference()["Message-ID"], mf.reply_by_sender()["Message-ID"]}
    left = email.message_from_bytes(drafts[mf.reply_by_sender()["Message-ID"]][b"BODY[]"])
    assert left["Auto-Submitted"] is None, "the draft a person will send is not marked auto-generated"
    flags = {email.message_from_bytes(i[b"BODY[]"])["Message-ID"]: i[b"FLAGS"] for i in account.messages("INBOX").values()}
    assert NEEDS_PERSON.encode() in flags[mf.reply_by_sender()["Message-ID"]]
    assert "550" in Store(tmp_path / "state.json").fact("last_error")

    cli("run", "--once", "--config", str(config), "--now", "2026-11-07T10:00:00+00:00")
    assert smtp_sink.messages == [] and len(account.messages("Drafts")) == 2, "a refused send is never retried blindly"


def test_smtp_errors_are_classified(account: Account, smtp_sink: SmtpSink, tmp_path: Path) -> None:
    config = load_config(send_mode(tmp_path, account, smtp_sink))
    assert config.smtp is not None
    msg = mf.reply_by_sender()
    smtp_sink.handler.refuse_rcpt = "451 4.3.0 try again later"
    with pytest.raises(TransientMailError, match="451"):
        send_message(config.smtp, msg, mf.OURS, ("hello@copperleaf.example",))
    smtp_sink.handler.refuse_rcpt = "550 5.7.1 relaying denied"
    with pytest.raises(PermanentMailError, match="550"):
        send_message(config.smtp, msg, mf.OURS, ("hello@copperleaf.example",))
    from dataclasses import replace

    from servers import free_port

    with pytest.raises(TransientMailError, match="failed"):
        send_message(replace(config.smtp, port=free_port()), msg, mf.OURS, ("hello@copperleaf.example",))


def test_an_address_that_opted_out_is_never_answered_automatically(account: Account, smtp_sink: SmtpSink,
                                                                    tmp_path: Path) -> None:
    stop = mf.message(sender="Sam Okafor <hello@copperleaf.example>", to=mf.OURS, subject="emails",
                      body="Please stop emailing me, our bookkeeper deals with invoices.\n", date=mf.when(5, 9),
                      message_id="<copperleaf-stop@copperleaf.example>")
    account.append("INBOX", stop)  # arrives before the question of the 6th
    # This policy.toml has no [opt_out] table of its own: the packaged phrases still count.
    config = send_mode(tmp_path, account, smtp_sink)
    cli("run", "--once", "--config", str(config), "--now", "2026-11-07T09:00:00+00:00")
    assert smtp_sink.messages == [], "the question is allowed to be answered, but not to this address"
    drafts = {email.message_from_bytes(i[b"BODY[]"])["In-Reply-To"] for i in account.messages("Drafts").values()}
    assert mf.reply_by_sender()["Message-ID"] in drafts and stop["Message-ID"] not in drafts
    flags = {email.message_from_bytes(i[b"BODY[]"])["Message-ID"]: i[b"FLAGS"] for i in account.messages("INBOX").values()}
    assert NEEDS_PERSON.encode() in flags[stop["Message-ID"]] and NEEDS_PERSON.encode() in flags[mf.reply_by_sender()["Message-ID"]]
    assert Store(tmp_path / "state.json").contact("hello@copperleaf.example").opted_out
