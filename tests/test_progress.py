"""Progress on long work: the first sync of a large folder (real Dovecot) and the import of a
large invoice file log event=..._progress lines when not on a terminal, step a bar to its total
when one is given (as the CLI does on a terminal), and say nothing for small work."""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

import mailfactory as mf
from conftest import Account, write_config
from inboxagent import cli
from inboxagent.cli import main
from inboxagent.progress import progress
from inboxagent.store import Store

NOW = "2026-11-07T09:00:00+00:00"
LINE = re.compile(r"event=(\w+) (\w+)=(.+) done=(\d+) of=(\d+)$")


class Bars:
    """A bar factory like the CLI's terminal bar, recording what each bar was told."""

    def __init__(self) -> None:
        self.bars: list[tuple[str, int, list[int]]] = []
        self.open = 0

    @contextmanager
    def __call__(self, what: str, total: int) -> Iterator[Callable[[int], None]]:
        steps: list[int] = []
        self.bars.append((what, total, steps))
        self.open += 1
        try:
            yield steps.append
        finally:
            self.open -= 1


def progress_lines(caplog: pytest.LogCaptureFixture, event: str) -> list[tuple[str, int, int]]:
    """(what, done, of) of every event=<event> line logged."""
    found = []
    for record in caplog.records:
        match = LINE.search(record.getMessage())
        if match and match.group(1) == event:
            found.append((match.group(3), int(match.group(4)), int(match.group(5))))
    return found


def invoke(*args: str) -> str:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


# ---- the progress module ----------------------------------------------------------------------

def test_log_lines_at_the_start_every_tenth_and_the_end(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="inboxagent"):
        with progress(None, "sync_progress", "INBOX", 250, field="folder") as tick:
            for _ in range(250):
                tick()
    lines = progress_lines(caplog, "sync_progress")
    assert lines == [("INBOX", done, 250) for done in range(0, 251, 25)]
    assert all(r.levelno == logging.INFO for r in caplog.records)


def test_an_uneven_total_ends_on_the_total_and_a_stop_says_how_far_it_got(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="inboxagent"):
        with progress(None, "import_progress", "big.csv", 1234, field="file") as tick:
            for _ in range(1234):
                tick()
        done = [d for _, d, _ in progress_lines(caplog, "import_progress")]
        assert done[0] == 0 and done[-1] == 1234 and done == sorted(set(done))
        assert len(done) <= 12, "about ten lines whatever the size"
        caplog.clear()

        with progress(None, "sync_progress", "INBOX", 300, field="folder") as tick:
            for _ in range(42):  # stopped by SIGTERM, say
                tick()
        assert progress_lines(caplog, "sync_progress") == [("INBOX", 0, 300), ("INBOX", 30, 300), ("INBOX", 42, 300)]


def test_small_work_is_not_reported(caplog: pytest.LogCaptureFixture) -> None:
    bars = Bars()
    with caplog.at_level(logging.DEBUG, logger="inboxagent"):
        with progress(bars, "sync_progress", "INBOX", 5, shown=False) as tick:
            for _ in range(5):
                tick()
    assert caplog.records == [] and bars.bars == []


def test_a_bar_is_stepped_to_the_total_instead_of_logging(caplog: pytest.LogCaptureFixture) -> None:
    bars = Bars()
    with caplog.at_level(logging.DEBUG, logger="inboxagent"):
        with progress(bars, "sync_progress", "INBOX", 7, field="folder") as tick:
            assert bars.open == 1
            for _ in range(7):
                tick()
    assert bars.bars == [("INBOX", 7, [1] * 7)] and bars.open == 0
    assert caplog.records == []


def test_the_bar_is_closed_when_the_work_fails() -> None:
    bars = Bars()
    with pytest.raises(RuntimeError):
        with progress(bars, "sync_progress", "INBOX", 7) as tick:
            tick()
            raise RuntimeError("the connection dropped")
    assert bars.open == 0 and bars.bars[0][2] == [1]


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_cli_draws_a_click_bar_only_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdout", io.StringIO())
    assert cli._progress_bar(False, "reading") is None, "a pipe or journald gets log lines"
    terminal = Terminal()
    monkeypatch.setattr("sys.stdout", terminal)
    assert cli._progress_bar(True, "reading") is None, "--verbose keeps the log lines"
    bar = cli._progress_bar(False, "reading")
    assert bar is not None
    cli._setup_logging(False)
    ours = [h for h in logging.getLogger().handlers if getattr(h, "_inboxagent", False)]
    before = [h.level for h in ours]
    with bar("INBOX", 4) as step:
        assert all(h.level >= logging.WARNING for h in ours), "INFO lines would break the bar"
        for _ in range(4):
            step(1)
    assert [h.level for h in ours] == before
    assert "reading INBOX" in terminal.getvalue() and "4/4" in terminal.getvalue()


# ---- the first sync of a large folder, on Dovecot -------------------------------------------------

def seed_many(account: Account, count: int, start: int = 0) -> None:
    """`count` strangers' messages in INBOX over the last three weeks (inside history_days), in one
    IMAP session: nothing to draft, every one read, parsed, classified and recorded."""
    c = account.client()
    for n in range(start, start + count):
        msg = mf.message(sender=f"Visitor {n} <visitor{n}@elsewhere-{n % 17}.example>", to=mf.OURS,
                         subject=f"Enquiry {n}", date=mf.when(6, 11) - timedelta(hours=2 * n),
                         message_id=f"<enquiry-{n}@elsewhere.example>",
                         body=f"Hello, do you stock part number {1000 + n}? Regards, Visitor {n}\n")
        c.append("INBOX", msg.as_bytes())


@pytest.fixture
def large_inbox(tmp_path: Path, account: Account) -> Path:
    config = write_config(tmp_path, account)
    seed_many(account, 250)
    return config


def test_the_first_sync_of_a_large_folder_logs_progress_and_a_later_one_does_not(
        large_inbox: Path, account: Account, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="inboxagent"):
        invoke("run", "--once", "--config", str(large_inbox), "--now", NOW)
    lines = progress_lines(caplog, "sync_progress")
    assert lines == [("INBOX", done, 250) for done in range(0, 251, 25)], "Sent is empty: no line for it"
    assert len(Store(large_inbox.parent / "state.json").messages()) == 250, "every message was read"

    caplog.clear()
    seed_many(account, 3, start=250)
    with caplog.at_level(logging.INFO, logger="inboxagent"):
        invoke("run", "--once", "--config", str(large_inbox), "--now", "2026-11-07T10:00:00+00:00")
    assert progress_lines(caplog, "sync_progress") == []
    assert len(Store(large_inbox.parent / "state.json").messages()) == 253


def test_on_a_terminal_the_first_sync_steps_the_bar_to_the_total(
        large_inbox: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    bars = Bars()
    made: list[str] = []

    def terminal_bar(verbose: bool, doing: str) -> Bars:
        made.append(doing)
        return bars

    monkeypatch.setattr(cli, "_progress_bar", terminal_bar)  # what the CLI picks when stdout is a terminal
    with caplog.at_level(logging.INFO, logger="inboxagent"):
        invoke("run", "--once", "--config", str(large_inbox), "--now", NOW)
    assert made == ["reading"]
    assert [(what, total, sum(steps)) for what, total, steps in bars.bars] == [("INBOX", 250, 250)]
    assert bars.open == 0
    assert progress_lines(caplog, "sync_progress") == [], "the bar replaces the log lines"


# ---- a large invoice import -------------------------------------------------------------------

def large_csv(path: Path, rows: int) -> Path:
    lines = ["number,customer,email,amount,currency,issued,due"]
    for n in range(rows):
        lines.append(f"INV-{50000 + n},Customer {n % 40} Ltd,ap@customer-{n % 40}.example,"
                     f"{100 + n % 900}.50,GBP,2026-09-{1 + n % 28:02d},2026-10-{1 + n % 28:02d}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_importing_a_large_file_logs_progress(tmp_path: Path, account: Account,
                                               caplog: pytest.LogCaptureFixture) -> None:
    config = write_config(tmp_path, account)
    csv_file = large_csv(tmp_path / "ledger.csv", 1200)
    with caplog.at_level(logging.INFO, logger="inboxagent"):
        output = invoke("invoices", "import", str(csv_file), "--config", str(config))
    assert "1200 new" in output
    assert progress_lines(caplog, "import_progress") == [(str(csv_file), done, 1200) for done in range(0, 1201, 120)]
    assert len(Store(tmp_path / "state.json").invoices()) == 1200

    caplog.clear()
    small = tmp_path / "small.csv"
    small.write_text(mf.INVOICES_CSV)
    with caplog.at_level(logging.INFO, logger="inboxagent"):
        invoke("invoices", "import", str(small), "--config", str(config))
    assert progress_lines(caplog, "import_progress") == [], "a small file is stored in a blink"


def test_on_a_terminal_an_import_steps_the_bar_to_the_total(tmp_path: Path, account: Account,
                                                            monkeypatch: pytest.MonkeyPatch,
                                                            caplog: pytest.LogCaptureFixture) -> None:
    config = write_config(tmp_path, account)
    csv_file = large_csv(tmp_path / "ledger.csv", 1500)
    bars = Bars()
    monkeypatch.setattr(cli, "_progress_bar", lambda verbose, doing: bars)
    with caplog.at_level(logging.INFO, logger="inboxagent"):
        invoke("invoices", "import", str(csv_file), "--config", str(config))
    assert [(what, total, sum(steps)) for what, total, steps in bars.bars] == [(str(csv_file), 1500, 1500)]
    assert progress_lines(caplog, "import_progress") == []
