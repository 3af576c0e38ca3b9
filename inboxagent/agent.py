"""One processing pass over the mailbox: learn what we sent, answer what debtors wrote, record draft outcomes.

Every step is idempotent, so a pass interrupted anywhere can simply run again: a message
already in the store is not processed twice (Message-ID, or a content hash when it has
none), and a draft's Message-ID is derived from its conversation and the message it
answers, so a draft already in Drafts (or Sent) is never appended twice.
"""

from __future__ import annotations

import email
import logging
import traceback
from email.message import EmailMessage
from email.policy import SMTP
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, Callable, Protocol

from . import failpoints
from .accounts import extension_check, instalments_requested, on_extension_agreed, on_reply
from .chaser import Chaser
from .config import Config
from .contacts import bounced, learn, opt_out_phrase
from .conversations import Directory, NoMatch, ThreadMatch, join, match_message
from .decide import Decision, decide
from .errors import MailError, StateError, TemplateError, UncertainDeliveryError
from .mail.compose import build_reply, draft_message_id
from .mail.machine import machine_verdict
from .mail.mailbox import DRAFTED, NEEDS_PERSON, PROCESSED, Fetched, FolderStatus, Mailbox
from .mail.parse import content_hash, parse_message
from .nlp.classify import Classifier
from .nlp.extract import message_day
from .progress import BarFactory, progress
from .records import Classification, Conversation, Draft, MailMessage, MessageLog, SyncState
from .render import Renderer
from .rules import Rules, find_invoice_refs
from .store import Store
from .templating import reply_context

log = logging.getLogger("inboxagent")
class Sender(Protocol):
    def __call__(self, msg: EmailMessage, envelope_from: str, recipients: tuple[str, ...],
                 before_data: Callable[[], None] | None = None) -> None: ...


@dataclass
class PassReport:
    """Counts of what one pass did."""

    fetched: int = 0
    drafted: int = 0
    needs_person: int = 0
    no_reply: int = 0
    ours: int = 0
    duplicates: int = 0
    sent_detected: int = 0
    discarded_detected: int = 0
    reminders: int = 0
    held: int = 0
    errors: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (f"fetched={self.fetched} drafted={self.drafted} needs_person={self.needs_person} "
                f"no_reply={self.no_reply} ours={self.ours} duplicates={self.duplicates} "
                f"sent={self.sent_detected} discarded={self.discarded_detected} "
                f"reminders={self.reminders} held={self.held}")


@dataclass(frozen=True)
class DraftsListing:
    message_ids: frozenset[str]
    refs: frozenset[str]

    def __contains__(self, message_id: str) -> bool:
        return message_id in self.message_ids or message_id in self.refs


class Agent:
    def __init__(self, config: Config, store: Store, mailbox: Mailbox, classifier: Classifier,
                 renderer: Renderer, rules: Rules, clock: Callable[[], datetime],
                 sender: Sender | None = None,
                 refresh: Callable[[], tuple[Rules, Classifier]] | None = None,
                 progress: BarFactory | None = None) -> None:
        self.config = config
        self.store = store
        self.mailbox = mailbox
        self.classifier = classifier
        self.renderer = renderer
        self.rules = rules
        self.clock = clock
        self.history_days = config.agent.history_days
        self.own = frozenset({config.agent.from_addr, config.imap.username.lower()})
        self.sender = sender if config.agent.mode == "send" else None
        self.refresh = refresh  # rules edited while running take effect at the next pass
        # A sync with more than progress_from messages to read (the first sync of a large folder,
        # or its resumption after a stop) reports its progress: on the `progress` bar when one is
        # given (the CLI's on a terminal), else as event=sync_progress log lines (progress.py).
        self.progress = progress
        self.progress_from = 200
        self._directory_cache: Directory | None = None
        self._directory_key: tuple[object, ...] | None = None

    # ---- the pass ----------------------------------------------------------------------

    def run_once(self, should_stop: Callable[[], bool] = lambda: False) -> PassReport:
        report = PassReport()
        if self.refresh is not None:
            self.rules, self.classifier = self.refresh()
        now = self.clock()
        self._created: set[str] = set()
        self._send_failed: set[str] = set()
        self._uncertain_sends(now)
        self.directory = self._directory()
        drafts_folder = self.mailbox.drafts_folder()
        listing = self._list_drafts(drafts_folder)
        sent = self.mailbox.sent_folder()
        if sent:
            self._sync(sent, self._handle_sent, report, now, should_stop)
        self._sync(self.config.imap.folder, self._handle_inbound, report, now, should_stop, listing)
        if not should_stop():
            self._draft_outcomes(listing, report, now)
        if not should_stop():
            Chaser(self).run(now, listing, report)
        with self.store.hold():
            self.store.put_fact("last_sync", now.isoformat())
            self.store.put_fact("last_pass", report.summary())
        log.info("event=pass %s", report.summary())
        return report

    def _directory(self) -> Directory:
        """The ledger's indexes for threading; kept from the last pass while nothing they index changed."""
        key = (self.store.version("invoices", "customers", "conversations"), self.rules.shared_domains)
        if self._directory_key != key:
            self._directory_cache = Directory(self.store.invoices(), self.store.customers(), self.store.conversations(),
                                              self.store.conversation_of, self.rules.shared_domains)
            self._directory_key = key
        assert self._directory_cache is not None
        return self._directory_cache

    def _list_drafts(self, folder: str) -> DraftsListing:
        rows = self.mailbox.header_rows(folder)
        return DraftsListing(frozenset(r.message_id for r in rows if r.message_id),
                             frozenset(r.draft_ref for r in rows if r.draft_ref))

    def _sync(self, folder: str, handler: Callable[..., None], report: PassReport, now: datetime,
              should_stop: Callable[[], bool], *extra: Any) -> None:
        status = self.mailbox.select(folder)
        state = self.store.sync(folder)
        if state is not None and state.uidvalidity == status.uidvalidity:
            last = state.last_uid
        else:
            if state is not None:
                log.warning("event=uidvalidity_changed folder=%s old=%s new=%s: re-reading recent mail, "
                            "de-duplicated by Message-ID", folder, state.uidvalidity, status.uidvalidity)
            last = self._starting_point(folder, status, now)
            with self.store.hold():
                self.store.put_sync(SyncState(folder, status.uidvalidity, last, now))
        uids = self.mailbox.uids_after(folder, last)
        with progress(self.progress, "sync_progress", folder, len(uids), field="folder",
                      shown=len(uids) > self.progress_from) as tick:
            for fetched in self.mailbox.fetch(folder, uids):
                if should_stop():
                    break
                failpoints.reached("after_fetch")
                report.fetched += 1
                handler(folder, status, fetched, report, now, *extra)
                tick()

    def _starting_point(self, folder: str, status: FolderStatus, now: datetime) -> int:
        """Where a folder seen for the first time (or after a UIDVALIDITY change) starts:
        just before its oldest message of the last history_days; older mail is left alone."""
        since = (now - timedelta(days=self.history_days)).date()
        recent = self.mailbox.uids_since(folder, since)
        if recent:
            return min(recent) - 1
        if status.uidnext:
            return status.uidnext - 1
        return max(self.mailbox.uids_after(folder, 0), default=0)

    # ---- our own messages (Sent) -------------------------------------------------------

    def _handle_sent(self, folder: str, status: FolderStatus, fetched: Fetched, report: PassReport, now: datetime) -> None:
        msg = parse_message(fetched.raw)
        with self.store.hold():
            if self.store.message(msg.key) is not None:
                report.duplicates += 1
            else:
                self._learn_ours(msg, folder, status, fetched, report, now)
            self._advance(folder, status, fetched.uid, now)

    def _learn_ours(self, msg: MailMessage, folder: str, status: FolderStatus, fetched: Fetched,
                    report: PassReport, now: datetime) -> None:
        report.ours += 1
        draft = self._draft_for_sent(msg)
        conversation: Conversation | None = None
        matched_by = None
        if draft is not None:
            if draft.status != "sent":
                self.store.put_draft(replace(draft, status="sent", outcome_at=now, sent_message_id=msg.message_id))
                report.sent_detected += 1
                log.info("event=draft_sent draft=%s conversation=%s", draft.message_id, draft.conversation)
                if draft.agreed_until is not None:
                    for number in draft.invoices:
                        self.store.put_account(on_extension_agreed(
                            self.store.account(number), message_day(msg.date, now), draft.agreed_until, self.rules.cadence))
            conversation = self.store.conversation(draft.conversation)
            matched_by = "our draft"
        else:
            refs = find_invoice_refs(self.rules, msg.subject, msg.text)
            match = match_message(msg, refs, msg.to + msg.cc, self.directory)
            if isinstance(match, ThreadMatch):
                conversation = join(match, msg, msg.to + msg.cc, now)
                matched_by = match.rule
        if conversation is not None and msg.message_id:
            conversation = replace(conversation, message_ids=tuple(dict.fromkeys(conversation.message_ids + (msg.message_id,))))
            self.store.put_conversation(conversation)
            self.directory.add_conversation(conversation)
        self.store.put_message(self._log(msg, folder, status, fetched, now, "ours", "sent by us",
                                         conversation, matched_by))

    def _draft_for_sent(self, msg: MailMessage) -> Draft | None:
        ref = None
        marker = msg.headers.get("x-inboxagent", "")
        if "draft=" in marker:
            ref = marker.split("draft=", 1)[1].split(";", 1)[0].strip()
        for candidate in (msg.message_id, ref):
            if candidate:
                found = self.store.draft(candidate)
                if found is not None:
                    return found
        return None

    # ---- debtors' messages (INBOX) -----------------------------------------------------

    def _handle_inbound(self, folder: str, status: FolderStatus, fetched: Fetched, report: PassReport,
                        now: datetime, listing: DraftsListing) -> None:
        keywords: list[str] = []
        try:
            msg = parse_message(fetched.raw)
        except Exception as exc:  # noqa: BLE001 - parse_message is meant never to raise; belt and braces
            self._failed(folder, status, fetched, now, f"cannot parse: {type(exc).__name__}: {exc}", report)
            return
        try:
            with self.store.hold():
                known = self.store.message(msg.key)
                if known is not None:
                    report.duplicates += 1
                    keywords = [PROCESSED] + ([DRAFTED] if known.draft else []) + (
                        [NEEDS_PERSON] if known.outcome == "needs_person" or known.needs_review or known.flagged else [])
                else:
                    keywords = self._process(msg, folder, status, fetched, report, now, listing)
                # Keywords, then the watermark, each only after the message's record: a cut or a
                # crash anywhere before (even after a send flushed the state early) makes the next
                # pass read the message again and mark it (STORE may safely be repeated).
                self.mailbox.add_keywords(folder, [fetched.uid], keywords)
                failpoints.reached("after_keywords")
                self._advance(folder, status, fetched.uid, now)
        except (MailError, StateError):
            raise  # the connection or the state failed: the pass stops, the message is read again later
        except Exception as exc:  # noqa: BLE001 - one bad message must never stop the daemon
            log.error("event=message_failed uid=%s key=%s error=%s\n%s", fetched.uid, msg.key, exc, traceback.format_exc())
            self._failed(folder, status, fetched, now, f"internal error: {type(exc).__name__}: {exc}", report, msg)

    def _process(self, msg: MailMessage, folder: str, status: FolderStatus, fetched: Fetched,
                 report: PassReport, now: datetime, listing: DraftsListing) -> list[str]:
        verdict = machine_verdict(msg, self.own, self.config.agent.domain)
        if verdict is not None and verdict.kind == "own":
            self._learn_ours(msg, folder, status, fetched, report, now)
            return [PROCESSED]
        classification = self.classifier.classify(msg, now)
        failpoints.reached("after_classify")
        match: ThreadMatch | NoMatch = match_message(msg, classification.invoice_refs, (msg.from_addr,), self.directory)
        conversation = join(match, msg, (msg.from_addr,), now) if isinstance(match, ThreadMatch) else None
        send_intents = self.rules.send_intents if self.sender is not None else frozenset()
        day = message_day(msg.date, now)
        opted_out: str | None = None
        if verdict is not None and verdict.bounce:
            self._bounced(msg, now)
        elif isinstance(match, ThreadMatch):
            opted_out = self._learn_contact(msg, match.customer, classification, verdict is not None, day)
        focus = self._focus(match, msg) if isinstance(match, ThreadMatch) else ()
        extension = None
        if isinstance(match, ThreadMatch) and classification.intent == "extension_request":
            extension = self._extension_check(focus, classification, msg.new_text)
        decision = decide(msg, verdict, match, classification, conversation, self.directory, send_intents,
                          extension, opted_out)
        if decision.send and any(self.store.contact(a).opted_out for a in decision.to):
            # Someone who asked us to stop writing is never written to automatically again.
            decision = replace(decision, send=False, flag_person=True,
                               reason=decision.reason + "; the address opted out: a person replies")
        if isinstance(match, ThreadMatch) and verdict is None and opted_out is None:
            self._update_accounts(focus, classification, day, msg)
        draft: Draft | None = None
        if decision.action == "draft" and conversation is not None:
            draft = self._draft(msg, conversation, decision, classification, now, listing, extension, focus)
            if draft is None:
                decision = Decision("person", "the reply could not be written (see the log)")
        if conversation is not None:
            if draft is not None:
                conversation = replace(conversation, message_ids=tuple(dict.fromkeys(conversation.message_ids + (draft.message_id,))))
            self.store.put_conversation(conversation)
            self.directory.add_conversation(conversation)
        outcome = {"draft": "drafted", "none": "no_reply", "person": "needs_person"}[decision.action]
        self.store.put_message(self._log(
            msg, folder, status, fetched, now, outcome, decision.reason, conversation,
            match.rule if isinstance(match, ThreadMatch) else None, classification, draft,
            flagged=decision.flag_person or (draft is not None and draft.message_id in self._send_failed),
        ))
        setattr(report, outcome, getattr(report, outcome) + 1)
        log.info("event=message key=%s from=%s conversation=%s matched_by=%s intent=%s confidence=%.2f decision=%s reason=%r",
                 msg.key, msg.from_addr, conversation.id if conversation else "-",
                 match.rule if isinstance(match, ThreadMatch) else "-", classification.intent,
                 classification.confidence, decision.action, decision.reason)
        if log.isEnabledFor(logging.DEBUG):  # --verbose: why it was read that way
            log.debug("event=message_detail key=%s uid=%s folder=%s subject=%r refs=%s promised=%s amount=%s "
                      "defects=%s reasons=%r", msg.key, fetched.uid, folder, msg.subject, ",".join(classification.invoice_refs),
                      classification.promised_date, classification.amount, ",".join(msg.defects), classification.reasons)
        keywords = [PROCESSED]
        if draft is not None:
            keywords.append(DRAFTED)
            if draft.message_id in self._send_failed:
                keywords.append(NEEDS_PERSON)
        if decision.action == "person" or decision.flag_person:
            keywords.append(NEEDS_PERSON)
        return keywords

    def _draft(self, msg: MailMessage, conversation: Conversation, decision: Decision,
               classification: Classification, now: datetime, listing: DraftsListing,
               extension: tuple[bool, str] | None = None, focus: tuple[str, ...] = ()) -> Draft | None:
        domain = self.config.agent.domain
        mid = draft_message_id(conversation.id, msg.key, domain)
        existing = self.store.draft(mid)
        if existing is not None:
            return existing
        assert decision.template is not None
        invoices = focus or conversation.invoices
        attachments = self._invoice_pdfs(invoices) if classification.intent == "question" else []
        offer = None
        if extension is not None:
            offer = {"ok": extension[0], "reason": extension[1], "until": classification.promised_date,
                     "instalments": instalments_requested(msg.new_text)}
        try:
            body = self.renderer.render(decision.template, reply_context(
                self.config, self.store, conversation, msg, classification, now, offer, [p.name for p in attachments],
                invoices))
        except TemplateError as exc:
            log.error("event=template_failed template=%s error=%s", decision.template, exc)
            return None
        draft = Draft(message_id=mid, conversation=conversation.id, trigger=msg.key, to=decision.to,
                      subject=msg.subject, template=decision.template, created=now, kind="reply",
                      customer=conversation.customer, invoices=invoices,
                      agreed_until=classification.promised_date if extension and extension[0] else None)

        def build(auto: bool) -> EmailMessage:
            return build_reply(msg, body=body, from_header=self.config.agent.from_header, to=decision.to,
                               message_id=mid, when=now, conversation=conversation.id, auto_submitted=auto,
                               attachments=attachments)

        return self.write(draft, build, decision.send, now, listing)

    def write(self, draft: Draft, build: Callable[[bool], EmailMessage], send: bool, now: datetime,
              listing: DraftsListing) -> Draft:
        """Put a message we wrote where it belongs: sent (at most once) when allowed, else in Drafts
        (never twice: a draft already in Drafts or Sent from before a crash is not appended again)."""
        mid = draft.message_id
        if mid in listing or self.store.message(mid) is not None:
            return replace(draft, folder=self.mailbox.drafts_folder())
        if send and self.sender is not None:
            sent = self._send(draft, build(True), now)
            if sent is not None:
                return sent
            self._send_failed.add(mid)
        folder = self.mailbox.drafts_folder()
        uid = self.mailbox.append(folder, build(False).as_bytes(), ("\\Draft", "\\Seen"), now)
        failpoints.reached("after_append")
        self._created.add(mid)
        log.info("event=draft_created draft=%s kind=%s conversation=%s to=%s template=%s uid=%s",
                 mid, draft.kind, draft.conversation or "-", ",".join(draft.to), draft.template, uid)
        return replace(draft, folder=folder, uid=uid)

    def _invoice_pdfs(self, numbers: tuple[str, ...]) -> list[Path]:
        found = []
        for number in numbers:
            inv = self.store.invoice(number)
            if inv is not None and inv.pdf and inv.is_open:
                path = Path(inv.pdf)
                if path.is_file():
                    found.append(path)
                else:
                    log.warning("event=pdf_missing invoice=%s path=%s", number, path)
        return found

    # ---- what a message teaches about its sender and its invoices ------------------------------

    def _learn_contact(self, msg: MailMessage, customer: str, c: Classification, machine: bool, day: date) -> str | None:
        """Update what we know of the sender; the opt-out phrase they used, if any."""
        contact = self.store.contact(msg.from_addr, customer)
        if machine:  # an auto-reply: only its return date counts
            if c.return_date is not None and c.return_date >= day:
                self.store.put_contact(replace(contact, away_until=c.return_date))
            return None
        learned = learn(contact, msg, c, self.rules, day)
        self.store.put_contact(learned)
        if learned.opted_out and not contact.opted_out:
            log.warning("event=opted_out address=%s customer=%s: %s", msg.from_addr, customer, learned.note)
        return opt_out_phrase(msg.new_text, self.rules)

    def _bounced(self, msg: MailMessage, now: datetime) -> None:
        known = {a: c.key for c in self.directory.customers.values() for a in c.emails}
        for address in bounced(msg, set(known)):
            contact = self.store.contact(address, known[address])
            if not contact.undeliverable:
                self.store.put_contact(replace(contact, undeliverable=True,
                                               note=f"bounced on {now.date().isoformat()}: {msg.subject[:80]}"))
                log.warning("event=undeliverable address=%s customer=%s", address, known[address])

    def _focus(self, match: ThreadMatch, msg: MailMessage) -> tuple[str, ...]:
        """The invoices a message is about: those its own words name (not the quoted history,
        which may list a whole statement), else every invoice it was threaded to."""
        named = [inv.number for inv in (self.directory.invoice_for(r) for r in find_invoice_refs(self.rules, msg.new_text))
                 if inv is not None and inv.customer == match.customer]
        return tuple(dict.fromkeys(named)) or match.invoices

    def _extension_check(self, numbers: tuple[str, ...], c: Classification, text: str) -> tuple[bool, str]:
        invoices = [inv for inv in (self.store.invoice(n) for n in numbers) if inv is not None and inv.is_open]
        if not invoices:
            return False, "no open invoice to judge the request against"
        results = [extension_check(inv, c, text, self.rules.extension) for inv in invoices]
        refused = [why for ok, why in results if not ok]
        return (False, refused[0]) if refused else results[0]

    def _update_accounts(self, numbers: tuple[str, ...], c: Classification, day: date, msg: MailMessage) -> None:
        for number in numbers:
            inv = self.store.invoice(number)
            if inv is None:
                continue
            account = on_reply(self.store.account(number), inv, c, day, msg.key, msg.new_text,
                               self.rules.cadence, self.rules.extension)
            self.store.put_account(account)

    def _send(self, draft: Draft, reply: EmailMessage, now: datetime) -> Draft | None:
        """Send once at most. Before the SMTP transaction the draft is on disk as "sending",
        with the message itself; once every recipient is accepted and before the message is
        transmitted it becomes "committing". A crash while "sending" is finished at the next
        pass (nothing can have been delivered); one while "committing" is never sent again.
        On failure the reply becomes a draft for a person."""
        assert self.sender is not None
        self.store.put_draft(replace(draft, status="sending", raw=reply.as_string()))
        self.store.flush()

        def committing() -> None:
            self.store.put_draft(replace(draft, status="committing", raw=""))
            self.store.flush()

        try:
            self.sender(reply, self.config.agent.from_addr, draft.to + draft.cc, before_data=committing)
            failpoints.reached("after_send")
        except MailError as exc:
            self.store.put_fact("last_error", f"{now.isoformat()} sending {draft.message_id}: {exc}")
            if isinstance(exc, UncertainDeliveryError):
                # The server may have the message: never offer it again as a draft to send.
                log.error("event=send_unknown draft=%s error=%s: may have been delivered; not sent again, "
                          "not left as a draft", draft.message_id, exc)
                self._send_failed.add(draft.message_id)
                unknown = replace(draft, status="unknown", outcome_at=now, raw="")
                self.store.put_draft(unknown)
                return unknown
            log.warning("event=send_failed draft=%s error=%s: left as a draft for a person", draft.message_id, exc)
            self.store.put_draft(replace(draft, status="pending", raw=""))
            return None
        return self._sent(draft, reply, now)

    def _sent(self, draft: Draft, reply: EmailMessage, now: datetime) -> Draft:
        sent_folder = self.mailbox.sent_folder()
        if sent_folder:
            self.mailbox.append(sent_folder, reply.as_bytes(), ("\\Seen",), now)
        log.info("event=message_sent draft=%s kind=%s conversation=%s to=%s", draft.message_id, draft.kind,
                 draft.conversation or "-", ",".join(draft.to))
        done = replace(draft, status="sent", folder=sent_folder or "", outcome_at=now,
                       sent_message_id=draft.message_id, raw="")
        self.store.put_draft(done)
        return done

    def _uncertain_sends(self, now: datetime) -> None:
        """Finish what a crash interrupted: a send cut short before the message was transmitted
        goes out now; one cut short after is looked for in Sent, and never sent a second time."""
        for draft in self.store.drafts("sending"):
            reply = email.message_from_string(draft.raw, _class=EmailMessage, policy=SMTP) if draft.raw else None
            if reply is None or self.sender is None:
                self._unknown(draft, now, "interrupted while sending and cannot be finished")
                continue
            log.warning("event=send_resumed draft=%s: interrupted before the message was transmitted", draft.message_id)
            with self.store.hold():
                if self._send(draft, reply, now) is None:
                    self.mailbox.append(self.mailbox.drafts_folder(), reply.as_bytes(), ("\\Draft", "\\Seen"), now)
        for draft in self.store.drafts("committing"):
            sent = self.mailbox.sent_folder()
            if sent and self.mailbox.find_message_id(sent, draft.message_id):
                self.store.put_draft(replace(draft, status="sent", outcome_at=now, sent_message_id=draft.message_id))
                continue
            self._unknown(draft, now, "interrupted while the message was being transmitted; not sent again, "
                                      "check whether the recipient has it")

    def _unknown(self, draft: Draft, now: datetime, why: str) -> None:
        with self.store.hold():
            self.store.put_draft(replace(draft, status="unknown", outcome_at=now, raw=""))
            self.store.put_fact("last_error", f"{now.isoformat()} {draft.message_id}: {why}")
        log.error("event=send_unknown draft=%s conversation=%s: %s", draft.message_id, draft.conversation or "-", why)

    def _failed(self, folder: str, status: FolderStatus, fetched: Fetched, now: datetime, reason: str,
                report: PassReport, msg: MailMessage | None = None) -> None:
        """Keep the message, mark it for a person with the reason, and never retry it in a loop."""
        report.needs_person += 1
        report.errors.append(reason)
        key = msg.key if msg is not None else content_hash(fetched.raw)
        with self.store.hold():
            self.store.put_message(MessageLog(
                key=key, folder=folder, uid=fetched.uid, uidvalidity=status.uidvalidity,
                content_hash=content_hash(fetched.raw), from_addr=msg.from_addr if msg else "",
                subject=msg.subject if msg else "", message_date=msg.date if msg else None, seen_at=now,
                outcome="needs_person", reason=reason,
            ))
            self.store.put_fact("last_error", f"{now.isoformat()} {reason}")
            self.mailbox.add_keywords(folder, [fetched.uid], [PROCESSED, NEEDS_PERSON])
            self._advance(folder, status, fetched.uid, now)

    def _advance(self, folder: str, status: FolderStatus, uid: int, now: datetime) -> None:
        state = self.store.sync(folder)
        last = state.last_uid if state and state.uidvalidity == status.uidvalidity else 0
        self.store.put_sync(SyncState(folder, status.uidvalidity, max(last, uid), now))

    def _log(self, msg: MailMessage, folder: str, status: FolderStatus, fetched: Fetched, now: datetime,
             outcome: str, reason: str, conversation: Conversation | None, matched_by: str | None,
             classification: Classification | None = None, draft: Draft | None = None,
             flagged: bool = False) -> MessageLog:
        if draft is not None:
            self.store.put_draft(draft)
        c = classification
        return MessageLog(
            key=msg.key, folder=folder, uid=fetched.uid, uidvalidity=status.uidvalidity,
            content_hash=content_hash(fetched.raw), from_addr=msg.from_addr, subject=msg.subject,
            message_date=msg.date, seen_at=now, outcome=outcome, reason=reason,
            conversation=conversation.id if conversation else None, matched_by=matched_by,
            intent=c.intent if c else None, confidence=c.confidence if c else None,
            needs_review=c.needs_review if c else False, promised_date=c.promised_date if c else None,
            amount=c.amount if c else None, currency=c.currency if c else None,
            draft=draft.message_id if draft else None,
            text=msg.new_text[:4000] if outcome != "ours" else "", from_name=msg.from_name, flagged=flagged,
        )

    # ---- what became of our drafts ---------------------------------------------------------

    def _draft_outcomes(self, listing: DraftsListing, report: PassReport, now: datetime) -> None:
        """A pending draft no longer in Drafts, and not found in Sent, was discarded by a person."""
        with self.store.hold():
            for draft in self.store.drafts("pending"):
                if draft.message_id in listing or draft.message_id in self._created:
                    continue
                self.store.put_draft(replace(draft, status="discarded", outcome_at=now))
                report.discarded_detected += 1
                log.info("event=draft_discarded draft=%s conversation=%s", draft.message_id, draft.conversation)
