"""The wheel: it carries the default rules/ and templates/, the intent model and the demo's data,
installs the `inboxagent` command, and an installed copy runs from its own files
(`--version` from the package metadata, `init` from the packaged defaults, the packaged model)."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
import tomllib
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

import mailfactory as mf
from conftest import ROOT

PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
VERSION = PROJECT["version"]


def files_under(folder: Path) -> dict[str, bytes]:
    """Relative path -> content of every file the package ships from `folder`."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and "__pycache__" not in p.parts and not p.name.startswith(".")}


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    command = [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "--quiet", "-w", str(out)]
    if importlib.util.find_spec("hatchling") is not None:
        command.append("--no-build-isolation")  # the build backend is already here: no index needed
    done = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    (built,) = out.glob("inboxagent-*.whl")
    return built


@pytest.fixture(scope="module")
def names(wheel: Path) -> Iterator[dict[str, bytes]]:
    with zipfile.ZipFile(wheel) as z:
        yield {name: z.read(name) for name in z.namelist() if not name.endswith("/")}


def shipped(names: dict[str, bytes], prefix: str) -> dict[str, bytes]:
    return {name[len(prefix):]: data for name, data in names.items() if name.startswith(prefix)}


def test_the_wheel_is_named_for_the_version(wheel: Path) -> None:
    assert wheel.name == f"inboxagent-{VERSION}-py3-none-any.whl"


def test_the_defaults_ship_inside_the_wheel(names: dict[str, bytes]) -> None:
    rules = shipped(names, "inboxagent/defaults/rules/")
    assert rules == files_under(ROOT / "rules")
    assert {"threading.toml", "intents.toml", "policy.toml", "cadence.toml"} <= set(rules)
    templates = shipped(names, "inboxagent/defaults/templates/")
    assert templates == files_under(ROOT / "templates")
    assert {"reply/promise_to_pay.txt", "reminder/firm.txt"} <= set(templates)


def test_the_model_and_the_demo_data_ship_inside_the_wheel(names: dict[str, bytes]) -> None:
    model = shipped(names, "inboxagent/nlp/model/")
    assert model == files_under(ROOT / "inboxagent" / "nlp" / "model")
    assert {"meta.json", "config.cfg"} <= set(model) and any(n.startswith("textcat/") for n in model)
    demo = shipped(names, "inboxagent/demo/data/")
    assert demo == files_under(ROOT / "inboxagent" / "demo" / "data")
    assert {"invoices.csv", "payments.csv"} <= set(demo) and any(n.startswith("mail/") for n in demo)


def test_the_wheel_holds_the_package_and_nothing_of_the_checkout(names: dict[str, bytes]) -> None:
    top = {name.split("/", 1)[0] for name in names}
    assert top == {"inboxagent", f"inboxagent-{VERSION}.dist-info"}
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]
    assert "inboxagent/cli_check.py" in names and "inboxagent/progress.py" in names
    meta = names[f"inboxagent-{VERSION}.dist-info/METADATA"].decode()
    assert f"Version: {VERSION}\n" in meta and f"Requires-Python: {PROJECT['requires-python']}" in meta
    required = {re.split(r"[<>=!~;\[ ]", line[len("Requires-Dist: "):])[0].lower()
                for line in meta.splitlines() if line.startswith("Requires-Dist: ") and "extra ==" not in line}
    assert required == {re.split(r"[<>=!~;\[ ]", d)[0].lower() for d in PROJECT["dependencies"]}
    entry_points = names[f"inboxagent-{VERSION}.dist-info/entry_points.txt"].decode()
    assert "[console_scripts]\ninboxagent = inboxagent.cli:main" in entry_points


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel installed into a folder of its own (its dependencies are this venv's)."""
    target = tmp_path_factory.mktemp("site")
    done = subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--quiet", "--target", str(target),
                           str(wheel)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    return target


def from_wheel(installed: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`python -m inboxagent ARGS` importing the installed wheel, not the checkout."""
    env = {k: v for k, v in os.environ.items() if k not in ("INBOXAGENT_CONFIG", "PYTHONPATH")}
    env["PYTHONPATH"] = str(installed)
    return subprocess.run([sys.executable, "-m", "inboxagent", *args], capture_output=True, text=True,
                          cwd=cwd, env=env, timeout=120)


def test_version_comes_from_the_package_metadata(installed: Path, tmp_path: Path) -> None:
    where = from_wheel(installed, tmp_path, "--version")
    assert where.returncode == 0, where.stderr
    assert where.stdout == f"inboxagent, version {VERSION}\n"
    probe = subprocess.run([sys.executable, "-c", "import inboxagent, importlib.metadata as m; "
                            "print(inboxagent.__file__); print(m.version('inboxagent'))"],
                           capture_output=True, text=True, cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(installed)})
    file, version = probe.stdout.split()
    assert Path(file).is_relative_to(installed) and version == VERSION


def test_an_installed_copy_runs_from_its_own_files(installed: Path, tmp_path: Path) -> None:
    """init copies the packaged defaults; classify loads the packaged model and rules."""
    made = from_wheel(installed, tmp_path, "init", str(tmp_path / "setup"))
    assert made.returncode == 0, made.stderr
    assert files_under(tmp_path / "setup" / "rules") == files_under(installed / "inboxagent" / "defaults" / "rules")
    assert files_under(tmp_path / "setup" / "templates") == files_under(ROOT / "templates")

    eml = tmp_path / "reply.eml"
    eml.write_bytes(mf.reply_by_reference().as_bytes())
    read = from_wheel(installed, tmp_path, "classify", "--json", str(eml))
    assert read.returncode == 0, read.stderr
    row = json.loads(read.stdout)
    assert row["intent"] == "promise_to_pay" and row["promised_date"] == "2026-11-06"
