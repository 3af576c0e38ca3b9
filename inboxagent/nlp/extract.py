"""Pulls the promised date, the amount and the out-of-office return date out of a reply's new text."""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal

from .amounts import Money, find_amounts
from .dates import FoundDate, find_dates

PAY_WORDS = re.compile(
    r"\b(pay|paid|paying|payment|transfer\w*|settle\w*|remit\w*|wire\w*|send|sent|cheque|check|"
    r"run|process\w*|release\w*|clear\w*|instal+ments?|until|by|extension|extend|plan)\b",
    re.IGNORECASE,
)
RETURN_WORDS = re.compile(r"\b(back|return\w*|until|till|from|reachable|in the office|available)\b", re.IGNORECASE)


def message_day(when: datetime | None, fallback: datetime | None = None) -> date:
    """The calendar day of the message in the sender's own time zone (its Date header)."""
    if when is not None:
        return when.date()
    return (fallback or datetime.now()).date()


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    start = max(text.rfind(ch, 0, pos) for ch in ".!?\n") + 1
    ends = [i for i in (text.find(ch, pos) for ch in ".!?\n") if i != -1]
    return start, (min(ends) if ends else len(text))


def _near_pay_words(text: str, start: int, end: int) -> bool:
    s, e = _sentence_bounds(text, start)
    return bool(PAY_WORDS.search(text[s:max(e, end)]))


def promised_date(text: str, base: date, month_first: bool = False) -> date | None:
    """The date a debtor commits to or proposes: the first one on or after the message day,
    preferring a date in a sentence about paying."""
    found: list[FoundDate] = [f for f in find_dates(text, base, month_first) if f.value >= base]
    if not found:
        return None
    for f in found:
        if _near_pay_words(text, f.start, f.end):
            return f.value
    return found[0].value


def amount(text: str) -> Money | None:
    """The amount the debtor states: the first in a sentence about paying, else the first."""
    found = find_amounts(text)
    if not found:
        return None
    for m in found:
        if _near_pay_words(text, m.start, m.end):
            return m
    return found[0]


def return_date(text: str, base: date, month_first: bool = False) -> date | None:
    """When an out-of-office notice says its writer is back: the last date near return words."""
    best = None
    for f in find_dates(text, base, month_first):
        s, e = _sentence_bounds(text, f.start)
        if RETURN_WORDS.search(text[s:e]) and f.value >= base:
            best = f.value
    return best


def money_fields(m: Money | None) -> tuple[Decimal | None, str | None]:
    return (m.amount, m.currency) if m else (None, None)
