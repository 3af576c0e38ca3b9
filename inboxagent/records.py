"""Plain records passed between the layers, and their JSON form for the store."""

from __future__ import annotations

import dataclasses
import types
import typing
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any, TypeVar

INTENTS: tuple[str, ...] = (
    "promise_to_pay",
    "extension_request",
    "dispute",
    "already_paid",
    "question",
    "ignore",
)

T = TypeVar("T")


@dataclass(frozen=True)
class Invoice:
    number: str
    customer: str  # customer key
    customer_name: str
    emails: tuple[str, ...]
    amount: Decimal
    currency: str
    issued: date
    due: date
    status: str = "open"  # open | paid
    balance: Decimal | None = None
    contact_name: str | None = None
    pdf: str | None = None
    locale: str | None = None  # the customer's locale for amounts and dates (Babel identifier: en_GB, de_DE)
    collections: tuple[str, ...] = ()  # collections_email: who reminders go to (else `emails`)
    cc: tuple[str, ...] = ()  # cc_email: copied on reminders
    autopay: bool | None = None  # the customer pays by direct debit: no reminder before the due date

    @property
    def open_balance(self) -> Decimal:
        if self.status == "paid":
            return Decimal(0)
        return self.amount if self.balance is None else self.balance

    @property
    def is_open(self) -> bool:
        return self.status == "open" and self.open_balance > 0


@dataclass(frozen=True)
class Customer:
    key: str
    name: str
    emails: tuple[str, ...]
    domains: tuple[str, ...]
    locale: str | None = None  # from the invoices CSV's locale column (newest invoice that names one)
    contacts: tuple[RoleContact, ...] = ()  # every address on file with its role (emails lists them all)
    autopay: bool = False  # no reminder before an invoice's due date

    def addresses(self, role: str) -> tuple[str, ...]:
        return tuple(c.address for c in self.contacts if c.role == role)

    @property
    def reminder_to(self) -> tuple[str, ...]:
        """Who reminders go to: the collections contacts, else the invoice addresses (all of
        `emails` for a customer stored before roles existed)."""
        return self.addresses("collections") or self.addresses("invoice") or (self.emails if not self.contacts else ())

    def name_of(self, address: str) -> str:
        return next((c.name for c in self.contacts if c.address == address and c.name), "")


ROLES = ("invoice", "collections", "cc", "other")


@dataclass(frozen=True)
class RoleContact:
    """One address on file for a customer and what it is for."""

    address: str
    role: str  # invoice (receives invoices) | collections (reminders go here) | cc (copied on reminders) |
    #            other (on file: threaded and answered, never sent reminders)
    name: str = ""
    source: str = "invoices"  # invoices (the invoices CSV) | contacts (contacts.csv) | approved (a person approved it)


@dataclass(frozen=True)
class MailMessage:
    """One email as the agent sees it, parsed once from its raw bytes."""

    key: str  # the Message-ID, or "sha256:<digest>" when it has none
    message_id: str | None
    in_reply_to: tuple[str, ...]
    references: tuple[str, ...]
    from_addr: str
    from_name: str
    to: tuple[str, ...]
    cc: tuple[str, ...]
    reply_to: tuple[str, ...]
    subject: str
    date: datetime | None
    text: str  # the whole text body (HTML converted when there is no plain part)
    new_text: str  # what the sender wrote in this message: no quoted history, no signature
    quoted_text: str
    attachments: tuple[str, ...]
    headers: dict[str, str]  # lower-cased names of the headers that matter to the agent
    content_type: str
    report_type: str | None = None  # multipart/report's report-type (bounces, read receipts)
    size: int = 0
    defects: tuple[str, ...] = ()


@dataclass(frozen=True)
class Classification:
    intent: str
    confidence: float
    promised_date: date | None = None
    amount: Decimal | None = None
    currency: str | None = None
    invoice_refs: tuple[str, ...] = ()
    auto_reply: bool = False
    bounce: bool = False
    needs_review: bool = False
    return_date: date | None = None
    reasons: tuple[str, ...] = ()


@dataclass(frozen=True)
class Conversation:
    id: str
    customer: str
    invoices: tuple[str, ...]
    message_ids: tuple[str, ...]  # every Message-ID known to belong here: ours and theirs
    subject: str
    created: datetime
    updated: datetime
    status: str = "open"  # open | needs_person | closed
    participants: tuple[str, ...] = ()  # every debtor address that wrote or was written to here


@dataclass(frozen=True)
class MessageLog:
    """What the agent did with one message it saw (keyed like MailMessage.key)."""

    key: str
    folder: str
    uid: int
    uidvalidity: int
    content_hash: str
    from_addr: str
    subject: str
    message_date: datetime | None
    seen_at: datetime
    outcome: str  # drafted | sent | no_reply | needs_person | ours
    reason: str = ""
    conversation: str | None = None
    matched_by: str | None = None
    intent: str | None = None
    confidence: float | None = None
    needs_review: bool = False
    promised_date: date | None = None
    amount: Decimal | None = None
    currency: str | None = None
    draft: str | None = None
    text: str = ""  # the new text the debtor wrote (first 4,000 characters), to quote in follow-ups
    from_name: str = ""
    flagged: bool = False  # drafted, but a person must look (a dispute, a send that failed, ...)


@dataclass(frozen=True)
class Draft:
    message_id: str
    conversation: str
    trigger: str  # key of the message it answers
    to: tuple[str, ...]
    subject: str
    template: str
    created: datetime
    status: str = "pending"  # pending | sending | committing | sent | discarded | unknown
    folder: str = ""
    uid: int | None = None
    outcome_at: datetime | None = None
    sent_message_id: str | None = None
    kind: str = "reply"  # reply | reminder | broken_promise | remittance_request | paid_thanks
    customer: str = ""
    invoices: tuple[str, ...] = ()
    stage: str = ""  # the cadence stage of a reminder
    agreed_until: date | None = None  # an offer of more time: the date agreed once a person sends it
    raw: str = ""  # the message while it is being sent, so a send cut short can be finished
    cc: tuple[str, ...] = ()


@dataclass(frozen=True)
class Promise:
    """What a debtor committed to: pay (part of) an invoice by a day."""

    made_on: date  # the day of the debtor's message
    due: date  # the promised day, or made_on + default_promise_days when they named none
    dated: bool  # the debtor named the day
    message: str  # key of the message it was read from
    amount: Decimal | None = None
    currency: str | None = None
    status: str = "pending"  # pending | kept | broken


@dataclass(frozen=True)
class Event:
    """One line of an invoice's history, for follow-ups ("On 3 November you mentioned ...")."""

    day: date
    kind: str  # promise | extension_request | extension_agreed | dispute | resolved | paid_claim | question |
    #            reminder | broken_promise | remittance_request | kept | paid | out_of_office | opt_out
    text: str  # what happened, as a clause: "you mentioned payment by 14 November"


@dataclass(frozen=True)
class Account:
    """The collection state of one invoice: what holds its reminders, how firm we are, what was said."""

    number: str
    hold: str = ""  # "" | promise | extension | dispute | paid_claim | closed
    hold_until: date | None = None  # the hold ends after this day (None: until a person clears it)
    tone: str = "friendly"  # friendly | neutral | firm | final; moves only by rule
    stage: str | None = None  # the last cadence stage written for this invoice
    promise: Promise | None = None
    events: tuple[Event, ...] = ()
    pending: str = ""  # a follow-up due but not yet written: broken_promise | remittance_request
    pending_since: date | None = None
    claim: str = ""  # key of the debtor's message that said this was paid, while it is not yet thanked for


@dataclass(frozen=True)
class Contact:
    """What the agent knows about one debtor address."""

    address: str
    customer: str
    opted_out: bool = False  # asked us to stop: never contacted automatically again
    undeliverable: bool = False  # a bounce came back for it
    away_until: date | None = None  # out of office until this day
    register: str = ""  # informal | formal: how they write to us
    first_name: str = ""
    utc_offset_minutes: int | None = None  # from their last Date header
    note: str = ""  # why it is flagged


@dataclass(frozen=True)
class SyncState:
    folder: str
    uidvalidity: int
    last_uid: int
    last_sync: datetime | None = None


@dataclass(frozen=True)
class RunReport:
    """What one pass of the agent did, for logs and for the CLI."""

    fetched: int = 0
    processed: int = 0
    drafted: int = 0
    sent: int = 0
    needs_person: int = 0
    skipped: int = 0
    outcomes: dict[str, int] = field(default_factory=dict)


# ---- JSON form ---------------------------------------------------------------------------


def to_json(record: Any) -> dict[str, Any]:
    """A record as JSON-safe data: Decimal and dates as strings, tuples as lists."""
    return {f.name: _encode(getattr(record, f.name)) for f in dataclasses.fields(record)}


_FIELDS: dict[type, tuple[tuple[str, Any], ...]] = {}


def _fields(cls: type) -> tuple[tuple[str, Any], ...]:
    """(name, type) of a record's fields, resolved once per class: resolving the hints costs
    more than decoding a record."""
    found = _FIELDS.get(cls)
    if found is None:
        hints = typing.get_type_hints(cls)
        found = _FIELDS[cls] = tuple((f.name, hints[f.name]) for f in dataclasses.fields(cls))
    return found


def from_json(cls: type[T], data: dict[str, Any]) -> T:
    """Rebuild a record written by to_json; unknown keys are ignored, missing ones defaulted."""
    kwargs = {name: _decode(hint, data[name]) for name, hint in _fields(cls) if name in data}
    return cls(**kwargs)


def _encode(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return to_json(value)
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, (tuple, list)):
        return [_encode(v) for v in value]
    if isinstance(value, dict):
        return {k: _encode(v) for k, v in value.items()}
    return value


def _decode(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(hint) if a is not type(None)]
        return _decode(inner[0], value)
    if origin is tuple:
        (item, *_) = typing.get_args(hint)
        return tuple(_decode(item, v) for v in value)
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return from_json(hint, value)
    if hint is Decimal:
        return Decimal(value)
    if hint is datetime:
        return datetime.fromisoformat(value)
    if hint is date:
        return date.fromisoformat(value)
    return value
