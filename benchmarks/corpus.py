"""What the benchmarks load: a ledger of open invoices and debtors' replies to it, and two ways
of putting the replies into a mailbox fast (maildir files written directly, or MULTIAPPEND).

The replies are the hand-written labelled messages of data/labelled (every intent, terse to
long, plain and multipart, auto-replies included) re-addressed: each one comes from the
contact of an invoice of the ledger and names that invoice in its subject, as a debtor's
answer to a reminder would, so the agent threads it by invoice number.
"""

from __future__ import annotations

import email
import email.policy
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LABELLED = ROOT / "data" / "labelled"
OURS = "accounts@northwind-supplies.example"
DOMAIN = "bench.example"


@dataclass(frozen=True)
class Debtor:
    invoice: str
    customer: str
    email: str


def ledger(n_invoices: int, today: date, per_customer: int = 2) -> tuple[str, list[Debtor]]:
    """An invoice CSV of `n_invoices` open invoices (two per customer), all due in 40 days: the
    cadence has nothing to write yet, but every pass still walks every invoice."""
    rows = ["number,customer,email,amount,currency,issued,due,status,balance,contact_name"]
    debtors = []
    issued, due = today - timedelta(days=20), today + timedelta(days=40)
    for n in range(n_invoices):
        c = n // per_customer
        number, name, address = f"INV-{100000 + n}", f"Customer {c:05d} Ltd", f"ap@customer-{c:05d}.{DOMAIN}"
        rows.append(f"{number},{name},{address},{100 + n % 900}.00,GBP,{issued},{due},open,,Pat Doe {c}")
        debtors.append(Debtor(number, name, address))
    return "\n".join(rows) + "\n", debtors


REPLACED = (b"from", b"to", b"cc", b"subject", b"date", b"message-id", b"in-reply-to", b"references")


def _split(raw: bytes) -> tuple[list[bytes], bytes]:
    """The header fields (each with its folded lines) and the body, as bytes."""
    raw = raw.replace(b"\r\n", b"\n")
    head, _, body = raw.partition(b"\n\n")
    fields: list[bytes] = []
    for line in head.split(b"\n"):
        if line[:1] in (b" ", b"\t") and fields:
            fields[-1] += b"\n" + line
        else:
            fields.append(line)
    return fields, body


def _bodies() -> list[tuple[list[bytes], bytes]]:
    files = sorted(f for folder in sorted(LABELLED.iterdir()) if folder.is_dir() for f in folder.glob("*.eml"))
    found = []
    for f in files:
        fields, body = _split(f.read_bytes())
        kept = [h for h in fields if h.split(b":", 1)[0].strip().lower() not in REPLACED]
        found.append((kept, body))
    return found


_TEMPLATES: list[tuple[list[bytes], bytes]] | None = None


def replies(debtors: list[Debtor], count: int, start: int, when: datetime) -> Iterator[bytes]:
    """`count` replies (numbered from `start`, so every Message-ID is new), from the ledger's
    debtors in turn, dated a little before `when`: the labelled messages' bodies and their
    other headers (Auto-Submitted, MIME structure, ...) as they are."""
    global _TEMPLATES
    if _TEMPLATES is None:
        _TEMPLATES = _bodies()
    for k in range(start, start + count):
        debtor = debtors[k % len(debtors)]
        kept, body = _TEMPLATES[k % len(_TEMPLATES)]
        head = [f"From: Pat Doe <{debtor.email}>".encode(), f"To: Northwind Accounts <{OURS}>".encode(),
                f"Subject: Re: Invoice {debtor.invoice}".encode(),
                f"Date: {format_datetime(when - timedelta(seconds=count - (k - start)))}".encode(),
                f"Message-ID: <bench-{k}@customer.{DOMAIN}>".encode()]
        yield b"\r\n".join(h.replace(b"\n", b"\r\n") for h in head + kept) + b"\r\n\r\n" + body.replace(b"\n", b"\r\n")


CLEAR = (
    "Hi, this is approved and goes out in Friday's payment run.",
    "We will pay {inv} on the 12th, sorry for the delay.",
    "Hello, we were charged twice for {inv}. Please check and credit one.",
    "Could you send a copy of {inv}? Our system rejected the first one.",
    "We paid {inv} yesterday by bank transfer, reference PAY-{n}.",
    "Can we split {inv} into two payments, half now and half at the end of the month?",
)


def clear_replies(debtors: list[Debtor], count: int, start: int, when: datetime) -> Iterator[bytes]:
    """Short replies that each get a draft (a promise, a dispute, a question, ...): for latency."""
    for k in range(start, start + count):
        debtor = debtors[k % len(debtors)]
        msg = EmailMessage()
        msg["From"] = f"Pat Doe <{debtor.email}>"
        msg["To"] = f"Northwind Accounts <{OURS}>"
        msg["Subject"] = f"Re: Invoice {debtor.invoice}"
        msg["Date"] = format_datetime(when)
        msg["Message-ID"] = f"<bench-{k}@customer.{DOMAIN}>"
        msg.set_content(CLEAR[k % len(CLEAR)].format(inv=debtor.invoice, n=k) + "\n\nPat\n")
        yield msg.as_bytes()


def big_reply(debtor: Debtor, when: datetime, size: int) -> bytes:
    """A reply carrying an attachment that makes the whole message about `size` bytes."""
    msg = EmailMessage()
    msg["From"] = f"Pat Doe <{debtor.email}>"
    msg["To"] = OURS
    msg["Subject"] = f"Re: Invoice {debtor.invoice} - remittance advice attached"
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = f"<bench-big@customer.{DOMAIN}>"
    msg.set_content(f"Hello,\n\nWe paid {debtor.invoice} yesterday, the remittance advice is attached.\n\nPat\n")
    msg.add_attachment(os.urandom(size * 3 // 4), maintype="application", subtype="pdf", filename="remittance.pdf")
    return msg.as_bytes()


# ---- putting messages into the mailbox -----------------------------------------------------

def write_maildir(folder: Path, messages: list[bytes], received: datetime, uid: int, gid: int) -> None:
    """Deliver straight into a Dovecot maildir folder (`new/`), as a local delivery agent
    does: one file each, its mtime the received date. Dovecot indexes them at the next SELECT."""
    for sub in ("new", "cur", "tmp"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
        os.chown(folder / sub, uid, gid)
    os.chown(folder, uid, gid)
    stamp = received.timestamp()
    base = f"{int(time.time())}.P{os.getpid()}Q"
    for n, raw in enumerate(messages):
        path = folder / "new" / f"{base}{n}_{time.monotonic_ns()}.bench"
        with open(path, "wb") as fh:
            fh.write(raw.replace(b"\r\n", b"\n"))
        os.utime(path, (stamp, stamp))
        os.chown(path, uid, gid)


def multiappend(client: object, folder: str, messages: list[bytes], received: datetime, batch: int = 500) -> None:
    """MULTIAPPEND (RFC 3502) in batches: one round trip per batch rather than per message."""
    for start in range(0, len(messages), batch):
        client.multiappend(folder, [{"msg": m, "date": received} for m in messages[start:start + batch]])  # type: ignore[attr-defined]
