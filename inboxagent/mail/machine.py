"""Recognises mail written by machines (auto-replies, bounces, lists, our own) that must never be answered."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..records import MailMessage

NOREPLY_LOCAL = re.compile(
    r"^(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|donotreply|mailer[-_.]daemon|post[-_.]?master|listserv|"
    r"majordomo|bounces?|.*-request|owner-.*|.*-bounces?)(?:[+-].*)?$",
    re.IGNORECASE,
)
BOUNCE_SUBJECT = re.compile(
    r"^(?:undeliver(?:ed|able)|delivery (?:status notification|failure|has failed)|"
    r"returned mail|mail delivery failed|failure notice|non[- ]?delivery|"
    r"delivery notification|nondeliverable|warning: could not send|"
    r"there was an error sending your mail|message (?:delivery|not delivered))",
    re.IGNORECASE,
)
DAEMON_SENDER = re.compile(r"mailer[-_.]?daemon|post[-_.]?master|mail delivery (?:sub)?system", re.IGNORECASE)
LIST_HEADERS = ("list-id", "list-unsubscribe", "list-post", "list-subscribe", "list-help", "list-owner", "x-mlserver")
# Out-of-office subjects from Exchange, Gmail and others, in several languages.
AUTO_SUBJECT = re.compile(
    r"^(?:automatic reply|auto(?:matic)?[- ]?(?:reply|response)|autoreply|out of (?:the )?office|"
    r"abwesenheitsnotiz|automatische antwort|r[ée]ponse automatique|absence du bureau|"
    r"respuesta autom[áa]tica|fuera de la oficina|risposta automatica|automatisch antwoord|"
    r"afwezig|autosvar|automaattinen vastaus|odpowied[źz] automatyczna|"
    r"[āa]rpus biroja)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class MachineVerdict:
    """Why a message must not be answered; `kind` is auto_reply, bounce, list, loop or own."""

    kind: str
    reason: str

    @property
    def bounce(self) -> bool:
        return self.kind == "bounce"

    @property
    def auto_reply(self) -> bool:
        return self.kind in ("auto_reply", "bounce", "list", "loop")


def machine_verdict(msg: MailMessage, own_addresses: frozenset[str] = frozenset(),
                    own_domain: str = "") -> MachineVerdict | None:
    """The reason a message comes from a machine or from us, or None for a person's mail."""
    h = msg.headers
    local = msg.from_addr.partition("@")[0]
    if msg.from_addr and msg.from_addr in own_addresses:
        return MachineVerdict("own", f"sent from our own address {msg.from_addr}")
    if "x-inboxagent" in h:
        return MachineVerdict("own", "carries our own X-InboxAgent header")
    if own_domain and msg.message_id and msg.message_id.lower().endswith(f"@{own_domain.lower()}>"):
        if msg.message_id.startswith("<ia-"):
            return MachineVerdict("own", "has one of our own Message-IDs")
        # Written on our side (a person's client, our server), so coming back is a loop.
        return MachineVerdict("loop", f"Message-ID {msg.message_id} is on our own domain")
    if msg.content_type == "message/delivery-status" or msg.report_type == "delivery-status" or (
            msg.content_type == "multipart/report" and msg.report_type is None):
        return MachineVerdict("bounce", "delivery status notification (multipart/report)")
    if msg.report_type in ("disposition-notification", "feedback-report") or "feedback-type" in h:
        return MachineVerdict("auto_reply", f"machine report ({msg.report_type or 'feedback-report'})")
    if msg.report_type:
        return MachineVerdict("bounce", f"machine report ({msg.report_type})")
    null_path = h.get("return-path", "").strip() == "<>"
    daemon = bool(DAEMON_SENDER.search(f"{msg.from_addr} {msg.from_name}"))
    if "x-failed-recipients" in h or (daemon and (null_path or BOUNCE_SUBJECT.search(msg.subject) or not msg.from_addr)):
        return MachineVerdict("bounce", f"bounce from {msg.from_addr or msg.from_name or 'the mail system'}")
    if null_path and BOUNCE_SUBJECT.search(msg.subject):
        return MachineVerdict("bounce", "bounce subject with a null Return-Path")
    auto = h.get("auto-submitted", "").strip().lower()
    if auto and auto != "no":
        return MachineVerdict("auto_reply", f"Auto-Submitted: {auto}")
    for name in ("x-autoreply", "x-autorespond"):
        if name in h:
            return MachineVerdict("auto_reply", f"{name} header")
    if h.get("x-apple-action", "").lower() == "vacation":
        return MachineVerdict("auto_reply", "X-Apple-Action: VACATION")
    suppress = h.get("x-auto-response-suppress", "").lower()
    if ("all" in suppress or "oof" in suppress) and AUTO_SUBJECT.search(msg.subject):
        return MachineVerdict("auto_reply", f"X-Auto-Response-Suppress: {suppress}")
    precedence = (h.get("precedence") or h.get("x-precedence") or "").strip().lower()
    if precedence in ("bulk", "junk", "list", "auto_reply"):
        return MachineVerdict("auto_reply" if precedence in ("junk", "auto_reply") else "list", f"Precedence: {precedence}")
    for name in LIST_HEADERS:
        if name in h:
            return MachineVerdict("list", f"mailing list ({name} header)")
    if "x-loop" in h:
        return MachineVerdict("loop", "X-Loop header")
    if null_path:
        # Only machines send with a null envelope sender (RFC 3834 3.3: responders must).
        return MachineVerdict("auto_reply", "null Return-Path <>")
    if daemon:
        return MachineVerdict("bounce", f"mail system sender {msg.from_addr or msg.from_name}")
    if not msg.from_addr:
        return MachineVerdict("auto_reply", "no sender address")
    if NOREPLY_LOCAL.match(local):
        return MachineVerdict("auto_reply", f"no-reply style sender {msg.from_addr}")
    if AUTO_SUBJECT.search(msg.subject):
        return MachineVerdict("auto_reply", f"auto-reply subject {msg.subject[:60]!r}")
    return None
