"""Issue 8 against a real Dovecot: the figures and the recipients of what the agent writes.

A partly paid invoice's reminder quotes what is left, of how much, and what was received; a
paid invoice is never chased again after the import that says so, and its promise is kept;
reminders go to the collections contact (copied to the cc contacts), not the invoice-intake
address; an autopay customer gets no reminder before the due date; a payment the debtor told
us about and a later import confirms gets one thank-you, in reply to them; a new sender at the
customer's domain is answered but put on file only when a person approves it.
"""

from __future__ import annotations

import email
import email.policy
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from conftest import Account, SmtpSink, write_config
from test_dunning_imap import Scenario, body, reminders, reply

import mailfactory as mf
from inboxagent.mail.mailbox import APPROVE_SENDER, SENDER_APPROVED
from inboxagent.render import money

HEADER = "number,customer,email,amount,currency,issued,due,status,balance,contact_name,collections_email,cc_email,autopay\n"
INVOICES = HEADER + (
    "INV-40001,Acme Fabrication Ltd,invoices@acme-fab.example,1250.00,GBP,2026-10-01,2026-10-31,open,,Dana Whitfield,"
    "dana.whitfield@acme-fab.example,controller@acme-fab.example,\n"
    "INV-40010,Birchwood Dental Care,office@birchwood-dental.example,2200.00,EUR,2026-10-15,2026-11-14,open,,,,,true\n"
    "INV-40011,Birchwood Dental Care,office@birchwood-dental.example,310.00,EUR,2026-09-20,2026-10-20,open,,,,,true\n"
    "INV-40020,Copperleaf Studio,hello@copperleaf.example,640.00,USD,2026-10-05,2026-11-04,open,,Sam Okafor,,,\n"
)
ACME_INTAKE, DANA, CONTROLLER = "invoices@acme-fab.example", "dana.whitfield@acme-fab.example", "controller@acme-fab.example"
BIRCH, COPPER = "office@birchwood-dental.example", "hello@copperleaf.example"


class Ledger(Scenario):
    """The dunning Scenario with this file's ledger instead of its invoices."""

    def __init__(self, account: Account, workdir: Path, extra: str = "", **agent: str) -> None:
        # Not super().__init__: that one loads the dunning scenario's invoices.
        self.account = account
        self.config = write_config(workdir, account, chasing=True, **agent)
        self.config.write_text(self.config.read_text() + extra)
        self.state = workdir / "state.json"
        self.workdir = workdir
        self.imports = 0
        self.load(INVOICES)

    def load(self, csv_text: str) -> str:
        self.imports += 1
        path = self.workdir / f"ledger-{self.imports}.csv"
        path.write_text(csv_text)
        return self.cli("invoices", "import", str(path))



def written_to(s: Ledger) -> dict[str, list]:  # type: ignore[type-arg]
    out: dict[str, list] = {}  # type: ignore[type-arg]
    for m in reminders(s.drafts()).values():
        out.setdefault(str(m["To"]), []).append(m)
    return out


def test_roles_autopay_partial_payment_and_paid_reimport(account: Account, tmp_path: Path) -> None:
    s = Ledger(account, tmp_path)

    # Mon 2 November. Acme's INV-40001 (due 31 October) reaches the "due" stage: the reminder goes
    # to Dana in collections, copied to the controller, and not to the invoice-intake address.
    # Birchwood pays by direct debit, but INV-40011 is already overdue: that one is chased.
    # Copperleaf's INV-40020 falls due on 4 November: it gets the "upcoming" reminder.
    s.run("2026-11-02T10:00:00+00:00")
    first = written_to(s)
    assert set(first) == {DANA, BIRCH, COPPER}, set(first)
    acme = first[DANA][0]
    assert str(acme["Cc"]) == CONTROLLER and ACME_INTAKE not in str(acme["To"]) + str(acme.get("Cc", ""))
    assert "Dear Dana Whitfield" in body(acme)
    birch = body(first[BIRCH][0])
    assert "INV-40011" in birch and "INV-40010" not in birch, "autopay: nothing before INV-40010 is due"
    drafts = {d.message_id: d for d in s.store().drafts()}
    assert drafts[str(acme["Message-ID"])].cc == (CONTROLLER,)
    sent = {str(m["To"]): m for m in s.send_drafts()}

    # Copperleaf pays 400.00 of 640.00; Acme promises the rest of INV-40001 by 13 November.
    s.load(HEADER + "INV-40020,Copperleaf Studio,hello@copperleaf.example,640.00,USD,2026-10-05,2026-11-04,open,"
                    "240.00,Sam Okafor,,,\n")
    promise = reply(f"Dana Whitfield <{DANA}>", f"Re: {sent[DANA]['Subject']}",
                    "Hello,\n\nWe will pay INV-40001 in full by 13 November.\n\nKind regards,\nDana Whitfield\n",
                    datetime(2026, 11, 3, 9, 0, tzinfo=mf.when(3).tzinfo), "<dana-promise-1@acme-fab.example>",
                    sent[DANA])
    s.account.append("INBOX", promise)
    s.run("2026-11-03T10:00:00+00:00")
    assert s.store().account("INV-40001").hold == "promise"
    s.send_drafts()

    # Thu 5 November: the partly paid invoice's next reminder quotes what is left and what was received.
    s.run("2026-11-05T10:00:00+00:00")
    text = body(written_to(s)[COPPER][0])
    usd = {x: money(Decimal(x), "USD") for x in ("240.00", "640.00", "400.00")}
    assert f"INV-40020: {usd['240.00']} outstanding of {usd['640.00']} ({usd['400.00']} received)" in text, text
    assert f"{usd['640.00']} outstanding" not in text
    assert "we have not yet received payment in full" in text, "not 'no payment received' when some was"
    s.send_drafts()

    # Acme's payment reaches the ledger before its promised date: the import says balance 0.
    s.load(HEADER + "INV-40001,Acme Fabrication Ltd,invoices@acme-fab.example,1250.00,GBP,2026-10-01,2026-10-31,open,"
                    "0.00,Dana Whitfield,dana.whitfield@acme-fab.example,controller@acme-fab.example,\n")

    # Wed 11 November: INV-40010 is 3 days from due, the stage a customer without autopay gets.
    # Nothing is written to Acme again, promise or not.
    for day in ("2026-11-11T10:00:00+00:00", "2026-11-13T10:00:00+00:00", "2026-11-17T10:00:00+00:00",
                "2026-11-23T10:00:00+00:00", "2026-12-01T10:00:00+00:00"):
        s.run(day)
        written = written_to(s)
        assert DANA not in written, f"a paid invoice was chased on {day}"
        if day < "2026-11-15":
            for m in reminders(s.drafts()).values():
                assert "INV-40010" not in body(m), f"autopay customer chased before the due date on {day}"
        elif day.startswith("2026-11-17"):
            # Past its due date, the autopay customer's INV-40010 is chased like any other.
            assert "INV-40010" in body(written[BIRCH][0])
        s.send_drafts()
    a = s.store().account("INV-40001")
    assert a.hold == "closed" and a.promise is not None and a.promise.status == "kept"
    assert [e.kind for e in a.events][-1] == "paid"


def test_confirmed_payment_claim_gets_one_thank_you_unconfirmed_gets_remittance_request(
        account: Account, tmp_path: Path) -> None:
    s = Ledger(account, tmp_path)
    s.run("2026-11-02T10:00:00+00:00")
    sent = {str(m["To"]): m for m in s.send_drafts()}

    # Someone in Acme's finance team (not on file) says INV-40001 was paid; Copperleaf says the same
    # of INV-40020, but that payment will not show up.
    t3 = datetime(2026, 11, 3, 9, 0, tzinfo=mf.when(3).tzinfo)
    claim = reply("Priya Natarajan <priya.natarajan@acme-fab.example>", f"Re: {sent[DANA]['Subject']}",
                  "Dear Sir or Madam,\n\nINV-40001 was paid by bank transfer on 30 October.\n\nKind regards,\n"
                  "Priya Natarajan\n", t3, "<priya-paid-1@acme-fab.example>", sent[DANA])
    unconfirmed = reply(f"Sam Okafor <{COPPER}>", f"Re: {sent[COPPER]['Subject']}",
                        "Hi, INV-40020 has already been paid.\n\nSam\n", t3, "<copper-paid-1@copperleaf.example>",
                        sent[COPPER])
    s.account.append("INBOX", claim)
    s.account.append("INBOX", unconfirmed)
    s.run("2026-11-03T10:00:00+00:00")
    replies = {str(m["In-Reply-To"]): m for mid, m in s.drafts().items() if not mid.startswith("<ia-r-")}
    assert str(replies["<priya-paid-1@acme-fab.example>"]["To"]) == "priya.natarajan@acme-fab.example", \
        "a reply goes to whoever wrote"
    assert "remittance" in body(replies["<priya-paid-1@acme-fab.example>"]).lower()
    s.send_drafts()
    customer = s.store().customer("acme-fabrication-ltd")
    assert customer is not None and "priya.natarajan@acme-fab.example" not in customer.emails, \
        "a new sender is not put on file without a person"

    # Fri 6 November: the ledger shows Acme's payment. One thank-you, in reply to Priya's message.
    s.load(HEADER + "INV-40001,Acme Fabrication Ltd,invoices@acme-fab.example,1250.00,GBP,2026-10-01,2026-10-31,paid,"
                    ",Dana Whitfield,dana.whitfield@acme-fab.example,controller@acme-fab.example,\n")
    s.run("2026-11-06T10:00:00+00:00")
    thanks = [m for mid, m in s.drafts().items() if mid.startswith("<ia-t-")]
    assert len(thanks) == 1
    t = thanks[0]
    assert str(t["To"]) == "priya.natarajan@acme-fab.example" and t["Cc"] is None
    assert str(t["In-Reply-To"]) == "<priya-paid-1@acme-fab.example>"
    assert "<priya-paid-1@acme-fab.example>" in str(t["References"])
    assert str(t["Subject"]).startswith("Re: ")
    text = body(t)
    assert "Dear Priya Natarajan" in text and f"INV-40001: {money(Decimal('1250.00'), 'GBP')}" in text and "paid in full" in text
    assert "remittance" not in text.lower() and "overdue" not in text.lower()
    store = s.store()
    draft = store.draft(str(t["Message-ID"]))
    assert draft is not None and draft.kind == "paid_thanks" and draft.trigger == "<priya-paid-1@acme-fab.example>"
    assert store.conversation(draft.conversation).status == "closed"  # type: ignore[union-attr]
    a = store.account("INV-40001")
    assert a.hold == "closed" and a.pending == "" and a.claim == ""

    # Later passes write no second thank-you, whether or not the first was sent; nothing chases INV-40001.
    s.run("2026-11-09T10:00:00+00:00")
    assert len([mid for mid in s.drafts() if mid.startswith("<ia-t-")]) == 1
    # Copperleaf's claim was not confirmed within the 5 grace days: the polite remittance request.
    followups = [m for m in reminders(s.drafts()).values() if str(m["To"]) == COPPER]
    assert len(followups) == 1 and "remittance" in body(followups[0]).lower()
    assert "INV-40020" in body(followups[0])
    s.send_drafts()
    s.run("2026-11-10T10:00:00+00:00")
    assert not [mid for mid in s.drafts() if mid.startswith("<ia-t-")]
    assert all("INV-40001" not in body(m) for m in reminders(s.drafts()).values())


def test_new_sender_at_the_domain_is_answered_and_put_on_file_when_approved(account: Account, tmp_path: Path) -> None:
    s = Ledger(account, tmp_path)
    s.run("2026-11-02T10:00:00+00:00")
    sent = {str(m["To"]): m for m in s.send_drafts()}
    newcomer = "tom.baker@acme-fab.example"
    question = mf.message(sender=f"Tom Baker <{newcomer}>", to=mf.OURS, subject="Invoice INV-40001",
                          body="Hello,\n\nI have taken over payables from Dana. Could you send me a copy of "
                               "INV-40001?\n\nThanks,\nTom\n",
                          date=datetime(2026, 11, 3, 9, 0, tzinfo=mf.when(3).tzinfo), message_id="<tom-1@acme-fab.example>")
    uid = s.account.append("INBOX", question)
    s.run("2026-11-03T10:00:00+00:00")
    store = s.store()
    log = store.message("<tom-1@acme-fab.example>")
    assert log is not None and log.conversation, "threaded to Acme"
    assert store.conversation(log.conversation).customer == "acme-fabrication-ltd"  # type: ignore[union-attr]
    answer = [m for m in s.drafts().values() if str(m["In-Reply-To"]) == "<tom-1@acme-fab.example>"]
    assert len(answer) == 1 and str(answer[0]["To"]) == newcomer
    assert newcomer not in store.customer("acme-fabrication-ltd").emails  # type: ignore[union-attr]
    listing = s.cli("contacts", "list")
    assert f"{newcomer} (acme-fabrication-ltd): 1 message(s)" in listing
    assert f"reminders to: {DANA}; cc {CONTROLLER}" in listing
    s.send_drafts()

    # A person marks Tom's message with the approval keyword in their mail client.
    with s.account._client() as c:
        c.select_folder("INBOX")
        c.add_flags([uid], [APPROVE_SENDER.encode()])
    s.run("2026-11-04T10:00:00+00:00")
    customer = s.store().customer("acme-fabrication-ltd")
    assert customer is not None and newcomer in customer.emails
    assert [(c.role, c.source) for c in customer.contacts if c.address == newcomer] == [("other", "approved")]
    assert customer.name_of(newcomer) == "Tom Baker"
    flags = s.account.messages("INBOX")[uid][b"FLAGS"]
    assert SENDER_APPROVED.encode() in flags
    listing = s.cli("contacts", "list")
    assert f"other        {newcomer}  (Tom Baker; from approved)" in listing
    assert "not on file" not in listing

    # Approved as "other" it is answered, not chased. A person makes Tom the collections contact
    # from the command line; approval survives the next import of the invoices.
    out = s.cli("contacts", "approve", newcomer, "--role", "collections")
    assert f"{newcomer} is on file for Acme Fabrication Ltd [acme-fabrication-ltd] as collections" in out
    s.load(INVOICES)
    customer = s.store().customer("acme-fabrication-ltd")
    assert customer is not None and newcomer in customer.reminder_to and DANA in customer.reminder_to
    s.run("2026-11-09T10:00:00+00:00")  # INV-40001 reaches overdue-7
    acme = [m for m in reminders(s.drafts()).values() if newcomer in str(m["To"])]
    assert len(acme) == 1 and ACME_INTAKE not in str(acme[0]["To"]) and str(acme[0]["Cc"]) == CONTROLLER


def test_contacts_csv_gives_roles_and_names(account: Account, tmp_path: Path) -> None:
    s = Ledger(account, tmp_path)
    contacts = tmp_path / "contacts.csv"
    contacts.write_text("customer,email,role,name\n"
                        "Copperleaf Studio,finance@copperleaf.example,collections,Lee Ward\n"
                        "Copperleaf Studio,owner@copperleaf.example,cc,\n")
    assert "2 contact(s) for 1 customer(s)" in s.cli("contacts", "import", str(contacts))
    s.run("2026-11-02T10:00:00+00:00")
    copper = [m for m in reminders(s.drafts()).values() if "copperleaf" in str(m["To"])]
    assert len(copper) == 1
    assert str(copper[0]["To"]) == "finance@copperleaf.example" and str(copper[0]["Cc"]) == "owner@copperleaf.example"
    assert "Dear Lee Ward" in body(copper[0])
    # Re-importing the invoices keeps the contacts.csv roles.
    s.load(INVOICES)
    customer = s.store().customer("copperleaf-studio")
    assert customer is not None and customer.reminder_to == ("finance@copperleaf.example",)
    assert COPPER in customer.emails  # the invoice address stays on file: its mail is threaded


def test_send_mode_delivers_to_the_collections_contact_and_the_cc(account: Account, tmp_path: Path,
                                                                  smtp_sink: SmtpSink) -> None:
    s = Ledger(account, tmp_path, f"""
[smtp]
host = "127.0.0.1"
port = {smtp_sink.port}
security = "none"
timeout = 5
""", mode="send")
    (tmp_path / "rules").mkdir(exist_ok=True)
    (tmp_path / "rules" / "policy.toml").write_text('[send]\nintents = []\nsituations = ["reminder/neutral"]\n')
    s.run("2026-11-02T10:00:00+00:00")  # Acme's "due" stage is neutral: sent by the agent
    (envelope,) = smtp_sink.messages
    assert sorted(envelope.rcpt_tos) == sorted([DANA, CONTROLLER]) and ACME_INTAKE not in envelope.rcpt_tos
    sent = email.message_from_bytes(envelope.content, policy=email.policy.default)
    assert str(sent["To"]) == DANA and str(sent["Cc"]) == CONTROLLER
    (draft,) = [d for d in s.store().drafts() if d.customer == "acme-fabrication-ltd"]
    assert draft.status == "sent" and draft.cc == (CONTROLLER,)
