"""The demo's own IMAP client: delivers the sample mail to the embedded server and reads back what the agent wrote.

It plays the world around the agent (the debtors' mail servers delivering to INBOX, the
team's earlier mail in Sent) and the reader looking at the mailbox; the agent itself only
ever talks to the server through its own ImapMailbox, as it would to any server.
"""

from __future__ import annotations

import email
import email.policy
import re
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from email.message import EmailMessage
from email.utils import parsedate_to_datetime

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError

from ..errors import TransientMailError

TOKEN = re.compile(rb"\$\{sent_to:([^}\s]+)\}")


@contextmanager
def _mapped(what: str) -> Iterator[None]:
    try:
        yield
    except (IMAPClientError, OSError) as exc:
        raise TransientMailError(f"demo IMAP client: {what} failed: {exc}") from None


def parse(raw: bytes) -> EmailMessage:
    msg = email.message_from_bytes(raw, _class=EmailMessage, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


class DemoMailbox:
    """One connection to the embedded IMAP server, as the mailbox's owner."""

    def __init__(self, host: str, port: int, user: str, password: str) -> None:
        with _mapped("login"):
            self.client = IMAPClient(host, port=port, ssl=False, timeout=10)
            # pymap answers an APPEND's literal only after ~40 ms of Nagle delay otherwise.
            self.client.socket().setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            self.client.login(user, password)
        self._seen: dict[str, int] = {}

    def close(self) -> None:
        try:
            self.client.logout()
        except (IMAPClientError, OSError):
            pass

    def folders(self) -> list[str]:
        with _mapped("LIST"):
            return [name for _, _, name in self.client.list_folders()]

    def ensure_folder(self, name: str) -> None:
        with _mapped(f"CREATE {name}"):
            if not self.client.folder_exists(name):
                self.client.create_folder(name)
                self.client.subscribe_folder(name)

    def deliver(self, folder: str, raw: bytes, flags: tuple[bytes, ...] = ()) -> EmailMessage:
        """APPEND as a delivery would (INTERNALDATE = the message's own Date), after filling in
        the `${sent_to:ADDRESS}` references to our newest message to that address."""
        raw = TOKEN.sub(lambda m: self.newest_sent_to(m.group(1).decode()).encode(), raw)
        msg = parse(raw)
        arrived = parsedate_to_datetime(str(msg["Date"])) if msg["Date"] else None
        with _mapped(f"APPEND to {folder}"):
            self.client.append(folder, raw, flags=list(flags), msg_time=arrived)
        return msg

    def newest_sent_to(self, address: str) -> str:
        """The Message-ID of the newest message in Sent addressed to `address`."""
        with _mapped("SEARCH Sent"):
            self.client.select_folder("Sent", readonly=True)
            uids = self.client.search(["TO", address])
            if not uids:
                raise TransientMailError(f"demo: no message to {address} in Sent to reply to")
            data = self.client.fetch([max(uids)], ["BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"])
        header = next(v for k, v in data[max(uids)].items() if k.startswith(b"BODY[HEADER"))
        return str(parse(header)["Message-ID"]).strip()

    def send_draft(self, in_reply_to: str) -> EmailMessage | None:
        """What a mail client does when the team sends a draft: the message is filed in Sent
        and leaves Drafts. The draft answering `in_reply_to` (a Message-ID), if there is one."""
        with _mapped("sending a draft"):
            self.client.select_folder("Drafts")
            uids = self.client.search(["HEADER", "In-Reply-To", in_reply_to])
            if not uids:
                return None
            raw = self.client.fetch(uids[:1], ["BODY.PEEK[]"])[uids[0]][b"BODY[]"]
            msg = parse(raw)
            self.client.append("Sent", raw, flags=[b"\\Seen"])
            self.client.add_flags(uids[:1], [b"\\Deleted"])
            self.client.expunge()
        return msg

    def new_messages(self, folder: str) -> list[tuple[int, EmailMessage, tuple[bytes, ...]]]:
        """(UID, message, flags) of what arrived in `folder` since the last call for it."""
        with _mapped(f"FETCH {folder}"):
            if folder not in self.folders():
                return []
            self.client.select_folder(folder, readonly=True)
            last = self._seen.get(folder, 0)
            uids = sorted(u for u in self.client.search(["UID", f"{last + 1}:*"]) if u > last)
            if not uids:
                return []
            data = self.client.fetch(uids, ["BODY.PEEK[]", "FLAGS"])
        self._seen[folder] = max(uids)
        return [(uid, parse(data[uid][b"BODY[]"]), tuple(data[uid][b"FLAGS"])) for uid in uids if uid in data]

    def count(self, folder: str) -> int:
        with _mapped(f"STATUS {folder}"):
            if folder not in self.folders():
                return 0
            return int(self.client.folder_status(folder, [b"MESSAGES"])[b"MESSAGES"])
