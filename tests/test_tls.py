"""Certificates are verified by default, for IMAP (IMAPS and STARTTLS) and SMTP, against real servers."""

from __future__ import annotations

import ssl
from collections.abc import Iterator
from pathlib import Path

import pytest

from inboxagent.config import ImapConfig, PasswordSource, Secret, ServerConfig
from inboxagent.errors import PermanentMailError
from inboxagent.mail.imap import ImapMailbox, tls_context
from inboxagent.mail.smtp import send_message
import mailfactory as mf
from servers import Dovecot, free_port


@pytest.fixture(scope="module")
def tls_dovecot() -> Iterator[Dovecot]:
    server = Dovecot(tls=True).start()
    yield server
    server.cleanup()


def imap(server: Dovecot, security: str, ca: Path | None, password: str = "secret") -> ImapConfig:
    user, _ = server.add_user()
    port = server.tls_port if security == "tls" else server.port
    return ImapConfig(host="localhost", port=port, username=user,
                      password=PasswordSource(Path("t.toml"), "imap", value=Secret(password)),
                      security=security, ca_file=ca, timeout=5)


@pytest.mark.parametrize("security", ["tls", "starttls"])
def test_trusted_certificate_connects(tls_dovecot: Dovecot, security: str) -> None:
    with ImapMailbox(imap(tls_dovecot, security, tls_dovecot.cert)) as box:
        assert box.drafts_folder() == "Drafts"


@pytest.mark.parametrize("security", ["tls", "starttls"])
def test_untrusted_certificate_is_refused(tls_dovecot: Dovecot, security: str) -> None:
    with pytest.raises(PermanentMailError, match="certificate .* not trusted"):
        ImapMailbox(imap(tls_dovecot, security, None)).connect()


def test_wrong_password_is_a_clear_error_without_the_password(tls_dovecot: Dovecot) -> None:
    cfg = imap(tls_dovecot, "tls", tls_dovecot.cert, password="hunter2-wrong")
    with pytest.raises(PermanentMailError) as caught:
        ImapMailbox(cfg).connect()
    assert "login refused" in str(caught.value)
    assert "hunter2" not in str(caught.value) and "hunter2" not in repr(cfg)


def test_smtp_starttls_verifies_the_certificate(tls_dovecot: Dovecot) -> None:
    from aiosmtpd.controller import Controller

    from conftest import SinkHandler

    assert tls_dovecot.cert is not None
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_ctx.load_cert_chain(tls_dovecot.cert, tls_dovecot.root / "key.pem")
    handler = SinkHandler()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port, tls_context=server_ctx, require_starttls=True)
    controller.start()
    try:
        def cfg(ca: Path | None) -> ServerConfig:
            return ServerConfig(host="localhost", port=port, username="", password=PasswordSource(Path("t"), "smtp"),
                                security="starttls", ca_file=ca, timeout=5)

        with pytest.raises(PermanentMailError, match="not trusted"):
            send_message(cfg(None), mf.reply_by_sender(), mf.OURS, ("hello@copperleaf.example",))
        assert handler.messages == []
        send_message(cfg(tls_dovecot.cert), mf.reply_by_sender(), mf.OURS, ("hello@copperleaf.example",))
        assert len(handler.messages) == 1
    finally:
        controller.stop()


def test_tls_context_verifies_by_default() -> None:
    ctx = tls_context(ServerConfig(host="h", port=1, username="u", password=PasswordSource(Path("t"), "imap")))
    assert ctx.verify_mode.name == "CERT_REQUIRED" and ctx.check_hostname
