"""inboxagent.toml: a good file loads into typed objects; a bad one fails naming the file, the key
and the problem; passwords come from a command, the environment or (warned about) the file, and
never show up in an error, a log line or a repr."""

from __future__ import annotations

import logging
import ssl
import textwrap
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from click.testing import CliRunner

from conftest import Account
from inboxagent.cli import main
from inboxagent.config import AgentConfig, Config, ImapConfig, ServerConfig, load_config
from inboxagent.errors import ConfigError
from inboxagent.mail.imap import tls_context

PASSWORD = "Hunter2-Sup3rSecret-pw"  # unique enough that finding it anywhere is a leak

GOOD = f"""\
[imap]
host = "imap.example.com"
port = 993
username = "accounts@northwind-supplies.example"
password_command = "printf '%s\\n' '{PASSWORD}'"
security = "tls"
folder = "INBOX"

[smtp]
host = "smtp.example.com"
port = 465
username = "accounts@northwind-supplies.example"
password_env = "INBOXAGENT_TEST_SMTP_PASSWORD"
security = "tls"

[agent]
from = "Northwind Accounts <accounts@northwind-supplies.example>"
mode = "draft"
state = "inboxagent-state.json"
rules = "rules"
templates = "templates"
timezone = "Europe/London"

[company]
name = "Northwind Supplies Ltd"
"""

MINIMAL_AGENT = '[agent]\nfrom = "Accounts <accounts@example.com>"\n'


def imap_section(**keys: object) -> str:
    """An [imap] table; values are TOML literals (strings already quoted)."""
    values: dict[str, object] = {
        "host": '"imap.example.com"', "username": '"accounts@example.com"', "password_env": '"IA_TEST_PW"',
    }
    values.update(keys)
    return "[imap]\n" + "".join(f"{k} = {v}\n" for k, v in values.items() if v is not None)


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "inboxagent.toml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def config_error(path: Path) -> ConfigError:
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    return caught.value


# ---- a good file ----------------------------------------------------------------------------

def test_good_config_loads_into_typed_objects(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INBOXAGENT_TEST_SMTP_PASSWORD", "smtp-" + PASSWORD)
    cfg = load_config(write(tmp_path, GOOD))
    assert isinstance(cfg, Config)
    assert isinstance(cfg.imap, ImapConfig) and isinstance(cfg.smtp, ServerConfig)
    assert isinstance(cfg.agent, AgentConfig)
    assert (cfg.imap.host, cfg.imap.port, cfg.imap.security, cfg.imap.folder) == ("imap.example.com", 993, "tls", "INBOX")
    assert cfg.imap.username == "accounts@northwind-supplies.example"
    assert cfg.smtp is not None and (cfg.smtp.host, cfg.smtp.port) == ("smtp.example.com", 465)
    assert cfg.agent.from_name == "Northwind Accounts"
    assert cfg.agent.from_addr == "accounts@northwind-supplies.example"
    assert cfg.agent.mode == "draft"
    assert cfg.agent.timezone == ZoneInfo("Europe/London")
    # Paths are relative to the config file, not to the working directory.
    assert cfg.agent.state == tmp_path / "inboxagent-state.json"
    assert cfg.agent.rules == tmp_path / "rules" and cfg.agent.templates == tmp_path / "templates"
    assert cfg.company.name == "Northwind Supplies Ltd"
    with pytest.raises(AttributeError):
        cfg.imap.host = "elsewhere"  # type: ignore[misc]  # frozen
    assert cfg.imap.password.resolve().reveal() == PASSWORD
    assert cfg.smtp.password.resolve().reveal() == "smtp-" + PASSWORD


def test_defaults(tmp_path: Path) -> None:
    cfg = load_config(write(tmp_path, imap_section() + MINIMAL_AGENT))
    assert (cfg.imap.port, cfg.imap.security, cfg.imap.folder) == (993, "tls", "INBOX")
    assert cfg.imap.drafts_folder is None and cfg.imap.sent_folder is None
    assert cfg.smtp is None
    assert cfg.agent.mode == "draft"
    assert cfg.agent.state == tmp_path / "inboxagent-state.json"
    assert cfg.imap.ca_file is None


def test_starttls_and_plain_default_ports(tmp_path: Path) -> None:
    starttls = load_config(write(tmp_path, imap_section(security='"starttls"') + MINIMAL_AGENT))
    assert starttls.imap.port == 143
    plain = load_config(write(tmp_path, imap_section(host='"127.0.0.1"', security='"none"') + MINIMAL_AGENT))
    assert plain.imap.port == 143


def test_certificate_verification_is_on_by_default(tmp_path: Path) -> None:
    cfg = load_config(write(tmp_path, imap_section() + MINIMAL_AGENT))
    ctx = tls_context(cfg.imap)
    assert ctx.verify_mode == ssl.CERT_REQUIRED
    assert ctx.check_hostname is True
    assert ctx.minimum_version >= ssl.TLSVersion.TLSv1_2


@pytest.mark.parametrize("key", ["verify = false", "insecure = true", "tls_verify = false", "ssl_verify = false"])
def test_there_is_no_switch_to_turn_verification_off(tmp_path: Path, key: str) -> None:
    error = config_error(write(tmp_path, imap_section() + key + "\n" + MINIMAL_AGENT))
    assert "unknown key" in str(error) and key.split()[0] in str(error)


def test_ca_file_is_relative_to_the_config_and_must_exist(tmp_path: Path) -> None:
    (tmp_path / "my-ca.pem").write_text("not read here")
    cfg = load_config(write(tmp_path, imap_section(ca_file='"my-ca.pem"') + MINIMAL_AGENT))
    assert cfg.imap.ca_file == tmp_path / "my-ca.pem"
    error = config_error(write(tmp_path, imap_section(ca_file='"missing-ca.pem"') + MINIMAL_AGENT))
    assert error.key == "[imap] ca_file" and "missing-ca.pem" in str(error)


# ---- where the password comes from --------------------------------------------------------

def test_password_command(tmp_path: Path) -> None:
    cfg = load_config(write(tmp_path, imap_section(password_env=None, password_command=f"\"echo '{PASSWORD}'\"") + MINIMAL_AGENT))
    assert cfg.imap.password.resolve().reveal() == PASSWORD


def test_password_command_is_run_only_when_needed(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    cfg = load_config(write(tmp_path, imap_section(password_env=None, password_command=f'"touch {marker}; echo pw"') + MINIMAL_AGENT))
    assert not marker.exists(), "loading the config must not run the command"
    assert cfg.imap.password.resolve().reveal() == "pw"
    assert marker.exists()


def test_password_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IA_TEST_PW", PASSWORD)
    cfg = load_config(write(tmp_path, imap_section() + MINIMAL_AGENT))
    assert cfg.imap.password.resolve().reveal() == PASSWORD


def test_password_env_not_set_names_the_variable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("IA_TEST_PW", raising=False)
    path = write(tmp_path, imap_section() + MINIMAL_AGENT)
    with pytest.raises(ConfigError) as caught:
        load_config(path).imap.password.resolve()
    assert str(path) in str(caught.value)
    assert caught.value.key == "[imap] password_env" and "IA_TEST_PW" in str(caught.value)


def test_plain_password_works_and_is_warned_about(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    path = write(tmp_path, imap_section(password_env=None, password=f'"{PASSWORD}"') + MINIMAL_AGENT)
    cfg = load_config(path)
    assert cfg.imap.password.resolve().reveal() == PASSWORD
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    message = warnings[0].getMessage()
    assert str(path) in message and "[imap] password" in message and "plain text" in message
    assert PASSWORD not in caplog.text


def test_only_one_password_source(tmp_path: Path) -> None:
    error = config_error(write(tmp_path, imap_section(password='"x"') + MINIMAL_AGENT))
    assert "only one of" in str(error) and "password_env" in str(error)


def test_a_password_source_is_required(tmp_path: Path) -> None:
    error = config_error(write(tmp_path, imap_section(password_env=None) + MINIMAL_AGENT))
    assert error.key is not None and error.key.startswith("[imap]")
    assert "password_command, password_env or password is required" in str(error)


# ---- security = none ----------------------------------------------------------------------

@pytest.mark.parametrize("host", ["imap.example.com", "192.168.1.10", "10.0.0.1", "localhost.example.com"])
def test_security_none_is_refused_for_a_remote_host(tmp_path: Path, host: str) -> None:
    path = write(tmp_path, imap_section(host=f'"{host}"', security='"none"') + MINIMAL_AGENT)
    error = config_error(path)
    assert str(path) in str(error)
    assert error.key == "[imap] security"
    assert "clear text" in error.problem and host in error.problem


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "::1", "127.0.0.2", "LOCALHOST"])
def test_security_none_is_accepted_for_loopback(tmp_path: Path, host: str) -> None:
    cfg = load_config(write(tmp_path, imap_section(host=f'"{host}"', security='"none"') + MINIMAL_AGENT))
    assert cfg.imap.security == "none" and cfg.imap.is_loopback


def test_security_none_is_refused_for_remote_smtp_too(tmp_path: Path) -> None:
    smtp = '[smtp]\nhost = "smtp.example.com"\nsecurity = "none"\n'
    error = config_error(write(tmp_path, imap_section() + smtp + MINIMAL_AGENT))
    assert error.key == "[smtp] security"


# ---- bad files ----------------------------------------------------------------------------

def test_toml_syntax_error_names_file_and_position(tmp_path: Path) -> None:
    path = write(tmp_path, '[imap]\nhost = "imap.example.com\nport = 993\n' + MINIMAL_AGENT)
    error = config_error(path)
    assert str(error).startswith(f"{path}: not valid TOML")
    assert "line 2" in str(error)


def test_missing_file(tmp_path: Path) -> None:
    error = config_error(tmp_path / "nope.toml")
    assert str(tmp_path / "nope.toml") in str(error) and "inboxagent init" in str(error)


@pytest.mark.parametrize("text, key", [
    (MINIMAL_AGENT, "[imap]"),
    (imap_section(), "[agent]"),
])
def test_missing_section(tmp_path: Path, text: str, key: str) -> None:
    path = write(tmp_path, text)
    error = config_error(path)
    assert str(error) == f"{path}: {key}: section is missing"


def test_send_mode_needs_smtp(tmp_path: Path) -> None:
    error = config_error(write(tmp_path, imap_section() + MINIMAL_AGENT + 'mode = "send"\n'))
    assert error.key == "[smtp]" and "send" in error.problem


@pytest.mark.parametrize("text, key, problem", [
    (imap_section(hots='"x"') + MINIMAL_AGENT, "[imap] hots", "unknown key"),
    (imap_section() + MINIMAL_AGENT + "colour = 1\n", "[agent] colour", "unknown key"),
    (imap_section() + MINIMAL_AGENT + "[company]\nfax = \"1\"\n", "[company] fax", "unknown key"),
    (imap_section() + MINIMAL_AGENT + "[smpt]\n", "[smpt]", "unknown section"),
    (imap_section(port='"993"') + MINIMAL_AGENT, "[imap] port", "must be an integer from 1 to 65535"),
    (imap_section(port="70000") + MINIMAL_AGENT, "[imap] port", "must be an integer from 1 to 65535"),
    (imap_section(port="true") + MINIMAL_AGENT, "[imap] port", "must be an integer"),
    (imap_section(host="5") + MINIMAL_AGENT, "[imap] host", "must be a non-empty string"),
    (imap_section(host='""') + MINIMAL_AGENT, "[imap] host", "must be a non-empty string"),
    (imap_section(username=None) + MINIMAL_AGENT, "[imap] username", "is required"),
    (imap_section(folder="7") + MINIMAL_AGENT, "[imap] folder", "must be a non-empty string"),
    (imap_section(drafts_folder="5") + MINIMAL_AGENT, "[imap] drafts_folder", "must be a non-empty string"),
    (imap_section(sent_folder='["Sent"]') + MINIMAL_AGENT, "[imap] sent_folder", "must be a non-empty string"),
    (imap_section(drafts_folder='""') + MINIMAL_AGENT, "[imap] drafts_folder", "must be a non-empty string"),
    (imap_section(security='"ssl"') + MINIMAL_AGENT, "[imap] security", "must be one of tls, starttls, none"),
    (imap_section(timeout="0") + MINIMAL_AGENT, "[imap] timeout", "must be a positive number"),
    (imap_section(timeout='"30"') + MINIMAL_AGENT, "[imap] timeout", "must be a positive number"),
    (imap_section(password_env="5") + MINIMAL_AGENT, "[imap] password_env", "must be a non-empty string"),
    (imap_section(password_env='" "') + MINIMAL_AGENT, "[imap] password_env", "must be a non-empty string"),
    (imap_section() + '[agent]\nfrom = "not an address"\n', "[agent] from", "must be one address"),
    (imap_section() + '[agent]\nfrom = "a@example.com, b@example.com"\n', "[agent] from", "must be one address"),
    (imap_section() + MINIMAL_AGENT + 'mode = "auto"\n', "[agent] mode", "must be one of draft, send"),
    (imap_section() + MINIMAL_AGENT + 'timezone = "Mars/Olympus"\n', "[agent] timezone", "unknown time zone"),
    (imap_section() + MINIMAL_AGENT + "history_days = -1\n", "[agent] history_days", "from 0 to 3650"),
    (imap_section() + MINIMAL_AGENT + 'history_days = "30"\n', "[agent] history_days", "whole number"),
    (imap_section() + MINIMAL_AGENT + "state = 1\n", "[agent] state", "must be a path"),
    ("imap = 5\n" + MINIMAL_AGENT, "[imap]", "must be a table"),
])
def test_bad_value_names_file_key_and_problem(tmp_path: Path, text: str, key: str, problem: str) -> None:
    path = write(tmp_path, text)
    error = config_error(path)
    assert error.key == key
    assert problem in error.problem
    assert str(error).startswith(f"{path}: {key}: ")


def test_cli_shows_a_config_error_as_one_line_with_exit_code_2(tmp_path: Path) -> None:
    path = write(tmp_path, imap_section(port='"993"') + MINIMAL_AGENT)
    result = CliRunner().invoke(main, ["status", "--config", str(path)])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        f"inboxagent: {path}: [imap] port: must be an integer from 1 to 65535, got '993'"]


# ---- secrets ------------------------------------------------------------------------------

def test_password_never_in_repr(tmp_path: Path) -> None:
    cfg = load_config(write(tmp_path, imap_section(password_env=None, password=f'"{PASSWORD}"') + MINIMAL_AGENT))
    assert PASSWORD not in repr(cfg) and PASSWORD not in str(cfg)
    assert PASSWORD not in repr(cfg.imap.password) and PASSWORD not in repr(cfg.imap.password.resolve())
    assert PASSWORD not in str(cfg.imap.password.resolve())
    assert PASSWORD not in f"{cfg.imap.password.resolve()}"


@pytest.mark.parametrize("command, problem", [
    (f"echo '{PASSWORD}'; echo '{PASSWORD}' >&2; exit 3", "exited with status 3"),
    ("true", "printed nothing"),
])
def test_failing_password_command_does_not_echo_its_output(tmp_path: Path, command: str, problem: str,
                                                          caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    path = write(tmp_path, imap_section(password_env=None, password_command=f'"{command}"') + MINIMAL_AGENT)
    with pytest.raises(ConfigError) as caught:
        load_config(path).imap.password.resolve()
    assert caught.value.key == "[imap] password_command" and problem in str(caught.value)
    assert PASSWORD not in str(caught.value) and PASSWORD not in caplog.text


@pytest.mark.parametrize("text", [
    # The password is in the file, and something else in it is wrong.
    imap_section(password_env=None, password=f'"{PASSWORD}"', port='"x"') + MINIMAL_AGENT,
    imap_section(password_env=None, password=f'"{PASSWORD}"', security='"none"') + MINIMAL_AGENT,
    imap_section(password_env=None, password=f'"{PASSWORD}"') + '[agent]\nfrom = "bad"\n',
    imap_section(password_env=None, password=f'"{PASSWORD}"', password_command='"x"') + MINIMAL_AGENT,
    imap_section(password_env=None, pasword=f'"{PASSWORD}"') + MINIMAL_AGENT,  # misspelt key
    imap_section(password_env=None, password=f'"{PASSWORD}', port="1") + MINIMAL_AGENT,  # unterminated string
    imap_section(password_env=None, password=f"{PASSWORD}") + MINIMAL_AGENT,  # unquoted
    "[smtp]\n" + f'password = "{PASSWORD}"\nhost = "smtp.example.com"\n' + imap_section() + MINIMAL_AGENT,
])
def test_password_never_in_a_config_error_or_log(tmp_path: Path, text: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    path = write(tmp_path, text)
    error = config_error(path)
    assert str(path) in str(error)
    assert PASSWORD not in str(error) and PASSWORD not in repr(error)
    assert PASSWORD not in caplog.text


def test_password_never_in_cli_output_or_logs_on_a_refused_login(account: Account, tmp_path: Path,
                                                                 caplog: pytest.LogCaptureFixture) -> None:
    """A wrong password against the real Dovecot, with debug logging on."""
    caplog.set_level(logging.DEBUG)
    path = write(tmp_path, imap_section(host='"127.0.0.1"', port=str(account.port), username=f'"{account.user}"',
                                        security='"none"', password_env=None, password=f'"{PASSWORD}"')
                 + '[agent]\nfrom = "Accounts <accounts@example.com>"\nstate = "state.json"\n')
    result = CliRunner().invoke(main, ["run", "--once", "-v", "--config", str(path)])
    assert result.exit_code == 4, result.output
    assert "login refused" in result.output and account.user in result.output
    assert PASSWORD not in result.output
    assert PASSWORD not in caplog.text
    # ... nor in what the state file keeps.
    state = tmp_path / "state.json"
    assert not state.exists() or PASSWORD not in state.read_text()
