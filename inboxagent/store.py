"""The agent's state in one TinyDB JSON file, shared safely by every inboxagent process.

Documents are keyed by their natural key (invoice number, Message-ID, folder name), so a
lookup is a dictionary access rather than a scan. Every write replaces the file
atomically (temporary file, fsync, rename, fsync of the folder): a crash leaves either
the old state or the new one, never half of each, so readers need no lock. `Store.hold()`
batches the writes of a whole processing step into one such replacement.

Several processes use the file at once (the daemon, `invoices import`, `resolve`). Every
write (a `hold()` batch or a single put) takes an exclusive lock on `<state>.lock` and,
when another process has replaced the file since this one read it, re-reads it first:
no process's write is lost to another's stale copy. The daemon also holds
`<state>.run.lock` for its whole life (`RunLock`), so a second one refuses to start.

Before the first write that replaces a file this process loaded, and then at most every
`BACKUP_EVERY` seconds, the version being replaced (one known to load) is kept as
`<state>.bak`; `restore_backup()` puts it back when the state file is corrupt.
"""

from __future__ import annotations

import errno
import fcntl
import json
import logging
import os
import shutil
import tempfile
import time
import zlib
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import IO, Any, Callable, TypeVar

from tinydb import TinyDB
from tinydb.storages import Storage
from tinydb.table import Table

from . import failpoints
from . import journal
from .journal import Replayed, journal_path
from .errors import StateError
from .records import (
    Account,
    Contact,
    Conversation,
    Customer,
    Draft,
    Invoice,
    MessageLog,
    SyncState,
    from_json,
    to_json,
)

SCHEMA_VERSION = 1
BACKUP_EVERY = 300.0  # seconds between refreshes of <state>.bak by one process
LOCK_TIMEOUT = 120.0  # how long a write waits for another process's batch (one message, maybe a send)
R = TypeVar("R")
Signature = tuple[int, int, int, int]  # st_dev, st_ino, st_mtime_ns, st_size: "which version of the file"
Seen = tuple[Signature, Signature | None]  # the state file's version, and its journal's (None: no journal)

log = logging.getLogger("inboxagent")

# The tables holding records, and the record each one holds (the rest hold plain values).
RECORD_TABLES: dict[str, type] = {
    "invoices": Invoice, "customers": Customer, "conversations": Conversation, "messages": MessageLog,
    "drafts": Draft, "accounts": Account, "contacts": Contact, "sync": SyncState,
}


def sibling(state: Path, suffix: str) -> Path:
    """`<state><suffix>` beside the state file: .lock, .run.lock, .bak."""
    return state.with_name(state.name + suffix)


def _signature(st: os.stat_result) -> Signature:
    return (st.st_dev, st.st_ino, st.st_mtime_ns, st.st_size)


def _on_disk(path: Path) -> Signature | None:
    try:
        return _signature(os.stat(path))
    except FileNotFoundError:
        return None


# ---- locks ------------------------------------------------------------------------------

class FileLock:
    """An exclusive flock(2) on a lock file, which is removed again on release.

    Not the filelock package: it is not a dependency of the project, and it leaves its
    lock files behind. The kernel drops a flock when its holder dies, even by SIGKILL, so
    a stale lock file never blocks anyone. The file is removed while still locked, and an
    acquirer checks after locking that the file it locked is still the one at the path
    (its holder may have removed it meanwhile): otherwise it locks the new one.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fh: IO[str] | None = None  # a file object: the garbage collector closes (unlocks) it too

    @property
    def held(self) -> bool:
        return self._fh is not None

    def try_acquire(self) -> bool:
        """Take the lock if no other holder has it; never waits."""
        assert self._fh is None, "FileLock is not reentrant"
        while True:
            try:
                fh = open(self.path, "a+", encoding="utf-8")  # creates it; never truncates a holder's content
            except OSError as exc:
                raise StateError(f"{self.path}: cannot create the lock file: {exc.strerror or exc}") from None
            try:
                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as exc:
                fh.close()
                if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                    return False
                raise StateError(f"{self.path}: cannot lock: {exc.strerror or exc}") from None
            try:
                current = os.stat(self.path)
            except FileNotFoundError:
                current = None
            if current is not None and os.path.samestat(os.fstat(fh.fileno()), current):
                self._fh = fh
                return True
            fh.close()  # removed by its last holder between our open and our lock: lock the new file

    def acquire(self, timeout: float) -> bool:
        """Take the lock, waiting up to `timeout` seconds for its holder; False if it never came free."""
        if self.try_acquire():
            return True
        # tenacity only here, on contention: importing it costs every command ~0.1 s.
        from tenacity import Retrying, retry_if_result, stop_after_delay, wait_random_exponential

        retrying = Retrying(stop=stop_after_delay(timeout), wait=wait_random_exponential(multiplier=0.005, max=0.1),
                            retry=retry_if_result(lambda got: got is False), retry_error_callback=lambda _: False)
        got: bool = retrying(self.try_acquire)
        return got

    def write(self, text: str) -> None:
        """Replace the lock file's content (who holds it), for the error another process shows."""
        assert self._fh is not None
        self._fh.seek(0)
        self._fh.truncate()
        self._fh.write(text)
        self._fh.flush()

    def release(self) -> None:
        fh, self._fh = self._fh, None
        if fh is None:
            return
        try:
            self.path.unlink(missing_ok=True)  # while still locked: see the class docstring
        except OSError:
            pass  # a lock file left behind blocks no one
        finally:
            fh.close()


class RunLock:
    """Held by a running agent (`inboxagent run`, with or without --once) for its whole life."""

    def __init__(self, state: Path) -> None:
        self.state = Path(state)
        self._lock = FileLock(sibling(self.state, ".run.lock"))

    @property
    def held(self) -> bool:
        return self._lock.held

    def acquire(self, doing: str = "") -> None:
        """Take it at once or fail: StateError naming the state file (and the holder's pid)."""
        self.state.parent.mkdir(parents=True, exist_ok=True)
        if not self._lock.try_acquire():
            try:
                pid = self._lock.path.read_text(encoding="utf-8").strip()
            except OSError:
                pid = ""
            holder = f" (pid {pid})" if pid.isdigit() else ""
            raise StateError(f"another inboxagent is already running on {self.state}{holder}{doing}")
        self._lock.write(f"{os.getpid()}\n")

    def release(self) -> None:
        self._lock.release()

    def __enter__(self) -> RunLock:
        self.acquire()
        return self

    def __exit__(self, *_: object) -> None:
        self.release()


# ---- reading and writing the file --------------------------------------------------------

def _restore_hint(path: Path) -> str:
    backup = sibling(path, ".bak")
    try:
        made = datetime.fromtimestamp(backup.stat().st_mtime).astimezone()
    except OSError:
        return f"there is no backup to restore ({backup} does not exist)"
    return f"run `inboxagent state restore` to go back to the backup of {made.isoformat(timespec='seconds')} ({backup})"


def parse_state(path: Path, raw: bytes, what: str = "state file", hint: bool = True) -> dict[str, dict[str, Any]]:
    """The tables of a state (or backup) file's bytes; StateError naming the file, the fault and the way back."""

    def corrupt(problem: str) -> StateError:
        return StateError(f"{path}: the {what} {problem}" + (f"; {_restore_hint(path)}" if hint else ""))

    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise corrupt(f"is corrupt (not UTF-8 text at byte {exc.start})") from None
    if not text.strip(" \t\r\n\0"):
        empty = "is empty (only zero bytes)" if raw and not raw.strip(b"\0") else "is empty"
        raise corrupt(f"{empty}: truncated by a crash or a full disk?")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        # Cut short: the parser ran out of text inside a string, or within the last token.
        if exc.msg.startswith("Unterminated string") or len(text.rstrip(" \t\r\n\0")) - exc.pos <= 5:
            raise corrupt(f"is corrupt: truncated, it stops at line {exc.lineno} before the JSON is complete") from None
        raise corrupt(f"is corrupt (line {exc.lineno} column {exc.colno}: {exc.msg})") from None
    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        raise corrupt("does not hold inboxagent state (not an object of tables)")
    for name in RECORD_TABLES:
        if not all(isinstance(doc, dict) for doc in data.get(name, {}).values()):
            raise corrupt(f"is corrupt: a record in {name!r} is not an object")
    schema = data.get("meta", {}).get("schema", {})
    if not isinstance(schema, dict):
        raise corrupt("is corrupt: its schema entry is not an object")
    version = schema.get("version", SCHEMA_VERSION)
    if version != SCHEMA_VERSION:
        raise StateError(f"{path}: state schema version {version!r}; this inboxagent reads {SCHEMA_VERSION}")
    return data


def record_problem(table: str, key: str, exc: Exception) -> str:
    """`invoices/INV-1 does not load (amount ...)`, for a record that cannot be rebuilt."""
    why = "a value is not a number" if isinstance(exc, ArithmeticError) else f"{type(exc).__name__}: {exc}"
    return f"{table}/{key} does not load ({why})"


@dataclass
class Loaded:
    """A state as read from disk: the tables (the journal replayed), which versions of the two
    files they came from, and what a next append needs to know about them."""

    tables: dict[str, dict[str, Any]]
    seen: Seen | None  # None: there is no state file
    base: tuple[int, int] | None = None  # the state file's size and CRC-32
    journal: int | None = None  # the length of the journal's whole lines; None when it has none to continue


def _read_file(path: Path, what: str) -> tuple[bytes, Signature] | None:
    try:
        with open(path, "rb") as fh:
            signature = _signature(os.fstat(fh.fileno()))
            return fh.read(), signature
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise StateError(f"{path}: cannot read the {what}: {exc.strerror or exc}") from None


def with_journal(path: Path, raw: bytes, tables: dict[str, dict[str, Any]], journal_raw: bytes | None,
                 hint: bool = True) -> Replayed:
    """Replay the journal of the state file `path` (whose bytes are `raw`) onto its tables."""
    if journal_raw is None:
        return Replayed(None)

    def corrupt(problem: str) -> StateError:
        return StateError(f"{path}: the state file {problem} ({journal_path(path)})" + (f"; {_restore_hint(path)}" if hint else ""))

    replayed = journal.replay(journal_raw, raw, tables, corrupt)
    for name in RECORD_TABLES:
        if not all(isinstance(doc, dict) for doc in tables.get(name, {}).values()):
            raise corrupt(f"has a damaged journal: a record in {name!r} is not an object")
    return replayed


def _read(path: Path) -> Loaded:
    """The state's tables (the journal replayed) and the versions read; no tables when there is no file yet."""
    for _ in range(20):  # a writer may fold the journal in while we read the two files: read them again
        found = _read_file(path, "state file")
        if found is None:
            return Loaded({}, None)
        raw, signature = found
        tables = parse_state(path, raw)
        jfound = _read_file(journal_path(path), "state journal")
        if _on_disk(path) != signature:
            continue
        replayed = with_journal(path, raw, tables, jfound[0] if jfound else None)
        return Loaded(tables, (signature, jfound[1] if jfound else None), (len(raw), zlib.crc32(raw)), replayed.valid)
    raise StateError(f"{path}: the state file keeps changing while it is read")


def _write_temp(path: Path, fill: Callable[[IO[str]], object]) -> str:
    """A temporary file beside `path`, filled and fsynced, ready to be renamed over it."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fill(fh)
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return tmp


def _commit(tmp: str, path: Path) -> None:
    try:
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _fsync_dir(folder: Path) -> None:
    dir_fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


class OneShotEncoder(json.JSONEncoder):
    """json.dump's encoder, in C: `json.dump` itself encodes in pure Python, piece by piece
    (30 times slower than `json.dumps` on a large state); this one hands it the whole text."""

    def iterencode(self, o: Any, _one_shot: bool = False) -> Iterator[str]:
        if _one_shot:
            return super().iterencode(o, _one_shot=True)
        return iter(("".join(super().iterencode(o, _one_shot=True)),))


class _Counting:
    """A text file that also counts the size and CRC-32 of the UTF-8 it is given."""

    def __init__(self, fh: IO[str]) -> None:
        self.fh = fh
        self.size = 0
        self.crc = 0

    def write(self, text: str) -> int:
        data = text.encode("utf-8")
        self.size += len(data)
        self.crc = zlib.crc32(data, self.crc)
        return self.fh.write(text)


class AtomicJSONStorage(Storage):
    """JSON storage written atomically under the state lock; holds writes while asked to.

    A small state file is replaced whole at every write. From `JOURNAL_FROM` bytes on, a
    write appends the records it changed to the journal (see journal.py) instead, and the
    file is replaced whole, folding the journal in, once the journal is as large as it."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.journal_file = journal_path(self.path)
        self.lock = FileLock(sibling(self.path, ".lock"))
        self.backup = sibling(self.path, ".bak")
        self._data: dict[str, dict[str, Any]] | None = None
        self._seen: Seen | None = None  # the versions of the files in memory (read or written by us)
        self._base: tuple[int, int] | None = None  # size and CRC-32 of the state file on disk
        self._journal: int | None = None  # the journal's length, when it continues that file
        self._changes: dict[str, dict[str, Any]] = {}  # what changed since the last write: the next journal line
        self._whole = False  # a change not made through put_key: the next write replaces the file whole
        self._held = 0
        self._dirty = False
        self._backup_due = False  # a file loaded from disk is kept as the backup before it is first replaced
        self._backed_up_at = time.monotonic()
        # Bumped whenever the tables in memory are replaced (read again, or dropped after a failed
        # write), and per table at every change: Store's decoded records are valid while they hold.
        self.epoch = 0
        self.versions: dict[str, int] = {}

    def read(self) -> dict[str, dict[str, Any]] | None:
        # Inside hold() the lock is ours, nobody else can write, and unwritten changes live here.
        if self._data is None or (not self._held and self._changed()):
            self._reload()
        return self._data

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        self._data = data
        self._dirty = True
        if not self._held:  # a write outside Store's own paths (KeyedTable writes inside hold): still locked
            self._lock()
            try:
                self._flush()
            finally:
                self.lock.release()

    def changed(self, table: str, key: str, document: Any) -> None:
        """KeyedTable's note of one document put: it goes into the next journal line."""
        self._changes.setdefault(table, {})[key] = document
        self.versions[table] = self.versions.get(table, 0) + 1

    def changed_whole(self) -> None:
        """A change TinyDB made without saying which documents: the next write replaces the file."""
        self._whole = True
        self.epoch += 1

    def close(self) -> None:
        pass

    def flush(self) -> None:
        """Write now, even inside hold(): for facts that must reach the disk before an action."""
        if self._dirty:
            assert self._held, "changes are only pending inside hold()"
            self._flush()

    @contextmanager
    def hold(self) -> Iterator[None]:
        """Lock the state, catch up with other processes' writes, and write everything at the end."""
        if self._held:
            self._held += 1
            try:
                yield
            finally:
                self._held -= 1
            return
        self._lock()
        self._held = 1
        try:
            if self._data is None or self._changed():
                self._reload()
            yield
        finally:
            try:
                if self._dirty:
                    self._flush()
            finally:
                self._held = 0
                self.lock.release()

    def _lock(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if self.lock.try_acquire():
            return
        log.info("event=state_lock_wait path=%s: another inboxagent process is writing", self.path)
        if not self.lock.acquire(LOCK_TIMEOUT):
            raise StateError(f"{self.path}: another inboxagent process has held the state lock ({self.lock.path}) "
                             f"for over {LOCK_TIMEOUT:.0f} s; nothing was written")

    def _changed(self) -> bool:
        """True when another process has written the state since we read or wrote it."""
        base = _on_disk(self.path)
        if self._seen is not None and base == self._seen[0] and _on_disk(self.journal_file) == self._seen[1]:
            return False
        if base is None:  # deleted under us: keep what we know, and write it back at the next write
            if self._seen is None:
                return False
            log.warning("event=state_vanished path=%s: the state file was removed; the next write puts it back "
                        "(use `inboxagent state restore` to go back to the backup)", self.path)
            self._seen, self._base, self._journal = None, None, None
            return False
        return True

    def _reload(self) -> None:
        loaded = _read(self.path)
        self._data, self._seen, self._base, self._journal = loaded.tables, loaded.seen, loaded.base, loaded.journal
        self._forget()
        if self._seen is not None:
            self._backup_due = True

    def _forget(self) -> None:
        """The tables in memory were replaced: no pending changes, and every decoded record is stale."""
        self._dirty, self._whole, self._changes = False, False, {}
        self.epoch += 1

    def _flush(self) -> None:
        assert self._data is not None
        base = self._base
        if self._whole or base is None or base[0] < journal.JOURNAL_FROM:
            self._rewrite()
        elif not self._changes:
            self._dirty = False  # nothing was changed by this batch
        else:
            line = journal.batch_line(self._changes)
            if (self._journal or len(journal.header(*base))) + len(line) <= base[0] * journal.JOURNAL_RATIO:
                self._append(line)
            else:
                self._rewrite()

    def _append(self, line: bytes) -> None:
        assert self._base is not None and self._seen is not None
        try:
            failpoints.reached("state_write")
            if self._journal is None:
                size = journal.start(self.journal_file, self._base, line)
            else:
                size = journal.append(self.journal_file, line, self._journal)
            failpoints.reached("state_replaced")
        except BaseException:
            self._data = None  # nothing (whole) was written: memory goes back to what the disk holds
            self._forget()
            raise
        if self._journal is None:
            _fsync_dir(self.path.parent)
        self._journal = size
        self._seen = (self._seen[0], _on_disk(self.journal_file))
        self._dirty, self._changes = False, {}

    def _rewrite(self) -> None:
        assert self._data is not None
        data = self._data
        self.path.parent.mkdir(parents=True, exist_ok=True)
        counted: list[_Counting] = []

        def fill(fh: IO[str]) -> None:
            counted.append(_Counting(fh))
            json.dump(data, counted[0], cls=OneShotEncoder, ensure_ascii=False, separators=(",", ":"))

        try:
            tmp = _write_temp(self.path, fill)
            self._keep_backup()
            failpoints.reached("state_write")
            _commit(tmp, self.path)
            failpoints.reached("state_replaced")
        except BaseException:
            # Nothing was written: memory goes back to what the disk holds, so that no later
            # write carries this failed batch over another process's newer state.
            self._data = None
            self._forget()
            raise
        _fsync_dir(self.path.parent)
        # The new file holds the journal's batches: the journal goes (were it left behind by a
        # crash just before this, it would no longer match the file, and be ignored).
        self.journal_file.unlink(missing_ok=True)
        written = _on_disk(self.path)
        assert written is not None
        self._seen = (written, None)
        self._base, self._journal = (counted[0].size, counted[0].crc), None
        self._dirty, self._whole, self._changes = False, False, {}

    def _keep_backup(self) -> None:
        """Copy the version about to be replaced to <state>.bak, when one is due and it is one we know loads.

        (With a journal, the state file alone: an older state than the journal's, but whole.)"""
        due = self._backup_due or time.monotonic() - self._backed_up_at >= BACKUP_EVERY
        if not due or self._seen is None or _on_disk(self.path) != self._seen[0]:
            return  # never let a version we have not read (or written) replace a good backup
        try:
            text = self.path.read_text(encoding="utf-8")
            _commit(_write_temp(self.backup, lambda fh: fh.write(text)), self.backup)
        except OSError as exc:
            log.warning("event=backup_failed path=%s error=%s", self.backup, exc.strerror or exc)
            return
        self._backup_due = False
        self._backed_up_at = time.monotonic()


class KeyedTable(Table):
    """A TinyDB table whose document ids are the records' own string keys, updated in place.

    TinyDB's own write path copies the whole table twice per write to convert its integer
    ids; keyed by strings, a write touches one document, and tells the storage which one
    (what goes into the journal's next line). TinyDB's other write methods still work: they
    make the next write replace the file whole.
    """

    document_id_class = str  # type: ignore[assignment]

    def _update_table(self, updater: Callable[[dict[Any, Mapping[str, Any]]], None], key: str | None = None) -> None:
        storage = self._storage
        assert isinstance(storage, AtomicJSONStorage)
        with storage.hold():  # locked and up to date: part of the caller's batch, or one of its own
            tables = storage.read() or {}
            table = tables.setdefault(self.name, {})
            updater(table)  # keys are already strings: no per-write copy of the whole table
            if key is None:
                storage.changed_whole()
            else:
                storage.changed(self.name, key, table[key])
            storage.write(tables)
        self.clear_cache()

    def get_key(self, key: str) -> dict[str, Any] | None:
        found = self._read_table().get(key)
        return None if found is None else dict(found)

    def put_key(self, key: str, document: Mapping[str, Any]) -> None:
        def put(table: dict[Any, Mapping[str, Any]]) -> None:
            table[key] = dict(document)

        self._update_table(put, key)

    def values(self) -> list[dict[str, Any]]:
        return [dict(doc) for doc in self._read_table().values()]

    def items(self) -> list[tuple[str, dict[str, Any]]]:
        return [(str(key), dict(doc)) for key, doc in self._read_table().items()]


class _KeyedTinyDB(TinyDB):
    table_class = KeyedTable


class Store:
    """Typed access to the state; every method takes and returns records from records.py.

    Records are rebuilt from their JSON once and kept (they are frozen): a record is rebuilt
    again only after it is put, or when the file is read again because another process
    wrote it; a whole table's list is kept until that table changes."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._storage: AtomicJSONStorage | None = None

        def storage_factory(*_: Any, **__: Any) -> AtomicJSONStorage:
            self._storage = AtomicJSONStorage(self.path)
            return self._storage

        self.db = _KeyedTinyDB(storage=storage_factory)
        self._tables: dict[str, KeyedTable] = {}
        self._epoch = -1
        self._fresh: dict[str, Account] = {}  # account(): the state of invoices never chased
        self._tables_now: dict[str, dict[str, Any]] = {}  # the storage's tables, as _current() last saw them
        self._decoded: dict[str, dict[str, Any]] = {}  # table -> key -> record
        self._lists: dict[tuple[str, str], tuple[int, list[Any]]] = {}  # (table, filter) -> (version, records)
        self.table("meta").get_key("schema")  # reads the file: a corrupt state fails here, at start

    def table(self, name: str) -> KeyedTable:
        found = self._tables.get(name)
        if found is None:
            table = self.db.table(name)
            assert isinstance(table, KeyedTable)
            found = self._tables[name] = table
        return found

    @contextmanager
    def hold(self) -> Iterator[None]:
        """Batch every write inside the block into one atomic write (a journal line, or the
        file replaced whole), under the state lock.

        The block starts from the file as it is on disk (another process's writes included),
        and no other process writes until it ends: keep it to one processing step."""
        assert self._storage is not None
        with self._storage.hold():
            yield

    def flush(self) -> None:
        assert self._storage is not None
        self._storage.flush()

    def version(self, *tables: str) -> tuple[int, ...]:
        """Changes whenever one of `tables` may have changed (here or in another process)."""
        storage = self._current()
        return (storage.epoch, *(storage.versions.get(t, 0) for t in tables))

    # ---- generic helpers ---------------------------------------------------------------

    def _current(self) -> AtomicJSONStorage:
        """The storage, caught up with the disk; the decoded records dropped if it was read again."""
        storage = self._storage
        assert storage is not None
        self._tables_now = storage.read() or {}
        if storage.epoch != self._epoch:
            self._decoded.clear()
            self._lists.clear()
            self._epoch = storage.epoch
        return storage

    def _put(self, table: str, key: str, record: Any) -> None:
        with self.hold():
            meta = self.table("meta")
            if meta.get_key("schema") is None:
                meta.put_key("schema", {"version": SCHEMA_VERSION})
            self.table(table).put_key(key, to_json(record))
            self._decoded.get(table, {}).pop(key, None)

    def _get(self, table: str, key: str, cls: type[R]) -> R | None:
        self._current()
        decoded = self._decoded.setdefault(table, {})
        found = decoded.get(key)
        if found is None:
            doc = self._tables_now.get(table, {}).get(key)
            if doc is None:
                return None
            found = decoded[key] = self._record(table, key, cls, dict(doc))
        record: R = found
        return record

    def _all(self, table: str, cls: type[R], keep: Callable[[R], bool] | None = None, name: str = "") -> list[R]:
        """Every record of a table (those `keep` keeps, a filter cached under `name`), in file order."""
        storage = self._current()
        version = storage.versions.get(table, 0)
        cached = self._lists.get((table, name))
        if cached is not None and cached[0] == version:
            return list(cached[1])
        decoded = self._decoded.setdefault(table, {})
        found: list[R] = []
        for key, doc in self._tables_now.get(table, {}).items():
            record = decoded.get(key)
            if record is None:
                record = decoded[key] = self._record(table, key, cls, dict(doc))
            if keep is None or keep(record):
                found.append(record)
        self._lists[(table, name)] = (version, found)
        return list(found)

    def _record(self, table: str, key: str, cls: type[R], doc: dict[str, Any]) -> R:
        """The record, or a StateError naming it: a damaged value can leave the JSON itself valid.

        (Checked when read, not at load: rebuilding every record costs ~0.03 ms each.)"""
        try:
            return from_json(cls, doc)
        except (TypeError, ValueError, ArithmeticError, KeyError, AttributeError) as exc:
            raise StateError(f"{self.path}: the state file is corrupt: {record_problem(table, key, exc)}; "
                             f"{_restore_hint(self.path)}") from None

    # ---- invoices and customers --------------------------------------------------------

    def put_invoice(self, invoice: Invoice) -> None:
        self._put("invoices", invoice.number, invoice)

    def invoice(self, number: str) -> Invoice | None:
        return self._get("invoices", number, Invoice)

    def invoices(self) -> list[Invoice]:
        return self._all("invoices", Invoice)

    def put_customer(self, customer: Customer) -> None:
        self._put("customers", customer.key, customer)

    def customer(self, key: str) -> Customer | None:
        return self._get("customers", key, Customer)

    def customers(self) -> list[Customer]:
        return self._all("customers", Customer)

    # ---- conversations -----------------------------------------------------------------

    def put_conversation(self, conversation: Conversation) -> None:
        with self.hold():
            old = self.conversation(conversation.id)
            self._put("conversations", conversation.id, conversation)
            index = self.table("message_index")
            for mid in conversation.message_ids:
                if old is None or mid not in old.message_ids:
                    index.put_key(mid, {"conversation": conversation.id})

    def conversation(self, conversation_id: str) -> Conversation | None:
        return self._get("conversations", conversation_id, Conversation)

    def conversations(self) -> list[Conversation]:
        return self._all("conversations", Conversation)

    def conversation_of(self, message_id: str) -> Conversation | None:
        """The conversation a Message-ID (ours or theirs) is known to belong to."""
        doc = self.table("message_index").get_key(message_id)
        return None if doc is None else self.conversation(doc["conversation"])

    # ---- messages ----------------------------------------------------------------------

    def put_message(self, log: MessageLog) -> None:
        self._put("messages", log.key, log)

    def message(self, key: str) -> MessageLog | None:
        return self._get("messages", key, MessageLog)

    def messages(self) -> list[MessageLog]:
        return self._all("messages", MessageLog)

    # ---- drafts ------------------------------------------------------------------------

    def put_draft(self, draft: Draft) -> None:
        self._put("drafts", draft.message_id, draft)

    def draft(self, message_id: str) -> Draft | None:
        return self._get("drafts", message_id, Draft)

    def drafts(self, status: str | None = None) -> list[Draft]:
        if status is None:
            return self._all("drafts", Draft)
        return self._all("drafts", Draft, lambda d: d.status == status, status)

    # ---- collection state: accounts (one per invoice) and contacts (one per address) ---

    def put_account(self, account: Account) -> None:
        self._put("accounts", account.number, account)

    def account(self, number: str) -> Account:
        """The invoice's collection state; a fresh one for an invoice never chased yet."""
        found = self._get("accounts", number, Account)
        if found is None:
            found = self._fresh.get(number)
            if found is None:
                found = self._fresh[number] = Account(number)
        return found

    def accounts(self) -> list[Account]:
        return self._all("accounts", Account)

    def put_contact(self, contact: Contact) -> None:
        self._put("contacts", contact.address, contact)

    def contact(self, address: str, customer: str = "") -> Contact:
        return self._get("contacts", address.lower(), Contact) or Contact(address.lower(), customer)

    def contacts(self) -> list[Contact]:
        return self._all("contacts", Contact)

    # ---- sync state --------------------------------------------------------------------

    def put_sync(self, state: SyncState) -> None:
        self._put("sync", state.folder, state)

    def sync(self, folder: str) -> SyncState | None:
        return self._get("sync", folder, SyncState)

    def syncs(self) -> list[SyncState]:
        return self._all("sync", SyncState)

    # ---- small key/value facts (last error, last run) ------------------------------------

    def put_fact(self, name: str, value: Any) -> None:
        self.table("facts").put_key(name, {"value": value})

    def fact(self, name: str, default: Any = None) -> Any:
        doc = self.table("facts").get_key(name)
        return default if doc is None else doc["value"]


# ---- checking and restoring the file (`inboxagent state check|restore`) ---------------------

LABELS = {"invoices": "invoices", "customers": "customers", "conversations": "conversations", "messages": "messages",
          "drafts": "drafts", "accounts": "collection states", "contacts": "contacts", "sync": "folders synced"}


@dataclass(frozen=True)
class StateSummary:
    """What a state (or backup) file holds, and the records in it that do not load."""

    path: Path
    size: int
    modified: datetime
    counts: dict[str, int]
    problems: tuple[str, ...] = field(default=())

    def describe(self) -> str:
        return ", ".join(f"{self.counts[name]} {label}" for name, label in LABELS.items())


def inspect_state(path: Path, what: str = "state file", hint: bool = True) -> StateSummary:
    """Load a state file as the agent would and rebuild every record; StateError when the file cannot load."""
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            st = os.fstat(fh.fileno())
            raw = fh.read()
    except OSError as exc:
        raise StateError(f"{path}: cannot read the {what}: {exc.strerror or exc}") from None
    data = parse_state(path, raw, what, hint)
    if what == "state file":  # a backup has no journal: it is always a whole file
        found = _read_file(journal_path(path), "state journal")
        with_journal(path, raw, data, found[0] if found else None, hint)
    problems: list[str] = []
    for name, cls in RECORD_TABLES.items():
        for key, doc in data.get(name, {}).items():
            try:
                from_json(cls, doc)
            except (TypeError, ValueError, ArithmeticError, KeyError, AttributeError) as exc:
                problems.append(record_problem(name, key, exc))
    counts = {name: len(data.get(name, {})) for name in RECORD_TABLES}
    return StateSummary(path, st.st_size, datetime.fromtimestamp(st.st_mtime).astimezone(), counts, tuple(problems))


@dataclass(frozen=True)
class Restored:
    """What `restore_backup` did: the backup now in place, and where the replaced file was kept."""

    backup: StateSummary
    kept: Path | None  # None when there was no state file to keep
    reason: str  # why the replaced file had to go


def _free_name(path: Path, suffix: str) -> Path:
    candidate, n = sibling(path, suffix), 1
    while candidate.exists():
        n += 1
        candidate = sibling(path, f"{suffix}-{n}")
    return candidate


def restore_backup(path: Path, force: bool = False) -> Restored:
    """Put <state>.bak back as the state, once it is known to load; the replaced file is kept beside it.

    Refused while an agent runs on the state, when the backup does not load, and (unless
    `force`) when the state file loads fine: restoring it would lose what changed since."""
    path = Path(path)
    backup = sibling(path, ".bak")
    run = RunLock(path)
    run.acquire(": stop it before restoring the backup")
    lock = FileLock(sibling(path, ".lock"))
    try:
        if not lock.acquire(LOCK_TIMEOUT):
            raise StateError(f"{path}: another inboxagent process holds the state lock ({lock.path}); nothing was changed")
        try:
            if not backup.exists():
                raise StateError(f"{backup}: there is no backup to restore (one is kept once the agent has loaded "
                                 f"a good state and written to it); nothing was changed")
            try:
                saved = inspect_state(backup, "backup", hint=False)
            except StateError as exc:
                raise StateError(f"{exc}; it cannot be restored and nothing was changed") from None
            if saved.problems:
                raise StateError(f"{backup}: the backup has {len(saved.problems)} record(s) that do not load "
                                 f"({saved.problems[0]}); nothing was changed")
            kept, reason = None, ""
            if path.exists():
                label = "corrupt"
                try:
                    current = inspect_state(path, hint=False)
                except StateError as exc:
                    reason = str(exc)
                else:
                    if current.problems:
                        reason = f"{path}: {len(current.problems)} record(s) do not load ({current.problems[0]})"
                    elif not force:
                        raise StateError(
                            f"{path} loads fine ({current.describe()}); restoring the backup of "
                            f"{saved.modified.isoformat(timespec='seconds')} would lose what changed since: "
                            f"add --force to restore it anyway")
                    else:
                        label, reason = "replaced", f"{path} loaded fine; replaced on request (--force)"
                kept = _free_name(path, f".{label}-{datetime.now().strftime('%Y%m%dT%H%M%S')}")
                shutil.copy2(path, kept)
                if journal_path(path).exists():
                    shutil.copy2(journal_path(path), journal_path(kept))
            text = backup.read_text(encoding="utf-8")
            _commit(_write_temp(path, lambda fh: fh.write(text)), path)
            _fsync_dir(path.parent)
            journal_path(path).unlink(missing_ok=True)  # it continued the replaced file, not the backup
            return Restored(saved, kept, reason)
        finally:
            lock.release()
    finally:
        run.release()
