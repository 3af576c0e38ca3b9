"""The state file under faults, through the real command line: a damaged file stops every command
with the file, the fault and the way back; `state restore` puts the backup back; processes sharing
the file never lose each other's writes; two daemons never run on one state."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

import mailfactory as mf
from conftest import ROOT, Account, write_config
from inboxagent.cli import main
from inboxagent import store as store_module
from inboxagent.store import Store

MORE_CSV = mf.INVOICES_CSV + "INV-30001,Acme Fabrication Ltd,ap@acme-fab.example,75.00,GBP,2026-11-01,2026-12-01,open,,\n"
LATER_CSV = mf.INVOICES_CSV + "INV-40001,Copperleaf Studio,hello@copperleaf.example,20.00,USD,2026-11-02,2026-12-02,open,,\n"
ENV = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))


def cli(config: Path, *args: str) -> Result:
    return CliRunner().invoke(main, [*args, "--config", str(config)])


def ok(config: Path, *args: str) -> str:
    result = cli(config, *args)
    assert result.exit_code == 0, result.output
    return result.output


def files(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


@pytest.fixture
def workdir(account: Account, tmp_path: Path) -> Path:
    """A config on the test account, and a state whose backup is the state before the last import."""
    config = write_config(tmp_path, account)
    (tmp_path / "invoices.csv").write_text(mf.INVOICES_CSV)
    (tmp_path / "more.csv").write_text(MORE_CSV)
    ok(config, "invoices", "import", str(tmp_path / "invoices.csv"))
    assert not (tmp_path / "state.json.bak").exists(), "nothing to keep before the first state"
    ok(config, "invoices", "import", str(tmp_path / "more.csv"))  # loads the state, keeps it, then writes
    return tmp_path


def damage(state: Path, kind: str) -> bytes:
    good = state.read_bytes()
    middle = good.index(b"{", len(good) // 2)
    bad = {
        "truncated": good[: len(good) // 2],  # the end of the file never reached the disk
        "corrupt": good[:middle] + b"#" * 40 + good[middle + 40:],  # a scribbled block in the middle
        "empty": b"",
        "zeros": b"\0" * len(good),  # what some file systems leave after a power cut
    }[kind]
    state.write_bytes(bad)
    return bad


@pytest.mark.parametrize("kind, problem", [
    ("truncated", "truncated"), ("corrupt", "is corrupt (line 1 column"), ("empty", "is empty"), ("zeros", "only zero bytes"),
])
def test_a_damaged_state_stops_every_command_naming_the_file_the_fault_and_restore(
        workdir: Path, kind: str, problem: str) -> None:
    config, state = workdir / "inboxagent.toml", workdir / "state.json"
    backup = (workdir / "state.json.bak").read_bytes()
    bad = damage(state, kind)
    before = files(workdir)
    for args in (["status"], ["invoices", "list"], ["invoices", "import", str(workdir / "more.csv")],
                 ["resolve", "INV-20431"], ["run", "--once"], ["state", "check"]):
        result = cli(config, *args)
        assert result.exit_code == 3, (args, result.output)
        message = result.output.strip()
        assert message.startswith(f"inboxagent: {state}: the state file ") and problem in message, (args, message)
        assert "run `inboxagent state restore` to go back to the backup of" in message, (args, message)
        assert "\n" not in message and "Traceback" not in message, (args, message)
    assert state.read_bytes() == bad, "the damaged file is left exactly as it was found"
    assert (workdir / "state.json.bak").read_bytes() == backup, "the backup is never replaced by a bad state"
    assert files(workdir) == before, "no lock, temporary or other file is left behind"


def test_restore_puts_the_backup_back_and_keeps_the_broken_file(workdir: Path) -> None:
    config, state = workdir / "inboxagent.toml", workdir / "state.json"
    backup = (workdir / "state.json.bak").read_bytes()
    bad = damage(state, "truncated")

    out = ok(config, "state", "restore")
    kept = [p for p in workdir.iterdir() if p.name.startswith("state.json.corrupt-")]
    assert len(kept) == 1 and kept[0].read_bytes() == bad, "the broken file is kept, byte for byte"
    assert f"{state}: the state file is corrupt: truncated" in out
    assert f"kept the replaced file as {kept[0]}" in out
    assert f"restored {state} from the backup of " in out and "6 invoices, 3 customers" in out
    assert state.read_bytes() == backup
    listed = ok(config, "invoices", "list", "--all")
    assert "INV-20431" in listed and "INV-30001" not in listed, "the state as it was before the last import"

    report = ok(config, "state", "check")
    assert f"state:   {state} (" in report and "holds:   6 invoices, 3 customers, 0 conversations" in report
    assert "backup:  " in report and "loads, 6 invoices" in report

    # The state loads now: restoring again would throw away what changed since, so it needs --force.
    ok(config, "invoices", "import", str(workdir / "more.csv"))
    now = state.read_bytes()
    refused = cli(config, "state", "restore")
    assert refused.exit_code == 3 and "loads fine (7 invoices" in refused.output and "--force" in refused.output
    assert state.read_bytes() == now
    forced = ok(config, "state", "restore", "--force")
    assert "replaced on request (--force)" in forced
    assert [p.read_bytes() for p in workdir.iterdir() if p.name.startswith("state.json.replaced-")] == [now]


def test_restore_refuses_without_a_backup_that_loads(account: Account, tmp_path: Path) -> None:
    config, state = write_config(tmp_path, account), tmp_path / "state.json"
    (tmp_path / "invoices.csv").write_text(mf.INVOICES_CSV)
    ok(config, "invoices", "import", str(tmp_path / "invoices.csv"))
    bad = damage(state, "corrupt")
    failed = cli(config, "status")
    assert failed.exit_code == 3 and f"there is no backup to restore ({state}.bak does not exist)" in failed.output

    refused = cli(config, "state", "restore")
    assert refused.exit_code == 3 and "there is no backup to restore" in refused.output
    (tmp_path / "state.json.bak").write_bytes(bad[:50])
    refused = cli(config, "state", "restore")
    assert refused.exit_code == 3, refused.output
    assert f"{state}.bak: the backup is corrupt: truncated" in refused.output and "nothing was changed" in refused.output
    assert state.read_bytes() == bad
    assert sorted(files(tmp_path)) == ["inboxagent.toml", "invoices.csv", "rules", "state.json", "state.json.bak"]


def test_a_damaged_value_in_valid_json_is_named_and_found_by_check(workdir: Path) -> None:
    config, state = workdir / "inboxagent.toml", workdir / "state.json"
    data = json.loads(state.read_text())
    data["invoices"]["INV-20432"]["amount"] = "48#.00"  # the JSON still parses
    state.write_text(json.dumps(data))
    failed = cli(config, "invoices", "list")
    assert failed.exit_code == 3, failed.output
    assert f"{state}: the state file is corrupt: invoices/INV-20432 does not load (a value is not a number)" in failed.output
    assert "inboxagent state restore" in failed.output
    check = cli(config, "state", "check")
    assert check.exit_code == 3 and "  bad record invoices/INV-20432 does not load" in check.output
    assert "1 record(s) do not load" in check.output


def test_the_backup_is_the_version_replaced_and_refreshed_at_most_every_few_minutes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path, backup = tmp_path / "state.json", tmp_path / "state.json.bak"

    def kept() -> object:
        return json.loads(backup.read_text())["facts"]["v"]["value"]

    Store(path).put_fact("v", 1)
    assert not backup.exists(), "a state this process created has nothing older to keep"
    store = Store(path)  # loads the file...
    store.put_fact("v", 2)  # ...and keeps it before replacing it
    assert kept() == 1
    store.put_fact("v", 3)
    assert kept() == 1, "not refreshed at every write"
    monkeypatch.setattr(store_module, "BACKUP_EVERY", 0.0)  # as when the interval has passed
    store.put_fact("v", 4)
    assert kept() == 3 and json.loads(path.read_text())["facts"]["v"]["value"] == 4


HOLDER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from inboxagent.store import Store
    store = Store(Path(sys.argv[1]))          # loaded: this process has the state in memory
    print(len(store.invoices()), flush=True)
    sys.stdin.readline()                       # meanwhile another process imports invoices
    store.put_fact("holder", "first write")    # written from a stale copy before the fix
    with store.hold():                         # now keep the state locked for a while
        store.put_fact("holder_batch", "second write")
        print("holding", flush=True)
        time.sleep(1.5)
    print("released", flush=True)
""")


def test_writes_of_processes_sharing_the_state_are_never_lost(workdir: Path) -> None:
    config, state = workdir / "inboxagent.toml", workdir / "state.json"
    (workdir / "later.csv").write_text(LATER_CSV)
    with subprocess.Popen([sys.executable, "-c", HOLDER, str(state)], stdin=subprocess.PIPE,
                          stdout=subprocess.PIPE, text=True, env=ENV) as holder:
        _share_the_state_with(holder, config, workdir)
    final = Store(state)
    assert final.fact("holder") == "first write" and final.fact("holder_batch") == "second write"
    assert final.invoice("INV-30001") is not None and str(final.invoice("INV-30001").amount) == "80.00"  # type: ignore[union-attr]
    assert final.invoice("INV-40001") is not None, "the import made while the state was locked is kept"
    assert not (workdir / "state.json.lock").exists()


def _share_the_state_with(holder: subprocess.Popen[str], config: Path, workdir: Path) -> None:
    try:
        assert holder.stdout is not None and holder.stdin is not None
        assert holder.stdout.readline().strip() == "7"
        ok(config, "invoices", "import", str(workdir / "more.csv"))
        (workdir / "third.csv").write_text(MORE_CSV.replace("75.00", "80.00"))
        ok(config, "invoices", "import", str(workdir / "third.csv"))  # INV-30001 updated while the holder waits
        holder.stdin.write("go\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "holding"
        # The holder has the lock: an import from a third process waits for it, then writes.
        late = subprocess.run([sys.executable, "-m", "inboxagent", "invoices", "import", str(workdir / "later.csv"),
                               "--config", str(config)], capture_output=True, text=True, env=ENV, timeout=60)
        assert late.returncode == 0, late.stderr
        assert "event=state_lock_wait" in late.stderr, "it waited for the holder's batch to end"
        assert holder.stdout.readline().strip() == "released"
        assert holder.wait(timeout=10) == 0
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait()


# ---- the daemon's run lock --------------------------------------------------------------------

def start(config: Path, log: Path) -> subprocess.Popen[bytes]:
    with log.open("wb") as out:
        return subprocess.Popen([sys.executable, "-m", "inboxagent", "run", "--config", str(config),
                                 "--now", "2026-11-07T09:00:00+00:00"],
                                stdout=out, stderr=subprocess.STDOUT, env=ENV, cwd=config.parent)


def passes(log: Path) -> int:
    return log.read_text().count("event=pass ")


def wait_for(predicate, timeout: float, what: str) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}")


def test_two_daemons_refuse_to_share_a_state_and_the_lock_goes_with_its_holder(workdir: Path) -> None:
    config, state = workdir / "inboxagent.toml", workdir / "state.json"
    config.write_text(config.read_text().replace("timeout = 10", "timeout = 10\npoll_interval = 0.5"))
    (workdir / "later.csv").write_text(LATER_CSV)
    first_log = workdir / "first.log"
    first = start(config, first_log)
    try:
        wait_for(lambda: passes(first_log) >= 1, 60, "the first daemon's first pass")
        second = subprocess.run([sys.executable, "-m", "inboxagent", "run", "--config", str(config)],
                                capture_output=True, text=True, env=ENV, timeout=30)
        assert second.returncode == 3
        assert second.stderr.strip().splitlines()[-1] == \
            f"inboxagent: another inboxagent is already running on {state} (pid {first.pid})"
        assert "Traceback" not in second.stderr
        once = cli(config, "run", "--once")
        assert once.exit_code == 3 and f"another inboxagent is already running on {state}" in once.output
        refused = cli(config, "state", "restore")
        assert refused.exit_code == 3 and "stop it before restoring the backup" in refused.output

        # The daemon writes at every pass; an import made meanwhile survives those writes.
        ok(config, "invoices", "import", str(workdir / "later.csv"))
        seen = passes(first_log)
        wait_for(lambda: passes(first_log) >= seen + 2, 30, "two more passes of the daemon")
        assert Store(state).invoice("INV-40001") is not None, "the daemon's writes kept the import"
        assert "INV-40001" in ok(config, "invoices", "list")
        assert first.poll() is None

        first.send_signal(signal.SIGKILL)  # no cleanup at all: the kernel drops its flock
        first.wait(timeout=10)
    finally:
        if first.poll() is None:
            first.kill()
            first.wait()
    assert (workdir / "state.json.run.lock").exists(), "a killed daemon leaves its lock file behind..."
    ok(config, "run", "--once")
    assert not (workdir / "state.json.run.lock").exists(), "...which blocks no one, and a clean exit removes"

    third_log = workdir / "third.log"
    third = start(config, third_log)
    try:
        wait_for(lambda: passes(third_log) >= 1, 60, "a new daemon's first pass")
        assert (workdir / "state.json.run.lock").read_text().strip() == str(third.pid)
        third.send_signal(signal.SIGTERM)
        assert third.wait(timeout=15) == 0
    finally:
        if third.poll() is None:
            third.kill()
            third.wait()
    assert not (workdir / "state.json.run.lock").exists()
    assert cli(config, "run", "--once").exit_code == 0, "the lock went with the daemon that stopped"
