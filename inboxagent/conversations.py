"""Threads a message to a conversation, a customer and invoices: References, then invoice numbers, then sender.

Pure logic over a Directory (a read-only view of invoices, customers and known
Message-IDs); the first confident rule wins and says why it matched.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Callable, Iterable

from .records import Conversation, Customer, Invoice, MailMessage
from .rules import normalise_ref


@dataclass(frozen=True)
class ThreadMatch:
    rule: str  # references | invoice_number | sender_address | sender_domain
    customer: str
    invoices: tuple[str, ...]
    conversation: Conversation | None  # an existing conversation to join, or None for a new one
    explanation: str


@dataclass(frozen=True)
class NoMatch:
    reason: str


class Directory:
    """Indexes of the ledger for matching; built once per processing pass."""

    def __init__(self, invoices: Iterable[Invoice], customers: Iterable[Customer],
                 conversations: Iterable[Conversation], conversation_of: Callable[[str], Conversation | None],
                 shared_domains: frozenset[str]) -> None:
        self.invoices = {inv.number: inv for inv in invoices}
        self.customers = {c.key: c for c in customers}
        self.shared_domains = shared_domains
        self._conversation_of = conversation_of
        self.by_ref: dict[str, Invoice] = {}
        self.by_digits: dict[str, list[Invoice]] = defaultdict(list)
        for inv in self.invoices.values():
            key = normalise_ref(inv.number)
            self.by_ref[key] = inv
            digits = "".join(ch for ch in inv.number if ch.isdigit())
            if digits:
                self.by_digits[digits].append(inv)
        self.by_address: dict[str, str] = {}
        self.by_domain: dict[str, set[str]] = defaultdict(set)
        for c in self.customers.values():
            for addr in c.emails:
                self.by_address.setdefault(addr, c.key)
            for domain in c.domains:
                if domain not in shared_domains:
                    self.by_domain[domain].add(c.key)
        self.conversations_by_customer: dict[str, list[Conversation]] = defaultdict(list)
        for conv in conversations:
            self.conversations_by_customer[conv.customer].append(conv)

    def conversation_of(self, message_id: str) -> Conversation | None:
        return self._conversation_of(message_id)

    def add_conversation(self, conv: Conversation) -> None:
        """Keep the per-customer view current within one pass."""
        mine = self.conversations_by_customer[conv.customer]
        mine[:] = [c for c in mine if c.id != conv.id] + [conv]

    def invoice_for(self, ref: str) -> Invoice | None:
        found = self.by_ref.get(normalise_ref(ref))
        if found is not None:
            return found
        digits = "".join(ch for ch in ref if ch.isdigit())
        candidates = self.by_digits.get(digits, []) if digits == normalise_ref(ref) else []
        return candidates[0] if len(candidates) == 1 else None

    def open_invoices(self, customer: str) -> list[Invoice]:
        return sorted((inv for inv in self.invoices.values() if inv.customer == customer and inv.is_open), key=lambda i: i.due)

    def customer_of_address(self, address: str) -> str | None:
        return self.by_address.get(address.lower())

    def customers_of_domain(self, address: str) -> set[str]:
        domain = address.lower().rpartition("@")[2]
        return set() if domain in self.shared_domains else set(self.by_domain.get(domain, set()))

    def knows_sender(self, customer: str, address: str) -> bool:
        """The address is on file for the customer, or at one of its own (not shared) domains."""
        c = self.customers.get(customer)
        if c is None:
            return False
        address = address.lower()
        domain = address.rpartition("@")[2]
        return address in c.emails or (domain in c.domains and domain not in self.shared_domains)

    def latest_conversation(self, customer: str, invoices: Iterable[str] = ()) -> Conversation | None:
        wanted = set(invoices)
        candidates = [c for c in self.conversations_by_customer.get(customer, []) if c.status != "closed"]
        if wanted:
            candidates = [c for c in candidates if wanted & set(c.invoices)]
        return max(candidates, key=lambda c: c.updated, default=None)


def thread_ids(msg: MailMessage) -> list[str]:
    """The ids a message points at, nearest first: In-Reply-To, then References newest first."""
    ids = list(msg.in_reply_to) + list(reversed(msg.references))
    return [mid for i, mid in enumerate(ids) if mid not in ids[:i] and mid != msg.message_id]


def match_message(msg: MailMessage, refs: tuple[str, ...], counterparts: tuple[str, ...],
                  directory: Directory) -> ThreadMatch | NoMatch:
    """Find where a message belongs. `counterparts` are the debtor's addresses in it:
    the sender of a reply, or the recipients of a message we sent."""
    for mid in thread_ids(msg):
        conv = directory.conversation_of(mid)
        if conv is not None:
            extra = [inv.number for inv in (directory.invoice_for(r) for r in refs)
                     if inv is not None and inv.customer == conv.customer and inv.number not in conv.invoices]
            how = "In-Reply-To" if mid in msg.in_reply_to else "References"
            return ThreadMatch("references", conv.customer, tuple(conv.invoices) + tuple(extra), conv,
                               f"{how} {mid} belongs to conversation {conv.id}")

    found = [inv for inv in (directory.invoice_for(r) for r in refs) if inv is not None]
    if found:
        by_customer: dict[str, list[str]] = defaultdict(list)
        for inv in found:
            if inv.number not in by_customer[inv.customer]:
                by_customer[inv.customer].append(inv.number)
        for customer, numbers in by_customer.items():
            if any(directory.knows_sender(customer, a) for a in counterparts):
                conv = directory.latest_conversation(customer, numbers)
                return ThreadMatch("invoice_number", customer, tuple(numbers), conv,
                                   f"invoice number {', '.join(numbers)} of customer {customer}")
        names = ", ".join(f"{', '.join(n)} ({c})" for c, n in by_customer.items())
        who = ", ".join(counterparts) or "an unknown sender"
        return NoMatch(f"mentions {names} but {who} is not on file for that customer")

    for addr in counterparts:
        on_file = directory.customer_of_address(addr)
        if on_file is not None:
            return _by_sender(directory, on_file, "sender_address", f"address {addr} is on file for {on_file}")
    for addr in counterparts:
        customers = directory.customers_of_domain(addr)
        if len(customers) == 1:
            (only,) = customers
            return _by_sender(directory, only, "sender_domain", f"domain of {addr} belongs to {only}")
        if len(customers) > 1:
            return NoMatch(f"domain of {addr} is shared by customers {', '.join(sorted(customers))}")
    return NoMatch("no known Message-ID, invoice number or sender address")


def _by_sender(directory: Directory, customer: str, rule: str, why: str) -> ThreadMatch | NoMatch:
    open_invoices = [inv.number for inv in directory.open_invoices(customer)]
    if not open_invoices:
        return NoMatch(f"{why}, but {customer} has no open invoices")
    return ThreadMatch(rule, customer, tuple(open_invoices), directory.latest_conversation(customer), why)


def conversation_id(first_key: str) -> str:
    """Deterministic, so that re-processing after a crash rebuilds the same conversation."""
    return "c" + hashlib.sha256(first_key.encode("utf-8", "replace")).hexdigest()[:12]


def join(match: ThreadMatch, msg: MailMessage, participants: tuple[str, ...], now: datetime) -> Conversation:
    """The conversation after `msg` joined it (a new one when the match found none)."""
    ids = tuple(i for i in (msg.message_id,) if i)
    conv = match.conversation
    if conv is None:
        return Conversation(
            id=conversation_id(msg.key), customer=match.customer, invoices=match.invoices,
            message_ids=ids, subject=msg.subject, created=now, updated=now,
            participants=tuple(dict.fromkeys(a.lower() for a in participants)),
        )
    return replace(
        conv,
        invoices=tuple(dict.fromkeys(conv.invoices + match.invoices)),
        message_ids=tuple(dict.fromkeys(conv.message_ids + ids)),
        participants=tuple(dict.fromkeys(conv.participants + tuple(a.lower() for a in participants))),
        updated=max(conv.updated, now),
    )
