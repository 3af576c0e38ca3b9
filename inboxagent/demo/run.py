"""Runs the demo: embedded servers, a throwaway config, the sample month through the real commands, then `status`."""

from __future__ import annotations

import logging
import os
import re
import shutil
import signal
import tempfile
import threading
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from types import FrameType

import click

from ..records import Draft
from ..resources import default_dir
from ..store import Store
from . import scenario, show
from .mailbox import DemoMailbox, parse
from .scenario import Step
from .servers import HOST, DemoImapServer, DemoSmtpSink

CONFIG = """\
# Written by `inboxagent demo`: the agent on the demo's embedded servers.
[imap]
host = "{host}"
port = {imap_port}
username = "{user}"
password_env = "{password_env}"
security = "none"          # plain IMAP, allowed to a loopback host only
timeout = 10

[smtp]
host = "{host}"
port = {smtp_port}
security = "none"          # the demo's sink: accepts everything, delivers nothing

[agent]
from = "{sender}"
mode = "send"              # only what rules/policy.toml [send] lists goes out by itself
state = "state.json"
rules = "rules"
timezone = "{timezone}"

[company]
name = "{company}"
phone = "{phone}"
payment_details = \"\"\"
{payment}
\"\"\"
"""


def echo(line: str = "") -> None:
    click.echo(line)


@contextmanager
def agent_log(path: Path, verbose: bool) -> Iterator[None]:
    """The agent's log goes to a file in the demo's folder, not over the demo's own output.

    The handler carries the `_inboxagent` mark that cli._setup_logging looks for, so the
    commands the demo runs keep it instead of adding their own (stderr) handler."""
    if verbose:
        yield
        return
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s", "%Y-%m-%dT%H:%M:%S"))
    handler._inboxagent = True  # type: ignore[attr-defined]
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield
    finally:
        root.removeHandler(handler)
        handler.close()


class Demo:
    """One replay of the sample month, on servers that live as long as this object's run()."""

    def __init__(self, workdir: Path, imap: DemoImapServer, smtp: DemoSmtpSink) -> None:
        self.dir = workdir
        self.imap = imap
        self.smtp = smtp
        self.config = workdir / "inboxagent.toml"
        self.box = DemoMailbox(HOST, imap.port, scenario.USER, scenario.PASSWORD)
        self.sent_seen = 0
        self.drafts_seen: set[str] = set()
        self.now = scenario.STEPS[0].now

    # ---- set-up ------------------------------------------------------------------------

    def write_files(self) -> None:
        # The config names an environment variable, not the password: the agent's IMAP login reads it.
        os.environ[scenario.PASSWORD_ENV] = scenario.PASSWORD
        self.config.write_text(CONFIG.format(
            host=HOST, imap_port=self.imap.port, smtp_port=self.smtp.port, user=scenario.USER,
            password_env=scenario.PASSWORD_ENV, sender=scenario.FROM, timezone=scenario.TIMEZONE,
            company=scenario.COMPANY, phone=scenario.PHONE, payment=scenario.PAYMENT_DETAILS), encoding="utf-8")
        rules = self.dir / "rules"
        rules.mkdir(exist_ok=True)
        policy = (default_dir("rules") / "policy.toml").read_text(encoding="utf-8")
        allowed = ", ".join(f'"{s}"' for s in scenario.SEND_SITUATIONS)
        policy = re.sub(r"(?m)^situations\s*=\s*\[\s*\]", f"situations = [{allowed}]", policy, count=1)
        (rules / "policy.toml").write_text(policy, encoding="utf-8")
        for name in scenario.FILES:
            (self.dir / name).write_bytes(scenario.sample(name))

    def intro(self) -> None:
        show.banner(echo, "inboxagent demo: a month of collections at Northwind Supplies, on an embedded mail server")
        echo(f"  IMAP    {HOST}:{self.imap.port}  pymap, in memory; user {scenario.USER}")
        echo(f"  SMTP    {HOST}:{self.smtp.port}  a sink: it accepts everything and delivers nothing")
        echo(f"  files   {self.dir}  (inboxagent.toml, the state, rules/policy.toml, the sample ledger)")
        echo("  Every command below is the real one, run with --config pointing there; mode = \"send\", but")
        echo(f"  rules/policy.toml lets the agent send only {', '.join(scenario.SEND_SITUATIONS)}: the rest waits in Drafts.")

    def load_samples(self) -> None:
        show.section(echo, "the sample ledger and mailbox")
        self.cli("invoices", "import", scenario.INVOICES, now=self.now)
        self.cli("invoices", "list", now=self.now)
        self.box.ensure_folder("Sent")
        for name in scenario.SENT:
            msg = self.box.deliver("Sent", scenario.sample(name), (b"\\Seen",))
            show.arrival(echo, "Sent", msg)
        self.box.new_messages("Sent")  # what is there now is the team's; what comes later, the agent's

    # ---- the commands, as a user would type them ------------------------------------------

    def cli(self, *args: str, now: str) -> None:
        """Run an inboxagent command in this process, shown as typed; a sample file's name
        stands for its copy in the demo's folder, and --config points at the demo's file."""
        from ..cli import main

        shown = " ".join(f"'{a}'" if " " in a else a for a in args)
        echo(f"$ inboxagent {shown} --now {now}")
        argv = [str(self.dir / a) if a in scenario.FILES else a for a in args]
        main.main([*argv, "--config", str(self.config), "--now", now], prog_name="inboxagent", standalone_mode=False)

    # ---- one day of the month --------------------------------------------------------------

    def step(self, number: int, step: Step) -> None:
        self.now = step.now
        show.banner(echo, f"Day {number}: {show.when(step.now)}: {step.title}")
        show.story(echo, step.story)
        store = Store(self.dir / "state.json")
        messages_before = {m.key for m in store.messages()}
        drafts_before = {d.message_id: d.status for d in store.drafts()}
        contacts_before = {c.address: c for c in store.contacts()}
        echo("")
        for name in step.imports:
            self.cli("invoices", "import", name, now=step.now)
        for name in step.team_sends:
            sent = self.box.send_draft(scenario.message_id(name))
            if sent is not None:
                echo(f"  > the team sends a draft: {sent['Subject']} (to {sent['To']}): Drafts -> Sent")
        for name in step.arrivals:
            show.arrival(echo, "INBOX", self.box.deliver("INBOX", scenario.sample(name)))
        self.cli("run", "--once", now=step.now)

        store = Store(self.dir / "state.json")
        drafts = {d.message_id: d for d in store.drafts()}
        customers = {c.key: c for c in store.customers()}
        new = [m for m in store.messages() if m.key not in messages_before]
        ours = [m for m in new if m.outcome == "ours"]
        theirs = sorted((m for m in new if m.outcome != "ours"), key=lambda m: m.uid)
        if ours:
            echo(f"  (read {len(ours)} message(s) of ours in Sent, to thread replies to them)")
        if theirs:
            show.section(echo, "what the agent read")
            for log in theirs:
                show.reply_read(echo, log, drafts)
        show.contact_changes(echo, contacts_before, store.contacts())
        noticed = [d for d in drafts.values() if d.status != drafts_before.get(d.message_id, d.status)]
        if noticed:
            show.section(echo, "what became of the drafts")
            for draft in noticed:
                show.outcome(echo, draft)
        started = [d for d in drafts.values() if d.kind != "reply" and d.message_id not in drafts_before]
        if started:
            show.section(echo, "reminders and follow-ups")
            for draft in sorted(started, key=lambda d: d.customer):
                show.written(echo, draft, customers)
        self.show_sent()
        self.show_drafts(drafts)
        for target in step.previews:
            show.section(echo, f"what comes next for {target}")
            self.cli("preview", target, now=step.now)

    def show_sent(self) -> None:
        fresh = self.smtp.messages[self.sent_seen:]
        self.sent_seen = len(self.smtp.messages)
        if fresh:
            show.section(echo, f"sent by the agent over SMTP ({len(fresh)}), each with a copy filed in Sent")
        for _sender, recipients, raw in fresh:
            show.email_block(echo, f"to {', '.join(recipients)} (SMTP envelope)", parse(raw))
        self.box.new_messages("Sent")

    def show_drafts(self, drafts: dict[str, Draft]) -> None:
        fresh = self.box.new_messages("Drafts")
        if fresh:
            show.section(echo, f"new in Drafts ({len(fresh)}), read back from the IMAP server")
        for uid, msg, flags in fresh:
            record = drafts.get(str(msg["Message-ID"]).strip())
            what = "a reply" if record is None or record.kind == "reply" else show.situation(record)
            if record is not None and record.kind == "reply":
                what += f" ({record.template.removeprefix('reply/').removesuffix('.txt')})"
            flag_text = " ".join(f.decode() if isinstance(f, bytes) else str(f) for f in flags)
            show.email_block(echo, f"Drafts UID {uid}, {what}, flags {flag_text}", msg)

    # ---- the end -----------------------------------------------------------------------------

    def finish(self) -> None:
        store = Store(self.dir / "state.json")
        customers = {c.key: c for c in store.customers()}
        show.banner(echo, "The month in reminders, by stage")
        show.stage_table(echo, [d for d in store.drafts() if d.kind != "reply"], customers)
        show.banner(echo, "What the agent knows now")
        self.cli("status", now=self.now)
        echo("")
        echo(f"Mailbox: INBOX {self.box.count('INBOX')}, Sent {self.box.count('Sent')}, "
             f"Drafts {self.box.count('Drafts')} message(s); {len(self.smtp.messages)} sent over SMTP.")

    def keep_serving(self, stop: threading.Event) -> None:
        show.banner(echo, "The demo mailbox stays up: look at it with a mail client")
        echo(f"  IMAP server  {HOST}  port {self.imap.port}  connection security: none")
        echo(f"  user name    {scenario.USER}")
        echo(f"  password     {scenario.PASSWORD}  (authentication: normal password)")
        echo(f"  folders      {', '.join(self.box.folders())}: the agent's drafts are in Drafts, what it sent in Sent")
        echo(f"  SMTP server  {HOST}  port {self.smtp.port}  no encryption, no login (the sink: nothing is delivered)")
        echo("")
        echo("  Thunderbird: Add Mail Account > Configure manually; incoming IMAP with the server above,")
        echo("  SSL/TLS \"None\", authentication \"Normal password\"; outgoing SMTP with the sink above.")
        echo("  (pymap keeps no custom keywords, so the $InboxAgent... tags do not show on this server.)")
        echo("")
        echo(f"  The agent's files are in {self.dir}; it can go on, for example:")
        echo(f"    {scenario.PASSWORD_ENV}={scenario.PASSWORD} inboxagent run --once --config {self.config} --now {self.now}")
        echo("")
        echo("Serving until Ctrl-C; everything is in memory and goes when the demo stops.")
        while not stop.wait(0.5):
            pass
        echo("stopped")

    def close(self) -> None:
        self.box.close()


def run_demo(keep: bool = False, port: int = 0, verbose: bool = False) -> None:
    """The whole demo; with `keep`, serve the mailbox afterwards until Ctrl-C or SIGTERM."""
    workdir = Path(tempfile.mkdtemp(prefix="inboxagent-demo-"))
    try:
        with ExitStack() as stack:
            stack.enter_context(agent_log(workdir / "agent.log", verbose))
            imap = stack.enter_context(DemoImapServer(scenario.USER, scenario.PASSWORD, port))
            smtp = DemoSmtpSink().start()
            stack.callback(smtp.stop)
            demo = Demo(workdir, imap, smtp)
            stack.callback(demo.close)
            demo.write_files()
            demo.intro()
            demo.load_samples()
            for number, step in enumerate(scenario.STEPS, 1):
                demo.step(number, step)
            demo.finish()
            if keep:
                stop = threading.Event()
                with _stop_on_signals(stop):
                    demo.keep_serving(stop)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


@contextmanager
def _stop_on_signals(stop: threading.Event) -> Iterator[None]:
    def handler(signum: int, _frame: FrameType | None) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, handler) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)
