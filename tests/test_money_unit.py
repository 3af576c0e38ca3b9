"""Money is Decimal in the currency's minor units, written in the customer's locale with Babel:
"£1,250.00" in en_GB, "1.250,00 €" in de_DE, no decimals for JPY, half-up rounding, no floats."""

from __future__ import annotations

import textwrap
from decimal import Decimal
from pathlib import Path

import pytest

from inboxagent.config import load_config
from inboxagent.errors import ConfigError, TemplateError
from inboxagent.money import format_money, format_rate, minor_units, quantize, to_decimal
from inboxagent.render import Renderer, money


@pytest.mark.parametrize(("amount", "currency", "locale", "text"), [
    ("1250", "GBP", "en_GB", "£1,250.00"),
    ("1250", "EUR", "de_DE", "1.250,00 €"),
    ("1250", "EUR", "en_GB", "€1,250.00"),
    ("1250.5", "EUR", "fr_FR", "1 250,50 €"),
    ("125000", "JPY", "en_GB", "JP¥125,000"),
    ("125000", "JPY", "ja_JP", "￥125,000"),
    ("640", "USD", "en_US", "$640.00"),
    ("640", "USD", "en_GB", "US$640.00"),  # CLDR: a British reader is told which dollar
    ("1250", "CHF", "en_GB", "CHF 1,250.00"),  # a symbol made of letters is kept apart from the digits
    ("1250", "CHF", "de_CH", "CHF 1'250.00"),
    ("1250", "BHD", "en_GB", "BHD 1,250.000"),  # three minor units
    ("1250", "", "en_GB", "1,250.00"),
    ("1250", "", "de_DE", "1.250,00"),
    ("-5", "GBP", "en_GB", "-£5.00"),
])
def test_amounts_in_the_locale(amount: str, currency: str, locale: str, text: str) -> None:
    assert format_money(Decimal(amount), currency, locale) == text


def test_minor_units_and_rounding() -> None:
    assert (minor_units("GBP"), minor_units("JPY"), minor_units("BHD"), minor_units("")) == (2, 0, 3, 2)
    assert quantize(Decimal("10.005"), "GBP") == Decimal("10.01")  # half up, not to even
    assert quantize(Decimal("10.015"), "GBP") == Decimal("10.02")
    assert quantize(Decimal("1234.5"), "JPY") == Decimal("1235")
    assert str(quantize("53.4246575", "GBP")) == "53.42"
    assert format_money(Decimal("0.125"), "GBP", "en_GB") == "£0.13"
    assert format_money(Decimal("1234.5"), "JPY", "en_GB") == "JP¥1,235"


def test_floats_are_refused() -> None:
    with pytest.raises(TypeError):
        to_decimal(0.1)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        format_money(12.5, "GBP")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        to_decimal("twelve")
    with pytest.raises(ValueError):
        to_decimal("NaN")
    assert to_decimal("1250.00") == Decimal("1250.00") and to_decimal(7) == Decimal(7)


def test_none_unknown_locale_and_rates() -> None:
    assert format_money(None, "GBP") == ""
    assert format_money(Decimal("1"), "GBP", "xx_NOPE") == "£1.00", "an unknown customer locale falls back to en_GB"
    assert format_money(Decimal("1250"), "GBP") == "£1,250.00", "en_GB by default"
    assert (format_rate(Decimal("13")), format_rate(Decimal("12.75")), format_rate("12.75", "de_DE")) == ("13%", "12.75%", "12,75 %")


def test_templates_write_amounts_in_the_context_locale(tmp_path: Path) -> None:
    # Through a macro imported without context and an included partial: the locale of the
    # message still applies.
    (tmp_path / "t.txt").write_text(textwrap.dedent("""\
        {% import "_macros.txt" as m %}
        {{ 1250 | money("EUR") }} / {{ m.amounts(totals) }} / {{ 13 | percent }}
        """))
    renderer = Renderer(tmp_path)
    totals = [{"currency": "EUR", "amount": Decimal("1250")}, {"currency": "GBP", "amount": Decimal("99.5")}]
    assert renderer.render("t.txt", {"totals": totals, "locale": "de_DE"}).strip() == \
        "1.250,00 € / 1.250,00 € and 99,50 £ / 13 %"
    assert renderer.render("t.txt", {"totals": totals, "locale": "en_GB"}).strip() == \
        "€1,250.00 / €1,250.00 and £99.50 / 13%"
    assert renderer.render("t.txt", {"totals": totals}).strip().startswith("€1,250.00"), "no locale: en_GB"
    assert money(Decimal("1250"), "EUR") == "€1,250.00", "outside a render: en_GB again"


def test_a_float_in_a_template_is_a_template_error(tmp_path: Path) -> None:
    (tmp_path / "t.txt").write_text("{{ 1.5 | money('GBP') }}\n")
    with pytest.raises(TemplateError, match=r"t\.txt.*money: amounts are Decimal"):
        Renderer(tmp_path).render("t.txt", {})


CONFIG = """\
[imap]
host = "127.0.0.1"
username = "u"
password_env = "X"
security = "none"

[agent]
from = "Accounts <accounts@example.com>"
"""


def test_agent_locale_in_config(tmp_path: Path) -> None:
    path = tmp_path / "inboxagent.toml"
    path.write_text(CONFIG)
    assert load_config(path).agent.locale == "en_GB"
    path.write_text(CONFIG + 'locale = "de_DE"\n')
    assert load_config(path).agent.locale == "de_DE"
    path.write_text(CONFIG + 'locale = "klingon_XX"\n')
    with pytest.raises(ConfigError, match=r"\[agent\] locale.*unknown locale 'klingon_XX'"):
        load_config(path)
