"""Sends a message over SMTP (aiosmtplib) with verified TLS; maps SMTP failures to transient (4xx) or permanent (5xx)."""

from __future__ import annotations

import asyncio
import ssl
from email.message import EmailMessage

import aiosmtplib

from ..config import ServerConfig
from ..errors import PermanentMailError, TransientMailError
from .imap import tls_context


def send_message(cfg: ServerConfig, msg: EmailMessage, sender: str, recipients: tuple[str, ...]) -> None:
    """Hand `msg` to the SMTP server for `recipients`; returns only when every one was accepted."""
    password = cfg.password.resolve().reveal() if cfg.username else None
    try:
        _, response = asyncio.run(aiosmtplib.send(
            msg, sender=sender, recipients=list(recipients), hostname=cfg.host, port=cfg.port,
            username=cfg.username or None, password=password or None, timeout=cfg.timeout,
            use_tls=cfg.security == "tls", start_tls=cfg.security == "starttls",
            tls_context=tls_context(cfg) if cfg.security != "none" else None,
        ))
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
    del response
