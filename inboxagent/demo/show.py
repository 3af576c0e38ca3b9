"""How the demo prints what happened: the mail that arrived, what the agent read in it, what it wrote."""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Sequence
from datetime import datetime
from email.message import EmailMessage

from ..records import Contact, Customer, Draft, MessageLog
from ..render import long_date, money

Out = Callable[[str], None]
WIDTH = 96
HEADERS = ("From", "To", "Cc", "Subject", "Date", "Message-ID", "In-Reply-To", "Auto-Submitted")
OUTCOMES = {"drafted": "a reply drafted", "no_reply": "no reply", "needs_person": "left for a person",
            "sent": "a reply sent"}


def when(iso: str) -> str:
    moment = datetime.fromisoformat(iso)
    return f"{long_date(moment.date())}, {moment:%H:%M}"


def banner(out: Out, text: str) -> None:
    out("")
    out("=" * WIDTH)
    out(text)
    out("=" * WIDTH)


def section(out: Out, text: str) -> None:
    out("")
    out(f"-- {text} " + "-" * max(0, WIDTH - len(text) - 4))


def story(out: Out, text: str) -> None:
    for line in text.splitlines():
        out(f"   {line}")


def arrival(out: Out, folder: str, msg: EmailMessage) -> None:
    out(f"  + {folder}: {msg['From']}")
    out(f"      Subject: {msg['Subject']}")


def reply_read(out: Out, log: MessageLog, drafts: dict[str, Draft]) -> None:
    """One debtor's (or machine's) message: its intent, the fields read from it, and the outcome."""
    out(f"  * {log.from_addr}: {log.subject!r}")
    if log.intent:
        review = ", below the review threshold" if log.needs_review else ""
        out(f"      intent:    {log.intent} (confidence {log.confidence or 0:.2f}{review})")
    fields = []
    if log.promised_date:
        fields.append(f"date {long_date(log.promised_date)}")
    if log.amount is not None:
        fields.append(f"amount {money(log.amount, log.currency or '')}")
    if fields:
        out(f"      read:      {', '.join(fields)}")
    if log.matched_by:
        out(f"      threaded:  by {log.matched_by}")
    outcome = OUTCOMES.get(log.outcome, log.outcome)
    if log.draft and log.draft in drafts:
        outcome += f" ({drafts[log.draft].template})"
    out(f"      outcome:   {outcome}")
    if log.reason:
        for n, line in enumerate(textwrap.wrap(log.reason, WIDTH - 17)):
            out(f"      {'why:' if n == 0 else '':<10} {line}")


def contact_changes(out: Out, before: dict[str, Contact], after: Sequence[Contact]) -> None:
    for contact in after:
        old = before.get(contact.address)
        if contact.undeliverable and not (old and old.undeliverable):
            out(f"  ! {contact.address} is now marked undeliverable ({contact.note}): never written to again")
        if contact.away_until and (old is None or old.away_until != contact.away_until):
            out(f"  ! {contact.address} is away until {long_date(contact.away_until)}: "
                "nothing automated goes to them before they are back")
        if contact.opted_out and not (old and old.opted_out):
            out(f"  ! {contact.address} opted out ({contact.note})")


def situation(draft: Draft) -> str:
    tone = draft.template.rsplit("/", 1)[-1].removesuffix(".txt")
    if draft.kind == "reminder":
        return f"reminder, stage {draft.stage} ({tone})"
    if draft.kind == "paid_thanks":
        return "thank-you for a payment now in the ledger"
    return f"{draft.kind.replace('_', ' ')} follow-up ({tone})"


def written(out: Out, draft: Draft, customers: dict[str, Customer]) -> None:
    """One reminder or follow-up the agent wrote, and where it went."""
    who = customers[draft.customer].name if draft.customer in customers else draft.customer
    where = "sent over SMTP, copy in Sent" if draft.status == "sent" else f"a draft in {draft.folder or 'Drafts'}"
    out(f"  * {situation(draft)}: {who}, {', '.join(draft.invoices)}")
    out(f"      to {', '.join(draft.to)}: {where}")


def outcome(out: Out, draft: Draft) -> None:
    """A draft the agent saw sent (it turned up in Sent) or discarded (it left Drafts unsent)."""
    what = "a reply" if draft.kind == "reply" else situation(draft)
    out(f"  * {what} to {', '.join(draft.to)}: {draft.subject!r}")
    extra = f"; the new date, {long_date(draft.agreed_until)}, is agreed" if draft.agreed_until and draft.status == "sent" else ""
    out(f"      recorded as {draft.status}{extra}")


def email_block(out: Out, title: str, msg: EmailMessage) -> None:
    """A message as a mail client shows it: the headers that matter, the attachments and the text."""
    out("")
    out(f"  .- {title}")
    for name in HEADERS:
        value = msg[name]
        if value is not None:
            out(f"  | {name + ':':<16}{' '.join(str(value).split())}")
    names = [part.get_filename() or part.get_content_type() for part in msg.iter_attachments()]
    if names:
        out(f"  | {'Attached:':<16}{', '.join(names)}")
    out("  |")
    body = msg.get_body(("plain",))
    text = body.get_content() if isinstance(body, EmailMessage) else "(no text part)"
    for line in str(text).rstrip().splitlines():
        out(f"  | {line}".rstrip())
    out("  '-")


def stage_table(out: Out, drafts: Sequence[Draft], customers: dict[str, Customer]) -> None:
    """Every reminder and follow-up of the month, grouped by stage."""
    by_stage: dict[str, list[Draft]] = {}
    for d in sorted(drafts, key=lambda d: d.created):
        by_stage.setdefault(situation(d), []).append(d)
    for label, items in by_stage.items():
        out(f"  {label}")
        for d in items:
            who = customers[d.customer].name if d.customer in customers else d.customer
            status = "sent" if d.status == "sent" else f"draft ({d.status})"
            out(f"      {d.created:%a %d %b}  {who:<34} {', '.join(d.invoices):<20} {status}")
