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


def _read(path: Path) -> tuple[dict[str, dict[str, Any]], Signature | None]:
    """The file's tables and the version read ({} and None when there is no file yet)."""
    try:
        with open(path, "rb") as fh:
            signature = _signature(os.fstat(fh.fileno()))
            raw = fh.read()
    except FileNotFoundError:
        return {}, None
    except OSError as exc:
        raise StateError(f"{path}: cannot read the state file: {exc.strerror or exc}") from None
    return parse_state(path, raw), signature


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


class AtomicJSONStorage(Storage):
    """Whole-file JSON storage written by atomic replacement under the state lock; holds writes while asked to."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.lock = FileLock(sibling(self.path, ".lock"))
        self.backup = sibling(self.path, ".bak")
        self._data: dict[str, dict[str, Any]] | None = None
        self._seen: Signature | None = None  # the version of the file in memory (read or written by us)
        self._held = 0
        self._dirty = False
        self._backup_due = False  # a file loaded from disk is kept as the backup before it is first replaced
        self._backed_up_at = time.monotonic()

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
        """True when another process has replaced the file since we read or wrote it."""
        now = _on_disk(self.path)
        if now == self._seen:
            return False
        if now is None:  # deleted under us: keep what we know, and write it back at the next write
            log.warning("event=state_vanished path=%s: the state file was removed; the next write puts it back "
                        "(use `inboxagent state restore` to go back to the backup)", self.path)
            self._seen = None
            return False
        return True

    def _reload(self) -> None:
        self._data, self._seen = _read(self.path)
        self._dirty = False
        if self._seen is not None:
            self._backup_due = True

    def _flush(self) -> None:
        assert self._data is not None
        data = self._data
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            tmp = _write_temp(self.path, lambda fh: json.dump(data, fh, ensure_ascii=False, separators=(",", ":")))
            self._keep_backup()
            failpoints.reached("state_write")
            _commit(tmp, self.path)
            failpoints.reached("state_replaced")
        except BaseException:
            # Nothing was written: memory goes back to what the disk holds, so that no later
            # write carries this failed batch over another process's newer state.
            self._data, self._dirty = None, False
            raise
        self._seen = _on_disk(self.path)
        self._dirty = False
        _fsync_dir(self.path.parent)

    def _keep_backup(self) -> None:
        """Copy the version about to be replaced to <state>.bak, when one is due and it is one we know loads."""
        due = self._backup_due or time.monotonic() - self._backed_up_at >= BACKUP_EVERY
        if not due or self._seen is None or _on_disk(self.path) != self._seen:
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
    ids; keyed by strings, a write touches one document (the file is still written whole,
    atomically, once per `hold()`).
    """

    document_id_class = str  # type: ignore[assignment]

    def _update_table(self, updater: Callable[[dict[Any, Mapping[str, Any]]], None]) -> None:
        storage = self._storage
        assert isinstance(storage, AtomicJSONStorage)
        with storage.hold():  # locked and up to date: part of the caller's batch, or one of its own
            tables = storage.read() or {}
            table = tables.setdefault(self.name, {})
            updater(table)  # keys are already strings: no per-write copy of the whole table
            storage.write(tables)
        self.clear_cache()

    def get_key(self, key: str) -> dict[str, Any] | None:
        found = self._read_table().get(key)
        return None if found is None else dict(found)

    def put_key(self, key: str, document: Mapping[str, Any]) -> None:
        def put(table: dict[Any, Mapping[str, Any]]) -> None:
            table[key] = dict(document)

        self._update_table(put)

    def values(self) -> list[dict[str, Any]]:
        return [dict(doc) for doc in self._read_table().values()]

    def items(self) -> list[tuple[str, dict[str, Any]]]:
        return [(str(key), dict(doc)) for key, doc in self._read_table().items()]


class _KeyedTinyDB(TinyDB):
    table_class = KeyedTable


class Store:
    """Typed access to the state; every method takes and returns records from records.py."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._storage: AtomicJSONStorage | None = None

        def storage_factory(*_: Any, **__: Any) -> AtomicJSONStorage:
            self._storage = AtomicJSONStorage(self.path)
            return self._storage

        self.db = _KeyedTinyDB(storage=storage_factory)
        self.table("meta").get_key("schema")  # reads the file: a corrupt state fails here, at start

    def table(self, name: str) -> KeyedTable:
        found = self.db.table(name)
        assert isinstance(found, KeyedTable)
        return found

    @contextmanager
    def hold(self) -> Iterator[None]:
        """Batch every write inside the block into one atomic file replacement, under the state lock.

        The block starts from the file as it is on disk (another process's writes included),
        and no other process writes until it ends: keep it to one processing step."""
        assert self._storage is not None
        with self._storage.hold():
            yield

    def flush(self) -> None:
        assert self._storage is not None
        self._storage.flush()

    # ---- generic helpers ---------------------------------------------------------------

    def _put(self, table: str, key: str, record: Any) -> None:
        with self.hold():
            meta = self.table("meta")
            if meta.get_key("schema") is None:
                meta.put_key("schema", {"version": SCHEMA_VERSION})
            self.table(table).put_key(key, to_json(record))

    def _get(self, table: str, key: str, cls: type[R]) -> R | None:
        doc = self.table(table).get_key(key)
        return None if doc is None else self._record(table, key, cls, doc)

    def _all(self, table: str, cls: type[R]) -> list[R]:
        return [self._record(table, key, cls, doc) for key, doc in self.table(table).items()]

    def _record(self, table: str, key: str, cls: type[R], doc: dict[str, Any]) -> R:
        """The record, or a StateError naming it: a damaged value can leave the JSON itself valid.

        (Checked when read, not at load: rebuilding every record costs ~0.3 ms each.)"""
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
        found = self._all("drafts", Draft)
        return [d for d in found if status is None or d.status == status]

    # ---- collection state: accounts (one per invoice) and contacts (one per address) ---

    def put_account(self, account: Account) -> None:
        self._put("accounts", account.number, account)

    def account(self, number: str) -> Account:
        """The invoice's collection state; a fresh one for an invoice never chased yet."""
        return self._get("accounts", number, Account) or Account(number)

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
            text = backup.read_text(encoding="utf-8")
            _commit(_write_temp(path, lambda fh: fh.write(text)), path)
            _fsync_dir(path.parent)
            return Restored(saved, kept, reason)
        finally:
            lock.release()
    finally:
        run.release()
