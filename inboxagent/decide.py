"""Decides what the agent does with one debtor message: draft a reply, do nothing, or leave it for a person."""

from __future__ import annotations

from dataclasses import dataclass

from .conversations import Directory, NoMatch, ThreadMatch
from .mail.machine import MachineVerdict
from .mail.parse import UNREADABLE_NESTING
from .records import Classification, Conversation, MailMessage

# Intents whose reply a person must handle, beyond reviewing the draft.
PERSON_INTENTS = ("dispute",)


@dataclass(frozen=True)
class Decision:
    action: str  # draft | none | person
    reason: str
    template: str | None = None
    to: tuple[str, ...] = ()
    flag_person: bool = False  # mark the message for a person even when a draft is written
    send: bool = False  # the agent may send this reply itself (mode = "send" and rules/policy.toml allow it)


def recipients(msg: MailMessage, customer: str, conversation: Conversation | None,
               directory: Directory) -> tuple[tuple[str, ...], str | None]:
    """Who the reply goes to, or why it cannot go anywhere without a person.

    Reply-To is honoured only when it stays with the customer (on file, its own domain,
    or already in the conversation); a reply never goes to an address a stranger chose.
    `conversation` is the conversation as it was before this message: writing into a thread
    (its Message-IDs are no secret) does not by itself make a stranger someone we answer.
    """
    known = set(conversation.participants) if conversation else set()

    def allowed(addr: str) -> bool:
        return addr in known or directory.knows_sender(customer, addr)

    if msg.reply_to:
        if all(allowed(a) for a in msg.reply_to):
            return tuple(msg.reply_to), None
        outside = ", ".join(a for a in msg.reply_to if not allowed(a))
        return (), f"Reply-To {outside} is not on file for {customer}"
    if msg.from_addr and allowed(msg.from_addr):
        return (msg.from_addr,), None
    return (), f"sender {msg.from_addr or '(none)'} is not on file for {customer}"


def decide(msg: MailMessage, verdict: MachineVerdict | None, match: ThreadMatch | NoMatch,
           classification: Classification, conversation: Conversation | None,
           directory: Directory, send_intents: frozenset[str] = frozenset(),
           extension: tuple[bool, str] | None = None, opt_out: str | None = None) -> Decision:
    """`extension` is whether a request for more time is within policy (and why not);
    `opt_out` the phrase with which the debtor asked us to stop writing, if they did."""
    if verdict is not None:
        return Decision("none", f"not answered: {verdict.reason}")
    if UNREADABLE_NESTING in msg.defects:
        return Decision("person", "cannot be read: its MIME parts are nested too deeply")
    if isinstance(match, NoMatch):
        return Decision("person", f"not threaded: {match.reason}")
    if opt_out is not None:
        return Decision("person", f"asked us to stop writing ({opt_out!r}): no reply, no more automated mail to {msg.from_addr}")
    if classification.intent == "ignore":
        return Decision("none", "nothing to answer (intent ignore)")
    to, problem = recipients(msg, match.customer, match.conversation, directory)
    if problem:
        return Decision("person", problem)
    flag = classification.intent in PERSON_INTENTS or classification.needs_review
    why = f"intent {classification.intent} ({classification.confidence:.2f})"
    if classification.needs_review:
        why += ", below the review threshold"
    template = f"reply/{classification.intent}.txt"
    if classification.intent == "extension_request":
        ok, reason = extension or (False, "no invoice to judge the request against")
        template = "reply/extension_offer.txt" if ok else "reply/extension_holding.txt"
        why += f"; extension {'within policy' if ok else 'needs a person'}: {reason}"
        # An offer of more time always waits for a person; outside policy it is flagged too.
        flag = flag or not ok
        return Decision("draft", why, template=template, to=to, flag_person=flag, send=False)
    send = classification.intent in send_intents and not flag and classification.intent not in PERSON_INTENTS
    return Decision("draft", why, template=template, to=to, flag_person=flag, send=send)
