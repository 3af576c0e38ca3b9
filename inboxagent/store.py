"""The agent's state in one TinyDB JSON file: invoices, customers, conversations, messages, drafts, sync.

Documents are keyed by their natural key (invoice number, Message-ID, folder name), so a
lookup is a dictionary access rather than a scan. Every write replaces the file
atomically (temporary file, fsync, rename, fsync of the folder): a crash leaves either
the old state or the new one, never half of each. `Store.hold()` batches the writes of
a whole processing step into one such replacement.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, TypeVar

from tinydb import TinyDB
from tinydb.storages import Storage
from tinydb.table import Table

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
R = TypeVar("R")


class AtomicJSONStorage(Storage):
    """Whole-file JSON storage written by atomic replacement; holds writes while asked to."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self._data: dict[str, dict[str, Any]] | None = None
        self._held = 0
        self._dirty = False

    def read(self) -> dict[str, dict[str, Any]] | None:
        if self._data is None:
            self._data = self._load()
        return self._data

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        self._data = data
        if self._held:
            self._dirty = True
        else:
            self._flush()

    def close(self) -> None:
        pass

    def flush(self) -> None:
        """Write now, even inside hold(): for facts that must reach the disk before an action."""
        if self._dirty:
            self._flush()

    @contextmanager
    def hold(self) -> Iterator[None]:
        self._held += 1
        try:
            yield
        finally:
            self._held -= 1
            if not self._held and self._dirty:
                self._flush()

    def _load(self) -> dict[str, dict[str, Any]]:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return {}
        except (OSError, UnicodeDecodeError) as exc:
            raise StateError(f"{self.path}: cannot read the state file: {exc}") from None
        if not text.strip():
            raise StateError(f"{self.path}: the state file is empty (truncated?)")
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise StateError(f"{self.path}: the state file is corrupt (line {exc.lineno}: {exc.msg})") from None
        if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
            raise StateError(f"{self.path}: the state file does not hold inboxagent state")
        return data

    def _flush(self) -> None:
        assert self._data is not None
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(self._data, fh, ensure_ascii=False, separators=(",", ":"))
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        dir_fd = os.open(self.path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
        self._dirty = False


class KeyedTable(Table):
    """A TinyDB table whose document ids are the records' own string keys, updated in place.

    TinyDB's own write path copies the whole table twice per write to convert its integer
    ids; keyed by strings, a write touches one document (the file is still written whole,
    atomically, once per `hold()`).
    """

    document_id_class = str  # type: ignore[assignment]

    def _update_table(self, updater: Callable[[dict[Any, Mapping[str, Any]]], None]) -> None:
        tables = self._storage.read() or {}
        table = tables.setdefault(self.name, {})
        updater(table)  # keys are already strings: no per-write copy of the whole table
        self._storage.write(tables)
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


class _KeyedTinyDB(TinyDB):
    table_class = KeyedTable


class Store:
    """Typed access to the state; every method takes and returns records from records.py."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._storage: AtomicJSONStorage | None = None

        def storage_factory(*_: Any, **__: Any) -> AtomicJSONStorage:
            self._storage = AtomicJSONStorage(path)
            return self._storage

        self.db = _KeyedTinyDB(storage=storage_factory)
        self._check_schema()  # reads the file: a corrupt state fails here, at start

    def table(self, name: str) -> KeyedTable:
        found = self.db.table(name)
        assert isinstance(found, KeyedTable)
        return found

    def _check_schema(self) -> None:
        meta = self.table("meta").get_key("schema")
        if meta is None:
            return
        version = meta.get("version")
        if version != SCHEMA_VERSION:
            raise StateError(f"{self.path}: state schema version {version!r}; this inboxagent reads {SCHEMA_VERSION}")

    @contextmanager
    def hold(self) -> Iterator[None]:
        """Batch every write inside the block into one atomic file replacement."""
        assert self._storage is not None
        with self._storage.hold():
            yield

    def flush(self) -> None:
        assert self._storage is not None
        self._storage.flush()

    # ---- generic helpers ---------------------------------------------------------------

    def _put(self, table: str, key: str, record: Any) -> None:
        meta = self.table("meta")
        if meta.get_key("schema") is None:
            meta.put_key("schema", {"version": SCHEMA_VERSION})
        self.table(table).put_key(key, to_json(record))

    def _get(self, table: str, key: str, cls: type[R]) -> R | None:
        doc = self.table(table).get_key(key)
        return None if doc is None else from_json(cls, doc)

    def _all(self, table: str, cls: type[R]) -> list[R]:
        return [from_json(cls, doc) for doc in self.table(table).values()]

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
