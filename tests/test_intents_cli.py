"""The intent commands as a user runs them: classify --json, explain, evaluate, train."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from inboxagent.cli import main
from inboxagent.nlp.model import IntentModel

LABELLED = {
    "pay.eml": ("promise_to_pay", "Hi, sorry for the delay. We will pay the £480.00 on Friday.", "2026-11-06", "480.00", "GBP"),
    "paid.eml": ("already_paid", "We paid INV-20432 yesterday by bank transfer, remittance attached.", None, None, None),
    "wrong.eml": ("dispute", "The invoice is wrong, we never ordered the second pallet.", None, None, None),
    "copy.eml": ("question", "Could you send me a copy of the invoice and your bank details?", None, None, None),
    "time.eml": ("extension_request", "Could we have until the end of the month? Cash flow is tight.", "2026-11-30", None, None),
    "ok.eml": ("ignore", "Thanks, received.", None, None, None),
}


def eml(body: str, subject: str = "Re: Payment reminder: INV-20432") -> bytes:
    return (
        "From: Dana Whitfield <ap@acme-fab.example>\r\n"
        "To: accounts@northwind-supplies.example\r\n"
        f"Subject: {subject}\r\n"
        "Date: Wed, 04 Nov 2026 10:30:00 +0000\r\n"
        "Message-ID: <x-" + str(abs(hash(body))) + "@acme-fab.example>\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body + "\r\n"
    ).encode()


@pytest.fixture
def labelled(tmp_path: Path) -> Path:
    folder = tmp_path / "set"
    folder.mkdir()
    with open(folder / "labels.jsonl", "w") as fh:
        for name, (intent, body, when, amount, currency) in LABELLED.items():
            (folder / name).write_bytes(eml(body))
            fh.write(json.dumps({"file": name, "intent": intent, "promised_date": when, "amount": amount,
                                 "currency": currency, "invoice_refs": ["INV-20432"], "notes": ""}) + "\n")
    return folder


@pytest.fixture(autouse=True)
def no_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # no inboxagent.toml here: the packaged rules and model are used
    monkeypatch.delenv("INBOXAGENT_CONFIG", raising=False)


def invoke(*args: str) -> str:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


def test_classify_json_one_object_per_file_and_errors_in_their_row(labelled: Path) -> None:
    (labelled / "broken.eml").write_bytes(b"\x00\xff garbage without headers\r\n\r\n--b\r\n")
    files = sorted(str(p) for p in labelled.glob("*.eml")) + [str(labelled / "missing.eml")]
    rows = [json.loads(line) for line in invoke("classify", "--json", *files).splitlines()]
    assert [r["file"] for r in rows] == files
    by_name = {Path(r["file"]).name: r for r in rows}
    assert "error" in by_name["missing.eml"]
    assert "error" not in by_name["broken.eml"], "a malformed message is still classified"
    pay = by_name["pay.eml"]
    assert pay["intent"] == "promise_to_pay" and pay["promised_date"] == "2026-11-06"
    assert (pay["amount"], pay["currency"], pay["invoice_refs"]) == ("480.00", "GBP", ["INV-20432"])
    assert {"confidence", "auto_reply", "needs_review", "promised_date"} <= set(pay)


def test_dates_follow_the_message_date_and_now_stands_in_when_it_has_none(labelled: Path) -> None:
    now = ("--now", "2026-11-07T09:00:00+00:00")  # a Saturday: "Friday" from here is the 13th
    row = json.loads(invoke("classify", "--json", *now, str(labelled / "pay.eml")))
    assert row["promised_date"] == "2026-11-06", "the message's own Date header (Wednesday 4 November) wins"
    undated = labelled / "undated.eml"
    undated.write_bytes(b"\r\n".join(l for l in eml("We will pay on Friday.").split(b"\r\n") if not l.startswith(b"Date:")))
    row = json.loads(invoke("classify", "--json", *now, str(undated)))
    assert row["promised_date"] == "2026-11-13"


def test_explain_says_what_was_read_and_why(labelled: Path) -> None:
    out = invoke("explain", str(labelled / "paid.eml"))
    assert "We paid INV-20432 yesterday" in out
    assert "rule already_paid" in out
    assert "intent:      already_paid" in out
    assert "model" in out and "final" in out


def test_evaluate_prints_the_figures(labelled: Path) -> None:
    out = invoke("evaluate", str(labelled))
    assert "6 messages" in out and "macro-F1" in out
    for intent in ("promise_to_pay", "extension_request", "dispute", "already_paid", "question", "ignore"):
        assert intent in out
    assert "confusion" in out and "promised date" in out and "amount" in out
    data = json.loads(invoke("evaluate", "--json", str(labelled)))
    assert data["total"] == 6 and data["accuracy"] == pytest.approx(1.0)
    assert data["promised_date"]["correct"] == 2 and data["amount"]["correct"] == 1


def test_train_writes_a_model_that_loads_and_is_reproducible(labelled: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "m1", tmp_path / "m2"
    out = invoke("train", str(labelled), "--out", str(first), "--epochs", "2", "--dev", str(tmp_path / "none"))
    assert "training on 6 messages" in out and f"wrote {first}" in out
    invoke("train", str(labelled), "--out", str(second), "--epochs", "2", "--dev", str(tmp_path / "none"))
    texts = ["we will pay friday", "the invoice is wrong"]
    assert IntentModel.load(first).scores(texts) == IntentModel.load(second).scores(texts)


def test_train_refuses_to_train_on_the_development_set(labelled: Path) -> None:
    result = CliRunner().invoke(main, ["train", str(labelled), "--dev", str(labelled), "--epochs", "1"])
    assert result.exit_code != 0 and "development set" in result.output
