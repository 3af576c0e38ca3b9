"""What a debtor's message teaches about its sender: register, name, time zone, absence, opt-out, bounces.

Pure functions over records.Contact.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from .records import Classification, Contact, MailMessage
from .rules import Rules
from .templating import person_name

ADDRESS = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+")
INFORMAL_OPENING = re.compile(r"^\s*(?:hi|hiya|hey|heya|hello there|morning|evening|yo|cheers|thanks|thx|ta|ok|okay|sure|sorry)\b", re.I)
FORMAL_OPENING = re.compile(r"^\s*(?:dear|good (?:morning|afternoon|day)|to whom it may concern|sehr geehrte|madame|monsieur)\b", re.I)
FORMAL_CLOSING = re.compile(r"\b(?:yours (?:sincerely|faithfully)|kind regards|best regards|with regards|respectfully)\b", re.I)
INFORMAL_CLOSING = re.compile(r"(?:^|\n)\s*(?:cheers|thanks|thx|ta|x+|best|speak soon|[A-Z][a-z]{1,14})\s*[!.,x]*\s*$")


def register_of(text: str) -> str:
    """informal when the debtor writes informally ("Hi", "Cheers, Dan", lower case), formal when
    they open with "Dear" or close with "Kind regards", "" when there is nothing to go on."""
    body = text.strip()
    if not body:
        return ""
    if FORMAL_OPENING.search(body):
        return "formal"
    if INFORMAL_OPENING.search(body):
        return "informal"
    if FORMAL_CLOSING.search(body[-200:]):
        return "formal"
    if INFORMAL_CLOSING.search(body[-60:]) or body[:1].islower():
        return "informal"
    return ""


def opt_out_phrase(text: str, rules: Rules) -> str | None:
    """The opt-out phrase of rules/policy.toml found in the text, if any."""
    for pattern in rules.opt_out:
        m = pattern.search(text)
        if m:
            return m.group(0)
    return None


def learn(contact: Contact, msg: MailMessage, c: Classification, rules: Rules, today: date) -> Contact:
    """The contact after this message from it."""
    name = person_name(msg.from_name)
    register = register_of(msg.new_text) or contact.register
    offset = msg.date.utcoffset() if msg.date else None
    contact = replace(
        contact,
        first_name=name.split()[0] if name else contact.first_name,
        register=register,
        utc_offset_minutes=int(offset.total_seconds() // 60) if offset is not None else contact.utc_offset_minutes,
    )
    if c.intent == "ignore" and c.return_date is not None and c.return_date >= today:
        contact = replace(contact, away_until=c.return_date)
    elif c.intent != "ignore" and not c.auto_reply:
        contact = replace(contact, away_until=None)  # they wrote themselves: they are back
    phrase = opt_out_phrase(msg.new_text, rules)
    if phrase is not None:
        contact = replace(contact, opted_out=True, note=f"asked us to stop ({phrase!r}) on {today.isoformat()}")
    return contact


def bounced(msg: MailMessage, known: set[str]) -> list[str]:
    """The addresses on file that a bounce reports as failed (X-Failed-Recipients, or named in its text)."""
    found = ADDRESS.findall(msg.headers.get("x-failed-recipients", "")) + ADDRESS.findall(msg.text[:20000])
    return [a for a in dict.fromkeys(x.lower() for x in found) if a in known]
