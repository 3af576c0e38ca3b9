"""Sends a message over SMTP (aiosmtplib) with verified TLS; maps SMTP failures to transient (4xx) or permanent (5xx).

A transient failure (connection refused or cut, timeout, 4xx) is retried a few times with
exponential backoff (tenacity), but only while nothing can have been delivered: once the
message data has started to flow, a failure is reported and never retried, because the
server may hold the message already and a retry could deliver it twice.
"""

from __future__ import annotations

import asyncio
import logging
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from email.message import EmailMessage

import aiosmtplib
from tenacity import RetryCallState, Retrying, retry_if_exception, stop_after_attempt, wait_exponential

from ..config import ServerConfig
from ..errors import MailError, PermanentMailError, TransientMailError, UncertainDeliveryError
from .imap import tls_context

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SendRetry:
    """How often a send that failed before its data is tried again: `attempts` in all, waiting
    `first_wait` seconds, then twice as long each time, at most `max_wait`.

    Short on purpose: the pass waits while a send is retried, and a reply that still cannot go
    out becomes a draft for a person (see Agent._send), which is the safe end of a longer outage."""

    attempts: int = 3
    first_wait: float = 1.0
    max_wait: float = 10.0


RETRY = SendRetry()


async def _deliver(cfg: ServerConfig, password: str | None, msg: EmailMessage, sender: str,
                   recipients: tuple[str, ...], before_data: Callable[[], None]) -> None:
    client = aiosmtplib.SMTP(
        hostname=cfg.host, port=cfg.port, username=cfg.username or None, password=password or None,
        timeout=cfg.timeout, use_tls=cfg.security == "tls", start_tls=cfg.security == "starttls",
        tls_context=tls_context(cfg) if cfg.security != "none" else None,
    )
    async with client:  # connects, negotiates TLS and logs in; every step waits at most cfg.timeout
        await client.mail(sender)
        refused = []
        for recipient in recipients:
            try:
                await client.rcpt(recipient)
            except aiosmtplib.SMTPRecipientRefused as exc:
                refused.append(exc)
        if refused:
            raise aiosmtplib.SMTPRecipientsRefused(refused)
        before_data()  # from here on the server may have the message: a failure is no longer safe to retry
        await client.data(msg.as_bytes())


def send_message(cfg: ServerConfig, msg: EmailMessage, sender: str, recipients: tuple[str, ...],
                 before_data: Callable[[], None] | None = None, retry: SendRetry | None = None) -> None:
    """Hand `msg` to the SMTP server for `recipients`; returns only when every one was accepted.

    The transaction is driven step by step (not aiosmtplib.send) so that `before_data` runs
    after every recipient was accepted and before the message itself is transmitted: until
    then nothing can have been delivered, and a transient failure is retried (`retry`, by
    default RETRY). From then on a failure is raised at once and says the message may
    have been delivered."""
    password = cfg.password.resolve().reveal() if cfg.username else None
    policy = retry or RETRY
    data_started = False

    def started() -> None:
        nonlocal data_started
        data_started = True
        if before_data is not None:
            before_data()

    def attempt() -> None:
        try:
            asyncio.run(_deliver(cfg, password, msg, sender, recipients, started))
        except MailError:
            raise
        except Exception as exc:  # noqa: BLE001 - mapped (or re-raised) by _mapped_error
            error = _mapped_error(cfg, exc)
            if data_started and isinstance(error, TransientMailError):
                if isinstance(exc, aiosmtplib.SMTPResponseException):  # the server said no: not delivered
                    error = TransientMailError(f"{error} (after the message data: not retried)")
                else:  # cut or silent after the data started: the server may hold the message
                    error = UncertainDeliveryError(f"{error}; the message data had started, so it may have been "
                                                   "delivered: not sent again")
            raise error from None

    def retryable(exc: BaseException) -> bool:
        return isinstance(exc, TransientMailError) and not data_started

    def before_sleep(state: RetryCallState) -> None:
        error = state.outcome.exception() if state.outcome else None
        wait = state.next_action.sleep if state.next_action else 0.0
        log.warning("event=smtp_retry attempt=%d of=%d wait=%.1f error=%s", state.attempt_number,
                    policy.attempts, wait, error)

    retrying = Retrying(
        stop=stop_after_attempt(policy.attempts),
        wait=wait_exponential(multiplier=policy.first_wait, max=policy.max_wait),
        retry=retry_if_exception(retryable),
        before_sleep=before_sleep,
        reraise=True,
    )
    retrying(attempt)


def _mapped_error(cfg: ServerConfig, exc: Exception) -> MailError:
    """The inboxagent error for what aiosmtplib or the socket raised; anything else is re-raised."""
    if isinstance(exc, aiosmtplib.SMTPAuthenticationError):
        if 400 <= exc.code < 500:
            return TransientMailError(f"SMTP login to {cfg.host} failed for now: {exc.code} {exc.message}")
        return PermanentMailError(f"SMTP login refused for {cfg.username} at {cfg.host}")
    if isinstance(exc, aiosmtplib.SMTPRecipientsRefused):
        codes = [r.code for r in exc.recipients]
        error = TransientMailError if codes and all(400 <= c < 500 for c in codes) else PermanentMailError
        return error(f"SMTP server refused the recipients: "
                     f"{'; '.join(f'{r.recipient} {r.code} {r.message}' for r in exc.recipients)}")
    if isinstance(exc, aiosmtplib.SMTPResponseException):
        error = TransientMailError if 400 <= exc.code < 500 else PermanentMailError
        return error(f"SMTP server answered {exc.code} {exc.message}")
    if isinstance(exc, (aiosmtplib.SMTPException, OSError, asyncio.TimeoutError)):
        cause = exc.__cause__ or exc.__context__
        if isinstance(exc, ssl.SSLCertVerificationError) or isinstance(cause, ssl.SSLCertVerificationError):
            return PermanentMailError(
                f"TLS certificate of {cfg.host}:{cfg.port} not trusted; for a private certificate authority set ca_file")
        if isinstance(exc, (aiosmtplib.SMTPTimeoutError, asyncio.TimeoutError, TimeoutError)):
            return TransientMailError(f"SMTP server {cfg.host}:{cfg.port} did not answer within {cfg.timeout:g} s: {exc}")
        return TransientMailError(f"SMTP connection to {cfg.host}:{cfg.port} failed: {exc}")
    raise exc
