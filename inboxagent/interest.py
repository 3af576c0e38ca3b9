"""Statutory late-payment interest and fixed compensation, from rules/interest.toml (off by default).

Simple interest by day, actual/365 (`day_count`), on the invoice's open balance, from the
day after the due date up to and including today: `balance x rate x days / 365`, summed
over the periods in which the rate differs, rounded half up to the currency's minor units
once, at the end. The rate is `margin` percentage points over the reference rate, taken
from the configured base rates (each with the day it applies from) by the jurisdiction's
`reference` rule:

- "half_year_before" (UK, Late Payment of Commercial Debts (Rate of Interest) (No. 3)
  Order 2002): for interest running 1 January-30 June, the base rate in force on the
  31 December before; for 1 July-31 December, the rate in force on 30 June. A base rate
  change inside a half-year changes nothing until the next half-year.
- "half_year_start" (Directive 2011/7/EU art. 2(7)): the rate in force on 1 January for the
  first half of the year, on 1 July for the second.
- "daily": the base rate in force on each day.

Fixed compensation is one amount per invoice, by the open balance (UK: £40 under £1,000,
£70 up to £9,999.99, £100 from £10,000; EU: at least €40), only for invoices in the
compensation's currency. Interest is never added to a balance: it is shown on its own line.

The ledger does not date part payments, so interest runs on today's open balance for the
whole period: never more than what is owed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from .errors import RulesError
from .money import quantize
from .records import Account, Invoice
from .resources import find_file
from .tomlfiles import line_of, read_toml

INTEREST = "interest.toml"
REFERENCES = ("half_year_before", "half_year_start", "daily")
HUNDRED = Decimal(100)


@dataclass(frozen=True)
class BaseRate:
    start: date  # the day this rate applies from
    rate: Decimal  # percent a year


@dataclass(frozen=True)
class Tier:
    """Fixed compensation of `amount` for a balance below `below` (None: any balance)."""

    amount: Decimal
    below: Decimal | None = None


@dataclass(frozen=True)
class Jurisdiction:
    name: str  # the table's name: "uk", "eu", ...
    enabled: bool = False
    law: str = ""  # as written in a sentence: "the Late Payment of Commercial Debts (Interest) Act 1998"
    rate_name: str = ""  # "the Bank of England base rate"
    margin: Decimal = Decimal(8)  # percentage points over the reference rate
    reference: str = "half_year_before"
    day_count: int = 365
    currencies: tuple[str, ...] = ()  # invoices in these currencies fall under it (unless [customers] says otherwise)
    compensation_currency: str = ""
    compensation: tuple[Tier, ...] = ()
    base_rates: tuple[BaseRate, ...] = ()  # sorted by start

    def base_on(self, day: date) -> Decimal | None:
        """The base rate in force on `day` (the latest that applies from that day or before)."""
        found = None
        for r in self.base_rates:
            if r.start <= day:
                found = r.rate
        return found

    def reference_day(self, day: date) -> date:
        """The day whose base rate sets the rate for interest running on `day`."""
        if self.reference == "daily":
            return day
        first = date(day.year, 1 if day.month <= 6 else 7, 1)
        return first - timedelta(days=1) if self.reference == "half_year_before" else first

    def period_end(self, day: date) -> date:
        """The last day on which interest runs at the same rate as on `day` (by the rule alone)."""
        if self.reference == "daily":
            later = [r.start for r in self.base_rates if r.start > day]
            return min(later) - timedelta(days=1) if later else date.max
        return date(day.year, 6, 30) if day.month <= 6 else date(day.year, 12, 31)

    def fixed_compensation(self, balance: Decimal, currency: str) -> Decimal | None:
        if not self.compensation or currency.upper() != self.compensation_currency.upper():
            return None
        for tier in self.compensation:
            if tier.below is None or balance < tier.below:
                return quantize(tier.amount, currency)
        return None


@dataclass(frozen=True)
class InterestRules:
    jurisdictions: tuple[Jurisdiction, ...] = ()
    customers: tuple[tuple[str, str], ...] = ()  # (customer name or key, jurisdiction name or "none")
    path: Path | None = None

    @property
    def enabled(self) -> bool:
        return any(j.enabled for j in self.jurisdictions)

    def jurisdiction_for(self, customer_key: str, customer_name: str, currency: str) -> Jurisdiction | None:
        """The enabled jurisdiction an invoice falls under: the customer's own in [customers]
        (by name as in the invoice CSV, or key), else the first enabled one listing its currency."""
        by_name = {j.name: j for j in self.jurisdictions}
        wanted = {customer_key.casefold(), customer_name.casefold()}
        for who, where in self.customers:
            if who.casefold() in wanted:
                chosen = by_name.get(where)
                return chosen if chosen is not None and chosen.enabled else None
        for j in self.jurisdictions:
            if j.enabled and currency.upper() in j.currencies:
                return j
        return None


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # inclusive
    days: int
    base: Decimal  # the reference rate, percent
    rate: Decimal  # margin + base, percent a year
    reference_day: date


@dataclass(frozen=True)
class Charge:
    """Statutory interest (and compensation) on one invoice as of a day."""

    number: str
    currency: str
    principal: Decimal
    since: date  # the first day interest runs: the day after the due date
    until: date  # today, inclusive
    days: int
    interest: Decimal  # in minor units
    compensation: Decimal | None
    periods: tuple[Period, ...]
    jurisdiction: Jurisdiction

    @property
    def total(self) -> Decimal:
        return self.interest + (self.compensation or Decimal(0))


def statutory_interest(j: Jurisdiction, number: str, principal: Decimal, currency: str, due: date,
                       today: date) -> Charge | None:
    """Interest on `principal` unpaid since `due`, as of `today`; None when nothing is late or
    no base rate is known for part of the period."""
    since = due + timedelta(days=1)
    if today < since or principal <= 0:
        return None
    periods: list[Period] = []
    exact = Decimal(0)
    day = since
    while day <= today:
        end = min(j.period_end(day), today)
        ref = j.reference_day(day)
        base = j.base_on(ref)
        if base is None:
            return None  # a rate we were not given: no figure rather than a wrong one
        rate = j.margin + base
        days = (end - day).days + 1
        if periods and periods[-1].rate == rate and periods[-1].end + timedelta(days=1) == day:
            last = periods[-1]
            periods[-1] = Period(last.start, end, last.days + days, last.base, rate, last.reference_day)
        else:
            periods.append(Period(day, end, days, base, rate, ref))
        exact += principal * rate / HUNDRED * days / j.day_count
        day = end + timedelta(days=1)
    return Charge(number=number, currency=currency, principal=principal, since=since, until=today,
                  days=(today - due).days, interest=quantize(exact, currency),
                  compensation=j.fixed_compensation(principal, currency), periods=tuple(periods), jurisdiction=j)


def charges(rules: InterestRules, invoices: Iterable[Invoice], customer_name: str, today: date,
            accounts: Mapping[str, Account] | None = None) -> list[Charge]:
    """The charges on a customer's open, overdue invoices; none on an invoice in dispute."""
    out = []
    for inv in invoices:
        if not inv.is_open or inv.due >= today:
            continue
        account = (accounts or {}).get(inv.number)
        if account is not None and account.hold == "dispute":
            continue
        j = rules.jurisdiction_for(inv.customer, customer_name or inv.customer_name, inv.currency)
        if j is None:
            continue
        charge = statutory_interest(j, inv.number, inv.open_balance, inv.currency, inv.due, today)
        if charge is not None:
            out.append(charge)
    return out


def interest_view(rules: InterestRules | None, invoices: Iterable[Invoice], customer_name: str, today: date,
                  accounts: Mapping[str, Account] | None = None) -> dict[str, Any] | None:
    """What templates see as `interest` (see docs/templates.md), or None when nothing applies."""
    if rules is None or not rules.enabled:
        return None
    found = charges(rules, invoices, customer_name, today, accounts)
    if not found:
        return None
    groups: dict[str, dict[str, Any]] = {}
    totals: dict[str, Decimal] = {}
    for c in found:
        j = c.jurisdiction
        group = groups.setdefault(j.name, {
            "jurisdiction": j.name, "law": j.law, "rate_name": j.rate_name, "margin": j.margin,
            "reference": j.reference, "lines": [],
        })
        group["lines"].append({
            "number": c.number, "currency": c.currency, "principal": c.principal, "since": c.since,
            "days": c.days, "interest": c.interest, "compensation": c.compensation, "total": c.total,
            "periods": [{"start": p.start, "end": p.end, "days": p.days, "base": p.base, "rate": p.rate,
                         "reference_day": p.reference_day} for p in c.periods],
        })
        totals[c.currency] = totals.get(c.currency, Decimal(0)) + c.total
    return {
        "groups": list(groups.values()),
        "lines": [line for g in groups.values() for line in g["lines"]],
        "laws": list(dict.fromkeys(g["law"] for g in groups.values())),
        "totals": [{"currency": cur, "amount": amount} for cur, amount in sorted(totals.items())],
        "today": today,
    }


# ---- rules/interest.toml ------------------------------------------------------------------

JURISDICTION_KEYS = ("enabled", "law", "rate_name", "margin", "reference", "day_count", "currencies",
                     "compensation_currency", "compensation", "base_rates")


def _at(text: str, table: str, key: str) -> int | None:
    """The line of `key` inside `table` (searched from the table's header on)."""
    lines = text.splitlines()
    start = line_of(text, table) or 1
    for n in range(start, len(lines) + 1):
        if key in lines[n - 1]:
            return n
    return line_of(text, key)


def _decimal(path: Path, text: str, table: str, value: Any, where: str, key: str) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise RulesError(path, _at(text, table, key), f"{where} {key} must be a number or a decimal string, got {value!r}")
    try:
        result = Decimal(str(value).strip())
    except InvalidOperation:
        raise RulesError(path, _at(text, table, key), f"{where} {key} must be a number, got {value!r}") from None
    if not result.is_finite() or result < 0:
        raise RulesError(path, _at(text, table, key), f"{where} {key} must be zero or more, got {value!r}")
    return result


def _day(path: Path, text: str, table: str, value: Any, where: str) -> date:
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise RulesError(path, _at(text, table, str(value)), f"{where} from must be a date like 2024-08-01, got {value!r}")


def _jurisdiction(path: Path, text: str, name: str, table: Any) -> Jurisdiction:
    where = f"[jurisdictions.{name}]"
    if not isinstance(table, dict):
        raise RulesError(path, _at(text, where, where), f"{where} must be a table")
    for key in table:
        if key not in JURISDICTION_KEYS:
            raise RulesError(path, _at(text, where, key), f"{where} unknown key {key!r} (known: {', '.join(JURISDICTION_KEYS)})")
    enabled = table.get("enabled", False)
    if not isinstance(enabled, bool):
        raise RulesError(path, _at(text, where, "enabled"), f"{where} enabled must be true or false")
    texts = {}
    for key in ("law", "rate_name", "compensation_currency"):
        value = table.get(key, "")
        if not isinstance(value, str):
            raise RulesError(path, _at(text, where, key), f"{where} {key} must be a string")
        texts[key] = value.strip()
    reference = table.get("reference", "half_year_before")
    if reference not in REFERENCES:
        raise RulesError(path, _at(text, where, "reference"), f"{where} reference must be one of {', '.join(REFERENCES)}, got {reference!r}")
    day_count = table.get("day_count", 365)
    if day_count not in (360, 365):
        raise RulesError(path, _at(text, where, "day_count"), f"{where} day_count must be 365 or 360, got {day_count!r}")
    currencies = table.get("currencies", [])
    if not isinstance(currencies, list) or not all(isinstance(c, str) and len(c.strip()) == 3 for c in currencies):
        raise RulesError(path, _at(text, where, "currencies"), f"{where} currencies must be a list of ISO 4217 codes like \"GBP\"")
    tiers: list[Tier] = []
    raw_tiers = table.get("compensation", [])
    if not isinstance(raw_tiers, list):
        raise RulesError(path, _at(text, where, "compensation"), f"{where} compensation must be a list of {{below = ..., amount = ...}}")
    for n, tier in enumerate(raw_tiers):
        if not isinstance(tier, dict) or "amount" not in tier or set(tier) - {"amount", "below"}:
            raise RulesError(path, _at(text, where, "compensation"), f"{where} compensation[{n}] must be {{below = \"1000\", amount = \"40\"}} (below optional on the last)")
        below = _decimal(path, text, where, tier["below"], where, "below") if "below" in tier else None
        if tiers and (tiers[-1].below is None or (below is not None and below <= tiers[-1].below)):
            raise RulesError(path, _at(text, where, "compensation"), f"{where} compensation tiers must go up by `below`, the open-ended one last")
        tiers.append(Tier(_decimal(path, text, where, tier["amount"], where, "amount"), below))
    if tiers and not texts["compensation_currency"]:
        raise RulesError(path, _at(text, where, "compensation"), f"{where} compensation needs compensation_currency (e.g. \"GBP\")")
    rates: list[BaseRate] = []
    raw_rates = table.get("base_rates", [])
    if not isinstance(raw_rates, list):
        raise RulesError(path, _at(text, where, "base_rates"), f"{where} base_rates must be a list of {{from = 2024-08-01, rate = \"5.00\"}}")
    for n, entry in enumerate(raw_rates):
        if not isinstance(entry, dict) or set(entry) != {"from", "rate"}:
            raise RulesError(path, _at(text, where, "base_rates"), f"{where} base_rates[{n}] must be {{from = 2024-08-01, rate = \"5.00\"}}")
        rates.append(BaseRate(_day(path, text, where, entry["from"], where), _decimal(path, text, where, entry["rate"], where, "rate")))
    rates.sort(key=lambda r: r.start)
    if len({r.start for r in rates}) != len(rates):
        raise RulesError(path, _at(text, where, "base_rates"), f"{where} base_rates lists the same day twice")
    if enabled and not rates:
        raise RulesError(path, _at(text, where, "enabled"), f"{where} is enabled but base_rates is empty: interest needs the base rates with the day each applies from")
    if enabled and not texts["law"]:
        raise RulesError(path, _at(text, where, "enabled"), f"{where} is enabled but law is empty: say which law the interest is claimed under")
    return Jurisdiction(
        name=name, enabled=enabled, law=texts["law"], rate_name=texts["rate_name"],
        margin=_decimal(path, text, where, table.get("margin", 8), where, "margin"), reference=reference, day_count=day_count,
        currencies=tuple(c.strip().upper() for c in currencies), compensation_currency=texts["compensation_currency"].upper(),
        compensation=tuple(tiers), base_rates=tuple(rates),
    )


def load_interest(user_dir: Path | None = None) -> InterestRules:
    """rules/interest.toml from `user_dir` where the user has one, else the packaged default."""
    path = find_file("rules", user_dir, INTEREST)
    data, text = read_toml(path)
    for key in data:
        if key not in ("jurisdictions", "customers"):
            raise RulesError(path, line_of(text, f"[{key}]") or line_of(text, key), f"unknown table [{key}] (known: jurisdictions, customers)")
    tables = data.get("jurisdictions", {})
    if not isinstance(tables, dict):
        raise RulesError(path, line_of(text, "jurisdictions"), "[jurisdictions] must hold tables like [jurisdictions.uk]")
    jurisdictions = tuple(_jurisdiction(path, text, name, table) for name, table in tables.items())
    names = {j.name for j in jurisdictions}
    customers = data.get("customers", {})
    if not isinstance(customers, dict):
        raise RulesError(path, line_of(text, "[customers]"), "[customers] must be a table of \"Customer name\" = \"uk\"")
    for who, where in customers.items():
        if not isinstance(where, str) or (where != "none" and where not in names):
            raise RulesError(path, line_of(text, who), f"[customers] {who!r} must name a jurisdiction ({', '.join(sorted(names))}) or \"none\", got {where!r}")
    return InterestRules(jurisdictions=jurisdictions, customers=tuple(customers.items()), path=path)
