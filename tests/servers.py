"""Real mail servers for the tests: a throwaway Dovecot IMAP server and an aiosmtpd SMTP sink."""

from __future__ import annotations

import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
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
