"""Folders and flags against a real Dovecot: where drafts go when the server has no Drafts folder or
calls it something else, and what the agent does (and does not do) to the flags of the mail it reads."""

from __future__ import annotations

import email
import email.policy
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

import mailfactory as mf
from conftest import Account, write_config
from inboxagent.cli import main
from inboxagent.mail.mailbox import DRAFTED, NEEDS_PERSON, PROCESSED
from servers import Dovecot

NOW = "2026-11-07T09:00:00+00:00"

# A server that creates no Drafts folder by itself; a folder called "Pending review", once
# created, carries the \Drafts SPECIAL-USE flag (as a localised or hosted server would).
NO_DRAFTS = """\
  mailbox Sent {
    special_use = \\Sent
    auto = subscribe
  }
  mailbox "Pending review" {
    special_use = \\Drafts
    auto = no
  }"""


@pytest.fixture(scope="module")
def bare_dovecot() -> Iterator[Dovecot]:
    server = Dovecot(tls=False, pool=20, mailboxes=NO_DRAFTS).start()
    yield server
    server.cleanup()


@pytest.fixture
def bare_account(bare_dovecot: Dovecot) -> Iterator[Account]:
    acc = Account(bare_dovecot, *bare_dovecot.add_user())
    yield acc
    acc.close()


def cli(*args: str) -> str:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def prepare(tmp_path: Path, account: Account, extra_imap: str = "") -> Path:
    config = write_config(tmp_path, account)
    if extra_imap:
        config.write_text(config.read_text().replace("timeout = 10\n", f"timeout = 10\n{extra_imap}\n"))
    (tmp_path / "invoices.csv").write_text(mf.INVOICES_CSV)
    cli("invoices", "import", str(tmp_path / "invoices.csv"), "--config", str(config))
    account.append("Sent", mf.reminder_acme(), flags=(b"\\Seen",))
    account.append("INBOX", mf.reply_by_reference())
    return config


def run_once(config: Path) -> str:
    return cli("run", "--once", "--config", str(config), "--now", NOW)


def folders(account: Account) -> dict[str, set[bytes]]:
    """Folder name -> its LIST flags."""
    c = account.client()
    return {name: set(flags) for flags, _, name in c.list_folders()}


def drafts_in(account: Account, folder: str) -> list[email.message.EmailMessage]:
    found = []
    for item in account.messages(folder).values():
        assert b"\\Draft" in item[b"FLAGS"], f"a message in {folder} without the \\Draft flag"
        found.append(email.message_from_bytes(item[b"BODY[]"], policy=email.policy.default))
    return found


def test_drafts_folder_is_created_when_the_server_has_none(bare_account: Account, tmp_path: Path,
                                                          caplog: pytest.LogCaptureFixture) -> None:
    before = folders(bare_account)
    assert "Drafts" not in before and not any(b"\\Drafts" in f for f in before.values()), before
    config = prepare(tmp_path, bare_account)

    caplog.set_level("INFO")
    assert "drafted=1" in run_once(config)
    after = folders(bare_account)
    assert "Drafts" in after, after
    assert "event=create_folder folder=Drafts" in caplog.text
    drafts = drafts_in(bare_account, "Drafts")
    assert [d["In-Reply-To"] for d in drafts] == [mf.reply_by_reference()["Message-ID"]]
    assert bare_account.client().folder_status("INBOX", [b"MESSAGES"])[b"MESSAGES"] == 1, "nothing else was APPENDed to INBOX"
    # Subscribed, so that mail clients show it.
    assert "Drafts" in {name for _, _, name in bare_account.client().list_sub_folders()}

    # A second pass finds the folder it made: no new folder, no second draft.
    assert "drafted=0" in run_once(config)
    assert sorted(folders(bare_account)) == sorted(after)
    assert len(drafts_in(bare_account, "Drafts")) == 1


def test_special_use_drafts_folder_wins_over_a_folder_named_drafts(bare_account: Account, tmp_path: Path) -> None:
    c = bare_account.client()
    c.create_folder("Drafts")  # a plain folder that only looks like the right one by name
    c.create_folder("Pending review")
    listed = folders(bare_account)
    assert b"\\Drafts" in listed["Pending review"] and b"\\Drafts" not in listed["Drafts"], listed
    config = prepare(tmp_path, bare_account)

    assert "drafted=1" in run_once(config)
    drafts = drafts_in(bare_account, "Pending review")
    assert [d["In-Reply-To"] for d in drafts] == [mf.reply_by_reference()["Message-ID"]]
    assert bare_account.messages("Drafts") == {}, "the merely-named folder is left alone"
    assert sorted(folders(bare_account)) == sorted(listed), "no folder was created"


def test_configured_drafts_folder_overrides_the_server(bare_account: Account, tmp_path: Path) -> None:
    bare_account.client().create_folder("Pending review")
    config = prepare(tmp_path, bare_account, 'drafts_folder = "AR/Replies to review"')
    assert "drafted=1" in run_once(config)
    assert len(drafts_in(bare_account, "AR/Replies to review")) == 1
    assert bare_account.messages("Pending review") == {}
    assert "AR/Replies to review" in {name for _, _, name in bare_account.client().list_sub_folders()}, \
        "a folder the agent creates is subscribed, so that mail clients show it"


def test_processed_messages_get_keywords_and_keep_their_seen_state(account: Account, tmp_path: Path) -> None:
    config = write_config(tmp_path, account)
    (tmp_path / "invoices.csv").write_text(mf.INVOICES_CSV)
    cli("invoices", "import", str(tmp_path / "invoices.csv"), "--config", str(config))
    account.append("Sent", mf.reminder_acme(), flags=(b"\\Seen",))
    # A person has already read some of these in their mail client, and flagged one.
    seen = {mf.reply_by_reference()["Message-ID"], mf.auto_reply()["Message-ID"]}
    account.append("INBOX", mf.reply_by_reference(), flags=(b"\\Seen",))
    account.append("INBOX", mf.auto_reply(), flags=(b"\\Seen", b"\\Flagged"))
    account.append("INBOX", mf.reply_by_invoice_number())
    account.append("INBOX", mf.unmatched(), flags=(b"\\Flagged",))

    run_once(config)

    flags = {}
    for item in account.messages("INBOX").values():
        msg = email.message_from_bytes(item[b"BODY[]"])
        flags[msg["Message-ID"]] = {f.decode() for f in item[b"FLAGS"]}
    assert len(flags) == 4
    for mid, have in flags.items():
        assert PROCESSED in have, f"{mid} was processed but carries no {PROCESSED}"
        assert ("\\Seen" in have) == (mid in seen), f"{mid}: the agent changed \\Seen ({have})"
    assert "\\Flagged" in flags[mf.auto_reply()["Message-ID"]] and "\\Flagged" in flags[mf.unmatched()["Message-ID"]]
    assert DRAFTED in flags[mf.reply_by_reference()["Message-ID"]] and DRAFTED in flags[mf.reply_by_invoice_number()["Message-ID"]]
    assert DRAFTED not in flags[mf.auto_reply()["Message-ID"]]
    assert NEEDS_PERSON in flags[mf.unmatched()["Message-ID"]]

    # Our reminder in Sent was only read, not marked.
    sent = next(iter(account.messages("Sent").values()))
    assert {f.decode() for f in sent[b"FLAGS"]} == {"\\Seen"}


def test_the_drafts_listing_reads_only_what_is_new_since_the_last_pass(account: Account) -> None:
    from inboxagent.config import ImapConfig, PasswordSource, Secret
    from inboxagent.mail.imap import ImapMailbox

    def draft(n: int, ref: str = "") -> bytes:
        extra = {"X-InboxAgent": f"draft={ref}"} if ref else None
        return mf.message(sender=mf.OURS, to="ap@acme-fab.example", subject=f"Re: {n}", body="Thanks.\n",
                          date=mf.when(5), message_id=f"<d-{n}@northwind.example>", headers=extra).as_bytes()

    for n in range(3):
        account.append("Drafts", draft(n))
    cfg = ImapConfig(host="127.0.0.1", port=account.port, username=account.user, security="none", timeout=10,
                     password=PasswordSource(Path("t.toml"), "imap", value=Secret(account.password)))
    with ImapMailbox(cfg) as box:
        fetched: list[list[int]] = []
        real = box.c.fetch

        def counting(uids: list[int], *args: object, **kwargs: object) -> object:
            fetched.append(list(uids))
            return real(uids, *args, **kwargs)

        box.c.fetch = counting  # type: ignore[method-assign]
        first = box.header_rows("Drafts")
        assert [r.message_id for r in first] == ["<d-0@northwind.example>", "<d-1@northwind.example>", "<d-2@northwind.example>"]
        box.select("INBOX")
        assert box.header_rows("Drafts") == first and len(fetched) == 1, "nothing came or went: no FETCH"
        added = account.append("Drafts", draft(3, "<ia-1@northwind.example>"))
        rows = box.header_rows("Drafts")
        assert fetched[-1] == [added], "only the new draft is read"
        assert rows[-1].draft_ref == "<ia-1@northwind.example>" and len(rows) == 4
        with account.client() as c:  # a person sends or deletes a draft in their mail client
            c.select_folder("Drafts")
            c.delete_messages([first[0].uid])
            c.expunge()
        assert [r.message_id for r in box.header_rows("Drafts")] == [
            "<d-1@northwind.example>", "<d-2@northwind.example>", "<d-3@northwind.example>"]
        assert len(fetched) == 2, "a draft gone needs no FETCH"
