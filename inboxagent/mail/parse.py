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
import email.parser
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

# A msg-id is printable US-ASCII (RFC 5322 3.6.4): no spaces, no control characters.
MSGID = re.compile(r"<([\x21-\x3b\x3d\x3f-\x7e]+)>")
ADDRESS = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+")
# What is left of an address after parsing must be one addr-spec: no spaces, controls or syntax,
# and nothing the email package would decode as an RFC 2047 encoded word when we write it.
ADDR_SPEC = re.compile(r'(?!.*=\?)[^\s@<>()\[\],;:"\\\x00-\x1f\x7f-\x9f]+@[^\s@<>()\[\],;:"\\\x00-\x1f\x7f-\x9f]+')
# An RFC 2047 encoded word (=?charset?encoding?text?=).
_ENCODED_WORD = re.compile(r"=\?[^?\s]+\?[^?\s]+\?[^?\s]*\?=")
# Control characters (C0 but tab, DEL, C1) have no place in a line of header text.
CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f]")
MAX_ADDRESS_HEADER = 8192  # no real To/Cc/From is longer; longer ones are truncated
# Threading needs the root and the newest ids; a hostile References of 10,000 ids is cut to these.
MAX_REFERENCES = 100
# The defect of a message whose MIME structure is nested too deeply to read (see parse_message).
UNREADABLE_NESTING = "NestingTooDeep"
# Bounds on what one message may cost. The standard library holds a message about eight times
# over while parsing it (its lines, then each part's payload as text): a 25 MB attachment took
# 274 MB. Above THIN_ABOVE bytes, long base64 runs (attachments) are cut to their first
# BASE64_KEEP_LINES lines before parsing: only their names are read. What is still above
# MAX_PARSE_BYTES after that is cut off. No reply is longer than MAX_TEXT_CHARS, and the text
# is read by the rules and the classifier (spaCy refuses more than 1,000,000 characters).
THIN_ABOVE = 1_000_000
BASE64_KEEP_LINES = 1_000
MAX_PARSE_BYTES = 8_000_000
MAX_TEXT_CHARS = 200_000
_BASE64_RUN = re.compile(rb"^(?:[A-Za-z0-9+/=]{40,}+\r?\n)++", re.MULTILINE)
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
    return " ".join(CONTROL.sub(" ", text).split())


def message_ids(value: object) -> tuple[str, ...]:
    """Every <message-id> in a header, in order, without repeats."""
    return tuple(dict.fromkeys(f"<{mid}>" for mid in MSGID.findall(str(value or ""))))


def _references(value: object) -> tuple[str, ...]:
    """The References chain, capped to its root and the newest ids (RFC 5322 3.6.4 allows trimming)."""
    chain = message_ids(value)
    if len(chain) > MAX_REFERENCES:
        chain = chain[:1] + chain[-(MAX_REFERENCES - 1):]
    return chain


def _addresses(msg: email.message.Message, name: str) -> list[tuple[str, str]]:
    return [pair for v in msg.get_all(name, []) for pair in split_addresses(str(v))]


def split_addresses(value: str) -> list[tuple[str, str]]:
    """(display name, address) of each address in a header value.

    The value is split before RFC 2047 is decoded, with every encoded word hidden from the
    splitter: an encoded word may only ever be (part of) a display name, so neither
    "=?utf-8?q?evil@attacker.example,?=" nor "=?utf-8?q?Dana=0D=0ABcc:_x@y?=" can make an
    address, a group or a line break of its own.
    """
    words: list[str] = []

    def hide(m: re.Match[str]) -> str:
        words.append(m.group(0))
        return f"\ue000{len(words) - 1}\ue001"

    def restore(text: str) -> str:
        return re.sub("\ue000(\\d+)\ue001", lambda m: words[int(m.group(1))], text)

    hidden = _ENCODED_WORD.sub(hide, " ".join(CONTROL.sub(" ", value).split())[:MAX_ADDRESS_HEADER])
    try:
        found = getaddresses([hidden])
    except (RecursionError, ValueError, IndexError):
        # The stdlib address parser recurses per word: a giant hostile header exhausts the
        # stack. Fall back to picking out what looks like addresses.
        found = [("", m) for m in ADDRESS.findall(hidden)]
    if not any("@" in addr for _, addr in found):
        found = [parseaddr(hidden)]  # what getaddresses cannot split, parseaddr may still read
    pairs = []
    for display, addr in found:
        addr = restore(addr).strip().lower()
        if ADDR_SPEC.fullmatch(addr):
            pairs.append((header_text(restore(display)), addr))
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
    readable, cut = _bounded(raw)
    try:
        msg = email.message_from_bytes(readable, policy=email.policy.compat32)
        defects = [type(d).__name__ for d in msg.defects] + cut
        return _record(raw, msg, defects, _bodies(readable, msg, defects))
    except RecursionError:
        # The standard library parses (and walks) MIME one recursion per level: a message nested
        # thousands of levels deep cannot be read. Its headers still can; the body is left unread
        # and the defect tells decide.py to leave the message for a person.
        msg = email.parser.BytesParser(policy=email.policy.compat32).parsebytes(readable, headersonly=True)
        return _record(raw, msg, [UNREADABLE_NESTING] + cut, ("", "", []))


def _bounded(raw: bytes) -> tuple[bytes, list[str]]:
    """The bytes worth parsing (see THIN_ABOVE) and the defects that say what was left out."""
    if len(raw) <= THIN_ABOVE:
        return raw, []
    pieces: list[bytes] = []
    at = 0
    for run in _BASE64_RUN.finditer(raw):
        end = run.start()
        for _ in range(BASE64_KEEP_LINES):
            end = raw.index(b"\n", end) + 1
            if end >= run.end():
                break
        pieces.append(raw[at:end])
        at = run.end()
    defects = ["LargePartsTrimmed"] if pieces else []
    if pieces:
        pieces.append(raw[at:])
        raw = b"".join(pieces)
        del pieces
    if len(raw) > MAX_PARSE_BYTES:
        raw = raw[:MAX_PARSE_BYTES]
        defects.append("MessageTruncated")
    return raw, defects


def _record(raw: bytes, msg: email.message.Message, defects: list[str],
            bodies: tuple[str, str, list[str]]) -> MailMessage:
    plain, html, attachments = bodies
    if len(plain) > MAX_TEXT_CHARS or len(html) > MAX_TEXT_CHARS:
        plain, html = plain[:MAX_TEXT_CHARS], html[:MAX_TEXT_CHARS]
        defects.append("TextTruncated")

    from_pairs = _addresses(msg, "From") or _addresses(msg, "Sender")
    from_name, from_addr = from_pairs[0] if from_pairs else (header_text(msg.get("From"))[:MAX_ADDRESS_HEADER], "")
    if not from_addr and from_name:
        # Some senders encode a non-ASCII domain as an encoded word inside the address
        # ("g.weber@=?utf-8?q?weber-m=C3=BChle?=.example"). Illegal, but the sender's own
        # address is theirs to state: read it when the decoded text is exactly one addr-spec.
        # (Recipients stay strict: split_addresses never makes an address of an encoded word.)
        name, addr = parseaddr(from_name)
        if ADDR_SPEC.fullmatch(addr.strip().lower()):
            from_name, from_addr = name.strip(), addr.strip().lower()

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
    references = _references(msg.get("References"))
    return MailMessage(
        key=mids[0] if mids else content_hash(raw),
        message_id=mids[0] if mids else None,
        in_reply_to=message_ids(msg.get("In-Reply-To"))[:MAX_REFERENCES],
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
        # str(): compat32 hands a header with raw 8-bit bytes back as a Header object.
        disposition = str(part.get("Content-Disposition") or "").split(";")[0].strip().lower()
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
    except (LookupError, UnicodeError):  # no such codec, or one that is not for text ("idna")
        text = None
    if text is None or text.count("\ufffd") > max(2, len(text) // 100):
        for candidate in ("utf-8", "cp1252"):
            try:
                return payload.decode(candidate)
            except UnicodeDecodeError:
                continue
    return text if text is not None else payload.decode("utf-8", errors="replace")
