"""contrib/inboxagent.service: the commands it runs are real commands of the CLI, its exit-code
policy matches the errors the agent exits with, and the password set-up its comments describe
works against the real test Dovecot. (SIGTERM stopping `inboxagent run` cleanly, exit 0 with the
state intact, is tested in test_daemon.py.)"""

from __future__ import annotations

import configparser
import re
import shlex
import shutil
import subprocess
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from conftest import ROOT, Account, write_config
from inboxagent.cli import main
from inboxagent.errors import ConfigError, RulesError, StateError, TemplateError

UNIT = ROOT / "contrib" / "inboxagent.service"


def unit() -> configparser.ConfigParser:
    parser = configparser.ConfigParser(strict=False, interpolation=None, comment_prefixes=("#", ";"),
                                       empty_lines_in_values=False)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # systemd keys are case-sensitive
    parser.read_string(UNIT.read_text(encoding="utf-8"))
    return parser


def comments() -> str:
    return "\n".join(line[1:].strip() for line in UNIT.read_text(encoding="utf-8").splitlines() if line.startswith("#"))


def parse_cli(argv: list[str]) -> tuple[str, click.Context]:
    """The subcommand name and its parsed context, as click would run `inboxagent ARGV` (the
    group takes no options but --help and --version); click.UsageError for an unknown option."""
    group_ctx = click.Context(main, info_name="inboxagent")
    command = main.get_command(group_ctx, argv[0])
    assert command is not None, f"inboxagent has no command {argv[0]!r}"
    return argv[0], command.make_context(argv[0], list(argv[1:]), parent=group_ctx)


def test_exec_start_runs_the_daemon_with_a_config_file() -> None:
    service = unit()["Service"]
    argv = shlex.split(service["ExecStart"])
    assert Path(argv[0]).name == "inboxagent"
    name, ctx = parse_cli(argv[1:])
    assert name == "run" and ctx.params["once"] is False, "the daemon, not a single pass"
    assert ctx.params["config"] == "/etc/inboxagent/inboxagent.toml"
    assert ctx.params["now"] is None, "a service runs on the real clock"


def test_the_check_command_in_the_comments_is_a_real_command() -> None:
    text = comments().replace("\\\n", " ")
    line = next(line for line in text.splitlines() if " check --config" in line)
    argv = shlex.split(line)
    binary = next(i for i, word in enumerate(argv) if word.endswith("/inboxagent"))
    assert argv[binary] == shlex.split(unit()["Service"]["ExecStart"])[0], "the same installation"
    name, ctx = parse_cli(argv[binary + 1:])
    assert name == "check" and ctx.params["config"] == "/etc/inboxagent/inboxagent.toml"
    service = unit()["Service"]
    assert f"--property=User={service['User']}" in argv[:binary]
    assert f"--property=StateDirectory={service['StateDirectory']}" in argv[:binary]
    assert f"--property=LoadCredential={service['LoadCredential']}" in argv[:binary], \
        "check gets the same credential as the service"


def test_restart_policy_and_sandbox() -> None:
    service = unit()["Service"]
    assert service["User"] not in ("", "root") and service["Restart"] == "on-failure"
    # The codes that a person must fix are exactly the agent's config/rules/template and state errors.
    assert set(map(int, service["RestartPreventExitStatus"].split())) == {
        ConfigError.exit_code, RulesError.exit_code, TemplateError.exit_code, StateError.exit_code}
    assert service.get("KillSignal", "SIGTERM") == "SIGTERM", "the agent stops cleanly on SIGTERM"
    assert service["NoNewPrivileges"] == "yes" and service["ProtectSystem"] == "strict"
    state = re.search(r'^state = "(.+)"$', comments(), re.M)
    assert state, "the comments say where the state goes"
    folder = str(Path(state.group(1)).parent)
    assert folder in service["ReadWritePaths"].split(), "the state folder is writable"
    assert folder == f"/var/lib/{service['StateDirectory']}" == service["WorkingDirectory"]
    assert "StandardOutput" not in service and "StandardError" not in service, "both go to the journal"


def test_systemd_accepts_the_unit(tmp_path: Path) -> None:
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("systemd-analyze is not installed")
    here = shutil.which("inboxagent") or str(Path(ROOT / ".venv" / "bin" / "inboxagent"))
    if not Path(here).exists():
        pytest.skip("no inboxagent executable to stand in for /opt/inboxagent/bin/inboxagent")
    copy = tmp_path / "inboxagent.service"
    copy.write_text(UNIT.read_text(encoding="utf-8").replace("/opt/inboxagent/bin/inboxagent", here))
    done = subprocess.run([analyze, "verify", str(copy)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout.strip() == "" and done.stderr.strip() == "", done.stderr


def test_the_credential_password_command_logs_in(tmp_path: Path, account: Account,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """The comments' password_command, with $CREDENTIALS_DIRECTORY as systemd sets it."""
    documented = re.search(r"^password_command = .+$", comments(), re.M)
    assert documented
    config = write_config(tmp_path, account)
    text = config.read_text().replace(f'password = "{account.password}"', documented.group(0))
    assert documented.group(0) in text
    config.write_text(text)
    credentials = tmp_path / "credentials"
    credentials.mkdir()
    (credentials / "imap-password").write_text(account.password + "\n")
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(credentials))

    result = CliRunner().invoke(main, ["check", "--config", str(config)], catch_exceptions=False)

    assert result.exit_code == 0, result.output
    assert f"ok IMAP login {account.user}" in result.output
    assert "plain text" not in result.output

    monkeypatch.delenv("CREDENTIALS_DIRECTORY")  # outside the service: a clear one-line failure
    result = CliRunner().invoke(main, ["check", "--config", str(config)], catch_exceptions=False)
    assert result.exit_code == 1
    assert f"FAILED IMAP login: {config}: [imap] password_command: command exited with status 1" in result.output
