"""`inboxagent check`: validates config, state, rules/, templates/ and the model, and tests the IMAP and SMTP logins, changing nothing."""

from __future__ import annotations

import os
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import click

from .cli import Context, common, main
from .config import Config, ServerConfig
from .errors import InboxAgentError, TemplateError
from .records import INTENTS, Account, Classification, Contact, Conversation, Customer, Event, Invoice, Promise
from .resources import default_dir

RULE_FILES = ("threading.toml", "intents.toml", "policy.toml", "cadence.toml")
SITUATIONS = ("reminder", "broken_promise", "remittance_request")  # the message templates (with a Subject line)


class Checks:
    """Prints one line per check as soon as it is known, and counts the failures."""

    def __init__(self) -> None:
        self.passed = 0
        self.failed = 0

    def ok(self, what: str) -> None:
        self.passed += 1
        click.echo(f"ok {what}")

    def fail(self, what: str, why: object) -> None:
        self.failed += 1
        click.echo(f"FAILED {what}: {one_line(why)}")

    def note(self, what: str) -> None:
        click.echo(f"note {what}")

    def skip(self, what: str) -> None:
        click.echo(f"skip {what}")

    def run(self, what: str, check: Callable[[], str]) -> bool:
        """ok with what `check` returns, or FAILED with the error it raised (never a traceback)."""
        try:
            detail = check()
        except InboxAgentError as exc:
            self.fail(what, exc)
            return False
        except Exception as exc:  # noqa: BLE001 - a check reports every failure as its one line
            self.fail(what, f"{type(exc).__name__}: {exc}")
            return False
        self.ok(f"{what} {detail}".rstrip())
        return True


def one_line(value: object) -> str:
    return "; ".join(line.strip() for line in str(value).splitlines() if line.strip())


@main.command()
@common
def check(ctx: Context) -> None:
    """Check the config, rules/, templates/, the intent model and the IMAP and SMTP logins.

    Changes nothing: the state file is only read, the mailbox only examined (no folder is
    created, no flag set) and SMTP only logged in to (no message). Exits 0 when every check
    passes, 1 otherwise. Passwords are never printed."""
    config = ctx.config  # a bad config stops here with its one-line error, as in every command
    checks = Checks()
    checks.ok(f"config {config.path} (mode = {config.agent.mode}, from {config.agent.from_addr})")
    checks.run("state", lambda: _check_state(config))
    rules: Any = None

    def load() -> str:
        nonlocal rules
        from .rules import load_rules

        rules = load_rules(config.agent.rules)
        return _describe_rules(config, rules)

    checks.run("rules", load)
    for stray in _stray_rule_files(config.agent.rules):
        checks.note(f"{stray} is not read by inboxagent (it reads {', '.join(RULE_FILES)})")
    now = ctx.clock()()
    _check_templates(checks, config, rules, now)
    checks.run("intent model", lambda: _check_model(config, rules, now))
    _check_imap(checks, config)
    if config.smtp is None:
        checks.skip("SMTP: no [smtp] section (mode = draft: every reply waits in Drafts)")
    else:
        smtp = config.smtp
        checks.run("SMTP", lambda: _check_smtp(smtp))
    total = checks.passed + checks.failed
    if checks.failed:
        click.echo(f"{checks.failed} of {total} checks FAILED")
        raise SystemExit(1)
    click.echo(f"all {total} checks passed")


# ---- state and rules ------------------------------------------------------------------------

def _check_state(config: Config) -> str:
    from .errors import StateError
    from .store import inspect_state

    path = config.agent.state
    folder = path.parent
    if not folder.is_dir():
        raise StateError(f"{path}: the folder {folder} does not exist")
    if not os.access(folder, os.W_OK):
        raise StateError(f"{path}: the folder {folder} is not writable by this user")
    if not path.exists():
        return f"{path}: none yet (written by the first import or run)"
    found = inspect_state(path)
    if found.problems:
        raise StateError(f"{path}: {len(found.problems)} record(s) do not load ({found.problems[0]}); "
                         f"see `inboxagent state check`")
    return f"{path} ({found.describe()})"


def _describe_rules(config: Config, rules: Any) -> str:
    packaged = default_dir("rules")
    mine = [p.name for p in rules.files if not p.is_relative_to(packaged)]
    where = f"yours in {config.agent.rules}: {', '.join(mine)}" if mine else "all packaged defaults"
    cadence = rules.cadence
    reminders = "reminders off" if not cadence.enabled else (
        f"reminders on ({sum(len(s) for s in cadence.cadences.values())} stages)")
    return f"{len(rules.files)} files ({where}); {reminders}"


def _stray_rule_files(folder: Path) -> list[Path]:
    """TOML files in the user's rules/ that no part of inboxagent reads (a misspelt name, say)."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob("*.toml") if p.name not in RULE_FILES)


def _check_model(config: Config, rules: Any, now: datetime) -> str:
    from .mail.parse import parse_message
    from .nlp.classify import IntentClassifier
    from .nlp.model import IntentModel

    started = time.monotonic()
    model = IntentModel.load(config.agent.model)
    where = str(config.agent.model) if config.agent.model else "packaged"
    if rules is None:
        return f"{where} (loaded; not tried, the rules did not load)"
    classifier = IntentClassifier(rules, model)
    classifier.classify(parse_message(_sample_reply(now).as_bytes()), now)
    return f"{where} (loaded and classified a sample in {time.monotonic() - started:.1f} s)"


# ---- templates --------------------------------------------------------------------------------

@dataclass(frozen=True)
class Variant:
    """One sample situation the templates are rendered in."""

    invoices: tuple[str, ...]
    address: str
    display: str
    extension_ok: bool


VARIANTS = (
    Variant(("INV-1001",), "dana.whitfield@sample-customer.example", "Dana Whitfield", True),
    Variant(("INV-1001", "INV-1002"), "sam@sample-customer.example", "Sam", False),
)
CUSTOMER = "sample-customer"


def _sample_reply(now: datetime, variant: Variant = VARIANTS[0]) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = f"{variant.display} <{variant.address}>"
    msg["To"] = "Accounts <accounts@example.com>"
    msg["Subject"] = f"RE: {', '.join(variant.invoices)}"
    msg["Date"] = format_datetime(now - timedelta(hours=2))
    msg["Message-ID"] = f"<sample-{len(variant.invoices)}@sample-customer.example>"
    msg.set_content(f"Hi, we will pay {variant.invoices[0]} by next Friday. Thanks, {variant.display.split()[0]}\n")
    return msg


@contextmanager
def _sample_store(now: datetime) -> Iterator[Any]:
    """A throwaway state (in a temporary folder, never the user's) holding a sample customer."""
    from .store import Store

    today = now.date()
    with tempfile.TemporaryDirectory(prefix="inboxagent-check-") as tmp:
        store = Store(Path(tmp) / "sample-state.json")
        emails = tuple(v.address for v in VARIANTS)
        with store.hold():
            store.put_invoice(Invoice("INV-1001", CUSTOMER, "Sample Customer Ltd", emails, Decimal("1250.00"), "GBP",
                                      today - timedelta(days=45), today - timedelta(days=15),
                                      contact_name="Dana Whitfield"))
            store.put_invoice(Invoice("INV-1002", CUSTOMER, "Sample Customer Ltd", emails, Decimal("480.50"), "EUR",
                                      today - timedelta(days=20), today + timedelta(days=10),
                                      balance=Decimal("200.00")))
            store.put_customer(Customer(CUSTOMER, "Sample Customer Ltd", emails, ("sample-customer.example",)))
            promise = Promise(today - timedelta(days=10), today - timedelta(days=3), True, "<sample@x>",
                              Decimal("1250.00"), "GBP", "broken")
            event = Event(today - timedelta(days=10), "promise", f"you mentioned payment by {promise.due:%d %B}")
            store.put_account(Account("INV-1001", tone="firm", stage="sample", promise=promise, events=(event,),
                                      pending="broken_promise", pending_since=today))
            store.put_contact(Contact(VARIANTS[0].address, CUSTOMER, register="formal", first_name="Dana"))
            store.put_contact(Contact(VARIANTS[1].address, CUSTOMER, register="informal", first_name="Sam"))
        yield store


def _template_files(user_dir: Path) -> dict[str, Path]:
    """Every template name -> its file: the packaged defaults, overridden by the user's own."""
    found: dict[str, Path] = {}
    for base in (default_dir("templates"), user_dir):
        if not base.is_dir():
            continue
        for path in sorted(base.rglob("*")):
            rel = path.relative_to(base)
            if path.is_file() and not any(part.startswith(".") or part == "__pycache__" for part in rel.parts):
                found[rel.as_posix()] = path
    return found


def _check_templates(checks: Checks, config: Config, rules: Any, now: datetime) -> None:
    """Render every template as the agent would, in two sample situations; compile the rest."""
    from .render import Renderer

    renderer = Renderer(config.agent.templates)
    files = _template_files(config.agent.templates)
    stages: dict[str, str] = {}  # a cadence stage's own template -> its tone
    if rules is not None:
        for cadence in rules.cadence.cadences.values():
            for stage in cadence:
                stages.setdefault(stage.template, stage.tone)
    failed = 0
    for name in sorted(set(stages) - set(files)):
        failed += 1
        checks.fail(f"template {name}", f"named by a stage in {rules.cadence.path or 'cadence.toml'} but not found "
                                        f"in {config.agent.templates} or the packaged templates")
    rendered = compiled = 0
    dirs = [str(default_dir("templates")), str(config.agent.templates)]
    with _sample_store(now) as store:
        for name, path in files.items():
            try:
                if _render(renderer, config, store, name, stages, now):
                    rendered += 1
                else:
                    compiled += 1
            except TemplateError as exc:
                failed += 1
                checks.fail("template", _template_problem(exc, name, path, dirs))
            except Exception as exc:  # noqa: BLE001 - a file that is not a template at all (binary, not UTF-8)
                failed += 1
                checks.fail("template", f"{path}: {type(exc).__name__}: {exc}")
    if not failed:
        mine = sum(1 for p in files.values() if p.is_relative_to(config.agent.templates))
        where = f"{mine} yours in {config.agent.templates}" if mine else "all packaged defaults"
        checks.ok(f"templates {len(files)} files ({where}): {rendered} rendered with sample data, "
                  f"{compiled} compiled (partials)")


def _render(renderer: Any, config: Config, store: Any, name: str, stages: dict[str, str], now: datetime) -> bool:
    """Render `name` in every sample situation (True), or only compile it when the agent never
    renders it by itself, like a partial that others include (False)."""
    from jinja2 import TemplateError as JinjaError

    from .cadence import TONES

    top, _, rest = name.partition("/")
    stem = Path(name).stem
    if name in stages or top in SITUATIONS or stem in SITUATIONS and "/" not in name:
        situation = top if top in SITUATIONS else (stem if stem in SITUATIONS else "reminder")
        tone = stages.get(name) or (stem if stem in TONES else "firm")
        for variant in VARIANTS:
            renderer.render_message(name, _message_context(config, store, variant, situation, tone, now))
        return True
    if top == "reply" and rest:
        for variant in VARIANTS:
            renderer.render(name, _reply_context(config, store, variant, stem, now))
        return True
    try:
        renderer.env.get_template(name)
    except JinjaError as exc:
        line = getattr(exc, "lineno", None)
        raise TemplateError(f"{getattr(exc, 'filename', None) or name}{':' + str(line) if line else ''}: "
                            f"{getattr(exc, 'message', None) or exc}") from None
    return False


def _message_context(config: Config, store: Any, variant: Variant, situation: str, tone: str,
                     now: datetime) -> dict[str, Any]:
    from .chaser import message_context
    from .dunning import Planned

    planned = Planned(customer=CUSTOMER, situation=situation, stage="sample" if situation == "reminder" else situation,
                      tone=tone, template="", invoices=variant.invoices, to=(variant.address,), not_before=now,
                      key="sample")
    return message_context(config, store, planned, now)


def _reply_context(config: Config, store: Any, variant: Variant, stem: str, now: datetime) -> dict[str, Any]:
    """What the agent passes a reply template (see Agent._draft): the intent its name says."""
    from .mail.parse import parse_message
    from .templating import reply_context

    intent = stem if stem in INTENTS else ("extension_request" if stem.startswith("extension") else "question")
    dated = intent in ("promise_to_pay", "extension_request")
    c = Classification(intent=intent, confidence=0.9,
                       promised_date=now.date() + timedelta(days=14) if dated else None,
                       amount=Decimal("1250.00") if intent in ("promise_to_pay", "already_paid", "dispute") else None,
                       currency="GBP", invoice_refs=variant.invoices)
    msg = parse_message(_sample_reply(now, variant).as_bytes())
    conversation = Conversation(id="sample", customer=CUSTOMER, invoices=variant.invoices,
                                message_ids=(msg.key,), subject=msg.subject, created=now - timedelta(days=30),
                                updated=now)
    offer = None
    if intent == "extension_request":
        offer = {"ok": variant.extension_ok, "until": c.promised_date,
                 "reason": "within policy" if variant.extension_ok else "beyond what the policy allows",
                 "instalments": 3 if variant.extension_ok else None}
    attachments = ["INV-1001.pdf"] if intent == "question" and variant is VARIANTS[0] else []
    return reply_context(config, store, conversation, msg, c, now, offer, attachments, variant.invoices)


def _template_problem(exc: TemplateError, name: str, path: Path, dirs: list[str]) -> str:
    """The error as `file:line: problem`. A syntax error carries its own file and line; an error
    while rendering (an unknown variable, say) is placed by the template's frame in the traceback."""
    text = str(exc)
    problem = text[len(name) + 2:] if text.startswith(name + ": ") else text
    cause = exc.__context__
    if cause is not None and getattr(cause, "lineno", None) is None:
        frames = [f for f in traceback.extract_tb(cause.__traceback__) if any(f.filename.startswith(d) for d in dirs)]
        if frames:
            return f"{frames[-1].filename}:{frames[-1].lineno}: {problem}"
    if text.startswith(name + ": "):
        return f"{path}: {problem}"
    return text


# ---- mail servers -----------------------------------------------------------------------------

def _check_imap(checks: Checks, config: Config) -> None:
    """Log in, EXAMINE the watched folder (read-only: not even \\Recent changes) and look for
    Drafts and Sent without creating them, as ImapMailbox.drafts_folder() would."""
    from .mail.imap import ImapMailbox, _mapped  # the mapping of IMAP errors into errors.py, reused

    cfg = config.imap
    box = ImapMailbox(cfg)
    try:
        box.connect()
    except Exception as exc:  # noqa: BLE001 - InboxAgentError (refused, unreachable, password source) or unmapped
        checks.fail("IMAP login", exc if isinstance(exc, InboxAgentError) else f"{type(exc).__name__}: {exc}")
        return
    try:
        try:
            count = _mapped(examine)(box, cfg.folder)
        except InboxAgentError as exc:
            checks.fail(f"IMAP folder {cfg.folder}", exc)
            return
        drafts = _mapped(find_drafts)(box)
        sent = box.sent_folder()
        idle = box.has_idle()
    except Exception as exc:  # noqa: BLE001 - reported as the check's one line
        checks.fail("IMAP folders", exc if isinstance(exc, InboxAgentError) else f"{type(exc).__name__}: {exc}")
        return
    finally:
        box.close()
    waits = "IDLE" if idle else f"no IDLE: polls every {cfg.poll_interval:g} s"
    checks.ok(f"IMAP login {cfg.username} at {cfg.host}:{cfg.port} ({cfg.folder} {count} message"
              f"{'' if count == 1 else 's'}, {drafts or 'no Drafts'}, {sent or 'no Sent'}, {waits})")
    if drafts is None:
        name = f"drafts_folder {cfg.drafts_folder!r}" if cfg.drafts_folder else "Drafts folder"
        checks.note(f"{name} missing: it will be created on the first run")
    if sent is None:
        checks.note("no Sent folder found (set [imap] sent_folder): the agent cannot see which drafts "
                    "were sent, and counts them as discarded")


def examine(box: Any, folder: str) -> int:
    """The number of messages in `folder`, opened read-only (EXAMINE)."""
    info = box.c.select_folder(folder, readonly=True)
    return int(info.get(b"EXISTS", 0))


def find_drafts(box: Any) -> str | None:
    """The Drafts folder ImapMailbox.drafts_folder() would use, or None where it would create one."""
    from imapclient.imapclient import DRAFTS

    from .mail.imap import DRAFT_NAMES

    wanted = box.cfg.drafts_folder
    if wanted:
        return str(wanted) if box.c.folder_exists(wanted) else None
    special = box.c.find_special_folder(DRAFTS)
    if special:
        return str(special)
    names = {name.casefold(): name for _, _, name in box.c.list_folders()}
    return next((names[n.casefold()] for n in DRAFT_NAMES if n.casefold() in names), None)


def _check_smtp(cfg: ServerConfig) -> str:
    """Connect, TLS, EHLO and AUTH (when a username is set), then QUIT: never MAIL FROM."""
    import asyncio

    from .errors import MailError
    from .mail.smtp import _mapped_error  # the mapping of SMTP errors into errors.py, reused

    password = cfg.password.resolve().reveal() if cfg.username else None
    try:
        asyncio.run(_smtp_login(cfg, password))
    except MailError:
        raise
    except Exception as exc:  # noqa: BLE001 - mapped (or re-raised) by _mapped_error
        raise _mapped_error(cfg, exc) from None
    how = {"tls": "TLS", "starttls": "STARTTLS", "none": "no TLS"}[cfg.security]
    if cfg.username:
        return f"login {cfg.username} at {cfg.host}:{cfg.port} ({how}; logged in and out, nothing sent)"
    return f"{cfg.host}:{cfg.port} answered ({how}; no username: a relay without login; nothing sent)"


async def _smtp_login(cfg: ServerConfig, password: str | None) -> None:
    import aiosmtplib

    from .mail.imap import tls_context

    client = aiosmtplib.SMTP(
        hostname=cfg.host, port=cfg.port, username=cfg.username or None, password=password or None,
        timeout=cfg.timeout, use_tls=cfg.security == "tls", start_tls=cfg.security == "starttls",
        tls_context=tls_context(cfg) if cfg.security != "none" else None,
    )
    await client.connect()  # the greeting, TLS or STARTTLS, EHLO, and AUTH when a username is set
    try:
        if client.is_ehlo_or_helo_needed:
            await client.ehlo()
    finally:
        await client.quit()
