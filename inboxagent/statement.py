"""A customer's statement of account: open items, payments received, payment arrangements and
statutory interest, as the email body a clerk sends (templates/statement/email.txt) and a CSV.

The open items are written by the same partials as the cadence's reminders (_invoices.txt,
_totals.txt, _interest.txt), so a statement and a reminder never quote an invoice differently.
Payments received are what the ledger shows: amount minus open balance.
"""

from __future__ import annotations

import csv
import io
from datetime import datetime
from decimal import Decimal
from typing import Any

from .config import Config
from .interest import InterestRules, charges
from .money import quantize
from .records import Customer, Invoice
from .render import Renderer
from .store import Store
from .templating import base_context

TEMPLATE = "statement/email.txt"
CSV_COLUMNS = ("number", "issued", "due", "currency", "amount", "received", "balance", "days_overdue", "status",
               "interest", "compensation")


def find_customer(store: Store, target: str) -> Customer:
    """A customer by key or by name (any case), or by the number of one of its invoices."""
    wanted = target.strip().casefold()
    customers = store.customers()
    for c in customers:
        if wanted in (c.key.casefold(), c.name.casefold()):
            return c
    inv = next((i for i in store.invoices() if i.number.casefold() == wanted), None)
    if inv is not None:
        found = store.customer(inv.customer)
        if found is not None:
            return found
    close = [c.name for c in customers if wanted in c.name.casefold()]
    hint = f" (did you mean {', '.join(repr(n) for n in close[:3])}?)" if close else ""
    raise LookupError(f"no customer {target!r}{hint}")


def _received(inv: Invoice) -> Decimal:
    return inv.amount - inv.open_balance if inv.open_balance < inv.amount else Decimal(0)


def _state(inv: Invoice, hold: str) -> str:
    if not inv.is_open:
        return "paid"
    return "in query" if hold == "dispute" else "open"


def statement_context(config: Config, store: Store, customer: Customer, now: datetime,
                      interest: InterestRules | None = None) -> dict[str, Any]:
    """The template context of a statement: what every message sees (the open items as
    `invoices`, `totals`, `interest`), plus `payments`, `promises`, `in_query`, `paid_invoices`."""
    mine = sorted((i for i in store.invoices() if i.customer == customer.key), key=lambda i: (i.due, i.number))
    open_items = [i for i in mine if i.is_open]
    accounts = {i.number: store.account(i.number) for i in mine}
    to = customer.reminder_to if hasattr(customer, "reminder_to") else customer.emails
    address = (to or customer.emails or ("",))[0]
    ctx = base_context(config, store, customer.key, [i.number for i in open_items], address, "", now,
                       "neutral", "statement", interest_rules=interest)
    if not open_items:
        ctx["invoices"], ctx["totals"], ctx["interest"] = [], [], None
    payments = []
    for inv in mine:
        got = _received(inv)
        if got > 0:
            payments.append({"number": inv.number, "amount": inv.amount, "received": got, "balance": inv.open_balance,
                             "currency": inv.currency, "in_full": not inv.is_open})
    promises: dict[tuple[Any, ...], dict[str, Any]] = {}
    for inv in mine:
        p = accounts[inv.number].promise
        if p is None:
            continue
        key = (p.made_on, p.due, p.message, p.status)
        entry = promises.setdefault(key, {
            "made_on": p.made_on, "due": p.due, "dated": p.dated, "amount": p.amount,
            "currency": p.currency or inv.currency, "status": p.status, "agreed": not p.message, "invoices": [],
        })
        entry["invoices"].append(inv.number)
    ctx.update({
        "statement": True,
        "payments": payments,
        "promises": sorted(promises.values(), key=lambda p: (p["made_on"], p["due"])),
        "in_query": [i.number for i in open_items if accounts[i.number].hold == "dispute"],
        "paid_invoices": [i.number for i in mine if not i.is_open],
        "attachment": "",
    })
    return ctx


def render_statement(renderer: Renderer, config: Config, store: Store, customer: Customer, now: datetime,
                     interest: InterestRules | None = None, attachment: str = "") -> tuple[str, str]:
    """(subject, body) of the statement email; `attachment`: the CSV's file name, when one goes with it."""
    ctx = statement_context(config, store, customer, now, interest)
    ctx["attachment"] = attachment
    return renderer.render_message(renderer.first_of(TEMPLATE), ctx)


def statement_csv(store: Store, customer: Customer, now: datetime, interest: InterestRules | None = None) -> str:
    """The statement as CSV: one row per invoice (open first, then paid), amounts as plain
    decimals in the currency's minor units, so a spreadsheet or an AP system reads them."""
    today = now.date()
    mine = sorted((i for i in store.invoices() if i.customer == customer.key),
                  key=lambda i: (not i.is_open, i.due, i.number))
    accounts = {i.number: store.account(i.number) for i in mine}
    owed = {c.number: c for c in (charges(interest, mine, customer.name, today, accounts)
                                  if interest is not None and interest.enabled else [])}
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for inv in mine:
        charge = owed.get(inv.number)
        overdue = max((today - inv.due).days, 0) if inv.is_open else 0
        writer.writerow([
            inv.number, inv.issued.isoformat(), inv.due.isoformat(), inv.currency,
            quantize(inv.amount, inv.currency), quantize(_received(inv), inv.currency),
            quantize(inv.open_balance, inv.currency), overdue, _state(inv, accounts[inv.number].hold),
            charge.interest if charge else "", charge.compensation if charge and charge.compensation is not None else "",
        ])
    return out.getvalue()
