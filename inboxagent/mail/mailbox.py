"""The small mailbox interface the agent is written against (IMAP for real, in memory for unit tests)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Iterator, Protocol

PROCESSED = "$InboxAgentProcessed"  # the agent has handled this message
NEEDS_PERSON = "$InboxAgentNeedsPerson"  # a person must look at this message
DRAFTED = "$InboxAgentDrafted"  # the agent wrote a draft answering this message
APPROVE_SENDER = "$InboxAgentApproveSender"  # set by a person: put this message's sender on file
SENDER_APPROVED = "$InboxAgentSenderApproved"  # the agent did so


@dataclass(frozen=True)
class FolderStatus:
    name: str
    uidvalidity: int
    uidnext: int
    exists: int
    keywords_allowed: bool


@dataclass(frozen=True)
class Fetched:
    uid: int
    raw: bytes
    flags: tuple[str, ...]


@dataclass(frozen=True)
class HeaderRow:
    """The few headers read from every message of a small folder (Drafts) in one round trip."""

    uid: int
    message_id: str | None
    draft_ref: str | None  # our X-InboxAgent draft= reference, kept when a client re-saves a draft


class Mailbox(Protocol):
    def drafts_folder(self) -> str: ...

    def sent_folder(self) -> str | None: ...

    def select(self, folder: str) -> FolderStatus: ...

    def uids_after(self, folder: str, last_uid: int) -> list[int]: ...

    def uids_since(self, folder: str, day: date) -> list[int]: ...

    def uids_with_keyword(self, folder: str, keyword: str, without: str | None = None) -> list[int]: ...

    def fetch(self, folder: str, uids: list[int]) -> Iterator[Fetched]: ...

    def add_keywords(self, folder: str, uids: list[int], keywords: list[str]) -> None: ...

    def header_rows(self, folder: str) -> list[HeaderRow]: ...

    def find_message_id(self, folder: str, message_id: str) -> list[int]: ...

    def append(self, folder: str, raw: bytes, flags: tuple[str, ...], when: datetime) -> int | None: ...
