"""Field extraction on hand-written debtor sentences: which date is THE promised date, which amount
is THE amount, and when an out-of-office writer is back. Every case is resolved against a fixed
message day, Wednesday 18 November 2026, unless it says otherwise."""

from __future__ import annotations

from datetime import date, timedelta, timezone
from decimal import Decimal

import pytest

from inboxagent.nlp.amounts import find_amounts, parse_number
from inboxagent.nlp.dates import find_dates
from inboxagent.nlp.extract import amount, money_fields, promised_date, return_date

WED = date(2026, 11, 18)  # a Wednesday
FRI = date(2026, 11, 20)
SAT = date(2026, 11, 21)


def when(text: str, base: date = WED, month_first: bool = False) -> str | None:
    found = promised_date(text, base, month_first)
    return found.isoformat() if found else None


def money(text: str, intent: str | None = None) -> tuple[str | None, str | None]:
    value, currency = money_fields(amount(text, intent))
    return (str(value) if value is not None else None, currency)


# ---------------------------------------------------------------------------------------------
# Date expressions, as the product's convention resolves them


@pytest.mark.parametrize("text, expected", [
    ("We'll pay it on Friday.", "2026-11-20"),
    ("Payment will go out next Friday.", "2026-11-20"),  # the first Friday strictly after the day
    ("We will settle this by the end of the week.", "2026-11-20"),
    ("It'll be paid this week, promise.", "2026-11-20"),
    ("We'll transfer it next week.", "2026-11-27"),
    ("You'll have it by the 15th.", "2026-12-15"),  # the next 15th strictly after
    ("We can pay on 5 December.", "2026-12-05"),
    ("We can pay on Dec 5.", "2026-12-05"),
    ("Could we pay on 5 January instead?", "2027-01-05"),  # already past this year: next year's
    ("It will be paid at the end of the month.", "2026-11-30"),
    ("Can we have until the end of next month?", "2026-12-31"),
    ("I'll send it tomorrow.", "2026-11-19"),
    ("Paying it today.", "2026-11-18"),
    ("I'm doing the transfer right now.", "2026-11-18"),
    ("It's going over to you tonight.", "2026-11-18"),
    ("I'll pay it this afternoon.", "2026-11-18"),
    ("We will pay in two weeks.", "2026-12-02"),
    ("Can this wait till Monday week?", "2026-11-30"),  # the Monday after next
    ("Could you give us until Friday week?", "2026-11-27"),
    ("We pay suppliers on the last working day of the month.", "2026-11-30"),
    ("It will go out after our payment run on Thursday.", "2026-11-19"),
    ("We'll pay on 15/12.", "2026-12-15"),
    ("Zahlung erfolgt am 15.12.", "2026-12-15"),
    ("Scheduled for 2026-12-15.", "2026-12-15"),
    ("Can we have another 30 days?", "2026-12-18"),
    ("Please allow us a further 21 days.", "2026-12-09"),
    ("We request an extension of 60 days.", "2027-01-17"),
    ("Could you give us another fortnight?", "2026-12-02"),
    ("It'll be with you the day after tomorrow.", "2026-11-20"),
    ("Payment on Tuesday the 1st, if that's OK?", "2026-12-01"),
    ("We'll pay on the 5th of next month.", "2026-12-05"),
    ("Could we move it to the end of January?", "2027-01-31"),
    ("Wir zahlen am Freitag.", "2026-11-20"),
    ("La transferencia se hará el lunes 30 de noviembre.", "2026-11-30"),
    ("Could we pay at the end of the current quarter?", "2026-12-31"),
    ("It will be executed on the next banking day.", "2026-11-19"),
    ("Friday.", "2026-11-20"),  # a one-word answer to "when can we expect payment?"
])
def test_date_expressions(text: str, expected: str) -> None:
    assert when(text) == expected


def test_weekday_on_that_weekday_is_next_week() -> None:
    assert when("We'll pay on Friday.", FRI) == "2026-11-27"


def test_next_week_from_a_saturday_is_the_coming_week() -> None:
    assert when("I'll pay it next week.", SAT) == "2026-11-27"


def test_the_15th_on_the_15th_is_next_month() -> None:
    assert when("We pay on the 15th.", date(2026, 11, 15)) == "2026-12-15"


def test_last_working_day_skips_the_weekend() -> None:
    assert when("It will be paid on the last working day of the month.", date(2025, 5, 21)) == "2025-05-30"


def test_us_writer_month_first() -> None:
    assert when("The ACH goes out 12/15.", month_first=True) == "2026-12-15"
    assert when("The ACH goes out 12/1.", month_first=True) == "2026-12-01"


def test_ambiguous_numeric_date_takes_the_near_reading() -> None:
    # "12/05" from a d/m writer in a month_first time zone: 12 May is near, 5 December is far.
    assert when("The payment will be done the 12/05 by wire.", date(2026, 5, 4), month_first=True) == "2026-05-12"


def test_weekday_in_brackets_confirms_the_reading() -> None:
    assert when("We will make the payment on 9/5 (Sat).", date(2026, 8, 28)) == "2026-09-05"


@pytest.mark.parametrize("text", [
    "We'll pay soon.",
    "We will pay next month.",
    "Will pay asap, sorry.",
    "Could we pay in a few weeks?",
    "We'll pay early next week.",
    "We need two to three weeks.",
    "I can't pay this week, sorry.",
    "We'll pay in the first week of January.",
])
def test_no_resolvable_date(text: str) -> None:
    assert when(text) is None


# ---------------------------------------------------------------------------------------------
# Choosing among several dates


@pytest.mark.parametrize("text, expected", [
    # a split payment gives its first part
    ("I can pay £500 today and the rest on the 30th.", "2026-11-18"),
    ("Could we do £400 on Friday and the other £600 at the end of December?", "2026-11-20"),
    ("Half now and half at the end of January, if that works?", "2026-11-18"),
    # a negated or withdrawn date is not the promise
    ("I can't do Friday after all, but Monday is fine.", "2026-11-23"),
    ("It won't be Friday now, it'll be Monday.", "2026-11-23"),
    ("I know I said the 20th, but it will be the 27th.", "2026-11-27"),
    ("We will not be able to pay before the 30th.", "2026-11-30"),
    # dates that are about something else
    ("The invoice dated 25 November will be paid on Friday.", "2026-11-20"),
    ("It's due on the 1st, but we'll pay it on the 4th.", "2026-12-04"),
    ("I emailed you on Monday. We'll pay on Friday.", "2026-11-20"),
    ("I'm back from holiday on the 3rd and will pay on the 10th.", "2026-12-10"),
    ("Our customer pays us on the 25th, so you'll have it on the 26th.", "2026-11-26"),
    ("INV-1 was paid on Monday. INV-2 will go with next week's run.", "2026-11-27"),
    ("Can we talk on Monday? I can pay you on the 30th.", "2026-11-30"),
    # a vague span gives way to a named day inside it
    ("It will be paid this week, Thursday at the latest.", "2026-11-19"),
    ("We will pay at the end of this month, on the 27th.", "2026-11-27"),
    # "then" refers back to the date just before
    ("Our payment run is on the 28th. It will be paid then.", "2026-11-28"),
    # moved from one date to another
    ("Could we move the instalment from the 25th to the 30th?", "2026-11-30"),
])
def test_choosing_the_promised_date(text: str, expected: str) -> None:
    assert when(text) == expected


def test_past_explicit_date_is_not_read_as_next_year() -> None:
    found = find_dates("We paid on 2 November.", WED)
    assert [f.value for f in found] == [date(2026, 11, 2)]
    assert when("We paid on 2 November.") is None


def test_words_that_look_like_dates() -> None:
    assert find_dates("may we pay in instalments? we sat down with the accounts", WED) == []
    assert find_dates("Good morning, at the end of the day it's your call", WED) == []
    assert when("Good Friday and Easter Monday are bank holidays; we'll pay on Tuesday.") == "2026-11-24"


# ---------------------------------------------------------------------------------------------
# Money formats


@pytest.mark.parametrize("text, value, currency", [
    ("$1,250", "1250.00", "USD"),
    ("1.250,00 €", "1250.00", "EUR"),
    ("EUR 1 250,00", "1250.00", "EUR"),
    ("1'250.00 CHF", "1250.00", "CHF"),
    ("CHF 980.-", "980.00", "CHF"),
    ("£40", "40.00", "GBP"),
    ("£40k", "40000.00", "GBP"),
    ("Rs. 45,000", "45000.00", "INR"),
    ("Rs. 3,85,400/-", "385400.00", "INR"),
    ("R$ 3.400,00", "3400.00", "BRL"),
    ("R14 350,00", "14350.00", "ZAR"),
    ("CA$1,200.00", "1200.00", "CAD"),
    ("A$2,340", "2340.00", "AUD"),
    ("$ 45,800.00 MXN", "45800.00", "MXN"),
    ("2.500 TL", "2500.00", "TRY"),
    ("12 400 Kč", "12400.00", "CZK"),
    ("KRW 2,450,000", "2450000.00", "KRW"),
    ("1 500 PLN", "1500.00", "PLN"),
    ("3 × £640", "1920.00", "GBP"),
])
def test_money_formats(text: str, value: str, currency: str) -> None:
    found = find_amounts(text)
    assert [(str(m.amount), m.currency) for m in found] == [(value, currency)]


@pytest.mark.parametrize("text, value", [
    ("1,250.00", "1250.00"), ("1.250,00", "1250.00"), ("1 250,00", "1250.00"), ("1'250.00", "1250.00"),
    ("12,50", "12.50"), ("980.-", "980.00"), ("1,250", "1250.00"), ("3,85,400", "385400.00"),
])
def test_parse_number(text: str, value: str) -> None:
    assert str(parse_number(text)) == value


def test_currency_from_the_writers_words() -> None:
    assert money("no worries, will transfer the $386.50 this arvo") == ("386.50", "AUD")
    assert money("We will pay ¥8,600 tomorrow to your China account.") == ("8600.00", "CNY")
    assert money("Betalningen går på torsdag, 8 900 kr. Tack!") == ("8900.00", "SEK")
    assert money("We'll pay $500 on Friday.") == ("500.00", "USD")


def test_dollar_from_the_date_header_offset() -> None:
    offset = timezone(timedelta(hours=10)).utcoffset(None)
    assert money_fields(amount("I'll chuck the $1,630 through Monday.", utc_offset=offset)) == (Decimal("1630.00"), "AUD")


def test_bare_number_only_when_clearly_money() -> None:
    assert money("Paying the 624 Mon") == ("624.00", None)
    assert money("I can do 250 a week if that's any good") == ("250.00", None)
    assert money("will do the needful by saturday. 46,800 only.") == ("46800.00", None)
    assert money("Paid 40917 on Monday, 41022 I'll do Saturday.") == (None, None)  # invoice numbers


@pytest.mark.parametrize("text", [
    "Our IBAN is GB29 NWBK 6016 1331 9268 19, we'll pay on Friday.",
    "Call me on 07700 900233 and we can sort it.",
    "Invoice INV-20431 will be paid on the 15th.",
    "Please quote PO 4500218871 on the invoice.",
    "We'll pay on 15.12.2026.",
    "We're 15% down on last year, so we'll pay next week.",
    "We'll send the 20 bolsters back on Monday.",
    "Is it possible to pay 30 June?",
])
def test_never_amounts(text: str) -> None:
    assert money(text) == (None, None)


# ---------------------------------------------------------------------------------------------
# Choosing among several amounts


@pytest.mark.parametrize("text, intent, value", [
    ("We can't pay the full £3,200 now, but we can do £400 a month.", None, "400.00"),
    ("I owe you £2,400. I can do four monthly payments of £600.", None, "600.00"),
    ("We'd like to clear the £9,000 in three instalments of £3,000.", None, "3000.00"),
    ("I paid £500 last week. The remaining £740 will be with you on the 15th.", None, "740.00"),
    ("We will pay £10,000 this Friday and the remaining £14,500 on 31 March.", None, "10000.00"),
    ("Payments over £500 are frozen until completion; we'll pay £300 on Friday.", None, "300.00"),
    ("Our customer owes us £40,000, but your £1,250 will be paid on Friday.", None, "1250.00"),
    ("INV-1 £2,310.00\nINV-2 £1,986.50\nTotal: £4,296.50", None, "4296.50"),
    ("We paid it in one payment of £7,045.00 on Monday.", "already_paid", "7045.00"),
    ("We agreed £1.85 a label, not £2.10.", "dispute", "2.10"),
    ("Your quote was £1,200. You've invoiced £1,380.", "dispute", "1380.00"),
    ("I'll pay the £210 for the cups this week but the £48 for the urn is a mistake.", "dispute", "48.00"),
    ("We have paid £7,650 today. The balance of £1,350 has been withheld.", "dispute", "1350.00"),
    ("2 hours of waiting time (2 x 65 € = 130 €) is not correct.", "dispute", "130.00"),
    ("We paid £650 rather than the £700 on the invoice, as agreed.", "already_paid", "650.00"),
])
def test_choosing_the_amount(text: str, intent: str | None, value: str) -> None:
    assert money(text, intent)[0] == value


def test_amount_already_paid_is_not_the_promise() -> None:
    text = "INV-1 was paid on the 20th, USD 1,980.00. INV-2 we will pay next week."
    assert money(text, "promise_to_pay") == (None, None)
    assert money(text, "already_paid") == ("1980.00", "USD")


def test_no_amount_offered() -> None:
    assert money("$8,900 is a lot to absorb at once. Could we do monthly payments?") == (None, None)
    assert money("S$4,200 - sorry, that should read USD 4,200 - was released on Monday.") == ("4200.00", "USD")


# ---------------------------------------------------------------------------------------------
# Out-of-office return dates


@pytest.mark.parametrize("text, base, expected", [
    ("I am out of the office until Monday 30 November.", WED, "2026-11-30"),
    ("I'm away on holiday til the 28th.", WED, "2026-11-28"),
    ("I am on holiday until Tuesday 1st December, returning Wednesday 2nd.", WED, "2026-12-02"),
    ("Our office is closed from 24 December until 2 January inclusive. We reopen on Monday 4 January.",
     date(2026, 12, 23), "2027-01-04"),
    ("Ich bin bis zum 30.11.2026 nicht im Büro.", WED, "2026-11-30"),
    ("Je suis absente et de retour le lundi 30 novembre.", WED, "2026-11-30"),
    ("I'm traveling through 11/27 with limited access to email.", WED, "2026-11-27"),
    ("Thanks for your email, I will reply as soon as I can.", WED, None),
])
def test_return_date(text: str, base: date, expected: str | None) -> None:
    found = return_date(text, base)
    assert (found.isoformat() if found else None) == expected


# ---- bounds on hostile text (nlp/bounds.py) ---------------------------------------------------

def test_a_remittance_table_longer_than_the_candidate_bound_still_yields_its_total() -> None:
    from inboxagent.nlp.bounds import FIRST_CANDIDATES, LAST_CANDIDATES

    rows = FIRST_CANDIDATES + LAST_CANDIDATES + 20
    text = ("We paid the invoices below today by BACS.\n"
            + "".join(f"INV-{2000 + i}   £{100 + i}.00\n" for i in range(rows)) + "Total paid: £7,770.00\n")
    found = amount(text, "already_paid")
    assert found is not None and found.amount == Decimal("7770.00")


def test_a_flood_of_amounts_does_not_hide_the_promised_date() -> None:
    text = "We will pay on Friday.\n" + "£5.00 " * 2_000
    assert promised_date(text, date(2026, 12, 1)) == date(2026, 12, 4)


def test_readable_cuts_punctuation_runs_and_length_only() -> None:
    from inboxagent.nlp.bounds import MAX_RUN, READ_CHARS, readable

    assert readable("Thanks -- Dana!!! See you.") == "Thanks -- Dana!!! See you."
    assert readable("pay\n" + "=-" * 500 + "\nFriday") == "pay\n" + ("=-" * 500)[:MAX_RUN] + "\nFriday"
    assert len(readable("x" * (READ_CHARS * 2))) == READ_CHARS
