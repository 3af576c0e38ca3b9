"""The contacts commands: `contacts list`, `contacts import contacts.csv`, `contacts approve ADDRESS`."""

from __future__ import annotations

from pathlib import Path

import click

from .cli import Context, common, main
from .records import ROLES, RoleContact


@main.group()
def contacts() -> None:
    """Who is on file for each customer, and in what role; approve new senders."""


@contacts.command("list")
@click.argument("customer", required=False)
@common
def contacts_list(ctx: Context, customer: str | None) -> None:
    """Every customer's addresses with their roles, then the senders waiting for approval."""
    from .contacts import find_customer, pending_senders
    from .store import Store

    store = Store(ctx.config.agent.state)
    if customer is not None:
        found = find_customer(store, customer)
        if found is None:
            raise click.ClickException(f"no customer {customer!r}")
        shown = [found]
    else:
        shown = sorted(store.customers(), key=lambda c: c.name.casefold())
    known = {c.address: c for c in store.contacts()}
    for c in shown:
        flags = " (autopay)" if c.autopay else ""
        click.echo(f"{c.name} [{c.key}]{flags}")
        listed = c.contacts or tuple(RoleContact(a, "invoice") for a in c.emails)
        for rc in listed:
            state = known.get(rc.address)
            notes = [n for n in (rc.name, f"from {rc.source}" if rc.source != "invoices" else "",
                                 "opted out" if state and state.opted_out else "",
                                 "undeliverable" if state and state.undeliverable else "") if n]
            click.echo(f"  {rc.role:<12} {rc.address}" + (f"  ({'; '.join(notes)})" if notes else ""))
        to = c.reminder_to
        click.echo(f"  reminders to: {', '.join(to) or 'nobody'}"
                   + (f"; cc {', '.join(c.addresses('cc'))}" if c.addresses("cc") else ""))
    waiting = [p for p in pending_senders(store) if customer is None or p.customer in {c.key for c in shown}]
    if waiting:
        click.echo("")
        click.echo("not on file (approve with `inboxagent contacts approve ADDRESS`, or the IMAP keyword "
                   "$InboxAgentApproveSender on one of their messages):")
        for p in waiting:
            click.echo(f"  {p.address} ({p.customer}): {p.messages} message(s), last {p.last_seen:%Y-%m-%d}, "
                       f"{p.subject[:60]!r}")


@contacts.command("import")
@click.argument("csv_file", type=click.Path(dir_okay=False, path_type=Path))
@common
def contacts_import(ctx: Context, csv_file: Path) -> None:
    """Load contacts.csv (customer,email,role[,name]; role invoice, collections or cc). Each customer
    it names gets exactly the contacts listed for it (and keeps those of its invoices)."""
    from .contacts import import_contacts
    from .store import Store

    customers, count = import_contacts(Store(ctx.config.agent.state), csv_file)
    click.echo(f"{csv_file}: {count} contact(s) for {customers} customer(s)")


@contacts.command("approve")
@click.argument("address")
@click.option("--customer", help="The customer (key or name); default: the one its messages were threaded to.")
@click.option("--role", type=click.Choice(ROLES), default="other", show_default=True,
              help="other: answered and threaded by address, never sent reminders; collections: reminders go "
                   "to it; cc: copied on reminders.")
@click.option("--name", default="", help="The person's name, for greetings.")
@common
def contacts_approve(ctx: Context, address: str, customer: str | None, role: str, name: str) -> None:
    """Put a sender on file for its customer."""
    from .contacts import ContactError, approve
    from .store import Store

    try:
        found = approve(Store(ctx.config.agent.state), address, customer, role, name)
    except ContactError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"{address.strip().lower()} is on file for {found.name} [{found.key}] as {role}")
