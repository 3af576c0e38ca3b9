"""Finds money in debtor text: "$1,250", "1.250,00 €", "EUR 980", "CHF 980.-", "£40" as Decimal and ISO code."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

# Symbols and words to ISO 4217. "$" alone is read as USD, as a reader in most places would.
CURRENCY_WORDS = {
    "$": "USD", "us$": "USD", "usd": "USD", "dollars": "USD", "dollar": "USD",
    "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR",
    "£": "GBP", "gbp": "GBP", "pounds": "GBP", "quid": "GBP",
    "a$": "AUD", "au$": "AUD", "aud": "AUD", "c$": "CAD", "ca$": "CAD", "cad": "CAD",
    "nz$": "NZD", "nzd": "NZD", "chf": "CHF", "fr.": "CHF", "sek": "SEK", "nok": "NOK",
    "dkk": "DKK", "pln": "PLN", "zł": "PLN", "zl": "PLN", "czk": "CZK", "kč": "CZK",
    "huf": "HUF", "jpy": "JPY", "¥": "JPY", "inr": "INR", "₹": "INR", "rs": "INR", "rs.": "INR",
    "zar": "ZAR", "sgd": "SGD", "s$": "SGD", "hkd": "HKD", "hk$": "HKD", "mxn": "MXN",
    "brl": "BRL", "r$": "BRL", "try": "TRY", "₺": "TRY", "aed": "AED", "cny": "CNY", "rmb": "CNY",
    "ron": "RON", "isk": "ISK", "kr": "SEK", "kr.": "DKK",
}
_SYM = r"(?P<{name}>US\$|A\$|AU\$|C\$|CA\$|NZ\$|HK\$|S\$|R\$|[$€£¥₹₺]|(?:USD|EUR|GBP|AUD|CAD|NZD|CHF|SEK|NOK|DKK|PLN|CZK|HUF|JPY|INR|ZAR|SGD|HKD|MXN|BRL|TRY|AED|CNY|RMB|RON|ISK)\b|Rs\.?|Fr\.)"
_NUM = r"(?P<num>\d{1,3}(?:[,.' \u00a0\u202f]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)(?:[.,]-)?"
_AFTER = r"(?P<after>€|£|\$|(?:USD|EUR|GBP|AUD|CAD|NZD|CHF|SEK|NOK|DKK|PLN|CZK|HUF|JPY|INR|ZAR|SGD|HKD|MXN|BRL|TRY|AED|CNY|RON|ISK)\b|euros?\b|dollars?\b|pounds\b|quid\b|zł|zl\b|kr\.?(?!\w)|Kč)"
PREFIXED = re.compile(_SYM.format(name="before") + r"\s?" + _NUM, re.IGNORECASE)
SUFFIXED = re.compile(r"(?<![\w.,])" + _NUM + r"\s?" + _AFTER, re.IGNORECASE)


@dataclass(frozen=True)
class Money:
    amount: Decimal
    currency: str | None
    start: int
    end: int
    text: str


def parse_number(text: str) -> Decimal | None:
    """A written number as Decimal: 1,250.00 / 1.250,00 / 1 250,00 / 1'250.00 / 12,50 / 980.-"""
    t = text.strip()
    if t.endswith("-"):  # Swiss "980.-"
        t = t[:-1].rstrip(".,")
    t = re.sub(r"[\s\u00a0\u202f']", "", t)
    if "," in t and "." in t:
        decimal_sep = "," if t.rfind(",") > t.rfind(".") else "."
    elif "," in t or "." in t:
        sep = "," if "," in t else "."
        head, _, tail = t.rpartition(sep)
        # One separator followed by exactly three digits groups thousands; otherwise it is decimal.
        decimal_sep = "" if (len(tail) == 3 and head) or t.count(sep) > 1 else sep
    else:
        decimal_sep = ""
    thousands = {",", "."} - {decimal_sep}
    for sep in thousands:
        t = t.replace(sep, "")
    if decimal_sep:
        t = t.replace(decimal_sep, ".")
    try:
        value = Decimal(t)
    except InvalidOperation:
        return None
    return value.quantize(Decimal("0.01"))


def find_amounts(text: str) -> list[Money]:
    """Every amount with a currency marker in the text, in order of appearance."""
    found: list[Money] = []
    taken: list[tuple[int, int]] = []
    for pattern in (PREFIXED, SUFFIXED):
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            value = parse_number(m.group("num"))
            if value is None or value <= 0:
                continue
            marker = (m.groupdict().get("before") or m.groupdict().get("after") or "").lower()
            currency = CURRENCY_WORDS.get(marker)
            if currency is None and marker.upper() in {v for v in CURRENCY_WORDS.values()}:
                currency = marker.upper()
            taken.append((m.start(), m.end()))
            found.append(Money(value, currency, m.start(), m.end(), m.group(0)))
    found.sort(key=lambda f: f.start)
    return found
