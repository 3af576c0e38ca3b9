"""`inboxagent run` as a real process: IDLE wakes it, a server restart does not lose it, SIGTERM stops it cleanly."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import mailfactory as mf
from conftest import ROOT, Account, write_config
from servers import Dovecot


def wait_for(predicate, timeout: float, what: str) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}")


def draft_replies(account: Account) -> set[str]:
    import email

    return {email.message_from_bytes(i[b"BODY[]"])["In-Reply-To"] for i in account.messages("Drafts").values()}


def start_daemon(config: Path, log: Path) -> subprocess.Popen[bytes]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    with log.open("wb") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "inboxagent", "run", "--config", str(config), "--now", "2026-11-07T09:00:00+00:00"],
            stdout=out, stderr=subprocess.STDOUT, env=env, cwd=config.parent,
        )


def test_daemon_drafts_on_idle_survives_a_restart_and_stops_on_sigterm(
        account: Account, dovecot: Dovecot, tmp_path: Path) -> None:
    config = write_config(tmp_path, account)
    config.write_text(config.read_text().replace("timeout = 10", "timeout = 10\npoll_interval = 30"))
    (tmp_path / "invoices.csv").write_text(mf.INVOICES_CSV)
    from click.testing import CliRunner

    from inboxagent.cli import main

    assert CliRunner().invoke(main, ["invoices", "import", str(tmp_path / "invoices.csv"), "--config", str(config)]).exit_code == 0
    account.append("Sent", mf.reminder_acme())
    log = tmp_path / "daemon.log"
    proc = start_daemon(config, log)
    try:
        wait_for(lambda: "event=pass" in log.read_text(), 30, "the first pass")
        # New mail while the daemon IDLEs: poll_interval is 30 s, so only IDLE can wake it this fast.
        account.append("INBOX", mf.reply_by_reference())
        wait_for(lambda: mf.reply_by_reference()["Message-ID"] in draft_replies(account), 10, "a draft after IDLE")

        dovecot.restart()  # the daemon's connection dies under it
        account.append("INBOX", mf.reply_by_sender())
        wait_for(lambda: mf.reply_by_sender()["Message-ID"] in draft_replies(account), 30, "a draft after reconnecting")
        assert "event=reconnect_wait" in log.read_text()

        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=15) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    text = log.read_text()
    assert "event=daemon_stopped" in text
    assert "Traceback" not in text
    assert len(account.messages("Drafts")) == 2, "no duplicate drafts across the reconnect"
    # The state is intact after SIGTERM: it loads record by record, holds both replies, and the
    # run lock was given back (the next run starts at once).
    from inboxagent.store import Store, inspect_state

    assert inspect_state(tmp_path / "state.json").problems == ()
    recorded = {m.key for m in Store(tmp_path / "state.json").messages()}
    assert {mf.reply_by_reference()["Message-ID"], mf.reply_by_sender()["Message-ID"]} <= recorded
    again = CliRunner().invoke(main, ["run", "--once", "--config", str(config), "--now", "2026-11-07T10:00:00+00:00"])
    assert again.exit_code == 0, again.output
    assert len(account.messages("Drafts")) == 2
