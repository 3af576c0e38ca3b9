"""Issue 8 in unit: the invoice CSV's new columns, contacts by role, autopay, balances received,
the thank-you a confirmed payment claim is owed, and the state file form of it all."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

import inboxagent.accounts as acc
from inboxagent.cadence import load_cadence
from inboxagent.contacts import ContactError, approve, import_contacts, pending_senders
from inboxagent.dunning import plan
from inboxagent.errors import InvoiceImportError
from inboxagent.invoices import _customer, import_invoices, read_invoices
from inboxagent.records import (Account, Classification, Contact, Conversation, Customer, Invoice, MessageLog,
                                RoleContact, from_json, to_json)
from inboxagent.rules import ExtensionPolicy
from inboxagent.store import Store
from inboxagent.templating import invoice_view

from test_dunning_unit import LONDON, NOW

CADENCE = load_cadence(None)
POLICY = ExtensionPolicy()
HEADER = "number,customer,email,amount,currency,issued,due,balance,locale,collections_email,cc_email,autopay\n"


def write(tmp_path: Path, rows: str, name: str = "inv.csv", header: str = HEADER) -> Path:
    path = tmp_path / name
    path.write_text(header + rows)
    return path


# ---- the CSV columns ----------------------------------------------------------------------

def test_new_columns_are_read_and_checked(tmp_path: Path) -> None:
    (a,) = read_invoices(write(tmp_path, "A1,Acme,ap@acme.example,100.00,GBP,2026-10-01,2026-11-01,40.00,de-de,"
                                         "Dana <dana@acme.example>; pay@acme.example,boss@acme.example;ap@acme.example,Yes\n"))
    assert a.locale == "de_DE" and a.collections == ("dana@acme.example", "pay@acme.example")
    assert a.cc == ("boss@acme.example",), "an address already To is not copied as well"
    assert a.autopay is True and a.open_balance == Decimal("40.00")
    (b,) = read_invoices(write(tmp_path, "B1,Acme,ap@acme.example,100.00,GBP,2026-10-01,2026-11-01,,,,,\n"))
    assert (b.locale, b.collections, b.cc, b.autopay) == (None, (), (), None)
    with pytest.raises(InvoiceImportError) as err:
        read_invoices(write(tmp_path, "C1,Acme,ap@acme.example,100.00,GBP,2026-10-01,2026-11-01,,klingon,"
                                      "not-an-address,x@,sometimes\n"))
    text = str(err.value)
    assert "locale 'klingon'" in text and "collections_email 'not-an-address'" in text
    assert "cc_email 'x@'" in text and "autopay 'sometimes' must be true or false" in text


def test_customer_roles_locale_and_autopay_follow_the_newest_invoice() -> None:
    old = Invoice("A1", "acme", "Acme", ("ap@acme.example",), Decimal(100), "GBP", date(2026, 9, 1), date(2026, 10, 1),
                  locale="en_GB", autopay=True)
    new = Invoice("A2", "acme", "Acme Ltd", ("ap@acme.example",), Decimal(100), "GBP", date(2026, 10, 1),
                  date(2026, 11, 1), collections=("dana@acme.example",), cc=("boss@acme.example",), autopay=False)
    c = _customer("acme", [new, old])
    assert c.name == "Acme Ltd" and c.locale == "en_GB" and c.autopay is False
    assert c.emails == ("ap@acme.example", "dana@acme.example", "boss@acme.example")
    assert c.reminder_to == ("dana@acme.example",) and c.addresses("cc") == ("boss@acme.example",)
    assert _customer("acme", [old]).reminder_to == ("ap@acme.example",), "no collections contact: the invoice address"
    outside = _customer("acme", [dataclasses.replace(new, cc=("books@bookkeepers.example",))])
    assert "books@bookkeepers.example" in outside.emails and outside.domains == ("acme.example",), \
        "a cc'd bookkeeper's domain is not the customer's: strangers from it are not threaded here"
    # A customer stored before roles existed: every address on file.
    assert Customer("acme", "Acme", ("a@acme.example",), ("acme.example",)).reminder_to == ("a@acme.example",)


def test_reimport_keeps_approved_and_contacts_file_addresses(tmp_path: Path) -> None:
    store = Store(tmp_path / "state.json")
    import_invoices(store, write(tmp_path, "A1,Acme,ap@acme.example,100.00,GBP,2026-10-01,2026-11-01,,,,,\n"))
    contacts = tmp_path / "contacts.csv"
    contacts.write_text("customer,email,role,name\nACME,Dana@Acme.example,collections,Dana Whitfield\n")
    assert import_contacts(store, contacts) == (1, 1)
    approve(store, "tom@acme.example", "acme")
    import_invoices(store, write(tmp_path, "A1,Acme,ap@acme.example,90.00,GBP,2026-10-01,2026-11-01,,,,,\n"))
    c = store.customer("acme")
    assert c is not None
    assert [(x.address, x.role, x.source) for x in c.contacts] == [
        ("ap@acme.example", "invoice", "invoices"), ("dana@acme.example", "collections", "contacts"),
        ("tom@acme.example", "other", "approved")]
    assert c.reminder_to == ("dana@acme.example",) and c.name_of("dana@acme.example") == "Dana Whitfield"
    # A second contacts.csv replaces the first one's contacts for the customers it names.
    contacts.write_text("customer,email,role\nAcme,pay@acme.example,collections\n")
    import_contacts(store, contacts)
    c = store.customer("acme")
    assert c is not None and c.reminder_to == ("pay@acme.example",) and "tom@acme.example" in c.emails
    contacts.write_text("customer,email,role\nNobody,x@nobody.example,boss\n")
    with pytest.raises(InvoiceImportError) as err:
        import_contacts(store, contacts)
    assert "customer 'Nobody' has no invoices imported" in str(err.value) and "role 'boss'" in str(err.value)


def test_approve_needs_to_know_the_customer(tmp_path: Path) -> None:
    store = Store(tmp_path / "state.json")
    import_invoices(store, write(tmp_path, "A1,Acme,ap@acme.example,100.00,GBP,2026-10-01,2026-11-01,,,,,\n"))
    with pytest.raises(ContactError, match="cannot tell whose contact"):
        approve(store, "stranger@acme.example")
    with pytest.raises(ContactError, match="role"):
        approve(store, "tom@acme.example", "acme", role="boss")
    when = datetime(2026, 11, 3, 9, 0, tzinfo=LONDON)
    store.put_conversation(Conversation("c1", "acme", ("A1",), ("<t1@acme.example>",), "Invoice A1", when, when))
    store.put_message(MessageLog("<t1@acme.example>", "INBOX", 7, 1, "h", "tom@acme.example", "Invoice A1", when,
                                 when, "drafted", conversation="c1", from_name="Tom Baker"))
    (waiting,) = pending_senders(store)
    assert (waiting.address, waiting.customer, waiting.messages) == ("tom@acme.example", "acme", 1)
    c = approve(store, "Tom@Acme.example")
    assert "tom@acme.example" in c.emails and c.name_of("tom@acme.example") == "Tom Baker"
    assert pending_senders(store) == []
    assert approve(store, "tom@acme.example", role="cc").addresses("cc") == ("tom@acme.example",)


def test_customer_with_roles_survives_the_state_file() -> None:
    c = _customer("acme", [Invoice("A1", "acme", "Acme", ("ap@acme.example",), Decimal(100), "GBP", date(2026, 9, 1),
                                   date(2026, 10, 1), collections=("d@acme.example",), locale="en_GB", autopay=True)])
    assert from_json(Customer, to_json(c)) == c
    assert isinstance(from_json(Customer, to_json(c)).contacts[0], RoleContact)
    old = from_json(Customer, {"key": "acme", "name": "Acme", "emails": ["a@acme.example"], "domains": ["acme.example"]})
    assert old.contacts == () and old.autopay is False and old.reminder_to == ("a@acme.example",)


# ---- planning -----------------------------------------------------------------------------

def invoice(number: str, due: date, customer: str = "acme") -> Invoice:
    return Invoice(number, customer, customer.title(), (f"ap@{customer}.example",), Decimal(100), "GBP",
                   date(2026, 9, 1), due)


def roles(autopay: bool = False) -> dict[str, Customer]:
    from inboxagent.invoices import with_contacts

    base = Customer("acme", "Acme", (), (), autopay=autopay)
    return {"acme": with_contacts(base, [RoleContact("ap@acme.example", "invoice"),
                                         RoleContact("dana@acme.example", "collections"),
                                         RoleContact("boss@acme.example", "cc")])}


def test_reminders_go_to_collections_copied_to_cc() -> None:
    (p,) = plan(NOW, [invoice("A1", date(2026, 11, 1))], {}, roles(), {}, {}, CADENCE, LONDON)
    assert (p.to, p.cc) == (("dana@acme.example",), ("boss@acme.example",))
    bounced = {"dana@acme.example": Contact("dana@acme.example", "acme", undeliverable=True)}
    (p,) = plan(NOW, [invoice("A1", date(2026, 11, 1))], {}, roles(), bounced, {}, CADENCE, LONDON)
    assert p.to == ("ap@acme.example",) and p.ready, "the collections contact bounced: the invoice address"
    stopped = {"dana@acme.example": Contact("dana@acme.example", "acme", opted_out=True),
               "boss@acme.example": Contact("boss@acme.example", "acme", undeliverable=True)}
    (p,) = plan(NOW, [invoice("A1", date(2026, 11, 1))], {}, roles(), stopped, {}, CADENCE, LONDON)
    assert p.to == () and p.cc == () and p.held_by.startswith("no contact"), "an opt-out is not worked around"


@pytest.mark.parametrize("due, chased", [(date(2026, 11, 12), False), (date(2026, 11, 10), False),
                                         (date(2026, 11, 9), True), (date(2026, 10, 1), True)])
def test_autopay_gets_no_reminder_until_the_due_date_has_passed(due: date, chased: bool) -> None:
    planned = plan(NOW, [invoice("A1", due)], {}, roles(autopay=True), {}, {}, CADENCE, LONDON)
    assert bool(planned) is chased
    assert plan(NOW, [invoice("A1", due)], {}, roles(), {}, {}, CADENCE, LONDON), "without autopay it is chased"


def test_autopay_still_gets_followups_before_due() -> None:
    a = Account("A1", pending="broken_promise", pending_since=NOW.date())
    (p,) = plan(NOW, [invoice("A1", date(2026, 11, 20))], {"A1": a}, roles(autopay=True), {}, {}, CADENCE, LONDON)
    assert p.situation == "broken_promise"


# ---- balances and the confirmed claim -----------------------------------------------------

def test_invoice_view_says_what_was_received() -> None:
    inv = Invoice("A1", "acme", "Acme", ("ap@acme.example",), Decimal("1250.00"), "GBP", date(2026, 9, 1),
                  date(2026, 10, 1), balance=Decimal("750.00"))
    view = invoice_view(inv, NOW)
    assert (view["balance"], view["amount"], view["received"]) == (Decimal("750.00"), Decimal("1250.00"), Decimal("500.00"))
    assert invoice_view(Invoice("A2", "acme", "Acme", (), Decimal(10), "GBP", date(2026, 9, 1), date(2026, 10, 1)),
                        NOW)["received"] == 0


def test_invoices_partial_renders_balance_of_amount_and_received() -> None:
    from inboxagent.render import Renderer, money

    renderer = Renderer()
    inv = Invoice("A1", "acme", "Acme", (), Decimal("1250.00"), "GBP", date(2026, 9, 1), date(2026, 10, 1),
                  balance=Decimal("750.00"))
    out = renderer.render("_invoices.txt", {"invoices": [invoice_view(inv, NOW)]})
    gbp = {x: money(Decimal(x), "GBP") for x in ("750.00", "1250.00", "500.00")}
    assert f"A1: {gbp['750.00']} outstanding of {gbp['1250.00']} ({gbp['500.00']} received), due" in out
    whole = renderer.render("_invoices.txt", {"invoices": [invoice_view(Invoice(
        "A2", "acme", "Acme", (), Decimal("1250.00"), "GBP", date(2026, 9, 1), date(2026, 10, 1)), NOW)]})
    assert "outstanding" not in whole and "received" not in whole


def classified(intent: str) -> Classification:
    return Classification(intent, 0.9)


def test_a_confirmed_claim_is_thanked_once() -> None:
    day = date(2026, 11, 10)
    open_inv = invoice("A1", date(2026, 11, 1))
    a = acc.on_reply(Account("A1"), open_inv, classified("already_paid"), day, "<claim-1>", "", CADENCE, POLICY)
    assert a.claim == "<claim-1>" and a.hold == "paid_claim"
    paid = dataclasses.replace(open_inv, balance=Decimal(0))
    closed = acc.on_time(a, paid, day)
    assert (closed.hold, closed.pending, closed.claim) == ("closed", "paid_thanks", "<claim-1>")
    assert acc.on_time(closed, paid, day) == closed, "closing happens once"
    done = acc.on_followup(closed, "paid_thanks", day)
    assert (done.pending, done.claim, done.events[-1].kind) == ("", "", "paid_thanks_sent")
    # Unconfirmed past the grace days: the remittance request, and the claim is still owed its thanks.
    later = acc.on_time(a, open_inv, date(2026, 11, 16))
    assert later.pending == "remittance_request" and later.claim == "<claim-1>"
    assert acc.on_time(later, paid, date(2026, 11, 20)).pending == "paid_thanks"
    # Paid without anyone telling us: closed, nothing to thank.
    assert acc.on_time(Account("A1"), paid, day).pending == ""
    # A claim about a disputed invoice does not lift the dispute, and no thanks is planned.
    disputed = acc.on_reply(Account("A1", hold="dispute"), open_inv, classified("already_paid"), day, "<c2>", "",
                            CADENCE, POLICY)
    assert disputed.claim == "" and disputed.hold == "dispute"
