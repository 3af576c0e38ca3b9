"""Builds the data templates see: customer, contact (and their register), invoices and totals, history, our company."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from .cadence import TONES
from .config import Config
from .interest import InterestRules, interest_view
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
        "received": inv.amount - inv.open_balance if inv.open_balance < inv.amount else Decimal(0),
        "issued": inv.issued, "due": inv.due, "days_overdue": max(days, 0), "status": inv.status,
        "has_pdf": bool(inv.pdf),
    }


def _history(store: Store, numbers: Iterable[str], limit: int = 5) -> list[dict[str, Any]]:
    """The latest events of these invoices, oldest first, each once (a promise about two
    invoices is one line, not two)."""
    seen: dict[tuple[date, str], dict[str, Any]] = {}
    for number in numbers:
        for e in store.account(number).events:
            if e.kind in HISTORY_KINDS:
                seen.setdefault((e.day, e.text), {"day": e.day, "kind": e.kind, "text": e.text})
    return sorted(seen.values(), key=lambda e: e["day"])[-limit:]


HISTORY_KINDS = ("promise", "extension_request", "extension_agreed", "dispute", "resolved", "paid_claim",
                 "broken_promise", "remittance_request")


def _contact_view(config: Config, store: Store, address: str, display: str, invoices: list[Invoice]) -> dict[str, Any]:
    known = store.contact(address) if address else None
    name = person_name(display)
    if not name and address and invoices:
        customer = store.customer(invoices[0].customer)
        name = customer.name_of(address) if customer else ""
    if not name:
        name = next((inv.contact_name for inv in invoices if inv.contact_name), "") or ""
    first = name.split()[0] if name else (known.first_name if known else "")
    return {"name": name, "first_name": first, "greeting_name": name,
            "informal": bool(known and known.register == "informal" and first)}


def _totals(invoices: list[Invoice]) -> list[dict[str, Any]]:
    totals: dict[str, Decimal] = {}
    for inv in invoices:
        if inv.is_open:
            totals[inv.currency] = totals.get(inv.currency, Decimal(0)) + inv.open_balance
    return [{"currency": cur, "amount": amount} for cur, amount in sorted(totals.items())]


def customer_locale(config: Config, customer: Any, invoices: Iterable[Invoice] = ()) -> str:
    """The locale amounts are written in for a customer: its own (the invoices CSV's
    `locale`), else [agent] locale."""
    own = getattr(customer, "locale", None) or next((getattr(i, "locale", None) for i in invoices
                                                     if getattr(i, "locale", None)), None)
    return own or config.agent.locale


def base_context(config: Config, store: Store, customer_key: str, numbers: Iterable[str], address: str,
                 display: str, now: datetime, tone: str, situation: str,
                 interest_rules: InterestRules | None = None) -> dict[str, Any]:
    """What every template sees: customer, contact, invoices and totals, history, company,
    the locale amounts are written in, and statutory interest (None unless rules/interest.toml
    enables it for these invoices and `interest_rules` is given)."""
    numbers = list(numbers)
    invoices = [inv for inv in (store.invoice(n) for n in numbers) if inv is not None]
    customer = store.customer(customer_key)
    shown = [inv for inv in invoices if inv.is_open] or invoices
    today = now.date()
    return {
        "customer": {"name": customer.name if customer else customer_key},
        "contact": _contact_view(config, store, address, display, invoices),
        "invoices": [invoice_view(inv, now) for inv in shown],
        "totals": _totals(shown),
        "history": _history(store, numbers),
        "tone": tone,
        "situation": situation,
        "stage": "",
        "promise": None,
        "respond_by": today + timedelta(days=5 if tone == "final" else 7),
        "company": {
            "name": config.company.name, "phone": config.company.phone, "website": config.company.website,
            "payment_details": config.company.payment_details,
        },
        "sender": {"name": config.agent.from_name or config.company.name},
        "today": today,
        "locale": customer_locale(config, customer, invoices),
        "interest": interest_view(interest_rules, shown, customer.name if customer else customer_key, today,
                                  {n: store.account(n) for n in numbers}) if interest_rules else None,
    }


def reply_context(config: Config, store: Store, conversation: Conversation, msg: MailMessage,
                  classification: Classification, now: datetime, extension: dict[str, Any] | None = None,
                  attachments: Iterable[str] = (), invoices: Iterable[str] | None = None) -> dict[str, Any]:
    """`invoices`: the ones the reply is about (default: every invoice of the conversation)."""
    numbers = tuple(invoices) if invoices is not None else conversation.invoices
    tone = max((store.account(n).tone for n in numbers), key=TONES.index, default="friendly")
    ctx = base_context(config, store, conversation.customer, numbers, msg.from_addr, msg.from_name,
                       now, tone, "reply")
    first_currency = ctx["invoices"][0]["currency"] if ctx["invoices"] else ""
    ctx.update({
        "intent": classification.intent,
        "promised_date": classification.promised_date,
        "amount": classification.amount,
        "currency": classification.currency or first_currency,
        "has_attachment": bool(msg.attachments),
        "message": {"subject": msg.subject, "date": msg.date, "from_name": msg.from_name, "from_addr": msg.from_addr},
        "extension": extension,
        "attachments": list(attachments),
    })
    return ctx
