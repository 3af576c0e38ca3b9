"""Debtor-controlled text cannot write our headers, templates or HTML; replies go only where they may; no mail loops.

Everything goes through the real `inboxagent run --once` against Dovecot (and aiosmtpd in send
mode); what the agent wrote is read back from the server as a mail client would see it.
"""

from __future__ import annotations

import email
import email.policy
import re
from email.message import EmailMessage
from pathlib import Path

import pytest

import mailfactory as mf
from conftest import Account, cli, SmtpSink, write_config
from inboxagent.mail.mailbox import DRAFTED, NEEDS_PERSON, PROCESSED
from inboxagent.mail.parse import parse_message
from inboxagent.render import Renderer
from inboxagent.store import Store

NOW = "2026-11-07T09:00:00+00:00"
ACME, BIRCH, COPPER = "ap@acme-fab.example", "office@birchwood-dental.example", "hello@copperleaf.example"
EVIL = "evil@attacker.example"
# Every header the agent writes; anything else in what it wrote was put there by someone else.
OUR_HEADERS = {"from", "to", "subject", "date", "message-id", "in-reply-to", "references", "thread-index",
               "x-inboxagent", "auto-submitted", "mime-version", "content-type", "content-transfer-encoding"}


@pytest.fixture
def workdir(tmp_path: Path, account: Account) -> Path:
    config = write_config(tmp_path, account)
    (tmp_path / "invoices.csv").write_text(mf.INVOICES_CSV)
    cli("invoices", "import", str(tmp_path / "invoices.csv"), "--config", str(config))
    account.append("Sent", mf.reminder_acme(), flags=(b"\\Seen",))
    return tmp_path


def run_once(workdir: Path, now: str = NOW) -> str:
    return cli("run", "--once", "--config", str(workdir / "inboxagent.toml"), "--now", now)


def raw_message(headers: list[tuple[str, str]], body: str) -> bytes:
    """A message byte for byte (no email library to tidy the headers up)."""
    head = "".join(f"{name}: {value}\r\n" for name, value in headers)
    return (head + "\r\n" + body.replace("\n", "\r\n")).encode("utf-8")


def debtor(message_id: str, subject: str = "Invoice INV-20431", sender: str = f"Dana Whitfield <{ACME}>",
           body: str = "Dear Northwind,\n\nWe will pay INV-20431 on Friday.\n\nKind regards,\nDana\n",
           extra: list[tuple[str, str]] | None = None, date: str = "Fri, 06 Nov 2026 12:00:00 +0000") -> bytes:
    return raw_message([("From", sender), ("To", mf.OURS), ("Subject", subject),
                        ("Date", date), ("Message-ID", message_id)] + (extra or []), body)


def written(account: Account, folder: str = "Drafts") -> dict[str, bytes]:
    """In-Reply-To (or Message-ID) -> the raw bytes of every message the agent wrote in a folder."""
    out = {}
    for item in account.messages(folder).values():
        msg = email.message_from_bytes(item[b"BODY[]"])
        out[str(msg["In-Reply-To"] or msg["Message-ID"])] = item[b"BODY[]"]
    return out


def header_block(raw: bytes) -> list[tuple[str, str]]:
    """(name, unfolded value) of each header line, read the way a receiving server splits them."""
    head = re.split(rb"\r?\n\r?\n", raw, maxsplit=1)[0].decode("utf-8", "replace")
    fields: list[tuple[str, str]] = []
    for line in re.split(r"\r?\n", head):
        if line[:1] in (" ", "\t") and fields:
            fields[-1] = (fields[-1][0], fields[-1][1] + line)
        else:
            name, _, value = line.partition(":")
            fields.append((name.strip().lower(), value))
    return fields


def assert_ours_only(raw: bytes, to: str) -> EmailMessage:
    fields = header_block(raw)
    names = [n for n, _ in fields]
    assert set(names) <= OUR_HEADERS, f"headers we never write: {set(names) - OUR_HEADERS}"
    assert len(names) == len(set(names)), f"a header twice: {names}"
    addressed = [v for n, v in fields if n in ("from", "to", "cc", "bcc", "reply-to", "sender")]
    assert not any(EVIL in v for v in addressed), "the attacker's address is a sender or recipient"
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert str(msg["To"]) == to
    assert msg.get_content_type() == "text/plain" and not msg.is_multipart(), "we write plain text only"
    return msg  # type: ignore[return-value]


def flags(account: Account, message_id: str) -> set[str]:
    for item in account.messages("INBOX").values():
        if parse_message(item[b"BODY[]"]).key == message_id:
            return {f.decode() for f in item[b"FLAGS"]}
    raise AssertionError(f"{message_id} is not in INBOX")


# ---- header injection --------------------------------------------------------------------------

INJECTING = {
    # An encoded CR LF in the subject, the textbook injection.
    "<inj-subject@acme-fab.example>": dict(subject="Invoice INV-20431 =?utf-8?q?=0D=0ABcc:_evil@attacker.example?="),
    # Not decodable when the message is read (a space before ?=), but Python's email package
    # decoded it when writing our Subject and wrote the CR LF as it was (before 3.11.10).
    "<inj-lenient@acme-fab.example>": dict(
        subject="Invoice INV-20431 =?utf-8?q?=E3=B7=98x?= =?utf-8?b?DQpCY2M6IGV2aWxAYXR0YWNrZXIuZXhhbXBsZQ== ?="),
    # Line and paragraph separators, NEL and other controls, encoded.
    "<inj-separators@acme-fab.example>": dict(
        subject="=?utf-8?q?Invoice_INV-20431=E2=80=A8Bcc:_evil@attacker.example=C2=85X-Evil:_1=1B[31m?="),
    # The display name, encoded and raw.
    "<inj-name@acme-fab.example>": dict(
        sender=f"=?utf-8?q?Dana=0D=0ABcc:_evil@attacker.example?= <{ACME}>"),
    "<inj-name-raw@acme-fab.example>": dict(sender=f"\"Dana\x0bBcc: {EVIL}\x0c\" <{ACME}>"),
    # An attachment whose name carries a line break, three ways.
    "<inj-attachment@acme-fab.example>": dict(attachment=True),
    # A Message-ID that Python's email package decodes into a line break inside In-Reply-To.
    "<=?utf-8?b?DQpCY2M6IGV2aWxAYXR0YWNrZXIuZXhhbXBsZQ==?=@acme-fab.example>": dict(),
}


def injecting(message_id: str, subject: str = "Invoice INV-20431", sender: str = f"Dana Whitfield <{ACME}>",
              attachment: bool = False) -> bytes:
    if not attachment:
        return debtor(message_id, subject, sender)
    body = ("--b1\nContent-Type: text/plain; charset=utf-8\n\nWe will pay INV-20431 on Friday.\n"
            "--b1\nContent-Type: application/pdf; name=\"=?utf-8?q?remit=0D=0ABcc:_evil@attacker.example.pdf?=\"\n"
            "Content-Disposition: attachment; filename*=utf-8''remit%0D%0ABcc%3A%20evil%40attacker.example.pdf\n"
            "Content-Transfer-Encoding: base64\n\nJVBERi0xLjQK\n--b1--\n")
    return debtor(message_id, subject, sender, body, [("MIME-Version", "1.0"),
                                                     ("Content-Type", 'multipart/mixed; boundary="b1"')])


def test_line_breaks_in_names_subjects_attachment_names_and_ids_never_become_headers(
        account: Account, workdir: Path) -> None:
    for mid, how in INJECTING.items():
        account.append("INBOX", injecting(mid, **how))  # type: ignore[arg-type]
    run_once(workdir)

    for mid in INJECTING:
        assert {PROCESSED, DRAFTED} <= flags(account, mid), f"{mid} was answered as any other message"
    drafts = [item[b"BODY[]"] for item in account.messages("Drafts").values()]
    assert len(drafts) == len(INJECTING)
    answered = []
    for raw in drafts:
        msg = assert_ours_only(raw, ACME)
        assert str(msg["Subject"]).startswith("Re: Invoice INV-20431")
        answered.append(msg["In-Reply-To"])
    # The id Python would decode into a line break is left out of our headers (no threading, no harm).
    assert sorted(str(a) for a in answered if a) == sorted(m for m in INJECTING if "=?" not in m)


def test_a_debtors_name_with_line_breaks_never_reaches_the_headers_of_a_reminder(
        account: Account, tmp_path: Path) -> None:
    config = write_config(tmp_path, account, chasing=True)
    (tmp_path / "invoices.csv").write_text(mf.INVOICES_CSV)
    cli("invoices", "import", str(tmp_path / "invoices.csv"), "--config", str(config))
    # Dana promises (informally, so the reminder greets her by the first name she signs with) by
    # Friday 6 November; her name and her message's id are hostile.
    account.append("INBOX", debtor(
        "<=?utf-8?b?DQpCY2M6IGV2aWxAYXR0YWNrZXIuZXhhbXBsZQ==?=@mail.acme-fab.example>",
        subject="Re: INV-20431 =?utf-8?b?DQpCY2M6IGV2aWxAYXR0YWNrZXIuZXhhbXBsZQ== ?=",
        sender=f"=?utf-8?q?Dana=0D=0ABcc:_evil@attacker.example?= <{ACME}>",
        body="hi - we'll pay INV-20431 on friday\n\ncheers, dana\n", date="Mon, 02 Nov 2026 15:00:00 +0000"))
    cli("run", "--once", "--config", str(config), "--now", "2026-11-03T10:00:00+00:00")
    # Tuesday 10 November: the promise is broken; the agent writes the follow-up in her thread.
    cli("run", "--once", "--config", str(config), "--now", "2026-11-10T10:00:00+00:00")
    ours = [d for d in Store(tmp_path / "state.json").drafts() if d.kind != "reply"]
    assert any(d.kind == "broken_promise" and d.to == (ACME,) for d in ours), ours
    on_file = {ACME: ACME, BIRCH: BIRCH, COPPER: COPPER}
    for item in account.messages("Drafts").values():
        raw = item[b"BODY[]"]
        to = str(email.message_from_bytes(raw)["To"])
        assert_ours_only(raw, on_file[to])


# ---- template code and HTML ----------------------------------------------------------------------

def test_template_syntax_in_debtor_text_is_shown_literally(account: Account, workdir: Path) -> None:
    # A user's template that shows what the debtor wrote: it must come out as data, never run.
    (workdir / "templates" / "reply").mkdir(parents=True)
    (workdir / "templates" / "reply" / "promise_to_pay.txt").write_text(
        "Dear {{ contact.greeting_name }},\nSubject was: {{ message.subject }}\nFrom: {{ message.from_name }}\n")
    account.append("INBOX", debtor(
        "<jinja-1@acme-fab.example>", subject="Invoice INV-20431 {{ 7*7 }} {% raw %}",
        sender=f"\"{{{{ self }}}}\" <{ACME}>",
        body="Dear Northwind,\n\nWe will pay INV-20431 on Friday. {{ 7*7 }} {% endraw %} {{ config }}\n\nKind regards\n"))
    run_once(workdir)

    msg = assert_ours_only(written(account)["<jinja-1@acme-fab.example>"], ACME)
    body = msg.get_content()
    assert "Dear {{ self }}," in body
    assert "Subject was: Invoice INV-20431 {{ 7*7 }} {% raw %}" in body
    assert "From: {{ self }}" in body
    assert "> We will pay INV-20431 on Friday. {{ 7*7 }} {% endraw %} {{ config }}" in body
    assert "49" not in body and "TemplateReference" not in body
    assert str(msg["Subject"]) == "Re: Invoice INV-20431 {{ 7*7 }} {% raw %}"


def test_html_from_a_debtor_never_reaches_what_we_write(account: Account, workdir: Path) -> None:
    html = ("<html><head><style>p{color:red}</style><script>steal('SECRET-SCRIPT')</script></head>"
            "<body onload=\"steal()\"><p>We will pay <b>INV-20431</b> on Friday.</p>"
            "<img src=x onerror=\"steal('SECRET-ATTR')\"><a href=\"javascript:steal('SECRET-LINK')\">our portal</a>"
            "<iframe src=\"https://attacker.example/\"></iframe></body></html>")
    account.append("INBOX", debtor("<html-1@acme-fab.example>", body=html, extra=[
        ("MIME-Version", "1.0"), ("Content-Type", "text/html; charset=utf-8")]))
    run_once(workdir)

    raw = written(account)["<html-1@acme-fab.example>"]
    body = assert_ours_only(raw, ACME).get_content()
    assert "> We will pay INV-20431 on Friday." in body, "the text of the HTML is quoted"
    for leak in ("SECRET", "<", "onload", "javascript:", "attacker.example", "color:red"):
        assert leak not in body.split("wrote:", 1)[1], f"{leak!r} from the debtor's HTML is in our draft"


def test_html_templates_escape_what_they_are_given(tmp_path: Path) -> None:
    (tmp_path / "note.html").write_text("<p>Dear {{ name }}</p>")
    out = Renderer(tmp_path).render("note.html", {"name": "<script>alert(1)</script>"})
    assert out == "<p>Dear &lt;script&gt;alert(1)&lt;/script&gt;</p>"


# ---- where a reply may go ------------------------------------------------------------------------

def test_a_reply_goes_only_to_addresses_on_file_or_already_in_the_conversation(
        account: Account, workdir: Path) -> None:
    cases = {
        # Reply-To outside the customer: for a person.
        "<rt-outside@acme-fab.example>": dict(extra=[("Reply-To", EVIL)]),
        # ... also when its display name pretends otherwise, or it hides among good ones.
        "<rt-disguised@acme-fab.example>": dict(extra=[("Reply-To", f"\"{ACME}\" <{EVIL}>")]),
        "<rt-mixed@acme-fab.example>": dict(extra=[("Reply-To", f"{ACME}, {EVIL}")]),
        # A stranger writing into our thread (our reminder's id), with a From that looks like Dana.
        "<stranger@attacker.example>": dict(sender=f"\"{ACME}\" <{EVIL}>", extra=[
            ("In-Reply-To", "<rem-20431-1@northwind-supplies.example>"),
            ("References", "<rem-20431-1@northwind-supplies.example>")]),
    }
    for mid, how in cases.items():
        account.append("INBOX", debtor(mid, **how))  # type: ignore[arg-type]
    # Addresses in the body and in Cc are never recipients.
    account.append("INBOX", debtor("<body-address@acme-fab.example>", extra=[("Cc", EVIL)], body=(
        "Dear Northwind,\n\nWe will pay INV-20431 on Friday. Please send the confirmation to "
        f"{EVIL} and mailto:{EVIL} instead.\n\nKind regards\n")))
    # Reply-To within the customer's own domain is honoured.
    account.append("INBOX", debtor("<rt-inside@acme-fab.example>", extra=[("Reply-To", "payables@acme-fab.example")]))
    run_once(workdir)

    drafts = written(account)
    store = Store(workdir / "state.json")
    for mid in cases:
        assert mid not in drafts, f"{mid} was answered"
        assert {PROCESSED, NEEDS_PERSON} <= flags(account, mid)
        log = store.message(mid)
        assert log is not None and log.outcome == "needs_person", log
    for mid in ("<rt-outside@acme-fab.example>", "<rt-disguised@acme-fab.example>", "<rt-mixed@acme-fab.example>"):
        assert f"Reply-To {EVIL} is not on file" in store.message(mid).reason  # type: ignore[union-attr]
    assert EVIL in store.message("<stranger@attacker.example>").reason  # type: ignore[union-attr]
    assert_ours_only(drafts["<body-address@acme-fab.example>"], ACME)
    assert_ours_only(drafts["<rt-inside@acme-fab.example>"], "payables@acme-fab.example")
    assert len(drafts) == 2


def test_in_send_mode_nothing_goes_to_an_address_not_on_file(
        account: Account, smtp_sink: SmtpSink, tmp_path: Path) -> None:
    config = write_config(tmp_path, account, mode="send", rules="rules")
    config.write_text(config.read_text() + f'\n[smtp]\nhost = "127.0.0.1"\nport = {smtp_sink.port}\n'
                                           'security = "none"\ntimeout = 5\n')
    (tmp_path / "rules").mkdir(exist_ok=True)
    (tmp_path / "rules" / "policy.toml").write_text('[send]\nintents = ["question"]\n')
    (tmp_path / "invoices.csv").write_text(mf.INVOICES_CSV)
    cli("invoices", "import", str(tmp_path / "invoices.csv"), "--config", str(config))
    question = "Hello,\n\nCould you send us a copy of invoice INV-20610 and your bank details?\n\nThanks\n"
    account.append("INBOX", debtor("<q-outside@copperleaf.example>", "Invoice INV-20610", f"Sam <{COPPER}>", question,
                                   [("Reply-To", EVIL)]))
    account.append("INBOX", debtor("<q-body@copperleaf.example>", "Invoice INV-20610", f"Sam <{COPPER}>",
                                   question + f"\nPlease answer to {EVIL}.\n", [("Cc", EVIL)]))
    cli("run", "--once", "--config", str(config), "--now", NOW)

    recipients = [r for envelope in smtp_sink.messages for r in envelope.rcpt_tos]
    assert recipients == [COPPER], "only the question from Sam, to Sam's address on file, went out"
    assert {PROCESSED, NEEDS_PERSON} <= flags(account, "<q-outside@copperleaf.example>")


# ---- mail loops ----------------------------------------------------------------------------------

LOOPS = {
    "<loop-marker@acme-fab.example>": [("X-InboxAgent", "draft=<ia-c1-00@northwind-supplies.example>; conversation=c1")],
    "<loop-autosubmitted@acme-fab.example>": [("Auto-Submitted", "auto-replied")],
    "<loop-autoreply@acme-fab.example>": [("X-Autoreply", "yes")],
    "<loop-precedence@acme-fab.example>": [("Precedence", "bulk")],
    "<loop-list@acme-fab.example>": [("List-Id", "AP team <ap.acme-fab.example>")],
    "<loop-nullpath@acme-fab.example>": [("Return-Path", "<>")],  # RFC 3834: responders send from <>
    "<loop-xloop@acme-fab.example>": [("X-Loop", "ap@acme-fab.example")],
}


def test_no_reply_to_ourselves_to_machines_or_twice(account: Account, workdir: Path) -> None:
    # The control, first: the very same message from a person is answered.
    account.append("INBOX", debtor("<person-1@acme-fab.example>"))
    for mid, extra in LOOPS.items():
        account.append("INBOX", debtor(mid, extra=extra))
    # Our own messages coming back: from our address, and with a Message-ID of our domain.
    account.append("INBOX", debtor("<CAF-thunderbird-1@northwind-supplies.example>"))
    account.append("INBOX", debtor("<own-address-1@northwind-supplies.example>", sender=f"Northwind <{mf.OURS}>"))
    # A bounce of our reminder (RFC 3464) from the mailer daemon.
    bounce = raw_message([("From", "Mail Delivery Subsystem <MAILER-DAEMON@mx.acme-fab.example>"), ("To", mf.OURS),
                          ("Subject", "Undelivered Mail Returned to Sender"), ("Message-ID", "<bounce-1@mx.acme-fab.example>"),
                          ("Date", "Fri, 06 Nov 2026 12:00:00 +0000"), ("MIME-Version", "1.0"),
                          ("Content-Type", 'multipart/report; report-type=delivery-status; boundary="r"')],
                         f"--r\nContent-Type: text/plain\n\nWe will pay INV-20431 on Friday.\n<{ACME}>: unknown user\n"
                         f"--r\nContent-Type: message/delivery-status\n\nFinal-Recipient: rfc822; {ACME}\nAction: failed\n"
                         "Status: 5.1.1\n--r--\n")
    account.append("INBOX", bounce)
    run_once(workdir)

    assert set(written(account)) == {"<person-1@acme-fab.example>"}, "only the person's message was answered"
    for mid in [*LOOPS, "<CAF-thunderbird-1@northwind-supplies.example>", "<own-address-1@northwind-supplies.example>",
                "<bounce-1@mx.acme-fab.example>"]:
        assert PROCESSED in flags(account, mid) and DRAFTED not in flags(account, mid), mid


def test_one_draft_per_message_across_runs_copies_discards_and_a_uidvalidity_change(
        account: Account, tmp_path: Path) -> None:
    config = write_config(tmp_path, account)
    config.write_text(config.read_text().replace("timeout = 10", 'timeout = 10\nfolder = "AR"'))
    (tmp_path / "invoices.csv").write_text(mf.INVOICES_CSV)
    cli("invoices", "import", str(tmp_path / "invoices.csv"), "--config", str(config))
    client = account.client()
    client.create_folder("AR")
    with_id = debtor("<once-1@acme-fab.example>")
    without_id = raw_message([("From", f"Sam <{COPPER}>"), ("To", mf.OURS), ("Subject", "Invoice INV-20610"),
                              ("Date", "Fri, 06 Nov 2026 12:00:00 +0000")],
                             "Hello,\n\nCould you send a copy of invoice INV-20610?\n\nThanks\n")
    for raw in (with_id, with_id, without_id, without_id):  # each delivered twice
        account.append("AR", raw)

    def run(hour: int) -> str:
        return cli("run", "--once", "--config", str(config), "--now", f"2026-11-07T{hour:02d}:00:00+00:00")

    assert "drafted=2" in run(9)
    assert len(account.messages("Drafts")) == 2, "one draft per message, not per copy"
    for hour in (10, 11):
        assert "drafted=0" in run(hour)
    # A person throws one draft away: it is not written again.
    client.select_folder("Drafts")
    client.delete_messages(client.search(["ALL"])[:1])
    client.expunge()
    assert "drafted=0" in run(12)
    # The folder is rebuilt (new UIDVALIDITY, our keywords gone): still nothing new.
    client.rename_folder("AR", "AR-old")
    client.create_folder("AR")
    client.select_folder("AR-old")
    client.copy(client.search(["ALL"]), "AR")
    client.unselect_folder()
    again = run(13)
    assert "drafted=0" in again and "duplicates=4" in again
    assert len(account.messages("Drafts")) == 1
    assert len(Store(tmp_path / "state.json").drafts()) == 2


@pytest.mark.parametrize("value, expected", [
    (f"=?utf-8?q?Dana=0D=0ABcc:_{EVIL.replace('@', '=40')}?= <{ACME}>", [(f"Dana Bcc: {EVIL}", ACME)]),
    (f"=?utf-8?q?Dana=0D=0ABcc:_{EVIL}?= <{ACME}>", [(f"Dana Bcc: {EVIL}", ACME)]),  # unencoded specials inside
    (f"=?utf-8?q?{EVIL},?= <{ACME}>", [(f"{EVIL},", ACME)]),
    (f"=?utf-8?q?{EVIL}?=", []),  # an encoded word is never an address
    (f"=?utf-8?b?DQpCY2M6IGV2aWxAYXR0YWNrZXIuZXhhbXBsZQ==?=@acme-fab.example", []),
    (f"\"{ACME}\" <{EVIL}>", [(ACME, EVIL)]),
    (f"Dana\x00\x1b\x85Whitfield <{ACME}>", [("Dana Whitfield", ACME)]),
])
def test_addresses_are_split_before_encoded_words_are_decoded(value: str, expected: list[tuple[str, str]]) -> None:
    from inboxagent.mail.parse import split_addresses

    assert split_addresses(value) == expected
