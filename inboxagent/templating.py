"""Builds the data a reply template sees: customer, contact, invoices, what the debtor said, our company."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from .config import Config
from .records import Classification, Conversation, Invoice, MailMessage
from .store import Store

NOT_A_NAME = re.compile(r"[@\d]|accounts?|payable|finance|billing|invoices?|admin|office|team|info|ltd|limited|inc\b|gmbh|llc|plc", re.IGNORECASE)


def person_name(display: str) -> str:
    """The display name when it looks like a person's ("Jane Doe", "Doe, Jane"), else ""."""
    name = " ".join(display.replace('"', "").split())
    if "," in name:
        last, _, first = name.partition(",")
        name = f"{first.strip()} {last.strip()}".strip()
    words = name.split()
    if not 1 <= len(words) <= 4 or NOT_A_NAME.search(name):
        return ""
    return name


def invoice_view(inv: Invoice, now: datetime) -> dict[str, Any]:
    days = (now.date() - inv.due).days
    return {
        "number": inv.number, "amount": inv.amount, "balance": inv.open_balance, "currency": inv.currency,
        "issued": inv.issued, "due": inv.due, "days_overdue": max(days, 0), "status": inv.status,
        "has_pdf": bool(inv.pdf),
    }


def reply_context(config: Config, store: Store, conversation: Conversation, msg: MailMessage,
                  classification: Classification, now: datetime) -> dict[str, Any]:
    invoices = [inv for inv in (store.invoice(n) for n in conversation.invoices) if inv is not None]
    customer = store.customer(conversation.customer)
    name = person_name(msg.from_name)
    if not name:
        name = next((inv.contact_name for inv in invoices if inv.contact_name), "") or ""
    return {
        "customer": {"name": customer.name if customer else conversation.customer},
        "contact": {"name": name, "first_name": name.split()[0] if name else "", "greeting_name": name},
        "invoices": [invoice_view(inv, now) for inv in invoices if inv.is_open] or [invoice_view(inv, now) for inv in invoices],
        "intent": classification.intent,
        "promised_date": classification.promised_date,
        "amount": classification.amount,
        "currency": classification.currency or (invoices[0].currency if invoices else ""),
        "has_attachment": bool(msg.attachments),
        "message": {"subject": msg.subject, "date": msg.date, "from_name": msg.from_name, "from_addr": msg.from_addr},
        "company": {
            "name": config.company.name, "phone": config.company.phone, "website": config.company.website,
            "payment_details": config.company.payment_details,
        },
        "sender": {"name": config.agent.from_name or config.company.name},
        "today": now.date(),
    }
