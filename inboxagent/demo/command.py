"""The `inboxagent demo` command (registered on the main command group when imported)."""

from __future__ import annotations

import click

from ..cli import CliError, main
from ..errors import InboxAgentError


@main.command()
@click.option("--keep", is_flag=True, help="Leave the mail server running afterwards, for a mail client (Ctrl-C stops it).")
@click.option("--port", type=click.IntRange(0, 65535), default=0, show_default=True,
              help="IMAP port of the embedded server (0: any free port).")
@click.option("-v", "--verbose", is_flag=True, help="Show the agent's log on stderr instead of keeping it in a file.")
def demo(keep: bool, port: int, verbose: bool) -> None:
    """Replay a month of collections on an embedded mail server with sample data; no set-up needed."""
    from .run import run_demo

    try:
        run_demo(keep=keep, port=port, verbose=verbose)
    except InboxAgentError as exc:
        raise CliError(exc) from None
