"""Packaging kit for the hand-written labelled debtor replies in data/sources/<slice>.py.

A slice file holds only literal, hand-written messages registered with ``M(...)`` and ends
with ``sys.exit(main("<slice>"))``. This module turns each into an RFC 5322 file: headers,
quoting of the reminder we sent (the reminder text is hand-written per message too), MIME
structure, encodings and attachments. Seeded randomness is used only for Message-IDs, time
of day and time zone. Promised and return dates are computed from rules relative to each
message's own Date header, never typed by hand.

Fields of M(...):
  d    message date (YYYY-MM-DD, the sender's local day); t optional "HH:MM"; tz "+0100"
  fr   From header; to optional To; s Subject (default "Re: Payment reminder"; None = none)
  b    the body the debtor wrote (new text, with their signature if any)
  q    (style, days_before, reminder_text[, reminder_subject]) quotes our reminder below;
       style: gm gmus ios de fr nl (attribution + ">" lines), and ol om (Outlook header
       block, unquoted). [[-30|%-d %B]] in reminder_text = message date minus 30 days.
  fmt  plain | alt (text + HTML) | html (HTML only); html: hand-written HTML body
  cs   charset; cte: qp | b64; att: ["remittance.pdf", ...]; hdr: {"X-Header": "v"}
  auto 1 = Auto-Submitted/X-Autoreply headers (an auto-reply)
  cr   creditor key (nw, nwc, hl, al, bp, ks, mo, gf); noref: no In-Reply-To
  i    intent letter: P promise_to_pay, X extension_request, D dispute, A already_paid,
       Q question, I ignore
  pd   promised/proposed date rule (P and X only):
       ("today",) ("tmrw",) ("wd","fri") first such weekday strictly after the date,
       ("eow",) Friday this week (Mon-Thu messages), ("nw",) Friday of next week,
       ("eom",) end of month, ("eonm",) end of next month, ("dom",15) next 15th,
       ("md",12,5) 5 December (this year, else next), ("plus",14), ("iso","2026-12-05")
  rd   return date rule of an out-of-office (same forms)
  a    "1250.00 EUR" (amount to pay / paid / disputed) or "624.00" (no currency stated)
  refs invoice refs override (default: found in subject + body by REF_PATTERNS)
  n    a note: why the label is what it is
"""

from __future__ import annotations

import calendar
import html
import json
import random
import re
import sys
from datetime import date, datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import default as default_policy
from email.utils import format_datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# --------------------------------------------------------------------------
# creditors (us)
CREDITORS = {
    "nw": ("Northwind Supplies Ltd", "accounts@northwind-supplies.example"),
    "nwc": ("Credit Control - Northwind Supplies", "accounts@northwind-supplies.example"),
    "hl": ("Harbour Lane Print Co", "credit@harbourlaneprint.example"),
    "al": ("Alpenrose Logistik GmbH", "buchhaltung@alpenrose-logistik.example"),
    "bp": ("Bright Pixel Studio", "hello@brightpixel.example"),
    "ks": ("Kestrel Facilities Services", "ar@kestrel-fs.example"),
    "mo": ("Meridian Office Solutions Inc.", "billing@meridian-office.example"),
    "gf": ("Greenfold Packaging", "accounts@greenfold-pack.example"),
}

INTENT = {
    "P": "promise_to_pay",
    "X": "extension_request",
    "D": "dispute",
    "A": "already_paid",
    "Q": "question",
    "I": "ignore",
}

MESSAGES: list[dict] = []


def M(**kw) -> None:
    """Register one hand-written message."""
    MESSAGES.append(kw)


# --------------------------------------------------------------------------
# date helpers (all label dates are computed, never typed by hand)
WD = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}


def _eom(d: date) -> date:
    return date(d.year, d.month, calendar.monthrange(d.year, d.month)[1])


def resolve(rule, d: date) -> str | None:
    """Resolve a relative date rule against the message's local date."""
    if rule is None:
        return None
    kind, *args = rule if isinstance(rule, tuple) else (rule,)
    if kind == "today":
        r = d
    elif kind == "tmrw":
        r = d + timedelta(days=1)
    elif kind == "wd":  # first such weekday strictly after the message date
        delta = (WD[args[0]] - d.weekday()) % 7 or 7
        r = d + timedelta(days=delta)
    elif kind == "eow":  # Friday of this week (message Mon-Thu only)
        assert d.weekday() <= 3, (d, "eow needs Mon-Thu")
        r = d + timedelta(days=4 - d.weekday())
    elif kind == "nw":  # Friday of the following week
        r = d + timedelta(days=4 - d.weekday() + 7)
    elif kind == "eom":
        r = _eom(d)
    elif kind == "eonm":
        nxt = _eom(d) + timedelta(days=1)
        r = _eom(nxt)
    elif kind == "dom":  # next given day-of-month strictly after the message date
        day = args[0]
        y, m = d.year, d.month
        while True:
            if day <= calendar.monthrange(y, m)[1]:
                cand = date(y, m, day)
                if cand > d:
                    r = cand
                    break
            m += 1
            if m == 13:
                y, m = y + 1, 1
    elif kind == "md":  # month, day: this year or next year if already past
        mo, day = args
        r = date(d.year, mo, day)
        if r < d:
            r = date(d.year + 1, mo, day)
    elif kind == "plus":
        r = d + timedelta(days=args[0])
    elif kind == "iso":
        r = date.fromisoformat(args[0])
    else:
        raise ValueError(rule)
    return r.isoformat()


def _ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }".replace(" ", "")


_PH = re.compile(r"\[\[([+-]?\d+)(?:\|([^\]]*))?\]\]")


def fill_dates(text: str, d: date) -> str:
    """[[-30|%d %B]] -> message date minus 30 days in that format (in quoted reminders)."""

    def sub(m):
        x = d + timedelta(days=int(m.group(1)))
        fmt = m.group(2) or "%-d %B %Y"
        fmt = fmt.replace("ORD", _ordinal(x.day))
        return x.strftime(fmt)

    return _PH.sub(sub, text)


# --------------------------------------------------------------------------
# packaging randomness (seeded; non-linguistic only)
RND = random.Random(20250106)


CONTINENTAL = re.compile(r"[äöüßéèàçåøæłńśźżąęšřžčã]|\b(hej|hallo|bonjour|ciao|groeten|dzień|olá|danke|merci|grazie|gruß)\b", re.I)


def _pick_tz(e: dict, d: date) -> str:
    """Plausible sender timezone (packaging only)."""
    summer = (4, 1) <= (d.month, d.day) <= (10, 25)
    text = e["fr"] + " " + e["b"]
    if e.get("cr") == "mo" or "$" in e["b"]:
        return RND.choice(["-0400", "-0500", "-0700"] if summer else ["-0500", "-0600", "-0800"])
    if e.get("cr") == "al" or CONTINENTAL.search(text):
        return "+0200" if summer else "+0100"
    if "A$" in e["b"] or "AUD" in e["b"]:
        return "+1000" if summer else "+1100"
    if RND.random() < 0.08:
        return RND.choice(["+0530", "+0400", "-0300", "+0800"])
    return "+0100" if summer else "+0000"


def _tz(s: str) -> timezone:
    sign = 1 if s[0] == "+" else -1
    return timezone(sign * timedelta(hours=int(s[1:3]), minutes=int(s[3:5])))


def _msgid(domain: str, ours: bool = False) -> str:
    style = RND.randrange(1, 4) if ours else (0 if "gmail" in domain else RND.randrange(4))
    if style == 0:
        return f"<CA{''.join(RND.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+') for _ in range(44))}@mail.gmail.example>"
    if style == 1:
        return f"<{RND.getrandbits(64):016X}-{RND.getrandbits(32):08X}@{domain}>"
    if style == 2:
        return f"<{RND.getrandbits(128):032x}@{domain}>"
    return f"<{RND.randrange(10**6, 10**7)}.{RND.randrange(10**9)}.{RND.randrange(10**12)}@{domain}>"


def _addr_domain(a: str) -> str:
    m = re.search(r"@([A-Za-z0-9.-]+)", a)
    return m.group(1) if m else "mail.example"


# --------------------------------------------------------------------------
# quoting of our reminder
DE_DAYS = ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."]
DE_MON = ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."]
FR_DAYS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_MON = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
NL_DAYS = ["ma", "di", "wo", "do", "vr", "za", "zo"]
NL_MON = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]


def _strip_re(subject: str | None) -> str:
    s = subject or "Payment reminder"
    return re.sub(r"^((re|aw|antw|sv|fw|fwd|wg)\s*:\s*)+", "", s, flags=re.I).strip() or "Payment reminder"


def quote_block(style: str, when: datetime, cred: tuple[str, str], debtor: str, subject: str, text: str) -> tuple[str, str]:
    """Return (plain quoted block, html quoted block) for our reminder."""
    name, addr = cred
    lines = text.strip("\n").split("\n")
    h = when.strftime("%H:%M")
    d = when
    esc = lambda x: html.escape(x, quote=False)
    html_body = "".join(f"<div>{esc(ln) if ln else '<br>'}</div>" for ln in lines)
    if style in ("gm", "gmus", "ios", "de", "fr", "nl"):
        if style == "gm":
            head = f"On {d:%a}, {d.day} {d:%b %Y} at {h}, {name} <{addr}> wrote:"
        elif style == "gmus":
            head = f"On {d:%a}, {d:%b} {d.day}, {d.year} at {d.strftime('%I:%M %p').lstrip('0')} {name} <{addr}> wrote:"
        elif style == "ios":
            head = f"On {d.day} {d:%b %Y}, at {h}, {name} <{addr}> wrote:"
        elif style == "de":
            head = f"Am {DE_DAYS[d.weekday()]}, {d.day}. {DE_MON[d.month - 1]} {d.year} um {h} Uhr schrieb {name} <{addr}>:"
        elif style == "fr":
            head = f"Le {FR_DAYS[d.weekday()]} {d.day} {FR_MON[d.month - 1]} {d.year} à {h}, {name} <{addr}> a écrit :"
        else:
            head = f"Op {NL_DAYS[d.weekday()]} {d.day} {NL_MON[d.month - 1]} {d.year} om {h} schreef {name} <{addr}>:"
        if style == "ios":
            plain = "> " + head + "\n> \n" + "\n".join(("> " + ln) if ln else ">" for ln in lines)
        else:
            plain = head + "\n\n" + "\n".join(("> " + ln) if ln else ">" for ln in lines)
        hq = f'<div class="quote">{esc(head)}<br></div><blockquote type="cite" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">{html_body}</blockquote>'
        return plain, hq
    if style == "and":
        head = (
            "-------- Original message --------\n"
            f"From: {name} <{addr}> \n"
            f"Date: {d:%d/%m/%Y} {h} (GMT+00:00) \n"
            f"To: {debtor} \n"
            f"Subject: {subject} \n"
        )
    elif style == "ol":
        head = (
            "________________________________\n"
            f"From: {name} <{addr}>\n"
            f"Sent: {d:%A}, {d:%B} {d.day}, {d.year} {d.strftime('%I:%M %p').lstrip('0')}\n"
            f"To: {debtor}\n"
            f"Subject: {subject}\n"
        )
    elif style == "om":
        head = (
            "-----Original Message-----\n"
            f"From: {name} [mailto:{addr}]\n"
            f"Sent: {d.day:02d} {d:%B %Y} {h}\n"
            f"To: {debtor}\n"
            f"Subject: {subject}\n"
        )
    else:
        raise ValueError(style)
    plain = head + "\n" + "\n".join(lines)
    hq = "<hr>" + "".join(f"<div>{esc(ln)}</div>" for ln in head.strip().split("\n")) + "<br>" + html_body
    return plain, hq


def text_to_html(text: str) -> str:
    out = []
    for ln in text.split("\n"):
        out.append(f"<div>{html.escape(ln, quote=False)}</div>" if ln.strip() else "<div><br></div>")
    return "".join(out)


# --------------------------------------------------------------------------
# invoice reference extraction (subject first, then body incl. quoted history)
REF_PATTERNS = [
    re.compile(r"\b(INV(?:-|\s)?\d{4,6})\b", re.I),
    re.compile(r"\binvoices?\s*(?:no\.?|number|nr\.?|num\.?)?\s*#?\s*(\d{4,6})\b", re.I),
    re.compile(r"\binv\.\s*no\.?\s*(\d{4,6})\b", re.I),
    re.compile(r"\binv(?:oice)?\s*#\s*(\d{4,6})\b", re.I),
]


def extract_refs(text: str) -> list[str]:
    hits = []
    for pat in REF_PATTERNS:
        for m in pat.finditer(text):
            hits.append((m.start(1), m.group(1)))
    hits.sort()
    seen, out = set(), []
    for _, ref in hits:
        key = re.sub(r"\D", "", ref)
        if key not in seen:
            seen.add(key)
            out.append(ref)
    return out


def parse_amount(a: str | None) -> tuple[str | None, str | None]:
    if a is None:
        return None, None
    parts = a.split()
    amt = parts[0]
    assert re.fullmatch(r"\d+\.\d{2}", amt), a
    return amt, (parts[1] if len(parts) > 1 else None)


FAKE = {
    "pdf": ("application", "pdf", b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n% remittance advice (fake)\ntrailer<<>>\n%%EOF\n"),
    "png": ("image", "png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00fake"),
    "jpg": ("image", "jpeg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01fake-photo\xff\xd9"),
    "csv": ("text", "csv", b"date,ref,amount\n"),
}


# --------------------------------------------------------------------------
def build(idx: int, e: dict, name: str) -> tuple[bytes, dict, dict]:
    d = date.fromisoformat(e["d"])
    tzs = e.get("tz") or _pick_tz(e, d)
    if "t" in e:
        hh, mm = map(int, e["t"].split(":"))
    else:
        hh, mm = RND.choice([6, 7, 8, 9, 9, 10, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 22, 23]), RND.randrange(60)
    when = datetime(d.year, d.month, d.day, hh, mm, RND.randrange(60), tzinfo=_tz(tzs))
    cred = CREDITORS[e.get("cr", "nw")]
    sender = e["fr"]
    body = e["b"].strip("\n")
    subject = e.get("s", "Re: Payment reminder")

    quoted_plain = quoted_html = None
    q = e.get("q")
    rem_id = None
    if q:
        style, days_before, rtext = q[0], q[1], q[2]
        rsubj = q[3] if len(q) > 3 else _strip_re(subject)
        rtime = datetime(
            d.year, d.month, d.day, RND.choice([8, 9, 10, 11, 14, 15, 16]), RND.randrange(60), tzinfo=_tz("+0000")
        ) - timedelta(days=days_before)
        rtext = fill_dates(rtext, d)
        quoted_plain, quoted_html = quote_block(style, rtime, cred, sender, rsubj, rtext)
        rem_id = _msgid(_addr_domain(cred[1]), ours=True)
    elif subject and re.match(r"^(re|aw|antw|sv)\s*:", subject, re.I) and not e.get("noref"):
        rem_id = _msgid(_addr_domain(cred[1]), ours=True)

    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = e.get("to") or (f"{cred[0]} <{cred[1]}>" if RND.random() < 0.6 else cred[1])
    if subject is not None:
        msg["Subject"] = subject
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = _msgid(_addr_domain(sender))
    if rem_id:
        msg["In-Reply-To"] = rem_id
        msg["References"] = rem_id
    for k, v in (e.get("hdr") or {}).items():
        msg[k] = v
    if e.get("auto"):
        msg["Auto-Submitted"] = "auto-replied"
        msg["X-Autoreply"] = "yes"
        msg["Precedence"] = "auto_reply"
    msg["MIME-Version"] = "1.0"

    plain = body + ("\n\n" + quoted_plain if quoted_plain else "") + "\n"
    fmt = e.get("fmt", "plain")
    cs = e.get("cs", "utf-8")
    cte = {"qp": "quoted-printable", "b64": "base64", None: None}[e.get("cte")]
    if fmt in ("alt", "html"):
        hbody = e.get("html") or text_to_html(body)
        full_html = (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            + hbody
            + (("<br>" + quoted_html) if quoted_html else "")
            + "</body></html>\n"
        )
    if fmt == "plain":
        msg.set_content(plain, charset=cs, cte=cte)
    elif fmt == "alt":
        msg.set_content(plain, charset=cs, cte=cte)
        msg.add_alternative(full_html, subtype="html", cte=cte or "quoted-printable")
    elif fmt == "html":
        msg.set_content(full_html, subtype="html", charset=cs, cte=cte or "quoted-printable")
    else:
        raise ValueError(fmt)
    for att in e.get("att", []):
        fname = att
        mt, st, data = FAKE[fname.rsplit(".", 1)[1].lower()]
        if mt == "text":
            msg.add_attachment(data.decode(), subtype=st, filename=fname)
        else:
            msg.add_attachment(data, maintype=mt, subtype=st, filename=fname)

    intent = INTENT[e["i"]]
    pd = resolve(e.get("pd"), d)
    if pd is not None:
        assert intent in ("promise_to_pay", "extension_request"), (idx, e["b"][:40])
    amt, cur = parse_amount(e.get("a"))
    text_for_refs = (subject or "") + "\n" + plain
    refs = e["refs"] if "refs" in e else extract_refs(text_for_refs)
    label = {
        "file": f"{name}-{idx:03d}.eml",
        "intent": intent,
        "promised_date": pd,
        "amount": amt,
        "currency": cur,
        "invoice_refs": refs,
        "notes": e.get("n", ""),
    }
    if "rd" in e:
        label["return_date"] = resolve(e["rd"], d)
    stats = {
        "fmt": fmt if not e.get("att") else fmt + "+att",
        "quoted": bool(q) or bool(re.search(r"^(>|On .* wrote:|From: )", body, re.M)),
        "sig": bool(re.search(r"(Sent from|Get Outlook|Sent via|\n-- ?\n|Tel[:.]|Mob[:.]|M: |www\.)", body)),
        "words": len(body.split()),
        "amount_text": body + "\n" + (subject or ""),
    }
    return msg.as_bytes(policy=default_policy), label, stats


def main(name: str) -> int:
    """Write data/labelled/<name>/<name>-NNN.eml and labels.jsonl (-v prints statistics)."""
    out = ROOT / "labelled" / name
    random.seed(1729)  # email.generator draws MIME boundaries from the global RNG
    order = list(range(len(MESSAGES)))
    random.Random(4242).shuffle(order)  # interleave intents; packaging only
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob(f"{name}-*.eml"):
        old.unlink()
    labels, allstats = [], []
    for n, k in enumerate(order, 1):
        raw, label, stats = build(n, MESSAGES[k], name)
        (out / label["file"]).write_bytes(raw)
        labels.append(label)
        allstats.append((label, stats))
    with open(out / "labels.jsonl", "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    if "-v" in sys.argv:
        from collections import Counter

        c = Counter(lab["intent"] for lab in labels)
        print(len(labels), dict(c))
        print("formats", Counter(s["fmt"] for _, s in allstats))
        print("quoted", sum(s["quoted"] for _, s in allstats), "sig", sum(s["sig"] for _, s in allstats))
        print("under 15 words", sum(s["words"] < 15 for _, s in allstats))
        for lab, s in allstats:
            if lab["amount"]:
                whole = lab["amount"].split(".")[0]
                variants = {whole, f"{int(whole):,}", f"{int(whole):,}".replace(",", "."), f"{int(whole):,}".replace(",", " ")}
                if not any(v in s["amount_text"] for v in variants):
                    print("AMOUNT NOT IN NEW TEXT?", lab["file"], lab["amount"])
    return 0


