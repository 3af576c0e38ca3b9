"""Reads the invoice CSV of SPEC into Invoice and Customer records, rejecting the whole file on any bad row."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal, InvalidOperation
from email.utils import parseaddr
from pathlib import Path

from .errors import InvoiceImportError
from .progress import BarFactory, progress as reporting
from .records import Customer, Invoice, RoleContact
from .store import Store

PROGRESS_FROM = 1000  # rows: a smaller file is stored in a blink, and no progress is reported
REQUIRED = ("number", "customer", "email", "amount", "currency", "issued", "due")
OPTIONAL = ("status", "balance", "contact_name", "pdf", "locale", "collections_email", "cc_email", "autopay")
BOOLEANS = {"true": True, "yes": True, "1": True, "false": False, "no": False, "0": False}
STATUSES = ("open", "paid")
EMAIL = re.compile(r"^[^@\s<>(),;:\"]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$")
CURRENCY = re.compile(r"^[A-Z]{3}$")
# Currencies without minor units, or with three; everything else has cents.
MINOR_UNITS = {"JPY": 0, "KRW": 0, "ISK": 0, "CLP": 0, "VND": 0, "HUF": 2, "BHD": 3, "KWD": 3, "OMR": 3, "JOD": 3, "TND": 3}


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    unchanged: int
    customers: int


def customer_key(name: str) -> str:
    """A stable key for a customer name: case, spacing and punctuation ignored."""
    return re.sub(r"[^0-9a-z]+", "-", name.casefold()).strip("-") or name.casefold()


def read_csv_text(path: Path) -> str:
    """A CSV file's text (UTF-8, a BOM allowed); InvoiceImportError when it is missing or not UTF-8."""
    try:
        return path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise InvoiceImportError([f"{path}: file not found"]) from None
    except UnicodeDecodeError as exc:
        raise InvoiceImportError([f"{path}: not UTF-8 (byte {exc.start})"]) from None


def read_invoices(path: Path) -> list[Invoice]:
    """Parse and validate every row; raise InvoiceImportError listing all problems."""
    text = read_csv_text(path)
    problems: list[str] = []
    reader = csv.reader(text.splitlines())
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration:
        raise InvoiceImportError([f"{path}:1: empty file (expected a header row)"]) from None
    missing = [c for c in REQUIRED if c not in header]
    unknown = [c for c in header if c not in REQUIRED + OPTIONAL]
    if missing:
        problems.append(f"{path}:1: missing column(s) {', '.join(missing)}")
    if unknown:
        problems.append(f"{path}:1: unknown column(s) {', '.join(unknown)} (known: {', '.join(REQUIRED + OPTIONAL)})")
    if problems:
        raise InvoiceImportError(problems)
    invoices: list[Invoice] = []
    first_line: dict[str, int] = {}
    for line, fields in csv_records(reader, header, path, problems):
        row_problems: list[str] = []
        invoice = _invoice(fields, path.parent, row_problems)
        for reason in row_problems:
            problems.append(f"{path}:{line}: {reason}")
        if invoice is None:
            continue
        if invoice.number in first_line:
            problems.append(f"{path}:{line}: invoice {invoice.number} repeats line {first_line[invoice.number]}")
            continue
        first_line[invoice.number] = line
        invoices.append(invoice)
    if problems:
        raise InvoiceImportError(problems)
    return invoices


def csv_records(reader: Iterator[list[str]], header: list[str], path: Path,
                problems: list[str]) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, fields stripped) of each row of a CSV file read by `reader` after its header:
    blank rows are skipped, a row of the wrong width is added to `problems` and skipped."""
    for row in reader:
        line = getattr(reader, "line_num", 0)
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            problems.append(f"{path}:{line}: expected {len(header)} fields, found {len(row)}")
            continue
        yield line, {k: v.strip() for k, v in zip(header, row)}


def _invoice(f: dict[str, str], base: Path, problems: list[str]) -> Invoice | None:
    number = f["number"]
    if not number:
        problems.append("number is empty")
    elif len(number) > 64 or any(c in number for c in "\r\n"):
        problems.append(f"number {number[:70]!r} is not a valid invoice number")
    name = f["customer"]
    if not name:
        problems.append("customer is empty")
    emails = _emails(f["email"], problems)
    collections = _emails(f["collections_email"], problems, "collections_email", required=False) if f.get("collections_email") else ()
    cc = _emails(f["cc_email"], problems, "cc_email", required=False) if f.get("cc_email") else ()
    autopay = None
    if f.get("autopay"):
        autopay = BOOLEANS.get(f["autopay"].lower())
        if autopay is None:
            problems.append(f"autopay {f['autopay']!r} must be true or false")
    currency = f["currency"].upper()
    if not CURRENCY.match(currency):
        problems.append(f"currency {f['currency']!r} is not a three-letter ISO 4217 code")
    amount = _money(f["amount"], "amount", currency, problems)
    if amount is not None and amount <= 0:
        problems.append(f"amount {f['amount']} must be greater than zero")
    balance = _money(f["balance"], "balance", currency, problems) if f.get("balance") else None
    if balance is not None and balance < 0:
        problems.append(f"balance {f['balance']} must not be negative")
    issued = _date(f["issued"], "issued", problems)
    due = _date(f["due"], "due", problems)
    if issued and due and due < issued:
        problems.append(f"due {due} is before issued {issued}")
    status = (f.get("status") or "open").lower()
    if status not in STATUSES:
        problems.append(f"status {f['status']!r} must be open or paid")
    locale = _locale(f.get("locale") or "", problems)
    pdf = f.get("pdf") or None
    if pdf:
        pdf_path = Path(pdf).expanduser()
        pdf_path = pdf_path if pdf_path.is_absolute() else base / pdf_path
        if not pdf_path.is_file():
            problems.append(f"pdf {pdf} not found")
        pdf = str(pdf_path.resolve())
    if problems:
        return None
    assert amount is not None and issued is not None and due is not None
    return Invoice(
        number=number, customer=customer_key(name), customer_name=name, emails=emails,
        amount=amount, currency=currency, issued=issued, due=due, status=status,
        balance=balance, contact_name=f.get("contact_name") or None, pdf=pdf, locale=locale,
        collections=collections, cc=tuple(a for a in cc if a not in emails and a not in collections), autopay=autopay,
    )


LOCALE = re.compile(r"^[a-z]{2,3}(?:_[A-Z]{2})?$")


def _locale(value: str, problems: list[str]) -> str | None:
    """A Babel locale identifier (en_GB, de_DE, fr): `-` is read as `_`; checked against Babel's
    locale data when Babel is installed, else only for its shape."""
    if not value:
        return None
    ident = value.replace("-", "_")
    try:
        from babel import Locale, UnknownLocaleError
    except ImportError:
        parts = ident.split("_")
        ident = "_".join([parts[0].lower()] + [p.upper() for p in parts[1:]])
        if not LOCALE.match(ident):
            problems.append(f"locale {value!r} is not a locale identifier like en_GB or de_DE")
            return None
        return ident
    try:
        return str(Locale.parse(ident))
    except (ValueError, TypeError, UnknownLocaleError):
        problems.append(f"locale {value!r} is not a locale Babel knows (like en_GB or de_DE)")
        return None


def _emails(value: str, problems: list[str], column: str = "email", required: bool = True) -> tuple[str, ...]:
    found: list[str] = []
    for part in value.split(";"):
        part = part.strip()
        if not part:
            continue
        addr = parseaddr(part)[1] if "<" in part else part
        if not EMAIL.match(addr):
            problems.append(f"{column} {part!r} is not an email address")
        elif addr.lower() not in found:
            found.append(addr.lower())
    if required and not found and not any("email" in p for p in problems):
        problems.append("email is empty")
    return tuple(found)


def _money(value: str, name: str, currency: str, problems: list[str]) -> Decimal | None:
    try:
        amount = Decimal(value)
    except InvalidOperation:
        problems.append(f"{name} {value!r} is not a plain decimal number (like 1250.00)")
        return None
    if not amount.is_finite():
        problems.append(f"{name} {value!r} is not a finite number")
        return None
    places = MINOR_UNITS.get(currency, 2)
    exponent = amount.as_tuple().exponent
    assert isinstance(exponent, int)
    if -exponent > places:
        problems.append(f"{name} {value} has more decimals than {currency} allows ({places})")
        return None
    return amount.quantize(Decimal(1).scaleb(-places))


def _date(value: str, name: str, problems: list[str]) -> date | None:
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    problems.append(f"{name} {value!r} is not a date YYYY-MM-DD")
    return None


def import_invoices(store: Store, path: Path, progress: BarFactory | None = None) -> ImportResult:
    """Upsert every invoice of the file (or none of them) and refresh the customers' contacts.

    A file of PROGRESS_FROM rows or more reports its progress as the rows are stored: on the
    `progress` bar when one is given (the CLI's on a terminal), else as event=import_progress
    log lines (progress.py)."""
    invoices = read_invoices(path)
    created = updated = unchanged = 0
    with store.hold(), reporting(progress, "import_progress", str(path), len(invoices), field="file",
                                 shown=len(invoices) >= PROGRESS_FROM) as tick:
        for inv in invoices:
            old = store.invoice(inv.number)
            if old is None:
                created += 1
            elif old == inv:
                unchanged += 1
            else:
                updated += 1
            store.put_invoice(inv)
            tick()
        touched = {inv.customer for inv in invoices}
        by_customer: dict[str, list[Invoice]] = {key: [] for key in touched}
        for inv in store.invoices():
            if inv.customer in by_customer:
                by_customer[inv.customer].append(inv)
        for key, theirs in by_customer.items():
            store.put_customer(_customer(key, theirs, store.customer(key)))
    return ImportResult(created, updated, unchanged, len(touched))


def _customer(key: str, invoices: list[Invoice], old: Customer | None = None) -> Customer:
    """The customer's contacts: every address of its invoices by role (invoice, collections, cc),
    then those of contacts.csv and those a person approved (kept from `old` across imports);
    newest name, locale and autopay win."""
    mine = sorted(invoices, key=lambda inv: inv.issued)
    found: list[RoleContact] = []
    for inv in mine:
        for role, addresses in (("invoice", inv.emails), ("collections", inv.collections), ("cc", inv.cc)):
            found += [RoleContact(a, role) for a in addresses]
    kept = [c for c in (old.contacts if old else ()) if c.source != "invoices"]
    contacts = merge_contacts(found, kept)
    locale = next((inv.locale for inv in reversed(mine) if inv.locale), None)
    autopay = next((inv.autopay for inv in reversed(mine) if inv.autopay is not None), False)
    return with_contacts(Customer(key=key, name=mine[-1].customer_name, emails=(), domains=(), locale=locale,
                                  autopay=autopay), contacts)


def merge_contacts(*groups: list[RoleContact]) -> list[RoleContact]:
    """One entry per (address, role), the first one seen winning; a name given later fills a blank one."""
    out: dict[tuple[str, str], RoleContact] = {}
    for group in groups:
        for c in group:
            have = out.get((c.address, c.role))
            if have is None:
                out[(c.address, c.role)] = c
            elif not have.name and c.name:
                out[(c.address, c.role)] = replace(have, name=c.name)
    return list(out.values())


def with_contacts(customer: Customer, contacts: list[RoleContact]) -> Customer:
    """The customer with these contacts; `emails` (every address on file) and `domains` follow.
    Only the invoice addresses' domains are the customer's own: a cc'd bookkeeper's firm, or
    the mail provider of someone a person approved, must not thread strangers to it."""
    emails = list(dict.fromkeys(c.address for c in contacts))
    domains = list(dict.fromkeys(c.address.rpartition("@")[2] for c in contacts if c.role == "invoice"))
    return replace(customer, contacts=tuple(contacts), emails=tuple(emails), domains=tuple(domains))
