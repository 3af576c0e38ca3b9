"""Crash safety: the agent SIGKILLed at dozens of points of processing, restarted each time.

At the end, on the real Dovecot and SMTP sink: every message processed exactly once,
exactly one reply per message that needs one (a draft, or a message the agent sent),
nothing sent twice, no duplicate drafts or reminders, and a state file that loads.
"""

from __future__ import annotations

import email
import email.policy
import os
import signal
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

import mailfactory as mf
from conftest import Account, SmtpSink, write_config
from inboxagent import failpoints
from inboxagent.cli import main
from inboxagent.mail.mailbox import PROCESSED
from inboxagent.store import Store

ACME = "Dana Whitfield <ap@acme-fab.example>"
BIRCH = "Jo Soto <j.soto@birchwood-dental.example>"
COPPER = "Sam Okafor <hello@copperleaf.example>"
# What debtors write over two weeks. Questions the policy lets the agent answer itself.
QUESTIONS = [
    (COPPER, "quick one", "could you resend the bank details? want to pay this week"),
    (BIRCH, "INV-20502", "Could you send a copy of INV-20502? Our system rejected the first one."),
    (BIRCH, "statement", "Please send us a statement of account, our auditors need it."),
    (COPPER, "question", "What is the PO number on INV-20610? I need it for our books."),
    (ACME, "invoice copy", "Can you email me a PDF copy of INV-20432 please?"),
    (ACME, "bank details", "Have your bank details changed? We got a letter saying so and want to check."),
]
# Replies that get a draft for a person.
DRAFTED = [
    (ACME, "INV-20431", "Hi, this is approved and goes out in Friday's payment run."),
    (BIRCH, "Invoice INV-20501", "Hello, we were charged twice for the September order. Please check and credit one."),
    (ACME, "Re: INV-20432", "We will pay INV-20432 on the 12th."),
    (COPPER, "payment", "Can we split the $640 into two payments, half now and half on the 30th?"),
    (ACME, "Remittance", "We paid INV-20431 yesterday, reference ACME-88123."),
    (BIRCH, "INV-20501 dispute", "The price is wrong: we were quoted 1,900 EUR, not 2,200 EUR."),
    (COPPER, "Re: reminder", "Sorry! Will transfer it tomorrow morning."),
]
# Nothing to answer.
QUIET = [
    (ACME, "Automatic reply: INV-20432", "I am out of the office until Monday 9 November."),
    (COPPER, "INV-20610", "Thanks, got it."),
    (BIRCH, "Automatic reply", "Thank you for your email. The practice is closed until 16 November."),
    (BIRCH, "thanks", "Received with thanks."),
]
POINTS = ["after_fetch", "after_classify", "after_append", "after_send", "after_keywords"]


def message(n: int, point: str, when: datetime) -> email.message.EmailMessage:
    """The n-th message of the run: one that will reach `point` (a question before after_send,
    a reply that needs a draft before after_append), else any kind."""
    pool = QUESTIONS if point == "after_send" else DRAFTED if point == "after_append" else QUESTIONS + DRAFTED + QUIET
    sender, subject, text = pool[n % len(pool)]
    headers = {"Auto-Submitted": "auto-replied"} if subject.startswith("Automatic reply") else None
    return mf.message(sender=sender, to=mf.OURS, subject=subject, body=text + "\n", date=when,
                      message_id=f"<crash-{n}@{sender.split('@')[1].rstrip('>')}>", headers=headers)


def run(config: Path, now: str, failpoint: str | None) -> int:
    """`inboxagent run --once` in a child process forked from this one (everything already
    imported, so a run takes a fraction of a second), armed to SIGKILL itself at `failpoint`.
    Returns the child's exit status: 0, or -SIGKILL when the point was reached."""
    pid = os.fork()
    if pid == 0:  # the child: run the real command line, then leave without any cleanup
        code = 70
        try:
            failpoints.arm(failpoint)
            main(["run", "--once", "--config", str(config), "--now", now], standalone_mode=False)
            code = 0
        except BaseException:  # noqa: BLE001 - report through the exit status
            import traceback

            traceback.print_exc()
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    code = -os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)
    assert code in (0, -signal.SIGKILL), f"the agent failed (exit {code}) with {failpoint}"
    return code


def test_killed_at_fifty_points_nothing_is_lost_or_repeated(account: Account, smtp_sink: SmtpSink, tmp_path: Path) -> None:
    config = write_config(tmp_path, account, chasing=True, mode="send")
    config.write_text(config.read_text() + f'\n[smtp]\nhost = "127.0.0.1"\nport = {smtp_sink.port}\nsecurity = "none"\ntimeout = 5\n')
    (tmp_path / "rules").mkdir(exist_ok=True)
    (tmp_path / "rules" / "policy.toml").write_text('[send]\nintents = ["question"]\nsituations = ["reminder/friendly"]\n')
    (tmp_path / "invoices.csv").write_text(mf.INVOICES_CSV)
    main(["invoices", "import", str(tmp_path / "invoices.csv"), "--config", str(config)], standalone_mode=False)
    account.append("Sent", mf.reminder_acme(), flags=(b"\\Seen",))

    start = datetime(2026, 11, 2, 10, 0, tzinfo=timezone.utc)
    kills: Counter[str] = Counter()
    for i in range(80):  # until 52 kills: each run gets new mail, and most are cut short
        day = start + timedelta(days=min(i // 6, 13), hours=i % 6)
        point = POINTS[i % len(POINTS)]
        account.append("INBOX", message(i, point, day - timedelta(minutes=30)))
        if run(config, day.isoformat(), f"{point}:1") == -signal.SIGKILL:
            kills[point] += 1
        if sum(kills.values()) >= 52:
            break
    assert sum(kills.values()) >= 50 and len(kills) == len(POINTS), f"kills: {dict(kills)}"
    for _ in range(2):
        assert run(config, (start + timedelta(days=14)).isoformat(), None) == 0

    store = Store(tmp_path / "state.json")  # loads: the state file survived every kill
    logs = {m.key: m for m in store.messages()}
    inbox = account.messages("INBOX")
    for item in inbox.values():
        mid = email.message_from_bytes(item[b"BODY[]"])["Message-ID"]
        assert PROCESSED.encode() in item[b"FLAGS"], f"{mid} not marked processed"
        assert mid in logs, f"{mid} has no record"
    drafts = [email.message_from_bytes(i[b"BODY[]"], policy=email.policy.default) for i in account.messages("Drafts").values()]
    sent_out = [email.message_from_bytes(e.original_content, policy=email.policy.default) for e in smtp_sink.messages]
    ids = Counter(str(m["Message-ID"]) for m in drafts + sent_out)
    assert not [mid for mid, n in ids.items() if n > 1], "a draft or a send exists twice"
    replies = Counter(str(m["In-Reply-To"]) for m in drafts + sent_out if not str(m["Message-ID"]).startswith("<ia-r-"))
    for key, log in logs.items():
        if log.outcome == "ours":
            continue
        expected = 1 if log.draft else 0
        assert replies.get(key, 0) == expected, f"{key} ({log.intent}, {log.outcome}): {replies.get(key, 0)} replies"
    assert any(d.status in ("sent", "unknown") for d in store.drafts()), "the kill loop must include sends"
    assert len({d.message_id for d in store.drafts() if d.kind != "reply"}) >= 3, "reminders were written meanwhile"
