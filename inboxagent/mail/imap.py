"""The Mailbox interface over IMAP (imapclient): TLS, folders, incremental fetch, keywords, APPEND, IDLE.

Library and socket errors are mapped here, at the edge, into TransientMailError (worth a
retry) and PermanentMailError (a person must fix something). Messages are always read
with BODY.PEEK[] so the shared mailbox's \\Seen flags stay as the team left them.
"""

from __future__ import annotations

import ast
import email.parser
import functools
import imaplib
import logging
import re
import socket
import ssl
import time
from datetime import date, datetime
from typing import Any, Callable, Iterator, TypeVar

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientAbortError, IMAPClientError, LoginError
from imapclient.imapclient import DRAFTS, SENT

from ..config import ImapConfig, ServerConfig
from ..errors import PermanentMailError, TransientMailError
from .mailbox import Fetched, FolderStatus, HeaderRow
from .parse import message_ids

log = logging.getLogger(__name__)
F = TypeVar("F", bound=Callable[..., Any])

FETCH_BATCH = 200
DRAFT_NAMES = ("Drafts", "Draft", "INBOX.Drafts", "INBOX/Drafts", "[Gmail]/Drafts", "Entwürfe", "Brouillons", "Borradores", "Bozze", "Concepten")
SENT_NAMES = ("Sent", "Sent Items", "Sent Messages", "Sent Mail", "INBOX.Sent", "INBOX/Sent", "[Gmail]/Sent Mail", "Gesendet", "Gesendete Elemente", "Envoyés", "Elementos enviados", "Posta inviata", "Verzonden items")
TRANSIENT_CODES = ("[UNAVAILABLE]", "[INUSE]", "[LIMIT]", "[SERVERBUG]", "[EXPUNGEISSUED]")
APPENDUID = re.compile(rb"\[APPENDUID (\d+) (\d+)\]")


def tls_context(cfg: ServerConfig) -> ssl.SSLContext:
    """Certificates and host names are verified; a private CA can be given with ca_file."""
    ctx = ssl.create_default_context(cafile=str(cfg.ca_file) if cfg.ca_file else None)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def _mapped(fn: F) -> F:
    """Map the errors of one IMAP operation into the inboxagent hierarchy."""

    @functools.wraps(fn)
    def wrapper(self: "ImapMailbox", *args: Any, **kwargs: Any) -> Any:
        try:
            return fn(self, *args, **kwargs)
        except (TransientMailError, PermanentMailError):
            raise
        except LoginError as exc:
            raise _login_error(self, exc, "") from None
        except ssl.SSLCertVerificationError as exc:
            raise PermanentMailError(
                f"TLS certificate of {self.cfg.host}:{self.cfg.port} not trusted ({exc.verify_message}); "
                "for a private certificate authority set ca_file") from None
        except socket.timeout:
            self.broken = True  # the reply may still come: this connection can never be trusted again
            raise TransientMailError(
                f"IMAP server {self.cfg.host}:{self.cfg.port} did not answer {fn.__name__} "
                f"within {self.cfg.timeout:g} s") from None
        except (IMAPClientAbortError, imaplib.IMAP4.abort, ConnectionError, ssl.SSLError, OSError, EOFError) as exc:
            self.broken = True
            raise TransientMailError(f"IMAP connection to {self.cfg.host}:{self.cfg.port} failed: {_describe(exc)}") from None
        except IMAPClientError as exc:
            text = str(exc)
            if any(code in text for code in TRANSIENT_CODES):
                raise TransientMailError(f"IMAP server busy: {text}") from None
            raise PermanentMailError(f"IMAP command {fn.__name__} refused: {text}") from None

    return wrapper  # type: ignore[return-value]


def _login_error(box: "ImapMailbox", exc: LoginError, password: str) -> TransientMailError | PermanentMailError:
    """A refused login is permanent (a person must fix the password); a cut or a server that
    says its authentication is unavailable for now is worth another try. imapclient turns
    every failure during LOGIN into LoginError, the connection's own abort included."""
    cfg = box.cfg
    text = _server_text(str(exc))
    if password:
        text = text.replace(password, "***")  # in case a server echoes what it was sent
    if isinstance(exc.__context__, (imaplib.IMAP4.abort, OSError)):
        box.broken = True
        return TransientMailError(f"IMAP connection to {cfg.host}:{cfg.port} failed during login: {text}")
    if any(code in text for code in TRANSIENT_CODES):
        return TransientMailError(f"IMAP login to {cfg.host}:{cfg.port} failed for now: {text}")
    return PermanentMailError(f"IMAP login refused for {cfg.username} at {cfg.host}: {text}")


def _server_text(text: str) -> str:
    """The server's words: imapclient reports a refused LOGIN as the repr of the response
    bytes (b'[AUTHENTICATIONFAILED] Authentication failed.')."""
    if len(text) >= 3 and text[0] == "b" and text[1] in "'\"" and text[-1] == text[1]:
        try:
            value = ast.literal_eval(text)
        except (ValueError, SyntaxError):
            return text
        if isinstance(value, bytes):
            return value.decode("utf-8", "replace")
    return text


def _describe(exc: BaseException) -> str:
    if isinstance(exc, ssl.SSLCertVerificationError):
        return f"TLS certificate not trusted ({exc.verify_message})"
    text = str(exc) or type(exc).__name__
    return text


class ImapMailbox:
    """One IMAP connection. Not thread-safe: use one per thread."""

    def __init__(self, cfg: ImapConfig) -> None:
        self.cfg = cfg
        self.client: IMAPClient | None = None
        self.broken = False
        self._selected: str | None = None
        self._status: FolderStatus | None = None
        self._drafts: str | None = None
        self._sent: str | None = None
        self._sent_resolved = False
        self._warned_keywords = False
        self._rows: dict[str, tuple[tuple[int, ...], dict[int, HeaderRow]]] = {}  # header_rows, per folder

    # ---- connection --------------------------------------------------------------------

    @_mapped
    def connect(self) -> "ImapMailbox":
        cfg = self.cfg
        if cfg.security == "tls":
            client = IMAPClient(cfg.host, port=cfg.port, ssl=True, ssl_context=tls_context(cfg), timeout=cfg.timeout)
        else:
            client = IMAPClient(cfg.host, port=cfg.port, ssl=False, timeout=cfg.timeout)
        try:
            if cfg.security == "starttls":
                client.starttls(tls_context(cfg))
            password = cfg.password.resolve().reveal()
            client.login(cfg.username, password)
        except LoginError as exc:
            _quietly(client.shutdown)
            raise _login_error(self, exc, password) from None
        except BaseException:
            _quietly(client.shutdown)
            raise
        self.client = client
        self.broken = False
        return self

    def close(self) -> None:
        """Log out; a connection that failed is only shut (a LOGOUT would wait on a dead link)."""
        if self.client is not None:
            _quietly(self.client.shutdown if self.broken else self.client.logout)
            self.client = None
        self._selected = None
        self._rows.clear()

    def __enter__(self) -> "ImapMailbox":
        return self.connect()

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def c(self) -> IMAPClient:
        if self.client is None:
            raise TransientMailError("not connected to the IMAP server")
        return self.client

    @_mapped
    def has_idle(self) -> bool:
        return bool(self.c.has_capability("IDLE"))

    @_mapped
    def noop(self) -> None:
        self.c.noop()

    # ---- folders -----------------------------------------------------------------------

    def _names(self) -> list[str]:
        return [name for _, _, name in self.c.list_folders()]

    def _by_name(self, names: tuple[str, ...]) -> str | None:
        existing = {n.casefold(): n for n in self._names()}
        for candidate in names:
            if candidate.casefold() in existing:
                return existing[candidate.casefold()]
        return None

    @_mapped
    def drafts_folder(self) -> str:
        if self._drafts is None:
            wanted = self.cfg.drafts_folder
            if wanted:
                configured: str = wanted
                if not self.c.folder_exists(configured):
                    log.info("event=create_folder folder=%s reason=the configured drafts_folder is missing", configured)
                    self.c.create_folder(configured)
                    _quietly(lambda: self.c.subscribe_folder(configured))
                self._drafts = configured
            else:
                found = self.c.find_special_folder(DRAFTS) or self._by_name(DRAFT_NAMES)
                if found is None:
                    found = self._personal_prefix() + "Drafts"
                    log.info("event=create_folder folder=%s reason=no Drafts folder on the server", found)
                    self.c.create_folder(found)
                    _quietly(lambda: self.c.subscribe_folder(found))
                self._drafts = found
        return self._drafts

    @_mapped
    def sent_folder(self) -> str | None:
        if not self._sent_resolved:
            wanted = self.cfg.sent_folder
            if wanted:
                self._sent = wanted if self.c.folder_exists(wanted) else None
            else:
                self._sent = self.c.find_special_folder(SENT) or self._by_name(SENT_NAMES)
            self._sent_resolved = True
        return self._sent

    def _personal_prefix(self) -> str:
        try:
            personal = self.c.namespace().personal
        except IMAPClientError:
            return ""
        if personal:
            prefix = personal[0][0]
            return prefix.decode() if isinstance(prefix, bytes) else str(prefix)
        return ""

    @_mapped
    def select(self, folder: str) -> FolderStatus:
        info = self.c.select_folder(folder)
        permanent = info.get(b"PERMANENTFLAGS", ())
        status = FolderStatus(
            name=folder,
            uidvalidity=int(info.get(b"UIDVALIDITY", 0)),
            uidnext=int(info.get(b"UIDNEXT", 0)),
            exists=int(info.get(b"EXISTS", 0)),
            keywords_allowed=b"\\*" in permanent,
        )
        self._selected = folder
        self._status = status
        return status

    def _ensure(self, folder: str) -> None:
        if self._selected != folder:
            self.select(folder)

    # ---- reading -----------------------------------------------------------------------

    @_mapped
    def uids_after(self, folder: str, last_uid: int) -> list[int]:
        self._ensure(folder)
        # "n:*" always includes the highest UID even when it is <= n: drop those.
        found = self.c.search(["UID", f"{last_uid + 1}:*"])
        return sorted(uid for uid in found if uid > last_uid)

    @_mapped
    def uids_since(self, folder: str, day: date) -> list[int]:
        self._ensure(folder)
        return sorted(self.c.search(["SINCE", day]))

    @_mapped
    def uids_with_keyword(self, folder: str, keyword: str, without: str | None = None) -> list[int]:
        """The messages a person marked with `keyword` (an IMAP keyword such as $InboxAgentApproveSender),
        leaving out those that also carry `without`."""
        self._ensure(folder)
        return sorted(self.c.search(["KEYWORD", keyword] + (["UNKEYWORD", without] if without else [])))

    def fetch(self, folder: str, uids: list[int]) -> Iterator[Fetched]:
        # Not @_mapped itself: a generator raises while it is iterated, after a decorator
        # has returned. Each batch is read by a mapped call instead.
        for start in range(0, len(uids), FETCH_BATCH):
            yield from self._fetch_batch(folder, uids[start : start + FETCH_BATCH])

    @_mapped
    def _fetch_batch(self, folder: str, batch: list[int]) -> list[Fetched]:
        self._ensure(folder)
        data = self.c.fetch(batch, ["BODY.PEEK[]", "FLAGS"])
        found = []
        for uid in batch:
            item = data.get(uid)
            if item is None:  # expunged between SEARCH and FETCH
                continue
            raw = item.get(b"BODY[]") or b""
            flags = tuple(f.decode("utf-8", "replace") if isinstance(f, bytes) else str(f) for f in item.get(b"FLAGS", ()))
            found.append(Fetched(uid=uid, raw=raw, flags=flags))
        return found

    @_mapped
    def header_rows(self, folder: str) -> list[HeaderRow]:
        """The Message-ID and X-InboxAgent of every message in the folder.

        Kept per folder for the life of the connection: a message's headers never change, so
        only messages new since the last call are read. When the folder's UIDVALIDITY, UIDNEXT
        and message count are what they were, no message came or went: one STATUS answers."""
        if self._selected == folder:
            self.c.noop()  # the session's view of a selected folder changes only at a command: catch up first
        status = self.c.folder_status(folder, [b"UIDVALIDITY", b"UIDNEXT", b"MESSAGES"])
        key = tuple(int(status.get(k, 0)) for k in (b"UIDVALIDITY", b"UIDNEXT", b"MESSAGES"))
        cached = self._rows.get(folder)
        if cached is not None and cached[0] == key:
            return list(cached[1].values())
        known = cached[1] if cached is not None and cached[0][0] == key[0] else {}
        self._ensure(folder)
        uids = self.c.search(["ALL"])
        rows = {uid: known[uid] for uid in uids if uid in known}
        missing = [uid for uid in uids if uid not in known]
        parser = email.parser.BytesHeaderParser()
        for start in range(0, len(missing), FETCH_BATCH):
            batch = missing[start : start + FETCH_BATCH]
            data = self.c.fetch(batch, ["BODY.PEEK[HEADER.FIELDS (MESSAGE-ID X-INBOXAGENT)]"])
            for uid, item in data.items():
                raw = next((v for k, v in item.items() if k.startswith(b"BODY[HEADER")), b"") or b""
                headers = parser.parsebytes(raw)
                mids = message_ids(headers.get("Message-ID"))
                rows[uid] = HeaderRow(uid=uid, message_id=mids[0] if mids else None, draft_ref=_draft_ref(headers.get("X-InboxAgent")))
        # The key read before the SEARCH: a message added meanwhile is read again next time, never missed.
        self._rows[folder] = (key, dict(sorted(rows.items())))
        return list(self._rows[folder][1].values())

    @_mapped
    def find_message_id(self, folder: str, message_id: str) -> list[int]:
        self._ensure(folder)
        return sorted(self.c.search(["HEADER", "Message-ID", message_id]))

    # ---- writing -----------------------------------------------------------------------

    @_mapped
    def add_keywords(self, folder: str, uids: list[int], keywords: list[str]) -> None:
        if not uids or not keywords:
            return
        self._ensure(folder)
        if self._status is not None and not self._status.keywords_allowed:
            if not self._warned_keywords:
                log.warning("event=keywords_unsupported folder=%s: the server does not store IMAP keywords", folder)
                self._warned_keywords = True
            return
        self.c.add_flags(uids, [k.encode() for k in keywords], silent=True)

    @_mapped
    def append(self, folder: str, raw: bytes, flags: tuple[str, ...], when: datetime) -> int | None:
        response = self.c.append(folder, raw, flags=[f.encode() for f in flags], msg_time=when)
        match = APPENDUID.search(response if isinstance(response, bytes) else str(response).encode())
        return int(match.group(2)) if match else None

    # ---- waiting -----------------------------------------------------------------------

    @_mapped
    def wait(self, folder: str, timeout: float, should_stop: Callable[[], bool]) -> bool:
        """Block until new mail arrives in `folder`, `timeout` passes, or should_stop() says so.

        Uses IDLE when the server has it (re-issued by the caller before 29 minutes);
        otherwise sleeps and polls. IDLE is only a doorbell: the caller always re-runs its
        UID search afterwards. Returns True when the server reported activity.
        """
        self._ensure(folder)
        if self._newer_than_select(folder):
            return True
        deadline = time.monotonic() + timeout
        if not self.has_idle():
            while time.monotonic() < deadline and not should_stop():
                time.sleep(min(1.0, max(0.0, deadline - time.monotonic())))
            return False
        self.c.idle()
        activity = False
        try:
            while not should_stop() and time.monotonic() < deadline:
                step = min(1.0, max(0.05, deadline - time.monotonic()))
                started = time.monotonic()
                responses = self.c.idle_check(timeout=step)
                if any(len(r) > 1 and r[1] in (b"EXISTS", b"RECENT") for r in responses):
                    activity = True
                    break
                if not responses and time.monotonic() - started < step / 2:
                    # imapclient answers [] at once when the socket hit EOF: the link is
                    # probably dead. Leave IDLE; the NOOP below fails loudly if it is.
                    break
        finally:
            self.c.idle_done()
        self.c.noop()  # a dead connection answers nothing during IDLE; NOOP makes it fail loudly
        return activity


    def _newer_than_select(self, folder: str) -> bool:
        """Mail that came in since the folder was selected (during the pass that just ended).

        The server announces new mail (EXISTS) at whatever command follows its arrival (a
        FETCH, a STORE of keywords), where imapclient leaves it unread; IDLE would then have
        nothing new to report, and the message would wait for the next poll. imaplib keeps
        every announcement since the SELECT: a NOOP collects any still due, and a count above
        the one the pass started from means new mail (a message the pass did read makes one
        more, empty, pass: harmless)."""
        status = self._status
        if status is None or status.name != folder or self._selected != folder:
            return False
        self.c.noop()
        announced = self.c._imap.untagged_responses.get("EXISTS") or []
        return any(int(n) > status.exists for n in announced)


def _draft_ref(value: object) -> str | None:
    match = re.search(r"draft=(<[^<>\s]+>)", str(value or ""))
    return match.group(1) if match else None


def _quietly(fn: Callable[[], Any]) -> None:
    try:
        fn()
    except Exception:  # noqa: BLE001 - closing a connection that may already be dead
        pass
