"""The core pipeline end to end against a real Dovecot: sync, thread, classify, draft, outcomes."""

from __future__ import annotations

import email
import email.policy
from pathlib import Path

import pytest

import mailfactory as mf
from conftest import Account, cli, write_config
from inboxagent.mail.mailbox import DRAFTED, NEEDS_PERSON, PROCESSED
from inboxagent.store import Store

NOW = "2026-11-07T09:00:00+00:00"


@pytest.fixture
def workdir(tmp_path: Path, account: Account) -> Path:
    config = write_config(tmp_path, account)
    (tmp_path / "invoices.csv").write_text(mf.INVOICES_CSV)
    cli("invoices", "import", str(tmp_path / "invoices.csv"), "--config", str(config))
    return tmp_path


def seed(account: Account) -> None:
    account.append("Sent", mf.reminder_acme(), flags=(b"\\Seen",))
    for msg in (mf.auto_reply(), mf.reply_by_reference(), mf.reply_by_invoice_number(),
                mf.reply_by_sender(), mf.unmatched()):
        account.append("INBOX", msg)


def run_once(workdir: Path, now: str = NOW) -> str:
    return cli("run", "--once", "--config", str(workdir / "inboxagent.toml"), "--now", now)


def drafts(account: Account) -> dict[str, email.message.EmailMessage]:
    """In-Reply-To -> the parsed draft, for every message in Drafts."""
    found = {}
    for item in account.messages("Drafts").values():
        msg = email.message_from_bytes(item[b"BODY[]"], policy=email.policy.default)
        assert b"\\Draft" in item[b"FLAGS"]
        found[msg["In-Reply-To"]] = msg
    return found


def flags_by_message_id(account: Account, folder: str = "INBOX") -> dict[str, set[str]]:
    result = {}
    for item in account.messages(folder).values():
        msg = email.message_from_bytes(item[b"BODY[]"])
        result[msg["Message-ID"]] = {f.decode() for f in item[b"FLAGS"]}
    return result


def test_one_threaded_draft_per_reply_that_needs_one(account: Account, workdir: Path) -> None:
    seed(account)
    run_once(workdir)

    found = drafts(account)
    assert set(found) == {
        mf.reply_by_reference()["Message-ID"],
        mf.reply_by_invoice_number()["Message-ID"],
        mf.reply_by_sender()["Message-ID"],
    }, "exactly one draft per reply that needs one; none for the auto-reply or the stranger"

    store = Store(workdir / "state.json")
    logs = {m.key: m for m in store.messages()}
    assert logs[mf.reply_by_reference()["Message-ID"]].matched_by == "references"
    assert logs[mf.reply_by_invoice_number()["Message-ID"]].matched_by == "invoice_number"
    assert logs[mf.reply_by_sender()["Message-ID"]].matched_by == "sender_address"
    assert logs[mf.auto_reply()["Message-ID"]].outcome == "no_reply"
    assert logs[mf.unmatched()["Message-ID"]].outcome == "needs_person"

    # The reply to our reminder joined the reminder's conversation, about INV-20431.
    conv = store.conversation_of("<rem-20431-1@northwind-supplies.example>")
    assert conv is not None and conv.customer == "acme-fabrication-ltd"
    assert mf.reply_by_reference()["Message-ID"] in conv.message_ids
    assert "INV-20431" in conv.invoices
    # Threaded by the number in the subject: that invoice, not every invoice of the customer.
    by_number = store.conversation_of(mf.reply_by_invoice_number()["Message-ID"])
    assert by_number is not None and by_number.invoices == ("INV-20501",)

    flags = flags_by_message_id(account)
    assert PROCESSED in flags[mf.auto_reply()["Message-ID"]]
    assert DRAFTED not in flags[mf.auto_reply()["Message-ID"]]
    assert {PROCESSED, NEEDS_PERSON} <= flags[mf.unmatched()["Message-ID"]]
    assert {PROCESSED, DRAFTED} <= flags[mf.reply_by_reference()["Message-ID"]]
    assert "\\Seen" not in flags[mf.reply_by_sender()["Message-ID"]], "the agent must not mark mail as read"


def test_draft_headers_read_back_from_dovecot(account: Account, workdir: Path) -> None:
    seed(account)
    run_once(workdir)
    reply = mf.reply_by_reference()
    draft = drafts(account)[reply["Message-ID"]]

    assert draft["From"] == "Northwind Accounts <accounts@northwind-supplies.example>"
    assert draft["To"] == "ap@acme-fab.example"
    assert draft["Subject"] == "Re: Payment reminder: INV-20431 now overdue", "one Re:, original subject kept"
    assert draft["In-Reply-To"] == reply["Message-ID"]
    assert draft["References"].split() == ["<rem-20431-1@northwind-supplies.example>", reply["Message-ID"]]
    assert draft["Message-ID"].startswith("<ia-") and draft["Message-ID"].endswith("@northwind-supplies.example>")
    assert draft["Date"] is not None
    assert draft.get_content_type() == "text/plain"
    assert draft.get_content_charset() == "utf-8"
    body = draft.get_content()
    assert "INV-20431" in body and "£1,250.00" in body
    assert "Friday 6 November 2026" in body, "the promised Friday, resolved against the reply's own date"
    assert "Dana Whitfield <ap@acme-fab.example> wrote:" in body
    assert "> Apologies for the delay" in body, "the debtor's message is quoted below the reply"
    assert draft["Auto-Submitted"] is None, "a draft a person sends is not auto-submitted"


def test_second_run_creates_nothing_new(account: Account, workdir: Path) -> None:
    seed(account)
    run_once(workdir)
    before = account.messages("Drafts")
    seen_before = len(Store(workdir / "state.json").messages())
    output = run_once(workdir)
    assert "fetched=0" in output and "drafted=0" in output
    assert account.messages("Drafts").keys() == before.keys()
    store = Store(workdir / "state.json")
    assert len(store.messages()) == seen_before == 6  # five replies and our reminder
    assert len(store.drafts()) == 3


def test_uidvalidity_change_creates_nothing_new(account: Account, tmp_path: Path) -> None:
    config = write_config(tmp_path, account)
    text = config.read_text().replace('timeout = 10', 'timeout = 10\nfolder = "AR"')
    config.write_text(text)
    (tmp_path / "invoices.csv").write_text(mf.INVOICES_CSV)
    cli("invoices", "import", str(tmp_path / "invoices.csv"), "--config", str(config))
    client = account.client()
    client.create_folder("AR")
    account.append("Sent", mf.reminder_acme())
    for msg in (mf.reply_by_reference(), mf.reply_by_sender()):
        account.append("AR", msg)
    first = run_once(tmp_path)
    assert "drafted=2" in first
    old_validity = client.folder_status("AR", ["UIDVALIDITY"])[b"UIDVALIDITY"]

    # Rebuild the folder: same messages, new UIDVALIDITY, our keywords gone.
    client.rename_folder("AR", "AR-old")
    client.create_folder("AR")
    client.select_folder("AR-old")
    client.copy(client.search(["ALL"]), "AR")
    client.unselect_folder()
    new_validity = client.folder_status("AR", ["UIDVALIDITY"])[b"UIDVALIDITY"]
    assert new_validity != old_validity

    second = run_once(tmp_path)
    assert "drafted=0" in second and "duplicates=2" in second
    assert len(account.messages("Drafts")) == 2
    state = Store(tmp_path / "state.json").sync("AR")
    assert state is not None and state.uidvalidity == new_validity


def test_sent_and_discarded_drafts_are_told_apart(account: Account, workdir: Path) -> None:
    seed(account)
    run_once(workdir)
    client = account.client()
    client.select_folder("Drafts")
    by_reply = {}
    for uid, item in client.fetch(client.search(["ALL"]), ["BODY.PEEK[]"]).items():
        msg = email.message_from_bytes(item[b"BODY[]"])
        by_reply[msg["In-Reply-To"]] = (uid, item[b"BODY[]"], msg["Message-ID"])

    # A person sends the reply to Acme: the client files it in Sent and removes the draft.
    sent_uid, sent_raw, sent_id = by_reply[mf.reply_by_reference()["Message-ID"]]
    account.append("Sent", sent_raw.replace(b"X-InboxAgent", b"X-Ignored-By-Client", 0), flags=(b"\\Seen",))
    # A person edits the Birchwood reply: the client saves a new copy with a new Message-ID.
    edit_uid, edit_raw, edit_id = by_reply[mf.reply_by_invoice_number()["Message-ID"]]
    edited = edit_raw.replace(b"Message-ID: " + edit_id.encode(), b"Message-ID: <edited-by-thunderbird-1@northwind-supplies.example>")
    assert edited != edit_raw
    account.append("Drafts", edited.replace(b"Kind regards", b"Best wishes"), flags=(b"\\Draft",))
    # ... and throws away the reply to Copperleaf.
    discard_uid, _, discard_id = by_reply[mf.reply_by_sender()["Message-ID"]]
    client.select_folder("Drafts")
    client.delete_messages([sent_uid, edit_uid, discard_uid])
    client.expunge()

    run_once(workdir, "2026-11-07T10:00:00+00:00")
    store = Store(workdir / "state.json")
    assert store.draft(sent_id).status == "sent"  # type: ignore[union-attr]
    assert store.draft(edit_id).status == "pending", "an edited draft is still waiting, not discarded"  # type: ignore[union-attr]
    assert store.draft(discard_id).status == "discarded"  # type: ignore[union-attr]

    # The debtor answers our sent reply: it threads to the same conversation by In-Reply-To.
    follow_up = mf.message(
        sender="Dana Whitfield <ap@acme-fab.example>", to=mf.OURS, subject="Re: Payment reminder: INV-20431 now overdue",
        date=mf.when(8, 9), message_id="<acme-followup-2@mail.acme-fab.example>", in_reply_to=sent_id,
        references=["<rem-20431-1@northwind-supplies.example>", mf.reply_by_reference()["Message-ID"], sent_id],
        body="Thanks. Payment went out this morning, remittance attached.\n",
    )
    account.append("INBOX", follow_up)
    run_once(workdir, "2026-11-08T10:00:00+00:00")
    store = Store(workdir / "state.json")
    log = store.message("<acme-followup-2@mail.acme-fab.example>")
    assert log is not None and log.matched_by == "references"
    assert log.conversation == store.conversation_of("<rem-20431-1@northwind-supplies.example>").id  # type: ignore[union-attr]


def test_old_mail_is_left_alone_on_the_first_run(account: Account, tmp_path: Path) -> None:
    config = write_config(tmp_path, account, history_days="30")
    config.write_text(config.read_text().replace('history_days = "30"', "history_days = 30"))
    (tmp_path / "invoices.csv").write_text(mf.INVOICES_CSV)
    cli("invoices", "import", str(tmp_path / "invoices.csv"), "--config", str(config))
    old = mf.reply_by_sender()
    old.replace_header("Date", "Mon, 01 Jun 2026 10:00:00 +0000")
    account.append("INBOX", old)
    account.append("INBOX", mf.reply_by_reference())
    output = run_once(tmp_path)
    assert "fetched=1" in output
    assert set(drafts(account)) == {mf.reply_by_reference()["Message-ID"]}
