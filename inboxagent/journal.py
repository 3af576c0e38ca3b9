"""The state's journal: `<state>.journal`, the changes written since the state file was last written whole.

A large state is not rewritten at every write: each batch (a `Store.hold()` block) appends
one line to the journal, holding the records it changed, and is on disk once that line is
fsynced. The state file is rewritten whole (folding the journal into it, and removing it)
only once the journal has grown as large as the state file itself, so the cost of a write
stays in proportion to what it changed, however large the state grows, and the file a
person reads is still plain JSON, a little behind.

The journal's first line names the state file it continues (its size and CRC-32): a journal
left behind by a crash between the rewrite of the state file and the journal's removal no
longer matches, and is ignored. A crash in the middle of an append leaves a last line
without its newline, or cut short: that line (the batch that was being written) is ignored,
and cut off before the next append. A damaged line anywhere else is corruption, reported
like a damaged state file.

Format, one JSON object a line:

    {"journal": 1, "base_size": 1234567, "base_crc": 305419896}
    {"t": {"messages": {"<key>": {...record...}}, "sync": {"INBOX": {...}}}}
"""

from __future__ import annotations

import json
import os
import tempfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

VERSION = 1
JOURNAL_FROM = 256 * 1024  # bytes: a smaller state file is simply rewritten whole at every write
JOURNAL_RATIO = 1.0  # the journal is folded into the state file once it is this large relative to it

Tables = dict[str, dict[str, Any]]


def journal_path(state: Path) -> Path:
    return state.with_name(state.name + ".journal")


def header(size: int, crc: int) -> bytes:
    """The first line: the size and CRC-32 of the state file the journal continues."""
    return json.dumps({"journal": VERSION, "base_size": size, "base_crc": crc}).encode() + b"\n"


@dataclass(frozen=True)
class Replayed:
    """What replaying a journal found: the end of its last whole line (None: no usable journal)."""

    valid: int | None
    lines: int = 0


def replay(raw: bytes, base: bytes, tables: Tables, corrupt: Callable[[str], Exception]) -> Replayed:
    """Apply the journal's batches to `tables` (the state file's, parsed from `base`), in order."""
    end = raw.find(b"\n")
    if end < 0:
        return Replayed(None)  # cut short while it was being created: nothing in it was ever written
    try:
        head = json.loads(raw[:end])
    except ValueError:
        head = None
    if not isinstance(head, dict) or head.get("journal") != VERSION:
        raise corrupt("has a journal whose first line is damaged")
    if head.get("base_size") != len(base) or head.get("base_crc") != zlib.crc32(base):
        return Replayed(None)  # it continues an older state file, whose rewrite already holds it
    pos, lines = end + 1, 0
    while pos < len(raw):
        end = raw.find(b"\n", pos)
        batch: Any = None
        if end >= 0:
            try:
                batch = json.loads(raw[pos:end].decode("utf-8"))
            except ValueError:
                batch = None
        if not (isinstance(batch, dict) and isinstance(batch.get("t"), dict)):
            rest = raw[pos:] if end < 0 else raw[end + 1:]
            if end < 0 or not rest.strip(b" \t\r\n\0"):
                return Replayed(pos, lines)  # the batch being appended when the writer died: never written
            raise corrupt(f"has a damaged journal (batch {lines + 1})")
        for name, changes in batch["t"].items():
            if not isinstance(changes, dict):
                raise corrupt(f"has a damaged journal (batch {lines + 1}: {name!r} is not an object)")
            tables.setdefault(name, {}).update(changes)
        pos, lines = end + 1, lines + 1
    return Replayed(pos, lines)


def batch_line(changes: Tables) -> bytes:
    return (json.dumps({"t": changes}, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


def start(path: Path, base: tuple[int, int], first: bytes) -> int:
    """A new journal for the state file of `base` (size, CRC-32), replacing any stale one, holding
    `first`; created atomically. Its size."""
    data = header(*base) + first
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return len(data)


def append(path: Path, line: bytes, valid: int) -> int:
    """Append one batch after the journal's first `valid` bytes (cutting off a torn last line); its new size."""
    fd = os.open(path, os.O_WRONLY)
    try:
        if os.fstat(fd).st_size != valid:
            os.ftruncate(fd, valid)
        os.lseek(fd, valid, os.SEEK_SET)
        view = memoryview(line)
        while view:
            view = view[os.write(fd, view):]
        os.fsync(fd)
    finally:
        os.close(fd)
    return valid + len(line)
