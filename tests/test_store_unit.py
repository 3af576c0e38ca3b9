"""The TinyDB state file: every record comes back as it went in, and a crash in the middle of a
write leaves the previous state whole and loadable, with no temporary files lying around."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from inboxagent.errors import StateError
from inboxagent.records import Conversation, Customer, Draft, Invoice, MessageLog, SyncState
from inboxagent.store import Store

LONDON = ZoneInfo("Europe/London")
T0 = datetime(2026, 11, 4, 14, 0, tzinfo=timezone(timedelta(hours=-5)))  # a sender's own offset


def invoice(number: str = "INV-20431", amount: str = "1250.00", **kw: object) -> Invoice:
    base: dict[str, object] = dict(
        number=number, customer="acme-fabrication-ltd", customer_name="Acme Fabrication Ltd",
        emails=("ap@acme-fab.example", "dana@acme-fab.example"), amount=Decimal(amount), currency="GBP",
        issued=date(2026, 10, 1), due=date(2026, 10, 31),
    )
    base.update(kw)
    return Invoice(**base)  # type: ignore[arg-type]


def leftovers(folder: Path) -> list[str]:
    """Anything in the state folder other than the state file itself."""
    return sorted(p.name for p in folder.iterdir() if p.name != "state.json")


def test_every_record_round_trips_through_the_file(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    inv = invoice(balance=Decimal("250.50"), contact_name="Dana Whitfield", pdf="/srv/pdf/INV-20431.pdf", status="open")
    jpy = invoice("INV-JP-1", amount="125000", currency="JPY")
    cust = Customer("acme-fabrication-ltd", "Acme Fabrication Ltd", ("ap@acme-fab.example",), ("acme-fab.example",))
    conv = Conversation(
        id="c-1", customer="acme-fabrication-ltd", invoices=("INV-20431",),
        message_ids=("<rem-1@northwind.example>", "<reply-1@acme-fab.example>"), subject="Payment reminder: INV-20431",
        created=T0, updated=T0.astimezone(LONDON), status="needs_person", participants=("ap@acme-fab.example",),
    )
    log = MessageLog(
        key="<reply-1@acme-fab.example>", folder="INBOX", uid=7, uidvalidity=1700000000, content_hash="sha256:ab",
        from_addr="ap@acme-fab.example", subject="RE: Payment reminder — £1,250.00 «INV-20431»",
        message_date=T0, seen_at=T0, outcome="drafted", conversation="c-1", matched_by="references",
        intent="promise_to_pay", confidence=0.87, needs_review=True, promised_date=date(2026, 11, 6),
        amount=Decimal("1250.00"), currency="GBP", draft="<ia-1@northwind.example>",
    )
    no_date = MessageLog(
        key="sha256:ff", folder="INBOX", uid=8, uidvalidity=1700000000, content_hash="sha256:ff",
        from_addr="", subject="", message_date=None, seen_at=T0, outcome="no_reply",
    )
    draft = Draft(
        message_id="<ia-1@northwind.example>", conversation="c-1", trigger="<reply-1@acme-fab.example>",
        to=("ap@acme-fab.example",), subject="Re: Payment reminder", template="reply/promise_to_pay.txt",
        created=T0, status="sent", folder="Drafts", uid=3, outcome_at=T0 + timedelta(hours=2),
        sent_message_id="<ia-1@northwind.example>",
    )
    sync = SyncState("INBOX", 1700000000, 8, T0)

    store = Store(path)
    with store.hold():
        for record in (inv, jpy):
            store.put_invoice(record)
        store.put_customer(cust)
        store.put_conversation(conv)
        store.put_message(log)
        store.put_message(no_date)
        store.put_draft(draft)
        store.put_sync(sync)
        store.put_fact("last_error", {"when": "2026-11-04", "text": "ünïcødé ✓"})

    again = Store(path)  # a new process reading the file
    assert again.invoice("INV-20431") == inv
    assert again.invoice("INV-JP-1") == jpy
    assert isinstance(again.invoice("INV-20431").amount, Decimal)  # type: ignore[union-attr]
    assert again.invoice("nope") is None
    assert again.customer("acme-fabrication-ltd") == cust
    assert again.conversation("c-1") == conv
    got = again.conversation("c-1")
    assert got is not None and got.created.utcoffset() == timedelta(hours=-5), "the sender's own offset is kept"
    assert again.message("<reply-1@acme-fab.example>") == log
    assert again.message("sha256:ff") == no_date
    assert again.draft("<ia-1@northwind.example>") == draft
    assert again.sync("INBOX") == sync
    assert again.fact("last_error") == {"when": "2026-11-04", "text": "ünïcødé ✓"}
    assert again.fact("missing", "default") == "default"
    assert sorted(i.number for i in again.invoices()) == ["INV-20431", "INV-JP-1"]
    assert [d.status for d in again.drafts("sent")] == ["sent"] and again.drafts("pending") == []
    # Both of the conversation's Message-IDs lead back to it.
    for mid in conv.message_ids:
        assert again.conversation_of(mid) == conv
    assert again.conversation_of("<unknown@x.example>") is None
    # The file is plain UTF-8 JSON a person can read.
    text = path.read_text(encoding="utf-8")
    assert "ünïcødé ✓" in text and "«INV-20431»" in text
    assert json.loads(text)["invoices"]["INV-20431"]["amount"] == "1250.00"


def test_put_replaces_the_record_with_the_same_key(tmp_path: Path) -> None:
    store = Store(tmp_path / "state.json")
    store.put_invoice(invoice(amount="100.00"))
    store.put_invoice(invoice(amount="200.00"))
    again = Store(tmp_path / "state.json")
    assert [i.amount for i in again.invoices()] == [Decimal("200.00")]


def test_conversation_gaining_a_message_is_indexed(tmp_path: Path) -> None:
    store = Store(tmp_path / "state.json")
    conv = Conversation("c-1", "acme", ("INV-1",), ("<a@x>",), "s", T0, T0)
    store.put_conversation(conv)
    store.put_conversation(Conversation("c-1", "acme", ("INV-1",), ("<a@x>", "<b@x>"), "s", T0, T0))
    again = Store(tmp_path / "state.json")
    assert again.conversation_of("<b@x>") is not None and again.conversation_of("<b@x>").id == "c-1"  # type: ignore[union-attr]
    assert again.conversation_of("<a@x>").message_ids == ("<a@x>", "<b@x>")  # type: ignore[union-attr]


def test_no_state_file_until_something_is_written(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "state.json"
    store = Store(path)
    assert store.invoices() == [] and not path.exists()
    store.put_invoice(invoice())
    assert path.is_file(), "the folder is created on the first write"


# ---- atomic writes --------------------------------------------------------------------------

def test_no_temp_files_left_after_normal_writes(tmp_path: Path) -> None:
    store = Store(tmp_path / "state.json")
    for n in range(5):
        store.put_invoice(invoice(f"INV-{n}"))
    with store.hold():
        store.put_fact("a", 1)
        store.put_fact("b", 2)
    assert leftovers(tmp_path) == []


def test_hold_writes_the_file_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = Store(tmp_path / "state.json")
    replaced: list[str] = []
    real_replace = os.replace

    def counting(src: str, dst: str) -> None:
        replaced.append(str(dst))
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", counting)
    with store.hold():
        for n in range(10):
            store.put_invoice(invoice(f"INV-{n}"))
        assert not (tmp_path / "state.json").exists(), "nothing reaches the disk until the block ends"
    assert replaced == [str(tmp_path / "state.json")]
    assert len(Store(tmp_path / "state.json").invoices()) == 10


def _seeded(tmp_path: Path) -> tuple[Store, bytes]:
    path = tmp_path / "state.json"
    store = Store(path)
    with store.hold():
        store.put_invoice(invoice("INV-OLD"))
        store.put_fact("last_pass", "fetched=1")
    return store, path.read_bytes()


def _assert_old_state(tmp_path: Path, before: bytes) -> None:
    path = tmp_path / "state.json"
    assert path.read_bytes() == before, "the previous state file is untouched"
    reopened = Store(path)
    assert [i.number for i in reopened.invoices()] == ["INV-OLD"]
    assert reopened.fact("last_pass") == "fetched=1"
    assert leftovers(tmp_path) == [], "the half-written temporary file is removed"


def test_crash_at_the_rename_keeps_the_previous_state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store, before = _seeded(tmp_path)

    def crash(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError):
        store.put_invoice(invoice("INV-NEW"))
    monkeypatch.undo()
    _assert_old_state(tmp_path, before)


def test_crash_halfway_through_the_json_keeps_the_previous_state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store, before = _seeded(tmp_path)
    real_dump = json.dump

    def dump_half_then_die(obj: object, fh: object, **kw: object) -> None:
        text = json.dumps(obj, **kw)  # type: ignore[arg-type]
        fh.write(text[: len(text) // 2])  # type: ignore[attr-defined]
        raise KeyboardInterrupt  # a BaseException, like a signal arriving mid-write

    monkeypatch.setattr(json, "dump", dump_half_then_die)
    with pytest.raises(KeyboardInterrupt):
        with store.hold():
            store.put_invoice(invoice("INV-NEW"))
            store.put_invoice(invoice("INV-NEWER"))
    monkeypatch.setattr(json, "dump", real_dump)
    _assert_old_state(tmp_path, before)


def test_crash_at_fsync_keeps_the_previous_state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store, before = _seeded(tmp_path)

    def failing_fsync(fd: int) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", failing_fsync)
    with pytest.raises(OSError):
        store.put_invoice(invoice("INV-NEW"))
    monkeypatch.undo()
    _assert_old_state(tmp_path, before)


def test_process_killed_mid_write_leaves_a_loadable_previous_state(tmp_path: Path) -> None:
    """A real crash: the writing process dies (os._exit) after the temp file is written, before the rename."""
    _, before = _seeded(tmp_path)
    script = textwrap.dedent(f"""
        import os
        from pathlib import Path
        from inboxagent.store import Store
        from inboxagent.records import Invoice
        from datetime import date
        from decimal import Decimal
        store = Store(Path({str(tmp_path / "state.json")!r}))
        os.replace = lambda src, dst: os._exit(9)
        store.put_invoice(Invoice("INV-NEW", "c", "C", ("a@b.example",), Decimal("1.00"), "GBP",
                                  date(2026, 1, 1), date(2026, 2, 1)))
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.returncode == 9, done.stderr
    path = tmp_path / "state.json"
    assert path.read_bytes() == before
    reopened = Store(path)
    assert [i.number for i in reopened.invoices()] == ["INV-OLD"]
    reopened.put_invoice(invoice("INV-AFTER"))  # and the agent carries on writing after the restart
    assert sorted(i.number for i in Store(path).invoices()) == ["INV-AFTER", "INV-OLD"]


# ---- unreadable state -----------------------------------------------------------------------

@pytest.mark.parametrize("content, problem", [
    ("", "empty"),
    ('{"invoices": {"INV-1": {"number": "INV-1"', "corrupt"),
    ("[1, 2, 3]", "does not hold inboxagent state"),
    ('{"meta": {"schema": {"version": 99}}}', "schema version 99"),
])
def test_unusable_state_file_is_a_clear_error(tmp_path: Path, content: str, problem: str) -> None:
    path = tmp_path / "state.json"
    path.write_text(content)
    with pytest.raises(StateError) as caught:
        Store(path)
    assert str(path) in str(caught.value) and problem in str(caught.value)
    assert path.read_text() == content, "a state file we cannot read is never overwritten"
