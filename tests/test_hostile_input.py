"""Bad input: the real-mail corpus and generated hostile messages go through `run --once` on Dovecot without harm.

Every message ends with $InboxAgentProcessed; one that cannot be processed keeps its place in
the mailbox, is marked $InboxAgentNeedsPerson with the reason in the state, and is never
picked up again; machines are never answered; a 25 MB attachment costs bounded memory.
"""

from __future__ import annotations

import base64
import email
import email.policy
import os
import re
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, TypeVar

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

import mailfactory as mf
from conftest import ROOT, Account, cli, corpus_dir, write_config
from inboxagent.mail.compose import build_reply
from inboxagent.mail.machine import machine_verdict
from inboxagent.mail.mailbox import DRAFTED, NEEDS_PERSON, PROCESSED
from inboxagent.mail.parse import parse_message
from inboxagent.records import INTENTS, MailMessage
from inboxagent.store import Store

NOW = "2026-11-07T09:00:00+00:00"
NOW_DT = datetime(2026, 11, 7, 9, 0, tzinfo=timezone.utc)
ARRIVED = NOW_DT - timedelta(hours=20)  # INTERNALDATE of appended mail: inside history_days
ON_FILE = ("Dana Whitfield <ap@acme-fab.example>", "Jo Soto <office@birchwood-dental.example>",
           "Sam Okafor <hello@copperleaf.example>")
SCRIPT_MARK = "XSCRIPTX"  # only ever inside <script>/<style>: must never reach the text we read or write


# ---- hostile messages, built byte by byte (an email library would tidy them up) --------------

@dataclass
class Part:
    headers: list[tuple[str, bytes]]
    body: bytes

    def raw(self, eol: bytes) -> bytes:
        head = b"".join(n.encode() + b": " + v + eol for n, v in self.headers)
        return head + eol + self.body


class Hostile:
    """A generated raw message and the hostile features it has."""

    def __init__(self, raw: bytes, kinds: tuple[str, ...]) -> None:
        self.raw = raw
        self.kinds = kinds

    def __repr__(self) -> str:  # how hypothesis reports a failing example: not megabytes of it
        return f"Hostile(kinds={self.kinds}, size={len(self.raw)}, head={self.raw[:400]!r})"


SENTENCES = (
    "We will pay INV-20431 on Friday.", "Payment of £480.00 went out yesterday, ref 7781.",
    "This invoice is wrong, we never ordered these goods.", "Could you send a copy of invoice INV-20501?",
    "We need another 30 days, cash flow is tight.", "Thanks, noted.", "",
)
SUBJECTS = ("Re: Payment reminder: INV-20431 now overdue", "Invoice INV-20501", "quick one", "", "Re:")
CHARSETS = (
    "x-unknown-42", "utf-8", "us-ascii", "utf-16", "utf-32", "iso-2022-jp", "gb2312", "idna", "punycode",
    "rot13", "base64", "hex", "zlib", "undefined", "unicode_escape", "raw_unicode_escape", "utf-7", "utf-8-sig", "",
    '"', "utf-8\"; charset=\"latin1", "cp65001", "windows-1252", "koi8-r", "iso-8859-8-i", "ucs-2",
)
ENCODINGS = ("7bit", "8bit", "binary", "base64", "quoted-printable", "x-uuencode", "bogus", "")
GARBAGE_WORDS = (
    "=?", "?=", "=?utf-8?q?=0D=0ABcc:_evil@attacker.example?=",
    "=?utf-8?b?DQpCY2M6IGV2aWxAYXR0YWNrZXIuZXhhbXBsZQ==?=",  # "\r\nBcc: evil@attacker.example"
    "=?utf-8?q?=00=01=1B[31m?=", "=?bogus-charset?q?hello?=", "=?utf-8?x?abc?=", "=?utf-8?b?!!!?=",
    "=?utf-8?q?unterminated", "=?=?utf-8?q?nested?=?=", "=?iso-2022-jp?b?GyRCJCIbKEI?=", "=?utf-16?b?2D0=?=",
    "=?utf-8*en?q?lang?=", "=?utf-8?q?{{_7*7_}}_{%_raw_%}?=", "=?utf-8?q?<script>alert(1)</script>?=",
)
BAD_DATES = (b"", b"yesterday", b"Mon, 32 Foo 2026 27:99:99 +9999", b"Thu, 01 Jan 1970 00:00:00 -0000",
             b"Fri, 31 Dec 99999 23:59:59 +0000", b"0", b"Sat, 07 Nov 2026 10:00:00 +2500")
BAD_MESSAGE_IDS = (b"", b"<>", b"no-brackets@x.example", b"<a@b.example> <c@d.example>",
                   b"<" + b"x" * 5000 + b"@y.example>", b"<a\x01b@c.example>", b"<<<>>>")
BAD_FROMS = (b"", b"<>", b"@", b'"unterminated', b"a@b@c", b"undisclosed-recipients:;", b"=?utf-8?q?x?= <>",
             b"Dana <ap@acme-fab.example", b"ap@acme-fab.example <evil@attacker.example>")
KINDS = ("broken_boundary", "bad_charset", "rfc2047", "headers", "references", "nested", "nul",
         "long_lines", "html_script")

text_st = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=60)


def _sentence(draw: st.DrawFn) -> str:
    return draw(st.sampled_from(SENTENCES)) + " " + draw(text_st)


def _bad_charset(draw: st.DrawFn, part: Part) -> Part:
    charset = draw(st.sampled_from(CHARSETS) | st.text(max_size=12))
    cte = draw(st.sampled_from(ENCODINGS))
    text = _sentence(draw)
    body = draw(st.one_of(
        st.binary(max_size=300),
        st.sampled_from(("cp1252", "latin-1", "utf-16", "shift_jis", "koi8-r")).map(lambda c: text.encode(c, "replace")),
        st.just(text.encode("utf-8")),
    ))
    if cte == "base64" and draw(st.booleans()):
        body = base64.b64encode(body)[: draw(st.integers(0, 400))]  # valid or truncated
    elif cte == "quoted-printable":
        body += b"=ZZ=0=\xff="
    value = f"text/{draw(st.sampled_from(('plain', 'html')))}; charset={charset}".encode("utf-8", "replace")
    return Part([("Content-Type", value), ("Content-Transfer-Encoding", cte.encode())], body)


def _html_script(draw: st.DrawFn, part: Part) -> Part:
    pieces = draw(st.lists(st.sampled_from((
        f"<script>document.write('{SCRIPT_MARK}')</script>", f"<SCRIPT type=module>{SCRIPT_MARK}()</SCRIPT >",
        f"<style>p{{content:'{SCRIPT_MARK}'}}</style>", f"<svg><script>{SCRIPT_MARK}</script></svg>",
        f"<script><!-- {SCRIPT_MARK} --></script>", f"<script>if (a<b) {{ {SCRIPT_MARK} }}</script>",
        "<img src=x onerror=alert(1)>", "<a href=\"javascript:alert(1)\">the invoice</a>", "<iframe src=//evil>",
        "<body onload=alert(1)>", "<!-- unclosed comment", "<![CDATA[ x ]]>", "<p>We will pay INV-20431 on Friday</p>",
        "<div><blockquote>old", "</div></div></body>", "<meta http-equiv=refresh content=0;url=//evil>",
        "&lt;script&gt;", "<p", "<<>>", "<form action=//evil><input name=x></form>",
    )), min_size=1, max_size=12))
    html = "<html><head><title>t</title>" + "".join(pieces) + draw(text_st)
    return Part([("Content-Type", b"text/html; charset=utf-8")], html.encode("utf-8"))


def _long_lines(draw: st.DrawFn, part: Part) -> Part:
    word = draw(st.sampled_from(("=", "£1,250.00 ", "Friday ", "xxxxxxxx ", "pay ", "INV-20431 ", "> ", "a@b.example ", "é ")))
    size = draw(st.sampled_from((5_000, 120_000, 1_100_000)))
    line = (word * (size // len(word) + 1))[:size].encode("utf-8")
    return Part(part.headers, part.body + b"\n" + line + b"\n" + part.body)


def _wrap_multipart(draw: st.DrawFn, part: Part, broken: bool) -> Part:
    # Valid boundaries; a broken message may also declare impossible ones.
    declared = draw(st.sampled_from(("AAA", "=_b", "a b", "'()+_,-./:=?", "x" * 70)
                                    + (('"', "", "x" * 80) if broken else ())))
    used = declared
    closing = True
    if broken:
        flaw = draw(st.sampled_from(("other", "no_close", "no_param", "empty", "same_nested", "no_blank")))
        if flaw == "other":
            used = "BBB"
        elif flaw == "no_close":
            closing = False
        elif flaw == "same_nested":
            part = Part([("Content-Type", f'multipart/mixed; boundary="{declared}"'.encode())],
                        f"--{declared}\n".encode() + part.raw(b"\n"))
        elif flaw == "no_blank":
            part = Part([], b"Content-Type: text/plain\nstill a header line? " + part.body)
        param = "" if flaw == "no_param" else f'; boundary="{declared}"'
        if flaw == "empty":
            param = "; boundary="
    else:
        param = f'; boundary="{declared}"'
    sep = f"--{used}\n".encode()
    body = b"preamble\n" + sep + part.raw(b"\n") + b"\n" + sep + b"Content-Type: text/plain\n\nsecond part\n"
    if closing:
        body += f"--{used}--\n".encode()
    return Part([("MIME-Version", b"1.0"), ("Content-Type", f"multipart/mixed{param}".encode())], body)


def _attachment(draw: st.DrawFn, part: Part) -> Part:
    name = "".join(draw(st.lists(st.sampled_from(GARBAGE_WORDS) | text_st, min_size=1, max_size=3)))
    raw_name = name.encode("utf-8", "replace").replace(b'"', b"'")
    attachment = Part([("Content-Type", b'application/pdf; name="' + raw_name + b'"'),
                       ("Content-Disposition", b'attachment; filename="' + raw_name + b"\"; filename*=utf-8''%0D%0ABcc%3A%20x"),
                       ("Content-Transfer-Encoding", b"base64")], base64.b64encode(b"%PDF-1.4 hostile"))
    return Part([("MIME-Version", b"1.0"), ("Content-Type", b'multipart/mixed; boundary="att"')],
                b"--att\n" + part.raw(b"\n") + b"\n--att\n" + attachment.raw(b"\n") + b"\n--att--\n")


def _nested(draw: st.DrawFn, part: Part) -> Part:
    depth = draw(st.sampled_from((2, 30, 150, 400, 5000)))
    multipart = draw(st.booleans())
    inner = part.raw(b"\n")
    for level in range(depth):
        if multipart and level % 2:
            inner = (f'Content-Type: multipart/mixed; boundary="n{level}"\n\n--n{level}\n'.encode() + inner
                     + f"\n--n{level}--\n".encode())
        else:
            inner = b"From: relay@acme-fab.example\nSubject: fwd\nContent-Type: message/rfc822\n\n" + inner
    return Part([("MIME-Version", b"1.0"), ("Content-Type", b"message/rfc822")], inner)


@st.composite
def hostile_message(draw: st.DrawFn, kinds: tuple[str, ...] | None = None) -> Hostile:
    """A raw message with one or more of the hostile features in KINDS."""
    if kinds is None:
        kinds = tuple(draw(st.lists(st.sampled_from(KINDS), min_size=1, max_size=3, unique=True)))
    part = Part([("Content-Type", b"text/plain; charset=utf-8")], _sentence(draw).encode("utf-8"))
    if "bad_charset" in kinds:
        part = _bad_charset(draw, part)
    if "html_script" in kinds:
        part = _html_script(draw, part)
    if "long_lines" in kinds:
        part = _long_lines(draw, part)
    if "broken_boundary" in kinds or draw(st.integers(0, 4)) == 0:
        part = _wrap_multipart(draw, part, broken="broken_boundary" in kinds)
    if "rfc2047" in kinds:
        part = _attachment(draw, part)
    if "nested" in kinds:
        part = _nested(draw, part)

    token = draw(st.binary(min_size=8, max_size=8)).hex()
    headers: list[tuple[str, bytes]] = [
        ("From", draw(st.sampled_from(ON_FILE)).encode()),
        ("To", mf.OURS.encode()),
        ("Subject", draw(st.sampled_from(SUBJECTS)).encode()),
        ("Date", b"Fri, 06 Nov 2026 12:00:00 +0000"),
        ("Message-ID", f"<hostile-{token}@mail.acme-fab.example>".encode()),
    ]
    if "rfc2047" in kinds:
        words = " ".join(draw(st.lists(st.sampled_from(GARBAGE_WORDS), min_size=1, max_size=4)))
        headers[2] = ("Subject", b"Invoice INV-20431 " + words.encode())
        headers[0] = ("From", words.encode() + b" <" + ON_FILE[0].split("<")[1].encode())
    if "headers" in kinds:
        for name, bad in (("From", BAD_FROMS), ("Date", BAD_DATES), ("Message-ID", BAD_MESSAGE_IDS)):
            what = draw(st.sampled_from(("keep", "drop", "duplicate", "garbage")))
            index = next(i for i, (n, _) in enumerate(headers) if n == name)
            if what == "drop":
                del headers[index]
            elif what == "duplicate":
                headers.insert(index + 1, (name, draw(st.sampled_from(bad))))
            elif what == "garbage":
                headers[index] = (name, draw(st.sampled_from(bad)))
    if "references" in kinds:
        many = b"\n ".join(f"<ref-{token}-{i}@mail.example>".encode() for i in range(10_000))
        headers.append(("References", many))
        headers.append(("In-Reply-To", b"<ref-" + token.encode() + b"-9999@mail.example>"))
    if "long_lines" in kinds and draw(st.booleans()):
        headers.append(("X-Long", b"y" * draw(st.sampled_from((2_000, 200_000)))))
    eol = draw(st.sampled_from((b"\r\n", b"\n")))
    raw = b"".join(n.encode() + b": " + v + b"\n" for n, v in headers + part.headers) + b"\n" + part.body
    if eol == b"\r\n":
        raw = re.sub(rb"\r?\n", b"\r\n", raw)
    if "nul" in kinds:
        positions = draw(st.lists(st.integers(0, len(raw)), min_size=1, max_size=8))
        for pos in sorted(positions, reverse=True):
            raw = raw[:pos] + b"\x00" + raw[pos:]
    return Hostile(raw, kinds)


# ---- helpers -----------------------------------------------------------------------------------

def setup_workdir(directory: Path, account: Account) -> Path:
    config = write_config(directory, account)
    (directory / "invoices.csv").write_text(mf.INVOICES_CSV)
    cli("invoices", "import", str(directory / "invoices.csv"), "--config", str(config))
    return config


def run_process(config: Path, now: str = NOW, measure: bool = False) -> tuple[str, int]:
    """`inboxagent run --once` as its own process, as the daemon runs: (its output, its peak RSS in KiB
    when `measure`). A small wrapper process runs it so RUSAGE_CHILDREN is this run's alone."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    command = [sys.executable, "-m", "inboxagent", "run", "--once", "--config", str(config), "--now", now]
    wrapper = ("import resource, subprocess, sys; code = subprocess.call(sys.argv[1:]); "
               "print('maxrss', resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr); "
               "sys.exit(code)")
    if measure:
        command = [sys.executable, "-c", wrapper, *command]
    done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=config.parent, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr[-5000:]
    found = re.search(r"^maxrss (\d+)$", done.stderr, re.MULTILINE)
    return done.stdout + done.stderr, int(found.group(1)) if found else 0


def append_all(account: Account, messages: list[bytes]) -> list[int]:
    """APPEND each message to INBOX as a delivery would; their UIDs in order."""
    uids = []
    with account._client() as c:
        c.select_folder("INBOX")  # APPEND to the selected folder is faster on a maildir
        for raw in messages:
            response = c.append("INBOX", raw, msg_time=ARRIVED)
            found = re.search(rb"APPENDUID \d+ (\d+)", response)
            assert found is not None, response
            uids.append(int(found.group(1)))
    return uids


def inbox(account: Account) -> dict[int, tuple[set[str], bytes]]:
    """UID -> (flags, the message as the server holds it)."""
    return {uid: ({f.decode() for f in item[b"FLAGS"]}, item[b"BODY[]"]) for uid, item in account.messages("INBOX").items()}


def drafts(account: Account) -> list[email.message.EmailMessage]:
    return [email.message_from_bytes(i[b"BODY[]"], policy=email.policy.default)  # type: ignore[misc]
            for i in account.messages("Drafts").values()]


# Every header the agent writes on a reply; anything else in a draft was put there by a debtor.
REPLY_HEADERS = {"from", "to", "subject", "date", "message-id", "in-reply-to", "references", "thread-index",
                 "x-inboxagent", "auto-submitted", "mime-version", "content-type", "content-transfer-encoding"}


def assert_only_our_headers(msg: email.message.Message, to: set[str]) -> None:
    names = [n.lower() for n in msg.keys()]
    assert set(names) <= REPLY_HEADERS, f"headers we did not write: {set(names) - REPLY_HEADERS}"
    assert len(names) == len(set(names)), f"a header written twice: {names}"
    recipients = {a.strip().lower() for a in str(msg["To"]).split(",")}
    assert recipients <= to, f"a draft to {recipients - to}"
    assert "\n" not in str(msg["Subject"]) and "\r" not in str(msg["Subject"])


# ---- 1. the real-mail corpus through run --once --------------------------------------------------

MACHINE_FROM = re.compile(r"mailer-daemon|postmaster|no-?reply|do-?not-?reply", re.IGNORECASE)


def never_to_answer(path: Path, root: Path) -> list[str]:
    """Why a corpus message must never be answered, read from its folder and raw headers alone
    (independent of inboxagent's own machine-mail rules)."""
    msg = email.message_from_bytes(path.read_bytes())
    why = []
    if path.relative_to(root).parts[0] in ("bounces", "autoreplies") and "NOT-A-BOUNCE" not in path.name:
        why.append(f"in {path.relative_to(root).parts[0]}/")
    auto = str(msg.get("Auto-Submitted") or "").strip().lower()
    if auto and auto != "no":
        why.append(f"Auto-Submitted: {auto}")
    why += [f"{k} header" for k in msg.keys() if k.lower().startswith("list-")]
    if str(msg.get("Precedence") or "").strip().lower() in ("bulk", "list", "junk"):
        why.append("Precedence")
    if str(msg.get("Return-Path") or "").strip() == "<>":
        why.append("null Return-Path")
    if msg.get_content_type() == "multipart/report":
        why.append("multipart/report")
    if msg.get("X-Autoreply") or msg.get("X-Autorespond"):
        why.append("X-Autoreply")
    if MACHINE_FROM.search(str(msg.get("From") or "")):
        why.append("machine sender")
    return why


def test_every_corpus_message_goes_through_run_once(account: Account, tmp_path: Path) -> None:
    root = corpus_dir()
    files = sorted(root.rglob("*.eml"))
    assert len(files) > 300
    # Every sender in the corpus is a customer with an open invoice, so people's messages get as
    # far as a draft and machines' messages are kept from one by their nature alone.
    senders = list(dict.fromkeys(
        m.from_addr for m in (parse_message(p.read_bytes()) for p in files)
        if re.fullmatch(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", m.from_addr)))
    rows = [f"INV-{70000 + i},Corpus Customer {i},{a},100.00,GBP,2026-10-01,2026-10-31" for i, a in enumerate(senders)]
    config = write_config(tmp_path, account)
    (tmp_path / "corpus.csv").write_text("number,customer,email,amount,currency,issued,due\n" + "\n".join(rows) + "\n")
    cli("invoices", "import", str(tmp_path / "corpus.csv"), "--config", str(config))
    by_uid = dict(zip(append_all(account, [p.read_bytes() for p in files]), files))

    output = cli("run", "--once", "--config", str(config), "--now", NOW)
    assert f"fetched={len(files)}" in output

    held = inbox(account)
    assert set(held) == set(by_uid), "every message stays in the mailbox"
    unprocessed = [by_uid[u].name for u, (flags, _) in held.items() if PROCESSED not in flags]
    assert not unprocessed, unprocessed
    drafted = {u for u, (flags, _) in held.items() if DRAFTED in flags}
    wrongly = {by_uid[u].name: never_to_answer(by_uid[u], root) for u in drafted if never_to_answer(by_uid[u], root)}
    assert not wrongly, f"answered machine mail: {wrongly}"
    machines = [p for p in files if never_to_answer(p, root)]
    assert len(machines) > 120, "the oracle must see the corpus' bounces, auto-replies and list mail"
    assert len(drafted) >= 20, "people's messages from senders on file were answered (the run did real work)"
    written = drafts(account)
    # Copies of one message (the corpus has a few) share its one draft.
    assert len(written) == len({parse_message(held[u][1]).key for u in drafted}), "one draft per drafted message"
    for draft in written:
        assert_only_our_headers(draft, set(senders))

    logs = {m.key: m for m in Store(tmp_path / "state.json").messages()}
    draft_ids = sorted(str(d["Message-ID"]) for d in written)
    again = cli("run", "--once", "--config", str(config), "--now", "2026-11-07T10:00:00+00:00")
    assert "fetched=0" in again and "drafted=0" in again and "needs_person=0" in again
    assert inbox(account) == held, "the second run touched no message"
    assert sorted(str(d["Message-ID"]) for d in drafts(account)) == draft_ids
    assert {m.key: m for m in Store(tmp_path / "state.json").messages()} == logs, "nothing new was recorded"


# ---- 2. generated hostile messages ------------------------------------------------------------

CI = settings(derandomize=True, database=None, deadline=None, print_blob=False,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
READ_BUDGET_S = 5.0  # parsing, classifying and answering one message; the slowest example takes ~0.8 s


@pytest.fixture(scope="module")
def classifier() -> Any:
    from inboxagent.wiring import build_classifier

    return build_classifier(None)


def assert_clean_record(msg: MailMessage, hostile: Hostile) -> None:
    assert msg.key
    for name in ("subject", "from_name", "from_addr", "text", "new_text"):
        assert "\x00" not in getattr(msg, name), f"NUL in {name}"
    for name in ("subject", "from_name"):
        assert not re.search(r"[\r\n]", getattr(msg, name)), f"a line break in {name}: {getattr(msg, name)!r}"
    for addr in (msg.from_addr, *msg.to, *msg.cc, *msg.reply_to):
        assert not re.search(r"[\s\x00-\x1f\x7f]", addr), f"whitespace or a control character in {addr!r}"
    assert len(msg.references) <= 100 and len(msg.in_reply_to) <= 100
    if not {"nul", "broken_boundary"} & set(hostile.kinds):
        # (A NUL or a broken boundary can turn the HTML part's headers into text: then the
        # whole part is plain text by RFC 2045, and quoting its source in plain text is inert.)
        assert SCRIPT_MARK not in msg.text + msg.new_text, "script or style content read as text"


@settings(CI, max_examples=150)
@given(hostile_message())
def test_hostile_messages_are_read_classified_and_answered_safely(classifier: Any, hostile: Hostile) -> None:
    started = time.monotonic()
    msg = parse_message(hostile.raw)
    assert_clean_record(msg, hostile)
    machine_verdict(msg, frozenset({mf.OURS}), "northwind-supplies.example")
    c = classifier.classify(msg, NOW_DT)
    assert c.intent in INTENTS and 0.0 <= c.confidence <= 1.0
    reply = build_reply(msg, body="Dear Dana,\n\nThank you.\n", from_header=f"Northwind Accounts <{mf.OURS}>",
                        to=("ap@acme-fab.example",), message_id="<ia-c1-0123456789abcdef@northwind-supplies.example>",
                        when=NOW_DT, conversation="c1")
    written = reply.as_bytes()
    back = email.message_from_bytes(written, policy=email.policy.default)
    assert_only_our_headers(back, {"ap@acme-fab.example"})
    if not {"nul", "broken_boundary"} & set(hostile.kinds):
        assert SCRIPT_MARK.encode() not in written
    assert time.monotonic() - started < READ_BUDGET_S, f"{hostile!r} took {time.monotonic() - started:.1f}s"


def test_a_message_nested_thousands_deep_is_read_and_left_for_a_person() -> None:
    inner = b"Content-Type: text/plain\n\nWe will pay on Friday.\n"
    for _ in range(5000):
        inner = b"From: relay@acme-fab.example\nContent-Type: message/rfc822\n\n" + inner
    raw = b"From: Dana Whitfield <ap@acme-fab.example>\nMessage-ID: <deep@acme-fab.example>\n" \
          b"Subject: nested\nMIME-Version: 1.0\nContent-Type: message/rfc822\n\n" + inner
    msg = parse_message(raw)  # the standard library alone raises RecursionError on this
    assert (msg.key, msg.from_addr, msg.subject) == ("<deep@acme-fab.example>", "ap@acme-fab.example", "nested")
    assert "NestingTooDeep" in msg.defects


def test_ten_thousand_references_keep_the_root_and_the_newest() -> None:
    refs = " ".join(f"<r{i}@mail.example>" for i in range(10_000))
    started = time.monotonic()
    msg = parse_message(f"From: a@acme-fab.example\nReferences: {refs}\n\nhello\n".encode())
    assert time.monotonic() - started < 2.0  # a hang guard: quadratic threading of ids took minutes
    assert msg.references[0] == "<r0@mail.example>" and msg.references[-1] == "<r9999@mail.example>"
    assert len(msg.references) == 100


T = TypeVar("T")


class TookTooLong(Exception):
    pass


def within(seconds: float, fn: Callable[[], T]) -> T:
    """Run fn, failing with TookTooLong once `seconds` have passed (checked between Python calls)."""
    import signal

    def expire(signum: int, frame: object) -> None:
        raise TookTooLong(f"still running after {seconds}s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        return fn()
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


# Found by the hostile messages above: each held the agent for minutes on a message of a few
# kilobytes, because reading it was quadratic (spaCy's tokenizer on a run of punctuation,
# extract.py's scoring of every candidate against its clause and its search for the word before a
# full stop). nlp/bounds.py now bounds what is read. These guard against a hang, not a speed:
# the inputs are large enough that the quadratic reading took minutes, the limit is generous.
def test_a_long_run_of_punctuation_is_classified_without_hanging(classifier: Any) -> None:
    msg = parse_message(b"From: ap@acme-fab.example\n\nWe will pay on Friday.\n" + b"=-" * 60_000 + b"\n")
    within(10.0, lambda: classifier.classify(msg, NOW_DT))


@pytest.mark.parametrize("word", ["\u00a31,250.00 ", "Friday "])
def test_many_amounts_or_dates_on_one_line_are_read_without_hanging(classifier: Any, word: str) -> None:
    msg = parse_message(("From: ap@acme-fab.example\n\nWe will pay INV-20431 on Friday.\n" + word * 2_000 + "\n").encode())
    within(10.0, lambda: classifier.classify(msg, NOW_DT))


def test_a_long_word_before_a_full_stop_is_read_without_hanging(classifier: Any) -> None:
    msg = parse_message(b"From: ap@acme-fab.example\n\n" + b"x" * 120_000 + b"\nWe will pay INV-20431 on Friday.\n")
    within(10.0, lambda: classifier.classify(msg, NOW_DT))


# ---- 2b. hostile messages through the real run --once on Dovecot --------------------------------

def extremes() -> list[Hostile]:
    """The far ends of the kinds, always in the batch (random draws may not reach them)."""
    deep = b"Content-Type: text/plain\n\nWe will pay on Friday.\n"
    for _ in range(5000):
        deep = b"From: relay@acme-fab.example\nContent-Type: message/rfc822\n\n" + deep
    head = "From: Dana Whitfield <ap@acme-fab.example>\nTo: {ours}\nDate: Fri, 06 Nov 2026 12:00:00 +0000\n"
    head = head.format(ours=mf.OURS)
    refs = "\n ".join(f"<far-{i}@mail.example>" for i in range(10_000))
    return [
        Hostile((head + "Message-ID: <far-deep@acme-fab.example>\nSubject: deep\nMIME-Version: 1.0\n"
                 "Content-Type: message/rfc822\n\n").encode() + deep, ("nested",)),
        Hostile((head + f"Message-ID: <far-refs@acme-fab.example>\nSubject: Re: INV-20431\nReferences: {refs}\n\n"
                 "We will pay INV-20431 on Friday.\n").encode(), ("references",)),
        Hostile((head + "Message-ID: <far-long@acme-fab.example>\nSubject: long\n\nWe will pay INV-20431 on Friday.\n"
                 + "pay " * 300_000 + "\n").encode(), ("long_lines",)),
        Hostile((head + "Message-ID: <far-bcc@acme-fab.example>\nSubject: Invoice INV-20431 =?utf-8?q?=E3=B7=98x?= "
                 "=?utf-8?b?DQpCY2M6IGV2aWxAYXR0YWNrZXIuZXhhbXBsZQ== ?=\n\nCould you send a copy of invoice INV-20431?\n"
                 ).encode(), ("rfc2047",)),
        Hostile((head + "Message-ID: <far-nul@acme-fab.example>\nSubject: nul\x00\n\nWe will\x00 pay INV-20431 on Friday.\n"
                 ).encode(), ("nul",)),
    ]


def not_minimal(batch: tuple[Hostile, ...]) -> bool:
    return len({h.raw for h in batch}) > len(batch) // 2


PER_KIND = 4


@settings(CI, max_examples=1, phases=(Phase.generate,),
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture,
                                 HealthCheck.filter_too_much])
@given(st.tuples(*[hostile_message((kind,)) for kind in KINDS for _ in range(PER_KIND)],
                 *[hostile_message() for _ in range(10)]).filter(not_minimal))
def test_hostile_messages_through_run_once_on_dovecot(dovecot: Any, tmp_path_factory: pytest.TempPathFactory,
                                                      batch: tuple[Hostile, ...]) -> None:
    # (The filter skips hypothesis' first, simplest example, where every message is the same.)
    account = Account(dovecot, *dovecot.add_user())  # a fresh mailbox each time hypothesis runs the body
    work = tmp_path_factory.mktemp("hostile")
    config = setup_workdir(work, account)
    messages = list(batch) + extremes()
    by_uid = dict(zip(append_all(account, [h.raw for h in messages]), messages))

    output, _ = run_process(config)  # a process of its own, as the daemon runs
    assert f"fetched={len(messages)}" in output, output[-3000:]

    held = inbox(account)
    assert set(held) == set(by_uid), "every message stays in the mailbox"
    store = Store(work / "state.json")
    keys = {uid: parse_message(raw).key for uid, (_, raw) in held.items()}
    for uid, (flags, _) in held.items():
        assert PROCESSED in flags, by_uid[uid]
        log = store.message(keys[uid])
        assert log is not None, f"no record of {by_uid[uid]!r}"
        if NEEDS_PERSON in flags:
            flagged = log.outcome == "needs_person" or log.needs_review or getattr(log, "flagged", False)
            assert log.reason and flagged, (by_uid[uid], log)
        else:
            assert log.outcome != "needs_person", (by_uid[uid], log)
    deep = next(u for u, h in by_uid.items() if h.raw.startswith(b"From: Dana") and b"far-deep" in h.raw[:300])
    assert NEEDS_PERSON in held[deep][0] and "nested" in store.message(keys[deep]).reason  # type: ignore[union-attr]

    written = drafts(account)
    drafted = {u for u, (flags, _) in held.items() if DRAFTED in flags}
    assert len(written) == len({keys[u] for u in drafted}) > 0, "one draft per message answered"
    source = {keys[u]: by_uid[u] for u in held}
    for draft in written:
        assert_only_our_headers(draft, {"ap@acme-fab.example", "office@birchwood-dental.example", "hello@copperleaf.example"})
        parent = source.get(str(draft["In-Reply-To"]))
        if parent is None or not {"nul", "broken_boundary"} & set(parent.kinds):
            assert SCRIPT_MARK not in draft.as_string()

    logs = {m.key: m for m in store.messages()}
    again, _ = run_process(config, "2026-11-07T10:00:00+00:00")
    assert "fetched=0" in again and "needs_person=0" in again, "nothing is picked up a second time"
    assert inbox(account) == held
    assert len(drafts(account)) == len(written)
    assert {m.key: m for m in Store(work / "state.json").messages()} == logs


def test_a_message_that_fails_is_kept_marked_with_the_reason_and_not_retried(
        account: Account, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = setup_workdir(tmp_path, account)
    from inboxagent.nlp.classify import IntentClassifier

    real = IntentClassifier.classify

    def classify(self: IntentClassifier, msg: MailMessage, now: datetime | None = None) -> Any:
        if "EXPLODE" in msg.subject:  # fault injection: processing this one message raises
            raise RuntimeError("the classifier broke on this message")
        return real(self, msg, now)

    monkeypatch.setattr(IntentClassifier, "classify", classify)
    bad = mf.reply_by_sender()
    bad.replace_header("Subject", "EXPLODE quick one")
    bad.replace_header("Message-ID", "<explode-1@copperleaf.example>")
    good = mf.reply_by_invoice_number()
    append_all(account, [bad.as_bytes(), good.as_bytes()])

    first = cli("run", "--once", "--config", str(config), "--now", NOW)
    assert "fetched=2" in first and "drafted=1" in first and "needs_person=1" in first, "the pass went on"
    flags = {parse_message(raw).key: f for f, raw in inbox(account).values()}
    assert {PROCESSED, NEEDS_PERSON} <= flags["<explode-1@copperleaf.example>"]
    assert DRAFTED not in flags["<explode-1@copperleaf.example>"]
    log = Store(tmp_path / "state.json").message("<explode-1@copperleaf.example>")
    assert log is not None and log.outcome == "needs_person"
    assert log.reason == "internal error: RuntimeError: the classifier broke on this message"

    for hour in (10, 11):
        again = cli("run", "--once", "--config", str(config), "--now", f"2026-11-07T{hour}:00:00+00:00")
        assert "fetched=0" in again and "needs_person=0" in again, "never retried in a loop"
    assert Store(tmp_path / "state.json").message("<explode-1@copperleaf.example>") == log
    assert len(account.messages("INBOX")) == 2, "the message is kept in the mailbox"


# ---- 3. a 25 MB attachment: memory stays bounded ---------------------------------------------------

def with_attachment(size: int, message_id: str) -> bytes:
    msg = mf.message(sender="Dana Whitfield <ap@acme-fab.example>", to=mf.OURS, subject="Remittance for INV-20431",
                     body="We paid INV-20431 yesterday, the remittance advice is attached.\n", date=mf.when(6),
                     message_id=message_id)
    msg.add_attachment(os.urandom(size), maintype="application", subtype="pdf", filename="remittance.pdf")
    return msg.as_bytes()


# Measured (Python 3.11, Debian 12): a pass over one small message peaks at 127 MB RSS; over the
# 25 MB attachment (35 MB as base64) at 219 MB, 92 MB more: what imapclient needs to FETCH it
# (its response parser peaks at 3.3x the literal) plus the message itself once. Before
# parse.py trimmed large base64 parts, the standard library's parse alone took 274 MB and the
# pass peaked at 414 MB (+287 MB). The bound leaves 1.6x headroom over the measurement.
EXTRA_RSS_BOUND_MB = 150


def test_a_25_mb_attachment_is_processed_in_bounded_memory(dovecot: Any, tmp_path: Path) -> None:
    peaks = {}
    for name, size in (("small", 1_000), ("large", 25 * 1024 * 1024)):
        account = Account(dovecot, *dovecot.add_user())
        config = setup_workdir(tmp_path / name, account)
        append_all(account, [with_attachment(size, f"<remit-{name}@acme-fab.example>")])
        output, peaks[name] = run_process(config, measure=True)
        assert "fetched=1" in output and "drafted=1" in output, output[-2000:]
        flags, _ = next(iter(inbox(account).values()))
        assert {PROCESSED, DRAFTED} <= flags
        log = Store(tmp_path / name / "state.json").message(f"<remit-{name}@acme-fab.example>")
        assert log is not None and log.intent == "already_paid", "the text beside the attachment was read"
    extra_mb = (peaks["large"] - peaks["small"]) / 1024
    assert extra_mb < EXTRA_RSS_BOUND_MB, f"the 25 MB message cost {extra_mb:.0f} MB more than a small one"

