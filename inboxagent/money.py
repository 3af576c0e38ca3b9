"""Money as Decimal in the currency's minor units, written in the customer's locale with Babel.

- `minor_units("JPY") == 0`, `minor_units("GBP") == 2` (ISO 4217 via Babel's CLDR data).
- `quantize(Decimal("10.005"), "GBP") == Decimal("10.01")`: half up, the way invoices round.
- `format_money(Decimal("1250"), "EUR", "de_DE") == "1.250,00 €"`, `"en_GB"` gives "€1,250.00".

Floats are refused everywhere: an amount is a Decimal, an int or a decimal string.
Plain-text mail gets plain spaces: the no-break spaces CLDR puts between number and symbol
("1.250,00 €") and the narrow ones some locales group digits with are written as spaces.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.numbers import format_currency, format_decimal, format_percent, get_currency_precision

DEFAULT_LOCALE = "en_GB"
_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " "})


def to_decimal(value: Decimal | int | str) -> Decimal:
    """An amount as Decimal; floats are refused (they cannot hold 0.10 exactly)."""
    if isinstance(value, bool) or isinstance(value, float):
        raise TypeError(f"amounts are Decimal, int or str, never {type(value).__name__}: {value!r}")
    if isinstance(value, Decimal):
        return value
    try:
        result = Decimal(str(value).strip())
    except InvalidOperation:
        raise ValueError(f"{value!r} is not an amount") from None
    if not result.is_finite():
        raise ValueError(f"{value!r} is not an amount")
    return result


@lru_cache(maxsize=None)
def minor_units(currency: str) -> int:
    """Decimal places of the currency (GBP 2, JPY 0, BHD 3); 2 for no or an unknown code."""
    if not currency:
        return 2
    return int(get_currency_precision(currency.upper()))


def quantize(amount: Decimal | int | str, currency: str) -> Decimal:
    """The amount rounded (half up) to the currency's minor units."""
    exponent = Decimal(1).scaleb(-minor_units(currency))
    return to_decimal(amount).quantize(exponent, rounding=ROUND_HALF_UP)


@lru_cache(maxsize=None)
def parse_locale(name: str) -> Locale:
    """A Babel locale from "en_GB" or "en-GB"; ValueError naming the problem otherwise."""
    try:
        return Locale.parse(name.strip().replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError) as exc:
        raise ValueError(f"unknown locale {name!r} (use a name like en_GB, de_DE, fr_FR): {exc}") from None


def locale_or_default(name: str | None, default: str = DEFAULT_LOCALE) -> Locale:
    """The locale called `name`, else `default` (a customer's locale that Babel does not know
    falls back rather than stopping a reminder)."""
    if name:
        try:
            return parse_locale(name)
        except ValueError:
            pass
    return parse_locale(default)


def _spaced(text: str) -> str:
    """CLDR currency spacing, which Babel leaves out: a symbol made of letters is kept apart
    from the digits ("CHF 1,250.00", not "CHF1,250.00"); "£1,250.00" and "US$5.00" are unchanged."""
    text = text.translate(_SPACES)
    lead = 0
    while lead < len(text) and not (text[lead].isdigit() or text[lead] in "-+"):
        lead += 1
    if 0 < lead < len(text) and text[lead - 1].isalpha():
        text = text[:lead] + " " + text[lead:]
    trail = len(text)
    while trail > 0 and not text[trail - 1].isdigit():
        trail -= 1
    if 0 < trail < len(text) and text[trail].isalpha():
        text = text[:trail] + " " + text[trail:]
    return text


def format_money(amount: Decimal | int | str | None, currency: str = "", locale: str | None = None) -> str:
    """An amount in the currency's minor units, written as `locale` writes money. No
    currency: just the number ("1,250.00"). None: ""."""
    if amount is None:
        return ""
    where = locale_or_default(locale)
    code = (currency or "").upper()
    value = quantize(amount, code)
    if not code:
        return format_decimal(value, format="#,##0.00", locale=where).translate(_SPACES)
    return _spaced(format_currency(value, code, locale=where, currency_digits=True))


def format_rate(percent: Decimal | int | str, locale: str | None = None) -> str:
    """A yearly rate given in percent: 13 -> "13%", 12.75 -> "12.75%" (de_DE "12,75 %")."""
    where = locale_or_default(locale)
    value = to_decimal(percent) / 100
    pattern = where.percent_formats[None].pattern.replace("#,##0", "#,##0.###", 1)
    return format_percent(value, format=pattern, locale=where).translate(_SPACES)
