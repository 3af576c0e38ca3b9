"""What a debtor's message teaches about its sender: register, name, time zone, absence, opt-out, bounces.

Pure functions over records.Contact; below them, the addresses on file by role (contacts.csv,
a person's approval of a new sender) over the store.
"""

from __future__ import annotations

import csv
import logging
import re
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from .errors import InboxAgentError, InvoiceImportError
from .mail.mailbox import APPROVE_SENDER, SENDER_APPROVED, Mailbox
from .records import ROLES, Classification, Contact, Customer, MailMessage, RoleContact
from .rules import Rules
from .store import Store
from .templating import person_name

log = logging.getLogger("inboxagent")


class ContactError(InboxAgentError):
    """A contact cannot be approved as asked."""

ADDRESS = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+")
INFORMAL_OPENING = re.compile(r"^\s*(?:hi|hiya|hey|heya|hello there|morning|evening|yo|cheers|thanks|thx|ta|ok|okay|sure|sorry)\b", re.I)
FORMAL_OPENING = re.compile(r"^\s*(?:dear|good (?:morning|afternoon|day)|to whom it may concern|sehr geehrte|madame|monsieur)\b", re.I)
FORMAL_CLOSING = re.compile(r"\b(?:yours (?:sincerely|faithfully)|kind regards|best regards|with regards|respectfully)\b", re.I)
INFORMAL_CLOSING = re.compile(r"(?:^|\n)\s*(?:cheers|thanks|thx|ta|x+|best|speak soon|[A-Z][a-z]{1,14})\s*[!.,x]*\s*$")


def register_of(text: str) -> str:
    """informal when the debtor writes informally ("Hi", "Cheers, Dan", lower case), formal when
    they open with "Dear" or close with "Kind regards", "" when there is nothing to go on."""
    body = text.strip()
    if not body:
        return ""
    if FORMAL_OPENING.search(body):
        return "formal"
    if INFORMAL_OPENING.search(body):
        return "informal"
    if FORMAL_CLOSING.search(body[-200:]):
        return "formal"
    if INFORMAL_CLOSING.search(body[-60:]) or body[:1].islower():
        return "informal"
    return ""


def opt_out_phrase(text: str, rules: Rules) -> str | None:
    """The opt-out phrase of rules/policy.toml found in the text, if any."""
    for pattern in rules.opt_out:
        m = pattern.search(text)
        if m:
            return m.group(0)
    return None


def learn(contact: Contact, msg: MailMessage, c: Classification, rules: Rules, today: date) -> Contact:
    """The contact after this message from it."""
    name = person_name(msg.from_name)
    register = register_of(msg.new_text) or contact.register
    offset = msg.date.utcoffset() if msg.date else None
    contact = replace(
        contact,
        first_name=name.split()[0] if name else contact.first_name,
        register=register,
        utc_offset_minutes=int(offset.total_seconds() // 60) if offset is not None else contact.utc_offset_minutes,
    )
    if c.intent == "ignore" and c.return_date is not None and c.return_date >= today:
        contact = replace(contact, away_until=c.return_date)
    elif c.intent != "ignore" and not c.auto_reply:
        contact = replace(contact, away_until=None)  # they wrote themselves: they are back
    phrase = opt_out_phrase(msg.new_text, rules)
    if phrase is not None:
        contact = replace(contact, opted_out=True, note=f"asked us to stop ({phrase!r}) on {today.isoformat()}")
    return contact


def bounced(msg: MailMessage, known: set[str]) -> list[str]:
    """The addresses on file that a bounce reports as failed (X-Failed-Recipients, or named in its text)."""
    found = ADDRESS.findall(msg.headers.get("x-failed-recipients", "")) + ADDRESS.findall(msg.text[:20000])
    return [a for a in dict.fromkeys(x.lower() for x in found) if a in known]


# ---- addresses on file by role: contacts.csv, approvals --------------------------------------
# (These read and write the store; the functions above are pure.)

CONTACT_COLUMNS = ("customer", "email", "role")
CONTACT_OPTIONAL = ("name",)
FILE_ROLES = ("invoice", "collections", "cc")


@dataclass(frozen=True)
class PendingSender:
    """Someone at a customer's domain who wrote to us but is not on file (yet)."""

    address: str
    customer: str
    name: str
    last_seen: datetime
    subject: str
    messages: int


def find_customer(store: Store, wanted: str) -> Customer | None:
    """A customer by key or name (case and punctuation ignored)."""
    from .invoices import customer_key

    key = customer_key(wanted)
    return store.customer(key) or next(
        (c for c in store.customers() if customer_key(c.name) == key or c.key == wanted), None)


def read_contacts(path: Path, store: Store) -> dict[str, list[RoleContact]]:
    """contacts.csv (customer,email,role[,name]) by customer key; every row must name a customer
    already imported and a role of invoice, collections or cc. Raises listing every problem."""
    from .invoices import EMAIL, csv_records, read_csv_text

    text = read_csv_text(path)
    reader = csv.reader(text.splitlines())
    header = [h.strip().lower() for h in next(reader, [])]
    problems = []
    missing = [c for c in CONTACT_COLUMNS if c not in header]
    unknown = [c for c in header if c not in CONTACT_COLUMNS + CONTACT_OPTIONAL]
    if missing:
        problems.append(f"{path}:1: missing column(s) {', '.join(missing)}")
    if unknown:
        problems.append(f"{path}:1: unknown column(s) {', '.join(unknown)} (known: "
                        f"{', '.join(CONTACT_COLUMNS + CONTACT_OPTIONAL)})")
    if problems:
        raise InvoiceImportError(problems)
    found: dict[str, list[RoleContact]] = {}
    for line, f in csv_records(reader, header, path, problems):
        customer = find_customer(store, f["customer"]) if f["customer"] else None
        address = f["email"].lower()
        role = f["role"].lower()
        if customer is None:
            problems.append(f"{path}:{line}: customer {f['customer']!r} has no invoices imported")
        if not EMAIL.match(address):
            problems.append(f"{path}:{line}: email {f['email']!r} is not an email address")
        if role not in FILE_ROLES:
            problems.append(f"{path}:{line}: role {f['role']!r} must be one of {', '.join(FILE_ROLES)}")
        if customer is not None and not problems:
            found.setdefault(customer.key, []).append(RoleContact(address, role, f.get("name", ""), "contacts"))
    if problems:
        raise InvoiceImportError(problems)
    return found


def import_contacts(store: Store, path: Path) -> tuple[int, int]:
    """Replace the contacts.csv contacts of every customer the file names: (customers, contacts)."""
    from .invoices import merge_contacts, with_contacts

    found = read_contacts(path, store)
    with store.hold():
        for key, listed in found.items():
            customer = store.customer(key)
            assert customer is not None
            kept = [c for c in customer.contacts if c.source != "contacts"]
            invoices_first = [c for c in kept if c.source == "invoices"]
            approved = [c for c in kept if c.source != "invoices"]
            store.put_customer(with_contacts(customer, merge_contacts(invoices_first, listed, approved)))
    return len(found), sum(len(v) for v in found.values())


def pending_senders(store: Store) -> list[PendingSender]:
    """Senders threaded to a customer (by its domain) whose address is not on file, newest first."""
    customers = {c.key: c for c in store.customers()}
    conversations: dict[str, str] = {}
    seen: dict[tuple[str, str], PendingSender] = {}
    for m in store.messages():
        if m.outcome == "ours" or not m.conversation or not m.from_addr:
            continue
        if m.conversation not in conversations:
            conv = store.conversation(m.conversation)
            conversations[m.conversation] = conv.customer if conv else ""
        key = conversations[m.conversation]
        customer = customers.get(key)
        address = m.from_addr.lower()
        if customer is None or address in customer.emails:
            continue
        when = m.message_date or m.seen_at
        have = seen.get((address, key))
        if have is None or when > have.last_seen:
            seen[(address, key)] = PendingSender(address, key, m.from_name, when, m.subject,
                                                 (have.messages if have else 0) + 1)
        else:
            seen[(address, key)] = replace(have, messages=have.messages + 1)
    return sorted(seen.values(), key=lambda p: p.last_seen, reverse=True)


def approve(store: Store, address: str, customer: str | None = None, role: str = "other",
            name: str = "") -> Customer:
    """Put `address` on file for its customer (named, else the one its messages were threaded to).
    `other` keeps it out of reminders; collections or cc gives it that role."""
    from .invoices import EMAIL, merge_contacts, with_contacts

    address = address.strip().lower()
    if not EMAIL.match(address):
        raise ContactError(f"{address!r} is not an email address")
    if role not in ROLES:
        raise ContactError(f"role {role!r} must be one of {', '.join(ROLES)}")
    pending = [p for p in pending_senders(store) if p.address == address]
    if customer is not None:
        found = find_customer(store, customer)
        if found is None:
            raise ContactError(f"no customer {customer!r}")
    else:
        keys = sorted({p.customer for p in pending} | {c.key for c in store.customers() if address in c.emails})
        if len(keys) != 1:
            why = "no message from it was threaded to a customer" if not keys else \
                f"its messages were threaded to several customers ({', '.join(keys)})"
            raise ContactError(f"cannot tell whose contact {address} is: {why}; name the customer with --customer")
        found = store.customer(keys[0])
        assert found is not None
    name = name or next((person_name(p.name) for p in pending if p.customer == found.key), "")
    if any(c.address == address and c.role == role for c in found.contacts):
        return found
    approved = with_contacts(found, merge_contacts(list(found.contacts), [RoleContact(address, role, name, "approved")]))
    store.put_customer(approved)
    return approved


def approve_marked(store: Store, mailbox: Mailbox, folder: str) -> list[str]:
    """Approve the senders of the messages a person marked with APPROVE_SENDER in `folder`; each
    such message then carries SENDER_APPROVED. The addresses approved."""
    uids = mailbox.uids_with_keyword(folder, APPROVE_SENDER, without=SENDER_APPROVED)
    if not uids:
        return []
    status = mailbox.select(folder)
    by_uid = {m.uid: m for m in store.messages() if m.folder == folder and m.uidvalidity == status.uidvalidity}
    approved: list[str] = []
    done: list[int] = []
    for uid in uids:
        m = by_uid.get(uid)
        if m is None:
            continue  # not read yet: the next pass, once it has been
        conv = store.conversation(m.conversation) if m.conversation else None
        if conv is None or not m.from_addr:
            log.warning("event=approve_skipped folder=%s uid=%s: the message is not threaded to a customer", folder, uid)
            done.append(uid)
            continue
        try:
            approve(store, m.from_addr, conv.customer)
        except ContactError as exc:
            log.warning("event=approve_skipped folder=%s uid=%s: %s", folder, uid, exc)
        else:
            approved.append(m.from_addr.lower())
            log.info("event=sender_approved address=%s customer=%s by=keyword", m.from_addr.lower(), conv.customer)
        done.append(uid)
    mailbox.add_keywords(folder, done, [SENDER_APPROVED])
    return approved
