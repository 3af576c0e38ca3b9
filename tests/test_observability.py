"""What a person running the daemon can see: one structured log line per event at INFO (message
id, conversation, decision), more with --verbose, and `inboxagent status` with the last sync, the
last error and the messages waiting for a person. The real CLI in a subprocess, on Dovecot."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import mailfactory as mf
from conftest import Account, write_config

ROOT = Path(__file__).resolve().parents[1]
NOW = "2026-11-07T09:00:00+00:00"
LINE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d (DEBUG|INFO|WARNING|ERROR|CRITICAL) (.*)$")


def cli(config: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    return subprocess.run([sys.executable, "-m", "inboxagent", *args, "--config", str(config), "--now", NOW],
                          capture_output=True, text=True, env=env, cwd=config.parent, timeout=120)


def events(stderr: str, name: str) -> list[dict[str, str]]:
    """The key=value fields of every `event=<name>` line."""
    found = []
    for line in stderr.splitlines():
        m = LINE.match(line)
        if m and m.group(2).startswith(f"event={name} "):
            found.append(dict(re.findall(r"(\w+)=('[^']*'|\"[^\"]*\"|\S+)", m.group(2))))
    return found


def test_logs_status_and_verbose_show_what_happened(tmp_path: Path, account: Account) -> None:
    config = write_config(tmp_path, account)
    (tmp_path / "invoices.csv").write_text(mf.INVOICES_CSV)
    assert cli(config, "invoices", "import", str(tmp_path / "invoices.csv")).returncode == 0
    account.append("Sent", mf.reminder_acme())
    for msg in (mf.reply_by_reference(), mf.unmatched(), mf.auto_reply()):
        account.append("INBOX", msg)

    run = cli(config, "run", "--once")

    assert run.returncode == 0, run.stderr
    lines = run.stderr.splitlines()
    assert lines and all(LINE.match(line) for line in lines), "one event per line, nothing else (no tracebacks)"
    assert not [line for line in lines if " DEBUG " in line], "no debug lines without --verbose"
    messages = {e["key"]: e for e in events(run.stderr, "message")}
    assert set(messages) == {str(mf.reply_by_reference()["Message-ID"]), str(mf.unmatched()["Message-ID"]),
                             str(mf.auto_reply()["Message-ID"])}
    reply = messages[str(mf.reply_by_reference()["Message-ID"])]
    assert reply["decision"] == "draft" and reply["conversation"] != "-" and reply["intent"] == "promise_to_pay"
    stranger = messages[str(mf.unmatched()["Message-ID"])]
    assert stranger["decision"] == "person" and stranger["conversation"] == "-"
    assert messages[str(mf.auto_reply()["Message-ID"])]["decision"] == "none"
    drafted = events(run.stderr, "draft_created")
    assert [d["conversation"] for d in drafted] == [reply["conversation"]]

    status = cli(config, "status")
    assert status.returncode == 0, status.stderr
    assert re.search(r"^last sync: +2026-11-07", status.stdout, re.M), status.stdout
    assert re.search(r"^last error: +none$", status.stdout, re.M)
    assert "for a person: 1 message(s)" in status.stdout
    assert "pat@stranger-things.example" in status.stdout, "who is waiting, and why"
    assert account.password not in status.stdout + status.stderr + run.stderr

    # --verbose: the detail of each message (what was read and why), still one event per line.
    account.append("INBOX", mf.reply_by_sender())
    verbose = cli(config, "run", "--once", "--verbose")
    assert verbose.returncode == 0, verbose.stderr
    detail = events(verbose.stderr, "message_detail")
    assert [d["key"] for d in detail] == [str(mf.reply_by_sender()["Message-ID"])]
    assert "reasons" in detail[0] and "subject" in detail[0]

    # The last error: the server refuses the login; status names it without the password.
    config.write_text(config.read_text().replace(f'password = "{account.password}"', 'password = "wrong-one-3e9"'))
    failed = cli(config, "run", "--once")
    assert failed.returncode != 0
    errors = [line for line in failed.stderr.splitlines() if not LINE.match(line)]
    assert len(errors) == 1 and errors[0].startswith("inboxagent: IMAP login refused"), failed.stderr
    status = cli(config, "status")
    last_error = re.search(r"^last error: +(.*)$", status.stdout, re.M)
    assert last_error and "IMAP login refused" in last_error.group(1), status.stdout
    assert "wrong-one-3e9" not in status.stdout + failed.stderr
