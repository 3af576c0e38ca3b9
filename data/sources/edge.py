#!/usr/bin/env python3
"""Edge slice of the labelled debtor-reply corpus for inboxagent.

Every message below is hand-written literal data: headers, the body text and the
label. The helpers at the top only package the text as RFC 5322 files (MIME
structure, quoting headers, HTML wrapping, Message-IDs, time of day) and resolve
relative promised/return dates against each message's own Date header.

Run:  /work/venv/bin/python data/sources/edge.py
Writes data/labelled/edge/edge-NNN.eml and data/labelled/edge/labels.jsonl.
"""

from __future__ import annotations

import calendar
import html as htmlmod
import json
import random
import zlib
from datetime import date, datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "data" / "labelled" / "edge"

NW = "Northwind Supplies Ltd <accounts@northwind-supplies.example>"
# other creditors (~15% of the slice)
HL = "Harbour Lane Packaging <credit@harbourlane.example>"
BW = "Brightwater Print Co. <ar@brightwater-print.example>"
KF = "Kestrel Facilities GmbH <buchhaltung@kestrel-facilities.example>"
OL = "Ostara Labs Billing <billing@ostara-labs.example>"

M: list[dict] = []


def m(**kw) -> None:
    """Register one hand-written message.

    frm/to/subj/d (\"YYYY-MM-DD[ HH:MM] +ZZZZ\")/body: the message.
    q: quoted reminder dict(style, d, who, subj, text) placed under the new text.
    fmt: plain | alt | html ; html: hand-written HTML (else wrapped from body).
    att: list of (filename, mime type, bytes); h: extra headers; cs/cte: encoding.
    i/p/a/c/r/n/rd: intent, promised-date spec, amount, currency, invoice refs,
    notes, return-date spec.
    """
    M.append(kw)


# --------------------------------------------------------------------------
# date resolution (all label dates are computed here, never typed by hand)
WD = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}


def _eom(y: int, mth: int) -> date:
    return date(y, mth, calendar.monthrange(y, mth)[1])


def resolve(spec: str | None, d: date) -> str | None:
    if spec is None:
        return None
    if spec == "today":
        r = d
    elif spec == "tomorrow":
        r = d + timedelta(days=1)
    elif spec.startswith("+"):
        r = d + timedelta(days=int(spec[1:]))
    elif spec in WD:
        delta = (WD[spec] - d.weekday()) % 7 or 7
        r = d + timedelta(days=delta)
    elif spec == "thisweek":
        assert d.weekday() <= 3, ("'this week' on a Fri-Sun message", d)
        r = d + timedelta(days=4 - d.weekday())
    elif spec == "nextweek":
        r = d + timedelta(days=4 - d.weekday() + 7)
    elif spec.startswith("nw:"):  # a named weekday in the following week
        monday = d - timedelta(days=d.weekday()) + timedelta(days=7)
        r = monday + timedelta(days=WD[spec[3:]])
    elif spec == "eom":
        r = _eom(d.year, d.month)
    elif spec == "eonm":
        y, mth = (d.year + 1, 1) if d.month == 12 else (d.year, d.month + 1)
        r = _eom(y, mth)
    elif spec.startswith("dom:"):  # "the 15th" = next 15th strictly after d
        day = int(spec[4:])
        y, mth = d.year, d.month
        while True:
            if day <= calendar.monthrange(y, mth)[1] and date(y, mth, day) > d:
                r = date(y, mth, day)
                break
            y, mth = (y + 1, 1) if mth == 12 else (y, mth + 1)
    elif spec.startswith("md:"):  # "5 December" = that date this year, else next year
        mth, day = (int(x) for x in spec[3:].split("-"))
        r = date(d.year, mth, day)
        if r < d:
            r = date(d.year + 1, mth, day)
    elif spec.startswith("iso:"):
        r = date.fromisoformat(spec[4:])
    else:
        raise ValueError(spec)
    return r.isoformat()


# --------------------------------------------------------------------------
# packaging helpers (non-linguistic)
RNG = random.Random(20250106)
DOMAINS = ["mail.example", "mx.example", "smtp.example", "outbound.example"]


def _msgid(seed: str) -> str:
    rnd = "".join(RNG.choice("0123456789abcdef") for _ in range(20))
    return f"<{rnd}.{zlib.crc32(seed.encode()) % 99991}@{RNG.choice(DOMAINS)}>"


def _parse_dt(s: str, idx: int, rng: random.Random | None = None) -> datetime:
    rng = rng or RNG
    parts = s.split()
    day = date.fromisoformat(parts[0])
    tz = parts[-1]
    sign = 1 if tz[0] == "+" else -1
    off = timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    if len(parts) == 3:
        hh, mm = (int(x) for x in parts[1].split(":"))
    else:
        hh, mm = rng.randint(7, 19), rng.randint(0, 59)
    return datetime(day.year, day.month, day.day, hh, mm, rng.randint(0, 59), tzinfo=timezone(off))


def _addr(who: str) -> str:
    return who.split("<")[-1].rstrip(">") if "<" in who else who


def _name(who: str) -> str:
    return who.split("<")[0].strip().strip('"') if "<" in who else who


def _quote_text(q: dict, to: str) -> str:
    qd = _parse_dt(q["d"], 0, random.Random(zlib.crc32((q["d"] + q["text"][:30]).encode())))
    who = q.get("who", NW)
    text = q["text"].strip("\n")
    style = q.get("style", "gmail")
    if style == "gmail":
        head = f"On {qd.strftime('%a')}, {qd.day} {qd.strftime('%b %Y')} at {qd.strftime('%H:%M')}, {who} wrote:"
        return head + "\n" + "\n".join("> " + ln if ln else ">" for ln in text.split("\n"))
    if style == "gmail_us":
        head = f"On {qd.strftime('%a, %b')} {qd.day}, {qd.year} at {qd.strftime('%I:%M %p').lstrip('0')} {who} wrote:"
        return head + "\n\n" + "\n".join("> " + ln if ln else ">" for ln in text.split("\n"))
    if style == "apple":
        head = f"> On {qd.day} {qd.strftime('%b %Y')}, at {qd.strftime('%H:%M')}, {_name(who)} <{_addr(who)}> wrote:"
        return head + "\n> \n" + "\n".join("> " + ln if ln else ">" for ln in text.split("\n"))
    if style == "de":
        head = f"Am {qd.strftime('%d.%m.%Y')} um {qd.strftime('%H:%M')} schrieb {who}:"
        return head + "\n" + "\n".join("> " + ln if ln else ">" for ln in text.split("\n"))
    if style in ("outlook", "orig"):
        sent = f"{qd.strftime('%A')}, {qd.strftime('%B')} {qd.day}, {qd.year} {qd.strftime('%I:%M %p').lstrip('0')}"
        lines = [f"From: {who}", f"Sent: {sent}", f"To: {to}", f"Subject: {q.get('subj', '')}"]
        sep = "-----Original Message-----" if style == "orig" else "_" * 32
        return sep + "\n" + "\n".join(lines) + "\n\n" + text
    if style == "fwd":
        head = "---------- Forwarded message ---------\n"
        head += f"From: {who}\nDate: {qd.strftime('%a, %d %b %Y at %H:%M')}\nSubject: {q.get('subj', '')}\nTo: {to}\n"
        return head + "\n" + text
    raise ValueError(style)


def _to_html(text: str, flavour: str = "div") -> str:
    out = []
    for para in text.strip("\n").split("\n\n"):
        inner = "<br>\n".join(htmlmod.escape(ln) for ln in para.split("\n"))
        if flavour == "p":
            out.append(f'<p class="MsoNormal">{inner}</p>')
        else:
            out.append(f"<div>{inner}</div><div><br></div>")
    return "\n".join(out)


def _quote_html(q: dict, to: str) -> str:
    qd = _parse_dt(q["d"], 0, random.Random(zlib.crc32((q["d"] + q["text"][:30]).encode())))
    who = q.get("who", NW)
    body = _to_html(q["text"])
    style = q.get("style", "gmail")
    if style in ("outlook", "orig"):
        sent = f"{qd.strftime('%A')}, {qd.strftime('%B')} {qd.day}, {qd.year} {qd.strftime('%I:%M %p').lstrip('0')}"
        return (
            '<hr style="display:inline-block;width:98%" tabindex="-1">'
            f'<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt">'
            f"<b>From:</b> {htmlmod.escape(who)}<br><b>Sent:</b> {sent}<br>"
            f"<b>To:</b> {htmlmod.escape(to)}<br><b>Subject:</b> {htmlmod.escape(q.get('subj', ''))}</font>"
            f"<div>&nbsp;</div></div><div>{body}</div>"
        )
    head = htmlmod.escape(f"On {qd.strftime('%a')}, {qd.day} {qd.strftime('%b %Y')} at {qd.strftime('%H:%M')}, {who} wrote:")
    return (
        f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{head}<br></div>'
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{body}</blockquote></div>"
    )


def build(idx: int, e: dict) -> tuple[EmailMessage, dict]:
    dt = _parse_dt(e["d"], idx)
    to = e.get("to", NW)
    msg = EmailMessage()
    msg["From"] = e["frm"]
    msg["To"] = to
    if e.get("cc"):
        msg["Cc"] = e["cc"]
    if e.get("subj") is not None:
        msg["Subject"] = e["subj"]
    msg["Date"] = format_datetime(dt)
    msg["Message-ID"] = _msgid(e["frm"] + str(idx))
    q = e.get("q")
    if q is not None or e.get("reply"):
        ref = _msgid("reminder" + str(idx))
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    for k, v in e.get("h", {}).items():
        msg[k] = v
    text = e.get("body", "").strip("\n") + "\n"
    if q is not None:
        text += "\n" + _quote_text(q, _addr(e["frm"]) if q.get("style") == "fwd" else e["frm"]) + "\n"
    fmt = e.get("fmt", "plain")
    cs = e.get("cs", "utf-8")
    cte = e.get("cte")
    if fmt == "plain":
        kw = {"charset": cs}
        if cte:
            kw["cte"] = cte
        msg.set_content(text, **kw)
    else:
        if e.get("html"):
            html = e["html"]
        else:
            flav = "p" if e.get("hs") == "outlook" else "div"
            html = _to_html(e.get("body", ""), flav)
            if q is not None:
                html += "\n" + _quote_html(q, e["frm"])
            html = (
                "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
                f'<body><div dir="ltr" style="font-family:Arial,sans-serif;font-size:13px">\n{html}\n</div></body></html>'
            )
        if fmt == "html":
            msg.set_content(html, subtype="html", charset=cs, **({"cte": cte} if cte else {}))
        else:
            msg.set_content(text, charset=cs, **({"cte": cte} if cte else {}))
            msg.add_alternative(html, subtype="html", charset=cs)
    for fname, ctype, data in e.get("att", []):
        maintype, subtype = ctype.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    d = dt.date()
    lab = {
        "file": f"edge-{idx:03d}.eml",
        "intent": e["i"],
        "promised_date": resolve(e.get("p"), d),
        "amount": e.get("a"),
        "currency": e.get("c"),
        "invoice_refs": e.get("r", []),
        "notes": e.get("n", ""),
    }
    if "rd" in e:
        lab["return_date"] = resolve(e["rd"], d)
    return msg, lab


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("edge-*.eml"):
        old.unlink()
    rows = []
    for idx, e in enumerate(M, 1):
        msg, lab = build(idx, e)
        random.seed(1000 + idx)  # MIME boundaries come from the global RNG
        (OUT / lab["file"]).write_bytes(bytes(msg))
        rows.append(json.dumps(lab, ensure_ascii=False))
    (OUT / "labels.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} messages to {OUT}")


# ==========================================================================
# MESSAGES
# ==========================================================================
# ---- batch 1 -------------------------------------------------------------
m(frm="Priya Raman <p.raman@cobaltdental.example>", subj="Automatic reply: Overdue invoice INV-20431",
  d="2025-02-26 +0000", h={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
  body="""Thank you for your email. I am out of the office until Monday 3 March with limited access to email.

For anything relating to supplier payments please contact accounts@cobaltdental.example and one of the team will help.

Priya Raman
Practice Manager | Cobalt Dental Group""",
  i="ignore", r=["INV-20431"], rd="md:03-03", n="Exchange OOO with auto headers; mentions supplier payments")

m(frm="Gus Tremayne <gus@tremaynejoinery.example>", subj="Re: Payment reminder - INV-30817", d="2025-04-15 +0100",
  body="Friday",
  q=dict(style="gmail", d="2025-04-14 09:30 +0100", subj="Payment reminder - INV-30817", text="""Hi Gus,

Just a nudge that INV-30817 for £1,146.20 fell due on 31 March. Could you let us know when we can expect payment?

Thanks,
Hannah
Northwind Supplies Ltd - Credit Control"""),
  i="promise_to_pay", p="fri", r=["INV-30817"],
  n="HARD: one-word reply 'Friday' answering 'when can we expect payment'; amount only in quote")

m(frm="Lotte Verhoeven <l.verhoeven@dijkstra-bouw.example>", subj="RE: Openstaande factuur INV-41206", d="2025-06-03 +0200",
  fmt="html", html="""<html><head><meta charset="utf-8"><style>p.MsoNormal{margin:0;font-size:11pt;font-family:Calibri,sans-serif}</style></head>
<body lang="NL"><div class="WordSection1">
<p class="MsoNormal">Good morning,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">We received your reminder for INV-41206 (&euro; 3.870,00). Please note that two of the six scaffold towers in that delivery arrived with bent cross braces and have been sitting in our yard unused since 12 May. Our site foreman sent photos to your driver on the day.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">We are not going to settle the invoice until those two towers are collected and swapped, or a credit note is issued for them.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Met vriendelijke groet,</p>
<p class="MsoNormal"><b>Lotte Verhoeven</b><br>Inkoop &amp; administratie<br>Dijkstra Bouw B.V. &ndash; Utrecht</p>
</div></body></html>""",
  i="dispute", a="3870.00", c="EUR", r=["INV-41206"], n="HTML-only Outlook; damaged scaffold towers, refuses to pay until swapped")

m(frm="noreply@helpdesk.fernhillschool.example", subj="[Ticket #88213] Re: Statement of account - Northwind Supplies",
  d="2025-09-17 +0100", h={"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
  body="""Hello,

Your request has been received and a ticket has been opened (reference #88213). A member of the Fernhill School business office will get back to you within 3 working days.

Please do not reply below this line unless you have something to add to the ticket.

--
Fernhill School Business Office
Powered by Freshdesk""",
  i="ignore", n="Freshdesk ticket acknowledgement; ticket number is not an invoice")

m(frm="Dev Kapoor <dev@kapoorfoods.example>", subj="Re: Reminder: INV-55012 overdue", d="2025-03-07 +0000",
  body="""Hi there - the transfer for this went out on Wednesday, £2,430.00, reference KAPOOR-55012. Should be with you by now. Let me know if not.

Dev""",
  q=dict(style="outlook", d="2025-03-06 16:02 +0000", subj="Reminder: INV-55012 overdue", text="""Dear Dev,

Our records show that invoice INV-55012 for £2,430.00 is now 14 days overdue.

Please arrange payment at your earliest convenience or let us know if there is a problem.

Kind regards
Accounts Receivable
Northwind Supplies Ltd"""),
  i="already_paid", a="2430.00", c="GBP", r=["INV-55012"], n="paid by transfer, reference given; Outlook quote")

m(frm="\"Marketing @ Brightside Office\" <news@brightside-office.example>", subj="🎉 Spring clearance: up to 40% off ergonomic chairs",
  d="2025-03-19 +0000", h={"Precedence": "bulk", "List-Unsubscribe": "<mailto:unsubscribe@brightside-office.example>"},
  fmt="alt", body="""SPRING CLEARANCE IS HERE

Your back deserves better. For one week only, save up to 40% on our best-selling ergonomic chairs, sit-stand desks and monitor arms.

- Aria mesh chair: was £289, now £179
- Flex sit-stand desk: from £249
- Free delivery on orders over £150

Shop the sale at brightside-office.example/spring

You are receiving this because you bought from us before. Unsubscribe any time.""",
  i="ignore", n="marketing newsletter; prices are not amounts owed")

m(frm="Sabine Krüger <s.krueger@krueger-elektro.example>", to=KF, subj="AW: Zahlungserinnerung Rechnung INV-61920",
  d="2025-10-08 +0200",
  body="""Hallo Herr Bauer,

könnten Sie uns bitte die Rechnung INV-61920 noch einmal als PDF schicken? Sie ist bei uns nie angekommen, jedenfalls finde ich sie weder im Posteingang noch im DATEV-Belegfluss. Sobald sie da ist, geht sie in die nächste Zahlung.

Danke und Gruß
Sabine Krüger
Buchhaltung, Krüger Elektrotechnik""",
  q=dict(style="de", d="2025-10-07 08:15 +0200", who=KF, subj="Zahlungserinnerung Rechnung INV-61920", text="""Sehr geehrte Damen und Herren,

die Rechnung INV-61920 über 1.284,50 EUR ist seit dem 30.09.2025 fällig. Bitte überweisen Sie den Betrag innerhalb der nächsten 7 Tage.

Mit freundlichen Grüßen
Tobias Bauer
Kestrel Facilities GmbH"""),
  i="question", r=["INV-61920"], n="German; asks for invoice copy, payment conditional on receiving it; other creditor")

m(frm="Office <office@peakviewcattery.example>", subj="Re: Your account", d="2025-05-12 +0100",
  body="thanks, received", i="ignore", reply=True, n="bare acknowledgement")

m(frm="Marcus Oyelaran <marcus.o@oyelaran-architects.example>", subj="Re: INV-70345 - second reminder", d="2025-07-22 +0100",
  body="""Morning,

Apologies for the radio silence, it's been a mad few weeks here — we lost our office manager in June and I've been doing the books myself, badly. I've gone through everything outstanding this morning and yours is top of the pile.

Could we pay this one in two halves? £850 at the end of this month and the remaining £850 at the end of August. If that works for you I'll set up both transfers today so neither of us has to think about it again.

Cheers,
Marcus""",
  q=dict(style="gmail", d="2025-07-21 11:40 +0100", subj="INV-70345 - second reminder", text="""Dear Marcus,

This is our second reminder regarding INV-70345 (£1,700.00), which was due on 30 June. We have not yet received payment or a reply to our first reminder.

Please contact us within 7 days to avoid the account being placed on hold.

Northwind Supplies Ltd"""),
  i="extension_request", p="eom", a="850.00", c="GBP", r=["INV-70345"],
  n="HARD: decisive request after chit-chat; two instalments, first at end of July")

m(frm="Automatische Antwort <info@glasbau-oberland.example>", subj="Abwesenheitsnotiz: INV-72260", d="2025-08-04 +0200",
  h={"Auto-Submitted": "auto-replied"},
  body="""Vielen Dank für Ihre Nachricht. Unser Büro ist wegen Betriebsferien bis einschließlich 22. August geschlossen. Ab dem 25.08. sind wir wieder für Sie da.

Thank you for your message. Our office is closed for the summer holidays until 22 August inclusive. We will be back on 25 August.

Glasbau Oberland GmbH""",
  i="ignore", r=["INV-72260"], rd="md:08-25", n="bilingual DE/EN company holiday notice; back on 25.08.")

m(frm="Ellie Nakamura <ellie@mossandfern.example>", subj="", d="2025-11-03 -0500",
  body="""pls call me re the invoice, easier to explain on the phone. 917 555 0143

Ellie
Moss & Fern Florals""",
  reply=True, i="question", n="HARD: empty subject; 'pls call me' - asks for contact, nothing contested yet")

m(frm="Hamid Sarraf <hamid@sarraf-logistics.example>", subj="Re: Invoice INV-80114 overdue", d="2026-01-14 +0000",
  fmt="alt", hs="outlook", body="""Hi,

I've asked our finance director to release this in tomorrow's BACS run — £4,915.60 will leave our account on the 15th and normally lands same day.

Regards,
Hamid Sarraf
Transport Planner | Sarraf Logistics Ltd
T: 01632 960 411

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Sarraf Logistics Ltd, registered in England No. 08814412.""",
  q=dict(style="outlook", d="2026-01-13 10:05 +0000", subj="Invoice INV-80114 overdue", text="""Hello Hamid,

INV-80114 (£4,915.60) was due on 19 December and is still showing as unpaid on our ledger. Please could you confirm a payment date?

Many thanks
Northwind Supplies Ltd"""),
  i="promise_to_pay", p="tomorrow", a="4915.60", c="GBP", r=["INV-80114"],
  n="promise for tomorrow's BACS run (=15th); corporate disclaimer signature")

m(frm="Joanna Wiśniewska <j.wisniewska@zielonyogrod.example>", subj="Re: Przypomnienie / reminder INV-81552", d="2025-12-02 +0100",
  body="""Hello,

This invoice was paid on 21.11 together with INV-81490 in one transfer, total 6 420,00 PLN. Our title was "INV-81490 INV-81552". Maybe it was booked only to the first one? Please check.

Best regards
Joanna Wiśniewska
Zielony Ogród sp. z o.o.""",
  i="already_paid", a="6420.00", c="PLN", r=["INV-81552", "INV-81490"],
  n="paid together with another invoice in one transfer; suggests misallocation")

m(frm="Kevin Doyle <kdoyle@doylebrothersplumbing.example>", subj="Out of Office", d="2025-04-18 +0100",
  body="""I'm away on holidays til the 28th. Back to normal after that.

If it's a leak or emergency ring the office on 01 555 0192.

Kev""",
  i="ignore", rd="dom:28", n="Gmail-style vacation responder without auto headers; informal")

m(frm="Naomi Fischer <naomi.fischer@lumenanalytics.example>", to=OL, subj="Re: Ostara Labs invoice INV-83009", d="2025-09-29 -0400",
  body="""Hi Ostara team,

We can't approve this one. The invoice bills 40 hours of consulting for September but our SOW caps support at 25 hours a month, and we only logged 18 tickets with you. Can you send us the timesheet behind the 40 hours? Until then it's on hold on our side.

Naomi Fischer
Finance Operations, Lumen Analytics Inc.""",
  i="dispute", r=["INV-83009"], n="hours billed exceed SOW cap; on hold; also asks for timesheet (dispute wins)")

m(frm="Tom Hargreaves <tom@hargreavesfarm.example>", subj="Re: Statement", d="2025-10-21 +0100",
  body="Noted, will pass to the wife she does the paperwork.",
  reply=True, i="ignore", n="bare acknowledgement, passing on")

m(frm="Chloé Martin <chloe.martin@atelier-lumiere.example>", subj="RE: Relance facture INV-84471", d="2025-06-25 +0200",
  fmt="html", html="""<html><body><div dir="ltr">Bonjour,<br><br>Nous avons bien reçu votre relance. Le virement de 2&nbsp;115,40&nbsp;€ a été effectué le 16 juin depuis notre compte BNP, vous trouverez l'avis de virement en pièce jointe.<br><br>Cordialement,<br><br><b>Chloé Martin</b><br>Assistante de gestion<br>Atelier Lumière SARL</div>
<div><br></div><blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex"><b>De :</b> Northwind Supplies Ltd &lt;accounts@northwind-supplies.example&gt;<br><b>Envoyé :</b> mardi 24 juin 2025 09:12<br><b>Objet :</b> Relance facture INV-84471<br><br>Dear Chloé, invoice INV-84471 for EUR 2,115.40 is now overdue. Please could you arrange payment or let us know the expected date? Thank you.</blockquote></body></html>""",
  att=[("avis_de_virement_INV-84471.pdf", "application/pdf", b"%PDF-1.4\n% fake remittance advice 2115,40 EUR 16/06/2025\n%%EOF\n")],
  i="already_paid", a="2115.40", c="EUR", r=["INV-84471"], n="French, HTML-only with remittance PDF attachment")

m(frm="MAILER <mailer@promo-logistics-deals.example>", subj="Your freight quote is ready!! Act now", d="2026-02-10 +0000",
  body="""Dear Valued Business Owner,

We noticed you have not yet claimed your discounted freight quote. Save 60% on pallet delivery anywhere in Europe!!

CLAIM YOUR QUOTE NOW: http://promo-logistics-deals.example/claim?id=44710

This offer expires in 24 hours. Reply STOP to opt out""",
  i="ignore", n="spam")

m(frm="Rachel Ogunbiyi <rachel@ogunbiyi-dental.example>", subj="Re: Overdue - INV-85230", d="2025-02-11 +0000",
  body="""Hi,

Could you tell me what this relates to? I can't match INV-85230 to any order on our system — do you have a PO number or the name of who ordered it? We have three sites and it may have been one of the other practices.

Thanks
Rachel (practice accounts)""",
  i="question", r=["INV-85230"], n="asks which order/PO the invoice relates to; not contesting")

m(frm="Stefan Lindqvist <stefan.lindqvist@fjordbyte.example>", subj="SV: Påminnelse INV-86714", d="2025-11-19 +0100",
  body="""Hej,

Sorry for late answer. We are waiting on our customer to pay us for the project, so we cannot pay the 48 500 kr this month. Is it ok if we pay on 15 December instead?

Med vänliga hälsningar
Stefan Lindqvist
Fjordbyte AB""",
  i="extension_request", p="md:12-15", a="48500.00", c="SEK", r=["INV-86714"], n="cannot pay this month, asks permission for 15 December; SEK")

m(frm="Auto-Reply <auto-reply@sunnyvalecafe.example>", subj="Auto: Re: Payment reminder", d="2025-07-30 -0700",
  h={"X-Autoreply": "yes", "Auto-Submitted": "auto-replied"},
  body="""Thanks for reaching out to Sunnyvale Café! This inbox isn't monitored on weekdays before 3pm. For catering orders visit our website, for anything else we'll get back to you within 48 hours.""",
  i="ignore", n="generic auto-reply with X-Autoreply")

m(frm="Bill Henshaw <bill.henshaw@henshawmotors.example>", subj="RE: INV-87003", d="2025-05-06 +0100",
  body="""We never had these brake discs. Check your delivery note - nobody here signed for anything on the 21st, we were shut for the Easter bank holiday.

Bill""",
  q=dict(style="orig", d="2025-05-06 08:41 +0100", subj="INV-87003", text="""Hi Bill,

INV-87003 for £612.00 (brake discs and pads, delivered 21/04) is overdue. Please advise when payment will be made.

Regards, Northwind Supplies"""),
  i="dispute", r=["INV-87003"], n="goods not received; -----Original Message----- quote")

m(frm="Andrea Rossi <andrea.rossi@pasticceriarossi.example>", subj="Re: sollecito INV-88240", d="2025-03-24 +0100",
  body="""Buongiorno,
pagamento di 780,00 € effettuato oggi con bonifico. CRO in allegato.
Grazie
Andrea""",
  att=[("CRO_bonifico.pdf", "application/pdf", b"%PDF-1.3\n% bonifico 780,00 EUR INV-88240\n%%EOF\n")],
  i="already_paid", a="780.00", c="EUR", r=["INV-88240"], n="Italian; paid today, bank confirmation attached")

m(frm="Ops Team <ops@brisklane-it.example>", subj="Fwd: Overdue invoice INV-89362", d="2025-08-13 +0100",
  body="""Thanks - forwarding to finance@brisklane-it.example who handle supplier invoices, please copy them in going forward.

Ops Team""",
  i="ignore", r=["INV-89362"], n="'forwarded to accounts team' acknowledgement")

m(frm="Greta Holm <greta@holmfamilybakery.example>", subj="Re: Re: payment reminder INV-90417", d="2026-03-05 +0100",
  body="""Hi again! So sorry, I said last week we'd pay on the 27th and then the oven broke and ate all our money 😩

I'll send the 3,200 kr on Monday, promise. Payday for our catering customers is Friday so it'll definitely be there.

Greta""",
  q=dict(style="apple", d="2026-02-24 14:10 +0100", subj="payment reminder INV-90417", text="""Hi Greta,

Thanks for confirming the 27th. We'll look out for it.

Best,
Northwind Supplies Ltd"""),
  i="promise_to_pay", p="mon", a="3200.00", c="SEK", r=["INV-90417"], n="revised promise to Monday after broken earlier promise; 'kr' Swedish context")

m(frm="\"Yusuf Demir (Demir Tekstil)\" <yusuf@demirtekstil.example>", subj="Automatic reply: INV-91120 reminder", d="2025-12-22 +0300",
  h={"Auto-Submitted": "auto-replied"},
  body="""Merhaba, I am on annual leave until 5 January 2026 and will not be checking email. Invoices received during this period will be processed on my return.

Yusuf Demir""",
  i="ignore", r=["INV-91120"], rd="md:01-05", n="OOO that says invoices processed on return; return in next year")

m(frm="Helen Baptiste <hbaptiste@stmaryshospice.example>", subj="Re: Friendly reminder: INV-92381", d="2025-04-02 +0100",
  body="""Dear Northwind,

Thank you for the reminder. As a charity we run our supplier payments once a month on the last working day, and we can't make exceptions to that without trustee sign-off, I'm afraid. INV-92381 has been approved and is scheduled for the April run on the 30th.

With best wishes,
Helen Baptiste
Finance Officer
St Mary's Hospice — registered charity no. 1100231""",
  i="promise_to_pay", p="md:04-30", r=["INV-92381"], n="scheduled for monthly payment run on the 30th")

m(frm="Liam Carver <liam@carverjoinery.example>", subj="Re: Invoice INV93304", d="2025-09-09 +0100",
  body="wrong invoice mate. that's not ours",
  i="dispute", r=["INV93304"], n="HARD: extremely short; 'wrong invoice' = not ours")

m(frm="Newsletter <hello@thepackagingpodcast.example>", subj="Episode 41: Why pallets cost more in 2025", d="2025-05-15 +0000",
  h={"Precedence": "list", "List-Id": "<podcast.thepackagingpodcast.example>"},
  fmt="html", html="""<html><body style="font-family:Georgia,serif;background:#f7f4ef">
<table width="600" align="center"><tr><td>
<h1 style="color:#2b4c3f">The Packaging Podcast</h1>
<p>This week we sit down with a timber merchant to talk about why pallet prices have climbed 18% since January, and what small warehouses can do about it.</p>
<p><a href="https://thepackagingpodcast.example/41">Listen now &rarr;</a></p>
<p style="font-size:11px;color:#888">You subscribed at a trade show. <a href="https://thepackagingpodcast.example/unsub">Unsubscribe</a>.</p>
</td></tr></table></body></html>""",
  i="ignore", n="HTML-only newsletter")

m(frm="Carla Méndez <cmendez@mendezclinic.example>", subj="RE: Past due invoice #94511", d="2025-10-16 -0500",
  body="""Good morning,

Before our AP department can release payment we need a completed W-9 on file for Northwind. Can you please send one over? Also please confirm the remit-to address, our vendor master still shows a PO box in Ohio.

Thank you,
Carla Méndez
Office Manager, Méndez Family Clinic""",
  q=dict(style="outlook", d="2025-10-15 13:20 -0500", subj="Past due invoice #94511", text="""Dear Carla,

Invoice #94511 in the amount of $2,310.00 is now 21 days past due. Kindly remit payment or contact us to discuss.

Thank you,
Northwind Supplies Ltd
Accounts Receivable"""),
  i="question", r=["94511"], n="needs W-9 and remit-to address before paying")

m(frm="Jonas Weber <jonas@weber-hausverwaltung.example>", subj="Re: INV-95102", d="2026-04-21 +0200",
  body="""Hi, we paid this in March? Check your records please.""",
  i="already_paid", r=["INV-95102"], n="short 'check your records' claim")

m(frm="Fiona MacLeod <fiona@macleod-crofts.example>", subj="Re: Account on hold - INV-96230", d="2025-11-27 +0000",
  body="""Hello,

I'm writing on behalf of my father, Angus MacLeod, who has the account with you. He's been in hospital for the last three weeks and the post has piled up. I only found your letters yesterday.

I don't have access to his business account yet — the bank needs a power of attorney which we're sorting. Would it be possible to hold off for another 30 days or so while we get that in place? I'm not trying to dodge it, the money is there, I just can't get at it.

Thank you for your patience,
Fiona MacLeod""",
  i="extension_request", p="+30", r=["INV-96230"], n="different person than we wrote to; asks for 30 more days; family illness")

m(frm="reception@willowtreevets.example", subj="Re: Payment reminder", d="2025-06-11 +0100",
  body="""Hi, this email address is for appointments only. I've no idea about invoices sorry, can you try accounts@willowtreevets.example?

Jess, reception""",
  i="ignore", reply=True, n="misdirected to reception; points to accounts address")

m(frm="Paulo Costa <paulo.costa@costaimports.example>", subj="Re: INV-97442 / INV-97443", d="2025-08-26 -0300",
  body="""Hello,

INV-97442 was paid on the 20th — USD 1,980.00, swift copy attached.

INV-97443 we will pay next week, it was approved yesterday.

Paulo""",
  att=[("swift_MT103.pdf", "application/pdf", b"%PDF-1.4\n% MT103 USD 1980.00\n%%EOF\n")],
  i="promise_to_pay", p="nextweek", r=["INV-97442", "INV-97443"],
  n="HARD: mixed already_paid + promise -> promise; amount of the promised invoice not stated")

m(frm="Martina Novak <martina.novak@alpenhof-hotel.example>", subj="Automatische Antwort: Mahnung INV-98011", d="2026-01-20 +0100",
  body="""Ich bin ab 2. Februar wieder im Büro. In dringenden Fällen wenden Sie sich bitte an rezeption@alpenhof-hotel.example.

I will be back in the office from 2 February. For urgent matters please contact rezeption@alpenhof-hotel.example.""",
  i="ignore", r=["INV-98011"], rd="md:02-02", n="Exchange OOO, DE/EN, NO auto headers")

m(frm="Sam Whitfield <sam@whitfieldcreative.example>", subj="Re: Reminder INV-99125", d="2025-02-19 +0000",
  fmt="alt", body="""Hiya,

Hope you're well! Quick one — we're still waiting on the corrected invoice you promised after we returned the two damaged lightboxes. The one you've chased is still for the full £1,340, which includes the returned items. Can you reissue it at the right amount and we'll pay straight away.

Thanks!
Sam
Whitfield Creative — brand & packaging design""",
  i="dispute", a="1340.00", c="GBP", r=["INV-99125"], n="charged for returned items; payment conditional on fix -> dispute")

m(frm="Kiri Tane <kiri@taneorchards.example>", subj="Re: INV-10294 overdue", d="2026-05-14 +1200",
  body="""Kia ora,

Sorry, harvest has been late this year and we haven't been paid by the packhouse yet. Can we have till the end of June to sort this out?

Ngā mihi,
Kiri""",
  i="extension_request", p="md:06-30", r=["INV-10294"], n="farm; asks until end of June; NZ timezone")

m(frm="IT Support <itsupport@hollandpartners.example>", subj="Undeliverable mailbox – Daniel Price has left Holland & Partners",
  d="2025-10-01 +0100", h={"Auto-Submitted": "auto-replied"},
  body="""Daniel Price is no longer with Holland & Partners and this mailbox is not monitored.

For accounts payable please write to payables@hollandpartners.example. For all other enquiries call 020 7946 0321.""",
  i="ignore", n="'no longer with the company' auto-reply mentioning accounts payable")

m(frm="Aiko Tanaka <aiko@tanaka-ceramics.example>", subj="Re: Invoice Inv. No. 10385", d="2025-07-04 +0900",
  body="""Dear Sir/Madam,

Thank you for your reminder. May I ask which bank account we should send the payment to? The invoice shows two different IBANs, one in the footer and one in the payment box, and our bank asked us to confirm before sending an international transfer.

Best regards,
Aiko Tanaka
Tanaka Ceramics""",
  i="question", r=["10385"], n="asks which of two IBANs is correct; 'Inv. No.' format")

m(frm="Ben Alvarez <ben@alvarezroofing.example>", subj="Re: INV-11027", d="2025-12-09 -0600",
  body="sent a check for $3,450 last Thursday, should be in the mail",
  i="already_paid", a="3450.00", c="USD", r=["INV-11027"], n="cheque mailed last week")

m(frm="Hiring Team <jobs@quaysideconsulting.example>", subj="Thank you for applying to Quayside Consulting", d="2025-05-28 +0100",
  h={"Auto-Submitted": "auto-generated"},
  body="""Thank you for your application. We review every application carefully and will be in touch if your experience matches one of our open roles.

Quayside Consulting Talent Team""",
  i="ignore", n="misdirected recruiting auto-reply")
# ---- batch 2 -------------------------------------------------------------
m(frm="Priyanka Shah <priyanka.shah@hallidaybuilders.example>", subj="RE: FW: Overdue account - INV-12088", d="2025-03-14 +0000",
  body="""Hello Northwind,

Dan in our site office forwarded me your email below — I look after purchase ledger for Halliday, so please send reminders to me directly in future.

I can see INV-12088 on our system, it was just waiting for Dan's sign-off, which he's now given. It will go in our Thursday payment run.

Regards,
Priyanka Shah
Purchase Ledger, Halliday Builders Ltd

From: Dan Halliday <dan@hallidaybuilders.example>
Sent: 12 March 2025 17:48
To: Priyanka Shah <priyanka.shah@hallidaybuilders.example>
Subject: FW: Overdue account - INV-12088

Priyanka can you sort this? Stuff was all delivered fine, we used it on the Kettering job.
D

From: Northwind Supplies Ltd <accounts@northwind-supplies.example>
Sent: 12 March 2025 10:03
To: Dan Halliday <dan@hallidaybuilders.example>
Subject: Overdue account - INV-12088

Dear Mr Halliday,

We note that INV-12088 (£5,622.75) for timber and fixings supplied in January remains unpaid and is now 26 days past its due date. Please arrange settlement or contact us to discuss.

Yours sincerely,
Credit Control, Northwind Supplies Ltd""",
  i="promise_to_pay", p="thu", r=["INV-12088"], n="forwarded chain; colleague (purchase ledger) replies with Thursday payment run")

m(frm="Fatima Zahra Idrissi <fz.idrissi@atlas-riads.example>", subj="Réponse automatique : Facture INV-12193", d="2025-08-11 +0100",
  h={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "DR, RN, NRN, OOF, AutoReply"},
  body="""Bonjour,

Je suis en congé jusqu'au 29 août inclus. Pour toute question concernant les paiements fournisseurs, merci de contacter comptabilite@atlas-riads.example.

Hello, I am on leave until 29 August inclusive. For supplier payment questions please contact comptabilite@atlas-riads.example.

Fatima Zahra""",
  i="ignore", r=["INV-12193"], rd="md:08-29", n="French/English OOO 'until 29 August inclusive' (stated date used); mentions payment contact")

m(frm="Oliver Brandt <oliver@brandt-bikes.example>", subj="Re: INV-12450", d="2025-06-19 +0200",
  body="""Sorry for the delay, I know I promised last month. Honest answer: we can't pay it right now. Spring sales were terrible and the bank has frozen our overdraft. Give me a couple of weeks and I'll come back to you with a plan.

Oliver""",
  q=dict(style="gmail", d="2025-06-18 10:00 +0200", subj="INV-12450", text="""Hi Oliver,

Following up on INV-12450 (€1,935.00). You mentioned on the phone in May that it would be paid by the end of that month, but we haven't received anything yet. Can you give us an update?

Thanks
Northwind Supplies Ltd"""),
  i="extension_request", r=["INV-12450"], n="cannot pay now; vague 'couple of weeks' -> null date")

m(frm="Accounts Payable <ap@greystone-hotels.example>", subj="Remittance Advice - Payment 0045127", d="2025-09-25 +0100",
  fmt="html", html="""<html><body><table style="font-family:Arial;font-size:12px;border-collapse:collapse" border="1" cellpadding="4">
<tr><th colspan="4" style="background:#1f3864;color:#fff">GREYSTONE HOTELS LTD &ndash; REMITTANCE ADVICE</th></tr>
<tr><td>Supplier</td><td colspan="3">NORTHWIND SUPPLIES LTD</td></tr>
<tr><td>Payment date</td><td colspan="3">24/09/2025</td></tr>
<tr><td>Payment ref</td><td colspan="3">0045127</td></tr>
<tr><th>Invoice</th><th>Date</th><th>Amount</th><th>Paid</th></tr>
<tr><td>INV-12611</td><td>04/08/2025</td><td>&pound;1,204.00</td><td>&pound;1,204.00</td></tr>
<tr><td>INV-12673</td><td>11/08/2025</td><td>&pound;388.60</td><td>&pound;388.60</td></tr>
<tr><td colspan="3"><b>Total paid by BACS</b></td><td><b>&pound;1,592.60</b></td></tr>
</table><p style="font-family:Arial;font-size:11px">This is a system-generated remittance. Please do not reply to this address.</p></body></html>""",
  i="already_paid", a="1592.60", c="GBP", r=["INV-12611", "INV-12673"],
  n="HARD: machine-generated HTML-only remittance table; it's a payment notice, so already_paid not ignore")

m(frm="Mia Johansson <mia@johanssonyoga.example>", subj="Re: Påminnelse", d="2025-10-27 +0100",
  body="ok", reply=True, i="ignore", n="one-word acknowledgement")

m(frm="Rob Atkinson <rob.atkinson@atkinsonhaulage.example>", subj="Re: INV-12789 final notice", d="2025-11-11 +0000",
  body="""Got your final notice. I'm not paying for a tail lift that never worked from day one. Your engineer came out twice and it still fails under load. Either send someone who can fix it or take it back and credit the £2,980.

Rob Atkinson
Atkinson Haulage
Sent from my iPhone""",
  i="dispute", a="2980.00", c="GBP", r=["INV-12789"], n="faulty equipment; demands fix or credit; iPhone signature")

m(frm="Hannah Cole <hannah.cole@meridianschool.example>", subj="Automatic reply: Statement of account", d="2025-07-28 +0100",
  body="""The school office is closed over the summer holidays and this inbox will not be checked until Monday 1 September.

Urgent safeguarding concerns: please call the local authority duty line.
Invoices and payments: these will be dealt with when the office reopens.

Meridian Primary School""",
  i="ignore", rd="md:09-01", n="school summer closure, invoices dealt with on reopening")

m(frm="Nils Eriksen <nils@eriksen-maritime.example>", subj="Re: Reminder INV-12904 / NOK 22 400", d="2026-02-17 +0100",
  body="""Hi,

We're a bit confused. We received a credit note CN-0412 from you in January for exactly NOK 22 400 against this invoice, after the returned pump. So by our books INV-12904 is zero. Can you check with whoever issued the credit?

Nils Eriksen
Eriksen Maritime AS""",
  i="dispute", a="22400.00", c="NOK", r=["INV-12904"], n="already credited via credit note (CN not an invoice ref)")

m(frm="Ruth Adebayo <ruth@adebayo-accountancy.example>", subj="Re: Invoice INV-13027 for Coleridge Cafe", d="2025-04-24 +0100",
  body="""Good afternoon,

I'm the external bookkeeper for Coleridge Café — the owner asked me to pick this up. I've checked their bank feed and there's no payment to you yet, but I don't have a copy of INV-13027 in their files either. Could you email me the invoice and a statement of the account so I can reconcile before I put it to her for payment?

Kind regards,
Ruth Adebayo ACCA
Adebayo Accountancy Services""",
  i="question", r=["INV-13027"], n="external bookkeeper (different person) asks for invoice copy + statement")

m(frm="\"Zendesk\" <support@crateandcanvas.zendesk.example>", subj="[Crate & Canvas] Re: Overdue invoice INV-13140", d="2025-05-20 +0000",
  h={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
  body="""##- Please type your reply above this line -##

Your request (31877) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

This email is a service from Crate & Canvas.""",
  i="ignore", r=["INV-13140"], n="Zendesk request received acknowledgement")

m(frm="Eamon Kelly <eamon@kellyandsons.example>", subj="Re: INV-13255", d="2025-12-15 +0000",
  body="paid",
  q=dict(style="gmail", d="2025-12-12 15:30 +0000", subj="INV-13255", text="""Hi Eamon, just checking in on INV-13255 for £97.50 - are you able to settle this before Christmas? Thanks, Northwind"""),
  i="already_paid", r=["INV-13255"], n="one-word 'paid'; amount only in quote")

m(frm="Leonie Hartmann <leonie@hartmann-events.example>", subj="Re: Mahnung INV-13301", d="2025-09-30 +0200",
  fmt="alt", body="""Hallo zusammen,

ehrlich gesagt ist der September bei uns katastrophal gelaufen, zwei große Events wurden abgesagt. Wäre es möglich, die 2.600 € in drei Raten zu zahlen? Erste Rate Mitte Oktober, dann November und Dezember.

Viele Grüße
Leonie Hartmann
Hartmann Events""",
  i="extension_request", a="2600.00", c="EUR", r=["INV-13301"],
  n="German; asks for three instalments; 'Mitte Oktober' vague -> null date; amount = total to be split")

m(frm="Customer Care <care@blossom-hr.example>", subj="We've got your message", d="2026-06-09 +0100",
  h={"Auto-Submitted": "auto-replied"},
  body="""Hi there,

Thanks for contacting Blossom HR. We're experiencing higher than usual volumes and our average response time is currently 5 working days.

In the meantime, you might find an answer in our Help Centre.

The Blossom HR Team""",
  i="ignore", n="helpdesk acknowledgement")

m(frm="Tariq Hussain <tariq@hussaincornershop.example>", subj="Re: your invoice", d="2025-08-07 +0100",
  body="""hi sorry i dont understand this letter, i thought we pay on account every month by direct debit?? how much do i owe and for which delivery. my nephew usually do the computer stuff but he is away

thanks
Tariq""",
  reply=True, i="question", n="confused sole trader; asks how much and for what; misspellings")

m(frm="Ingrid Solberg <ingrid.solberg@nordlysdesign.example>", subj="Re: INV-13467", d="2025-11-04 +0100",
  fmt="html", html="""<html><head></head><body style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">Hi!<div><br></div><div>The payment (NOK 8 750) will be made tomorrow morning, I'm just waiting for my co-signer to approve it in the bank.</div><div><br></div><div>Ingrid</div><div><br><blockquote type="cite"><div>On 3 Nov 2025, at 14:22, Northwind Supplies Ltd &lt;accounts@northwind-supplies.example&gt; wrote:</div><br><div><div>Dear Ingrid, a quick reminder that INV-13467 (NOK 8,750.00) was due on 24 October. Kind regards, Northwind Supplies Ltd</div></div></blockquote></div><br><div>Sent from my iPad</div></body></html>""",
  i="promise_to_pay", p="tomorrow", a="8750.00", c="NOK", r=["INV-13467"], n="Apple Mail HTML-only with blockquote type=cite")

m(frm="Dr. Aleksander Petrov <a.petrov@petrovdental.example>", subj="Re: Reminder: INV-13580", d="2026-01-26 +0000",
  body="""I am on paternity leave until the end of March. My practice manager, Sophie, has access to the accounts — please contact her on sophie@petrovdental.example.

Aleksander""",
  i="ignore", r=["INV-13580"], rd="md:03-31",
  n="HARD: human-written (not auto) parental leave notice redirecting; no payment intent")

m(frm="Colm Brennan <colm@brennan-landscapes.example>", subj="Re: INV-13692", d="2025-04-29 +0100",
  body="""Hi

We had agreed a price of £45/m² for the paving, not £52. The invoice is £520 over what we signed up to. Please correct it.

Colm""",
  i="dispute", a="520.00", c="GBP", r=["INV-13692"],
  n="HARD: price disagreement; the £520 overcharge is the stated disputed figure")

m(frm="Accounts <accounts@thornburycare.example>", subj="Re: Outstanding invoice INV-13715", d="2025-06-30 +0100",
  fmt="alt", body="""Dear Sir/Madam

Thank you for your email. We can confirm that this invoice was settled by BACS on 27/06/2025, amount £615.30. Please see attached remittance.

Regards
Thornbury Care Homes — Accounts Team""",
  att=[("Remittance_27062025.pdf", "application/pdf", b"%PDF-1.4\n% Remittance Thornbury Care 615.30 GBP\n%%EOF\n")],
  i="already_paid", a="615.30", c="GBP", r=["INV-13715"], n="multipart alt + remittance PDF")

m(frm="news@tradecounter-weekly.example", subj="Trade Counter Weekly | Interest rates, late payment law & more", d="2025-10-09 +0100",
  h={"Precedence": "bulk"},
  fmt="alt", body="""TRADE COUNTER WEEKLY — Issue 212

In this issue:
1. What the new late payment rules mean for your invoices
2. Five ways to chase overdue accounts without losing the customer
3. Builders' merchants report a slower Q3

Read online: tradecounter-weekly.example/212

Manage your preferences | Unsubscribe""",
  i="ignore", n="newsletter that talks about invoices and late payment; still ignore")

m(frm="Javier Morales <jmorales@moralesimport.example>", subj="RE: Past Due: Invoice INV 13828", d="2025-03-31 -0500",
  body="""Hi,

Can we make the payment by credit card? Our bank charges us a lot for international wire. If yes, please send a payment link.

Javier Morales
Purchasing, Morales Import Co.""",
  i="question", r=["INV 13828"], n="asks about card payment option/link; 'INV 13828' with space")

m(frm="Post Room <postroom@ellisonlaw.example>", subj="Re: Payment reminder for Mr P. Ellison", d="2025-02-04 +0000",
  body="""Dear Northwind,

This email address belongs to Ellison Law LLP. We do not have a client or partner called P. Ellison and we have no account with you. I think you have the wrong Ellison. Please remove us from your list.

Post Room""",
  reply=True, i="ignore", n="HARD: misdirected reminder; 'not us' from an unrelated firm -> ignore, not dispute")

m(frm="Wen Li <wen.li@lotusgardenrestaurant.example>", subj="Re: INV-13914", d="2026-07-08 +0100",
  body="""Hello,

Can we pay half now and half next month? We can send £600 this Friday and the rest, £600, at the end of August. Business is slow because of the road works outside.

Thank you
Wen Li""",
  i="extension_request", p="fri", a="600.00", c="GBP", r=["INV-13914"], n="asks to split; first payment Friday")

m(frm="Apple Mail auto-responder <claire@claireduboisphoto.example>", subj="Away: Re: Invoice INV-14021", d="2025-07-15 +0200",
  body="""Hi! I'm on a shoot in Iceland with very patchy signal until the 25th. I'll reply as soon as I'm back on land.

Claire Dubois Photography""",
  i="ignore", r=["INV-14021"], rd="dom:25", n="photographer away until the 25th")

m(frm="Graham Peel <graham.peel@peelfinance.example>", subj="Re: INV-14133 and INV-14134", d="2025-09-15 +0100",
  body="""Hi,

INV-14133 is fine and will be paid this week. INV-14134 however is a duplicate — it's the same delivery (DN 55231) billed twice. Please cancel it.

Graham Peel
Financial Controller""",
  i="dispute", r=["INV-14133", "INV-14134"], n="HARD: mixed promise + duplicate-invoice dispute -> dispute wins")

m(frm="Sophie Laurent <sophie.laurent@boulangerie-laurent.example>", subj="Re: Facture impayée", d="2026-03-18 +0100",
  body="""Bonjour, c'est réglé depuis le 10 mars par chèque n° 0043218 de 318,00 €. Merci de vérifier.
Sophie""",
  reply=True, i="already_paid", a="318.00", c="EUR", n="French, cheque number (not an invoice ref)")

m(frm="Peter Smallwood <peter@smallwoodantiques.example>", subj="Read: Payment reminder - INV-14257", d="2025-05-09 +0100",
  body="""Your message

  To: Peter Smallwood
  Subject: Payment reminder - INV-14257
  Sent: 08/05/2025 16:40

was read on 09/05/2025 08:02.""",
  i="ignore", r=["INV-14257"], n="read receipt notification")

m(frm="Olga Ivanova <olga.ivanova@ivanova-translations.example>", subj="Re: INV-14360", d="2025-12-03 +0100",
  body="""Dear colleagues,

I will transfer 450 CHF today and the remaining 450 CHF on 15 January, as discussed with Mark on the phone this morning.

Best wishes,
Olga""",
  i="promise_to_pay", p="today", a="450.00", c="CHF", r=["INV-14360"], n="partial payment today + rest later, agreed by phone -> promise")

m(frm="Maintenance Desk <maint@ashdownestates.example>", subj="Re: Re: INV-14472", d="2025-10-30 +0000",
  body="""Hello, I have passed this to Karen in our finance team who will be in touch.""",
  q=dict(style="outlook", d="2025-10-29 09:10 +0000", subj="INV-14472", text="""Dear Ashdown Estates,

Please find attached a copy of INV-14472 as requested. We'd be grateful for payment of the £1,087.00 by the end of the week.

Best regards
Northwind Supplies Ltd"""),
  i="ignore", r=["INV-14472"], n="passing to finance team")

m(frm="Becky Lam <becky@lamfitness.example>", subj="quick question", d="2025-02-24 +0000",
  body="""Hi, is there a reference you want me to use when I pay? the invoice doesn't have one on it and I don't want it to go missing

Becky (Lam Fitness)""",
  i="question", n="asks which payment reference to use; fresh subject")

m(frm="Owen Pritchard <owen@pritchardvets.example>", subj="Re: INV-14598 overdue", d="2025-08-19 +0100",
  body="""Morning,

Just back from a week in Pembrokeshire, hence the slow reply. Lovely weather for once, the kids had a great time. Anyway, caught up on the post — I've paid this from the practice account just now, £742.80. Sorry for the wait.

Owen""",
  i="already_paid", a="742.80", c="GBP", r=["INV-14598"], n="decisive sentence after chit-chat")

m(frm="postmaster@valleycreamery.example", subj="Your message was not read: INV-14606", d="2025-06-02 +0100",
  h={"Auto-Submitted": "auto-generated"},
  body="""Your message

To: accounts@valleycreamery.example
Subject: INV-14606
Sent: Friday, May 30, 2025 4:12 PM

was deleted without being read on Monday, June 2, 2025 8:30 AM.""",
  i="ignore", r=["INV-14606"], n="not-read notification")

m(frm="Anika Bose <anika@bosepharma.example>", subj="Re: Statement - September", d="2025-10-06 +0530",
  body="""Dear Team,

Our payment of USD 12,400.00 towards INV-14713 is scheduled for 20 October as per our 45-day terms. Please note it is not overdue from our side since the goods cleared customs only on 5 September.

Regards,
Anika Bose
Accounts Payable, Bose Pharma Pvt Ltd""",
  i="promise_to_pay", p="md:10-20", a="12400.00", c="USD", r=["INV-14713"], n="scheduled payment date; disagrees on due date but commits")

m(frm="Tanya Grebe <tanya@grebe-studio.example>", subj="Automatic reply: INV-14820", d="2025-04-08 -0400",
  h={"X-Auto-Response-Suppress": "All"},
  body="""I'm currently out of the office on maternity leave. For billing questions, please email billing@grebe-studio.example. For creative projects, contact Rosa.""",
  i="ignore", r=["INV-14820"], n="maternity leave OOO, no return date")

m(frm="Dominic Fairley <dominic@fairleyfarms.example>", subj="Re: INV-14937", d="2026-09-21 +0100",
  body="""Can we have until after harvest? Grain goes to the merchant mid October and we get paid 30 days after that. Would the end of November be acceptable?

Dominic""",
  i="extension_request", p="md:11-30", r=["INV-14937"], n="farm; proposes end of November")

m(frm="José António <jose@antonio-vinhos.example>", subj="Re: INV-15042", d="2025-11-20 +0000", cs="iso-8859-15", cte="quoted-printable",
  body="""Olá,

A fatura INV-15042 não corresponde à nossa encomenda. Encomendámos 20 caixas e foram faturadas 30. Só recebemos 20. Por favor enviem uma nota de crédito das 10 caixas (450,00 €).

Cumprimentos,
José António""",
  i="dispute", a="450.00", c="EUR", r=["INV-15042"], n="Portuguese, iso-8859-15 QP; billed 30 received 20; disputes 450 credit")

m(frm="Events Team <events@cityfoodfestival.example>", subj="You're invited: City Food Festival trader evening", d="2025-03-03 +0000",
  fmt="html", html="""<html><body><div style="text-align:center;font-family:Helvetica"><img src="cid:banner" alt="City Food Festival"><h2>Trader Networking Evening</h2><p>Join 200+ local food businesses on Thursday 27 March, 6&ndash;9pm at the Corn Exchange. Free entry for registered traders, &pound;15 for guests.</p><p><a href="https://cityfoodfestival.example/rsvp">RSVP here</a></p></div></body></html>""",
  i="ignore", n="HTML-only event invitation")

m(frm="Lars Bakker <lars@bakker-installaties.example>", subj="Re: Herinnering INV-15158", d="2025-05-27 +0200",
  body="""Hoi,

Welke factuur bedoelen jullie precies? We hebben er drie van jullie ontvangen in april en twee zijn al betaald. Kunnen jullie een rekeningoverzicht sturen?

Groet,
Lars""",
  i="question", r=["INV-15158"], n="Dutch; asks for statement to know which invoice")
# ---- batch 3 -------------------------------------------------------------
m(frm="Harriet Wells <harriet@wellsinteriors.example>", subj="Re: INV-15263 - payment update?", d="2025-06-16 +0100",
  body="""Apologies, the transfer I promised below bounced back — our bank moved us to a new business account and the old one was closed. Could I have until Friday to set you up as a payee on the new account?

Harriet

On Mon, 9 Jun 2025 at 09:12, Harriet Wells <harriet@wellsinteriors.example> wrote:
> Hi, yes sorry, I'll pay the £1,120 this Wednesday.
>
> On Fri, 6 Jun 2025 at 15:40, Northwind Supplies Ltd <accounts@northwind-supplies.example> wrote:
>> Hi Harriet, INV-15263 (£1,120.00) is now three weeks overdue. Could you let us know when it will be paid?
>> Thanks, Northwind Supplies Ltd
>
> On Thu, 22 May 2025 at 10:00, Northwind Supplies Ltd <accounts@northwind-supplies.example> wrote:
>> Dear customer, this is a courtesy reminder that INV-15263 is due for payment on 26 May.""",
  i="extension_request", p="fri", r=["INV-15263"],
  n="HARD: new one-paragraph text above long thread with earlier promise; asks until Friday -> extension")

m(frm="Gavin Stroud <gavin@stroud-electrical.example>", subj="Re: INV-15377", d="2025-01-21 +0000",
  body="""Confirmed, thanks.

On Mon, 20 Jan 2025 at 16:55, Northwind Supplies Ltd <accounts@northwind-supplies.example> wrote:
> Thanks Gavin, we'll note the 31st as the payment date for INV-15377 (£2,015.00).
>
> On Mon, 20 Jan 2025 at 14:02, Gavin Stroud <gavin@stroud-electrical.example> wrote:
>> We'll pay INV-15377 in full on the 31st.""",
  i="ignore", r=["INV-15377"],
  n="HARD: bare confirmation; the promise exists only in quoted history -> ignore")

m(frm="Beatriz Ortega <beatriz@ortega-floristeria.example>", subj="Respuesta automática: Recordatorio INV-15482", d="2025-08-05 +0200",
  h={"Auto-Submitted": "auto-replied"},
  body="""Hola,

Estoy de vacaciones hasta el 18 de agosto. Para temas de facturación y pagos, escribe a administracion@ortega-floristeria.example.

Un saludo,
Beatriz""",
  i="ignore", r=["INV-15482"], rd="md:08-18", n="Spanish OOO with billing contact")

m(frm="Nadia Haddad <nadia@haddadskincare.example>", subj="Re: INV-15590", d="2025-10-23 +0100",
  body="""Payment sent today, £1,455.00. Thanks for sorting the replacement so quickly.

Nadia

-----Original Message-----
From: Nadia Haddad <nadia@haddadskincare.example>
Sent: 14 October 2025 11:20
To: Northwind Supplies Ltd <accounts@northwind-supplies.example>
Subject: Re: INV-15590

We won't pay this until the leaking dispenser pumps are replaced. Half the box is unusable.

-----Original Message-----
From: Northwind Supplies Ltd <accounts@northwind-supplies.example>
Sent: 13 October 2025 09:00
Subject: INV-15590

Dear Nadia, a reminder that INV-15590 for £1,455.00 is overdue.""",
  i="already_paid", a="1455.00", c="GBP", r=["INV-15590"],
  n="HARD: complaint only in quoted history; new text says paid today")

m(frm="IT Services <it-noreply@calderuniversity.example>", subj="Mailbox quota warning", d="2025-11-14 +0000",
  h={"Auto-Submitted": "auto-generated"},
  body="""Your message to finance.office@calderuniversity.example has been delivered, however the recipient's mailbox is 98% full and they may not be able to receive further mail.

This is an automated message from Calder University IT Services.""",
  i="ignore", n="mailbox quota auto notice")

m(frm="Miguel Ferreira <miguel@ferreira-surf.example>", subj="Re: Overdue: INV-15621", d="2026-04-13 +0100",
  fmt="html", html="""<div dir="ltr"><div>Hi,</div><div><br></div><div>We were charged for 25 wetsuits but the order confirmation (attached to our PO 8812) says 15. The extra 10 were never delivered either. I've attached nothing because your driver's delivery note also says 15 &#8212; please just check it.</div><div><br></div><div>Please send a corrected invoice, we won't pay the €4,100 as billed.</div><div><br></div><div>Miguel</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Fri, 10 Apr 2026 at 11:31, Northwind Supplies Ltd &lt;accounts@northwind-supplies.example&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"><div dir="ltr">Dear Miguel,<br><br>Our records show INV-15621 (&#8364;4,100.00) remains unpaid. Please arrange payment within 7 days.<br><br>Northwind Supplies Ltd</div></blockquote></div>""",
  i="dispute", a="4100.00", c="EUR", r=["INV-15621"], n="Gmail HTML-only; quantity billed vs delivered; PO number not an invoice ref")

m(frm="Charlotte Ng <charlotte.ng@ngandco-accountants.example>", subj="Re: Invoice INV-15734", d="2025-03-28 +0800",
  body="""Hi,

Our client (Pearl River Trading) has asked us to process this invoice. Could you confirm whether the amount is inclusive of GST? The invoice shows AUD 3,300 but there's no tax breakdown and we need one for their BAS.

Thanks,
Charlotte Ng
Ng & Co Chartered Accountants""",
  to=BW, i="question", r=["INV-15734"], n="accountant for client asks whether GST included; other creditor")

m(frm="Nicky Barlow <nicky@barlowbakes.example>", subj="Re: Reminder", d="2025-09-02 +0100",
  body="""Hiya, I know, I know! Can I pay it off £100 a week? I'm a one-woman band and August was dead. First £100 would be this Friday.

Nicky x""",
  reply=True, i="extension_request", p="fri", a="100.00", c="GBP",
  n="weekly instalment plan request; first payment Friday")

m(frm="Facilities <facilities@rivermeadhousing.example>", subj="Automatic reply: Final notice", d="2025-12-23 +0000",
  body="""Our offices are closed from 24 December and reopen on Monday 5 January 2026. Any emails received during this time will be answered after we reopen.

For emergency repairs only, call 0800 555 0177.

Rivermead Housing Association""",
  i="ignore", rd="iso:2026-01-05", n="Christmas closure notice without auto headers; return 5 Jan 2026 (explicit year)")

m(frm="Kwame Asante <kwame@asante-solar.example>", subj="Re: INV-15849 overdue", d="2025-07-09 +0000",
  body="""Good day,

Kindly note that the 50% balance of USD 6,250.00 will be remitted on 18th July, in line with the payment schedule our CFO has approved. The first 50% was already paid in May.

Best regards,
Kwame Asante
Finance, Asante Solar Ltd""",
  i="promise_to_pay", p="md:07-18", a="6250.00", c="USD", r=["INV-15849"],
  n="balance on a firm date; earlier half already paid (mixed -> promise)")

m(frm="Lina Petersen <lina@petersen-arkitekter.example>", subj="Re: INV-15952", d="2025-04-10 +0200",
  body="""Hi, sorry for the wait — I'm not the one who usually pays these, my colleague Mads does and he's on holiday. I can see from the bank though that we paid 14 200 kr to you on 2 April, which I think is this one? Can you confirm it matches?

Lina
Petersen Arkitekter""",
  i="already_paid", a="14200.00", c="DKK", r=["INV-15952"],
  n="HARD: different person; believes paid, asks to confirm match; Danish kr -> DKK")

m(frm="promotions@skybridge-telecom.example", subj="Upgrade to Business Fibre 900 — first 3 months free", d="2026-02-03 +0000",
  h={"List-Unsubscribe": "<https://skybridge-telecom.example/unsub>"},
  fmt="alt", body="""Hi there,

Faster broadband for your business, with no upfront cost. Switch to Business Fibre 900 before 28 February and get your first three months free.

✔ Static IP included
✔ 4-hour fix guarantee
✔ UK-based support

Check availability: skybridge-telecom.example/fibre

Skybridge Telecom Ltd""",
  i="ignore", n="marketing")

m(frm="Robert Fenwick <rfenwick@fenwickestate.example>", subj="Re: Account query", d="2026-05-19 +0100",
  body="""Dear Sirs,

I have no record of ordering anything from Northwind Supplies. The invoice you have sent, INV-16070, refers to an order placed by "Mr J Fenwick" — that is my late brother's name, and his business closed two years ago. I am not liable for any of his debts and I would ask you to stop writing to me.

R. Fenwick""",
  i="dispute", r=["INV-16070"], n="never ordered / wrong person liable; formal tone")

m(frm="Support <support@tidewatersoftware.example>", subj="[#TW-40213] Auto-reply: Invoice INV-16185", d="2025-05-06 -0400",
  h={"Auto-Submitted": "auto-replied", "Precedence": "bulk"},
  body="""Hi,

We received your email and created ticket #TW-40213. Our billing team works Monday–Friday, 9am–5pm Eastern, and will reply within two business days.

Tidewater Software Support""",
  i="ignore", r=["INV-16185"], n="ticket acknowledgement from billing helpdesk")

m(frm="Imogen Clarke <imogen@clarkeandpartners.example>", subj="Re: INV-16202", d="2025-02-13 +0000",
  body="""Hi,

Sorry, who am I meant to pay this to? Your reminder says Northwind Supplies but the invoice header says "NWS Trading". Our payment system won't let me add a supplier unless the name on the invoice matches the bank account name.

Imogen""",
  i="question", r=["INV-16202"], n="asks about payee name mismatch")

m(frm="Mark Bellamy <mark@bellamyprint.example>", subj="Re: Re: INV-16318", d="2025-10-14 +0100",
  body="""Tried to pay just now and the bank rejected it — says the account name doesn't match (Confirmation of Payee). Can you double-check your bank details and send them on letterhead?

Mark""",
  i="question", r=["INV-16318"],
  n="HARD: attempted payment failed; asks for bank details -> question, not already_paid")

m(frm="Elif Yıldız <elif@yildiz-kuafor.example>", subj="Re: INV-16421", d="2025-06-24 +0300",
  body="""Merhaba, we will pay 1.500 TL on Friday and the rest next month, thank you for understanding.""",
  i="promise_to_pay", p="fri", a="1500.00", c="TRY", r=["INV-16421"], n="partial payment Friday; TRY")

m(frm="Out of Office <oof@bergmann-kanzlei.example>", subj="Abwesend: Ihre Nachricht", d="2025-09-12 +0200",
  h={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
  body="""Sehr geehrte Damen und Herren,

vielen Dank für Ihre E-Mail. Ich bin bis zum 22.09.2025 nicht im Büro. Ihre Nachricht wird nicht weitergeleitet.

Mit freundlichen Grüßen
Dr. Katrin Bergmann
Rechtsanwältin""",
  i="ignore", rd="iso:2025-09-22", n="German OOO 'bis zum 22.09.2025' (taken as return date)")

m(frm="Sunil Mehta <sunil@mehtatextiles.example>", subj="Re: INV-16537 / INV-16538", d="2025-11-25 +0000",
  body="""Hello,

Both invoices paid today in one transfer of £3,612.40 (ref MEHTA NOV). Sorry they were late — our accounts lady was off sick.

Sunil""",
  i="already_paid", a="3612.40", c="GBP", r=["INV-16537", "INV-16538"], n="two invoices paid in one transfer")

m(frm="Amelia Rhodes <amelia@rhodesweddings.example>", subj="Re: INV-16649", d="2026-08-04 +0100",
  body="""Hi,

Could you possibly give me a bit longer? I'm owed money by two couples whose weddings were in July and I'm chasing them myself (the irony!). I should be able to clear it by the 20th if that's OK?

Thanks so much,
Amelia""",
  i="extension_request", p="dom:20", r=["INV-16649"], n="asks for more time, proposes the 20th")

m(frm="Kieran Walsh <kieran.walsh@walshtiling.example>", subj="Fw: INV-16752", d="2025-03-11 +0000",
  body="""---------- Forwarded message ---------
From: Northwind Supplies Ltd <accounts@northwind-supplies.example>
Date: Mon, 10 Mar 2025 at 10:22
Subject: INV-16752
To: Kieran Walsh <kieran.walsh@walshtiling.example>

Dear Kieran,

INV-16752 (£366.00) is now overdue. Please could you arrange payment?

Regards
Northwind Supplies Ltd""",
  i="ignore", r=["INV-16752"],
  n="HARD: forward back to us with no new text at all (mis-sent forward) -> ignore")

m(frm="Jessica Tran <jtran@tranmarketing.example>", subj="Re: Friendly reminder", d="2025-04-03 -0700",
  fmt="alt", body="""Hi Northwind team,

I think there's been a mix-up — we cancelled this order on the 2nd of March, before it shipped, and your rep Lisa confirmed the cancellation by email. Nothing was delivered to us. Please void the invoice for $1,875.00.

Thanks,
Jessica Tran
Operations Manager | Tran Marketing Group""",
  reply=True, i="dispute", a="1875.00", c="USD", n="order cancelled before shipping; asks to void")

m(frm="Harold Finch <harold@finchclocks.example>", subj="Thank you", d="2025-12-18 +0000",
  body="""Dear all at Northwind,

Just a short note to say thank you for all your help this year, and particularly to Hannah in accounts for her patience with me. Merry Christmas and a happy new year to you all.

Harold Finch
Finch & Daughter Clockmakers""",
  i="ignore", n="seasonal thank-you note, no action")

m(frm="Rashid Al-Amin <rashid@alamin-trading.example>", subj="RE: INV-16860 overdue", d="2025-08-28 +0400",
  body="""Dear Northwind,

Noted with thanks. Payment of AED 18,500 will be released on 4th September, as our signatory is travelling until then.

Best regards,
Rashid""",
  i="promise_to_pay", p="md:09-04", a="18500.00", c="AED", r=["INV-16860"], n="'Noted' then firm date -> promise; AED")

m(frm="Anna Kowalczyk <anna.kowalczyk@kowalczyk-meble.example>", subj="Odp: Przypomnienie o płatności INV-16974", d="2025-02-20 +0100",
  body="""Dzień dobry,

proszę o przesłanie faktury korygującej. Cena na fakturze (2 850,00 zł) nie zgadza się z ofertą (2 450,00 zł). Do czasu korekty nie możemy zapłacić.

Pozdrawiam
Anna Kowalczyk""",
  i="dispute", a="2850.00", c="PLN", r=["INV-16974"], n="Polish; price differs from quote; won't pay until corrected")

m(frm="Newsletter | Green Office Weekly <newsletter@greenofficeweekly.example>", subj="Is your office paper really recycled?", d="2025-06-05 +0000",
  h={"Precedence": "bulk"},
  body="""GREEN OFFICE WEEKLY

Most "recycled" copier paper contains less than 30% post-consumer fibre. We look at the labels, the certifications and the price per ream.

Also this week: composting coffee pods, and a reader asks whether e-invoicing really saves trees.

Read the full issue online.

Unsubscribe""",
  i="ignore", n="plain-text newsletter")

m(frm="Theo Lambert <theo@lambertgym.example>", subj="Re: Invoice INV16998", d="2025-07-31 +0100",
  body="Sorry, is this for the mats or the kettlebells? we got two deliveries",
  i="question", r=["INV16998"], n="short; asks which delivery invoice is for")

m(frm="Sandra Whitaker <sandra.whitaker@whitakerlogistics.example>", subj="Re: Payment reminder INV-17012", d="2025-10-02 +0100",
  body="""Hello,

Sandra retired at the end of September and this account is now managed by Philip Greaves (philip.greaves@whitakerlogistics.example). Please update your records and redirect future correspondence to him.

Regards,
Whitaker Logistics Reception""",
  i="ignore", r=["INV-17012"], n="human note: contact has retired, redirect")

m(frm="Ursula Becker <ursula@becker-apotheke.example>", subj="Re: INV-17129", d="2026-03-10 +0100",
  body="""Guten Tag,

die Zahlung über 964,80 € wurde bereits am 02.03. angewiesen. Bitte prüfen Sie Ihren Zahlungseingang.

Freundliche Grüße
U. Becker""",
  i="already_paid", a="964.80", c="EUR", r=["INV-17129"], n="German; payment instructed 2 March")

m(frm="Craig Munro <craig@munrojoinery.example>", subj="Re: INV-17233 - 60 days overdue", d="2025-05-15 +0100",
  body="""I hear you. Look, I'll level with you: I've got £40k owed to me by a developer who's gone quiet, and until that comes in I can't pay anyone. I'm not going anywhere and I'll pay every penny, I just can't say when yet.

Craig""",
  i="extension_request", r=["INV-17233"], n="cannot pay now, no date")

m(frm="Auto Reply <noreply@oakwoodgolfclub.example>", subj="Re: INV-17340", d="2025-04-22 +0100",
  h={"Auto-Submitted": "auto-replied"},
  body="""Thank you for contacting Oakwood Golf Club. The club office is open Tuesday to Saturday, 9am–4pm. Your email will be dealt with during office hours.""",
  i="ignore", r=["INV-17340"], n="office-hours autoresponder")

m(frm="Patrick O'Neill <patrick@oneill-pubs.example>", subj="Re: Overdue invoices", d="2025-11-06 +0000",
  body="""Hi,

We'll pay INV-17451 on Monday. INV-17452 is for the keg cooler that was returned on 20 October so should be credited — can you confirm you've got it back?

Paddy""",
  i="dispute", r=["INV-17451", "INV-17452"], n="HARD: promise on one + returned goods on other -> dispute wins")

m(frm="Deborah Lyons <deborah@lyonsdayspa.example>", subj="Re: INV-17568", d="2025-09-19 +0100",
  body="""Hello,

I've sent the payment on Wednesday — £270.00 by bank transfer. The reference was "Lyons Day Spa".

Kind regards,
Deborah""",
  i="already_paid", a="270.00", c="GBP", r=["INV-17568"], n="paid Wednesday")

m(frm="Spam Filter <quarantine@secure-mail-notice.example>", subj="ACTION REQUIRED: 3 messages held in quarantine", d="2025-08-21 +0000",
  body="""You have 3 new messages held in quarantine.

Sender: accounts@northwind-supplies.example
Subject: Overdue invoice INV-17672

Click here to release your messages: http://secure-mail-notice.example/release?u=8813

If you do not act within 24 hours these messages will be deleted.""",
  i="ignore", r=["INV-17672"], n="phishing-like quarantine spam that mentions our invoice")

m(frm="Marta Vidal <marta.vidal@vidal-arquitectura.example>", subj="RE: INV-17785", d="2026-06-25 +0200",
  fmt="html", html="""<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt"><p>Hola,</p><p>Por favor, ¿nos podéis enviar el certificado de residencia fiscal de Northwind? Sin él, nuestro banco aplica retención y no podemos pagar la factura INV-17785 por el importe completo.</p><p>Gracias,<br>Marta Vidal<br>Administración</p></div></body></html>""",
  i="question", r=["INV-17785"], n="Spanish HTML-only; needs tax residency certificate before paying")

m(frm="Jack Pemberton <jack@pembertoncider.example>", subj="Re: INV-17890", d="2025-10-20 +0100",
  body="""Cheers for the reminder, it's gone on the list for this week's run. Should be with you by Thursday.

Jack""",
  i="promise_to_pay", p="thu", r=["INV-17890"],
  n="'by Thursday' arrival -> Thursday; week run consistent (message Mon)")

m(frm="Yvonne Chambers <yvonne@chambers-optometrists.example>", subj="Re: Reminder", d="2025-01-29 +0000",
  body="""Got it, thank you. I'll look at it when I'm back in the practice.""",
  reply=True, i="ignore", n="HARD: vague acknowledgement, no commitment -> ignore")

m(frm="Hugo Lefèvre <hugo@lefevre-cycles.example>", subj="Re: INV-17904", d="2025-05-22 +0200",
  body="""Hello,

the groupset you invoiced was the wrong model — we ordered the 12-speed and received 11-speed. We sent it back with your courier on 9 May (tracking in your system). We should not be billed € 1.180,00 for goods you have back.

Hugo""",
  i="dispute", a="1180.00", c="EUR", r=["INV-17904"], n="wrong model, returned")

m(frm="Sheila Grant <sheila@grantcaravans.example>", subj="Re: INV-18016", d="2025-12-01 +0000",
  body="""Hi, could we have an extra 30 days on this one please? Caravan sales die over winter and I'd rather not go overdrawn.

Sheila""",
  i="extension_request", p="+30", r=["INV-18016"], n="extra 30 days")

m(frm="Samira Benali <samira@benali-couture.example>", subj="Automatic reply", d="2026-10-27 +0100",
  body="""Je suis absente jusqu'au lundi 9 novembre. / I'm away until Monday 9 November.""",
  i="ignore", rd="md:11-09", n="terse bilingual OOO; no headers")
# ---- batch 4 -------------------------------------------------------------
m(frm="Keiko Sato <k.sato@sato-seimitsu.example>", subj="自動応答: Payment reminder INV-18125", d="2025-04-30 +0900",
  h={"Auto-Submitted": "auto-replied"},
  body="""誠に勝手ながら、5月7日まで不在にしております。
I am out of the office for Golden Week and will return on 7 May. Replies will be delayed.

佐藤 恵子 / Keiko Sato
Sato Seimitsu Co., Ltd.""",
  i="ignore", r=["INV-18125"], rd="md:05-07", n="Japanese/English Golden Week OOO")

m(frm="Louise Carter (PA to Mr Hendry) <louise.carter@hendrygroup.example>", subj="RE: INV-18230 - outstanding", d="2025-06-06 +0100",
  body="""Good morning,

Mr Hendry has asked me to reply on his behalf. He has authorised payment of the full £8,400.00 and our finance team will make the transfer on Tuesday.

Kind regards,
Louise Carter
Executive Assistant to the Managing Director
Hendry Group plc

This message is confidential and may be legally privileged. If you are not the intended recipient you must not use, copy or disclose it. Hendry Group plc is registered in Scotland, SC401122.""",
  i="promise_to_pay", p="tue", a="8400.00", c="GBP", r=["INV-18230"], n="assistant replies for MD; Tuesday; disclaimer")

m(frm="Derek Ainsworth <derek@ainsworthbuild.example>", subj="Re: INV-18342 overdue", d="2025-08-12 +0100",
  body="""The kitchen extension isn't finished. Your lads left the skylights uninstalled and the snagging list from 28 July is still untouched. You'll get paid when the job's done, not before.

D. Ainsworth""",
  i="dispute", r=["INV-18342"], n="work incomplete; builder")

m(frm="Vera Nowak <vera@nowak-bistro.example>", subj="Re: INV-18456", d="2025-03-26 +0100",
  fmt="plain", cte="base64",
  body="""Hello,

We paid this by card over the phone with your colleague Sam on 19 March, €156.90. I have the card slip here if you need it.

Vera""",
  i="already_paid", a="156.90", c="EUR", r=["INV-18456"], n="paid by card over phone; base64 body")

m(frm="Calendar <calendar-noreply@fieldhousemedia.example>", subj="Invitation: Q3 content planning @ Thu 14 Aug 2025 10:00 - 11:00 (BST)", d="2025-08-07 +0100",
  h={"Auto-Submitted": "auto-generated"},
  body="""You have been invited to the following event.

Q3 content planning
When: Thu 14 Aug 2025 10:00 – 11:00 (BST)
Where: Meeting room 2 / Teams link
Organiser: rosie@fieldhousemedia.example

Going? Yes - Maybe - No""",
  i="ignore", n="misdirected calendar invitation")

m(frm="Abdul Karim <abdul@karim-grocers.example>", subj="Re: INV-18560", d="2025-11-12 +0000",
  body="""Hello sir

I will be honest with you, we cannot pay the full amount now. Can we pay £200 every month until it is finished? I can start on 1st December.

Thank you
Abdul Karim
Karim Grocers""",
  i="extension_request", p="md:12-01", a="200.00", c="GBP", r=["INV-18560"], n="monthly instalment plan, first on 1 December")

m(frm="Helga Strand <helga@strandkeramik.example>", subj="Re: Påminnelse INV-18671", d="2025-09-08 +0200",
  body="""Hei,

Vi har ikke mottatt denne fakturaen. Kan dere sende den til faktura@strandkeramik.example? Vi bruker EHF og kan ikke betale fakturaer som kun kommer som PDF.

Hilsen Helga""",
  i="question", r=["INV-18671"], n="Norwegian; never received, asks to send via e-invoice address")

m(frm="Connor Hayes <connor@hayesautos.example>", subj="RE: Final reminder INV-18788", d="2026-01-09 +0000",
  body="will pay on the 20th when our customers pay us",
  i="promise_to_pay", p="dom:20", r=["INV-18788"],
  n="HARD: firm date stated even though reason mentions customers paying -> promise")

m(frm="Elena Popescu <elena.popescu@popescu-dental.example>", subj="Out of office until 2 June", d="2025-05-19 +0300",
  body="""Hello,

I'm attending a conference abroad and will be back in the clinic on 2 June. Please resend anything urgent after that date.

Elena""",
  i="ignore", rd="md:06-02", n="fresh-subject OOO without headers")

m(frm="Fraser Doig <fraser@doigdistillery.example>", subj="Re: INV-18893 and INV-18894", d="2025-10-28 +0000",
  body="""Hi,

We've paid INV-18893 (£2,210.00) last Friday. For INV-18894 can we pay at the end of November? It's for the second cask batch and we've not sold any of it yet.

Fraser""",
  i="extension_request", p="md:11-30", r=["INV-18893", "INV-18894"],
  n="HARD: mixed already_paid + extension -> extension; amount stated is for the paid invoice so amount null")

m(frm="Ines Duarte <ines@duarte-lab.example>", to=OL, subj="Re: Ostara Labs - INV-19008 overdue", d="2026-02-25 +0000",
  fmt="alt", body="""Hello,

We're happy to pay, but we need the invoice addressed to Duarte Laboratories Lda (not Duarte Lab) and showing our VAT number PT509812345, otherwise our auditors reject it. Could you reissue it?

Thank you,
Inês""",
  i="question", r=["INV-19008"],
  n="HARD: asks for re-issued invoice with legal name/VAT number; not contesting the charge -> question")

m(frm="NoReply Mailer <no-reply@ledgerly-app.example>", subj="Your Ledgerly invoice for March", d="2025-04-01 +0000",
  body="""Hi,

Your Ledgerly subscription has been renewed. Amount charged: £24.00 to card ending 4421.

Thanks for using Ledgerly!""",
  i="ignore", n="irrelevant third-party SaaS receipt; amount is not ours")

m(frm="Bridget Moran <bridget@moranflowers.example>", subj="Re: INV-19110", d="2025-02-07 +0000",
  body="""Hi

I paid this already?? I did it through the online link in your first email on the 28th. Can you check please, £84.00

Bridget""",
  i="already_paid", a="84.00", c="GBP", r=["INV-19110"], n="paid via online link")

m(frm="\"Dr Imran Qureshi\" <imran@qureshi-physio.example>", subj="Re: Overdue INV-19223", d="2025-07-17 +0100",
  body="""Dear Northwind,

The massage tables we ordered (3 × £640) were delivered with the wrong upholstery colour. We'd agreed to keep them at a discount of 15% — that was agreed on the phone with your sales rep. The invoice doesn't reflect that, it's still the full £1,920.00. Please send a corrected invoice.

Regards,
Imran Qureshi""",
  i="dispute", a="1920.00", c="GBP", r=["INV-19223"], n="agreed discount not applied; disputes full amount")

m(frm="Lea Hofer <lea.hofer@hofer-schreinerei.example>", to=KF, subj="AW: Rechnung INV-19335", d="2025-11-27 +0100",
  body="""Hallo,

kurze Frage: Ist die Rechnung an die Schreinerei oder an mich privat gestellt? Auf der Rechnung steht meine Privatadresse. Für die Buchhaltung brauche ich sie auf die Firma.

Lea Hofer""",
  i="question", r=["INV-19335"], n="German; asks which entity invoice addressed to; other creditor")

m(frm="Mailbox Bot <mailbot@clearwatersurveys.example>", subj="Re: INV-19447", d="2025-05-30 +0100",
  h={"Precedence": "bulk", "X-Autoreply": "yes"},
  body="""This mailbox is no longer in use. Clearwater Surveys has merged with Tidemark Surveying Ltd. Please send all correspondence to accounts@tidemark-surveying.example.""",
  i="ignore", r=["INV-19447"], n="mailbox no longer in use; merger notice")

m(frm="Andrew Chu <andrew.chu@chuventures.example>", subj="Re: Re: INV-19552", d="2026-04-02 -0700",
  body="""Hey — only saw this last night, sorry. Bit of background: our controller just left and I'm covering AP until we hire. I went through the open items yesterday and yours was on it. Bottom line, the wire is scheduled for April 10 for the full $7,980.

Andrew""",
  i="promise_to_pay", p="md:04-10", a="7980.00", c="USD", r=["INV-19552"], n="decisive sentence at end; US date")

m(frm="Lucy Armitage <lucy@armitagebeauty.example>", subj="Re: INV-19660", d="2025-03-17 +0000",
  body="""Would it be ok if I paid this on the 28th instead? That's when my salon rent clears and I'll know exactly where I am.

Lucy""",
  i="extension_request", p="dom:28", r=["INV-19660"], n="asks permission for the 28th")

m(frm="Office Manager <office@beaconhillchurch.example>", subj="Re: Invoice for chairs", d="2025-09-24 +0100",
  body="""Hello,

Thank you for your email. Our treasurer only comes in on Thursdays so I have left the invoice on his desk with a note. He'll deal with it then.

Blessings,
Margaret
Beacon Hill Church Office""",
  reply=True, i="ignore",
  n="HARD: passing to treasurer; no commitment by the treasurer himself -> ignore")

m(frm="Robbie McAllister <robbie@mcallister-pipes.example>", subj="Re: INV-19771", d="2025-06-20 +0100",
  body="""We were charged VAT at 20% on the lot but the boiler parts are for a new-build and should be zero-rated. We sent you the certificate in April. The invoice needs redoing — £3,168.00 is wrong, should be £2,640.00.

Robbie""",
  i="dispute", a="3168.00", c="GBP", r=["INV-19771"], n="VAT wrongly charged; disputed figure is the charged total")

m(frm="Kaufmann Vertrieb <vertrieb@kaufmann-gmbh.example>", subj="Neue Preisliste 2026 / New price list 2026", d="2025-12-04 +0100",
  fmt="html", html="""<html><body><p>Sehr geehrte Kunden,</p><p>anbei finden Sie unsere neue Preisliste, gültig ab 1. Januar 2026. Die meisten Preise bleiben stabil; bei Edelstahlprodukten ergeben sich Anpassungen von ca. 4&nbsp;%.</p><p>Dear customers, please find our new price list valid from 1 January 2026.</p><p>Ihr Kaufmann Vertriebsteam</p></body></html>""",
  i="ignore", n="supplier price-list mailing, HTML-only")

m(frm="Akosua Mensah <akosua@mensah-fabrics.example>", subj="Re: payment", d="2025-08-15 +0100",
  body="""Hi, our bank details changed? Your reminder has different sort code from the invoice. Which one is right??

Akosua""",
  reply=True, i="question", n="asks which bank details are correct (possible fraud check)")

m(frm="Pieter de Vries <pieter@devries-transport.example>", subj="Re: INV-19884 herinnering", d="2025-10-10 +0200",
  body="""Goedemiddag,

Betaling van € 2.744,50 staat ingepland voor vrijdag 17 oktober.

Met vriendelijke groet,
Pieter de Vries""",
  i="promise_to_pay", p="md:10-17", a="2744.50", c="EUR", r=["INV-19884"], n="Dutch; scheduled for Friday 17 October")

m(frm="Zoë Fairbanks <zoe@fairbanksfilms.example>", subj="Automatic reply: RE: INV-19990", d="2025-11-21 +0000",
  h={"Auto-Submitted": "auto-replied"},
  body="""I'm on set until 5 December with no email access. For production accounts please contact our line producer, Raj (raj@fairbanksfilms.example). For anything else, I'll reply when I'm back.""",
  i="ignore", r=["INV-19990"], rd="md:12-05", n="OOO on set; accounts contact")

m(frm="Graham Thorne <graham@thorneagri.example>", subj="Re: INV-20011", d="2025-04-11 +0100",
  body="""cheque in the post yesterday for £1,050. Graham""",
  i="already_paid", a="1050.00", c="GBP", r=["INV-20011"], n="cheque posted")

m(frm="Melanie Brooks <melanie@brookspetcare.example>", subj="Re: Statement attached", d="2025-05-14 +0100",
  body="""Hi Northwind,

Thanks for the statement. I can see INV-20127 and INV-20128 on there — the first one we disputed back in March (the grooming tables were never delivered, your driver took them back), and that's still not been credited. Please remove it. We'll pay INV-20128 on Friday.

Mel""",
  i="dispute", r=["INV-20127", "INV-20128"], n="HARD: dispute on one invoice + promise on another -> dispute")

m(frm="Alerts <alerts@parcelfast.example>", subj="Your parcel is out for delivery", d="2025-07-08 +0100",
  h={"Auto-Submitted": "auto-generated"},
  body="""Good news! Your parcel PF88213441GB is out for delivery today between 10:15 and 11:15.

Track your parcel: parcelfast.example/t/PF88213441GB""",
  i="ignore", n="courier notification, irrelevant")

m(frm="Tomasz Zieliński <tomasz@zielinski-budowa.example>", subj="Re: INV-20236", d="2026-05-26 +0200",
  body="""Hello,

We can not pay this week, our client delay payment to us. Could you give us two more weeks?

Tomasz""",
  i="extension_request", p="+14", r=["INV-20236"], n="two more weeks = +14")

m(frm="Faith Okoro <faith@okoro-events.example>", subj="Re: Reminder – INV-20344", d="2025-03-04 +0000",
  fmt="html", html="""<div dir="ltr">Hello,<div><br></div><div>Payment was made on the 26th of February, &pound;1,380.00, reference OKORO EVENTS. Kindly check and confirm receipt.</div><div><br></div><div>Thanks</div><div>Faith</div><div><br></div><div>Sent from my Galaxy</div></div>""",
  i="already_paid", a="1380.00", c="GBP", r=["INV-20344"], n="HTML-only; paid 26 Feb")

m(frm="Office <office@hillsidekindergarten.example>", subj="Re: INV-20450", d="2025-01-30 +0000",
  body="""Thanks for letting us know. I've forwarded this to the committee treasurer, Julie Prior, who handles payments.""",
  i="ignore", r=["INV-20450"], n="forwarded to treasurer acknowledgement")

m(frm="Callum Reid <callum@reid-it.example>", subj="Re: INV-20563", d="2025-09-29 +0100",
  body="""Hi,

Who's the best person to speak to about your invoicing? We keep getting invoices with no PO number on them and they bounce straight out of our system. Happy to pay, just need them in the right format. Is there someone I can call?

Callum Reid
IT & Procurement, Reid IT Solutions""",
  i="question", r=["INV-20563"], n="asks who to contact about invoice format/PO")

m(frm="Harper & Co Newsletter <hello@harperandco.example>", subj="Our autumn collection has landed 🍂", d="2025-09-16 +0100",
  h={"List-Unsubscribe": "<https://harperandco.example/u>"},
  fmt="html", html="""<html><body><center><h1 style="font-family:serif">Autumn at Harper &amp; Co</h1><p>Wool throws, stoneware mugs and candles that smell like bonfire night.</p><p><b>Members get 15% off this weekend only.</b></p><a href="https://harperandco.example/autumn">Shop now</a><p style="font-size:10px">Harper &amp; Co, 12 Mill Lane. You are receiving this because you signed up.</p></center></body></html>""",
  i="ignore", n="retail marketing HTML-only")

m(frm="Jim Pollard <jim@pollardfencing.example>", subj="Re: INV-20679", d="2025-11-18 +0000",
  body="""Jim here. Tried ringing twice. We will clear the balance of £560 on Thursday, sorry for the hold-up.""",
  i="promise_to_pay", p="thu", a="560.00", c="GBP", r=["INV-20679"], n="short promise Thursday")

m(frm="Ana Lima <ana.lima@lima-cafe.example>", subj="Resposta automática: Lembrete de pagamento", d="2025-12-29 -0300",
  h={"X-Autoreply": "yes"},
  body="""Olá! Estamos de férias coletivas até 12 de janeiro. Responderemos assim que voltarmos.

Hello! We are on collective holiday until 12 January. We will reply when we are back.""",
  i="ignore", rd="md:01-12", n="Portuguese/English collective holiday; return next year")

m(frm="Nathan Price <nathan.price@pricecarpentry.example>", subj="Re: INV-20782 - 45 days overdue", d="2025-06-27 +0100",
  body="""Hi,

Can you do me a favour and split it into three? £400 now, £400 end of July, £400 end of August. I'll send the first £400 today if you agree.

Nathan""",
  i="extension_request", p="today", a="400.00", c="GBP", r=["INV-20782"],
  n="HARD: instalment request; first £400 today conditional on agreement -> extension, first date today")

m(frm="Ruby Sinclair <ruby@sinclairstudio.example>", subj="Re: Invoice #20891", d="2025-02-18 +0000",
  body="""Hi, the invoice says 'net 60' but your reminder says it was due after 30 days. I'm not arguing, just want to know which is right so I know when it's actually due?

Ruby""",
  i="question", r=["20891"], n="asks about payment terms without contesting")

m(frm="Postmaster <postmaster@carrick-timber.example>", subj="Automatic reply: INV-20905", d="2026-07-20 +0100",
  h={"Auto-Submitted": "auto-replied"},
  body="""Thank you for your email. I'm out of the office on Friday 24 July and will reply on my return on Monday 27 July.

Accounts payable queries: ap@carrick-timber.example

Shona Carrick""",
  i="ignore", r=["INV-20905"], rd="md:07-27", n="OOO set in advance; back Monday 27 July")

m(frm="Gianluca Bianchi <gianluca@bianchi-moto.example>", subj="Re: INV-21013", d="2025-10-03 +0200",
  body="""Hi,

we received only 8 of the 10 exhausts. Your delivery note says 10 but the driver left 8 and I wrote it on the note. We pay for 8, not 10. Please send credit note for € 1.260,00 (2 pieces).

Gianluca""",
  i="dispute", a="1260.00", c="EUR", r=["INV-21013"], n="short delivery; asks credit for 2 pieces")

m(frm="Fatou Diallo <fatou@diallo-textiles.example>", subj="Re: INV-21129", d="2025-08-01 +0000",
  body="""Dear Northwind,

The payment was sent on 25 July by international transfer, USD 2,960.00. Our bank says it can take up to 5 days. The SWIFT reference is attached.

Best regards,
Fatou Diallo""",
  att=[("SWIFT_confirmation.pdf", "application/pdf", b"%PDF-1.4\n% SWIFT USD 2960.00 25/07/2025\n%%EOF\n")],
  i="already_paid", a="2960.00", c="USD", r=["INV-21129"], n="international transfer with attachment")

m(frm="Trevor Hollis <trevor@hollis-garage.example>", subj="Re: INV-21237", d="2025-03-05 +0000",
  body="""noted""",
  q=dict(style="outlook", d="2025-03-04 12:00 +0000", subj="INV-21237", text="""Dear Trevor,

Further to our call, we confirm that you will pay INV-21237 (£455.00) by 14 March.

Regards
Northwind Supplies Ltd"""),
  i="ignore", r=["INV-21237"], n="HARD: 'noted' under our confirmation of their promise; promise only in quote -> ignore")
# ---- batch 5 -------------------------------------------------------------
m(frm="Rosa Klein <rosa@kleinbakery.example>", subj="Re: Payment reminder: INV-21340", d="2025-05-02 +0200",
  body="""I have just one question before I pay: can I pay in two parts from two different accounts (business and personal)? Will you be able to match it?

Rosa""",
  i="question", r=["INV-21340"], n="asks whether split payment from two accounts can be matched")

m(frm="Ollie Grant <ollie@grantbrewing.example>", subj="Re: INV-21452", d="2025-07-25 +0100",
  body="""Yep, I'll transfer the £300 tonight and the remainder when the pub chain pays us.

O""",
  i="promise_to_pay", p="today", a="300.00", c="GBP", r=["INV-21452"], n="'tonight' = today; partial")

m(frm="\"Hélène Rousseau\" <helene@rousseau-immobilier.example>", subj="Absence du bureau", d="2025-02-14 +0100", cs="iso-8859-1",
  body="""Bonjour,

Je suis absente pour les vacances scolaires et de retour le lundi 3 mars. Pour toute urgence, vous pouvez joindre l'agence au 01 55 55 01 23.

Bien cordialement,
Hélène Rousseau""",
  i="ignore", rd="md:03-03", n="French OOO school holidays")

m(frm="Victor Lindahl <victor@lindahl-marin.example>", subj="SV: INV-21567", d="2025-06-10 +0200",
  body="""Hi,

we cannot pay before midsummer, the season has not started yet. Is it possible to pay 30 June?

Victor""",
  i="extension_request", p="md:06-30", r=["INV-21567"], n="asks permission for 30 June")

m(frm="Accounts Team <accounts@carlisle-vets.example>", subj="RE: INV-21678", d="2025-09-04 +0100",
  fmt="alt", hs="outlook", body="""Good afternoon,

Payment for INV-21678 has been approved for our run on the 15th.

Kind regards,
Accounts Team
Carlisle Veterinary Group

Please consider the environment before printing this email.""",
  i="promise_to_pay", p="dom:15", r=["INV-21678"], n="approved for run on the 15th")

m(frm="Jordan Blake <jordan@blakeconstruction.example>", subj="Re: INV-21780 overdue", d="2025-11-20 -0500",
  body="""This invoice is a duplicate of INV-21702 which we paid on Oct 30. Same job number, same amount ($5,215.00). Please void it.

Jordan Blake
Project Accountant""",
  i="dispute", a="5215.00", c="USD", r=["INV-21780", "INV-21702"],
  n="HARD: duplicate invoice; mentions payment of the other one but contests this -> dispute")

m(frm="Marta Horvat <marta@horvat-vina.example>", subj="Re: INV-21893", d="2025-10-15 +0200",
  body="""Poštovani,

Plaćeno 10.10. — 1.920,00 EUR. U privitku je potvrda.

Paid on 10.10 — EUR 1,920.00. Confirmation attached.

Marta""",
  att=[("potvrda_placanja.pdf", "application/pdf", b"%PDF-1.4\n% potvrda 1920,00 EUR\n%%EOF\n")],
  i="already_paid", a="1920.00", c="EUR", r=["INV-21893"], n="Croatian/English with attachment")

m(frm="Maria Hernández <maria@hernandez-cleaning.example>", subj="Re: Reminder", d="2025-04-16 -0600",
  body="""Hola, sorry which company is this? I dont remember ordering from you""",
  reply=True, i="question",
  n="HARD: 'which company is this? don't remember ordering' — asking, not firmly contesting -> question")

m(frm="Out of Office Assistant <ooo@ridgewayschool.example>", subj="Out of Office: Re: INV-22001", d="2025-10-24 +0100",
  h={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
  body="""Thank you for your email. The finance office is closed for half term and reopens on Monday 3 November. Invoices and payment queries will be processed on our return.""",
  i="ignore", r=["INV-22001"], rd="md:11-03", n="half-term closure; invoices processed on return")

m(frm="Ewan Baird <ewan@bairdsmokehouse.example>", subj="Re: INV-22114", d="2026-01-28 +0000",
  body="""Hi folks,

Grim January here — footfall is a fraction of December. Any chance of paying this at the end of February instead? I'd rather be straight with you than miss a date I promised.

Ewan""",
  i="extension_request", p="md:02-28", r=["INV-22114"], n="asks for end of February (2026 not leap)")

m(frm="Clara Jung <clara@jung-architektur.example>", subj="Re: INV-22226", d="2025-03-20 +0100",
  fmt="html", html="""<html><body style="font-family:-apple-system,Helvetica"><div>Hallo,</div><div><br></div><div>die Zahlung ist am Dienstag rausgegangen (2.450,00&nbsp;€). Anbei der Überweisungsbeleg.</div><div><br></div><div>Viele Grüße<br>Clara</div><div><br><blockquote type="cite">Am 19.03.2025 um 09:14 schrieb Northwind Supplies Ltd &lt;accounts@northwind-supplies.example&gt;:<br><br><div>Dear Clara, this is a reminder that INV-22226 (EUR 2,450.00) was due on 10 March. Best regards, Northwind</div></blockquote></div></body></html>""",
  att=[("Ueberweisung.pdf", "application/pdf", b"%PDF-1.4\n% Ueberweisung 2450,00 EUR\n%%EOF\n")],
  i="already_paid", a="2450.00", c="EUR", r=["INV-22226"], n="Apple HTML with German quote + bank slip attachment")

m(frm="Noreply <noreply@bankalerts-secure.example>", subj="Unusual sign-in activity on your account", d="2026-03-03 +0000",
  body="""We detected an unusual sign-in attempt on your business banking account.

If this was not you, verify your identity immediately: http://bankalerts-secure.example/verify

Failure to verify within 12 hours will result in account suspension.""",
  i="ignore", n="phishing spam")

m(frm="Kate Summers <kate.summers@summershealth.example>", subj="Re: INV-22339 — second reminder", d="2025-08-26 +0100",
  body="""Hi,

We never ordered this. The 'order' was placed through your website by someone using our old address, and the goods went to a different postcode altogether. I've reported it to Action Fraud (ref NFRC250812345). Please cancel INV-22339.

Kate Summers
Operations Director, Summers Health""",
  i="dispute", r=["INV-22339"], n="fraudulent order; never ordered; fraud ref not invoice")

m(frm="Benedikt Maier <b.maier@maier-metall.example>", subj="AW: INV-22450", d="2025-12-10 +0100",
  body="""Guten Morgen,

bitte senden Sie uns eine aktuelle Kontoauszugsübersicht. Laut unserer Buchhaltung sind alle Rechnungen bis einschließlich INV-22450 bezahlt, aber wir möchten das abgleichen.

Danke
B. Maier""",
  i="question", r=["INV-22450"],
  n="HARD: asks for statement to reconcile; believes paid but main ask is info -> question")

m(frm="HR Team <hr@pennantgroup.example>", subj="Automatic reply: Overdue invoice", d="2025-06-18 +0100",
  body="""Thank you for your email. Please note this is the HR mailbox and we do not handle supplier invoices. Please resend to purchase.ledger@pennantgroup.example.""",
  i="ignore", n="misdirected to HR mailbox, auto text no headers")

m(frm="Liu Yang <liu.yang@yangelectronics.example>", subj="Re: INV-22563 overdue", d="2025-05-29 +0800",
  body="""Dear Sir,

Our finance department has scheduled the payment of USD 14,300.00 on 6 June. We apologise for the delay due to the Dragon Boat holiday closure.

Regards,
Liu Yang""",
  i="promise_to_pay", p="md:06-06", a="14300.00", c="USD", r=["INV-22563"], n="scheduled 6 June")

m(frm="Rhys Jenkins <rhys@jenkinsdairy.example>", subj="Re: INV-22677", d="2025-02-25 +0000",
  body="k", i="ignore", r=["INV-22677"], n="one-letter acknowledgement")

m(frm="Siobhan Byrne <siobhan@byrnepharmacy.example>", subj="Re: INV-22789", d="2025-07-02 +0100",
  body="""Hi there,

We're waiting on a statement from you before paying anything — there are three credit notes I think you owe us and I want to see them netted off. Can you send a full statement of account?

Siobhan""",
  i="question", r=["INV-22789"],
  n="HARD: wants statement to see credits netted; not explicitly contesting this invoice -> question")

m(frm="Grace Obi <grace@obi-catering.example>", subj="Re: INV-22890", d="2025-09-11 +0100",
  body="""Hello,

Thank you for your patience. I can confirm we will pay £1,650 by the end of next week.

Grace""",
  i="promise_to_pay", p="nextweek", a="1650.00", c="GBP", r=["INV-22890"], n="end of next week")

m(frm="support@petalpost.zendesk.example", subj="Request received: Re: INV-22904", d="2025-04-04 +0100",
  h={"Auto-Submitted": "auto-replied"},
  body="""Hello,

Thanks for getting in touch with Petal Post! We've logged your email (request #55129) and someone from the team will reply soon. Our usual reply time is 24 hours, Monday to Friday.

Petal Post Customer Happiness Team""",
  i="ignore", r=["INV-22904"], n="Zendesk acknowledgement")

m(frm="Moritz Vogel <moritz@vogel-druck.example>", to=BW, subj="Re: Brightwater Print - Rechnung INV-23016", d="2025-11-05 +0100",
  body="""Hallo,

die Flyer hatten einen deutlichen Farbstich (Magenta), wir haben das am 21.10. mit Fotos reklamiert. Bisher keine Antwort. Bevor das nicht geklärt ist, zahlen wir die 1.150 € nicht.

Moritz Vogel""",
  i="dispute", a="1150.00", c="EUR", r=["INV-23016"], n="print quality complaint; other creditor")

m(frm="Daisy Hewitt <daisy@hewittnursery.example>", subj="Re: INV-23128", d="2026-04-22 +0100",
  body="""Hi, sorry!! Completely forgot. Done now — £212.40. Daisy""",
  i="already_paid", a="212.40", c="GBP", r=["INV-23128"], n="'done now' = paid")

m(frm="Admin <admin@greenacre-surgery.example>", subj="Re: INV-23237", d="2025-08-29 +0100",
  body="""Dear Sir/Madam

Please note we have changed our address for invoices. Could you please confirm you have updated your records and reissue INV-23237 to the new address before we process it?

New address: Greenacre Surgery, Unit 4, Station Road, Hexley HX2 4PL

Admin Team""",
  i="question", r=["INV-23237"], n="asks to confirm and reissue to new address before processing")

m(frm="Sales <sales@rapid-trade-leads.example>", subj="10,000 verified B2B leads for £99", d="2025-10-16 +0000",
  body="""Hi,

Want more customers? We sell verified UK business email lists, segmented by industry and region. 10,000 leads for just £99.

Reply YES for a free sample.""",
  i="ignore", n="spam")

m(frm="Arjun Patel <arjun@patelpharmacy.example>", subj="Re: INV-23340", d="2025-01-15 +0000",
  body="""Hi,

Cash flow is tight after Christmas. Could we do £250 now and £250 on the 15th of February?

Arjun""",
  i="extension_request", a="250.00", c="GBP", r=["INV-23340"],
  n="HARD: split request with '£250 now' — 'now' not a date -> promised_date null")

m(frm="Auto-Reply <no-reply@stonebridgecouncil.example>", subj="Acknowledgement of your email", d="2025-03-25 +0000",
  h={"Auto-Submitted": "auto-replied", "Precedence": "bulk"},
  body="""Thank you for contacting Stonebridge Borough Council. Your email has been received. If your enquiry relates to an invoice, please ensure you have quoted a valid purchase order number, as invoices without a PO cannot be paid. We aim to respond within 10 working days.""",
  i="ignore", n="council auto-ack mentioning PO policy")

m(frm="Phoebe Lane <phoebe@lanedesign.example>", subj="Re: INV-23452", d="2025-06-05 +0100",
  body="""Hiya,

Just FYI, I'm the new office manager here — Tom who you used to deal with has left. Tom apparently told you we'd pay this last month, and clearly we didn't. I've got it approved now, it'll go out with our Friday payments.

Phoebe""",
  i="promise_to_pay", p="fri", r=["INV-23452"], n="new office manager (different person) promises Friday")

m(frm="Seamus Gallagher <seamus@gallagherfarm.example>", subj="Re: Re: INV-23568", d="2025-10-31 +0000",
  body="""I told you before, the fertiliser was the wrong grade. I'm not paying €2,300 for stuff I can't spread. Come and collect it.

Seamus

On Thu, 30 Oct 2025 at 09:02, Northwind Supplies Ltd <accounts@northwind-supplies.example> wrote:
> Dear Seamus,
> We have not received payment for INV-23568 (€2,300.00). Please let us know when payment will be made.""",
  i="dispute", a="2300.00", c="EUR", r=["INV-23568"], n="wrong product grade; refuses")

m(frm="Claire Bowen <claire@bowen-opticians.example>", subj="Re: Remittance", d="2025-12-12 +0000",
  body="""Please find attached our remittance for payment made today.

Claire Bowen
Bowen Opticians""",
  att=[("REMITTANCE ADVICE 12-12-2025.pdf", "application/pdf", b"%PDF-1.4\n% Bowen Opticians remittance INV-23671 GBP 834.00\n%%EOF\n")],
  reply=True, i="already_paid", n="remittance attached, details only in the attachment")

m(frm="Gemma Ross <gemma@rosshairdressing.example>", subj="Auto reply", d="2025-07-14 +0100",
  body="""Hi lovely, I'm on holiday until Monday 21st July ☀️ Salon bookings: call 01632 960 880. Gemma x""",
  i="ignore", rd="md:07-21", n="casual OOO")

m(frm="Henrik Dahl <henrik@dahl-it.example>", subj="Re: INV-23789", d="2025-09-30 +0200",
  body="""Hi,

We agreed 3 licences, the invoice has 5. We have not activated the extra two. Please correct to 3 and re-send.

/Henrik""",
  i="dispute", r=["INV-23789"], n="billed for more licences than agreed")

m(frm="Tessa Monroe <tessa@monroe-pr.example>", subj="Re: INV-23891", d="2026-02-13 -0500",
  body="""Hi there, happy Friday! Would it be ok to pay this on the 27th? We get paid by our biggest client on the 25th.

Tessa""",
  i="extension_request", p="dom:27", r=["INV-23891"], n="asks permission for 27th")

m(frm="Ian Crowther <ian@crowtherprinting.example>", subj="Out of office Re: INV-23904", d="2025-08-22 +0100",
  body="""I am currently out of the office and will return on Tuesday 26 August (Monday is a bank holiday). If your query is about an invoice, please include the invoice number and I will deal with it then.

Ian""",
  i="ignore", r=["INV-23904"], rd="md:08-26", n="OOO mentions invoices; bank holiday")

m(frm="Nora Fitzgerald <nora@fitzgeraldbooks.example>", subj="Re: INV-24012", d="2025-05-08 +0100",
  body="""Hello,

This was settled on 2 May — £478.20 paid by debit card through your online portal. The confirmation number was 7731-AK.

Nora Fitzgerald
Fitzgerald's Bookshop""",
  i="already_paid", a="478.20", c="GBP", r=["INV-24012"], n="paid via portal")

m(frm="Leo Marchetti <leo@marchetti-gelato.example>", subj="Re: INV-24125", d="2025-03-12 +0100",
  body="""Buongiorno, what is the IBAN? The invoice has no bank details on it.

Leo""",
  i="question", r=["INV-24125"], n="asks for bank details")

m(frm="Sarah Jennings <sarah@jenningsvets.example>", subj="Automatic reply: Statement of account", d="2026-11-16 +0000",
  h={"Auto-Submitted": "auto-replied"},
  body="""I am now working part-time (Monday–Wednesday). Emails received on other days will be answered the following Monday.

Sarah Jennings
Practice Accounts""",
  i="ignore", n="part-time working notice, no return date")

m(frm="Bilal Chaudhry <bilal@chaudhry-wholesale.example>", subj="Re: INV-24237 and INV-24238", d="2025-10-06 +0100",
  body="""Hi

INV-24237 paid on Friday. INV-24238 I can pay half (£900) this Thursday and half next month if that's alright.

Bilal""",
  i="extension_request", p="thu", a="900.00", c="GBP", r=["INV-24237", "INV-24238"],
  n="HARD: mixed paid + split request ('if that's alright') -> extension; first £900 Thursday")

m(frm="Fiona Reilly <fiona@reilly-events.example>", subj="Re: INV-24350", d="2025-07-07 +0100",
  fmt="alt", body="""Hi,

We're paying this tomorrow — I've just approved it in the bank. €3,075.00.

Fiona""",
  i="promise_to_pay", p="tomorrow", a="3075.00", c="EUR", r=["INV-24350"], n="tomorrow")

m(frm="Marketing <marketing@pinnacle-forklifts.example>", subj="Is your forklift LOLER inspection due?", d="2025-11-24 +0000",
  fmt="alt", body="""Hi,

Thorough examinations under LOLER are required every 6 or 12 months. Book before 19 December and get 10% off your inspection, plus a free battery health check.

Book at pinnacle-forklifts.example/loler

Pinnacle Forklifts""",
  i="ignore", n="marketing")

m(frm="Bryony Hale <bryony@halegallery.example>", subj="Re: INV-24462 reminder", d="2025-04-24 +0100",
  body="""Dear Northwind,

I am writing on behalf of Hale Gallery, as my father who ordered these frames has had a fall. I've found your invoice in his papers and paid it today online, £692.00. Please let me know if there is anything else outstanding so I can close it off.

Best wishes,
Bryony Hale""",
  i="already_paid", a="692.00", c="GBP", r=["INV-24462"], n="different family member pays; trailing question subsidiary")

m(frm="Service Desk <servicedesk@allenby-group.example>", subj="Ticket INC0098213 has been resolved", d="2025-06-26 +0100",
  h={"Auto-Submitted": "auto-generated"},
  body="""Your ticket INC0098213 "Overdue invoice from Northwind Supplies" has been resolved by the Accounts Payable team.

Resolution notes: forwarded to AP processing queue.

If you believe this ticket is not resolved, reply within 5 days to reopen it.""",
  i="ignore", n="ServiceNow-style ticket resolved notification")
# ---- batch 6 -------------------------------------------------------------
m(frm="Adele Fontaine <adele@fontaine-traiteur.example>", subj="RE: INV-24573 - rappel", d="2025-09-22 +0200",
  fmt="html", hs="outlook",
  body="""Bonjour,

Pourriez-vous nous accorder un délai jusqu'au 15 octobre ? Nous attendons le règlement d'un gros client événementiel.

Merci d'avance,
Adèle Fontaine
Fontaine Traiteur""",
  q=dict(style="outlook", d="2025-09-19 10:30 +0200", subj="INV-24573 - rappel", text="""Dear Adèle,

INV-24573 (EUR 1,780.00) was due on 5 September. Please let us know when we can expect payment.

Kind regards,
Northwind Supplies Ltd"""),
  i="extension_request", p="md:10-15", r=["INV-24573"], n="French HTML-only Outlook with quote; asks until 15 October")

m(frm="Hamza Yilmaz <hamza@yilmaz-kebab.example>", subj="Re: INV-24681", d="2025-11-28 +0000",
  body="""hello mate paid it this morning £146 sorry""",
  i="already_paid", a="146.00", c="GBP", r=["INV-24681"], n="very short informal paid")

m(frm="Leila Moradi <leila@moradi-architecture.example>", subj="Re: FW: INV-24796", d="2025-02-27 +0000",
  body="""Hello,

Our director forwarded me your reminder. Before I can process it I need a purchase order — could you tell me who at our company placed the order? I can't find a PO raised for Northwind in February.

Many thanks,
Leila Moradi
Finance Assistant

-----Original Message-----
From: Farid Moradi <farid@moradi-architecture.example>
Sent: 26 February 2025 18:02
To: Leila Moradi <leila@moradi-architecture.example>
Subject: FW: INV-24796

Leila - is this one ours?

-----Original Message-----
From: Northwind Supplies Ltd <accounts@northwind-supplies.example>
Sent: 26 February 2025 09:40
Subject: INV-24796

Dear Farid, INV-24796 for £2,204.00 is now overdue. Please arrange payment.""",
  i="question", r=["INV-24796"], n="forwarded chain; colleague asks who placed the order / PO")

m(frm="Vacation Responder <noah@brightlinecoffee.example>", subj="Re: INV-24802", d="2026-08-10 -0400",
  h={"Auto-Submitted": "auto-replied"},
  body="""Hey! I'm off the grid hiking until August 24. If it's about an order, email orders@brightlinecoffee.example. If it's about money, it can wait until I'm back :)

Noah""",
  i="ignore", r=["INV-24802"], rd="md:08-24", n="casual vacation responder mentioning money")

m(frm="Gemma Liddell <gemma.liddell@liddellcare.example>", subj="Re: INV-24918", d="2025-06-13 +0100",
  body="""Hi

Sorry this is late. The invoice had gone to our old manager's inbox. I've sent it to our head office for payment and they pay on the last Friday of the month, so it'll be paid on the 27th.

Gemma""",
  i="promise_to_pay", p="dom:27", r=["INV-24918"], n="last Friday of June 2025 = the 27th")

m(frm="Chris Oduya <chris@oduya-security.example>", subj="Re: Your invoice", d="2025-10-01 +0100",
  body="""Hi, just to say the guard hours you've billed for September include 3 nights when your guard didn't show up. We logged it each time with your control room. I'm only going to pay for the nights actually covered.

Chris""",
  reply=True, i="dispute", n="service not delivered for some nights")

m(frm="Amira Saleh <amira@saleh-beauty.example>", subj="Re: INV-25033", d="2025-04-07 +0100",
  fmt="html", html="""<div dir="auto">Can I pay next Monday instead? Got paid late by a client x</div><div dir="auto"><br></div><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Fri, 4 Apr 2025, 11:03 Northwind Supplies Ltd, &lt;accounts@northwind-supplies.example&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">Hi Amira, just a gentle reminder that INV-25033 (&pound;188.00) is due today. Thanks!</blockquote></div>""",
  i="extension_request", p="mon", r=["INV-25033"],
  n="HARD: 'next Monday' on a Monday -> first Monday strictly after; Gmail mobile HTML-only")

m(frm="Terry Wong <terry@wongprecision.example>", subj="Re: Overdue account", d="2025-12-16 +0000",
  body="""Morning,

INV-25140 — paid 12/12, £3,900.00
INV-25141 — paid 12/12, £1,212.50

Both in one BACS run, total £5,112.50.

Terry""",
  reply=True, i="already_paid", a="5112.50", c="GBP", r=["INV-25140", "INV-25141"],
  n="two invoices paid; total given as label amount")

m(frm="FreshDesk <support@vantage-labs.freshdesk.example>", subj="Ticket Received - Re: Past due INV-25252", d="2025-07-21 -0700",
  h={"Auto-Submitted": "auto-replied"},
  body="""Dear Customer,

We would like to acknowledge that we have received your request and a ticket has been created. A support representative will be reviewing your request and will send you a personal response (usually within 24 hours).

Ticket ID: 77410

Vantage Labs Support""",
  i="ignore", r=["INV-25252"], n="Freshdesk acknowledgement")

m(frm="Gareth Lloyd <gareth@lloydsteelworks.example>", subj="Re: INV-25369", d="2025-03-21 +0000",
  body="""The steel was delivered three weeks late and we had to source from elsewhere to keep the job going. We refused the delivery at the gate — it went straight back on your lorry. There's nothing to pay.

Gareth Lloyd
Contracts Manager""",
  i="dispute", r=["INV-25369"], n="delivery refused and returned")

m(frm="Carmen Ruiz <carmen@ruiz-dentistas.example>", subj="Re: factura INV-25470", d="2025-05-23 +0200",
  body="""Hola,

La transferencia se hará el lunes 26 de mayo por 1.340,00 €.

Saludos,
Carmen""",
  i="promise_to_pay", p="md:05-26", a="1340.00", c="EUR", r=["INV-25470"], n="Spanish; Monday 26 May")

m(frm="Operations <ops@kingfisherhotel.example>", subj="Re: INV-25583", d="2025-08-18 +0100",
  body="""Received with thanks, we'll look into this.

Kingfisher Hotel Operations""",
  i="ignore", r=["INV-25583"], n="acknowledgement without commitment")

m(frm="Jakub Dvořák <jakub@dvorak-pivovar.example>", subj="Re: INV-25690 (CZK)", d="2025-10-21 +0200",
  body="""Dobrý den,

sorry for delay. Could we pay 60 000 Kč now and the rest 45 000 Kč in November? Our hop supplier also want money now.

Jakub""",
  i="extension_request", a="60000.00", c="CZK", r=["INV-25690"], n="split request CZK; 'now' -> null date")

m(frm="Simone Weiss <simone@weiss-galerie.example>", subj="Abwesenheitsnotiz", d="2025-12-19 +0100",
  body="""Liebe Kunden, die Galerie ist vom 20.12.2025 bis 06.01.2026 geschlossen. Ab dem 07.01.2026 sind wir wieder für Sie da. Frohe Feiertage!""",
  i="ignore", rd="iso:2026-01-07", n="German holiday closure with explicit return")

m(frm="Matthew Greene <matt@greenegardens.example>", subj="Re: INV-25701", d="2025-06-03 +0100",
  body="""Matt here. Quick one — is this for the May visit or the June one? I've paid May already, so if it's May then it's paid, and if it's June I haven't had the invoice yet.

Matt""",
  i="question", r=["INV-25701"], n="HARD: conditional paid claim; asks which visit -> question")

m(frm="Sandeep Rao <sandeep@raoconsultancy.example>", subj="Re: INV-25814", d="2026-09-04 +0100",
  fmt="alt", body="""Dear Northwind,

Paid in full this morning — £2,150.00 via Faster Payments, reference RAO-25814.

Best regards,
Sandeep Rao
Rao Consultancy Ltd""",
  q=dict(style="gmail", d="2026-09-03 14:00 +0100", subj="INV-25814", text="""Dear Sandeep,

Thanks for the call this afternoon. As agreed, we look forward to receiving £2,150.00 for INV-25814 by Friday 11 September.

Best,
Northwind Supplies Ltd"""),
  i="already_paid", a="2150.00", c="GBP", r=["INV-25814"], n="paid; quoted history has our note of their promise")

m(frm="Olivia Barnes <olivia@barnes-interiors.example>", subj="Your mail to Olivia Barnes", d="2025-01-08 +0000",
  body="""Thanks for your email. I'm on parental leave until September 2025. My colleague James Holt (james@barnes-interiors.example) is covering my accounts work in the meantime.""",
  i="ignore", n="parental leave with month-only return -> no return_date")

m(frm="Rory Quinn <rory@quinnroofing.example>", subj="RE: INV-25926", d="2025-09-10 +0100",
  body="""I'll pay it. Not today, but Friday for definite.""",
  i="promise_to_pay", p="fri", r=["INV-25926"], n="short firm Friday")

m(frm="Eva Novotná <eva@novotna-design.example>", subj="Re: INV-26038", d="2025-02-03 +0100",
  body="""Hello,

I returned the desk lamp (faulty switch) and the replacement was also faulty, so I returned that too. I would like a refund or credit for the 2 × 89 € — the invoice still includes them.

Eva""",
  i="dispute", a="178.00", c="EUR", r=["INV-26038"], n="faulty items returned twice; 2 x 89 = 178 computed")

m(frm="Do Not Reply <donotreply@payroll-news.example>", subj="Payroll deadlines for the festive period", d="2025-11-27 +0000",
  h={"Precedence": "bulk"},
  body="""Reminder: the last payroll submission date before Christmas is 15 December. Please make sure all timesheets are submitted by then.

This is an automated bulletin. Do not reply.""",
  i="ignore", n="irrelevant bulletin")

m(frm="Hattie Moore <hattie@mooreequestrian.example>", subj="Re: INV-26143", d="2025-07-29 +0100",
  body="""Hello,

Would you be able to give me until the end of August? The summer shows have been expensive and my sponsor's payment isn't due until then.

Hattie""",
  i="extension_request", p="md:08-31", r=["INV-26143"], n="asks until end of August")

m(frm="Omar Farouk <omar@farouk-import.example>", subj="Re: INV-26255", d="2025-04-15 +0200",
  body="""Dear sir,

Kindly send us your bank letter confirming account details, signed and stamped. Our compliance team requires this before the first transfer to a new supplier.

Regards,
Omar""",
  i="question", r=["INV-26255"], n="needs bank confirmation letter")

m(frm="Auto reply <noreply@hollowayandsons.example>", subj="Auto: We're closed for stocktake", d="2025-03-31 +0100",
  h={"X-Autoreply": "yes"},
  body="""Holloway & Sons is closed for annual stocktake until Thursday 3 April. Emails will be answered in order of receipt when we reopen.""",
  i="ignore", rd="md:04-03", n="stocktake closure")

m(frm="Beatrice Ford <beatrice@fordvintage.example>", subj="Re: INV-26367", d="2025-11-03 +0000",
  body="""I've paid this twice now! Once on 15 October and again on 28 October when your colleague said it hadn't arrived. £512.00 each time. Please refund one of them.

Beatrice""",
  i="already_paid", a="512.00", c="GBP", r=["INV-26367"],
  n="HARD: claims double payment; says already paid (no contest of invoice itself)")

m(frm="Kestrel Support <noreply@kestrel-facilities.example>", to=KF, subj="Newsletter Q2: Neue Reinigungsintervalle", d="2025-05-05 +0200",
  h={"Precedence": "bulk"},
  body="""Liebe Partnerinnen und Partner,

ab Juli stellen wir die Reinigungsintervalle für Lagerflächen auf ein neues Modell um. Alle Details finden Sie im Kundenportal.

Ihr Kestrel-Team""",
  i="ignore", n="creditor's own newsletter looped back; irrelevant")

m(frm="Lewis Hamilton-Grey <lewis@hgconstruction.example>", subj="Re: INV-26470 - urgent", d="2026-06-11 +0100",
  fmt="html", hs="outlook",
  body="""Hi,

We'll pay once the retention is released — that's usually 30 days after practical completion, which was last Friday. So realistically early July.

Thanks
Lewis""",
  i="extension_request", r=["INV-26470"],
  n="HARD: payment tied to retention release, vague 'early July' -> extension, null date; HTML-only")

m(frm="Valentina Greco <valentina@greco-ristorante.example>", subj="Re: INV-26583", d="2025-08-08 +0200",
  body="""Hi, la settimana prossima facciamo il bonifico di 640 €. Next week we pay. Grazie!""",
  i="promise_to_pay", p="nextweek", a="640.00", c="EUR", r=["INV-26583"], n="Italian/English; next week")

m(frm="Neil Hutchison <neil@hutchisonmarine.example>", subj="Re: INV-26697", d="2025-10-13 +0100",
  body="""We didn't order the antifouling. The order was for 20 litres of primer; someone's keyed the wrong product code. Please credit it and invoice the primer instead.

Neil""",
  i="dispute", r=["INV-26697"], n="wrong product invoiced")

m(frm="Lara Kim <lara@kimyoga.example>", subj="Re: INV-26701", d="2025-01-22 +0000",
  body="""Hi! Do you accept PayPal? Bank transfers to the UK cost me a fortune from here.""",
  i="question", r=["INV-26701"], n="asks about PayPal payment")

m(frm="Gordon Baxter <gordon@baxterfarmsupplies.example>", subj="Out of office", d="2025-04-25 +0100",
  h={"Auto-Submitted": "auto-replied"},
  body="""I'm at the Royal Highland Show preparation meetings and back on the 5th of May. Urgent orders: 01555 010101.""",
  i="ignore", rd="md:05-05", n="OOO back 5th of May")

m(frm="Ayesha Siddiqui <ayesha@siddiqui-clinic.example>", subj="Re: INV-26812", d="2025-06-02 +0100",
  body="""Hi,

Payment has already been made — please check your records. We paid £1,024.00 on 20 May, reference SIDDIQUI CLINIC.

Dr Ayesha Siddiqui""",
  i="already_paid", a="1024.00", c="GBP", r=["INV-26812"], n="check your records")

m(frm="Sven Olsen <sven@olsen-bryggeri.example>", subj="Re: Re: INV-26920", d="2025-09-26 +0200",
  body="""Hei again,

Sorry, forgot to answer your question. Yes, we will pay 15 600 NOK on 1 October as I said on the phone.

Sven""",
  i="promise_to_pay", p="md:10-01", a="15600.00", c="NOK", r=["INV-26920"], n="confirms date in new text")

m(frm="Noreply <noreply@surveytool.example>", subj="How did we do? Rate your recent support experience", d="2025-02-12 +0000",
  body="""Hi,

You recently contacted our support team. How would you rate your experience?

★★★★★ Excellent
★★★★ Good
★★★ OK

Thanks for helping us improve.""",
  i="ignore", n="survey spam")

m(frm="Jonas Berg <jonas@bergfastigheter.example>", subj="SV: INV-27034", d="2025-05-16 +0200", cs="iso-8859-1", cte="8bit",
  body="""Hej,

Vi kan tyvärr inte betala just nu. Kan vi få betala i slutet av juni istället?

Jonas""",
  i="extension_request", p="md:06-30", r=["INV-27034"], n="Swedish: end of June")

m(frm="Rebecca Stone <rebecca@stonepottery.example>", subj="Re: INV-27147", d="2025-11-10 +0000",
  body="""Hi,

I'm a bit confused by the late payment fee of £40 on here. Is that something that gets added automatically? I'll pay the invoice, I just want to understand the fee first.

Rebecca""",
  i="question", r=["INV-27147"], n="HARD: asks about late fee without contesting; 'I'll pay' vague")

m(frm="IT <it@larchwoodacademy.example>", subj="Re: INV-27250", d="2025-12-04 +0000",
  body="""This message was sent to an unmonitored mailbox. Please contact finance@larchwoodacademy.example.""",
  i="ignore", r=["INV-27250"], n="unmonitored mailbox note, no auto headers")

m(frm="Will Haddon <will@haddonmotors.example>", subj="Re: INV-27362", d="2025-03-06 +0000",
  body="""Paid in full 3rd March, £2,880.00. Don't know why you're chasing.""",
  i="already_paid", a="2880.00", c="GBP", r=["INV-27362"], n="blunt paid")

m(frm="Selin Aksoy <selin@aksoy-design.example>", subj="Re: INV-27475", d="2025-07-16 +0300",
  body="""Hi, this invoice is for the cancelled exhibition stand. We cancelled within the 14-day window in writing, so no fee should apply. I have the email. Please withdraw the invoice.

Selin""",
  i="dispute", r=["INV-27475"], n="cancelled within cancellation window")

m(frm="Bulletin <bulletin@chamberofcommerce-west.example>", subj="Members' bulletin: export webinar, awards shortlist", d="2025-09-03 +0100",
  h={"Precedence": "bulk", "List-Id": "<members.chamberofcommerce-west.example>"},
  body="""West Chamber Members' Bulletin

- Free webinar: exporting to the EU after the rules change, 18 September
- Business Awards shortlist announced
- New members this month: 14

Read more at chamberofcommerce-west.example""",
  i="ignore", n="chamber of commerce bulletin")

m(frm="Aoife Kelly <aoife@kellydesign.example>", subj="Re: INV-27588", d="2026-03-24 +0000",
  body="""Will send it on the 1st when the month turns over, promise. €520.""",
  i="promise_to_pay", p="dom:1", a="520.00", c="EUR", r=["INV-27588"], n="'on the 1st' = next 1st")
# ---- batch 7 -------------------------------------------------------------
m(frm="Nicole Baptiste <nicole@baptiste-catering.example>", subj="Automatic reply: INV-27691 overdue", d="2025-10-17 +0100",
  fmt="html", h={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#000">
<p>Hello,</p><p>Thank you for your message. I am out of the office until <b>Monday 27 October</b>. Invoices received while I am away will be processed on my return.</p>
<p>For urgent payment queries please contact our finance manager, David Ellis, at <a href="mailto:d.ellis@baptiste-catering.example">d.ellis@baptiste-catering.example</a>.</p>
<p>Kind regards,<br>Nicole</p></div></body></html>""",
  i="ignore", r=["INV-27691"], rd="md:10-27", n="HTML-only Exchange OOO mentioning payments")

m(frm="Ravi Menon <ravi@menon-engineering.example>", subj="RE: INV-27804 - payment due", d="2025-02-06 +0000",
  fmt="html", hs="outlook",
  body="""Hi,

Thanks for the reminder. The invoice is approved and our treasury team will release £6,730.00 on 14 February.

Regards,
Ravi Menon
Finance Business Partner
Menon Engineering Ltd | Unit 9, Westgate Park""",
  q=dict(style="outlook", d="2025-02-05 08:55 +0000", subj="INV-27804 - payment due", text="""Good morning Ravi,

I hope you're well. INV-27804 (£6,730.00) fell due on 31 January. Could you confirm when it's scheduled for payment?

Many thanks,
Hannah Price
Credit Controller, Northwind Supplies Ltd"""),
  i="promise_to_pay", p="md:02-14", a="6730.00", c="GBP", r=["INV-27804"], n="HTML-only Outlook reply with quote; 14 February")

m(frm="Eleanor Voss <eleanor@vossandvine.example>", subj="Re: Reminder INV-27915", d="2025-09-15 +0100",
  fmt="alt",
  body="""Hello there,

Hope you had a good weekend. Ours was the village fete, which was chaos as ever — we ran out of cream teas by two o'clock. Anyway.

Re the invoice: we're a bit stretched until our grant payment arrives in October. Could we possibly pay on 10 October instead?

Warm wishes,
Eleanor
Voss & Vine Community Café""",
  q=dict(style="gmail", d="2025-09-12 10:20 +0100", subj="Reminder INV-27915", text="""Hi Eleanor,

Just a reminder that INV-27915 for £438.00 was due on 5 September. Could you let us know when we can expect it?

Thanks so much,
Northwind Supplies"""),
  i="extension_request", p="md:10-10", r=["INV-27915"], n="chit-chat first; decisive request at end")

m(frm="Kristóf Nagy <kristof@nagy-asztalos.example>", subj="Re: INV-28026", d="2026-05-06 +0200",
  fmt="html", html="""<html><body><div>Hello,</div><div>&nbsp;</div><div>We did not receive the second delivery (the hinges and handles). Only the first delivery arrived. Please do not charge us for items not received &ndash; the invoice total of &euro;1,495.00 includes both.</div><div>&nbsp;</div><div>Kristóf Nagy</div><div>&nbsp;</div><div style="border-top:1px solid #ccc;padding-top:6px"><b>From:</b> Northwind Supplies Ltd &lt;accounts@northwind-supplies.example&gt;<br><b>Sent:</b> Tuesday, May 5, 2026 9:14 AM<br><b>Subject:</b> INV-28026<br><br>Dear Kristóf, INV-28026 (EUR 1,495.00) is overdue since 28 April. Please arrange payment.</div></body></html>""",
  i="dispute", a="1495.00", c="EUR", r=["INV-28026"], n="HTML-only; part of goods not received")

m(frm="Brian Walsh <brian@walshbuilders.example>", subj="Fwd: INV-28137", d="2025-04-23 +0100",
  body="""Sorry, meant to send this to my accountant, ignore me!

---------- Forwarded message ---------
From: Brian Walsh <brian@walshbuilders.example>
Date: Wed, 23 Apr 2025 at 09:40
Subject: Fwd: INV-28137
To: Northwind Supplies Ltd <accounts@northwind-supplies.example>

Can you pay this from the business account please""",
  i="ignore", r=["INV-28137"],
  n="HARD: mis-sent forward meant for accountant; says ignore me -> ignore")

m(frm="Carolyn Pike <carolyn@pikehomecare.example>", subj="Re: INV-28248", d="2025-08-20 +0100",
  fmt="alt",
  body="""Hi,

Payment went through on Monday, £995.00. Remittance attached for your records.

Carolyn Pike
Pike Home Care
Tel 01632 960 334""",
  att=[("remittance.pdf", "application/pdf", b"%PDF-1.4\n% Pike Home Care remittance 995.00\n%%EOF\n")],
  q=dict(style="gmail", d="2025-08-19 11:45 +0100", subj="INV-28248", text="""Dear Carolyn,

Our statement shows INV-28248 (£995.00) as outstanding. Please disregard if already paid.

Northwind Supplies Ltd"""),
  i="already_paid", a="995.00", c="GBP", r=["INV-28248"], n="alt + remittance attachment + quote")

m(frm="Penny Tarrant <penny@tarrantfloors.example>", subj="Re: Invoice inv-28359", d="2025-11-26 +0000",
  fmt="html",
  body="""Hello,

Can you resend the invoice to accounts@tarrantfloors.example please? It went to my personal email and I can't forward attachments from my phone.

Penny""",
  q=dict(style="gmail", d="2025-11-25 15:05 +0000", subj="Invoice inv-28359", text="""Hi Penny,

Just checking you received inv-28359 (£1,260.00) which is now past its due date.

Regards,
Northwind Supplies Ltd"""),
  i="question", r=["inv-28359"], n="HTML-only; asks to resend invoice to accounts address")

m(frm="Out of Office <tom.ericsson@ericsson-byggnad.example>", subj="Frånvaro: INV-28461", d="2025-07-04 +0200",
  h={"Auto-Submitted": "auto-replied"},
  body="""Hej! Jag har semester till och med 4 augusti. Vid brådskande ärenden kontakta ekonomi@ericsson-byggnad.example.

I am on holiday until 4 August. For urgent matters contact ekonomi@ericsson-byggnad.example.""",
  i="ignore", r=["INV-28461"], rd="md:08-04", n="Swedish/English summer holiday")

m(frm="Darren Fisk <darren@fiskfitness.example>", subj="RE: INV-28572 — final reminder before legal", d="2025-03-19 +0000",
  body="""Look, I can't pay this right now and I'm not going to pretend otherwise. Send it to collections if you must but I'd rather sort a plan with you. What about £150 a month?

Darren

-----Original Message-----
From: Northwind Supplies Ltd <accounts@northwind-supplies.example>
Sent: 18 March 2025 16:20
To: Darren Fisk <darren@fiskfitness.example>
Subject: INV-28572 — final reminder before legal

Dear Mr Fisk,

Despite previous reminders, INV-28572 (£1,800.00) remains unpaid. Unless payment is received within 7 days we will refer the matter to our collection agents without further notice.

Northwind Supplies Ltd""",
  i="extension_request", a="150.00", c="GBP", r=["INV-28572"], n="instalment proposal, no start date")

m(frm="Tatiana Morozova <tatiana@morozova-ballet.example>", subj="Re: Invoice INV-28683", d="2026-10-02 +0100",
  fmt="html",
  body="""Dear Northwind,

I can confirm that the payment of £740.00 was made yesterday from our school account. Please allow a day for it to clear.

Kind regards,
Tatiana Morozova
Director, Morozova School of Ballet""",
  q=dict(style="outlook", d="2026-09-30 12:00 +0100", subj="Invoice INV-28683", text="""Dear Tatiana,

Please find attached a copy of INV-28683 (£740.00) for the studio mirrors, as requested. We would appreciate payment at your earliest convenience.

Kind regards
Northwind Supplies Ltd"""),
  i="already_paid", a="740.00", c="GBP", r=["INV-28683"], n="HTML-only with Outlook quote")

m(frm="Mailchimp on behalf of Brew Crew <brewcrew@mail.brewcrew.example>", subj="Our new autumn blend is here ☕", d="2025-10-08 +0100",
  fmt="html", h={"Precedence": "bulk", "List-Unsubscribe": "<https://brewcrew.example/unsubscribe>"},
  html="""<html><body style="margin:0;background:#fdf6ec"><table width="100%"><tr><td align="center"><table width="560" style="font-family:Helvetica"><tr><td><h1 style="color:#6b3e26">Hello, Autumn Blend</h1><p>Notes of toffee, baked apple and a little spice. Roasted in small batches every Tuesday.</p><p><a style="background:#6b3e26;color:#fff;padding:10px 18px;text-decoration:none" href="https://brewcrew.example/autumn">Order a bag</a></p><p style="font-size:11px;color:#999">Brew Crew Coffee Roasters &middot; You signed up at our café. <a href="https://brewcrew.example/unsubscribe">Unsubscribe</a></p></td></tr></table></td></tr></table></body></html>""",
  i="ignore", n="HTML-only marketing")

m(frm="Julian Frost <julian@frostandco-law.example>", subj="Re: INV-28794", d="2025-05-20 +0100",
  body="""Dear Sirs,

We act for Harbury Estates Ltd. Our client disputes INV-28794 in its entirety: the cleaning contract was terminated by notice dated 3 March 2025, and no services were provided in April. Please direct all further correspondence on this matter to this office.

Yours faithfully,
Julian Frost
Frost & Co Solicitors""",
  i="dispute", r=["INV-28794"], n="solicitor on behalf of debtor; services after termination")

m(frm="Hayley Dunn <hayley@dunnphotography.example>", subj="Re: INV-28805", d="2025-12-08 +0000",
  fmt="html",
  body="""Hiya,

I'll pay this on Friday when my December invoices clear — £365.

Hayley x""",
  q=dict(style="gmail", d="2025-12-05 10:00 +0000", subj="INV-28805", text="""Hi Hayley,

A quick reminder that INV-28805 (£365.00) is now overdue. Thanks!"""),
  i="promise_to_pay", p="fri", a="365.00", c="GBP", r=["INV-28805"], n="HTML-only Gmail; Friday")

m(frm="Accounts Payable <ap@silverbirchhotels.example>", subj="Re: INV-28916", d="2025-06-24 +0100",
  fmt="alt",
  body="""Hello,

Our records show two invoices from you with the same number, INV-28916, one for £1,140.00 and one for £1,410.00. Could you confirm which one is correct, or whether they are separate invoices that need different numbers?

Regards,
Accounts Payable
Silverbirch Hotels""",
  i="question", r=["INV-28916"],
  n="HARD: asks which of two same-numbered invoices is valid; info request not dispute")

m(frm="Postmaster <postmaster@oakleyfarms.example>", subj="Automatic reply: Payment reminder", d="2026-04-03 +0100",
  body="""Hello, the farm office is closed over Easter from Friday 3 April and reopens on Tuesday 7 April. Thanks, Oakley Farms""",
  i="ignore", rd="md:04-07", n="Easter closure")

m(frm="Fernando Alves <fernando@alves-construcoes.example>", subj="Re: INV-29027", d="2025-02-17 +0000",
  fmt="html", hs="outlook",
  body="""Good morning,

Apologies for the delay. Would it be acceptable to pay this in two instalments, €2,000 on 28 February and €1,850 on 31 March? Our main contractor is paying us late.

Best regards,
Fernando Alves
Alves Construções Lda.""",
  q=dict(style="orig", d="2025-02-14 09:00 +0000", subj="INV-29027", text="""Dear Fernando,

We have not yet received payment for INV-29027 (€3,850.00), due on 31 January. Please let us know when payment will be made.

Northwind Supplies Ltd"""),
  i="extension_request", p="md:02-28", a="2000.00", c="EUR", r=["INV-29027"], n="HTML-only; instalments, first 28 Feb")

m(frm="Ben Tilley <ben@tilleytyres.example>", subj="Re: INV-29138", d="2025-10-27 +0000",
  body="""Hi, could you tell me what the £35 admin fee on this is for? Not seen one before.

Ben""",
  i="question", r=["INV-29138"], n="asks about admin fee without contesting")

m(frm="Lucia Romano <lucia@romanoshoes.example>", subj="Re: INV-29249", d="2025-07-10 +0200",
  fmt="alt",
  body="""Buongiorno,

Le scarpe sono arrivate con difetti di cucitura (30 paia su 120). Abbiamo mandato le foto il 2 luglio. Non pagheremo la fattura di € 4.560,00 finché non riceviamo una nota di credito.

Lucia Romano""",
  i="dispute", a="4560.00", c="EUR", r=["INV-29249"], n="Italian; defective goods")

m(frm="auto-reply@greenwaycouriers.example", subj="Re: INV-29350", d="2025-01-13 +0000",
  h={"Auto-Submitted": "auto-replied", "Precedence": "bulk"},
  body="""This is an automatic reply. Greenway Couriers' accounts office is now closed on Mondays. Your email will be read on Tuesday.""",
  i="ignore", r=["INV-29350"], n="auto-reply no return date")

m(frm="Agnes Lindgren <agnes@lindgren-skola.example>", subj="Re: INV-29461", d="2026-11-09 +0100",
  body="""Hi,

Just to let you know that I've passed your reminder on to the municipality's finance office, who pay our supplier invoices. I've asked them to get in touch with you directly.

Agnes Lindgren
School administrator""",
  i="ignore", r=["INV-29461"], n="passed to another payer")

m(frm="Scott Mackie <scott@mackiepumps.example>", subj="RE: INV-29572", d="2025-09-18 +0100",
  body="""Hi,

Bad news I'm afraid, our bank's payment system has been down all week so nothing's gone out. I'll make sure it's done Monday first thing.

Scott""",
  i="promise_to_pay", p="mon", r=["INV-29572"], n="'nothing's gone out' negation + Monday promise")

m(frm="Anouk Jansen <anouk@jansenbloemen.example>", subj="Re: INV-29683", d="2025-04-09 +0200",
  body="""Hoi,

Betaald op 4 april, € 310,00. Zie bijlage.

Anouk""",
  att=[("betaalbewijs.png", "image/png", b"\x89PNG\r\n\x1a\nfake-screenshot")],
  i="already_paid", a="310.00", c="EUR", r=["INV-29683"], n="Dutch; screenshot attachment")

m(frm="Kofi Boateng <kofi@boateng-foods.example>", subj="Re: INV-29794", d="2025-12-30 +0000",
  fmt="html",
  body="""Hi team,

The festive period has been slower than expected. Can we please have until 20 January to settle this?

Kofi""",
  q=dict(style="gmail", d="2025-12-29 09:15 +0000", subj="INV-29794", text="""Dear Kofi,

INV-29794 (£2,275.00) was due on 19 December. We'd be grateful if you could arrange payment.

Best regards,
Northwind Supplies"""),
  i="extension_request", p="md:01-20", r=["INV-29794"], n="HTML-only; until 20 January next year")

m(frm="Info <info@cornwallsurfschool.example>", subj="Re: Payment reminder", d="2025-08-27 +0100",
  body="""Hi! Thanks for your email. We're a tiny team and our inbox is mad in August — we'll reply as quickly as we can. Surf's up 🌊""",
  reply=True, i="ignore", n="generic autoresponse-style text without headers")

m(frm="Margarethe Lund <margarethe@lund-tandlaege.example>", subj="Re: INV-29805", d="2025-05-12 +0200",
  body="""Hi,

We do not have an agreement for the monthly service fee you have charged. We only signed for the one-off installation. Please cancel the fee of 2.400 DKK.

Margarethe""",
  i="dispute", a="2400.00", c="DKK", r=["INV-29805"], n="no agreement for service fee; DKK")

m(frm="Sergio Medina <sergio@medina-wines.example>", subj="Re: INV-29916", d="2025-03-03 +0100",
  fmt="html", hs="outlook",
  body="""Hello,

I've asked our bank to pay this. The transfer of CHF 2,180.00 will be executed on Wednesday.

Saludos,
Sergio""",
  i="promise_to_pay", p="wed", a="2180.00", c="CHF", r=["INV-29916"], n="HTML-only; Wednesday; CHF")

m(frm="Leonard Ash <leonard@ashbrothers.example>", subj="Undeliverable: INV-30027", d="2025-06-16 +0100",
  body="""Hi — I've been moved to a different role and no longer deal with supplier payments. Could you please contact Gill Martin in accounts from now on (gill.martin@ashbrothers.example)?

Thanks,
Leonard""",
  i="ignore", r=["INV-30027"], n="human note: changed role, redirect; misleading subject")

m(frm="Hannah Becker <hannah@becker-physio.example>", subj="Re: INV-30138", d="2025-10-22 +0200",
  body="""Hallo, ich habe die Rechnung nicht erhalten — können Sie sie bitte noch einmal per E-Mail schicken? Danke, Hannah""",
  i="question", r=["INV-30138"], n="German short; invoice copy")

m(frm="Robin Hale <robin@halecider.example>", subj="Re: INV-30249", d="2025-11-14 +0000",
  fmt="alt",
  body="""Morning,

Paid yesterday, £1,337.60. Sorry it was late, we changed banks.

Robin
Hale Cider Co. | Orchard Lane | Somerset

Sent from Outlook for iOS""",
  i="already_paid", a="1337.60", c="GBP", r=["INV-30249"], n="alt; paid yesterday")

m(frm="Gillian Ford <gillian@fordsolicitors.example>", subj="Out of Office: Re: INV-30350", d="2025-12-11 +0000",
  h={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "OOF"},
  body="""I am out of the office on Thursday 11 and Friday 12 December, returning Monday 15 December. Emails are not being monitored.""",
  i="ignore", r=["INV-30350"], rd="md:12-15", n="short OOO with explicit return")

m(frm="Emeka Nwosu <emeka@nwosu-logistics.example>", subj="Re: INV-30461 / INV-30462", d="2026-02-19 +0000",
  body="""Good afternoon,

Regarding INV-30461 — this was paid on 10 February, £2,190.00.

Regarding INV-30462 — we have been charged for 12 pallets of shrink wrap but received 10. Please issue a credit for the 2 pallets.

Regards,
Emeka""",
  i="dispute", r=["INV-30461", "INV-30462"],
  n="HARD: mixed already_paid + short-delivery dispute -> dispute; stated amount belongs to paid invoice so null")

m(frm="Notifications <notify@docusign-alerts.example>", subj="Please review and sign: Supplier agreement 2026", d="2026-01-05 +0000",
  body="""You have a document waiting for your signature.

REVIEW DOCUMENT

Do not share this email. This message was sent to you by DocuSign Electronic Signature Service.""",
  i="ignore", n="suspicious document-signing notification")

m(frm="Olu Adeyemi <olu@adeyemi-tech.example>", subj="Re: INV-30573", d="2025-05-27 +0100",
  body="""Can we pay this next Friday instead of now? Our payroll runs on the 28th and I don't want to cut it too fine.""",
  i="extension_request", p="fri", r=["INV-30573"], n="'next Friday' = first Friday after; asks permission")

m(frm="Sylvie Moreau <sylvie@moreau-fromagerie.example>", subj="TR: INV-30684", d="2025-09-05 +0200",
  body="""Bonjour,

Ma collègue m'a transféré votre message. Pouvez-vous nous dire à quelle livraison correspond cette facture ? Nous avons eu trois livraisons en août.

Merci,
Sylvie Moreau

-------- Message transféré --------
De : Inès Garnier <ines@moreau-fromagerie.example>
À : Sylvie Moreau <sylvie@moreau-fromagerie.example>
Objet : TR: INV-30684

Sylvie, tu peux regarder ?

-------- Message d'origine --------
De : Northwind Supplies Ltd <accounts@northwind-supplies.example>
Objet : INV-30684

Dear customer, INV-30684 (EUR 870.00) is now overdue. Kind regards, Northwind""",
  i="question", r=["INV-30684"], n="French forwarded chain; which delivery")

m(frm="Paul Vickers <paul@vickers-engineering.example>", subj="Re: INV-30795", d="2025-04-28 +0100",
  body="""Our payment run is Thursday. You're on it. £4,460.""",
  i="promise_to_pay", p="thu", a="4460.00", c="GBP", r=["INV-30795"], n="terse promise")

m(frm="Customer Service <cs@stationerydirect.example>", subj="Your order has shipped!", d="2025-02-21 +0000",
  h={"Auto-Submitted": "auto-generated"},
  fmt="alt", body="""Good news — order SD-44012 has shipped and should arrive within 2 working days.

Items: A4 copier paper x 10, black biros x 50

Track your order at stationerydirect.example/track""",
  i="ignore", n="irrelevant shipping notice; order number not an invoice")

m(frm="Eilidh Murray <eilidh@murray-knitwear.example>", subj="Re: INV-30806", d="2025-11-19 +0000",
  body="""Hello,

I'm sorry but I can't pay this until the Christmas markets start bringing money in — probably mid December. I know that's not ideal.

Eilidh""",
  i="extension_request", r=["INV-30806"], n="can't pay now, vague mid December -> null")

m(frm="Ticket System <helpdesk@marlowacademy.example>", subj="[#MA-5521] Auto-response: Re: INV-30917 overdue", d="2025-09-09 +0100",
  h={"Auto-Submitted": "auto-replied"},
  fmt="html", html="""<html><body><p>Dear sender,</p><p>Your email has been logged as ticket <b>#MA-5521</b> with the Marlow Academy Trust finance helpdesk. Supplier payment queries are usually answered within 5 working days.</p><p>Please quote the ticket number in any further correspondence.</p></body></html>""",
  i="ignore", r=["INV-30917"], n="HTML-only helpdesk auto-response")

m(frm="Dmitri Volkov <dmitri@volkov-auto.example>", subj="Re: INV-31028", d="2025-08-13 +0300",
  body="""Hello. Money sent 11 August, 3 400 EUR. Please confirm.""",
  i="already_paid", a="3400.00", c="EUR", r=["INV-31028"], n="terse paid")

m(frm="Wendy Cole <wendy@colecleaning.example>", subj="Re: INV-31139", d="2026-07-14 +0100",
  body="""Hiya, thanks for the reminder. Noted!""",
  i="ignore", r=["INV-31139"], n="'noted' acknowledgement")

m(frm="Rahul Joshi <rahul@joshi-pharma.example>", subj="Re: INV-31240", d="2025-03-27 +0530",
  body="""Dear Northwind,

We are unable to process your invoice as it does not reference our purchase order. Kindly reissue with PO 4500182231 so it can be matched in SAP.

Regards,
Rahul Joshi""",
  i="question", r=["INV-31240"], n="asks for reissue with PO; PO number not invoice ref")

m(frm="Colette Durand <colette@durand-avocats.example>", subj="Automatic reply: INV-31351", d="2025-07-25 +0200",
  h={"Auto-Submitted": "auto-replied"},
  body="""Je suis en congé jusqu'au 18 août. Les factures seront traitées à mon retour.

I am on leave until 18 August. Invoices will be processed on my return.""",
  i="ignore", r=["INV-31351"], rd="md:08-18", n="OOO: invoices processed on return")
# ---- batch 8 -------------------------------------------------------------
m(frm="Isabel Watts <isabel@wattsdental.example>", subj="Re: INV-31462", d="2025-06-30 +0100",
  fmt="html",
  body="""Hi,

So sorry — I thought this had gone out with last month's run. It's now scheduled for this Thursday, £1,785.00.

Isabel
Practice Manager, Watts Dental""",
  q=dict(style="outlook", d="2025-06-27 14:30 +0100", subj="INV-31462", text="""Dear Isabel,

Our records show INV-31462 (£1,785.00) remains unpaid 30 days after its due date. Please could you look into this?

Regards,
Credit Control
Northwind Supplies Ltd"""),
  i="promise_to_pay", p="thu", a="1785.00", c="GBP", r=["INV-31462"], n="HTML-only; 'this Thursday'")

m(frm="Magnus Eriksson <magnus@eriksson-snickeri.example>", to=HL, subj="SV: Harbour Lane - påminnelse INV-31573", d="2025-10-29 +0100",
  body="""Hej,

The boxes were the wrong size — 40 cm instead of 45 cm as on our order. We can't use them. Please collect them and cancel the invoice (9 800 kr).

Magnus""",
  i="dispute", a="9800.00", c="SEK", r=["INV-31573"], n="wrong size; Swedish kr; other creditor")

m(frm="Out of Office <j.schmidt@schmidt-partner.example>", subj="Abwesenheit / Out of office", d="2026-03-27 +0100",
  fmt="html", h={"Auto-Submitted": "auto-replied"},
  html="""<html><body><p style="font-family:Arial">Sehr geehrte Damen und Herren,<br>ich bin ab dem 13.04.2026 wieder im Büro. In dringenden Fällen wenden Sie sich bitte an buchhaltung@schmidt-partner.example.</p><p style="font-family:Arial">Dear Sir or Madam,<br>I will be back in the office on 13 April 2026. For urgent matters, please contact buchhaltung@schmidt-partner.example.</p><p style="font-family:Arial">Jens Schmidt</p></body></html>""",
  i="ignore", rd="iso:2026-04-13", n="HTML-only bilingual OOO")

m(frm="Tilly Evans <tilly@evansponies.example>", subj="Re: INV-31684", d="2025-02-10 +0000",
  body="""Hi, my husband normally does this but he's in hospital for a knee op. Could I have till the end of the month?""",
  i="extension_request", p="eom", r=["INV-31684"], n="end of the month (Feb 2025)")

m(frm="AP Department <ap@coastalmedical.example>", subj="Payment Notification - Northwind Supplies", d="2025-08-29 -0400",
  fmt="html", h={"Auto-Submitted": "auto-generated"},
  html="""<html><body style="font-family:Verdana;font-size:12px"><p>Dear Supplier,</p><p>This is to notify you that a payment has been issued by Coastal Medical Group.</p><table border="1" cellpadding="3" style="border-collapse:collapse"><tr><td><b>Payment Method</b></td><td>ACH</td></tr><tr><td><b>Payment Date</b></td><td>08/28/2025</td></tr><tr><td><b>Amount</b></td><td>$9,342.18</td></tr><tr><td><b>Invoices</b></td><td>INV-31795, INV-31796, INV-31802</td></tr></table><p>Please allow 1-2 business days for funds to post.</p></body></html>""",
  i="already_paid", a="9342.18", c="USD", r=["INV-31795", "INV-31796", "INV-31802"],
  n="HARD: automated ACH payment notification (system-generated but real payment) -> already_paid")

m(frm="Mei Chen <mei@chen-acupuncture.example>", subj="Re: INV-31807", d="2025-04-14 +0100",
  body="""Good morning,

Would you mind telling me who I should speak to about setting up a direct debit? I'd rather these just went out automatically.

Mei""",
  i="question", r=["INV-31807"], n="asks who to contact for direct debit")

m(frm="Spencer Gould <spencer@gouldmedia.example>", subj="Re: INV-31918 OVERDUE", d="2025-12-17 +0000",
  fmt="html",
  body="""Spencer here — the video edit you've invoiced for was never delivered. We got a rough cut and then silence from your editor for five weeks. We're not paying £3,500 for a rough cut.""",
  q=dict(style="gmail", d="2025-12-16 10:10 +0000", who=BW, subj="INV-31918 OVERDUE", text="""Dear Spencer,

INV-31918 (£3,500.00) is now significantly overdue. Please arrange payment immediately.

Brightwater Print Co. Accounts"""),
  to=BW, i="dispute", a="3500.00", c="GBP", r=["INV-31918"], n="HTML-only; service not delivered; other creditor")

m(frm="Robyn Tait <robyn@taitcandles.example>", subj="Re: INV-32029", d="2025-09-24 +0100",
  body="""I'll pay half tomorrow (£210) and the other half when the craft fair money comes in.""",
  i="promise_to_pay", p="tomorrow", a="210.00", c="GBP", r=["INV-32029"], n="partial promise tomorrow")

m(frm="Sam Lee <sam@leeflooring.example>", subj="Auto-reply", d="2025-05-30 +1000",
  h={"X-Autoreply": "yes"},
  body="""G'day, I'm on leave until Monday 9 June. For quotes call the office. For accounts email accounts@leeflooring.example. Cheers""",
  i="ignore", rd="md:06-09", n="Australian OOO")

m(frm="Kim Sørensen <kim@sorensen-vvs.example>", subj="Re: INV-32130", d="2026-06-17 +0200",
  body="""Hej,

Kan vi betale 1. juli i stedet? Vi har ferielukket fra næste uge. / Can we pay on 1 July instead? We close for holidays next week.

Kim""",
  i="extension_request", p="md:07-01", r=["INV-32130"], n="Danish/English; asks for 1 July")

m(frm="Grace Mitchell <grace@mitchell-marquees.example>", subj="Re: Re: Re: INV-32241", d="2025-07-31 +0100",
  body="""Paid this afternoon.

On Wed, 30 Jul 2025 at 16:00, Northwind Supplies Ltd <accounts@northwind-supplies.example> wrote:
> Thanks Grace, noted for tomorrow.
>
> On Wed, 30 Jul 2025 at 12:40, Grace Mitchell <grace@mitchell-marquees.example> wrote:
>> I'll pay INV-32241 tomorrow, £2,640.
>>
>> On Tue, 29 Jul 2025 at 09:00, Northwind Supplies Ltd <accounts@northwind-supplies.example> wrote:
>>> Hi Grace, INV-32241 (£2,640.00) is overdue, could you let us know when to expect payment?""",
  i="already_paid", r=["INV-32241"],
  n="HARD: two words above long thread with earlier promise; amount only in quote -> null")

m(frm="Info <info@seaviewguesthouse.example>", subj="Re: INV-32352", d="2025-11-07 +0000",
  body="""Hello, we are closed for the season until March. Messages will be answered then. Best wishes, Seaview Guest House""",
  i="ignore", r=["INV-32352"], n="seasonal closure, month-only -> no return date")

m(frm="Alberto Conti <alberto@conti-costruzioni.example>", subj="Re: INV-32463", d="2025-03-14 +0100",
  fmt="html", hs="outlook",
  body="""Good morning,

The concrete mix delivered on 3 March did not meet the specified strength class (C30/37) — lab results attached to our email of 7 March. We have had to break out and re-pour one slab. We will not pay this invoice and we are reserving our right to claim costs.

Alberto Conti
Direttore Tecnico""",
  i="dispute", r=["INV-32463"], n="HTML-only; product not to spec")

m(frm="Joy Akintola <joy@akintola-salon.example>", subj="Re: INV-32574", d="2025-10-30 +0000",
  body="""hi yes what is your sort code and account number again i lost the invoice""",
  i="question", r=["INV-32574"], n="asks for bank details, no punctuation")

m(frm="News <news@warehouse-world.example>", subj="Warehouse World: 5 racking mistakes to avoid", d="2025-08-14 +0100",
  fmt="alt", h={"Precedence": "bulk"},
  body="""WAREHOUSE WORLD

1. Overloading the top beams
2. Ignoring damage to uprights
3. Skipping annual inspections
4. Mixing components from different manufacturers
5. Forgetting about aisle width

Full article and free checklist at warehouse-world.example/racking

Unsubscribe | Update preferences""",
  i="ignore", n="newsletter")

m(frm="Tobias Lang <tobias@lang-elektro.example>", subj="Re: INV-32685", d="2025-11-03 +0100",
  body="""Servus,

Zahlung kommt am Freitag. 1.120,00 €.

Tobias""",
  i="promise_to_pay", p="fri", a="1120.00", c="EUR", r=["INV-32685"], n="German short; Friday")

m(frm="Amanda Royce <amanda@roycehr.example>", subj="Re: INV-32796", d="2026-01-20 +0000",
  fmt="html",
  body="""Hello,

Could we possibly move to quarterly billing and pay this one as part of the Q1 invoice at the end of March? Our budget for this quarter has already been allocated.

Thanks,
Amanda""",
  i="extension_request", p="md:03-31", r=["INV-32796"], n="HTML-only; defer to end of March")

m(frm="Receptionist <reception@fairviewvets.example>", subj="Re: Payment reminder", d="2025-04-01 +0100",
  body="""Hi, got this, thanks — will make sure the practice manager sees it when she's in tomorrow.""",
  reply=True, i="ignore", n="acknowledgement from receptionist")

m(frm="Ronan Burke <ronan@burkebuilders.example>", subj="Re: INV-32807", d="2025-09-12 +0100",
  body="""We've paid everything we owe you. That invoice is for the scaffolding hire for weeks 9–12, but the scaffolding came down in week 8. Check with your yard.

Ronan""",
  i="dispute", r=["INV-32807"], n="billed for hire after removal; 'paid everything we owe' but disputes this -> dispute")

m(frm="Out of Office <office@hawthorn-gp.example>", subj="Re: INV-32918", d="2025-12-24 +0000",
  h={"Auto-Submitted": "auto-replied"},
  body="""Hawthorn Medical Practice admin office is closed 25 December to 1 January inclusive. We reopen on 2 January.""",
  i="ignore", r=["INV-32918"], rd="md:01-02", n="Christmas closure; reopens next year")

m(frm="Gwen Price <gwen@priceandpartners.example>", subj="Re: INV-33029", d="2025-05-07 +0100",
  fmt="alt",
  body="""Hi,

Remittance attached — paid 6 May, £2,004.00.

Gwen""",
  att=[("Remittance_Price_Partners.pdf", "application/pdf", b"%PDF-1.4\n% remittance 2004.00 GBP\n%%EOF\n")],
  i="already_paid", a="2004.00", c="GBP", r=["INV-33029"], n="alt + remittance")

m(frm="Mia Rossi <mia@rossi-catering.example>", subj="Buongiorno", d="2025-02-26 +0100",
  body="""Hello, I am writing about your email from last week. Could you send me the invoice again with the delivery address on it? Our accountant needs it for the VAT return.

Mia Rossi""",
  i="question", n="fresh vague subject; asks for invoice copy with address")

m(frm="Promotions <deals@tradeprinters.example>", subj="50% off business cards this week only", d="2025-01-16 +0000",
  fmt="html", h={"Precedence": "bulk"},
  html="""<html><body><div style="font-family:Arial;text-align:center"><h2>HALF PRICE BUSINESS CARDS</h2><p>500 premium cards from just &pound;9.99. Use code CARDS50 at checkout.</p><p><a href="https://tradeprinters.example/cards">Order now</a></p></div></body></html>""",
  i="ignore", n="HTML-only promo")

m(frm="Finlay Grant <finlay@grant-distillers.example>", subj="Re: INV-33130", d="2025-10-09 +0100",
  body="""Hi,

Would it be possible to pay this in three monthly instalments of £1,200 starting on 1 November? We've had a big duty bill this quarter.

Finlay""",
  i="extension_request", p="md:11-01", a="1200.00", c="GBP", r=["INV-33130"], n="three instalments from 1 Nov")

m(frm="Lisa Brandt <lisa@brandtmoebel.example>", subj="Re: INV-33241", d="2025-06-19 +0200",
  fmt="html",
  body="""Hallo,

die Überweisung über 2.310,00 € ist für Montag vorgemerkt.

Grüße
Lisa Brandt""",
  q=dict(style="de", d="2025-06-18 09:00 +0200", subj="INV-33241", text="""Dear Lisa,

INV-33241 (EUR 2,310.00) is now overdue. Please let us know the payment date.

Thank you,
Northwind Supplies Ltd"""),
  i="promise_to_pay", p="mon", a="2310.00", c="EUR", r=["INV-33241"], n="German HTML-only; scheduled Monday")

m(frm="Alerts <noreply@linkedconnect.example>", subj="You appeared in 9 searches this week", d="2025-07-07 +0000",
  body="""You appeared in 9 searches this week. See who's looking at your profile.

Upgrade to Premium to see all viewers.""",
  i="ignore", n="social network notification")

m(frm="Nadia Petrova <nadia@petrova-studio.example>", subj="Re: INV-33352", d="2025-08-06 +0100",
  body="""We were promised the logo refresh would include three concepts and two rounds of revisions. We got one concept and your designer refused further revisions. I'm not paying the £2,400 until the remaining work is delivered.

Nadia""",
  to=BW, i="dispute", a="2400.00", c="GBP", r=["INV-33352"], n="work incomplete; other creditor")

m(frm="Victoria Hale <victoria@hale-estates.example>", subj="Automatic reply: INV-33463 final notice", d="2025-09-26 +0100",
  h={"Auto-Submitted": "auto-replied"},
  body="""Thank you for your email. I am currently on sabbatical and will not be returning to the office until 5 January 2026. During this time, my emails are not being forwarded.

For accounts and payment matters please contact our finance team on finance@hale-estates.example.""",
  i="ignore", r=["INV-33463"], rd="iso:2026-01-05", n="sabbatical OOO; finance contact")

m(frm="Ahmed Mansour <ahmed@mansour-trading.example>", subj="Re: INV-33574", d="2026-12-14 +0400",
  body="""Dear team,

Kindly note the transfer of USD 5,600.00 will be made on the 17th of this month.

Regards,
Ahmed""",
  i="promise_to_pay", p="md:12-17", a="5600.00", c="USD", r=["INV-33574"], n="17th of this month")

m(frm="Jane Hollis <jane@hollisflorist.example>", subj="Re: INV-33685", d="2025-03-31 +0100",
  body="""Hi, can't pay this week, sorry. Things are tight after Mother's Day stock. Will be in touch.""",
  i="extension_request", r=["INV-33685"], n="can't pay this week, no date")

m(frm="Mailer-Daemon-like Notice <notice@autoresponder.hilltopschool.example>", subj="Thank you for your email", d="2026-05-21 +0100",
  h={"Auto-Submitted": "auto-replied", "Precedence": "bulk"},
  body="""Thank you for emailing Hilltop School. This mailbox is checked during term time only. The school will be closed for half term from 25 May, reopening on 1 June.""",
  i="ignore", rd="md:06-01", n="school half-term autoresponder")

m(frm="Oscar Lindberg <oscar@lindberg-bygg.example>", subj="Re: INV-33796", d="2025-11-18 +0100",
  fmt="alt",
  body="""Hej,

Det här är redan betalt — 22 750 kr den 12 november. Kontrollera gärna igen.

Already paid — 22,750 SEK on 12 November. Please check again.

Oscar""",
  i="already_paid", a="22750.00", c="SEK", r=["INV-33796"], n="Swedish/English; already paid")

m(frm="Pablo Ruiz <pablo@ruiz-carpinteria.example>", subj="Re: Re: INV-33807", d="2025-06-12 +0200",
  body="""OK, gracias.""",
  q=dict(style="gmail", d="2025-06-11 17:20 +0200", subj="Re: INV-33807", text="""Hola Pablo,

Thanks for letting us know — we'll expect the €890.00 for INV-33807 on the 20th as you said.

Northwind Supplies Ltd"""),
  i="ignore", r=["INV-33807"], n="HARD: acknowledgement; promise only restated in our quoted message")

m(frm="Fran Doyle <fran@doylebakery.example>", subj="Re: INV-33918", d="2025-01-27 +0000",
  body="""Morning! Could you give us until Friday week? Just waiting on the VAT refund.""",
  i="extension_request", r=["INV-33918"],
  n="HARD: 'Friday week' (idiom not in the rules) -> null date")

m(frm="Webinars <events@cashflowacademy.example>", subj="Live webinar: Get paid faster in 2026", d="2025-11-12 +0000",
  fmt="alt", h={"Precedence": "bulk"},
  body="""Join our free live webinar on 26 November: practical ways small businesses can cut debtor days, chase invoices politely, and avoid bad debt.

Register now — places are limited.

Cashflow Academy""",
  i="ignore", n="marketing webinar about invoices")

m(frm="Yusra Khan <yusra@khanpharmacy.example>", subj="Re: INV-34029", d="2025-08-04 +0100",
  body="""Hello,

We will settle the full balance of £1,076.40 on Thursday 7 August.

Regards,
Yusra""",
  i="promise_to_pay", p="md:08-07", a="1076.40", c="GBP", r=["INV-34029"], n="Thursday 7 August")

m(frm="Lorenzo Ferri <lorenzo@ferri-ceramiche.example>", subj="Re: INV-34130", d="2025-04-22 +0200",
  body="""Hello, you invoiced us twice for the same pallet of tiles — INV-34130 and INV-34077 are the same delivery. We paid INV-34077. Please cancel this one.""",
  i="dispute", r=["INV-34130", "INV-34077"], n="duplicate invoice")

m(frm="Heather Quinn <heather@quinnfarm.example>", subj="Re: INV-34241", d="2025-10-15 +0100",
  fmt="html", hs="outlook",
  body="""Hello,

Is this invoice for the feed delivered to the main farm or to the stables? We have separate accounts and I need to put it against the right one.

Heather""",
  i="question", r=["INV-34241"], n="HTML-only; which account/site")

m(frm="Auto Response <autoresponse@parkviewdental.example>", subj="Re: INV-34352", d="2025-08-15 +0100",
  body="""Thank you for your email, which has been received. Please note that our accounts team works Tuesdays and Thursdays only.""",
  i="ignore", r=["INV-34352"], n="auto text without headers")

m(frm="Caroline Webb <caroline@webb-architects.example>", subj="Re: Invoice INV-34463", d="2025-12-03 +0000",
  body="""Hi,

A bit of a saga this end: our practice manager left on Friday and I'm picking up the pieces. I've been through the bank statements though and can see we paid you £1,560.00 on 24 November. Is that this invoice?

Caroline""",
  i="already_paid", a="1560.00", c="GBP", r=["INV-34463"], n="decisive claim after chit-chat; trailing question")

m(frm="Kris Vermeulen <kris@vermeulen-logistiek.example>", subj="Afwezig: INV-34574", d="2025-05-23 +0200",
  h={"Auto-Submitted": "auto-replied"},
  body="""Ik ben afwezig tot en met 2 juni. Voor dringende zaken: planning@vermeulen-logistiek.example.""",
  i="ignore", r=["INV-34574"], rd="md:06-02", n="Dutch OOO")

m(frm="Harvey Bell <harvey@bellplumbing.example>", subj="Re: INV-34685", d="2025-07-03 +0100",
  body="""Can I pay Monday? Got a big job paying out Friday.""",
  i="extension_request", p="mon", r=["INV-34685"], n="short; asks permission for Monday")

m(frm="Lena Fischer <lena@fischer-reisen.example>", subj="Re: INV-34796", d="2025-09-17 +0200",
  body="""Guten Tag,

wir zahlen am 30.09. — 845,00 €.

Lena Fischer""",
  i="promise_to_pay", p="md:09-30", a="845.00", c="EUR", r=["INV-34796"], n="German numeric date 30.09.")
m(frm="Philippa Dean <philippa@deanveterinary.example>", subj="Re: INV-34807", d="2026-12-16 +0000",
  body="""Thanks, I'll pop this in the pile for Lorraine, she does our accounts on a Wednesday.

Philippa

On Tue, 15 Dec 2026 at 15:12, Northwind Supplies Ltd <accounts@northwind-supplies.example> wrote:
> Dear Philippa,
>
> Season's greetings from all of us at Northwind. Before we close for the holidays, a reminder that INV-34807 for £318.50 was due on 30 November.
>
> Best wishes,
> Northwind Supplies Ltd""",
  i="ignore", r=["INV-34807"], n="passing to bookkeeper; no commitment")

m(frm="Facilities Bot <facilities-bot@norrmark-hq.example>", subj="[Auto] Visitor badge request received", d="2025-03-10 +0100",
  h={"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
  body="""Your visitor badge request #VB-2291 has been received. Please collect your badge from reception on arrival. Badges must be returned at the end of each visit.""",
  i="ignore", n="irrelevant facilities automation, misdirected")


if __name__ == "__main__":
    main()
