"""`inboxagent statement CUSTOMER [--csv FILE]`: the statement of account a clerk sends."""

from __future__ import annotations

from pathlib import Path

import click

from .cli import Context, common, main


@main.command()
@click.argument("customer")
@click.option("--csv", "csv_file", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write the statement as a CSV file, to attach to the email.")
@common
def statement(ctx: Context, customer: str, csv_file: Path | None) -> None:
    """Print the statement of account of CUSTOMER (name, key or one of its invoice numbers) as
    the email a clerk would send: open items, payments received, payment arrangements, totals
    per currency and statutory interest where rules/interest.toml enables it."""
    from .render import Renderer
    from .rules import load_rules
    from .statement import find_customer, render_statement, statement_csv
    from .store import Store

    config = ctx.config
    store = Store(config.agent.state)
    now = ctx.clock()()
    try:
        found = find_customer(store, customer)
    except LookupError as exc:
        raise click.ClickException(str(exc)) from None
    interest = load_rules(config.agent.rules).interest
    subject, body = render_statement(Renderer(config.agent.templates), config, store, found, now, interest,
                                     attachment=csv_file.name if csv_file else "")
    if csv_file is not None:
        try:
            csv_file.write_text(statement_csv(store, found, now, interest), encoding="utf-8", newline="")
        except OSError as exc:
            raise click.ClickException(f"cannot write {csv_file}: {exc.strerror}") from None
        click.echo(f"wrote {csv_file}", err=True)
    click.echo(f"Subject: {subject}\n")
    click.echo(body.rstrip())
