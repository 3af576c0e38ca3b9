"""Builds the test mailbox's messages: our reminders and debtors' replies, as real clients would write them."""

from __future__ import annotations

from datetime import datetime, timezone
from email.message import EmailMessage
from email.utils import format_datetime

OURS = "accounts@northwind-supplies.example"

INVOICES_CSV = """\
number,customer,email,amount,currency,issued,due,status,balance,contact_name
INV-20431,Acme Fabrication Ltd,ap@acme-fab.example,1250.00,GBP,2026-10-01,2026-10-31,open,,Dana Whitfield
INV-20432,Acme Fabrication Ltd,ap@acme-fab.example,480.00,GBP,2026-10-10,2026-11-09,open,,
INV-20501,Birchwood Dental Care,office@birchwood-dental.example,2200.00,EUR,2026-09-20,2026-10-20,open,,
INV-20502,Birchwood Dental Care,office@birchwood-dental.example,310.00,EUR,2026-10-15,2026-11-14,open,,
INV-20610,Copperleaf Studio,hello@copperleaf.example,640.00,USD,2026-10-05,2026-11-04,open,,Sam Okafor
INV-19990,Copperleaf Studio,hello@copperleaf.example,90.00,USD,2026-06-01,2026-07-01,paid,,
"""


def when(day: int, hour: int = 10, month: int = 11) -> datetime:
    return datetime(2026, month, day, hour, 0, tzinfo=timezone.utc)


def message(*, sender: str, to: str, subject: str, body: str, date: datetime, message_id: str | None,
            in_reply_to: str | None = None, references: list[str] | None = None,
            headers: dict[str, str] | None = None) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date)
    if message_id:
        msg["Message-ID"] = message_id
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
    if references:
        msg["References"] = " ".join(references)
    for name, value in (headers or {}).items():
        msg[name] = value
    msg.set_content(body)
    return msg


def reminder_acme() -> EmailMessage:
    return message(
        sender=f"Northwind Accounts <{OURS}>", to="Acme Accounts Payable <ap@acme-fab.example>",
        subject="Payment reminder: INV-20431 now overdue", date=when(3),
        message_id="<rem-20431-1@northwind-supplies.example>",
        body=("Dear Dana,\n\nOur records show that invoice INV-20431 for £1,250.00, due on 31 October,"
              " is still open. Could you let us know when we can expect payment?\n\n"
              "Kind regards,\nNorthwind Accounts\n"),
    )


def reply_by_reference() -> EmailMessage:
    return message(
        sender="Dana Whitfield <ap@acme-fab.example>", to=f"Northwind Accounts <{OURS}>",
        subject="RE: Payment reminder: INV-20431 now overdue", date=when(4, 14),
        message_id="<CAF8d1-acme-77@mail.acme-fab.example>",
        in_reply_to="<rem-20431-1@northwind-supplies.example>",
        references=["<rem-20431-1@northwind-supplies.example>"],
        body=("Hi,\n\nApologies for the delay - this has been approved and will go out in our payment run"
              " on Friday.\n\nDana\n\n"
              "On Tue, 3 Nov 2026 at 10:00, Northwind Accounts <accounts@northwind-supplies.example> wrote:\n"
              "> Dear Dana,\n> Our records show that invoice INV-20431 for £1,250.00 is still open.\n"),
    )


def reply_by_invoice_number() -> EmailMessage:
    return message(
        sender="Jo Soto <j.soto@birchwood-dental.example>", to=OURS,
        subject="Invoice INV-20501", date=when(5, 9),
        message_id="<20261105090000.birchwood.1@birchwood-dental.example>",
        body=("Hello,\n\nWe paid this one on 2 November by bank transfer, reference BDC-7781."
              " Could you check on your side?\n\nThanks,\nJo Soto\nPractice Manager\n"),
    )


def reply_by_sender() -> EmailMessage:
    return message(
        sender="Sam Okafor <hello@copperleaf.example>", to=OURS,
        subject="quick one", date=when(6, 16),
        message_id="<copperleaf-20261106-a1@copperleaf.example>",
        body="hey - could you resend the bank details? want to pay this week\n\nsam\n",
    )


def auto_reply() -> EmailMessage:
    return message(
        sender="Dana Whitfield <ap@acme-fab.example>", to=OURS,
        subject="Automatic reply: Payment reminder: INV-20431 now overdue", date=when(3, 10),
        message_id="<ooo-acme-1@mail.acme-fab.example>",
        in_reply_to="<rem-20431-1@northwind-supplies.example>",
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        body="I am out of the office until Monday 9 November with no access to email.\n",
    )


def unmatched() -> EmailMessage:
    return message(
        sender="Pat Lindqvist <pat@stranger-things.example>", to=OURS,
        subject="Question about an invoice", date=when(6, 11),
        message_id="<stranger-1@stranger-things.example>",
        body="Hello, I received an invoice from you but I do not think we are a customer. Who are you?\n",
    )


# rules/interest.toml with the UK statutory interest on, at a 5% base rate all through 2026.
UK_ON = """\
[jurisdictions.uk]
enabled = true
law = "the Late Payment of Commercial Debts (Interest) Act 1998"
rate_name = "Bank of England base rate"
margin = "8"
reference = "half_year_before"
currencies = ["GBP"]
compensation_currency = "GBP"
compensation = [{ below = "1000", amount = "40" }, { below = "10000", amount = "70" }, { amount = "100" }]
base_rates = [{ from = 2026-01-01, rate = "5.00" }]
"""
