"""Weeks of dunning replayed with --now against a real Dovecot (and aiosmtpd for send mode).

Reminders at the configured stages, one per customer per stage; a promise pauses them and
its breaking brings a firmer follow-up that cites it; a dispute stops everything on its
invoice until resolved; an out-of-office moves the next contact; an opt-out ends contact;
the weekly cap, one-a-day and quiet hours hold; send mode sends exactly once across a kill.
"""

from __future__ import annotations

import email
import email.policy
import os
import signal
import subprocess
import sys
from collections import defaultdict
from datetime import datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest

import mailfactory as mf
from conftest import ROOT, Account, cli, SmtpSink, write_config
from inboxagent.mail.mailbox import NEEDS_PERSON
from inboxagent.store import Store

INVOICES = """\
number,customer,email,amount,currency,issued,due,status,balance,contact_name
INV-30001,Acme Fabrication Ltd,ap@acme-fab.example,1250.00,GBP,2026-10-01,2026-10-31,open,,Dana Whitfield
INV-30002,Acme Fabrication Ltd,ap@acme-fab.example,480.00,GBP,2026-10-10,2026-11-09,open,,Dana Whitfield
INV-30010,Birchwood Dental Care,office@birchwood-dental.example,2200.00,EUR,2026-09-20,2026-10-20,open,,
INV-30011,Birchwood Dental Care,office@birchwood-dental.example,310.00,EUR,2026-10-15,2026-11-14,open,,
INV-30020,Copperleaf Studio,hello@copperleaf.example,640.00,USD,2026-10-05,2026-11-04,open,,Sam Okafor
"""
ACME, BIRCH, COPPER = "ap@acme-fab.example", "office@birchwood-dental.example", "hello@copperleaf.example"


class Scenario:
    def __init__(self, account: Account, workdir: Path, extra: str = "", **agent: str) -> None:
        self.account = account
        self.config = write_config(workdir, account, chasing=True, **agent)
        self.config.write_text(self.config.read_text() + extra)
        (workdir / "invoices.csv").write_text(INVOICES)
        self.cli("invoices", "import", str(workdir / "invoices.csv"))
        self.state = workdir / "state.json"

    def cli(self, *args: str, now: str | None = None) -> str:
        return cli(*args, "--config", str(self.config), *(("--now", now) if now else ()))

    def run(self, now: str) -> str:
        return self.cli("run", "--once", now=now)

    def drafts(self) -> dict[str, EmailMessage]:
        """Message-ID -> message, for everything in Drafts."""
        out = {}
        for item in self.account.messages("Drafts").values():
            msg = email.message_from_bytes(item[b"BODY[]"], policy=email.policy.default)
            out[str(msg["Message-ID"])] = msg
        return out

    def send_drafts(self) -> list[EmailMessage]:
        """What a person does in their mail client: send every draft (it lands in Sent)."""
        sent = []
        with self.account._client() as c:
            c.select_folder("Drafts")
            uids = c.search(["ALL"])
            for uid, item in (c.fetch(uids, ["BODY.PEEK[]"]) if uids else {}).items():
                c.append("Sent", item[b"BODY[]"], flags=(b"\\Seen",))
                sent.append(email.message_from_bytes(item[b"BODY[]"], policy=email.policy.default))
            if uids:
                c.delete_messages(uids)
                c.expunge()
        return sent

    def store(self) -> Store:
        return Store(self.state)


def body(msg: EmailMessage) -> str:
    part = msg.get_body(("plain",))
    assert part is not None
    return str(part.get_content())


def reply(sender: str, subject: str, text: str, when: datetime, mid: str, parent: EmailMessage | None = None,
          headers: dict[str, str] | None = None) -> EmailMessage:
    return mf.message(sender=sender, to=mf.OURS, subject=subject, body=text, date=when, message_id=mid,
                      in_reply_to=str(parent["Message-ID"]) if parent else None,
                      references=[str(parent["Message-ID"])] if parent else None, headers=headers)


def reminders(drafts: dict[str, EmailMessage]) -> dict[str, EmailMessage]:
    return {mid: m for mid, m in drafts.items() if mid.startswith("<ia-r-")}


def by_recipient(msgs: dict[str, EmailMessage]) -> dict[str, EmailMessage]:
    out = {}
    for m in msgs.values():
        assert str(m["To"]) not in out, f"two messages to {m['To']} at once"
        out[str(m["To"])] = m
    return out


def test_weeks_of_dunning(account: Account, tmp_path: Path) -> None:
    s = Scenario(account, tmp_path)

    # Mon 2 November: one reminder per customer, at the stage each has reached.
    s.run("2026-11-02T10:00:00+00:00")
    first = by_recipient(reminders(s.drafts()))
    assert set(first) == {ACME, BIRCH, COPPER}
    assert "INV-30001" in str(first[ACME]["Subject"]) and "INV-30002" not in body(first[ACME]), "INV-30002 is not due yet"
    assert "£1,250.00" in body(first[ACME])
    assert "€2,200.00" in body(first[BIRCH]) and "INV-30011" not in body(first[BIRCH])
    assert "$640.00" in body(first[COPPER])
    for m in first.values():
        assert m["From"] == "Northwind Accounts <accounts@northwind-supplies.example>"
        assert "Auto-Submitted" not in m, "a draft a person sends is not auto-submitted"
        assert "stop" in body(m).lower() or "rather not" in body(m).lower(), "every reminder says how to opt out"
    accounts = {a.number: a for a in s.store().accounts()}
    assert (accounts["INV-30001"].stage, accounts["INV-30010"].stage, accounts["INV-30020"].stage) == ("due", "overdue-7", "upcoming")
    assert "INV-30002" not in accounts or accounts["INV-30002"].stage is None
    s.run("2026-11-02T15:00:00+00:00")
    assert len(reminders(s.drafts())) == 3, "a second pass the same day writes nothing new"

    sent = {str(m["To"]): m for m in s.send_drafts()}  # the team sends them as they are

    # Tue 3 November: Acme promises, Birchwood disputes, Copperleaf is away.
    t3 = datetime(2026, 11, 3, 9, 12, tzinfo=mf.when(3).tzinfo)
    promise = reply(f"Dana Whitfield <{ACME}>", f"Re: {sent[ACME]['Subject']}",
                    "Hi,\n\nSorry for the delay - we will pay INV-30001 on Friday.\n\nDana\n", t3,
                    "<acme-promise-1@mail.acme-fab.example>", sent[ACME])
    dispute = reply(f"Jo Soto <{BIRCH}>", f"Re: {sent[BIRCH]['Subject']}",
                    "Dear Sir or Madam,\n\nWe dispute INV-30010: we were charged twice for the same order, "
                    "which we paid in September. Please cancel it.\n\nKind regards,\nJo Soto\n",
                    t3 + timedelta(minutes=5), "<birch-dispute-1@birchwood-dental.example>", sent[BIRCH])
    away = reply(f"Sam Okafor <{COPPER}>", f"Automatic reply: {sent[COPPER]['Subject']}",
                 "I am out of the office until Monday 16 November with no access to email.\n",
                 t3 + timedelta(minutes=9), "<ooo-copper-1@copperleaf.example>", sent[COPPER],
                 headers={"Auto-Submitted": "auto-replied"})
    for m in (promise, dispute, away):
        s.account.append("INBOX", m)
    s.run("2026-11-03T10:00:00+00:00")
    replies = {str(m["In-Reply-To"]): m for mid, m in s.drafts().items() if not mid.startswith("<ia-r-")}
    assert set(replies) == {str(promise["Message-ID"]), str(dispute["Message-ID"])}, "no reply to the out-of-office"
    assert replies[str(promise["Message-ID"])]["To"] == ACME
    assert body(replies[str(promise["Message-ID"])]).startswith("Hi Dana,"), "Dana wrote informally"
    assert body(replies[str(dispute["Message-ID"])]).startswith("Dear"), "Birchwood wrote formally"
    accounts = {a.number: a for a in s.store().accounts()}
    assert accounts["INV-30001"].hold == "promise" and str(accounts["INV-30001"].hold_until) == "2026-11-08"
    assert accounts["INV-30010"].hold == "dispute"
    assert str(s.store().contact(COPPER).away_until) == "2026-11-16"
    flags = {email.message_from_bytes(i[b"BODY[]"])["Message-ID"]: i[b"FLAGS"] for i in s.account.messages("INBOX").values()}
    assert NEEDS_PERSON.encode() in flags[str(dispute["Message-ID"])], "a dispute is flagged for a person"
    s.send_drafts()

    # Thu 5 November: Copperleaf's invoice is due, but they are away: nothing goes.
    s.run("2026-11-05T10:00:00+00:00")
    assert reminders(s.drafts()) == {}

    # Tue 10 November: the promise (Friday 6th, +2 days' grace) is broken: a firmer follow-up
    # that cites it, in Dana's thread. INV-30002 is due too, but one message a day.
    s.run("2026-11-10T10:00:00+00:00")
    (follow_up,) = reminders(s.drafts()).values()
    assert follow_up["To"] == ACME
    assert str(promise["Message-ID"]) in str(follow_up["References"]), "in Dana's thread (after our sent reply)"
    text = body(follow_up)
    assert "6 November" in text and "3 November" in text and "INV-30001" in text
    assert "> Sorry for the delay - we will pay INV-30001 on Friday." in text, "it quotes Dana's message"
    accounts = {a.number: a for a in s.store().accounts()}
    assert accounts["INV-30001"].tone == "firm" and accounts["INV-30001"].promise.status == "broken"  # type: ignore[union-attr]
    s.send_drafts()

    # Wed 11 November: Acme's INV-30002 reminder; Birchwood's upcoming INV-30011, never the disputed INV-30010.
    s.run("2026-11-11T10:00:00+00:00")
    day11 = by_recipient(reminders(s.drafts()))
    assert set(day11) == {ACME, BIRCH}
    assert "INV-30002" in body(day11[ACME]) and "INV-30001" not in str(day11[ACME]["Subject"])
    assert "INV-30011" in body(day11[BIRCH]) and "INV-30010" not in body(day11[BIRCH])
    s.send_drafts()
    out = s.cli("status", now="2026-11-11T10:05:00+00:00")
    assert "open disputes: 1" in out and "INV-30010" in out and "broken promises: 1" in out

    # The dispute is settled; chasing resumes at INV-30010's latest stage.
    assert "cleared" in s.cli("resolve", "INV-30010", "--note", "duplicate checked: not a duplicate", now="2026-11-11T16:00:00+00:00")
    s.run("2026-11-12T10:00:00+00:00")
    (resumed,) = reminders(s.drafts()).values()
    assert resumed["To"] == BIRCH and "INV-30010" in body(resumed)
    assert {a.number: a for a in s.store().accounts()}["INV-30010"].stage == "overdue-14"
    s.send_drafts()

    # Saturday and a late Monday evening: nothing goes; Tuesday morning it does.
    s.run("2026-11-14T10:00:00+00:00")
    s.run("2026-11-16T21:30:00+00:00")
    assert reminders(s.drafts()) == {}
    s.run("2026-11-17T10:00:00+00:00")
    day17 = by_recipient(reminders(s.drafts()))
    assert set(day17) == {ACME, BIRCH, COPPER}, "Copperleaf is back; Acme's next stage; Birchwood's INV-30011 fell due on Saturday"
    assert "INV-30011" in str(day17[BIRCH]["Subject"]) and "INV-30020" in body(day17[COPPER])
    s.send_drafts()

    # Wed 18 November: Copperleaf asks us to stop. No reply, flagged, and never another reminder.
    stop = reply(f"Sam Okafor <{COPPER}>", "Re: your emails",
                 "Please stop emailing me about this. Our accountant will be in touch.\n",
                 datetime(2026, 11, 18, 8, 30, tzinfo=mf.when(3).tzinfo), "<copper-stop-1@copperleaf.example>")
    s.account.append("INBOX", stop)
    for day in ("2026-11-18T10:00:00+00:00", "2026-11-19T10:00:00+00:00", "2026-11-25T10:00:00+00:00",
                "2026-12-04T10:00:00+00:00", "2026-12-08T10:00:00+00:00"):
        s.run(day)
        assert COPPER not in [str(m["To"]) for m in s.drafts().values()], f"wrote to an opted-out address on {day}"
        s.send_drafts()
    assert s.store().contact(COPPER).opted_out
    flags = {email.message_from_bytes(i[b"BODY[]"])["Message-ID"]: i[b"FLAGS"] for i in s.account.messages("INBOX").values()}
    assert NEEDS_PERSON.encode() in flags[str(stop["Message-ID"])]
    assert "1 opted out" in s.cli("status", now="2026-12-08T11:00:00+00:00")

    # Over the whole month: at most 3 automated messages per customer in any 7 days, one a day.
    written: dict[str, list[datetime]] = defaultdict(list)
    for d in s.store().drafts():
        if d.kind != "reply":
            written[d.customer].append(d.created)
    for customer, moments in written.items():
        moments.sort()
        days = [m.date() for m in moments]
        assert len(days) == len(set(days)), f"{customer}: two automated messages on one day"
        for i, m in enumerate(moments):
            assert sum(1 for x in moments[i:] if x < m + timedelta(days=7)) <= 3, f"{customer}: more than 3 in 7 days"
    assert any(d.kind == "reminder" and d.stage == "final" for d in s.store().drafts()), "the final stage is reached"


def test_preview_shows_the_next_message_and_when(account: Account, tmp_path: Path) -> None:
    s = Scenario(account, tmp_path)
    out = s.cli("preview", "Copperleaf Studio", now="2026-10-20T10:00:00+00:00")
    assert "next: reminder upcoming (friendly)" in out and "to: hello@copperleaf.example" in out
    assert "2026" in out and "Subject:" in out and "$640.00" in out
    s.run("2026-11-02T10:00:00+00:00")
    out = s.cli("preview", "INV-30001", now="2026-11-02T11:00:00+00:00")
    assert "next: reminder overdue-7 (firm)" in out, out


# ---- send mode: exactly once, even when killed ------------------------------------------------

def send_scenario(account: Account, tmp_path: Path, sink: SmtpSink) -> Scenario:
    s = Scenario(account, tmp_path, f"""
[smtp]
host = "127.0.0.1"
port = {sink.port}
security = "none"
timeout = 5
""", mode="send")
    (tmp_path / "rules").mkdir(exist_ok=True)
    (tmp_path / "rules" / "policy.toml").write_text('[send]\nintents = []\nsituations = ["reminder/friendly"]\n')
    return s


def run_killed(s: Scenario, sink: SmtpSink, now: str, at: str) -> None:
    """Run the agent in its own process and have the SMTP server kill it (SIGKILL) at RCPT or DATA."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    with subprocess.Popen([sys.executable, "-m", "inboxagent", "run", "--once", "--config", str(s.config),
                           "--now", now], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT) as proc:
        sink.handler.kill_at = (at, proc.pid)
        try:
            output, _ = proc.communicate(timeout=60)
        finally:
            sink.handler.kill_at = None
    assert proc.returncode == -signal.SIGKILL, output.decode()


@pytest.mark.parametrize("at", ["rcpt", "data"])
def test_send_mode_sends_exactly_once_across_a_kill(account: Account, tmp_path: Path, smtp_sink: SmtpSink, at: str) -> None:
    s = send_scenario(account, tmp_path, smtp_sink)
    # Thu 29 October: Acme's INV-30001 is two days from due, a friendly reminder the policy
    # lets the agent send; Birchwood's firm overdue notice stays a draft.
    s.run("2026-10-29T10:00:00+00:00")
    assert [e.rcpt_tos for e in smtp_sink.messages] == [[ACME]]
    assert [str(m["To"]) for m in reminders(s.drafts()).values()] == [BIRCH]
    # Mon 2 November: Copperleaf's friendly "upcoming" reminder is sent by a process killed mid-send.
    run_killed(s, smtp_sink, "2026-11-02T10:00:00+00:00", at)
    delivered = [e for e in smtp_sink.messages if COPPER in e.rcpt_tos]
    assert len(delivered) == (0 if at == "rcpt" else 1)
    for _ in range(2):
        s.run("2026-11-02T10:30:00+00:00")
    copper = [e for e in smtp_sink.messages if COPPER in e.rcpt_tos]
    assert len(copper) == 1, "sent exactly once"
    sent_copies = [m for m in s.account.messages("Sent").values() if COPPER.encode() in m[b"BODY[]"]]
    stored = [d for d in s.store().drafts() if d.customer == "copperleaf-studio" and d.kind == "reminder"]
    assert len(stored) == 1
    if at == "rcpt":
        # Killed before the message went: finished at the next pass, filed in Sent.
        assert stored[0].status == "sent" and len(sent_copies) == 1
        raw = email.message_from_bytes(copper[0].content, policy=email.policy.default)
        assert raw["Auto-Submitted"] == "auto-generated" and raw["Message-ID"] == stored[0].message_id
    else:
        # Killed after the server took it: never sent again, and the team is told.
        assert stored[0].status == "unknown"
        assert "not sent again" in (s.store().fact("last_error") or "")
    # Acme's friendly reminder went once; the firmer reminders are not in the policy: drafts only.
    assert sorted(r for e in smtp_sink.messages for r in e.rcpt_tos) == [ACME, COPPER]



def test_extension_payment_claim_question_and_bounce(account: Account, tmp_path: Path) -> None:
    pdf = tmp_path / "INV-30020.pdf"
    pdf.write_bytes(b"%PDF-1.4\n% invoice INV-30020\n%%EOF\n")
    s = Scenario(account, tmp_path)
    extra = tmp_path / "more.csv"
    extra.write_text("number,customer,email,amount,currency,issued,due,pdf\n"
                     f"INV-30020,Copperleaf Studio,{COPPER},640.00,USD,2026-10-05,2026-11-04,{pdf}\n"
                     "INV-30030,Dunmore Joinery,accounts@dunmore-joinery.example,900.00,GBP,2026-10-01,2026-10-25,\n")
    s.cli("invoices", "import", str(extra))
    s.run("2026-11-02T10:00:00+00:00")
    sent = {str(m["To"]): m for m in s.send_drafts()}
    assert set(sent) == {ACME, BIRCH, COPPER, "accounts@dunmore-joinery.example"}

    t3 = datetime(2026, 11, 3, 9, 0, tzinfo=mf.when(3).tzinfo)
    ask = reply(f"Dana Whitfield <{ACME}>", f"Re: {sent[ACME]['Subject']}",
                "Hi, cash is tight this month after a customer paid late. Could we have until 20 November "
                "to pay INV-30001?\n\nThanks,\nDana\n", t3, "<acme-ask-1@mail.acme-fab.example>", sent[ACME])
    paid = reply(f"Jo Soto <{BIRCH}>", f"Re: {sent[BIRCH]['Subject']}",
                 "Dear Sir or Madam,\n\nINV-30010 was paid by bank transfer on 30 October.\n\nKind regards,\nJo Soto\n",
                 t3, "<birch-paid-1@birchwood-dental.example>", sent[BIRCH])
    question = reply(f"Sam Okafor <{COPPER}>", f"Re: {sent[COPPER]['Subject']}",
                     "Could you send us a copy of the invoice? I can't find it in our system.\n\nSam\n",
                     t3, "<copper-q-1@copperleaf.example>", sent[COPPER])
    bounce = mf.message(sender="Mail Delivery System <MAILER-DAEMON@mx.dunmore-joinery.example>", to=mf.OURS,
                        subject="Undelivered Mail Returned to Sender", date=t3, message_id="<bounce-1@mx.example>",
                        headers={"X-Failed-Recipients": "accounts@dunmore-joinery.example"},
                        body="This is the mail system. Your message to <accounts@dunmore-joinery.example> "
                             "could not be delivered: user unknown.\n")
    for m in (ask, paid, question, bounce):
        s.account.append("INBOX", m)
    s.run("2026-11-03T10:00:00+00:00")
    replies = {str(m["In-Reply-To"]): m for mid, m in s.drafts().items() if not mid.startswith("<ia-r-")}
    assert set(replies) == {str(ask["Message-ID"]), str(paid["Message-ID"]), str(question["Message-ID"])}
    offer = body(replies[str(ask["Message-ID"])])
    assert "20 November" in offer and "INV-30001" in offer
    assert "remittance" in body(replies[str(paid["Message-ID"])]).lower()
    answer = replies[str(question["Message-ID"])]
    assert [p.get_filename() for p in answer.iter_attachments()] == ["INV-30020.pdf"]
    assert s.store().contact("accounts@dunmore-joinery.example").undeliverable
    store = s.store()
    drafts = {d.trigger: d for d in store.drafts()}
    assert drafts[str(ask["Message-ID"])].template == "reply/extension_offer.txt"

    # The team sends the offer as written: the agreed date now holds INV-30001's reminders.
    s.send_drafts()
    s.run("2026-11-04T10:00:00+00:00")
    a = {x.number: x for x in s.store().accounts()}
    assert a["INV-30001"].hold == "extension" and str(a["INV-30001"].hold_until) == "2026-11-22"
    assert any(e.kind == "extension_agreed" for e in a["INV-30001"].events)

    # Mon 9 November: Birchwood's payment has not shown up: a polite request for the details.
    # Dunmore's address bounced: nothing goes to it.
    s.run("2026-11-09T10:00:00+00:00")
    day9 = by_recipient(reminders(s.drafts()))
    assert set(day9) == {ACME, BIRCH, COPPER}
    assert "remittance" in body(day9[BIRCH]).lower() and "INV-30010" in body(day9[BIRCH])
    assert "INV-30002" in str(day9[ACME]["Subject"]) and "INV-30001" not in str(day9[ACME]["Subject"]), "INV-30001 is held"
    s.send_drafts()

    # The ledger confirms the payment: INV-30010 is closed and never chased again.
    closing = tmp_path / "paid.csv"
    closing.write_text("number,customer,email,amount,currency,issued,due,status\n"
                       f"INV-30010,Birchwood Dental Care,{BIRCH},2200.00,EUR,2026-09-20,2026-10-20,paid\n")
    s.cli("invoices", "import", str(closing))
    for day in ("2026-11-10T10:00:00+00:00", "2026-11-19T10:00:00+00:00", "2026-11-20T10:00:00+00:00"):
        s.run(day)
        assert all("INV-30010" not in body(m) for m in reminders(s.drafts()).values())
        s.send_drafts()
    assert {x.number: x for x in s.store().accounts()}["INV-30010"].hold == "closed"

    # Mon 23 November: the agreed 20 November has passed (plus grace) with INV-30001 unpaid.
    s.run("2026-11-23T10:00:00+00:00")
    acme = [m for m in reminders(s.drafts()).values() if m["To"] == ACME]
    assert len(acme) == 1 and "20 November" in body(acme[0]) and "INV-30001" in body(acme[0])
    assert "1 undeliverable" in s.cli("status", now="2026-11-23T11:00:00+00:00")


def test_a_dispute_about_one_invoice_of_a_statement_holds_only_that_one(account: Account, tmp_path: Path) -> None:
    s = Scenario(account, tmp_path)
    same_day = tmp_path / "same.csv"  # both of Acme's invoices fall due on 31 October: one statement
    same_day.write_text("number,customer,email,amount,currency,issued,due\n"
                        f"INV-30002,Acme Fabrication Ltd,{ACME},480.00,GBP,2026-10-10,2026-10-31\n")
    s.cli("invoices", "import", str(same_day))
    s.run("2026-11-02T10:00:00+00:00")
    (statement,) = [m for m in s.send_drafts() if m["To"] == ACME]
    assert "INV-30001" in body(statement) and "INV-30002" in body(statement)
    dispute = reply(f"Dana Whitfield <{ACME}>", f"Re: {statement['Subject']}",
                    "Hi, INV-30002 is wrong - we never received the second delivery. The other one is fine.\n\nDana\n",
                    datetime(2026, 11, 3, 12, 0, tzinfo=mf.when(3).tzinfo), "<acme-d2@mail.acme-fab.example>", statement)
    s.account.append("INBOX", dispute)
    s.run("2026-11-03T14:00:00+00:00")
    a = {x.number: x for x in s.store().accounts()}
    assert a["INV-30002"].hold == "dispute" and a["INV-30001"].hold == "", "only the invoice named in the reply"
    (ack,) = [m for mid, m in s.drafts().items() if not mid.startswith("<ia-r-")]
    assert "INV-30002" in body(ack) and "INV-30001" not in body(ack).split("wrote:")[0]
    out = s.cli("status", now="2026-11-03T15:00:00+00:00")
    assert "for a person: 1 message(s)" in out, "a drafted dispute waits for a person"
    s.send_drafts()
    s.run("2026-11-09T10:00:00+00:00")  # INV-30001 reaches overdue-7 and is chased; INV-30002 is not
    (chase,) = [m for m in reminders(s.drafts()).values() if m["To"] == ACME]
    assert "INV-30001" in body(chase) and "INV-30002" not in str(chase["Subject"])
