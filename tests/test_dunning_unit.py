"""The cadence, the collection state machine and the guards, as pure logic."""

from __future__ import annotations

import dataclasses
import shutil
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from inboxagent import accounts as acc
from inboxagent.cadence import load_cadence, stage_for
from inboxagent.dunning import Planned, next_allowed, plan
from inboxagent.errors import RulesError
from inboxagent.records import Account, Classification, Contact, Customer, Invoice
from inboxagent.resources import default_dir
from inboxagent.rules import ExtensionPolicy

LONDON = ZoneInfo("Europe/London")
CADENCE = load_cadence(None)
STANDARD = CADENCE.cadences["standard"]
POLICY = ExtensionPolicy(max_days=30, max_instalments=3, min_instalment=Decimal("50"))
# Tuesday 10 November 2026, 10:00 in London: a working morning.
NOW = datetime(2026, 11, 10, 10, 0, tzinfo=LONDON)


def inv(number: str, customer: str = "acme", due: date = date(2026, 11, 9), amount: str = "100.00",
        status: str = "open") -> Invoice:
    return Invoice(number, customer, customer.title(), (f"ap@{customer}.example",), Decimal(amount), "GBP",
                   date(2026, 10, 1), due, status)


def customers(*keys: str, name: dict[str, str] | None = None) -> dict[str, Customer]:
    return {k: Customer(k, (name or {}).get(k, k.title()), (f"ap@{k}.example",), (f"{k}.example",)) for k in keys}


def run_plan(invoices: list[Invoice], accounts: dict[str, Account] | None = None, contacts: dict[str, Contact] | None = None,
             recent: dict[str, list[datetime]] | None = None, now: datetime = NOW, cadence=CADENCE) -> list[Planned]:
    keys = sorted({i.customer for i in invoices})
    return plan(now, invoices, accounts or {}, customers(*keys), contacts or {}, recent or {}, cadence, LONDON)


# ---- stages -----------------------------------------------------------------------------

def test_the_latest_stage_reached_applies_and_nothing_before_the_first() -> None:
    due = date(2026, 11, 20)
    assert stage_for(STANDARD, due, date(2026, 11, 16)) is None
    assert stage_for(STANDARD, due, date(2026, 11, 17)).name == "upcoming"  # type: ignore[union-attr]
    assert stage_for(STANDARD, due, date(2026, 11, 21)).name == "due"  # type: ignore[union-attr]
    # 40 days late: straight to the final stage, no burst of the stages in between.
    assert stage_for(STANDARD, due, due + timedelta(days=40)).name == "final"  # type: ignore[union-attr]


def test_one_message_per_customer_per_stage_lists_every_invoice_at_that_stage() -> None:
    invoices = [inv("INV-1"), inv("INV-2"), inv("INV-3", due=date(2026, 11, 13)), inv("INV-9", customer="birch")]
    planned = run_plan(invoices)
    acme = sorted((p.stage, p.invoices) for p in planned if p.customer == "acme")
    assert acme == [("due", ("INV-1", "INV-2")), ("upcoming", ("INV-3",))]
    assert [(p.stage, p.invoices, p.to) for p in planned if p.customer == "birch"] == [("due", ("INV-9",), ("ap@birch.example",))]
    first = next(p for p in planned if p.invoices == ("INV-1", "INV-2"))
    assert first.ready and first.tone == "neutral" and first.template == "reminder/neutral.txt"
    later = next(p for p in planned if p.invoices == ("INV-3",))
    assert later.held_by == "one automated message a day" and later.not_before > NOW


def test_a_stage_already_written_is_not_written_again_and_paid_invoices_are_never_chased() -> None:
    invoices = [inv("INV-1"), inv("INV-2", status="paid")]
    assert run_plan(invoices, {"INV-1": Account("INV-1", stage="due")}) == []
    planned = run_plan([inv("INV-1", due=date(2026, 11, 3))], {"INV-1": Account("INV-1", stage="due")})
    assert [p.stage for p in planned] == ["overdue-7"]


def test_holds_stop_reminders() -> None:
    for hold in ("promise", "extension", "dispute", "paid_claim", "closed"):
        account = Account("INV-1", hold=hold, hold_until=date(2026, 12, 1) if hold != "dispute" else None)
        assert run_plan([inv("INV-1")], {"INV-1": account}) == [], hold


def test_customer_cadences_and_exclusions(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(default_dir("rules"), rules)
    path = rules / "cadence.toml"
    path.write_text(path.read_text().replace('# "Acme Fabrication Ltd" = "gentle"', '"Acme" = "gentle"\n"birch" = "none"'))
    cadence = load_cadence(rules)
    invoices = [inv("INV-1", due=date(2026, 11, 3)), inv("INV-2", customer="birch", due=date(2026, 11, 3))]
    planned = run_plan(invoices, cadence=cadence)
    assert [(p.customer, p.stage, p.tone) for p in planned] == [("acme", "overdue-7", "friendly")]


@pytest.mark.parametrize("edit, message", [
    ('days = 7\ntone = "firm"', "tone must be one of"),
    ('name = "due"\ndays = 1', None),
])
def test_a_bad_cadence_file_names_file_line_and_reason(tmp_path: Path, edit: str, message: str | None) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(default_dir("rules"), rules)
    path = rules / "cadence.toml"
    text = path.read_text()
    if message is None:  # two stages on the same day
        text = text.replace('name = "overdue-7"\ndays = 7', 'name = "overdue-7"\ndays = 1')
        message = "two stages on the same day"
    else:
        text = text.replace(edit, 'days = 7\ntone = "stern"', 1)
    path.write_text(text)
    with pytest.raises(RulesError, match=message) as err:
        load_cadence(rules)
    assert str(err.value).startswith(str(path))


# ---- guards -------------------------------------------------------------------------------

def test_only_addresses_that_may_be_written_to() -> None:
    invoice = dataclasses.replace(inv("INV-1"), emails=("ap@acme.example", "jo@acme.example"))
    keys = {"acme": Customer("acme", "Acme", ("ap@acme.example", "jo@acme.example"), ("acme.example",))}
    contacts = {"jo@acme.example": Contact("jo@acme.example", "acme", opted_out=True)}
    (p,) = plan(NOW, [invoice], {}, keys, contacts, {}, CADENCE, LONDON)
    assert p.to == ("ap@acme.example",) and p.ready
    contacts["ap@acme.example"] = Contact("ap@acme.example", "acme", undeliverable=True)
    (p,) = plan(NOW, [invoice], {}, keys, contacts, {}, CADENCE, LONDON)
    assert p.to == () and p.held_by.startswith("no contact")


def test_at_most_three_automated_messages_in_seven_days() -> None:
    recent = {"acme": [NOW - timedelta(days=6), NOW - timedelta(days=4), NOW - timedelta(days=2)]}
    (p,) = run_plan([inv("INV-1")], recent=recent)
    assert p.held_by == "at most 3 automated messages in 7 days"
    assert p.not_before >= NOW - timedelta(days=6) + timedelta(days=7)
    (p,) = run_plan([inv("INV-1")], recent={"acme": recent["acme"][1:]})
    assert p.ready


def test_quiet_hours_and_weekends_in_the_customers_own_time() -> None:
    late = datetime(2026, 11, 10, 21, 30, tzinfo=LONDON)
    (p,) = run_plan([inv("INV-1")], now=late)
    assert p.held_by == "quiet hours" and p.not_before == datetime(2026, 11, 11, 8, 0, tzinfo=LONDON)
    # 10:00 in London is 05:00 in New York: their last mail said -05:00, so it waits for their morning.
    ny = {"ap@acme.example": Contact("ap@acme.example", "acme", utc_offset_minutes=-300)}
    (p,) = run_plan([inv("INV-1")], contacts=ny)
    assert p.held_by == "quiet hours" and p.not_before.astimezone(timezone(timedelta(hours=-5))).hour == 8
    saturday = datetime(2026, 11, 14, 11, 0, tzinfo=LONDON)
    (p,) = run_plan([inv("INV-1")], now=saturday)
    assert p.held_by == "weekend" and p.not_before == datetime(2026, 11, 16, 8, 0, tzinfo=LONDON)
    assert next_allowed(NOW, LONDON, CADENCE) == NOW


def test_out_of_office_moves_the_next_contact_after_the_return() -> None:
    away = {"ap@acme.example": Contact("ap@acme.example", "acme", away_until=date(2026, 11, 16))}
    (p,) = run_plan([inv("INV-1")], contacts=away)
    assert p.held_by == "out of office until 2026-11-16"
    assert p.not_before.date() == date(2026, 11, 17)


# ---- the state machine -----------------------------------------------------------------------

def c(intent: str, when: date | None = None, amount: str | None = None) -> Classification:
    return Classification(intent, 0.9, promised_date=when, amount=Decimal(amount) if amount else None,
                          currency="GBP" if amount else None)


DAY = date(2026, 11, 10)


def test_a_promise_holds_reminders_then_breaks_one_step_firmer() -> None:
    invoice = inv("INV-1")
    a = acc.on_reply(Account("INV-1", tone="neutral"), invoice, c("promise_to_pay", date(2026, 11, 13), "100"),
                     DAY, "<m1>", "", CADENCE, POLICY)
    assert (a.hold, a.hold_until) == ("promise", date(2026, 11, 15))  # the 13th plus 2 grace days
    assert a.promise is not None and a.promise.amount == Decimal("100") and a.promise.dated
    assert a.events[-1].text == "you mentioned payment of £100.00 by 13 November"
    assert acc.on_time(a, invoice, date(2026, 11, 15)) == a, "still within the grace days"
    broken = acc.on_time(a, invoice, date(2026, 11, 16))
    assert broken.pending == "broken_promise" and broken.hold == "" and broken.tone == "firm"
    assert broken.promise is not None and broken.promise.status == "broken"
    (p,) = run_plan([invoice], {"INV-1": broken}, now=datetime(2026, 11, 16, 10, tzinfo=LONDON))
    assert (p.situation, p.tone, p.template) == ("broken_promise", "firm", "broken_promise/firm.txt")
    done = acc.on_followup(broken, "broken_promise", date(2026, 11, 16))
    assert done.pending == "" and run_plan([invoice], {"INV-1": done}, now=datetime(2026, 11, 16, 10, tzinfo=LONDON))[0].situation == "reminder"


def test_a_promise_without_a_date_counts_for_the_default_days_and_a_kept_one_is_recorded() -> None:
    a = acc.on_reply(Account("INV-1"), inv("INV-1"), c("promise_to_pay"), DAY, "<m1>", "", CADENCE, POLICY)
    assert a.promise is not None and a.promise.due == DAY + timedelta(days=7) and not a.promise.dated
    paid = acc.on_time(a, inv("INV-1", status="paid"), date(2026, 11, 12))
    assert paid.hold == "closed" and paid.promise is not None and paid.promise.status == "kept"


def test_a_dispute_holds_until_a_person_resolves_it_whatever_else_is_said() -> None:
    invoice = inv("INV-1")
    a = acc.on_reply(Account("INV-1"), invoice, c("dispute"), DAY, "<m1>", "", CADENCE, POLICY)
    assert (a.hold, a.hold_until) == ("dispute", None)
    a = acc.on_reply(a, invoice, c("promise_to_pay", date(2026, 11, 12)), DAY, "<m2>", "", CADENCE, POLICY)
    assert a.hold == "dispute" and acc.on_time(a, invoice, date(2027, 1, 1)).hold == "dispute"
    resumed = acc.resolve(a, date(2026, 11, 20), "credit note issued")
    assert resumed.hold == "" and resumed.events[-1].kind == "resolved"
    assert run_plan([invoice], {"INV-1": a}) == [] and run_plan([invoice], {"INV-1": resumed})


def test_a_payment_claim_waits_then_asks_for_the_remittance_details() -> None:
    invoice = inv("INV-1")
    a = acc.on_reply(Account("INV-1"), invoice, c("already_paid"), DAY, "<m1>", "", CADENCE, POLICY)
    assert (a.hold, a.hold_until) == ("paid_claim", DAY + timedelta(days=5))
    later = acc.on_time(a, invoice, DAY + timedelta(days=6))
    assert later.pending == "remittance_request" and later.hold == ""
    confirmed = acc.on_time(a, inv("INV-1", status="paid"), DAY + timedelta(days=3))
    # The ledger confirms the claim: closed, and a thank-you answering <m1> is due (issue 8).
    assert confirmed.hold == "closed" and (confirmed.pending, confirmed.claim) == ("paid_thanks", "<m1>")


def test_extension_requests_within_and_outside_policy() -> None:
    invoice = inv("INV-1", due=date(2026, 11, 1))
    ok, why = acc.extension_check(invoice, c("extension_request", date(2026, 11, 25)), "", POLICY)
    assert ok and "within 30 days" in why
    a = acc.on_reply(Account("INV-1"), invoice, c("extension_request", date(2026, 11, 25)), DAY, "<m>", "", CADENCE, POLICY)
    assert (a.hold, a.hold_until) == ("extension", date(2026, 11, 27))
    far, why = acc.extension_check(invoice, c("extension_request", date(2027, 1, 31)), "", POLICY)
    assert not far and "later than 30 days" in why
    b = acc.on_reply(Account("INV-1"), invoice, c("extension_request", date(2027, 1, 31)), DAY, "<m>", "", CADENCE, POLICY)
    assert b.hold_until == DAY + timedelta(days=7), "a week for a person to decide"
    many, why = acc.extension_check(invoice, c("extension_request", date(2026, 11, 20)), "could we pay in six monthly instalments?", POLICY)
    assert not many and "6 instalments" in why
    small, why = acc.extension_check(invoice, c("extension_request", date(2026, 11, 20), "20"), "two payments of £20", POLICY)
    assert not small and "below the minimum" in why
    assert acc.instalments_requested("we could do it in 3 equal payments") == 3
    assert acc.instalments_requested("we will pay on Friday") is None


def test_an_agreed_extension_that_lapses_is_a_broken_promise() -> None:
    invoice = inv("INV-1")
    a = acc.on_extension_agreed(Account("INV-1", tone="neutral"), DAY, date(2026, 11, 20), CADENCE)
    assert (a.hold, a.hold_until) == ("extension", date(2026, 11, 22))
    assert acc.on_time(a, invoice, date(2026, 11, 23)).pending == "broken_promise"
    unanswered = acc.on_reply(Account("INV-1"), invoice, c("extension_request"), DAY, "<m>", "", CADENCE, POLICY)
    resumed = acc.on_time(unanswered, invoice, DAY + timedelta(days=8))
    assert resumed.hold == "" and resumed.pending == "", "a request nobody agreed to simply lets chasing resume"


def test_the_configured_customer_time_zone_stands_in_when_their_mail_gives_none(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(default_dir("rules"), rules)
    path = rules / "cadence.toml"
    path.write_text(path.read_text().replace('timezone = ""', 'timezone = "America/New_York"'))
    cadence = load_cadence(rules)
    zone = cadence.zone(LONDON)
    assert zone == ZoneInfo("America/New_York") and CADENCE.zone(LONDON) is LONDON
    invoices = [inv("INV-1")]
    (p,) = plan(NOW, invoices, {}, customers("acme"), {}, {}, cadence, zone)  # 05:00 in New York
    assert p.held_by == "quiet hours" and p.not_before.astimezone(zone).hour == 8


def test_max_per_week_zero_holds_every_automated_message() -> None:
    (p,) = run_plan([inv("INV-1")], cadence=dataclasses.replace(CADENCE, max_per_week=0))
    assert not p.ready and "max_per_week = 0" in p.held_by
