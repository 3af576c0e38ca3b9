"""Real mail servers for the tests: a throwaway Dovecot IMAP server and an aiosmtpd SMTP sink."""

from __future__ import annotations

import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

DOVECOT = shutil.which("dovecot") or "/usr/sbin/dovecot"

CONF = """\
base_dir = {root}/run
state_dir = {root}/state
instance_name = inboxagent-test-{tag}
protocols = imap
listen = 127.0.0.1
ssl = {ssl}
{ssl_files}
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
log_path = {root}/dovecot.log
default_login_user = dovenull
default_internal_user = dovecot
default_internal_group = dovecot
mail_location = maildir:{root}/mail/%u
mail_uid = {uid}
mail_gid = {gid}
first_valid_uid = 1
mail_fsync = never
protocol imap {{
  mail_max_userip_connections = 200
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {tls_port}
  }}
}}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/users
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={root}/mail/%u
}}
namespace inbox {{
  inbox = yes
  separator = /
{mailboxes}
}}
"""

# The mailboxes of the default namespace: Drafts/Sent/Trash created on login with their
# SPECIAL-USE flags, as most servers do.
MAILBOXES = """\
  mailbox Drafts {
    special_use = \\Drafts
    auto = subscribe
  }
  mailbox Sent {
    special_use = \\Sent
    auto = subscribe
  }
  mailbox Trash {
    special_use = \\Trash
    auto = subscribe
  }"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for_port(port: int, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.02)
    raise RuntimeError(f"nothing listens on 127.0.0.1:{port} after {timeout}s")


def self_signed_cert(directory: Path) -> tuple[Path, Path]:
    cert, key = directory / "cert.pem", directory / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )
    return cert, key


@dataclass
class Dovecot:
    """A Dovecot instance in the foreground of a temporary root, owned by the test session."""

    root: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="ia-dovecot-")))
    port: int = field(default_factory=free_port)
    tls_port: int = field(default_factory=free_port)
    tls: bool = True
    proc: subprocess.Popen[bytes] | None = None
    cert: Path | None = None
    pool: int = 400
    mailboxes: str = MAILBOXES  # the namespace's `mailbox NAME { ... }` blocks

    def __post_init__(self) -> None:
        os.chmod(self.root, 0o755)  # Dovecot's auth and mail processes must reach it
        nobody = pwd.getpwnam("nobody")
        self.uid, self.gid = nobody.pw_uid, nobody.pw_gid
        (self.root / "mail").mkdir()
        os.chown(self.root / "mail", self.uid, self.gid)
        (self.root / "users").write_text(
            "".join(f"ar-{n:04d}@example.test:{{PLAIN}}secret\n" for n in range(1, self.pool + 1)))
        self._next_user = 0
        ssl_files = ""
        if self.tls:
            self.cert, key = self_signed_cert(self.root)
            os.chmod(key, 0o644)
            ssl_files = f"ssl_cert = <{self.cert}\nssl_key = <{key}"
        self.conf = self.root / "dovecot.conf"
        self.tag = uuid.uuid4().hex[:8]
        self.conf.write_text(CONF.format(
            root=self.root, tag=self.tag, port=self.port, uid=self.uid, gid=self.gid,
            ssl="yes" if self.tls else "no", ssl_files=ssl_files,
            tls_port=self.tls_port if self.tls else 0, mailboxes=self.mailboxes,
        ))

    def start(self) -> "Dovecot":
        self.proc = subprocess.Popen([DOVECOT, "-F", "-c", str(self.conf)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            wait_for_port(self.port)
        except RuntimeError:
            self.stop()
            raise RuntimeError(f"Dovecot did not start: {(self.root / 'dovecot.log').read_text() if (self.root / 'dovecot.log').exists() else ''}")
        return self

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None

    def drop_connections(self) -> None:
        """Kill this instance's IMAP sessions: every client sees its connection cut."""
        subprocess.run(["pkill", "-KILL", "-f", f"dovecot-inboxagent-test-{self.tag}/imap"], check=False)

    def restart(self) -> None:
        """Stop the server and cut every session (Dovecot's imap processes outlive the master)."""
        self.stop()
        self.drop_connections()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    time.sleep(0.05)
            except OSError:
                break
        self.start()

    def add_user(self) -> tuple[str, str]:
        """A fresh account from the pool written before start (Dovecot reads its passwd-file
        lazily and throttles re-reads, so accounts added while it runs are not reliably seen)."""
        self._next_user += 1
        if self._next_user > self.pool:
            raise RuntimeError(f"all {self.pool} test accounts are used; raise Dovecot.pool")
        return f"ar-{self._next_user:04d}@example.test", "secret"

    def cleanup(self) -> None:
        self.stop()
        self.drop_connections()
        shutil.rmtree(self.root, ignore_errors=True)


class FaultProxy:
    """A loopback TCP proxy in front of a real server that a test cuts, freezes or takes down at will.

    One thread forwards every connection to the target. A test can sever every open connection
    now (`sever`), arm a one-shot cut for when a byte pattern flows from the server or the
    client (`cut_when`: what came before the pattern is delivered, the rest never is), stop
    forwarding without closing (`freeze`: a hung server), accept and never answer new
    connections (`hang`), or stop listening altogether (`down`/`up`: connection refused).
    """

    def __init__(self, target_port: int, target_host: str = "127.0.0.1") -> None:
        self.target = (target_host, target_port)
        self.port = free_port()
        self.connections = 0  # accepted so far
        self.hang = False
        self._frozen = False
        self._lock = threading.Lock()
        self._cuts: list[tuple[str, bytes, bool, threading.Event]] = []
        self._requests: list[tuple[str, threading.Event]] = []
        self._pairs: dict[socket.socket, socket.socket] = {}  # each end -> the other end
        self._side: dict[socket.socket, str] = {}  # "client" or "server": who sends what we read here
        self._tail: dict[socket.socket, bytes] = {}
        self._hung: list[socket.socket] = []
        self._listener: socket.socket | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"fault-proxy-{self.port}", daemon=True)

    # ---- what a test calls --------------------------------------------------------------------

    def start(self) -> "FaultProxy":
        self._listen()
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._close_all()
        if self._listener is not None:
            self._listener.close()
            self._listener = None

    def sever(self) -> None:
        """Cut every open connection now: each client sees its connection closed under it."""
        self._ask("sever")

    def cut_when(self, pattern: bytes, side: str = "server", deliver: bool = False) -> threading.Event:
        """Once `side` ("server" or "client") sends `pattern`, deliver what came before it (and the
        pattern's whole chunk when `deliver`), then sever every connection. The returned event is
        set when the cut happened."""
        assert side in ("server", "client")
        fired = threading.Event()
        with self._lock:
            self._cuts.append((side, pattern, deliver, fired))
        return fired

    def freeze(self) -> None:
        """Stop forwarding in both directions; connections stay open and nothing answers."""
        self._frozen = True

    def thaw(self) -> None:
        self._frozen = False

    def down(self) -> None:
        """Stop listening and cut every connection: new connections are refused."""
        self._ask("down")

    def up(self) -> None:
        self._ask("up")

    # ---- the forwarding thread ----------------------------------------------------------------

    def _listen(self) -> None:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        listener.setblocking(False)
        self._listener = listener

    def _ask(self, what: str) -> None:
        done = threading.Event()
        with self._lock:
            self._requests.append((what, done))
        if not done.wait(5):
            raise RuntimeError(f"fault proxy did not {what} within 5 s")

    def _run(self) -> None:
        import select

        while not self._stop.is_set():
            with self._lock:
                requests, self._requests = self._requests, []
            for what, done in requests:
                if what in ("sever", "down"):
                    self._close_all()
                if what == "down" and self._listener is not None:
                    self._listener.close()
                    self._listener = None
                if what == "up" and self._listener is None:
                    self._listen()
                done.set()
            readable = [] if self._frozen else list(self._pairs)
            if self._listener is not None:
                readable.append(self._listener)
            ready, _, _ = select.select(readable, [], [], 0.02)
            for sock in ready:
                if sock is self._listener:
                    self._accept()
                elif sock in self._pairs and not self._frozen:
                    self._forward(sock)

    def _accept(self) -> None:
        assert self._listener is not None
        try:
            client, _ = self._listener.accept()
        except BlockingIOError:
            return
        client.setblocking(True)
        self.connections += 1
        if self.hang:
            self._hung.append(client)
            return
        try:
            upstream = socket.create_connection(self.target, timeout=5)
        except OSError:
            client.close()
            return
        for sock in (client, upstream):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            sock.settimeout(5)
        self._pairs[client], self._pairs[upstream] = upstream, client
        self._side[client], self._side[upstream] = "client", "server"

    def _forward(self, sock: socket.socket) -> None:
        other = self._pairs[sock]
        try:
            data = sock.recv(65536)
        except OSError:
            data = b""
        if not data:
            self._close_pair(sock)
            return
        side = self._side[sock]
        tail = self._tail.get(sock, b"")
        seen = tail + data  # a pattern may straddle two reads; it must end in this one

        def found(pattern: bytes) -> int:
            return seen.find(pattern, max(0, len(tail) - len(pattern) + 1))

        with self._lock:
            cut = next((c for c in self._cuts if c[0] == side and found(c[1]) >= 0), None)
            if cut is not None:
                self._cuts.remove(cut)
        if cut is None:
            self._tail[sock] = seen[-256:]
            try:
                other.sendall(data)
            except OSError:
                self._close_pair(sock)
            return
        _, pattern, deliver, fired = cut
        keep = data if deliver else data[: max(0, found(pattern) - len(tail))]
        try:
            if keep:
                other.sendall(keep)
        except OSError:
            pass
        fired.set()  # before the close: whoever sees the connection end also sees the cut
        self._close_all()

    def _close_pair(self, sock: socket.socket) -> None:
        other = self._pairs.pop(sock, None)
        for s in (sock, other):
            if s is None:
                continue
            self._pairs.pop(s, None)
            self._side.pop(s, None)
            self._tail.pop(s, None)
            _shut(s)

    def _close_all(self) -> None:
        for sock in list(self._pairs):
            self._close_pair(sock)
        for sock in self._hung:
            _shut(sock)
        self._hung = []


def _shut(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    sock.close()
