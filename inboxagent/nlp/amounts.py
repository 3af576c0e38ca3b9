"""Finds money in debtor text: "$1,250", "1.250,00 €", "EUR 1 250,00", "1'250.00 CHF", "£40", "£40k",
"Rs. 45,000", "R$ 3.400,00", "$ 45,800.00 MXN", "3 × £640" as Decimal and ISO 4217 code.

Which of the amounts found is THE amount of a reply is decided in extract.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal, InvalidOperation

# Symbols and words to ISO 4217. "$" alone is read as USD, as a reader in most places would.
CURRENCY_WORDS = {
    "$": "USD", "us$": "USD", "usd": "USD", "dollars": "USD", "dollar": "USD",
    "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR",
    "£": "GBP", "gbp": "GBP", "pounds": "GBP", "quid": "GBP",
    "a$": "AUD", "au$": "AUD", "aud": "AUD", "c$": "CAD", "ca$": "CAD", "cad": "CAD",
    "nz$": "NZD", "nzd": "NZD", "chf": "CHF", "fr.": "CHF", "sfr.": "CHF", "sfr": "CHF", "sek": "SEK",
    "nok": "NOK", "dkk": "DKK", "pln": "PLN", "zł": "PLN", "zl": "PLN", "czk": "CZK", "kč": "CZK",
    "huf": "HUF", "ft": "HUF", "jpy": "JPY", "¥": "JPY", "yen": "JPY", "inr": "INR", "₹": "INR", "rs": "INR",
    "rs.": "INR", "zar": "ZAR", "sgd": "SGD", "s$": "SGD", "hkd": "HKD", "hk$": "HKD", "mxn": "MXN",
    "brl": "BRL", "r$": "BRL", "try": "TRY", "₺": "TRY", "tl": "TRY", "aed": "AED", "cny": "CNY", "rmb": "CNY",
    "yuan": "CNY", "ron": "RON", "lei": "RON", "isk": "ISK", "krw": "KRW", "₩": "KRW", "won": "KRW",
    "ils": "ILS", "₪": "ILS", "php": "PHP", "₱": "PHP", "thb": "THB", "฿": "THB", "ngn": "NGN", "₦": "NGN",
    "rub": "RUB", "₽": "RUB", "uah": "UAH", "₴": "UAH", "vnd": "VND", "₫": "VND", "idr": "IDR", "rp": "IDR",
    "myr": "MYR", "rm": "MYR", "kes": "KES", "ksh": "KES", "egp": "EGP", "sar": "SAR", "qar": "QAR",
    "kwd": "KWD", "bhd": "BHD", "omr": "OMR", "cop": "COP", "clp": "CLP", "pen": "PEN", "ars": "ARS",
    "bgn": "BGN", "rsd": "RSD", "twd": "TWD", "nt$": "TWD", "pkr": "PKR", "lkr": "LKR", "bdt": "BDT",
    "r": "ZAR", "kr": "SEK", "kr.": "SEK", "kronor": "SEK", "kroner": "DKK", "kronur": "ISK",
}
ISO_CODES = {v for v in CURRENCY_WORDS.values()} | {"XOF", "XAF", "MAD", "TND", "GHS", "JOD", "LBP"}

# The two patterns below are also used by features.py to mask money in the classifier's input;
# they are kept as they were when the model was trained. Extraction uses the wider ones after them.
_SYM = r"(?P<{name}>US\$|A\$|AU\$|C\$|CA\$|NZ\$|HK\$|S\$|R\$|[$€£¥₹₺]|(?:USD|EUR|GBP|AUD|CAD|NZD|CHF|SEK|NOK|DKK|PLN|CZK|HUF|JPY|INR|ZAR|SGD|HKD|MXN|BRL|TRY|AED|CNY|RMB|RON|ISK)\b|Rs\.?|Fr\.)"
_NUM = r"(?P<num>\d{1,3}(?:[,.' \u00a0\u202f]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)(?:[.,]-)?"
_AFTER = r"(?P<after>€|£|\$|(?:USD|EUR|GBP|AUD|CAD|NZD|CHF|SEK|NOK|DKK|PLN|CZK|HUF|JPY|INR|ZAR|SGD|HKD|MXN|BRL|TRY|AED|CNY|RON|ISK)\b|euros?\b|dollars?\b|pounds\b|quid\b|zł|zl\b|kr\.?(?!\w)|Kč)"
PREFIXED = re.compile(_SYM.format(name="before") + r"\s?" + _NUM, re.IGNORECASE)
SUFFIXED = re.compile(r"(?<![\w.,])" + _NUM + r"\s?" + _AFTER, re.IGNORECASE)

# Codes are matched in capitals ("TRY 500", not "try 5 times"); a few common ones also in lower case.
_CODES = (r"(?:(?-i:" + "|".join(sorted(ISO_CODES, key=len, reverse=True)) + r"|RMB)"
          r"|eur|usd|gbp|chf|sek|nok|dkk|pln|czk|huf|aud|cad|nzd|inr|zar|sgd|hkd|mxn|brl|aed|cny|ron|krw|jpy)")
_X_SYM = (r"(?P<before>US\$|USD\$|A\$|AU\$|AUD\$|C\$|CA\$|CAD\$|CDN\$|NZ\$|HK\$|S\$|SG\$|R\$|NT\$|Mex\$|MX\$|[$€£¥₹₺₩₪₱฿₦₽₴₫]"
          r"|" + _CODES + r"(?![A-Za-z])|Rs\.?(?=\s?\d)|(?-i:Rp|RM|KSh)\.?(?=\s?\d)|S?Fr\.(?=\s?\d)"
          r"|(?-i:R)(?=\s?\d{1,3}(?:[\s\u00a0,.]\d{3})|\s?\d{3,}))")
_X_NUM = (r"(?P<num>\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d{1,2})?"  # Indian lakh grouping: 3,85,400
          r"|\d{1,3}(?:(?P<g>[,.'’\u00a0\u202f]|\s(?=\d{3}(?!\d)))\d{3})(?:(?P=g)\d{3})*(?:[.,]\d{1,2})?"
          r"|\d+(?:[.,]\d{1,2})?)(?:[.,]?/-|[.,][-–])?(?P<mult>k|K|m|bn|mn)?(?![\w])")
_X_AFTER = (r"(?P<after>€|£|\$|₺|₩|₪|₹|¥|" + _CODES + r"(?![A-Za-z])|euros?\b|dollars?\b|pounds\b|quid\b|yen\b|yuan\b|"
            r"kronor\b|kroner\b|zł|zl\b|Kč|(?-i:Ft|TL)\b|lei\b|kr\.?(?!\w)|,-\s?€)")
PREFIXED_X = re.compile(r"(?<![A-Za-z0-9])" + _X_SYM + r"\s?" + _X_NUM, re.IGNORECASE)
SUFFIXED_X = re.compile(r"(?<![\w.,])" + _X_NUM + r"\s?" + _X_AFTER, re.IGNORECASE)
_TRAILING_CODE = re.compile(r"\s?(?P<code>" + _CODES + r")(?![A-Za-z])")
_TIMES_BEFORE = re.compile(r"(?<![\d.,])(?P<n>\d{1,4})\s*[x×]\s*$", re.IGNORECASE)


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
    t = t.removesuffix("/-")  # Indian "Rs. 3,85,400/-"
    if t.endswith(("-", "–")):  # Swiss "980.-"
        t = t[:-1].rstrip(".,")
    if re.fullmatch(r"\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d{1,2})?", t):
        t = t.replace(",", "")
    t = re.sub(r"[\s\u00a0\u202f'’]", "", t)
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


_MULTIPLIERS = {"k": Decimal(1000), "m": Decimal(1000000), "mn": Decimal(1000000), "bn": Decimal(1000000000)}
_NORDIC = {
    "DKK": re.compile(r"[æø]|\b(?:tak|venlig|hilsen|mvh|ikke|og|jeg|betalt|kroner)\b", re.IGNORECASE),
    "NOK": re.compile(r"\b(?:takk|hei|vennlig|hilsen|ikke|og|jeg|betalt)\b", re.IGNORECASE),
    "SEK": re.compile(r"[äö]|\b(?:tack|hej|hälsningar|och|inte|jag|betald|kronor)\b", re.IGNORECASE),
}


def _krona(text: str) -> str:
    """"kr" is Swedish, Danish or Norwegian; the writer's own words tell which (SEK if nothing does)."""
    scores = {code: len(p.findall(text)) for code, p in _NORDIC.items()}
    if scores["SEK"] >= max(scores["DKK"], scores["NOK"]) and scores["SEK"]:
        return "SEK"
    if scores["NOK"] > scores["DKK"] and re.search(r"\b(?:takk|hei|vennlig)\b", text, re.IGNORECASE):
        return "NOK"
    if scores["DKK"] or scores["NOK"]:
        return "DKK"
    return "SEK"


def _yen_or_yuan(text: str) -> str:
    """"¥" is yen in Japan and yuan (CNY) in China."""
    if re.search(r"\b(?:china|chinese|rmb|yuan|renminbi|cny|shanghai|beijing|shenzhen|guangzhou)\b", text, re.IGNORECASE):
        return "CNY"
    if re.search(r"[\u4e00-\u9fff]", text) and not re.search(r"[\u3040-\u30ff]", text):
        return "CNY"
    return "JPY"


_DOLLAR_PLACES = {
    "AUD": re.compile(r"\b(?:australia\w*|aussie|g'day|arvo|servo|brekkie|no dramas|tradie|sydney|melbourne|brisbane|perth|adelaide|hobart|"
                      r"darwin|canberra|gold coast|sunshine coast|geelong|cairns|townsville|fremantle|gympie|katoomba|"
                      r"toowoomba|wollongong|ballarat|bendigo|parramatta|launceston|mackay|rockhampton|bundaberg)\b"
                      r"|\b(?-i:ABN|ATO|BSB|NSW|QLD|VIC|TAS)\b", re.IGNORECASE),
    "NZD": re.compile(r"\b(?:new zealand|kiwi|kia ora|aotearoa|auckland|wellington|christchurch|queenstown|tauranga|dunedin|"
                      r"napier|rotorua|palmerston north|whangarei|invercargill|remarkables|wanaka|taupo|nelson, nz)\b"
                      r"|\b(?-i:NZ|IRD)\b", re.IGNORECASE),
    "CAD": re.compile(r"\b(?:canad\w*|ontario|quebec|québec|british columbia|alberta|manitoba|saskatchewan|nova scotia|"
                      r"toronto|vancouver|montr[eé]al|calgary|edmonton|ottawa|winnipeg|mississauga|halifax|interac|"
                      r"e-transfer)\b|\b(?-i:HST|CRA)\b|,\s(?-i:ON|BC|AB|QC|MB|SK|NS)(?=\s+(?-i:[A-Z]\d[A-Z])|[ \t]*(?:\n|$))",
                      re.IGNORECASE),
    "SGD": re.compile(r"\bsingapore\b", re.IGNORECASE),
    "HKD": re.compile(r"\bhong kong\b", re.IGNORECASE),
    "MXN": re.compile(r"\b(?:m[eé]xico|monterrey|guadalajara|pesos?|spei)\b", re.IGNORECASE),
}


def _dollar(text: str, utc_offset: timedelta | None = None) -> str:
    """A bare "$" is US dollars unless the writer's own words place them elsewhere ("this arvo",
    "Fremantle", "Tauranga", "Mississauga, ON", "pesos") or, failing that, the UTC offset of
    the message's Date header does (+09:30 to +11:00 is Australia, +12:00 to +13:45 New Zealand)."""
    hits = {code: len(p.findall(text)) for code, p in _DOLLAR_PLACES.items()}
    code, count = max(hits.items(), key=lambda kv: kv[1])
    if count:
        return code
    hours = utc_offset.total_seconds() / 3600 if utc_offset is not None else None
    if hours is not None and 9.5 <= hours <= 11:
        return "AUD"
    if hours is not None and 12 <= hours <= 13.75:
        return "NZD"
    return "USD"


def _currency(marker: str, text: str, utc_offset: timedelta | None = None) -> str | None:
    m = marker.lower().strip()
    if m in ("$", "dollars", "dollar"):
        return _dollar(text, utc_offset)
    if m in ("kr", "kr."):
        return _krona(text)
    if m == "¥":
        hours = utc_offset.total_seconds() / 3600 if utc_offset is not None else None
        if hours == 8 and not re.search(r"\bjapan", text, re.IGNORECASE):
            return "CNY"  # written at UTC+08:00: China, not Japan (+09:00)
        return _yen_or_yuan(text)
    if m in ("rs", "rs.") and re.search(r"\b(?:pakistan|pkr|karachi|lahore|islamabad)\b", text, re.IGNORECASE):
        return "PKR"
    if m.startswith(",-"):
        return "EUR"
    if m.endswith("$") and len(m) > 1:
        prefix = m[:-1]
        table = {"us": "USD", "usd": "USD", "a": "AUD", "au": "AUD", "aud": "AUD", "c": "CAD", "ca": "CAD",
                 "cad": "CAD", "cdn": "CAD", "nz": "NZD", "hk": "HKD", "s": "SGD", "sg": "SGD", "r": "BRL",
                 "nt": "TWD", "mex": "MXN", "mx": "MXN"}
        if prefix in table:
            return table[prefix]
    code = CURRENCY_WORDS.get(m)
    if code:
        return code
    if m.upper() in ISO_CODES:
        return m.upper()
    if m.upper() == "RMB":
        return "CNY"
    return None


def find_amounts(text: str, utc_offset: timedelta | None = None) -> list[Money]:
    """Every amount with a currency marker in the text, in order of appearance.

    A symbol followed by a code ("$ 45,800.00 MXN") takes the code; "3 × £640" is £1,920.00.
    `utc_offset` (of the message's Date header) only helps read a bare "$" or "¥"."""
    found: list[Money] = []
    taken: list[tuple[int, int]] = []
    for pattern in (PREFIXED_X, SUFFIXED_X):
        for m in pattern.finditer(text):
            start, end = m.start(), m.end()
            if any(start < e and s < end for s, e in taken):
                continue
            value = parse_number(m.group("num"))
            if value is None or value <= 0:
                continue
            mult = m.group("mult")
            if mult:
                if mult.lower() == "m" and m.groupdict().get("after"):
                    continue
                value = (value * _MULTIPLIERS[mult.lower()]).quantize(Decimal("0.01"))
            marker = m.groupdict().get("before") or m.groupdict().get("after") or ""
            currency = _currency(marker, text, utc_offset)
            if m.groupdict().get("before"):
                trailing = _TRAILING_CODE.match(text, end)
                if trailing:
                    currency = _currency(trailing.group("code"), text, utc_offset) or currency
                    end = trailing.end()
            times = _TIMES_BEFORE.search(text, max(0, start - 8), start)
            if times and not re.match(r"\s*=", text[end:end + 4]):
                value = (value * int(times.group("n"))).quantize(Decimal("0.01"))
                start = times.start()
            taken.append((start, end))
            found.append(Money(value, currency, start, end, text[start:end]))
    found.sort(key=lambda f: f.start)
    return found
