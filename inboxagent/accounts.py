"""The collection state machine of one invoice: how a debtor's reply, the passing of time and the ledger move it.

Pure functions over records.Account; the agent stores what they return. The rules they
keep (see rules/cadence.toml):

- promise_to_pay records the promise and holds reminders until its date plus the grace
  days; still open after that, the promise is broken: the tone moves one step firmer and
  a "broken promise" follow-up is due. Paid in time, it is recorded as kept.
- extension_request holds reminders until the proposed date plus the grace days when the
  request is within policy (the agent drafts an offer for a person to approve), else for a
  week while a person decides. An agreed extension that lapses counts as a broken promise.
- dispute holds every reminder of the invoice until a person resolves it; nothing else
  (a promise, a payment claim) lifts that hold.
- already_paid holds reminders for the paid-claim grace days; if the ledger does not show
  the payment by then, a polite request for the remittance details is due. When an import
  does show it (then or later), a thank-you answering the claim is due ("paid_thanks").
- A paid (or zero-balance) invoice is closed and never chased again.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from .cadence import CadenceRules, Stage, firmer, firmest
from .records import Account, Classification, Event, Invoice, Promise
from .render import long_date, money
from .rules import ExtensionPolicy

MAX_EVENTS = 30
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "eleven": 11, "twelve": 12}
INSTALMENTS = re.compile(
    r"\b(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:equal\s+|monthly\s+|weekly\s+|"
    r"fortnightly\s+|separate\s+|smaller\s+)*(?:instal+ments?|payments|parts|chunks|tranches|goes)\b",
    re.IGNORECASE,
)


def _event(account: Account, day: date, kind: str, text: str) -> Account:
    event = Event(day, kind, text)
    if event in account.events:  # the same message read again after a crash says nothing new
        return account
    return replace(account, events=(account.events + (event,))[-MAX_EVENTS:])


def _short_date(day: date) -> str:
    return f"{day.day} {day:%B}"


# ---- extension requests --------------------------------------------------------------------

def instalments_requested(text: str) -> int | None:
    """How many payments a debtor proposes ("three monthly instalments", "in 2 parts"), if said."""
    m = INSTALMENTS.search(text)
    if not m:
        return None
    word = m.group(1).lower()
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word)


def extension_check(invoice: Invoice, c: Classification, text: str, policy: ExtensionPolicy) -> tuple[bool, str]:
    """Whether what the debtor asks for is within the limits a draft may offer, and why not."""
    count = instalments_requested(text)
    if count is not None and count > policy.max_instalments:
        return False, f"{count} instalments asked, at most {policy.max_instalments} allowed"
    if c.amount is not None and c.amount < policy.min_instalment and (count or 0) > 1:
        return False, f"instalments of {money(c.amount, c.currency or invoice.currency)} are below the minimum of {money(policy.min_instalment, invoice.currency)}"
    if c.promised_date is None:
        if count is not None:
            return False, f"{count} instalments asked, but no date for them"
        return False, "no date proposed"
    latest = invoice.due + timedelta(days=policy.max_days)
    if c.promised_date > latest:
        return False, f"asks until {long_date(c.promised_date)}, later than {policy.max_days} days after the due date ({long_date(latest)})"
    return True, f"until {long_date(c.promised_date)}, within {policy.max_days} days of the due date"


# ---- transitions ---------------------------------------------------------------------------

def on_reply(account: Account, invoice: Invoice, c: Classification, day: date, message_key: str,
             text: str, cadence: CadenceRules, policy: ExtensionPolicy) -> Account:
    """The account after the debtor's reply (classified as `c`, written on `day`)."""
    if account.hold == "closed" or not invoice.is_open:
        return account
    disputed = account.hold == "dispute"
    currency = c.currency or invoice.currency
    if c.intent == "promise_to_pay":
        due = max(c.promised_date or day + timedelta(days=cadence.default_promise_days), day)
        promise = Promise(day, due, c.promised_date is not None, message_key, c.amount, currency if c.amount else None)
        what = f"payment of {money(c.amount, currency)}" if c.amount is not None else "payment"
        when = f" by {_short_date(due)}" if promise.dated else " shortly"
        account = _event(account, day, "promise", f"you mentioned {what}{when}")
        if not disputed:
            account = replace(account, hold="promise", hold_until=due + timedelta(days=cadence.promise_grace_days),
                              promise=promise)
        return account
    if c.intent == "extension_request":
        until = f" until {_short_date(c.promised_date)}" if c.promised_date else ""
        account = _event(account, day, "extension_request", f"you asked for more time{until}")
        if disputed:
            return account
        ok, _ = extension_check(invoice, c, text, policy)
        if ok and c.promised_date is not None:
            hold_until = c.promised_date + timedelta(days=cadence.promise_grace_days)
        else:
            hold_until = day + timedelta(days=7)  # a week for a person to decide
        return replace(account, hold="extension", hold_until=max(hold_until, account.hold_until or hold_until)
                       if account.hold == "extension" else hold_until)
    if c.intent == "dispute":
        account = _event(account, day, "dispute", "you raised a query about this invoice")
        return replace(account, hold="dispute", hold_until=None)
    if c.intent == "already_paid":
        paid = f" ({money(c.amount, currency)})" if c.amount is not None else ""
        account = _event(account, day, "paid_claim", f"you told us this had been paid{paid}")
        if disputed:
            return account
        return replace(account, hold="paid_claim", hold_until=day + timedelta(days=cadence.paid_claim_grace_days),
                       claim=message_key)
    if c.intent == "question":
        return _event(account, day, "question", "you asked us for some information")
    return account


def on_extension_agreed(account: Account, day: date, until: date, cadence: CadenceRules) -> Account:
    """A person sent our offer of more time: the new date is agreed and holds reminders."""
    account = _event(account, day, "extension_agreed", f"we agreed to payment by {_short_date(until)}")
    if account.hold in ("dispute", "closed"):
        return account
    return replace(account, hold="extension", hold_until=until + timedelta(days=cadence.promise_grace_days),
                   promise=Promise(day, until, True, "", None, None))


def on_time(account: Account, invoice: Invoice, today: date) -> Account:
    """The account as of `today`. A lapsed hold may leave a follow-up pending ("broken_promise",
    "remittance_request"); closing a paid invoice records a pending promise as kept."""
    if not invoice.is_open:
        if account.hold == "closed":
            return account
        promise = account.promise
        if promise is not None and promise.status == "pending":
            account = replace(account, promise=replace(promise, status="kept"))
        account = _event(account, today, "paid", "the invoice was paid")
        if account.claim:  # they told us it was paid: the ledger now agrees, so we thank them
            return replace(account, hold="closed", hold_until=None, pending="paid_thanks", pending_since=today)
        return replace(account, hold="closed", hold_until=None, pending="", pending_since=None)
    if account.hold in ("", "dispute", "closed") or account.hold_until is None or today <= account.hold_until:
        return account
    if account.hold in ("promise", "extension") and account.promise is not None and account.promise.status == "pending":
        promise = replace(account.promise, status="broken")
        account = replace(account, hold="", hold_until=None, promise=promise, pending="broken_promise",
                          pending_since=today, tone=firmer(firmest(account.tone, "neutral")))
        return _event(account, today, "broken_promise", f"the payment expected by {_short_date(promise.due)} has not arrived")
    if account.hold == "paid_claim":
        account = replace(account, hold="", hold_until=None, pending="remittance_request", pending_since=today)
        return _event(account, today, "remittance_request", "we could not yet match your payment")
    return replace(account, hold="", hold_until=None)  # an extension request nobody agreed: chasing resumes


def on_reminder(account: Account, stage: Stage, day: date) -> Account:
    account = replace(account, stage=stage.name, tone=firmest(account.tone, stage.tone))
    return _event(account, day, "reminder", f"we sent a {stage.tone} reminder")


def on_followup(account: Account, situation: str, day: date) -> Account:
    what = {"broken_promise": "we wrote about the missed payment",
            "remittance_request": "we asked for the remittance details",
            "paid_thanks": "we confirmed the payment and thanked you"}.get(situation, f"we wrote ({situation})")
    account = replace(account, pending="", pending_since=None, claim="" if situation == "paid_thanks" else account.claim)
    return _event(account, day, situation + "_sent", what)


def resolve(account: Account, day: date, note: str = "") -> Account:
    """A person cleared the dispute (or any other hold): chasing resumes at the next pass."""
    if account.hold == "closed":
        return account
    account = _event(account, day, "resolved", "the query was resolved" + (f": {note}" if note else ""))
    return replace(account, hold="", hold_until=None, pending="", pending_since=None)


def open_amount(invoices: list[Invoice]) -> dict[str, Decimal]:
    """What is owed, per currency."""
    totals: dict[str, Decimal] = {}
    for inv in invoices:
        if inv.is_open:
            totals[inv.currency] = totals.get(inv.currency, Decimal(0)) + inv.open_balance
    return totals
