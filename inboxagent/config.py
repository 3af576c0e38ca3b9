"""Loads and validates inboxagent.toml once, into frozen typed objects; secrets stay hidden."""

from __future__ import annotations

import ipaddress
import logging
import os
import subprocess
import tomllib
from dataclasses import dataclass, field
from email.utils import getaddresses
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .errors import ConfigError

log = logging.getLogger(__name__)

DEFAULT_PATH = "inboxagent.toml"
SECURITY = ("tls", "starttls", "none")
MODES = ("draft", "send")


class Secret:
    """A password that never shows itself in logs, reprs or tracebacks."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('***')"

    __str__ = __repr__


@dataclass(frozen=True)
class PasswordSource:
    """Where a server password comes from; read only when a connection needs it."""

    config_path: Path
    section: str
    command: str | None = None
    env: str | None = None
    value: Secret | None = None

    def resolve(self) -> Secret:
        if self.value is not None:
            return self.value
        if self.env is not None:
            found = os.environ.get(self.env)
            if not found:
                raise ConfigError(
                    self.config_path,
                    f"[{self.section}] password_env",
                    f"environment variable {self.env} is not set",
                )
            return Secret(found)
        if self.command is not None:
            try:
                done = subprocess.run(
                    self.command, shell=True, capture_output=True, text=True, timeout=60
                )
            except subprocess.TimeoutExpired:
                raise ConfigError(
                    self.config_path, f"[{self.section}] password_command", "timed out after 60 s"
                ) from None
            if done.returncode != 0:
                # Never echo the command's output: it may hold the secret or part of it.
                raise ConfigError(
                    self.config_path,
                    f"[{self.section}] password_command",
                    f"command exited with status {done.returncode}",
                )
            lines = done.stdout.splitlines()
            if not lines or not lines[0]:
                raise ConfigError(
                    self.config_path, f"[{self.section}] password_command", "command printed nothing"
                )
            return Secret(lines[0])
        return Secret("")


@dataclass(frozen=True)
class ServerConfig:
    host: str
    port: int
    username: str
    password: PasswordSource = field(repr=False)
    security: str = "tls"
    ca_file: Path | None = None
    timeout: float = 30.0

    @property
    def is_loopback(self) -> bool:
        return is_loopback(self.host)


@dataclass(frozen=True)
class ImapConfig(ServerConfig):
    folder: str = "INBOX"
    drafts_folder: str | None = None
    sent_folder: str | None = None
    idle_timeout: float = 540.0  # re-issue IDLE every 9 minutes, well inside RFC 2177's 29
    poll_interval: float = 60.0  # when the server has no IDLE


@dataclass(frozen=True)
class Company:
    name: str
    phone: str = ""
    website: str = ""
    payment_details: str = ""


@dataclass(frozen=True)
class AgentConfig:
    from_name: str
    from_addr: str
    mode: str
    state: Path
    rules: Path
    templates: Path
    timezone: ZoneInfo
    history_days: int = 30  # on the first pass, mail older than this is left alone
    model: Path | None = None  # an intent model built with `inboxagent train --out`; None = the packaged one
    locale: str = "en_GB"  # how amounts are written for customers without a locale of their own (Babel name)

    @property
    def from_header(self) -> str:
        from email.utils import formataddr

        return formataddr((self.from_name, self.from_addr))

    @property
    def domain(self) -> str:
        return self.from_addr.rpartition("@")[2]


@dataclass(frozen=True)
class Config:
    path: Path
    imap: ImapConfig
    smtp: ServerConfig | None
    agent: AgentConfig
    company: Company


def is_loopback(host: str) -> bool:
    if host.lower() in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def config_path(explicit: str | None) -> Path:
    """The config file to use: --config, else $INBOXAGENT_CONFIG, else ./inboxagent.toml."""
    return Path(explicit or os.environ.get("INBOXAGENT_CONFIG") or DEFAULT_PATH)


def load_config(path: Path) -> Config:
    """Read and validate the whole file; every problem names the file and the key."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(path, None, "file not found (create one with `inboxagent init`)") from None
    except OSError as exc:
        raise ConfigError(path, None, f"cannot read: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise ConfigError(path, None, "not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(path, None, f"not valid TOML: {exc}") from None
    return _Reader(path, raw).config()


class _Reader:
    """Validates one parsed file, section by section."""

    def __init__(self, path: Path, raw: dict[str, Any]) -> None:
        self.path = path
        self.raw = raw
        self.base = path.parent

    def fail(self, section: str, key: str | None, problem: str) -> ConfigError:
        return ConfigError(self.path, f"[{section}]" + (f" {key}" if key else ""), problem)

    def section(self, name: str, known: set[str], required: bool = True) -> dict[str, Any] | None:
        table = self.raw.get(name)
        if table is None:
            if required:
                raise ConfigError(self.path, f"[{name}]", "section is missing")
            return None
        if not isinstance(table, dict):
            raise ConfigError(self.path, f"[{name}]", "must be a table")
        for key in table:
            if key not in known:
                raise self.fail(name, key, f"unknown key (known: {', '.join(sorted(known))})")
        return table

    def text(self, sec: str, table: dict[str, Any], key: str, default: str | None = None) -> str:
        value = table.get(key, default)
        if value is None:
            raise self.fail(sec, key, "is required")
        if not isinstance(value, str) or (not value.strip() and default is None):
            raise self.fail(sec, key, "must be a non-empty string")
        return value

    def optional_text(self, sec: str, table: dict[str, Any], key: str) -> str | None:
        value = table.get(key)
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip():
            raise self.fail(sec, key, "must be a non-empty string")
        return value

    def number(self, sec: str, table: dict[str, Any], key: str, default: float) -> float:
        value = table.get(key, default)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
            raise self.fail(sec, key, f"must be a positive number, got {value!r}")
        return float(value)

    def choice(self, sec: str, table: dict[str, Any], key: str, options: tuple[str, ...], default: str) -> str:
        value = table.get(key, default)
        if value not in options:
            raise self.fail(sec, key, f"must be one of {', '.join(options)}, got {value!r}")
        return str(value)

    def path_of(self, sec: str, table: dict[str, Any], key: str, default: str | None) -> Path | None:
        value = table.get(key, default)
        if value is None:
            return None
        if not isinstance(value, str) or not value:
            raise self.fail(sec, key, "must be a path")
        p = Path(value).expanduser()
        return p if p.is_absolute() else self.base / p

    def server(self, sec: str, extra: set[str]) -> dict[str, Any]:
        known = {
            "host", "port", "username", "password", "password_env", "password_command",
            "security", "ca_file", "timeout",
        } | extra
        table = self.section(sec, known)
        assert table is not None
        host = self.text(sec, table, "host")
        security = self.choice(sec, table, "security", SECURITY, "tls")
        if security == "none" and not is_loopback(host):
            raise self.fail(
                sec, "security",
                f"'none' sends the password in clear text; it is only allowed to a loopback host, not {host!r}",
            )
        default_port = {"imap": {"tls": 993, "starttls": 143, "none": 143},
                         "smtp": {"tls": 465, "starttls": 587, "none": 25}}[sec][security]
        port = table.get("port", default_port)
        if isinstance(port, bool) or not isinstance(port, int) or not 0 < port < 65536:
            raise self.fail(sec, "port", f"must be an integer from 1 to 65535, got {port!r}")
        ca_file = self.path_of(sec, table, "ca_file", None)
        if ca_file is not None and not ca_file.is_file():
            raise self.fail(sec, "ca_file", f"file not found: {ca_file}")
        common = dict(host=host, port=port, security=security, ca_file=ca_file,
                      timeout=self.number(sec, table, "timeout", 30.0))
        # An SMTP relay may take mail without logging in: then username and password are left out.
        username = self.text(sec, table, "username", "" if sec == "smtp" else None).strip()
        sources = [k for k in ("password", "password_env", "password_command") if k in table]
        if len(sources) > 1:
            raise self.fail(sec, None, f"give only one of {', '.join(sources)}")
        if not username:
            if sources:
                raise self.fail(sec, sources[0], "a password without a username; give both, or neither for a relay without login")
            return dict(common, username="", password=PasswordSource(self.path, sec))
        if not sources:
            raise self.fail(sec, "password_command", "one of password_command, password_env or password is required")
        kind = sources[0]
        value = table[kind]
        if not isinstance(value, str) or (kind != "password" and not value.strip()):
            raise self.fail(sec, kind, "must be a non-empty string")
        if kind == "password":
            log.warning("%s: [%s] password is stored in plain text; prefer password_command or password_env", self.path, sec)
        password = PasswordSource(
            self.path, sec,
            command=value if kind == "password_command" else None,
            env=value if kind == "password_env" else None,
            value=Secret(value) if kind == "password" else None,
        )
        return dict(common, username=username, password=password)

    def config(self) -> Config:
        for name in self.raw:
            if name not in ("imap", "smtp", "agent", "company"):
                raise ConfigError(self.path, f"[{name}]", "unknown section (known: imap, smtp, agent, company)")
        imap_extra = {"folder", "drafts_folder", "sent_folder", "idle_timeout", "poll_interval"}
        common = self.server("imap", imap_extra)
        table = self.raw["imap"]
        imap = ImapConfig(
            **common,
            folder=self.text("imap", table, "folder", "INBOX"),
            drafts_folder=self.optional_text("imap", table, "drafts_folder"),
            sent_folder=self.optional_text("imap", table, "sent_folder"),
            idle_timeout=min(self.number("imap", table, "idle_timeout", 540.0), 29 * 60.0),
            poll_interval=self.number("imap", table, "poll_interval", 60.0),
        )
        agent = self.agent()
        smtp = ServerConfig(**self.server("smtp", set())) if "smtp" in self.raw else None
        if agent.mode == "send" and smtp is None:
            raise ConfigError(self.path, "[smtp]", "section is required when [agent] mode = \"send\"")
        company_table = self.section("company", {"name", "phone", "website", "payment_details"}, required=False) or {}
        company = Company(
            name=self.text("company", company_table, "name", agent.from_name or agent.domain),
            phone=self.text("company", company_table, "phone", ""),
            website=self.text("company", company_table, "website", ""),
            payment_details=self.text("company", company_table, "payment_details", ""),
        )
        return Config(path=self.path, imap=imap, smtp=smtp, agent=agent, company=company)

    def agent(self) -> AgentConfig:
        sec = "agent"
        table = self.section(sec, {"from", "mode", "state", "rules", "templates", "timezone", "history_days", "model",
                                   "locale"})
        assert table is not None
        sender = self.text(sec, table, "from")
        (name, addr), *rest = getaddresses([sender]) or [("", "")]
        if rest or "@" not in addr or addr.startswith("@") or addr.endswith("@"):
            raise self.fail(sec, "from", f"must be one address like 'Accounts <accounts@example.com>', got {sender!r}")
        tz_name = self.text(sec, table, "timezone", "UTC")
        try:
            tz = ZoneInfo(tz_name)
        except (ZoneInfoNotFoundError, ValueError):
            raise self.fail(sec, "timezone", f"unknown time zone {tz_name!r} (use a name like Europe/London)") from None
        state = self.path_of(sec, table, "state", "inboxagent-state.json")
        rules = self.path_of(sec, table, "rules", "rules")
        templates = self.path_of(sec, table, "templates", "templates")
        assert state is not None and rules is not None and templates is not None
        history = table.get("history_days", 30)
        if isinstance(history, bool) or not isinstance(history, int) or not 0 <= history <= 3650:
            raise self.fail(sec, "history_days", f"must be a whole number of days from 0 to 3650, got {history!r}")
        locale = self.text(sec, table, "locale", "en_GB").strip()
        try:
            from .money import parse_locale

            parse_locale(locale)
        except ValueError as exc:
            raise self.fail(sec, "locale", str(exc)) from None
        return AgentConfig(
            from_name=name, from_addr=addr.lower(), mode=self.choice(sec, table, "mode", MODES, "draft"),
            state=state, rules=rules, templates=templates, timezone=tz, history_days=history,
            model=self.path_of(sec, table, "model", None), locale=locale,
        )
