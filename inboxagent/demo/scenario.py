"""The demo's sample month at Northwind Supplies: who owes what, which mail arrives when, and the days the agent runs.

The sample files (invoice CSVs, an invoice PDF, .eml messages) live in inboxagent/demo/data/
and ship inside the package. A message that answers one of our reminders says so with
`${sent_to:ADDRESS}` where its In-Reply-To/References hold a Message-ID: the demo puts in
the Message-ID of the newest message in Sent to that address, the way a real reply
carries the ID of the reminder it answers.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import files
from importlib.resources.abc import Traversable

USER = "accounts@northwind-supplies.example"
PASSWORD = "demo"
PASSWORD_ENV = "INBOXAGENT_DEMO_PASSWORD"
FROM = f"Northwind Accounts <{USER}>"
COMPANY = "Northwind Supplies Ltd"
PHONE = "+44 20 7946 0000"
PAYMENT_DETAILS = ("Bank transfer to Northwind Supplies Ltd, sort code 00-00-00, account 00000000.\n"
                   "Please quote the invoice number as the reference.")
TIMEZONE = "Europe/London"
# What the agent may send by itself in the demo (rules/policy.toml [send] situations): the
# first, friendly reminder. Everything else it writes waits in Drafts for a person.
SEND_SITUATIONS = ("reminder/friendly",)

INVOICES = "invoices.csv"
FILES = ("invoices.csv", "payments.csv", "INV-4104.pdf")  # copied beside the demo's inboxagent.toml
SENT = (  # what the team sent before the agent started: the invoice emails, one thread per customer
    "mail/sent-invoice-harbour-lane.eml",
    "mail/sent-invoice-fenwick.eml",
    "mail/sent-invoice-orchard-vale.eml",
    "mail/sent-invoice-kestrel.eml",
)


@dataclass(frozen=True)
class Step:
    """One day of the replayed month: what happens in the world, then one pass of the agent."""

    now: str  # the moment of the pass (ISO, in TIMEZONE): `inboxagent run --once --now NOW`
    title: str
    story: str
    arrivals: tuple[str, ...] = ()  # sample messages delivered to INBOX before the pass
    imports: tuple[str, ...] = ()  # invoice CSVs imported before the pass (the ledger moved)
    team_sends: tuple[str, ...] = ()  # sample messages whose reply drafts the team sends before the pass
    previews: tuple[str, ...] = ()  # customers or invoices to `inboxagent preview` after the pass


STEPS: tuple[Step, ...] = (
    Step("2026-11-02T09:00", "the agent starts",
         "Five invoices for four customers fall due on Wednesday 4 November. The agent reads Sent\n"
         "(the invoice emails of 5 October) and writes the first, friendly reminders. The rules let it\n"
         "send those by itself, so they go out over SMTP (to the demo's sink), each filed in Sent."),
    Step("2026-11-02T13:00", "machines answer",
         "Tom at Fenwick & Daughters is on holiday (an out-of-office reply), and Dev Marsh has left\n"
         "Kestrel Logistics (the mail server bounces). Machines get no answer.",
         arrivals=("mail/1-out-of-office-fenwick.eml", "mail/1-bounce-kestrel.eml"),
         previews=("Fenwick & Daughters Joinery",)),
    Step("2026-11-03T12:00", "a promise and a dispute",
         "Priya at Harbour Lane Bakery promises to pay on Friday; Orchard Vale queries INV-4103.",
         arrivals=("mail/2-promise-harbour-lane.eml", "mail/2-dispute-orchard-vale.eml")),
    Step("2026-11-04T17:00", "a question and 'we have already paid'",
         "The team sends yesterday's two drafts from their mail client. Orchard Vale asks for a copy of\n"
         "INV-4104 and its PO number; Kestrel says it paid yesterday.",
         team_sends=("mail/2-promise-harbour-lane.eml", "mail/2-dispute-orchard-vale.eml"),
         arrivals=("mail/3-question-orchard-vale.eml", "mail/3-already-paid-kestrel.eml")),
    Step("2026-11-05T10:00", "the day after the due date",
         "The team sends yesterday's drafts. Invoices that nothing holds get the 'due' reminder;\n"
         "Fenwick's waits until Tom is back from holiday.",
         team_sends=("mail/3-question-orchard-vale.eml", "mail/3-already-paid-kestrel.eml"),
         previews=("Fenwick & Daughters Joinery",)),
    Step("2026-11-09T10:00", "Kestrel's money arrives; Harbour Lane's does not",
         "The bank statement shows Kestrel's payment, and the ledger is imported again (INV-4105 paid):\n"
         "Kestrel, who told us they had paid, gets a thank-you in reply.\n"
         "Priya's Friday has come and gone, and the two days' grace too: the promise is broken.",
         imports=("payments.csv",)),
    Step("2026-11-10T10:00", "an extension request",
         "Tom is back, and asks to pay INV-4102 in two instalments.",
         arrivals=("mail/4-extension-fenwick.eml",)),
    Step("2026-11-11T10:00", "a week overdue",
         "A person approves the offer to Tom and sends it: the new date is agreed. The cadence moves on\n"
         "for the invoices nobody has answered for.",
         team_sends=("mail/4-extension-fenwick.eml",)),
    Step("2026-11-18T10:00", "two weeks overdue",
         "Still nothing from Harbour Lane, and INV-4104 is still open."),
    Step("2026-12-04T10:00", "the final-notice day",
         "Thirty days past the due date: the final reminders. The disputed INV-4103 and Fenwick's\n"
         "agreed plan are left alone."),
)


def data_dir() -> Traversable:
    """The packaged sample data (inboxagent/demo/data)."""
    return files("inboxagent.demo").joinpath("data")


def message_id(name: str) -> str:
    """The Message-ID of a sample message."""
    for line in sample(name).decode("utf-8", "replace").splitlines():
        if not line.strip():
            break
        if line.lower().startswith("message-id:"):
            return line.split(":", 1)[1].strip()
    raise ValueError(f"sample message {name} has no Message-ID")


def sample(name: str) -> bytes:
    """A sample file's bytes; messages with CRLF line ends, as IMAP wants them."""
    raw = data_dir().joinpath(name).read_bytes()
    if name.endswith(".eml"):
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw
