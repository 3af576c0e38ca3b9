"""Replies as mail clients expect them: subject, threading headers, quoting, our Message-ID."""

from __future__ import annotations

import base64
import email
import email.policy
from datetime import datetime, timezone

import pytest

from inboxagent.mail.compose import (
    build_reply, child_thread_index, draft_message_id, references, reply_subject,
)
from inboxagent.records import MailMessage

WHEN = datetime(2026, 11, 7, 9, 30, tzinfo=timezone.utc)


@pytest.mark.parametrize("original, expected", [
    ("Invoice INV-1 overdue", "Re: Invoice INV-1 overdue"),
    ("Re: Invoice INV-1", "Re: Invoice INV-1"),
    ("RE: Re: re: Invoice", "Re: Invoice"),
    ("AW: Rechnung 4471", "Re: Rechnung 4471"),
    ("SV: Antw: Faktura", "Re: Faktura"),
    ("Re[2]: Statement", "Re: Statement"),
    ("Fwd: Invoice copy", "Re: Fwd: Invoice copy"),
    ("", "Re: (no subject)"),
    ("   ", "Re: (no subject)"),
    ("Re:", "Re: (no subject)"),
    ("Rebate on INV-7", "Re: Rebate on INV-7"),
])
def test_reply_subject(original: str, expected: str) -> None:
    assert reply_subject(original) == expected


def parent(**overrides: object) -> MailMessage:
    base: dict[str, object] = dict(
        key="<p@debtor.example>", message_id="<p@debtor.example>", in_reply_to=("<r@us.example>",),
        references=("<root@us.example>", "<r@us.example>"), from_addr="jo@debtor.example",
        from_name="Jo Lang", to=(), cc=(), reply_to=(), subject="Re: Reminder",
        date=datetime(2026, 11, 6, 16, 5, tzinfo=timezone.utc),
        text="We will pay on Friday.\n\n> old quoted line", new_text="We will pay on Friday.",
        quoted_text="", attachments=(), headers={}, content_type="text/plain",
    )
    base.update(overrides)
    return MailMessage(**base)  # type: ignore[arg-type]


def test_references_chain_and_cap_keeps_the_root() -> None:
    assert references(parent()) == ["<root@us.example>", "<r@us.example>", "<p@debtor.example>"]
    assert references(parent(references=())) == ["<r@us.example>", "<p@debtor.example>"]
    many = tuple(f"<id{i}@x>" for i in range(50))
    capped = references(parent(references=many))
    assert len(capped) == 20 and capped[0] == "<id0@x>" and capped[-1] == "<p@debtor.example>"


def test_draft_message_id_is_deterministic_and_ours() -> None:
    a = draft_message_id("c123", "<p@debtor.example>", "northwind.example")
    assert a == draft_message_id("c123", "<p@debtor.example>", "northwind.example")
    assert a != draft_message_id("c123", "<other@debtor.example>", "northwind.example")
    assert a.startswith("<ia-c123-") and a.endswith("@northwind.example>")


def test_outlook_thread_index_grows_by_one_block() -> None:
    parent_index = base64.b64encode(bytes(range(22))).decode()
    child = child_thread_index(parent_index, "seed")
    assert child is not None
    raw = base64.b64decode(child)
    assert len(raw) == 27 and raw[:22] == bytes(range(22))
    assert child_thread_index("not base64!!", "seed") is None


def test_built_reply_headers_and_quote() -> None:
    reply = build_reply(parent(headers={"thread-index": base64.b64encode(bytes(22)).decode()}),
                        body="Thank you.", from_header="Accounts <a@us.example>", to=("jo@debtor.example",),
                        message_id="<ia-c1-x@us.example>", when=WHEN, conversation="c1")
    parsed = email.message_from_bytes(reply.as_bytes(), policy=email.policy.default)
    assert parsed["Subject"] == "Re: Reminder"
    assert parsed["In-Reply-To"] == "<p@debtor.example>"
    assert parsed["References"].split() == ["<root@us.example>", "<r@us.example>", "<p@debtor.example>"]
    assert parsed["Thread-Index"] and len(base64.b64decode(parsed["Thread-Index"])) == 27
    assert parsed["Auto-Submitted"] is None
    body = parsed.get_content().replace("\r\n", "\n")
    assert body.startswith("Thank you.\n\nOn Fri, 06 Nov 2026 at 16:05, Jo Lang <jo@debtor.example> wrote:\n")
    assert "> We will pay on Friday.\n>\n>> old quoted line" in body


def test_hostile_header_text_cannot_add_headers() -> None:
    evil = parent(subject="Hello\r\nBcc: victim@evil.example", from_name="Jo\nX-Injected: 1")
    reply = build_reply(evil, body="Hi", from_header="Accounts <a@us.example>", to=("jo@debtor.example",),
                        message_id="<ia-c1-y@us.example>", when=WHEN, conversation="c1")
    raw = reply.as_bytes()
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    assert parsed["Bcc"] is None and parsed["X-Injected"] is None
    assert parsed["Subject"] == "Re: Hello Bcc: victim@evil.example"
    assert b"\nBcc:" not in raw and b"\nX-Injected" not in raw
