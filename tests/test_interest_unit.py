"""Statutory late-payment interest (rules/interest.toml): off by default; UK Late Payment Act
(8% over base, £40/£70/£100) and EU Directive 2011/7/EU (reference rate + 8 points, €40);
simple interest by day, actual/365, from the day after the due date; the reference-rate rule
when the base rate changes; shown on its own line in final notices, never in the balance."""

from __future__ import annotations

import textwrap
from datetime import date, datetime, timezone
from decimal import Decimal
from pathlib import Path

import pytest

import mailfactory as mf
from inboxagent.errors import RulesError
from inboxagent.interest import Jurisdiction, charges, interest_view, load_interest, statutory_interest
from inboxagent.records import Account, Invoice
from inboxagent.render import Renderer
from inboxagent.rules import load_rules
from inboxagent.resources import default_dir



def rules_dir(tmp_path: Path, text: str) -> Path:
    folder = tmp_path / "rules"
    folder.mkdir(exist_ok=True)
    (folder / "interest.toml").write_text(textwrap.dedent(text))
    return folder


def invoice(number: str, amount: str, due: date, currency: str = "GBP", balance: str | None = None,
            customer: str = "acme", name: str = "Acme Fabrication Ltd") -> Invoice:
    return Invoice(number=number, customer=customer, customer_name=name, emails=("ap@acme.example",),
                   amount=Decimal(amount), currency=currency, issued=date(2026, 1, 1), due=due,
                   balance=Decimal(balance) if balance else None)


def uk(tmp_path: Path, rates: str = '[{ from = 2026-01-01, rate = "5.00" }]', reference: str = "half_year_before") -> Jurisdiction:
    text = mf.UK_ON.replace('base_rates = [{ from = 2026-01-01, rate = "5.00" }]', f"base_rates = {rates}")
    text = text.replace('reference = "half_year_before"', f'reference = "{reference}"')
    return load_interest(rules_dir(tmp_path, text)).jurisdictions[0]


def test_uk_5000_pounds_30_days_late_at_5_percent_base(tmp_path: Path) -> None:
    # 13% a year for 30 days: 5000 x 0.13 x 30 / 365 = 53.4246... -> £53.42, plus £70 (£1,000-£9,999.99).
    charge = statutory_interest(uk(tmp_path), "INV-1", Decimal("5000.00"), "GBP", date(2026, 10, 31), date(2026, 11, 30))
    assert charge is not None
    assert (charge.days, charge.since, charge.interest, charge.compensation) == (30, date(2026, 11, 1), Decimal("53.42"), Decimal("70.00"))
    assert [(p.days, p.rate, p.reference_day) for p in charge.periods] == [(30, Decimal("13.00"), date(2026, 6, 30))]
    assert charge.total == Decimal("123.42")


@pytest.mark.parametrize(("balance", "fixed"), [
    ("999.99", "40.00"), ("1000.00", "70.00"), ("9999.99", "70.00"), ("10000.00", "100.00"), ("250000", "100.00")])
def test_uk_fixed_compensation_by_size(tmp_path: Path, balance: str, fixed: str) -> None:
    assert uk(tmp_path).fixed_compensation(Decimal(balance), "GBP") == Decimal(fixed)


def test_nothing_before_the_day_after_the_due_date(tmp_path: Path) -> None:
    j = uk(tmp_path)
    assert statutory_interest(j, "INV-1", Decimal("5000"), "GBP", date(2026, 10, 31), date(2026, 10, 31)) is None
    one = statutory_interest(j, "INV-1", Decimal("5000"), "GBP", date(2026, 10, 31), date(2026, 11, 1))
    assert one is not None and one.days == 1 and one.interest == Decimal("1.78")  # 5000 x 0.13 / 365 = 1.7808


def test_off_by_default_and_no_line_in_the_final_notice() -> None:
    rules = load_rules(None).interest
    assert rules.jurisdictions and not rules.enabled, "the shipped interest.toml has every jurisdiction disabled"
    late = [invoice("INV-1", "5000.00", date(2026, 10, 31))]
    assert charges(rules, late, "Acme Fabrication Ltd", date(2026, 11, 30)) == []
    assert interest_view(rules, late, "Acme Fabrication Ltd", date(2026, 11, 30)) is None
    body = render_final(None)
    assert "interest" not in body.lower() and "compensation" not in body.lower()


def test_eu_reference_rate_plus_8_points_and_40_euros(tmp_path: Path) -> None:
    shipped = (default_dir("rules") / "interest.toml").read_text()
    folder = rules_dir(tmp_path, shipped.replace("[jurisdictions.eu]\nenabled = false", "[jurisdictions.eu]\nenabled = true"))
    rules = load_interest(folder)
    eu = next(j for j in rules.jurisdictions if j.name == "eu")
    assert eu.enabled and eu.reference == "half_year_start" and eu.compensation_currency == "EUR"
    # Due 31 March 2026, 60 days late on 30 May: the rate in force on 1 January 2026 (the
    # shipped ECB rate of 2.15% from 11 June 2025) + 8 = 10.15%: 10000 x 0.1015 x 60/365 = 166.849...
    late = [invoice("INV-9", "10000.00", date(2026, 3, 31), currency="EUR")]
    [charge] = charges(rules, late, "Acme", date(2026, 5, 30))
    assert (charge.days, charge.interest, charge.compensation) == (60, Decimal("166.85"), Decimal("40.00"))
    assert charge.periods[0].reference_day == date(2026, 1, 1) and charge.periods[0].rate == Decimal("10.15")
    # GBP invoices are not under the EU rules, and the UK ones stay off.
    assert charges(rules, [invoice("INV-8", "10000.00", date(2026, 3, 31))], "Acme", date(2026, 5, 30)) == []


RATES_2024 = '[{ from = 2023-08-03, rate = "5.25" }, { from = 2024-08-01, rate = "5.00" }, { from = 2024-11-07, rate = "4.75" }]'


def test_a_base_rate_change_mid_period_waits_for_the_next_half_year(tmp_path: Path) -> None:
    j = uk(tmp_path, RATES_2024)
    # Late from 16 June to 13 September 2024: the cut to 5.00% on 1 August does not count
    # until 1 January; both half-years use 5.25% (the rates on 31 December 2023 and 30 June 2024).
    charge = statutory_interest(j, "INV-1", Decimal("1000"), "GBP", date(2024, 6, 15), date(2024, 9, 13))
    assert charge is not None and charge.days == 90
    assert [(p.start, p.days, p.rate) for p in charge.periods] == [(date(2024, 6, 16), 90, Decimal("13.25"))]
    assert charge.interest == Decimal("32.67")  # 1000 x 0.1325 x 90/365 = 32.671
    # Across 1 January 2025: December at 13.25% (the rate on 30 June 2024), January at
    # 12.75% (the 4.75% in force on 31 December 2024).
    charge = statutory_interest(j, "INV-2", Decimal("1000"), "GBP", date(2024, 12, 1), date(2025, 1, 30))
    assert charge is not None
    assert [(p.start, p.end, p.days, p.rate) for p in charge.periods] == [
        (date(2024, 12, 2), date(2024, 12, 31), 30, Decimal("13.25")),
        (date(2025, 1, 1), date(2025, 1, 30), 30, Decimal("12.75"))]
    # 1000 x (0.1325 x 30 + 0.1275 x 30) / 365 = 10.8904 + 10.4795 = 21.3699 -> rounded once, at the end
    assert charge.interest == Decimal("21.37")


def test_a_daily_reference_follows_each_change(tmp_path: Path) -> None:
    j = uk(tmp_path, RATES_2024, reference="daily")
    charge = statutory_interest(j, "INV-1", Decimal("1000"), "GBP", date(2024, 7, 15), date(2024, 8, 14))
    assert charge is not None
    assert [(p.start, p.days, p.rate) for p in charge.periods] == [
        (date(2024, 7, 16), 16, Decimal("13.25")), (date(2024, 8, 1), 14, Decimal("13.00"))]
    assert charge.interest == Decimal("10.79")  # 1000 x (0.1325 x 16 + 0.13 x 14) / 365 = 5.808 + 4.986


def test_no_rate_known_no_figure(tmp_path: Path) -> None:
    # The base rate on 30 June 2025 is not configured (rates start in 2026): no figure rather than a guess.
    assert statutory_interest(uk(tmp_path), "INV-1", Decimal("500"), "GBP", date(2025, 8, 1), date(2025, 9, 1)) is None


def test_which_invoices_and_customers(tmp_path: Path) -> None:
    text = mf.UK_ON + '\n[customers]\n"Birchwood Dental Care" = "none"\n"Kyoto Imports" = "uk"\n'
    rules = load_interest(rules_dir(tmp_path, text))
    today = date(2026, 11, 30)
    late = invoice("INV-1", "5000.00", date(2026, 10, 31))
    assert [c.number for c in charges(rules, [late], "Acme Fabrication Ltd", today)] == ["INV-1"]
    birch = invoice("INV-2", "5000.00", date(2026, 10, 31), customer="birch", name="Birchwood Dental Care")
    assert charges(rules, [birch], "Birchwood Dental Care", today) == [], "listed as none"
    kyoto = invoice("INV-3", "500000", date(2026, 10, 31), currency="JPY", customer="kyoto", name="Kyoto Imports")
    [charge] = charges(rules, [kyoto], "Kyoto Imports", today)
    assert charge.interest == Decimal("5342") and charge.compensation is None, "JPY has no minor units; no GBP compensation"
    disputed = {"INV-1": Account("INV-1", hold="dispute")}
    assert charges(rules, [late], "Acme Fabrication Ltd", today, disputed) == [], "nothing on an invoice in query"
    paid = invoice("INV-4", "5000.00", date(2026, 10, 31), balance="0")
    part = invoice("INV-5", "5000.00", date(2026, 10, 31), balance="1000.00")
    [charge] = charges(rules, [paid, part], "Acme Fabrication Ltd", today)
    assert (charge.number, charge.principal, charge.interest, charge.compensation) == (
        "INV-5", Decimal("1000.00"), Decimal("10.68"), Decimal("70.00")), "on the open balance"


@pytest.mark.parametrize(("edit", "problem"), [
    (lambda t: t.replace('base_rates = [{ from = 2026-01-01, rate = "5.00" }]', "base_rates = []"), r"interest\.toml:2: .*enabled but base_rates is empty"),
    (lambda t: t.replace('margin = "8"', 'margin = "eight"'), r"interest\.toml:5: .*margin must be a number"),
    (lambda t: t.replace('reference = "half_year_before"', 'reference = "monthly"'), r"interest\.toml:6: .*reference must be one of"),
    (lambda t: t + "typo = 1\n", r"interest\.toml:\d+: .*unknown key 'typo'"),
    (lambda t: t + '\n[customers]\n"Acme" = "fr"\n', r"interest\.toml:\d+: .*'Acme' must name a jurisdiction \(uk\) or \"none\""),
    (lambda t: t.replace('{ below = "1000", amount = "40" }, ', ""), None),
    (lambda t: t.replace('{ amount = "100" }', '{ below = "5000", amount = "100" }'), r"tiers must go up"),
])
def test_bad_interest_files_name_the_line(tmp_path: Path, edit, problem: str | None) -> None:  # type: ignore[no-untyped-def]
    folder = rules_dir(tmp_path, edit(mf.UK_ON))
    if problem is None:
        load_interest(folder)
        return
    with pytest.raises(RulesError, match=problem):
        load_interest(folder)


def render_final(interest: dict | None, template: str = "reminder/final.txt") -> str:  # type: ignore[type-arg]
    due = date(2026, 10, 31)
    ctx = {
        "customer": {"name": "Acme Fabrication Ltd"},
        "contact": {"name": "Dana Whitfield", "first_name": "Dana", "greeting_name": "Dana Whitfield", "informal": False},
        "invoices": [{"number": "INV-1", "amount": Decimal("5000.00"), "balance": Decimal("5000.00"), "received": Decimal(0),
                      "currency": "GBP", "issued": date(2026, 10, 1), "due": due, "days_overdue": 30, "status": "open",
                      "has_pdf": False}],
        "totals": [{"currency": "GBP", "amount": Decimal("5000.00")}], "history": [], "tone": "final",
        "situation": "reminder", "stage": "final", "promise": None, "respond_by": date(2026, 12, 5),
        "company": {"name": "Northwind Supplies Ltd", "phone": "", "website": "", "payment_details": ""},
        "sender": {"name": "Northwind Accounts"}, "today": date(2026, 11, 30), "locale": "en_GB", "interest": interest,
    }
    if template.startswith("broken_promise"):
        ctx.update(situation="broken_promise", promise={"made_on": date(2026, 11, 10), "due": date(2026, 11, 20),
                                                        "dated": True, "amount": None, "currency": None})
    return Renderer(None).render_message(template, ctx)[1]


@pytest.mark.parametrize("template", ["reminder/final.txt", "broken_promise/final.txt"])
def test_the_final_notices_show_interest_on_its_own_line(tmp_path: Path, template: str) -> None:
    rules = load_interest(rules_dir(tmp_path, mf.UK_ON))
    view = interest_view(rules, [invoice("INV-1", "5000.00", date(2026, 10, 31))], "Acme Fabrication Ltd", date(2026, 11, 30))
    body = render_final(view, template)
    assert "  - INV-1: £5,000.00, due Saturday 31 October 2026 (30 days overdue)" in body, "the balance is unchanged"
    assert "Under the Late Payment of Commercial Debts (Interest) Act 1998, we are entitled to claim statutory interest " \
           "and fixed compensation on late payment." in body
    assert "  - INV-1: interest of £53.42 (30 days late, at 13% a year), and fixed compensation of £70.00\n" in body
    assert "8% above the Bank of England base rate" in body
    assert "Together this comes to £123.42, which is in addition to the balance above and not included in it." in body
    assert "£5,123.42" not in body and "£5,053.42" not in body, "never added to the balance"
    assert "{{" not in body and "\n\n\n" not in body


def test_a_line_across_a_rate_change_names_both_rates(tmp_path: Path) -> None:
    rules = load_interest(rules_dir(tmp_path, mf.UK_ON.replace('base_rates = [{ from = 2026-01-01, rate = "5.00" }]',
                                                            f"base_rates = {RATES_2024}")))
    view = interest_view(rules, [invoice("INV-1", "1000.00", date(2024, 12, 1))], "Acme", date(2025, 1, 30))
    body = render_final(view)
    assert "  - INV-1: interest of £21.37 (60 days late: 30 days at 13.25% a year, then 30 days at 12.75%), " \
           "and fixed compensation of £70.00\n" in body
    assert "Together this comes to £91.37" in body
