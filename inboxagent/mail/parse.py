"""Turns raw RFC 5322 bytes into a MailMessage record; never raises on malformed mail.

mail-parser does the MIME walk (bodies, attachments, charsets). Headers are read with the
standard library instead, because mail-parser converts Date to UTC and the agent needs
the sender's own calendar day to resolve "Friday" or "the 15th"; and because a header we
cannot decode must degrade to its raw text rather than fail the message.
"""

from __future__ import annotations

import email
import email.errors
import email.message
import email.policy
import hashlib
import logging
import re
from datetime import datetime, timezone
from email.header import decode_header, make_header
from email.utils import getaddresses, parseaddr, parsedate_to_datetime

import mailparser

from ..records import MailMessage
from .htmltext import html_to_text
from .quotes import split_reply

# mail-parser logs every MIME type it does not render as a warning; not our user's concern.
logging.getLogger("mailparser").setLevel(logging.ERROR)
log = logging.getLogger(__name__)

MSGID = re.compile(r"<([^<>\s]+)>")
ADDRESS = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+")
MAX_ADDRESS_HEADER = 8192  # no real To/Cc/From is longer; longer ones are truncated
# The headers the agent decides on (machine mail, lists, loops, threading hints).
KEPT_HEADERS = (
    "auto-submitted", "precedence", "x-precedence", "x-autoreply", "x-autorespond",
    "x-auto-response-suppress", "list-id", "list-unsubscribe", "list-post", "list-subscribe",
    "list-help", "list-owner", "x-mlserver", "return-path",
    "x-loop", "x-failed-recipients", "x-apple-action", "thread-index", "x-inboxagent",
    "x-ms-exchange-inbox-rules-loop", "feedback-type",
)


def header_text(value: object) -> str:
    """A header value as one line of text: RFC 2047 decoded, lying charsets tolerated."""
    if value is None:
        return ""
    raw = str(value)
    try:
        text = str(make_header(decode_header(raw)))
    except (LookupError, UnicodeError, ValueError, email.errors.HeaderParseError):
        text = raw
    return " ".join(text.replace("\x00", "").split())


def message_ids(value: object) -> tuple[str, ...]:
    """Every <message-id> in a header, in order, without repeats."""
    found: list[str] = []
    for mid in MSGID.findall(str(value or "")):
        token = f"<{mid}>"
        if token not in found:
            found.append(token)
    return tuple(found)


def _addresses(msg: email.message.Message, name: str) -> list[tuple[str, str]]:
    values = [header_text(v)[:MAX_ADDRESS_HEADER] for v in msg.get_all(name, [])]
    try:
        found = getaddresses(values)
    except (RecursionError, ValueError, IndexError):
        # The stdlib address parser recurses per word: a giant hostile header exhausts the
        # stack. Fall back to picking out what looks like addresses.
        found = [("", m) for v in values for m in ADDRESS.findall(v)]
    pairs = []
    for display, addr in found:
        addr = addr.strip().lower()
        if "@" in addr:
            pairs.append((display.strip(), addr))
    return pairs


def _date(msg: email.message.Message) -> datetime | None:
    value = msg.get("Date")
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(str(value))
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if parsed.tzinfo is None:  # "-0000" or no zone: RFC 5322 says the zone is unknown
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed


def content_hash(raw: bytes) -> str:
    return "sha256:" + hashlib.sha256(raw).hexdigest()


def parse_message(raw: bytes) -> MailMessage:
    """Parse one message. Broken MIME yields what could be read plus its defects, not an error."""
    raw = raw.lstrip(b"\xef\xbb\xbf")  # a UTF-8 BOM before the headers is a common export bug
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    defects = [type(d).__name__ for d in msg.defects]
    plain, html, attachments = _bodies(raw, msg, defects)

    from_pairs = _addresses(msg, "From") or _addresses(msg, "Sender")
    from_name, from_addr = from_pairs[0] if from_pairs else ("", "")
    if not from_addr:
        # A From that getaddresses cannot split may still hold an address parseaddr can read.
        from_name, from_addr = parseaddr(header_text(msg.get("From")))
        from_addr = from_addr.lower() if "@" in from_addr else ""

    mids = message_ids(msg.get("Message-ID"))
    text = plain if plain.strip() else (html_to_text(html) if html else "")
    parts = split_reply(plain if plain.strip() else None, html or None)
    report_type: str | None = None
    if msg.get_content_type() == "multipart/report":
        param = msg.get_param("report-type")
        report_type = str(param).lower() if isinstance(param, str) and param else None
    headers = {}
    for name in KEPT_HEADERS:
        value = msg.get(name)
        if value is not None:
            headers[name] = header_text(value)
    references = message_ids(msg.get("References"))
    return MailMessage(
        key=mids[0] if mids else content_hash(raw),
        message_id=mids[0] if mids else None,
        in_reply_to=message_ids(msg.get("In-Reply-To")),
        references=references,
        from_addr=from_addr,
        from_name=from_name,
        to=tuple(a for _, a in _addresses(msg, "To")),
        cc=tuple(a for _, a in _addresses(msg, "Cc")),
        reply_to=tuple(a for _, a in _addresses(msg, "Reply-To")),
        subject=header_text(msg.get("Subject")),
        date=_date(msg),
        text=text.replace("\x00", ""),
        new_text=parts.new,
        quoted_text=parts.quoted,
        attachments=tuple(attachments),
        headers=headers,
        content_type=msg.get_content_type(),
        report_type=report_type,
        size=len(raw),
        defects=tuple(dict.fromkeys(defects)),
    )


def _bodies(raw: bytes, msg: email.message.Message, defects: list[str]) -> tuple[str, str, list[str]]:
    """The plain text, the HTML and the attachment names.

    A multipart message goes through mail-parser. A single-part one is read with the standard
    library: there is no structure to walk, and on the 2,685 single-part messages of the
    labelled sets and the real-mail corpus it decoded the four ISO-2022-JP and one GB2312
    text that mail-parser left garbled, matched it on all others but five (undecodable spam
    and test messages, garbled either way), and spared its header and address parsing
    (a third of the parse time).
    """
    if not msg.is_multipart():
        return _walk(msg)
    try:
        parsed = mailparser.MailParser(msg)  # the message is parsed once, by the caller
        plain = "\n".join(parsed.text_plain)
        html = "\n".join(parsed.text_html)
        filenames = [a.get("filename") or "(unnamed)" for a in parsed.attachments]
        return plain, html, [header_text(n) for n in filenames]
    except Exception as exc:  # noqa: BLE001 - mail-parser has crashed on real bounces
        log.debug("mail-parser failed (%s); falling back to the standard library", type(exc).__name__)
        defects.append(f"ParserFallback:{type(exc).__name__}")
    return _walk(msg)


def _walk(msg: email.message.Message) -> tuple[str, str, list[str]]:
    """Bodies and attachment names with the standard library alone."""
    plain_parts: list[str] = []
    html_parts: list[str] = []
    names: list[str] = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        filename = part.get_filename()
        disposition = (part.get("Content-Disposition") or "").split(";")[0].strip().lower()
        if filename or disposition == "attachment":
            names.append(header_text(filename) or "(unnamed)")
            continue
        ctype = part.get_content_type()
        if ctype not in ("text/plain", "text/html"):
            continue
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes):
            continue
        (plain_parts if ctype == "text/plain" else html_parts).append(decode_text(payload, part.get_content_charset()))
    return "\n".join(plain_parts), "\n".join(html_parts), names


def decode_text(payload: bytes, charset: str | None) -> str:
    """Bytes as text under the declared charset; when that charset does not exist or plainly
    lies (more than 1% undecodable), as UTF-8, then Windows-1252, the usual undeclared ones."""
    try:
        text: str | None = payload.decode(charset or "utf-8", errors="replace")
    except LookupError:
        text = None
    if text is None or text.count("\ufffd") > max(2, len(text) // 100):
        for candidate in ("utf-8", "cp1252"):
            try:
                return payload.decode(candidate)
            except UnicodeDecodeError:
                continue
    return text if text is not None else payload.decode("utf-8", errors="replace")
