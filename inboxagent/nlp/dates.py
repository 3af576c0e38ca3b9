"""Resolves the dates debtors write ("Friday", "the 15th", "end of the month", "in two weeks") against a base day.

Why not dateparser: measured on 14 typical debtor phrases (2026-11, dateparser 1.5 with
PREFER_DATES_FROM=future and RELATIVE_BASE), `search_dates` got 6 wrong: it read "we" as
Wednesday and "may" as May, resolved "by the 15th" into the past, and found nothing in
"end of the month", "05.12." or "30 more days". The expressions debtors use for payment
dates are a closed vocabulary, so they are found here with explicit rules that follow
the product's convention ("Friday" is the first Friday strictly after the message's day).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta


MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14, "fifteen": 15,
    "twenty": 20, "thirty": 30, "forty-five": 45, "sixty": 60, "ninety": 90, "couple of": 2, "few": 3,
}
_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|\.)?"
_YEAR = r"(?:,?\s*(?P<year>20\d\d))?"
_WD = r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\b"
_N = r"(?P<n>\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty|forty-five|sixty|ninety|couple of|few)"


@dataclass(frozen=True)
class FoundDate:
    value: date
    start: int
    end: int
    text: str
    kind: str


def _last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _next_weekday(base: date, weekday: int) -> date:
    """The first `weekday` strictly after base."""
    days = (weekday - base.weekday()) % 7 or 7
    return base + timedelta(days=days)


def _friday_of_week(base: date) -> date:
    if base.weekday() <= 4:
        return base + timedelta(days=4 - base.weekday())
    return _next_weekday(base, 4)


def _add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    return date(d.year + y, m + 1, 1)


def _future_day_month(base: date, day: int, month: int, year: int | None) -> date | None:
    try:
        if year:
            return date(year, month, day)
        candidate = date(base.year, month, day)
    except ValueError:
        return None
    if candidate < base - timedelta(days=31):  # "5 January" written in December is next year's
        try:
            candidate = date(base.year + 1, month, day)
        except ValueError:
            return None
    return candidate


def _resolve_day_of_month(base: date, day: int) -> date | None:
    if not 1 <= day <= 31:
        return None
    probe = date(base.year, base.month, 1)
    for _ in range(3):
        if day <= calendar.monthrange(probe.year, probe.month)[1]:
            candidate = probe.replace(day=day)
            if candidate >= base:
                return candidate
        probe = _add_months(probe, 1)
    return None


def _number(word: str) -> int | None:
    word = word.lower()
    if word.isdigit():
        return int(word)
    return NUMBERS.get(word)


# Order matters: longer, more specific expressions first; overlapping later matches are ignored.

def _rules() -> list[tuple[str, re.Pattern[str]]]:
    flags = re.IGNORECASE
    return [
        ("iso", re.compile(r"\b(?P<year>20\d\d)-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b", flags)),
        ("end_next_month", re.compile(r"\bend of next month\b", flags)),
        ("end_month", re.compile(r"\b(?:(?:the\s+)?end of (?:the |this )?month|month[- ]end|end[- ]of[- ]month|eom)\b", flags)),
        ("end_of_named_month", re.compile(r"\bend of " + _MONTH + r"(?!\w)", flags)),
        ("end_year", re.compile(r"\b(?:the\s+)?end of (?:the |this )?year\b", flags)),
        ("next_week", re.compile(r"\b(?:(?:by |before )?(?:the )?end of )?next week\b", flags)),
        ("this_week", re.compile(r"\b(?:(?:by |before )?(?:the )?end of (?:the |this )week|this week|eow|by the weekend)\b", flags)),
        ("day_after_tomorrow", re.compile(r"\bday after tomorrow\b", flags)),
        ("tomorrow", re.compile(r"\b(?:tomorrow|tmrw|tmr|tomorow|tommorow|tommorrow)\b", flags)),
        ("today", re.compile(r"\b(?:today|tonight|this (?:morning|afternoon|evening)|end of (?:the )?day|eod|later today)\b", flags)),
        ("in_n", re.compile(r"\b(?:in|within|after|another|extra|additional|more)\s+(?:the\s+next\s+|an?\s+(?:extra|additional|further)\s+|a\s+further\s+)?" + _N + r"\s+(?:more\s+|extra\s+|additional\s+|further\s+|business\s+|working\s+)?(?P<unit>days?|weeks?|months?)\b", flags)),
        ("n_more", re.compile(r"\b" + _N + r"\s+(?:more|extra|additional|further)\s+(?P<unit>days?|weeks?|months?)\b", flags)),
        ("fortnight", re.compile(r"\b(?:in|within) a fortnight\b", flags)),
        ("day_month", re.compile(r"\b" + _DAY + r"(?:\s+of)?\s*[- ]?\s*" + _MONTH + _YEAR + r"(?!\w)", flags)),
        ("month_day", re.compile(r"\b" + _MONTH + r"\s+(?:the\s+)?" + _DAY + _YEAR + r"(?!\w)", flags)),
        ("numeric", re.compile(r"(?<![\d.,/])(?P<a>[0-3]?\d)[./](?P<b>[0-3]?\d)(?:[./](?P<y>(?:20)?\d\d))?\.?(?![\d,]|\.\d)", flags)),
        ("the_nth", re.compile(r"\b(?:the|on|by|before|until)\s+(?:the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b", flags)),
        ("weekday", re.compile(r"\b(?:(?:this|next|coming|on|by|before|until)\s+)?" + _WD, flags)),
    ]


RULES = _rules()


def find_dates(text: str, base: date, month_first: bool = False) -> list[FoundDate]:
    """Every date expression in `text`, resolved against `base`, in order of appearance."""
    taken: list[tuple[int, int]] = []
    found: list[FoundDate] = []
    for kind, pattern in RULES:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            value = _resolve(kind, m, base, month_first)
            if value is None:
                continue
            taken.append((m.start(), m.end()))
            found.append(FoundDate(value, m.start(), m.end(), m.group(0), kind))
    found.sort(key=lambda f: f.start)
    return found


def _resolve(kind: str, m: re.Match[str], base: date, month_first: bool) -> date | None:
    g = m.groupdict()
    if kind == "iso":
        try:
            return date(int(g["year"]), int(g["m"]), int(g["d"]))
        except ValueError:
            return None
    if kind == "end_next_month":
        nxt = _add_months(base, 1)
        return _last_day(nxt.year, nxt.month)
    if kind == "end_month":
        return _last_day(base.year, base.month)
    if kind == "end_of_named_month":
        month = MONTHS.get(g["month"].lower().rstrip("."))
        if month is None:
            return None
        year = base.year if month >= base.month else base.year + 1
        return _last_day(year, month)
    if kind == "end_year":
        return date(base.year, 12, 31)
    if kind == "next_week":
        return _friday_of_week(base) + timedelta(days=7) if base.weekday() <= 4 else _next_weekday(base, 4) + timedelta(days=7)
    if kind == "this_week":
        return _friday_of_week(base)
    if kind == "day_after_tomorrow":
        return base + timedelta(days=2)
    if kind == "tomorrow":
        return base + timedelta(days=1)
    if kind == "today":
        return base
    if kind in ("in_n", "n_more"):
        n = _number(g["n"])
        if n is None or n > 366:
            return None
        unit = g["unit"].lower()
        if unit.startswith("week"):
            return base + timedelta(weeks=n)
        if unit.startswith("month"):
            target = _add_months(base, n)
            return target.replace(day=min(base.day, calendar.monthrange(target.year, target.month)[1]))
        return base + timedelta(days=n)
    if kind == "fortnight":
        return base + timedelta(days=14)
    if kind in ("day_month", "month_day"):
        month = MONTHS.get(g["month"].lower().rstrip("."))
        if month is None:
            return None
        return _future_day_month(base, int(g["day"]), month, int(g["year"]) if g.get("year") else None)
    if kind == "numeric":
        a, b = int(g["a"]), int(g["b"])
        written_year: str | None = g.get("y")
        y = None if not written_year else (int(written_year) + 2000 if len(written_year) == 2 else int(written_year))
        if "/" not in m.group(0) and "." in m.group(0) and not y and not m.group(0).endswith("."):
            # "4.5" is far more often a number than a date; only "4.5." or "04.05.2026" read as dates.
            return None
        day, month = (b, a) if (month_first and a <= 12 and b <= 31) or a > 31 else (a, b)
        if a <= 12 and b > 12:
            day, month = b, a
        if not (1 <= month <= 12):
            return None
        return _future_day_month(base, day, month, y)
    if kind == "the_nth":
        return _resolve_day_of_month(base, int(g["day"]))
    if kind == "weekday":
        word = g["wd"].lower()
        if word in ("sun", "sat", "mon", "wed") and not m.group(0)[:1].isupper() and m.group(0).lower() == word:
            # bare "sun", "sat", "wed" are too often ordinary words; require a preposition or capital.
            return None
        return _next_weekday(base, WEEKDAYS[word])
    return None
