"""`inboxagent demo` as a user runs it: the real command in a subprocess, on its embedded pymap server and SMTP sink."""

from __future__ import annotations

import email
import email.policy
import os
import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path

import pytest
from imapclient import IMAPClient

from inboxagent.demo import scenario

# The sample replies that need an answer, by the intent the agent must read in them.
NEEDS_REPLY = {
    "promise_to_pay": "mail/2-promise-harbour-lane.eml",
    "dispute": "mail/2-dispute-orchard-vale.eml",
    "question": "mail/3-question-orchard-vale.eml",
    "already_paid": "mail/3-already-paid-kestrel.eml",
    "extension_request": "mail/4-extension-fenwick.eml",
}
MACHINES = {"out-of-office": "mail/1-out-of-office-fenwick.eml", "bounce": "mail/1-bounce-kestrel.eml"}
DEMO_TIMEOUT = 120


@dataclass
class Block:
    """One message the demo printed: its title line, headers and text."""

    title: str
    headers: dict[str, str] = field(default_factory=dict)
    body: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(self.body)


def blocks(output: str) -> list[Block]:
    found: list[Block] = []
    current: Block | None = None
    in_body = False
    for line in output.splitlines():
        if line.startswith("  .- "):
            current, in_body = Block(line[5:]), False
            found.append(current)
        elif current is not None and line.startswith("  '-"):
            current = None
        elif current is not None and line.startswith("  |"):
            content = line[4:]
            if not in_body and not content:
                in_body = True
            elif in_body:
                current.body.append(content)
            else:
                name, _, value = content.partition(":")
                current.headers[name] = value.strip()
    return found


def readings(output: str) -> dict[str, dict[str, str]]:
    """What the agent read in each message ("  * sender: 'subject'" and its indented fields), by subject."""
    found: dict[str, dict[str, str]] = {}
    current: dict[str, str] | None = None
    for line in output.splitlines():
        m = re.match(r"^  \* (\S+@\S+): '(.*)'$", line)
        if m:
            current = found.setdefault(m.group(2), {"from": m.group(1)})
            continue
        f = re.match(r"^      (intent|read|threaded|outcome|why): +(.*)$", line)
        if current is not None and f:
            current[f.group(1)] = f.group(2)
        elif not line.startswith("      "):
            current = None
    return found


def subject_of(name: str) -> str:
    return str(email.message_from_bytes(scenario.sample(name), policy=email.policy.default)["Subject"])


def demo_env(tmp: Path) -> dict[str, str]:
    env = dict(os.environ, PYTHONUNBUFFERED="1", TMPDIR=str(tmp))
    env.pop("INBOXAGENT_CONFIG", None)
    return env


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[subprocess.CompletedProcess[str], Path]]:
    tmp = tmp_path_factory.mktemp("demo-tmp")
    result = subprocess.run([sys.executable, "-m", "inboxagent", "demo"], capture_output=True, text=True,
                            timeout=DEMO_TIMEOUT, env=demo_env(tmp), cwd=tmp)
    yield result, tmp


@pytest.fixture(scope="module")
def output(demo_run: tuple[subprocess.CompletedProcess[str], Path]) -> str:
    result, _ = demo_run
    assert result.returncode == 0, f"exit {result.returncode}\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result.stdout


def test_demo_exits_0_and_cleans_up(demo_run: tuple[subprocess.CompletedProcess[str], Path], output: str) -> None:
    result, tmp = demo_run
    assert "Traceback" not in result.stderr, result.stderr
    assert list(tmp.iterdir()) == [], "the demo's temporary folder (config, state, log) is removed at the end"
    assert "$ inboxagent run --once --now 2026-11-02T09:00" in output, "the real commands are shown as run"


def test_a_threaded_draft_for_each_reply_that_needs_one(output: str) -> None:
    drafts = [b for b in blocks(output) if b.title.startswith("Drafts UID")]
    # The replies, not the thank-you that answers the "already paid" once the ledger shows it.
    by_parent = {b.headers.get("In-Reply-To"): b for b in drafts if "thank-you" not in b.title}
    read = readings(output)
    for intent, name in NEEDS_REPLY.items():
        mid = scenario.message_id(name)
        assert read[subject_of(name)]["intent"].startswith(intent), (intent, read[subject_of(name)])
        assert read[subject_of(name)]["outcome"].startswith("a reply drafted"), read[subject_of(name)]
        draft = by_parent.get(mid)
        assert draft is not None, f"no draft answering the {intent} reply {mid}"
        assert draft.headers["From"] == scenario.FROM
        assert draft.headers["Subject"].startswith("Re: ")
        assert draft.headers["To"] == read[subject_of(name)]["from"], "the reply goes to the debtor who wrote"
        assert "\\Draft" in draft.title
    bodies = {intent: by_parent[scenario.message_id(name)] for intent, name in NEEDS_REPLY.items()}
    assert "Friday 6 November 2026" in bodies["promise_to_pay"].text, "the promised Friday, as a date"
    assert "£840.00" in bodies["promise_to_pay"].text
    assert read[subject_of(NEEDS_REPLY["promise_to_pay"])]["read"] == "date Friday 6 November 2026, amount £840.00"
    assert "on hold" in bodies["dispute"].text and "INV-4103" in bodies["dispute"].text
    assert bodies["question"].headers["Attached"] == "INV-4104.pdf", "the invoice PDF on file answers the question"
    assert "remittance" in bodies["already_paid"].text
    assert "Friday 4 December 2026" in bodies["extension_request"].text, "the offer names the date Tom asked for"


def test_the_dispute_reply_names_only_the_disputed_invoice(output: str) -> None:
    mid = scenario.message_id(NEEDS_REPLY["dispute"])
    draft = next(b for b in blocks(output) if b.headers.get("In-Reply-To") == mid)
    assert "INV-4104" not in draft.text


def test_no_reply_to_the_out_of_office_or_the_bounce(output: str) -> None:
    parents = {b.headers.get("In-Reply-To") for b in blocks(output)}
    read = readings(output)
    for kind, name in MACHINES.items():
        assert scenario.message_id(name) not in parents, f"the {kind} was answered"
        assert read[subject_of(name)]["intent"].startswith("ignore"), read[subject_of(name)]
        assert read[subject_of(name)]["outcome"] == "no reply", read[subject_of(name)]
    assert "accounts@fenwick-joinery.example is away until Monday 9 November 2026" in output
    assert "d.marsh@kestrel-logistics.example is now marked undeliverable" in output
    later = [b for b in blocks(output) if b.title.startswith("Drafts UID")]
    assert not any("d.marsh" in b.headers.get("To", "") for b in later), "a bounced address is never written to"


def test_reminders_by_stage_and_the_friendly_ones_sent(output: str) -> None:
    sent = [b for b in blocks(output) if b.title.endswith("(SMTP envelope)")]
    assert len(sent) == 4, "one friendly reminder per customer goes out over SMTP by itself"
    assert all(b.headers["Auto-Submitted"] == "auto-generated" for b in sent)
    assert all("Reminder: invoice" in b.headers["Subject"] or "Reminder: invoices" in b.headers["Subject"]
               for b in sent)
    table = output.split("The month in reminders, by stage", 1)[1].split("What the agent knows now", 1)[0]
    stages = re.findall(r"^  (\S.*)$", table, re.M)
    assert stages[:2] == ["reminder, stage upcoming (friendly)", "reminder, stage due (neutral)"], stages
    for label in ("broken promise follow-up (firm)", "reminder, stage overdue-7 (firm)",
                  "reminder, stage overdue-14 (firm)", "reminder, stage final (final)"):
        assert label in stages, (label, stages)
    due = table.split("reminder, stage due (neutral)", 1)[1].split("broken promise", 1)[0]
    assert "Orchard Vale Veterinary Practice   INV-4104 " in due, "the undisputed invoice is still chased"
    upcoming = table.split("reminder, stage upcoming (friendly)", 1)[1].split("reminder, stage due", 1)[0]
    assert upcoming.count(" sent") == 4
    final = table.split("reminder, stage final (final)", 1)[1]
    assert "Harbour Lane Bakery" in final and "Fenwick" not in final, "an agreed extension holds the final notice"
    assert "INV-4103" not in final, "a disputed invoice is never chased"
    assert "next: reminder due (neutral), Tuesday 10 November 2026" in output, "held while the contact is away"


def test_the_month_ends_with_the_status(output: str) -> None:
    status = output.split("$ inboxagent status --now 2026-12-04T10:00", 1)[1]
    assert "invoices:    4 open (4 overdue), 1 paid/closed" in status, "Kestrel's payment was imported"
    assert "broken promises: 1" in status and "INV-4101 Harbour Lane Bakery" in status
    assert "open disputes: 1" in status and "INV-4103 Orchard Vale Veterinary Practice" in status
    assert "INV-4102 Fenwick & Daughters Joinery: £2,450.00 by Friday 4 December 2026" in status
    assert "1 undeliverable" in status
    assert re.search(r"drafts awaiting review: \d+", status)


def test_the_sample_data_ships_inside_the_package() -> None:
    data = files("inboxagent.demo").joinpath("data")
    assert data.is_dir()
    assert Path(str(data)).resolve().is_relative_to(Path(str(files("inboxagent"))).resolve())
    names = set(scenario.FILES) | set(scenario.SENT)
    for step in scenario.STEPS:
        names |= set(step.arrivals) | set(step.imports) | set(step.team_sends)
    for name in names:
        assert data.joinpath(name).is_file(), name
    for name in [n for n in names if n.endswith(".eml")]:
        msg = email.message_from_bytes(scenario.sample(name), policy=email.policy.default)
        assert msg["Message-ID"] and msg["Date"] and msg["From"], name
    ooo = email.message_from_bytes(scenario.sample(MACHINES["out-of-office"]), policy=email.policy.default)
    assert ooo["Auto-Submitted"] == "auto-replied"
    dsn = email.message_from_bytes(scenario.sample(MACHINES["bounce"]), policy=email.policy.default)
    assert dsn.get_content_type() == "multipart/report" and dsn.get_param("report-type") == "delivery-status"


def test_keep_serves_the_mailbox_until_interrupted(tmp_path: Path) -> None:
    proc = subprocess.Popen([sys.executable, "-m", "inboxagent", "demo", "--keep"], stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, env=demo_env(tmp_path), cwd=tmp_path)
    try:
        assert proc.stdout is not None
        lines: list[str] = []
        for line in proc.stdout:
            lines.append(line)
            if line.startswith("Serving until Ctrl-C"):
                break
        text = "".join(lines)
        assert "Serving until Ctrl-C" in text, text[-2000:]
        port = int(re.search(r"IMAP server  127\.0\.0\.1  port (\d+)", text).group(1))  # type: ignore[union-attr]
        user = re.search(r"user name    (\S+)", text).group(1)  # type: ignore[union-attr]
        password = re.search(r"password     (\S+)", text).group(1)  # type: ignore[union-attr]
        client = IMAPClient("127.0.0.1", port=port, ssl=False, timeout=10)
        client.login(user, password)
        folders = {name for _, _, name in client.list_folders()}
        assert {"INBOX", "Sent", "Drafts"} <= folders
        assert client.folder_status("Drafts", [b"MESSAGES"])[b"MESSAGES"] > 0, "the agent's drafts are there to read"
        client.logout()
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        if proc.stdout is not None:
            proc.stdout.close()
