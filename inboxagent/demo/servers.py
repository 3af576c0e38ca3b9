"""The demo's embedded mail servers: pymap's in-memory IMAP server and an aiosmtpd sink, on loopback, in this process."""

from __future__ import annotations

import asyncio
import socket
import threading
from argparse import Namespace
from typing import Any

from ..errors import PermanentMailError

HOST = "127.0.0.1"
START_TIMEOUT = 10.0


def free_port() -> int:
    """A TCP port nobody listens on now (aiosmtpd's Controller needs a real port number, not 0)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


class DemoImapServer:
    """pymap's dict (in-memory) backend serving one user, on its own thread and event loop.

    Wired by hand, the way pymap's own `pymap --no-tls dict --demo-user U --demo-password P`
    does it, because pymap.main.run() installs SIGINT/SIGTERM handlers and can only run on
    the main thread; here only the IMAP service is started (no admin or health services).
    """

    def __init__(self, user: str, password: str, port: int = 0) -> None:
        self.user = user
        self.password = password
        self.port = port
        self._ready = threading.Event()
        self._error: BaseException | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._thread = threading.Thread(target=self._run, name="demo-imap", daemon=True)

    def start(self) -> DemoImapServer:
        self._thread.start()
        if not self._ready.wait(START_TIMEOUT):
            raise PermanentMailError(f"the demo IMAP server did not start within {START_TIMEOUT:g} s")
        if self._error is not None:
            raise PermanentMailError(f"the demo IMAP server could not start on {HOST}:{self.port}: {self._error}")
        return self

    def stop(self) -> None:
        if self._loop is not None and self._stop is not None and self._thread.is_alive():
            self._loop.call_soon_threadsafe(self._stop.set)
            self._thread.join(START_TIMEOUT)

    def __enter__(self) -> DemoImapServer:
        return self.start()

    def __exit__(self, *_: object) -> None:
        self.stop()

    def _run(self) -> None:
        try:
            asyncio.run(self._serve())
        except BaseException as exc:  # noqa: BLE001 - reported to start(), which raises it in the caller's thread
            self._error = exc
            self._ready.set()

    async def _serve(self) -> None:
        from proxyprotocol.reader import ProxyProtocolReader
        from pymap.backend.dict import DictBackend
        from pymap.imap import IMAPServer

        # The arguments pymap's command line would parse for `--no-tls dict --demo-user ...`.
        args = Namespace(host=HOST, port=self.port, debug=False, cert=None, key=None, tls=False,
                         passlib_cfg=None, proxy_protocol=None, inherited_sockets=None,
                         demo_data=False, demo_user=self.user, demo_password=self.password)
        backend, config = await DictBackend.init(args, invalid_user_sleep=0.0)
        config.apply_context()
        handler = ProxyProtocolReader(config.proxy_protocol).get_callback(IMAPServer(backend.login, config))
        server = await asyncio.start_server(handler, host=HOST, port=self.port)
        self.port = int(server.sockets[0].getsockname()[1])
        self._loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        self._ready.set()
        async with server:
            await self._stop.wait()


class _Sink:
    """aiosmtpd handler: keeps every message it is given."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, tuple[str, ...], bytes]] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        content = envelope.original_content or envelope.content or b""
        self.messages.append((str(envelope.mail_from), tuple(envelope.rcpt_tos), bytes(content)))
        return "250 Message accepted (demo sink: delivered nowhere)"


class DemoSmtpSink:
    """An SMTP server that accepts every message and delivers it nowhere, keeping a copy to show."""

    def __init__(self, port: int = 0) -> None:
        self.port = port
        self._handler = _Sink()
        self._controller: Any = None

    @property
    def messages(self) -> list[tuple[str, tuple[str, ...], bytes]]:
        """(envelope sender, recipients, message) of everything accepted so far."""
        return self._handler.messages

    def start(self) -> DemoSmtpSink:
        from aiosmtpd.controller import Controller

        self.port = self.port or free_port()
        self._controller = Controller(self._handler, hostname=HOST, port=self.port, ready_timeout=START_TIMEOUT)
        try:
            self._controller.start()
        except (OSError, RuntimeError, TimeoutError) as exc:
            raise PermanentMailError(f"the demo SMTP sink could not start on {HOST}:{self.port}: {exc}") from None
        return self

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None
