"""The state's journal and the store's decoded records: a write's cost stays in proportion to what
it changed however large the state grows (counted in bytes and file replacements, not timed), a
batch cut short by a crash is ignored, damage is reported, and records are rebuilt only when they
changed."""

from __future__ import annotations

import json
import os
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from inboxagent import journal
from inboxagent import store as store_module
from inboxagent.errors import StateError
from inboxagent.records import Invoice
from inboxagent.store import Store, inspect_state, restore_backup

SMALL = 4_000  # bytes: from here on the tests' states keep a journal


def invoice(n: int, amount: str = "100.00") -> Invoice:
    return Invoice(f"INV-{n:05d}", f"customer-{n % 50}", f"Customer {n % 50}", (f"ap@c{n % 50}.example",),
                   Decimal(amount), "GBP", date(2026, 10, 1), date(2026, 10, 31))


@pytest.fixture
def journalled(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(journal, "JOURNAL_FROM", SMALL)


class Writes:
    """Counts what reaches the disk: whole replacements of the state file, and journal bytes."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, state: Path) -> None:
        self.replaced = 0
        self.appended: list[int] = []
        real_replace, real_write = os.replace, os.write

        def replace(src: str, dst: str) -> None:
            if Path(dst) == state:
                self.replaced += 1
            real_replace(src, dst)

        def write(fd: int, data: bytes) -> int:
            self.appended.append(len(data))
            return real_write(fd, data)

        monkeypatch.setattr(os, "replace", replace)
        monkeypatch.setattr(os, "write", write)


def test_a_large_state_appends_what_changed_and_is_rewritten_rarely(
        tmp_path: Path, journalled: None, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "state.json"
    store = Store(path)
    writes = Writes(monkeypatch, path)
    n = 2_000
    for k in range(n):
        store.put_invoice(invoice(k))  # one batch each, as the agent writes one message at a time
    size = path.stat().st_size + journal.journal_path(path).stat().st_size
    # Each batch appends one line of about one record, whatever the size of the state...
    line = len(journal.batch_line({"invoices": {"INV-00000": json.loads(json.dumps(store_module.to_json(invoice(0))))}}))
    assert writes.appended and max(writes.appended) <= line + 16
    # ...and the file is replaced whole only while it is small, or when the journal has grown
    # as large as it: then the sizes double, so a few times for 2,000 records, not once each.
    assert writes.replaced <= 25, writes.replaced
    assert len(writes.appended) + 2 * writes.replaced >= n, "every other batch is one append (or starts a journal)"
    assert size < 3 * len(json.dumps(json.loads(path.read_text()))), "the journal never outgrows the file for long"
    again = Store(path)  # another process sees every record, from the file and its journal
    assert len(again.invoices()) == n and again.invoice("INV-01999") == invoice(1999)


def test_a_small_state_is_one_plain_file(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    store = Store(path)
    for k in range(20):
        store.put_invoice(invoice(k))
    assert not journal.journal_path(path).exists()
    assert len(json.loads(path.read_text())["invoices"]) == 20


def _grown(tmp_path: Path, count: int = 120) -> tuple[Store, Path]:
    path = tmp_path / "state.json"
    store = Store(path)
    with store.hold():
        for k in range(count):
            store.put_invoice(invoice(k))
    assert path.stat().st_size > SMALL
    store.put_invoice(invoice(1000))
    store.put_invoice(invoice(1001))
    assert journal.journal_path(path).exists()
    return store, path


def test_a_batch_cut_short_by_a_crash_is_ignored_then_cut_off(tmp_path: Path, journalled: None) -> None:
    store, path = _grown(tmp_path)
    log = journal.journal_path(path)
    whole = log.read_bytes()
    for torn in (b'{"t":{"invoices":{"INV-09999":{"number":"INV-', b"\0" * 64, b'{"t":{}}'):  # no newline: never written
        log.write_bytes(whole + torn)
        reopened = Store(path)
        assert reopened.invoice("INV-01001") == invoice(1001) and reopened.invoice("INV-09999") is None
    reopened.put_invoice(invoice(1002))  # the torn tail is cut off before the next line
    assert log.read_bytes() == whole + journal.batch_line({"invoices": {"INV-01002": store_module.to_json(invoice(1002))}})
    assert {i.number for i in Store(path).invoices()} >= {"INV-01001", "INV-01002"}


def test_a_damaged_line_before_the_end_is_reported_with_the_way_back(tmp_path: Path, journalled: None) -> None:
    store, path = _grown(tmp_path)
    log = journal.journal_path(path)
    lines = log.read_bytes().split(b"\n")
    lines[1] = b"#" * len(lines[1])
    log.write_bytes(b"\n".join(lines))
    with pytest.raises(StateError) as caught:
        Store(path)
    assert str(path) in str(caught.value) and "journal" in str(caught.value) and "backup" in str(caught.value)
    with pytest.raises(StateError):
        inspect_state(path)


def test_a_journal_left_from_before_a_rewrite_is_ignored(
        tmp_path: Path, journalled: None, monkeypatch: pytest.MonkeyPatch) -> None:
    store, path = _grown(tmp_path)
    log = journal.journal_path(path)
    stale = log.read_bytes()
    monkeypatch.setattr(journal, "JOURNAL_RATIO", 0.0)  # the next write folds the journal in
    store.put_invoice(invoice(1001, amount="999.00"))
    assert not log.exists()
    log.write_bytes(stale)  # as if the crash came after the new file, before the journal's removal
    assert Store(path).invoice("INV-01001") == invoice(1001, amount="999.00")


def test_a_failed_append_leaves_the_state_on_disk_as_it_was(
        tmp_path: Path, journalled: None, monkeypatch: pytest.MonkeyPatch) -> None:
    store, path = _grown(tmp_path)

    def full(fd: int, data: bytes) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "write", full)
    with pytest.raises(OSError):
        store.put_invoice(invoice(2000))
    monkeypatch.undo()
    assert Store(path).invoice("INV-02000") is None
    assert store.invoice("INV-02000") is None, "memory went back to what the disk holds"
    store.put_invoice(invoice(2001))
    assert Store(path).invoice("INV-02001") == invoice(2001)


def test_check_counts_the_journal_and_restore_removes_it(tmp_path: Path, journalled: None) -> None:
    store, path = _grown(tmp_path)
    assert inspect_state(path).counts["invoices"] == 122
    store_module.sibling(path, ".bak").write_text(json.dumps({"invoices": {}}))
    restored = restore_backup(path, force=True)
    assert not journal.journal_path(path).exists()
    assert restored.kept is not None and journal.journal_path(restored.kept).exists(), "kept with the replaced file"
    assert Store(path).invoices() == []


# ---- records decoded once -----------------------------------------------------------------------

def test_records_are_rebuilt_only_when_they_changed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "state.json"
    store = Store(path)
    with store.hold():
        for k in range(50):
            store.put_invoice(invoice(k))
    decoded: list[str] = []
    real = store_module.from_json

    def counting(cls: type, doc: dict[str, object]) -> object:
        decoded.append(cls.__name__)
        return real(cls, doc)

    monkeypatch.setattr(store_module, "from_json", counting)
    assert len(store.invoices()) == 50 and len(store.invoices()) == 50
    assert store.invoice("INV-00007") == invoice(7)
    assert len(decoded) == 50, "each record rebuilt once, then kept"
    store.put_invoice(invoice(7, amount="70.00"))
    assert store.invoice("INV-00007") == invoice(7, amount="70.00")
    assert [i.amount for i in store.invoices() if i.number == "INV-00007"] == [Decimal("70.00")]
    assert len(decoded) == 51, "only the record put is rebuilt"
    Store(path).put_invoice(invoice(8, amount="80.00"))  # another process writes
    assert store.invoice("INV-00008") == invoice(8, amount="80.00"), "its write is seen"
    assert [i.number for i in store.invoices()] == [f"INV-{k:05d}" for k in range(50)], "in file order"
