"""The collection commands of the command line: status, resolve and preview."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import timedelta
from decimal import Decimal

import click

from .cli import Context, common, main

BUCKETS = ("current", "1-30", "31-60", "61-90", "90+")
HOLDS = {"": "chasing", "promise": "promise pending", "extension": "extension", "dispute": "dispute",
         "paid_claim": "payment claimed"}


def bucket(days_overdue: int) -> str:
    if days_overdue <= 0:
        return "current"
    return "1-30" if days_overdue <= 30 else "31-60" if days_overdue <= 60 else "61-90" if days_overdue <= 90 else "90+"


def amounts(totals: dict[str, Decimal]) -> str:
    from .render import money

    return ", ".join(money(v, k) for k, v in sorted(totals.items()))


@main.command()
@common
def status(ctx: Context) -> None:
    """What the agent knows: invoices by state and age, promises, disputes, drafts, what waits for a person."""
    from .render import long_date, money
    from .store import Store

    store = Store(ctx.config.agent.state)
    today = ctx.clock()().date()
    invoices = store.invoices()
    accounts = {a.number: a for a in store.accounts()}
    open_ = [i for i in invoices if i.is_open]
    overdue = [i for i in open_ if i.due < today]
    click.echo(f"last sync:   {store.fact('last_sync') or 'never'}")
    click.echo(f"last pass:   {store.fact('last_pass') or '-'}")
    click.echo(f"last error:  {store.fact('last_error') or 'none'}")
    click.echo(f"invoices:    {len(open_)} open ({len(overdue)} overdue), {len(invoices) - len(open_)} paid/closed")
    states = Counter(HOLDS.get(accounts[i.number].hold if i.number in accounts else "", "chasing") for i in open_)
    click.echo("by state:    " + ", ".join(f"{name} {states[name]}" for name in HOLDS.values()))
    ageing: dict[str, dict[str, Decimal]] = defaultdict(dict)
    counts: Counter[str] = Counter()
    for inv in open_:
        b = bucket((today - inv.due).days)
        counts[b] += 1
        ageing[b][inv.currency] = ageing[b].get(inv.currency, Decimal(0)) + inv.open_balance
    click.echo("ageing:      " + ", ".join(
        f"{b}: {counts[b]}" + (f" ({amounts(ageing[b])})" if counts[b] else "") for b in BUCKETS))

    week_end = today + timedelta(days=6 - today.weekday())
    due_soon = [(i, accounts[i.number]) for i in open_ if i.number in accounts and accounts[i.number].promise
                and accounts[i.number].promise.status == "pending"  # type: ignore[union-attr]
                and accounts[i.number].promise.due <= week_end]  # type: ignore[union-attr]
    click.echo(f"promises due this week: {len(due_soon)}")
    for inv, acc in sorted(due_soon, key=lambda x: x[1].promise.due):  # type: ignore[union-attr]
        p = acc.promise
        assert p is not None
        what = money(p.amount, p.currency or inv.currency) if p.amount is not None else money(inv.open_balance, inv.currency)
        click.echo(f"  - {inv.number} {inv.customer_name}: {what} by {long_date(p.due)}")
    broken = [(i, accounts[i.number]) for i in open_ if i.number in accounts and accounts[i.number].promise
              and accounts[i.number].promise.status == "broken"]  # type: ignore[union-attr]
    click.echo(f"broken promises: {len(broken)}")
    for inv, acc in broken:
        assert acc.promise is not None
        click.echo(f"  - {inv.number} {inv.customer_name}: promised by {long_date(acc.promise.due)}")
    disputes = [(i, accounts[i.number]) for i in open_ if i.number in accounts and accounts[i.number].hold == "dispute"]
    click.echo(f"open disputes: {len(disputes)}" + ("  (clear one with `inboxagent resolve INVOICE`)" if disputes else ""))
    for inv, acc in disputes:
        since = next((e.day for e in reversed(acc.events) if e.kind == "dispute"), None)
        click.echo(f"  - {inv.number} {inv.customer_name}: {money(inv.open_balance, inv.currency)}"
                   + (f", since {long_date(since)}" if since else ""))

    drafts = store.drafts()
    pending = [d for d in drafts if d.status == "pending"]
    click.echo(f"drafts awaiting review: {len(pending)}")
    for d in sorted(pending, key=lambda d: d.created)[-10:]:
        click.echo(f"  - [{d.kind}] {d.subject[:60]!r} to {', '.join(d.to)}")
    messages = store.messages()
    waiting = [m for m in messages if m.outcome == "needs_person" or m.flagged
               or (m.needs_review and m.outcome == "drafted")]
    click.echo(f"for a person: {len(waiting)} message(s)")
    for m in waiting[-10:]:
        click.echo(f"  - {m.from_addr or '?'}: {m.subject[:50]!r}: {m.reason}")
    contacts = store.contacts()
    opted = [c for c in contacts if c.opted_out]
    bounced = [c for c in contacts if c.undeliverable]
    if opted or bounced:
        click.echo(f"contacts:    {len(opted)} opted out, {len(bounced)} undeliverable")
        for c in opted + bounced:
            click.echo(f"  - {c.address}: {c.note}")
    intents = Counter(m.intent for m in messages if m.intent)
    click.echo(f"messages:    {len(messages)} seen; " + ", ".join(f"{k} {v}" for k, v in sorted(intents.items())))
    by_status = Counter(d.status for d in drafts)
    click.echo("drafts:      " + (", ".join(f"{k} {v}" for k, v in sorted(by_status.items())) or "none"))


@main.command()
@click.argument("invoice")
@click.option("--note", default="", help="What was agreed, for the invoice's history.")
@common
def resolve(ctx: Context, invoice: str, note: str) -> None:
    """Clear the dispute (or any hold) on INVOICE, so automated reminders resume at the next pass."""
    from .accounts import resolve as resolve_account
    from .store import Store

    store = Store(ctx.config.agent.state)
    found = store.invoice(invoice) or next((i for i in store.invoices() if i.number.casefold() == invoice.casefold()), None)
    if found is None:
        raise click.ClickException(f"no invoice {invoice!r} (see `inboxagent invoices list`)")
    account = store.account(found.number)
    if not account.hold:
        click.echo(f"{found.number}: nothing on hold; reminders follow the cadence")
        return
    if account.hold == "closed":
        click.echo(f"{found.number}: closed (paid); nothing to resolve")
        return
    was = HOLDS.get(account.hold, account.hold)
    with store.hold():
        store.put_account(resolve_account(account, ctx.clock()().date(), note))
    click.echo(f"{found.number}: {was} cleared; reminders resume at the next pass")


@main.command()
@click.argument("target")
@common
def preview(ctx: Context, target: str) -> None:
    """Print the next message the agent would write for an invoice or customer, and when."""
    from .chaser import preview as next_message
    from .render import Renderer
    from .rules import load_rules
    from .store import Store

    config = ctx.config
    store = Store(config.agent.state)
    now = ctx.clock()()
    try:
        found = next_message(config, store, load_rules(config.agent.rules), Renderer(config.agent.templates), target, now)
    except LookupError as exc:
        raise click.ClickException(str(exc)) from None
    if found is None:
        click.echo(f"{target}: nothing planned in the next 120 days (paid, on hold, excluded, or past the last stage)")
        return
    planned, template, subject, body = found
    if not template:
        click.echo(f"{target}: a {planned.situation} is due but cannot go: {planned.held_by}")
        return
    when = "now" if planned.not_before <= now else planned.not_before.strftime("%A %d %B %Y, %H:%M %Z").strip()
    held = f" (waiting: {planned.held_by})" if planned.held_by else ""
    click.echo(f"next: {planned.situation} {planned.stage} ({planned.tone}), {when}{held}")
    click.echo(f"to: {', '.join(planned.to)}" + (f"; cc {', '.join(planned.cc)}" if planned.cc else ""))
    click.echo(f"template: {template}")
    click.echo(f"Subject: {subject}\n")
    click.echo(body.rstrip())

