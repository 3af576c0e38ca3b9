"""Sends a message over SMTP (aiosmtplib) with verified TLS; maps SMTP failures to transient (4xx) or permanent (5xx)."""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import Callable
from email.message import EmailMessage

import aiosmtplib

from ..config import ServerConfig
from ..errors import PermanentMailError, TransientMailError
from .imap import tls_context


async def _deliver(cfg: ServerConfig, password: str | None, msg: EmailMessage, sender: str,
                   recipients: tuple[str, ...], before_data: Callable[[], None] | None) -> None:
    client = aiosmtplib.SMTP(
        hostname=cfg.host, port=cfg.port, username=cfg.username or None, password=password or None,
        timeout=cfg.timeout, use_tls=cfg.security == "tls", start_tls=cfg.security == "starttls",
        tls_context=tls_context(cfg) if cfg.security != "none" else None,
    )
    async with client:  # connects, negotiates TLS and logs in
        await client.mail(sender)
        refused = []
        for recipient in recipients:
            try:
                await client.rcpt(recipient)
            except aiosmtplib.SMTPRecipientRefused as exc:
                refused.append(exc)
        if refused:
            raise aiosmtplib.SMTPRecipientsRefused(refused)
        if before_data is not None:
            before_data()  # from here on the server may have the message: a crash is no longer safe to retry
        await client.data(msg.as_bytes())


def send_message(cfg: ServerConfig, msg: EmailMessage, sender: str, recipients: tuple[str, ...],
                 before_data: Callable[[], None] | None = None) -> None:
    """Hand `msg` to the SMTP server for `recipients`; returns only when every one was accepted.

    The transaction is driven step by step (not aiosmtplib.send) so that `before_data` runs
    after every recipient was accepted and before the message itself is transmitted: until
    then nothing can have been delivered, and a send cut short there may safely be retried."""
    password = cfg.password.resolve().reveal() if cfg.username else None
    try:
        asyncio.run(_deliver(cfg, password, msg, sender, recipients, before_data))
    except aiosmtplib.SMTPAuthenticationError:
        raise PermanentMailError(f"SMTP login refused for {cfg.username} at {cfg.host}") from None
    except aiosmtplib.SMTPRecipientsRefused as exc:
        codes = [r.code for r in exc.recipients]
        error = TransientMailError if codes and all(400 <= c < 500 for c in codes) else PermanentMailError
        raise error(f"SMTP server refused the recipients: {'; '.join(f'{r.recipient} {r.code} {r.message}' for r in exc.recipients)}") from None
    except aiosmtplib.SMTPResponseException as exc:
        error = TransientMailError if 400 <= exc.code < 500 else PermanentMailError
        raise error(f"SMTP server answered {exc.code} {exc.message}") from None
    except (aiosmtplib.SMTPException, OSError, asyncio.TimeoutError) as exc:
        cause = exc.__cause__ or exc.__context__
        if isinstance(exc, ssl.SSLCertVerificationError) or isinstance(cause, ssl.SSLCertVerificationError):
            raise PermanentMailError(
                f"TLS certificate of {cfg.host}:{cfg.port} not trusted; for a private certificate authority set ca_file") from None
        raise TransientMailError(f"SMTP connection to {cfg.host}:{cfg.port} failed: {exc}") from None
