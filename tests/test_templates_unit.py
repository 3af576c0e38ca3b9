"""The packaged message templates: reminders per tone, follow-ups (broken promise, remittance
request) and replies, rendered with the sandboxed Renderer on sample contexts.

They must say what is owed, by when and how to pay, mirror the debtor's register, cite the
history and the promise as the state holds them, always offer a way to opt out, and never
invent anything (fees, interest, legal steps) that is not in the data.
"""

from __future__ import annotations

import itertools
import re
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest

from inboxagent.render import Renderer, long_date, money, short_date

TODAY = date(2026, 11, 20)
RESPOND_BY = TODAY + timedelta(days=7)

REMINDERS = [f"reminder/{tone}.txt" for tone in ("friendly", "neutral", "firm", "final")]
BROKEN_PROMISE = [f"broken_promise/{tone}.txt" for tone in ("neutral", "firm", "final")]
REMITTANCE = [f"remittance_request/{tone}.txt" for tone in ("friendly", "neutral", "firm", "final")]
MESSAGES = REMINDERS + BROKEN_PROMISE + REMITTANCE  # written by the agent itself: "Subject: ..." first
REPLIES = [f"reply/{name}.txt" for name in (
    "already_paid", "dispute", "question", "promise_to_pay", "extension_request",
    "extension_offer", "extension_holding")]

FORBIDDEN = ("legal", "court", "collection agency", "debt collector", "late fee", "interest",
             "credit rating", "solicitor", "penalt", "lawyer", "{{", "{%", "{#", "undefined")

OPT_OUT = re.compile(r"If you(?: would|'d) rather not (?:receive|get) these emails, just reply and tell us, and we(?: will|'ll) stop\.")


def invoice(number: str, amount: str, due: date, balance: str | None = None, currency: str = "GBP") -> dict[str, Any]:
    return {
        "number": number, "amount": Decimal(amount), "balance": Decimal(balance or amount), "currency": currency,
        "issued": due - timedelta(days=30), "due": due, "days_overdue": max((TODAY - due).days, 0),
        "status": "open", "has_pdf": True,
    }


UPCOMING = [invoice("INV-1001", "1250.00", TODAY + timedelta(days=3))]
OVERDUE_ONE = [invoice("INV-1002", "480.00", TODAY - timedelta(days=9))]
OVERDUE_TWO = [invoice("INV-1003", "1250.00", date(2026, 10, 20)),
               invoice("INV-1004", "300.00", date(2026, 10, 28), balance="120.50", currency="EUR")]
OVERDUE_MANY = [invoice(f"INV-20{n}", f"{100 * n}.00", TODAY - timedelta(days=10 + n)) for n in range(1, 5)]

HISTORY = [
    {"day": date(2026, 11, 3), "kind": "promise", "text": "you mentioned payment of £100.00 by 13 November"},
    {"day": date(2026, 11, 10), "kind": "extension_request", "text": "you asked for more time until 30 November"},
]
PAID_CLAIM = [{"day": date(2026, 11, 12), "kind": "paid_claim", "text": "you told us this had been paid (£480.00)"}]

PROMISE = {"made_on": date(2026, 11, 3), "due": date(2026, 11, 13), "dated": True,
           "amount": Decimal("100.00"), "currency": "GBP"}
PROMISE_UNDATED = {"made_on": date(2026, 11, 3), "due": date(2026, 11, 10), "dated": False,
                   "amount": None, "currency": None}

REASON = "asks until Thursday 31 December 2026, later than 30 days after the due date"


def totals_of(invoices: list[dict[str, Any]]) -> list[dict[str, Any]]:
    sums: dict[str, Decimal] = {}
    for inv in invoices:
        sums[inv["currency"]] = sums.get(inv["currency"], Decimal(0)) + inv["balance"]
    return [{"currency": cur, "amount": amount} for cur, amount in sorted(sums.items())]


def context(invoices: list[dict[str, Any]] | None = None, *, person: str = "Dana Whitfield", informal: bool = False,
            history: list[dict[str, Any]] | None = None, promise: dict[str, Any] | None = None,
            tone: str = "neutral", situation: str = "reminder", payment_details: str = "Sort code 12-34-56, account 87654321",
            phone: str = "+44 20 7946 0000", **extra: Any) -> dict[str, Any]:
    """A template context with every key the agent passes (None/empty where not applicable)."""
    invoices = OVERDUE_ONE if invoices is None else invoices
    ctx: dict[str, Any] = {
        "customer": {"name": "Acme Fabrication Ltd"},
        "contact": {"name": person, "first_name": person.split()[0] if person else "", "greeting_name": person,
                    "informal": informal},
        "invoices": invoices,
        "totals": totals_of(invoices),
        "history": list(history or []),
        "tone": tone,
        "situation": situation,
        "stage": "",
        "promise": promise,
        "respond_by": TODAY + timedelta(days=5 if tone == "final" else 7),
        "company": {"name": "Northwind Supplies", "phone": phone, "website": "https://northwind.example",
                    "payment_details": payment_details},
        "sender": {"name": "Priya Shah"},
        "today": TODAY,
        # replies only, but always present
        "intent": "", "promised_date": None, "amount": None, "currency": "", "has_attachment": False,
        "message": {"subject": "Re: Invoice", "date": None, "from_name": person, "from_addr": "ap@acme.example"},
        "extension": None,
        "attachments": [],
    }
    ctx.update(extra)
    return ctx


def situation_of(name: str) -> str:
    return name.split("/")[0]


def tone_of(name: str) -> str:
    return name.split("/")[1].removesuffix(".txt")


def message_context(name: str, invoices: list[dict[str, Any]] | None = None, **kw: Any) -> dict[str, Any]:
    situation = situation_of(name)
    if situation == "broken_promise":
        kw.setdefault("promise", PROMISE)
    if situation == "remittance_request" and "history" not in kw:
        kw["history"] = PAID_CLAIM
    return context(invoices, tone=tone_of(name), situation=situation, **kw)


@pytest.fixture(scope="module")
def renderer() -> Renderer:
    return Renderer()


def check_clean(text: str) -> None:
    assert "None" not in text, f"None in:\n{text}"
    lower = text.lower()
    for word in FORBIDDEN:
        assert word not in lower, f"{word!r} in:\n{text}"
    assert "\n\n\n" not in text, f"a double blank line in:\n{text}"
    assert not re.search(r"[ \t]+\n", text), f"trailing spaces in:\n{text}"


def paragraphs(body: str) -> list[str]:
    return [p for p in body.strip("\n").split("\n\n")]


# ---- every message, every kind of context ---------------------------------------------------

MATRIX = list(itertools.product(
    MESSAGES,
    [UPCOMING, OVERDUE_ONE, OVERDUE_TWO, OVERDUE_MANY],
    [("Dana Whitfield", False), ("Dana Whitfield", True), ("", False)],
    [False, True],  # with history
    [True, False],  # with payment details and phone
))


@pytest.mark.parametrize("name, invoices, who, with_history, with_details", MATRIX)
def test_every_message_renders_clean_and_complete(renderer: Renderer, name: str, invoices: list[dict[str, Any]],
                                                   who: tuple[str, bool], with_history: bool, with_details: bool) -> None:
    person, informal = who
    kw: dict[str, Any] = {"person": person, "informal": informal}
    if with_history:
        kw["history"] = HISTORY + (PAID_CLAIM if situation_of(name) == "remittance_request" else [])
    elif situation_of(name) != "remittance_request":
        kw["history"] = []
    if not with_details:
        kw.update(payment_details="", phone="")
    ctx = message_context(name, invoices, **kw)
    raw = renderer.render(name, ctx)
    assert raw.startswith("Subject: ") and raw.split("\n")[1] == "", "first line Subject:, then a blank line"
    subject, body = renderer.render_message(name, ctx)
    check_clean(subject + "\n" + body)

    # What is owed: every invoice, its open balance and due date; the total per currency.
    for inv in invoices:
        assert inv["number"] in body
        assert f"{inv['number']}: {money(inv['balance'], inv['currency'])}" in body
        assert long_date(inv["due"]) in body
        if inv["balance"] != inv["amount"]:
            assert f"outstanding of {money(inv['amount'], inv['currency'])}" in body
        if inv["days_overdue"]:
            assert f"({inv['days_overdue']} days overdue)" in body
    if len(invoices) > 1:
        for t in ctx["totals"]:
            assert money(t["amount"], t["currency"]) in body.split("Total outstanding:")[1].split("\n")[0]
    else:
        assert "Total outstanding" not in body

    # How to pay, when we have the details.
    if with_details:
        assert "Sort code 12-34-56, account 87654321" in body
    else:
        assert "payment details" not in body and "call us" not in body

    # The register of the debtor.
    first = body.split("\n")[0]
    assert first == ("Hi Dana," if informal and person else "Dear Dana Whitfield," if person else "Hello,")
    assert ("Best wishes," if informal else "Kind regards,") in body

    # The opt-out line closes every reminder and follow-up, right before the signature.
    parts = paragraphs(body)
    sign_off = next(i for i, p in enumerate(parts) if p.startswith(("Kind regards,", "Best wishes,")))
    assert OPT_OUT.fullmatch(parts[sign_off - 1]), parts[sign_off - 1]
    assert "Priya Shah\nNorthwind Supplies" in body

    # The history, when there is some.
    if with_history:
        assert "On 10 November you asked for more time until 30 November." in body
    else:
        assert "On 10 November" not in body


@pytest.mark.parametrize("name", REMINDERS + BROKEN_PROMISE)
def test_history_sentences_appear_only_when_there_is_history(renderer: Renderer, name: str) -> None:
    _, with_history = renderer.render_message(name, message_context(name, history=HISTORY))
    _, without = renderer.render_message(name, message_context(name, history=[]))
    assert "On 10 November you asked for more time until 30 November." in with_history
    assert "you asked for more time" not in without
    if situation_of(name) == "reminder":
        assert "On 3 November you mentioned payment of £100.00 by 13 November. On 10 November" in with_history
        assert "On 3 November" not in without


# ---- reminders ------------------------------------------------------------------------------

@pytest.mark.parametrize("name, invoices, subject", [
    ("reminder/friendly.txt", UPCOMING, "Reminder: invoice INV-1001 due on 23 November"),
    ("reminder/friendly.txt", [UPCOMING[0], dict(UPCOMING[0], number="INV-1005")],
     "Reminder: invoices INV-1001, INV-1005 due on 23 November"),
    ("reminder/friendly.txt", [UPCOMING[0], dict(UPCOMING[0], number="INV-1005", due=TODAY + timedelta(days=5))],
     "Reminder: invoices INV-1001, INV-1005 due soon"),
    ("reminder/friendly.txt", [dict(UPCOMING[0], due=TODAY)], "Reminder: invoice INV-1001 due today"),
    ("reminder/friendly.txt", OVERDUE_ONE, "Reminder: invoice INV-1002 now due"),
    ("reminder/friendly.txt", OVERDUE_MANY, "Reminder: 4 invoices now due"),
    ("reminder/neutral.txt", OVERDUE_ONE, "Overdue: INV-1002"),
    ("reminder/neutral.txt", OVERDUE_TWO, "Overdue: INV-1003, INV-1004"),
    ("reminder/neutral.txt", OVERDUE_MANY, "4 invoices overdue"),
    ("reminder/neutral.txt", UPCOMING, "Reminder: INV-1001 due on 23 November"),
    ("reminder/firm.txt", OVERDUE_ONE, "Payment overdue: INV-1002"),
    ("reminder/firm.txt", OVERDUE_TWO, "Payment overdue: INV-1003, INV-1004"),
    ("reminder/firm.txt", OVERDUE_MANY, "Payment overdue: 4 invoices"),
    ("reminder/final.txt", OVERDUE_TWO, "Final reminder: INV-1003, INV-1004"),
    ("reminder/final.txt", OVERDUE_MANY, "Final reminder: 4 invoices overdue"),
])
def test_reminder_subjects(renderer: Renderer, name: str, invoices: list[dict[str, Any]], subject: str) -> None:
    assert renderer.render_message(name, message_context(name, invoices))[0] == subject


def test_friendly_is_a_heads_up_about_the_due_date(renderer: Renderer) -> None:
    _, body = renderer.render_message("reminder/friendly.txt", message_context("reminder/friendly.txt", UPCOMING))
    assert "This is a quick heads-up that the invoice below is due for payment on Monday 23 November 2026:" in body
    assert "more time" in body and "spread the payments" in body
    _, casual = renderer.render_message("reminder/friendly.txt", message_context("reminder/friendly.txt", UPCOMING, informal=True))
    assert "Just a quick heads-up" in casual and "Hi Dana," in casual


def test_neutral_asks_when_and_invites_a_plan(renderer: Renderer) -> None:
    _, body = renderer.render_message("reminder/neutral.txt", message_context("reminder/neutral.txt", OVERDUE_TWO))
    assert "now past their due dates" in body
    assert "could you let us know when we can expect payment?" in body
    assert "instalments" in body


@pytest.mark.parametrize("name", ["reminder/firm.txt", "reminder/final.txt"])
def test_firmer_tones_ask_for_payment_or_a_date_by_respond_by(renderer: Renderer, name: str) -> None:
    ctx = message_context(name, OVERDUE_ONE)
    _, body = renderer.render_message(name, ctx)
    assert f"Please arrange payment by {long_date(ctx['respond_by'])}, or reply" in body
    assert "9 days overdue" in body
    assert "payment plan" in body


def test_final_names_a_person_as_the_only_next_step(renderer: Renderer) -> None:
    ctx = message_context("reminder/final.txt", OVERDUE_TWO)
    assert ctx["respond_by"] == TODAY + timedelta(days=5)
    _, body = renderer.render_message("reminder/final.txt", ctx)
    assert "This is our final reminder about the invoices below" in body
    assert "Please arrange payment by Wednesday 25 November 2026" in body
    assert "a member of our team will contact you directly" in body
    assert "call us on +44 20 7946 0000" in body


# ---- broken promises ------------------------------------------------------------------------

@pytest.mark.parametrize("name", BROKEN_PROMISE)
def test_broken_promise_cites_the_dated_promise(renderer: Renderer, name: str) -> None:
    ctx = message_context(name, OVERDUE_ONE, history=HISTORY)
    subject, body = renderer.render_message(name, ctx)
    assert subject.lower().endswith("payment for inv-1002 not yet received")
    assert "On 3 November you let us know that payment of £100.00 would be made by 13 November." in body
    assert "we have not yet received it" in body or "we have not received it" in body
    assert "you mentioned payment of £100.00" not in body, "the cited promise is not repeated from the history"
    assert "new date" in body


@pytest.mark.parametrize("name", BROKEN_PROMISE)
def test_broken_promise_cites_an_undated_promise_as_shortly(renderer: Renderer, name: str) -> None:
    _, body = renderer.render_message(name, message_context(name, OVERDUE_TWO, promise=PROMISE_UNDATED))
    assert "On 3 November you let us know that payment would be made shortly." in body
    assert "by 10 November" not in body


def test_broken_promise_subjects_and_asks(renderer: Renderer) -> None:
    subjects = {n: renderer.render_message(n, message_context(n, OVERDUE_TWO)) for n in BROKEN_PROMISE}
    assert subjects["broken_promise/neutral.txt"][0] == "Payment for INV-1003, INV-1004 not yet received"
    assert subjects["broken_promise/firm.txt"][0] == "Payment for INV-1003, INV-1004 not yet received"
    assert subjects["broken_promise/final.txt"][0] == "Final reminder: payment for INV-1003, INV-1004 not yet received"
    assert "could you let us know when we can now expect it?" in subjects["broken_promise/neutral.txt"][1]
    assert f"please arrange it by {long_date(RESPOND_BY)}" in subjects["broken_promise/firm.txt"][1]
    final = subjects["broken_promise/final.txt"][1]
    assert "last reminder before a member of our team contacts you directly" in final
    assert f"Please arrange payment by {long_date(TODAY + timedelta(days=5))}" in final
    many = renderer.render_message("broken_promise/neutral.txt", message_context("broken_promise/neutral.txt", OVERDUE_MANY))
    assert many[0] == "Payment for 4 invoices not yet received"


def test_broken_promise_leaves_out_todays_lapse_from_the_history(renderer: Renderer) -> None:
    lapse = {"day": TODAY, "kind": "broken_promise", "text": "the payment expected by 13 November has not arrived"}
    _, body = renderer.render_message("broken_promise/firm.txt", message_context(
        "broken_promise/firm.txt", history=HISTORY + [lapse]))
    assert "has not arrived" not in body
    assert "On 10 November you asked for more time until 30 November." in body


# ---- remittance requests --------------------------------------------------------------------

@pytest.mark.parametrize("name", REMITTANCE)
def test_remittance_request_asks_for_the_details_without_pressure(renderer: Renderer, name: str) -> None:
    subject, body = renderer.render_message(name, message_context(name, OVERDUE_ONE))
    assert subject == "Matching your payment for INV-1002"
    assert "On 12 November you told us this had been paid (£480.00)." in body
    assert "We have not yet been able to match that payment" in body
    assert "remittance advice" in body
    assert "the payment reference" in body and "the date it was sent" in body and "the amount paid" in body
    assert "Please arrange payment" not in body and "respond" not in body.lower()


def test_every_remittance_tone_reads_the_same(renderer: Renderer) -> None:
    bodies = {renderer.render_message(n, message_context(n, OVERDUE_TWO)) for n in REMITTANCE}
    assert len(bodies) == 1


def test_remittance_request_without_the_claim_in_history(renderer: Renderer) -> None:
    _, body = renderer.render_message("remittance_request/neutral.txt", message_context(
        "remittance_request/neutral.txt", history=[]))
    assert "Thank you for letting us know that payment has been made." in body
    assert "We have not yet been able to match it" in body


# ---- replies --------------------------------------------------------------------------------

def reply_context(invoices: list[dict[str, Any]] | None = None, **kw: Any) -> dict[str, Any]:
    return context(invoices, situation="reply", **kw)


EXTENSION_OK = {"ok": True, "reason": "until Friday 11 December 2026, within 60 days of the due date",
                "until": date(2026, 12, 11), "instalments": None}


@pytest.mark.parametrize("name, who, invoices", list(itertools.product(
    REPLIES, [("Dana Whitfield", False), ("Dana Whitfield", True), ("", False)], [OVERDUE_ONE, OVERDUE_TWO])))
def test_every_reply_renders_clean(renderer: Renderer, name: str, who: tuple[str, bool],
                                   invoices: list[dict[str, Any]]) -> None:
    person, informal = who
    extension = None
    if name.endswith("extension_offer.txt"):
        extension = EXTENSION_OK
    elif name.endswith("extension_holding.txt"):
        extension = dict(EXTENSION_OK, ok=False, reason=REASON)
    ctx = reply_context(invoices, person=person, informal=informal, extension=extension,
                        promised_date=date(2026, 12, 11), amount=Decimal("100.00"), currency="GBP",
                        attachments=["INV-1002.pdf"] if name.endswith("question.txt") else [])
    body = renderer.render(name, ctx)
    check_clean(body)
    assert not body.lower().startswith("subject:"), "a reply takes the thread's subject"
    assert body.split("\n")[0] == ("Hi Dana," if informal and person else "Dear Dana Whitfield," if person else "Hello,")
    for inv in invoices:
        assert inv["number"] in body
    assert "Priya Shah" in body


def test_extension_offer_agrees_to_the_date_asked_for(renderer: Renderer) -> None:
    ctx = reply_context(OVERDUE_TWO, extension=EXTENSION_OK, promised_date=date(2026, 12, 11))
    body = renderer.render("reply/extension_offer.txt", ctx)
    assert "We can agree to payment by Friday 11 December 2026" in body
    assert "INV-1003: £1,250.00" in body and "INV-1004: €120.50 outstanding of €300.00" in body
    assert "Total outstanding: €120.50 and £1,250.00" in body
    assert "If anything changes, please let us know" in body
    assert "instalments" not in body
    assert "Sort code 12-34-56" in body


def test_extension_offer_acknowledges_the_instalment_plan(renderer: Renderer) -> None:
    ctx = reply_context(OVERDUE_ONE, extension=dict(EXTENSION_OK, instalments=3), informal=True)
    body = renderer.render("reply/extension_offer.txt", ctx)
    assert "pay in 3 instalments, with the full balance paid by Friday 11 December 2026" in body
    assert body.startswith("Hi Dana,")


@pytest.mark.parametrize("extension", [
    dict(EXTENSION_OK, ok=False, reason=REASON),
    dict(EXTENSION_OK, ok=False, reason="4 instalments asked, at most 3 allowed", instalments=4),
    dict(EXTENSION_OK, ok=False, reason="no date proposed", until=None),
    None,
])
def test_extension_holding_never_shows_the_reason(renderer: Renderer, extension: dict[str, Any] | None) -> None:
    body = renderer.render("reply/extension_holding.txt", reply_context(OVERDUE_TWO, extension=extension))
    check_clean(body)
    if extension is not None:
        assert extension["reason"] not in body
    for leak in ("later than", "allowed", "policy", "no date proposed", "within"):
        assert leak not in body
    assert "A member of our team will look at your request and come back to you shortly." in body
    assert "part payment" in body
    assert "INV-1003" in body and "INV-1004" in body
    if extension and extension["until"]:
        assert "Friday 11 December 2026" in body
    if extension and extension["instalments"]:
        assert "4 instalments" in body


def test_question_mentions_the_attached_invoice_copy(renderer: Renderer) -> None:
    one = renderer.render("reply/question.txt", reply_context(OVERDUE_ONE, attachments=["INV-1002.pdf"]))
    assert "A copy of the invoice is attached (INV-1002.pdf)." in one
    two = renderer.render("reply/question.txt", reply_context(OVERDUE_TWO, attachments=["INV-1003.pdf", "INV-1004.pdf"]))
    assert "Copies of the invoices are attached (INV-1003.pdf, INV-1004.pdf)." in two
    none = renderer.render("reply/question.txt", reply_context(OVERDUE_ONE))
    assert "attached" not in none


def test_promise_reply_confirms_what_was_noted(renderer: Renderer) -> None:
    body = renderer.render("reply/promise_to_pay.txt", reply_context(
        OVERDUE_TWO, promised_date=date(2026, 12, 1), amount=Decimal("100.00"), currency="GBP"))
    assert "Thank you for getting back to us about INV-1003 and INV-1004. We have noted that you will pay £100.00 by Tuesday 1 December 2026." in body
    undated = renderer.render("reply/promise_to_pay.txt", reply_context(OVERDUE_ONE))
    assert "Could you let us know the date we should expect payment" in undated


def test_replies_carry_no_opt_out_line_nor_history(renderer: Renderer) -> None:
    for name in REPLIES:
        body = renderer.render(name, reply_context(OVERDUE_ONE, history=HISTORY, extension=EXTENSION_OK))
        assert not OPT_OUT.search(body), name
        assert "On 10 November" not in body, name


def test_filters_used_by_the_templates() -> None:
    assert short_date(date(2026, 11, 20)) == "20 November"
    assert long_date(date(2026, 11, 20)) == "Friday 20 November 2026"
    assert money(Decimal("1250.5"), "GBP") == "£1,250.50"


def test_a_broken_template_is_reported_where_it_is_broken(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import pytest as _pytest

    from inboxagent.errors import TemplateError
    from inboxagent.render import Renderer

    (tmp_path / "reminder").mkdir()
    (tmp_path / "reminder" / "firm.txt").write_text("Subject: x\n\n{% if %}\n")
    with _pytest.raises(TemplateError, match=r"firm.txt:3"):
        Renderer(tmp_path).first_of("reminder/firm.txt", "reminder.txt")
