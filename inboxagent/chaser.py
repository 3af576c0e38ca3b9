"""The cadence pass: moves every invoice's state on with time, then writes the reminders and follow-ups now due.

Runs at the end of each pass of the agent. What is due comes from dunning.plan (pure);
this module renders it, files it (a draft, or sent where rules/policy.toml allows that
situation) in the customer's existing thread when there is one, and records it, so the
same message is never written twice: its Message-ID is derived from the customer, the
situation, the stage and the invoices. It also writes the thank-you a debtor's "already
paid" is owed once an import confirms it (one per claim, in reply to it), and puts on file
the senders a person approved with the $InboxAgentApproveSender keyword.
"""

from __future__ import annotations

import hashlib
import logging
from collections import defaultdict
from dataclasses import replace
from datetime import datetime, timedelta
from email.message import EmailMessage
from typing import TYPE_CHECKING, Any

from .accounts import on_followup, on_reminder, on_time
from .contacts import approve_marked
from .cadence import stage_for, stage_rank
from .dunning import Planned, plan
from .errors import TemplateError
from .interest import InterestRules
from .mail.compose import build_message, quote_text, reply_subject
from .config import Config
from .records import Account, Conversation, Draft
from .render import Renderer
from .rules import Rules
from .store import Store
from .templating import base_context

if TYPE_CHECKING:
    from .agent import Agent, DraftsListing, PassReport

log = logging.getLogger("inboxagent")
THANKS_TEMPLATE = "reply/paid_thanks.txt"
COUNTED = ("pending", "sent", "sending", "unknown")  # automated messages that count towards the weekly cap


def reminder_message_id(planned: Planned, domain: str) -> str:
    # Short enough never to be folded: some clients mishandle a folded Message-ID.
    return f"<ia-r-{planned.key}@{domain}>"


def send_situation(planned: Planned) -> str:
    """The name rules/policy.toml [send] situations uses for this message."""
    return f"reminder/{planned.tone}" if planned.situation == "reminder" else planned.situation


def recent_automated(store: Store) -> dict[str, list[datetime]]:
    """When each customer got the automated messages that count towards the weekly cap."""
    recent: dict[str, list[datetime]] = defaultdict(list)
    for d in store.drafts():
        if d.kind not in ("reply", "paid_thanks") and d.status in COUNTED and d.customer:
            recent[d.customer].append(d.created)
    return recent


def message_context(config: Config, store: Store, planned: Planned, now: datetime,
                    interest: InterestRules | None = None) -> dict[str, Any]:
    ctx = base_context(config, store, planned.customer, planned.invoices, planned.to[0] if planned.to else "", "",
                       now, planned.tone, planned.situation, interest_rules=interest)
    ctx["stage"] = planned.stage if planned.situation == "reminder" else ""
    promises = [a.promise for a in (store.account(n) for n in planned.invoices) if a.promise is not None]
    if planned.situation == "broken_promise" and promises:
        p = max(promises, key=lambda p: p.made_on)
        ctx["promise"] = {"made_on": p.made_on, "due": p.due, "dated": p.dated, "amount": p.amount,
                          "currency": p.currency}
    return ctx


def render_planned(renderer: Renderer, config: Config, store: Store, planned: Planned,
                   now: datetime, interest: InterestRules | None = None) -> tuple[str, str, str]:
    """(template, subject, body): the situation's template for the tone, else its general one."""
    names = [planned.template] + ([f"{planned.situation}.txt"] if planned.situation != "reminder" else [])
    template = renderer.first_of(*names)
    subject, body = renderer.render_message(template, message_context(config, store, planned, now, interest))
    return template, subject, body


class Chaser:
    def __init__(self, agent: Agent) -> None:
        self.agent = agent
        self.store = agent.store
        self.rules = agent.rules

    def advance(self, now: datetime) -> dict[str, Account]:
        """Every account as of today: lapsed holds end, paid invoices close."""
        today = now.date()
        accounts: dict[str, Account] = {}
        with self.store.hold():
            for inv in self.store.invoices():
                account = self.store.account(inv.number)
                moved = on_time(account, inv, today)
                if moved != account and (inv.is_open or account != Account(inv.number)):
                    self.store.put_account(moved)
                    if moved.pending and moved.pending != account.pending:
                        log.info("event=follow_up_due invoice=%s situation=%s", inv.number, moved.pending)
                accounts[inv.number] = moved
        return accounts

    def due(self, now: datetime) -> list[Planned]:
        accounts = self.advance(now)
        return plan(now, self.store.invoices(), accounts, {c.key: c for c in self.store.customers()},
                    {c.address: c for c in self.store.contacts()}, recent_automated(self.store), self.rules.cadence,
                    self.rules.cadence.zone(self.agent.config.agent.timezone))

    def run(self, now: datetime, listing: DraftsListing, report: PassReport) -> None:
        approve_marked(self.store, self.agent.mailbox, self.agent.config.imap.folder)
        for planned in self.due(now):
            if not planned.ready:
                report.held += 1
                log.debug("event=reminder_held customer=%s situation=%s stage=%s until=%s reason=%r",
                          planned.customer, planned.situation, planned.stage, planned.not_before.isoformat(),
                          planned.held_by)
                continue
            try:
                self.write(planned, now, listing, report)
            except TemplateError as exc:
                log.error("event=template_failed customer=%s template=%s error=%s", planned.customer, planned.template, exc)
                self.store.put_fact("last_error", f"{now.isoformat()} template {planned.template}: {exc}")
        for claim, numbers in self.confirmed_claims().items():
            try:
                self.thank(claim, numbers, now, listing, report)
            except TemplateError as exc:
                log.error("event=template_failed template=%s error=%s", THANKS_TEMPLATE, exc)
                self.store.put_fact("last_error", f"{now.isoformat()} template {THANKS_TEMPLATE}: {exc}")

    # ---- a payment they told us about, now in the ledger ---------------------------------

    def confirmed_claims(self) -> dict[str, tuple[str, ...]]:
        """The debtors' "already paid" messages that an import has since confirmed, each with its invoices."""
        claims: dict[str, list[str]] = defaultdict(list)
        for account in self.store.accounts():
            if account.pending == "paid_thanks" and account.claim:
                claims[account.claim].append(account.number)
        return {claim: tuple(sorted(numbers)) for claim, numbers in claims.items()}

    def thank(self, claim: str, numbers: tuple[str, ...], now: datetime, listing: DraftsListing,
              report: PassReport) -> Draft | None:
        """A thank-you answering the claim, to its sender, in its thread: one per claim. The
        conversation closes when none of its invoices is open any more."""
        agent = self.agent
        theirs = self.store.message(claim)
        to = theirs.from_addr.lower() if theirs is not None else ""
        contact = self.store.contact(to) if to else None
        conversation = self.store.conversation(theirs.conversation) if theirs and theirs.conversation else None
        if theirs is None or not to or conversation is None or (contact and (contact.opted_out or contact.undeliverable)):
            why = "asked us to stop" if contact and contact.opted_out else "cannot be delivered" if contact else "unknown"
            log.info("event=paid_thanks_skipped claim=%s invoices=%s reason=%r", claim, ",".join(numbers),
                     f"the sender {to or '(none)'} {why}")
            self._thanked(numbers, now)
            return None
        mid = f"<ia-t-{hashlib.sha256(claim.encode()).hexdigest()[:16]}@{agent.config.agent.domain}>"
        draft = self.store.draft(mid)
        if draft is None:
            ctx = base_context(agent.config, self.store, conversation.customer, numbers, to, theirs.from_name, now,
                               "friendly", "paid_thanks")
            ctx.update({"intent": "already_paid", "message": {"subject": theirs.subject, "date": theirs.message_date,
                                                               "from_name": theirs.from_name, "from_addr": to}})
            body = agent.renderer.render(THANKS_TEMPLATE, ctx)
            ours = {d.message_id: d for d in self.store.drafts() if d.conversation == conversation.id}
            chain = [m for m in conversation.message_ids if (m not in ours or ours[m].status == "sent") and m != claim]
            parent = claim if not claim.startswith("sha256:") else None
            quoted = quote_text(theirs.text, theirs.from_name or to, theirs.message_date) if theirs.text else ""
            draft = Draft(message_id=mid, conversation=conversation.id, trigger=claim, to=(to,),
                          subject=reply_subject(theirs.subject), template=THANKS_TEMPLATE, created=now,
                          kind="paid_thanks", customer=conversation.customer, invoices=numbers)

            def build(auto: bool) -> EmailMessage:
                return build_message(subject=theirs.subject, body=body, from_header=agent.config.agent.from_header,
                                     to=(to,), message_id=mid, when=now, conversation=conversation.id,
                                     in_reply_to=parent, references=chain, quoted=quoted, auto_submitted=auto)

            draft = agent.write(draft, build, "paid_thanks" in self.rules.send_situations, now, listing)
            self.store.put_draft(draft)
            report.reminders += 1
            log.info("event=paid_thanks customer=%s invoices=%s to=%s status=%s", conversation.customer,
                     ",".join(numbers), to, draft.status)
        with self.store.hold():
            self._thanked(numbers, now)
            still_open = [n for n in conversation.invoices if (inv := self.store.invoice(n)) is not None and inv.is_open]
            ids = tuple(dict.fromkeys(conversation.message_ids + (mid,)))
            closed = replace(conversation, message_ids=ids, status="closed" if not still_open else conversation.status,
                             updated=max(conversation.updated, now))
            self.store.put_conversation(closed)
            agent.directory.add_conversation(closed)
        return draft

    def _thanked(self, numbers: tuple[str, ...], now: datetime) -> None:
        for number in numbers:
            account = self.store.account(number)
            if account.pending == "paid_thanks":
                self.store.put_account(on_followup(account, "paid_thanks", now.date()))

    def _thread(self, planned: Planned) -> tuple[Conversation | None, str | None, list[str], str]:
        """The customer's conversation about these invoices, the message to answer, the
        References, and the quote of their last message."""
        conversation = self.agent.directory.latest_conversation(planned.customer, planned.invoices)
        if conversation is None:
            return None, None, [], ""
        ours = {d.message_id: d for d in self.store.drafts() if d.conversation == conversation.id}
        # Only messages that really went out or came in: never a draft nobody sent.
        chain = [m for m in conversation.message_ids if m not in ours or ours[m].status == "sent"]
        theirs = [m for m in (self.store.message(k) for k in conversation.message_ids) if m is not None
                  and m.outcome not in ("ours",) and m.text]
        last = max(theirs, key=lambda m: m.message_date or m.seen_at, default=None)
        quoted = quote_text(last.text, last.from_name or last.from_addr, last.message_date) if last else ""
        return conversation, chain[-1] if chain else None, chain[:-1], quoted

    def write(self, planned: Planned, now: datetime, listing: DraftsListing, report: PassReport) -> Draft:
        agent = self.agent
        mid = reminder_message_id(planned, agent.config.agent.domain)
        existing = self.store.draft(mid)
        if existing is not None:
            self._record(planned, existing, now)  # written before a crash: only the bookkeeping is left
            return existing
        template, subject, body = render_planned(agent.renderer, agent.config, self.store, planned, now,
                                                 agent.rules.interest)
        conversation, parent, references, quoted = self._thread(planned)
        draft = Draft(message_id=mid, conversation=conversation.id if conversation else "", trigger=planned.key,
                      to=planned.to, cc=planned.cc, subject=subject, template=template, created=now, kind=planned.situation,
                      customer=planned.customer, invoices=planned.invoices, stage=planned.stage)

        def build(auto: bool) -> EmailMessage:
            return build_message(subject=subject, body=body, from_header=agent.config.agent.from_header, to=planned.to,
                                 message_id=mid, when=now, conversation=draft.conversation, in_reply_to=parent,
                                 references=references, quoted=quoted, auto_submitted=auto, cc=planned.cc)

        send = send_situation(planned) in self.rules.send_situations
        written = agent.write(draft, build, send, now, listing)
        self._record(planned, written, now)
        if conversation is not None:
            conversation = replace(conversation, message_ids=tuple(dict.fromkeys(conversation.message_ids + (mid,))))
            self.store.put_conversation(conversation)
            agent.directory.add_conversation(conversation)
        report.reminders += 1
        log.info("event=%s customer=%s stage=%s tone=%s invoices=%s to=%s cc=%s status=%s", planned.situation,
                 planned.customer, planned.stage, planned.tone, ",".join(planned.invoices), ",".join(planned.to),
                 ",".join(planned.cc) or "-", written.status)
        return written

    def _record(self, planned: Planned, draft: Draft, now: datetime) -> None:
        customer = self.store.customer(planned.customer)
        stages = {s.name: s for s in self.rules.cadence.stages_of(planned.customer, customer.name if customer else "")}
        with self.store.hold():
            self.store.put_draft(draft)
            for number in planned.invoices:
                account = self.store.account(number)
                if planned.situation == "reminder" and planned.stage in stages:
                    if account.stage != planned.stage:
                        self.store.put_account(on_reminder(account, stages[planned.stage], now.date()))
                elif account.pending == planned.situation:
                    account = on_followup(account, planned.situation, now.date())
                    # The follow-up stands in for the stage reached meanwhile: no reminder on its heels.
                    inv = self.store.invoice(number)
                    reached = stage_for(tuple(stages.values()), inv.due, now.date()) if inv else None
                    if reached is not None and stage_rank(tuple(stages.values()), reached.name) > stage_rank(
                            tuple(stages.values()), account.stage):
                        account = replace(account, stage=reached.name)
                    self.store.put_account(account)


def preview(config: Config, store: Store, rules: Rules, renderer: Renderer, target: str, now: datetime,
            horizon_days: int = 120) -> tuple[Planned, str, str, str] | None:
    """The next message the agent would write for a customer (key or name) or an invoice, if
    nothing else happens: (planned, template, subject, body), or None within the horizon.
    Nothing is stored. A message that can never go (no usable contact) comes back unrendered."""
    invoices = store.invoices()
    by_number = {inv.number.casefold(): inv for inv in invoices}
    customers = {c.key: c for c in store.customers()}
    wanted = target.casefold()
    number = None
    if wanted in by_number:
        customer, number = by_number[wanted].customer, by_number[wanted].number
    else:
        matches = [k for k, c in customers.items() if wanted in (k.casefold(), c.name.casefold())]
        if not matches:
            raise LookupError(f"no invoice or customer {target!r}")
        customer = matches[0]
    contacts = {c.address: c for c in store.contacts()}
    recent = recent_automated(store)
    mine = [inv for inv in invoices if inv.customer == customer]
    for day in range(horizon_days + 1):
        moment = now + timedelta(days=day)
        accounts = {inv.number: on_time(store.account(inv.number), inv, moment.date()) for inv in mine}
        for planned in plan(moment, mine, accounts, customers, contacts, recent, rules.cadence,
                            rules.cadence.zone(config.agent.timezone)):
            if number is not None and number not in planned.invoices:
                continue
            if planned.held_by.startswith("no contact"):
                return planned, "", "", ""
            return (planned, *render_planned(renderer, config, store, planned, planned.not_before, rules.interest))
    return None
