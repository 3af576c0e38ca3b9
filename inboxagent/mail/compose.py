"""Builds reply messages: Re: subject, In-Reply-To/References/Thread-Index threading, quoted original, our Message-ID."""

from __future__ import annotations

import base64
import hashlib
import mimetypes
import re
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

from ..records import MailMessage

MAX_REFERENCES = 20
MAX_QUOTE_CHARS = 20_000
# Reply prefixes of common clients in many languages ("Re:", "AW:", "SV:", "Antw:", "RIF:", "R:", "Re[2]:").
REPLY_PREFIX = re.compile(r"^\s*(?:(?:re|aw|sv|vs|antw|antwort|ref|rif|r|odp|atb|ynt|vá|res)\s*(?:\[\d+\]|\(\d+\))?\s*[:：]\s*)+", re.IGNORECASE)


def reply_subject(subject: str) -> str:
    """Exactly one "Re:" in front of the original subject, which is otherwise unchanged."""
    rest = REPLY_PREFIX.sub("", " ".join(subject.split()))
    return f"Re: {rest}" if rest else "Re: (no subject)"


def writable_id(message_id: str | None) -> bool:
    """Whether a debtor's Message-ID can go into our headers as it is. The email package decodes
    an RFC 2047 encoded word even inside <...> ("<=?utf-8?b?DQpCY2M6...?=@x>" gave a Bcc
    header), so an id with "=?" is left out (no mail client writes one)."""
    return bool(message_id) and "=?" not in str(message_id)


def references(parent: MailMessage) -> list[str]:
    """The parent's References (else its In-Reply-To) plus its own id, capped keeping the root."""
    chain = list(parent.references) or list(parent.in_reply_to[:1])
    if parent.message_id:
        chain.append(parent.message_id)
    chain = [mid for mid in dict.fromkeys(chain) if writable_id(mid)]
    if len(chain) > MAX_REFERENCES:
        chain = chain[:1] + chain[-(MAX_REFERENCES - 1):]
    return chain


def draft_message_id(conversation: str, trigger: str, domain: str) -> str:
    """Deterministic for (conversation, triggering message): re-running never makes a second draft."""
    digest = hashlib.sha256(f"{conversation}\n{trigger}".encode("utf-8", "replace")).hexdigest()[:16]
    return f"<ia-{conversation}-{digest}@{domain}>"


def child_thread_index(parent_index: str, seed: str) -> str | None:
    """Outlook threads by Thread-Index: a reply is the parent's value plus one 5-byte block."""
    try:
        raw = base64.b64decode(parent_index.strip(), validate=True)
    except (ValueError, TypeError):
        return None
    if len(raw) < 22:
        return None
    block = hashlib.sha256(seed.encode()).digest()[:5]
    return base64.b64encode(raw + block).decode("ascii")


def quote(parent: MailMessage, tz_date: datetime | None) -> str:
    """The parent's text below an attribution line, each line prefixed "> "."""
    name = clean_header(parent.from_name)
    who = name or parent.from_addr or "you"
    if name and parent.from_addr:
        who = f"{name} <{parent.from_addr}>"
    return quote_text(parent.text, who, tz_date)


# Characters that end a line for str.splitlines() or a terminal (C0, DEL, C1, U+2028/9).
_LINE_BREAKING = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def clean_header(value: str) -> str:
    """One line, no control characters: debtor text can never add a header of its own.

    "=?" is broken up as well: the email package decodes anything shaped like an RFC 2047
    encoded word in a header value it is given, and on Python before 3.11.10 it writes a line
    break decoded that way as it is ("=?utf-8?b?DQpCY2M6IGV2aWxAeC5leGFtcGxl ?=" became a Bcc
    header). Real encoded words were decoded when the message was read; what is left is garbage.
    """
    return " ".join(_LINE_BREAKING.sub(" ", value).replace("=?", "= ?").split())


def check_headers(msg: EmailMessage) -> EmailMessage:
    """Every header as it will be written is one header: each line after its first is a
    continuation. Raises ValueError otherwise (the last guard against header injection)."""
    for name, value in msg.items():
        lines = msg.policy.fold(name, value).splitlines()
        if not lines or any(not line[:1].isspace() for line in lines[1:]) or not lines[0].lower().startswith(name.lower() + ":"):
            raise ValueError(f"refusing to write a {name} header that would span headers of its own")
    return msg


def attach_files(msg: EmailMessage, paths: Sequence[Path]) -> None:
    for path in paths:
        ctype, _ = mimetypes.guess_type(path.name)
        maintype, _, subtype = (ctype or "application/octet-stream").partition("/")
        msg.add_attachment(path.read_bytes(), maintype=maintype, subtype=subtype, filename=clean_header(path.name))


def build_message(*, subject: str, body: str, from_header: str, to: tuple[str, ...], message_id: str,
                  when: datetime, conversation: str, in_reply_to: str | None = None,
                  references: Sequence[str] = (), quoted: str = "", auto_submitted: bool = False,
                  cc: tuple[str, ...] = ()) -> EmailMessage:
    """A message the agent starts (a reminder, a follow-up): in the customer's thread when there is one."""
    msg = EmailMessage(policy=SMTP)
    msg["From"] = from_header
    msg["To"] = ", ".join(clean_header(a) for a in to)
    if cc:
        msg["Cc"] = ", ".join(clean_header(a) for a in cc)
    msg["Subject"] = clean_header(reply_subject(subject) if in_reply_to else subject)
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = message_id
    in_reply_to = in_reply_to if writable_id(in_reply_to) else None
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
    refs = [mid for mid in dict.fromkeys(list(references) + ([in_reply_to] if in_reply_to else [])) if writable_id(mid)]
    if len(refs) > MAX_REFERENCES:
        refs = refs[:1] + refs[-(MAX_REFERENCES - 1):]
    if refs:
        msg["References"] = " ".join(refs)
    msg["X-InboxAgent"] = f"draft={message_id}; conversation={conversation or '-'}"
    if auto_submitted:
        msg["Auto-Submitted"] = "auto-generated"
    text = body.rstrip() + "\n" + (f"\n{quoted}\n" if quoted else "")
    msg.set_content(text, subtype="plain", charset="utf-8")
    return check_headers(msg)


def quote_text(text: str, who: str, when: datetime | None) -> str:
    """`text` below an "On DATE, WHO wrote:" line, each line prefixed "> "."""
    head = f"On {when:%a, %d %b %Y at %H:%M}, " if when else "On an earlier date, "
    text = text.strip("\n")
    if len(text) > MAX_QUOTE_CHARS:
        text = text[:MAX_QUOTE_CHARS].rstrip() + "\n[...]"
    lines = [(">" + (" " + line if line and not line.startswith(">") else line)) for line in text.splitlines()]
    return f"{head}{clean_header(who) or 'you'} wrote:\n" + "\n".join(lines)


def build_reply(parent: MailMessage, *, body: str, from_header: str, to: tuple[str, ...],
                message_id: str, when: datetime, conversation: str,
                auto_submitted: bool = False, attachments: Sequence[Path] = ()) -> EmailMessage:
    """A reply to `parent` ready for APPEND to Drafts (or for sending)."""
    msg = EmailMessage(policy=SMTP)
    msg["From"] = from_header
    msg["To"] = ", ".join(clean_header(a) for a in to)
    msg["Subject"] = clean_header(reply_subject(parent.subject))
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = message_id
    if parent.message_id and writable_id(parent.message_id):
        msg["In-Reply-To"] = parent.message_id
    refs = references(parent)
    if refs:
        msg["References"] = " ".join(refs)
    parent_index = parent.headers.get("thread-index")
    if parent_index:
        child = child_thread_index(parent_index, message_id)
        if child:
            msg["Thread-Index"] = child
    msg["X-InboxAgent"] = f"draft={message_id}; conversation={conversation}"
    if auto_submitted:
        msg["Auto-Submitted"] = "auto-generated"
    local_date = parent.date.astimezone(when.tzinfo) if parent.date and when.tzinfo else parent.date
    text = body.rstrip() + "\n\n" + quote(parent, local_date) + "\n"
    msg.set_content(text, subtype="plain", charset="utf-8")
    attach_files(msg, attachments)
    return check_headers(msg)
