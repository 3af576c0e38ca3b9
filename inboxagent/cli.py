"""The `inboxagent` command line (click): init, invoices, run; more commands in cli_intents and cli_accounts."""

from __future__ import annotations

import contextlib
import functools
import json
import logging
import shutil
import sys
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Callable

import click

from . import __version__
from .config import Config, config_path, load_config
from .errors import InboxAgentError
from .progress import BarFactory
from .resources import default_dir

log = logging.getLogger("inboxagent")


class CliError(click.ClickException):
    """An InboxAgentError shown as one clear line, with its exit code."""

    def __init__(self, error: InboxAgentError) -> None:
        super().__init__(str(error))
        # click declares exit_code on the class; this error's own code replaces it.
        setattr(self, "exit_code", error.exit_code)

    def show(self, file: Any = None) -> None:
        click.echo(f"inboxagent: {self.format_message()}", err=True)


def _setup_logging(verbose: bool) -> None:
    root = logging.getLogger()
    if not any(getattr(h, "_inboxagent", False) for h in root.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s", "%Y-%m-%dT%H:%M:%S"))
        handler._inboxagent = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    for noisy in ("imapclient", "mailparser", "spacy"):
        logging.getLogger(noisy).setLevel(logging.WARNING if not verbose else logging.INFO)


def _parse_now(value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not an ISO date-time like 2026-11-22T09:00") from None


class Context:
    """What every command shares: the config path, the replay clock, verbosity."""

    def __init__(self, config: str | None, now: str | None, verbose: bool) -> None:
        self.config_path = config_path(config)
        self.config_given = config is not None
        self.fixed_now = _parse_now(now)
        self.verbose = verbose
        self._config: Config | None = None
        self._started = time.monotonic()

    @property
    def config(self) -> Config:
        if self._config is None:
            self._config = load_config(self.config_path)
        return self._config

    def clock(self) -> Callable[[], datetime]:
        """Now in the configured time zone; with --now, that moment plus the time since start."""
        tz = self.config.agent.timezone if self._config or self.config_path.exists() else None

        def now() -> datetime:
            if self.fixed_now is None:
                return datetime.now(tz).astimezone(tz)
            base = self.fixed_now if self.fixed_now.tzinfo else self.fixed_now.replace(tzinfo=tz)
            return base + timedelta(seconds=time.monotonic() - self._started)

        return now


def common(fn: Callable[..., Any]) -> Callable[..., Any]:
    """--config, --now and --verbose on every command; InboxAgentError shown as one line."""

    @click.option("--config", "config", metavar="PATH", help="Config file (default ./inboxagent.toml or $INBOXAGENT_CONFIG).")
    @click.option("--now", "now", metavar="ISO-DATETIME", help="Pretend it is this moment (replay a scenario).")
    @click.option("-v", "--verbose", is_flag=True, help="Debug logging.")
    @functools.wraps(fn)
    def wrapper(config: str | None, now: str | None, verbose: bool, **kwargs: Any) -> Any:
        _setup_logging(verbose)
        ctx = Context(config, now, verbose)
        try:
            return fn(ctx, **kwargs)
        except InboxAgentError as exc:
            raise CliError(exc) from None

    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="inboxagent")
def main() -> None:
    """inboxagent: threads debtors' replies, classifies them and drafts the follow-up."""


# ---- init ---------------------------------------------------------------------------------

STARTER = '''\
# inboxagent configuration. Paths are relative to this file.
# Every key is explained in README.md ("Configuration").

[imap]
host = "imap.example.com"
port = 993
username = "accounts@example.com"
# The password: a command that prints it (recommended), or an environment variable.
password_command = "pass show mail/accounts"
# password_env = "INBOXAGENT_IMAP_PASSWORD"
security = "tls"          # tls | starttls | none (none only to a loopback host)
folder = "INBOX"          # where debtors' replies arrive
# ca_file = "my-ca.pem"   # trust a private certificate authority

# [smtp] is needed only with mode = "send".
# [smtp]
# host = "smtp.example.com"
# port = 465
# username = "accounts@example.com"
# password_env = "INBOXAGENT_SMTP_PASSWORD"
# security = "tls"

[agent]
from = "Accounts <accounts@example.com>"
mode = "draft"            # draft: every reply waits in Drafts for a person | send
state = "inboxagent-state.json"
rules = "rules"
templates = "templates"
timezone = "Europe/London"
history_days = 30         # on the first run, older mail is left alone

[company]
name = "Example Ltd"
phone = ""
# payment_details = """
# Bank: Example Bank, Sort code 00-00-00, Account 00000000
# Please quote the invoice number as the payment reference.
# """
'''


@main.command()
@click.argument("directory", required=False, default=".", type=click.Path(file_okay=False, path_type=Path))
@click.option("--force", is_flag=True, help="Overwrite files that already exist.")
def init(directory: Path, force: bool) -> None:
    """Write a starter inboxagent.toml and copies of the default rules/ and templates/."""
    directory.mkdir(parents=True, exist_ok=True)
    target = directory / "inboxagent.toml"
    written: list[str] = []
    if target.exists() and not force:
        click.echo(f"kept existing {target}")
    else:
        target.write_text(STARTER, encoding="utf-8")
        written.append(str(target))
    for name in ("rules", "templates"):
        source = default_dir(name)
        for path in sorted(source.rglob("*")):
            if path.is_dir() or path.name.startswith(".") or "__pycache__" in path.parts:
                continue
            dest = directory / name / path.relative_to(source)
            if dest.exists() and not force:
                continue
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, dest)
            written.append(str(dest))
    for item in written:
        click.echo(f"wrote {item}")
    click.echo(f"Next: edit {target}, then `inboxagent invoices import FILE.csv` and `inboxagent run --once`.")


# ---- invoices -----------------------------------------------------------------------------

@main.group()
def invoices() -> None:
    """Load and list the open invoices the agent chases."""


def _progress_bar(verbose: bool, doing: str) -> BarFactory | None:
    """A click progress bar for long work when stdout is a terminal (and not --verbose); None
    otherwise, and the work logs plain progress lines instead (journald, pipes, files)."""
    if verbose or not sys.stdout.isatty():
        return None

    @contextlib.contextmanager
    def bar(what: str, total: int) -> Iterator[Callable[[int], None]]:
        # While the bar is drawn the terminal log shows warnings only: an INFO line per message
        # would break the bar at every step.
        handlers = [h for h in logging.getLogger().handlers if getattr(h, "_inboxagent", False)]
        levels = [h.level for h in handlers]
        for h in handlers:
            h.setLevel(max(h.level, logging.WARNING))
        try:
            with click.progressbar(length=total, label=f"{doing} {what}", show_pos=True) as shown:
                yield shown.update
        finally:
            for h, level in zip(handlers, levels):
                h.setLevel(level)

    return bar


@invoices.command("import")
@click.argument("csv_file", type=click.Path(dir_okay=False, path_type=Path))
@common
def invoices_import(ctx: Context, csv_file: Path) -> None:
    """Upsert invoices from FILE.csv; a file with any bad row imports nothing."""
    from .invoices import import_invoices
    from .store import Store

    store = Store(ctx.config.agent.state)
    result = import_invoices(store, csv_file, progress=_progress_bar(ctx.verbose, "importing"))
    click.echo(f"{csv_file}: {result.created} new, {result.updated} updated, {result.unchanged} unchanged "
               f"invoices for {result.customers} customer(s)")


@invoices.command("list")
@click.option("--all", "show_all", is_flag=True, help="Include paid invoices.")
@common
def invoices_list(ctx: Context, show_all: bool) -> None:
    """Show the invoices in the state file."""
    from .render import money
    from .store import Store

    today = ctx.clock()().date()
    rows = sorted(Store(ctx.config.agent.state).invoices(), key=lambda i: (i.due, i.number))
    rows = [i for i in rows if show_all or i.is_open]
    if not rows:
        click.echo("no invoices" if show_all else "no open invoices")
        return
    header = f"{'number':<14} {'customer':<28} {'balance':>14} {'due':<10} {'status':<7} overdue"
    click.echo(header)
    for inv in rows:
        overdue = (today - inv.due).days if inv.is_open else 0
        click.echo(f"{inv.number:<14} {inv.customer_name[:28]:<28} {money(inv.open_balance, inv.currency):>14} "
                   f"{inv.due.isoformat():<10} {inv.status:<7} {str(overdue) + 'd' if overdue > 0 else ''}")


# ---- run ----------------------------------------------------------------------------------

@main.command()
@click.option("--once", is_flag=True, help="Process everything pending, then exit.")
@common
def run(ctx: Context, once: bool) -> None:
    """Watch the mailbox and draft replies (the daemon); --once for a single pass."""
    from .agent import Agent
    from .mail.imap import ImapMailbox
    from .wiring import build_daemon

    daemon = build_daemon(ctx.config, ctx.clock())
    bar = _progress_bar(ctx.verbose, "reading")
    if bar is not None:  # a long sync (the first of a large folder) shows a bar on the terminal
        make_agent = daemon.make_agent

        def with_bar(mailbox: ImapMailbox) -> Agent:
            agent = make_agent(mailbox)
            agent.progress = bar
            return agent

        daemon.make_agent = with_bar
    if once:
        report = daemon.once()
        click.echo(report.summary())
        return
    daemon.install_signal_handlers()
    daemon.serve()


# The intent commands (classify, explain, evaluate, train), the collection commands (status,
# resolve, preview) and the state commands live in their own modules; importing registers them.
from . import cli_accounts, cli_check, cli_intents, cli_state, cli_statement  # noqa: E402,F401
from . import cli_contacts  # noqa: E402,F401
from .demo import command as demo_command  # noqa: E402,F401

if __name__ == "__main__":  # pragma: no cover
    main()
