"""Threading rules as pure logic: which conversation, customer and invoices a message belongs to."""

from __future__ import annotations

from datetime import date, datetime, timezone
from decimal import Decimal

from inboxagent.conversations import Directory, NoMatch, ThreadMatch, conversation_id, join, match_message, thread_ids
from inboxagent.records import Conversation, Customer, Invoice, MailMessage

T0 = datetime(2026, 11, 1, tzinfo=timezone.utc)
SHARED = frozenset({"gmail.com"})


def invoice(number: str, customer: str, email: str, status: str = "open", due: date = date(2026, 10, 31)) -> Invoice:
    return Invoice(number, customer, customer.title(), (email,), Decimal("100.00"), "GBP", date(2026, 10, 1), due, status)


def mail(sender: str = "ap@acme.example", subject: str = "", in_reply_to: tuple[str, ...] = (),
         references: tuple[str, ...] = (), message_id: str = "<m1@x>") -> MailMessage:
    return MailMessage(key=message_id, message_id=message_id, in_reply_to=in_reply_to, references=references,
                       from_addr=sender, from_name="", to=(), cc=(), reply_to=(), subject=subject, date=T0,
                       text="", new_text="", quoted_text="", attachments=(), headers={}, content_type="text/plain")


def directory(conversations: list[Conversation] | None = None) -> Directory:
    invoices = [
        invoice("INV-100", "acme", "ap@acme.example"),
        invoice("INV-101", "acme", "ap@acme.example", due=date(2026, 11, 30)),
        invoice("INV-200", "birch", "office@birch.example"),
        invoice("INV-300", "solo", "sam.trader@gmail.com"),
        invoice("INV-400", "paidup", "hi@paidup.example", status="paid"),
    ]
    customers = [Customer("acme", "Acme", ("ap@acme.example",), ("acme.example",)),
                 Customer("birch", "Birch", ("office@birch.example",), ("birch.example",)),
                 Customer("solo", "Solo", ("sam.trader@gmail.com",), ("gmail.com",)),
                 Customer("paidup", "Paid Up", ("hi@paidup.example",), ("paidup.example",))]
    convs = conversations or []
    by_id = {mid: c for c in convs for mid in c.message_ids}
    return Directory(invoices, customers, convs, by_id.get, SHARED)


def conv(cid: str, ids: tuple[str, ...], invoices: tuple[str, ...] = ("INV-100",), customer: str = "acme") -> Conversation:
    return Conversation(cid, customer, invoices, ids, "Reminder", T0, T0)


def test_references_win_over_everything_and_add_mentioned_invoices() -> None:
    d = directory([conv("c1", ("<reminder@us>",))])
    m = match_message(mail(in_reply_to=("<reminder@us>",)), ("INV-101", "INV-200"), ("ap@acme.example",), d)
    assert isinstance(m, ThreadMatch) and m.rule == "references" and m.conversation is not None
    assert m.conversation.id == "c1"
    assert m.invoices == ("INV-100", "INV-101"), "INV-200 belongs to another customer and is not added"


def test_references_are_searched_nearest_first() -> None:
    msg = mail(in_reply_to=("<b@x>",), references=("<root@x>", "<a@x>", "<b@x>"))
    assert thread_ids(msg) == ["<b@x>", "<a@x>", "<root@x>"]
    d = directory([conv("old", ("<root@x>",)), conv("new", ("<a@x>",))])
    m = match_message(msg, (), (), d)
    assert isinstance(m, ThreadMatch) and m.conversation is not None and m.conversation.id == "new"


def test_a_self_reference_is_ignored() -> None:
    d = directory([conv("c1", ("<m1@x>",))])
    assert isinstance(match_message(mail(references=("<m1@x>",)), (), (), d), NoMatch)


def test_invoice_number_needs_a_sender_on_file() -> None:
    d = directory()
    known = match_message(mail(sender="new.clerk@acme.example"), ("inv 101",), ("new.clerk@acme.example",), d)
    assert isinstance(known, ThreadMatch) and known.rule == "invoice_number" and known.invoices == ("INV-101",)
    stranger = match_message(mail(sender="x@elsewhere.example"), ("INV-101",), ("x@elsewhere.example",), d)
    assert isinstance(stranger, NoMatch) and "not on file" in stranger.reason


def test_invoice_number_forms_and_bare_digits() -> None:
    d = directory()
    for ref in ("INV-200", "inv200", "INV 200", "200"):
        m = match_message(mail(sender="office@birch.example"), (ref,), ("office@birch.example",), d)
        assert isinstance(m, ThreadMatch) and m.invoices == ("INV-200",), ref


def test_sender_address_then_domain_then_nothing() -> None:
    d = directory()
    by_address = match_message(mail(), (), ("ap@acme.example",), d)
    assert isinstance(by_address, ThreadMatch) and by_address.rule == "sender_address"
    assert by_address.invoices == ("INV-100", "INV-101"), "every open invoice, by due date"
    by_domain = match_message(mail(sender="boss@birch.example"), (), ("boss@birch.example",), d)
    assert isinstance(by_domain, ThreadMatch) and by_domain.rule == "sender_domain"
    assert isinstance(match_message(mail(sender="who@nowhere.example"), (), ("who@nowhere.example",), d), NoMatch)


def test_webmail_domains_match_only_the_exact_address() -> None:
    d = directory()
    exact = match_message(mail(sender="sam.trader@gmail.com"), (), ("sam.trader@gmail.com",), d)
    assert isinstance(exact, ThreadMatch) and exact.customer == "solo"
    other = match_message(mail(sender="someone.else@gmail.com"), (), ("someone.else@gmail.com",), d)
    assert isinstance(other, NoMatch)


def test_customer_without_open_invoices_is_left_for_a_person() -> None:
    m = match_message(mail(sender="hi@paidup.example"), (), ("hi@paidup.example",), directory())
    assert isinstance(m, NoMatch) and "no open invoices" in m.reason


def test_join_creates_a_deterministic_conversation_then_extends_it() -> None:
    d = directory()
    m = match_message(mail(), (), ("ap@acme.example",), d)
    assert isinstance(m, ThreadMatch)
    first = join(m, mail(), ("AP@acme.example",), T0)
    assert first.id == conversation_id("<m1@x>") == join(m, mail(), (), T0).id
    assert first.participants == ("ap@acme.example",) and first.message_ids == ("<m1@x>",)
    d.add_conversation(first)
    again = match_message(mail(message_id="<m2@x>"), (), ("ap@acme.example",), d)
    assert isinstance(again, ThreadMatch) and again.conversation == first
    later = join(again, mail(message_id="<m2@x>"), ("ap@acme.example",), datetime(2026, 11, 2, tzinfo=timezone.utc))
    assert later.id == first.id and later.message_ids == ("<m1@x>", "<m2@x>")


def test_a_reply_below_the_review_threshold_is_never_sent_automatically() -> None:
    from inboxagent.decide import decide
    from inboxagent.records import Classification

    d = directory()
    msg = mail(subject="Re: INV-100")
    match = match_message(msg, ("INV-100",), ("ap@acme.example",), d)
    assert isinstance(match, ThreadMatch)
    sure = Classification("promise_to_pay", 0.95)
    unsure = Classification("promise_to_pay", 0.41, needs_review=True)
    allowed = frozenset({"promise_to_pay"})
    assert decide(msg, None, match, sure, None, d, allowed).send
    doubt = decide(msg, None, match, unsure, None, d, allowed)
    assert doubt.action == "draft" and not doubt.send and doubt.flag_person
    assert "below the review threshold" in doubt.reason
