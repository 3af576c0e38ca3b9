"""The shared real-mail corpus: every message parses, machines are never answered, classify never crashes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import corpus_dir
from inboxagent.cli import main
from inboxagent.mail.machine import machine_verdict
from inboxagent.mail.parse import parse_message

# Machine mail in bounces/ that is not a delivery failure, with what it is instead.
NOT_DELIVERY_FAILURES = {
    "flanker__arf-complaint-aol.eml": "auto_reply",  # ARF abuse report
    "flanker__arf-complaint-yahoo.eml": "auto_reply",
    "mimekit__feedback-report.eml": "auto_reply",
    "sisimai__arf-01.eml": "auto_reply",
    "sisimai__lhost-fml-02.eml": "list",  # a mailing-list manager's "you are not a member"
    "sisimai__lhost-kddi-01.eml": "auto_reply",  # a carrier's error notice from a no-reply address
}
PEOPLE = {"sisimai__NOT-A-BOUNCE__is-not-bounce-01.eml", "sisimai__NOT-A-BOUNCE__is-not-bounce-02.eml"}


def eml_files(*folder: str) -> list[Path]:
    return sorted(corpus_dir(*folder).glob("*.eml"))


@pytest.mark.parametrize("folder", ["quotes", "mime", "bounces", "autoreplies"])
def test_every_corpus_message_parses(folder: str) -> None:
    for path in eml_files(folder):
        msg = parse_message(path.read_bytes())
        assert msg.key, path.name
        assert msg.size == len(path.read_bytes().lstrip(b"\xef\xbb\xbf")), path.name
        assert "\x00" not in msg.text


def test_bounces_are_recognised_and_people_are_not() -> None:
    for path in eml_files("bounces"):
        verdict = machine_verdict(parse_message(path.read_bytes()))
        if path.name in PEOPLE:
            assert verdict is None, f"{path.name} is a person's message, not a bounce"
        else:
            assert verdict is not None, f"{path.name} must never be answered"
            assert verdict.kind == NOT_DELIVERY_FAILURES.get(path.name, "bounce"), f"{path.name}: {verdict}"


def test_auto_replies_are_recognised() -> None:
    for path in eml_files("autoreplies"):
        verdict = machine_verdict(parse_message(path.read_bytes()))
        assert verdict is not None and verdict.kind == "auto_reply", path.name


def test_classify_json_on_every_corpus_file_never_crashes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # no inboxagent.toml here: classify uses the packaged rules
    monkeypatch.delenv("INBOXAGENT_CONFIG", raising=False)
    files = [str(p) for folder in ("quotes", "mime", "bounces", "autoreplies") for p in eml_files(folder)]
    missing = str(tmp_path / "missing.eml")
    result = CliRunner().invoke(main, ["classify", "--json", *files, missing])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["file"] for r in rows] == files + [missing]
    assert "error" in rows[-1]
    for row in rows[:-1]:
        assert "error" not in row, row
        assert row["intent"] in {"promise_to_pay", "extension_request", "dispute", "already_paid", "question", "ignore"}
        assert set(row) >= {"promised_date", "amount", "currency", "invoice_refs", "confidence", "auto_reply", "needs_review"}
    bounces = [r for r in rows if "/bounces/" in r["file"] and Path(r["file"]).name not in PEOPLE]
    assert all(r["intent"] == "ignore" and r["auto_reply"] for r in bounces)
