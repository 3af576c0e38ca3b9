"""The state file commands of the command line: `state check` and `state restore`."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from .cli import Context, common, main
from .errors import StateError

if TYPE_CHECKING:
    from .store import StateSummary


def _when(summary: StateSummary) -> str:
    return summary.modified.isoformat(timespec="seconds")


@main.group()
def state() -> None:
    """Check the state file, or put its backup back."""


@state.command("check")
@common
def state_check(ctx: Context) -> None:
    """Load the state file and its backup as the agent would, and report what they hold."""
    from .store import inspect_state, sibling

    path = ctx.config.agent.state
    backup = sibling(path, ".bak")
    if not path.exists():
        click.echo(f"{path}: no state file yet (nothing imported or run)")
    else:
        found = inspect_state(path)
        click.echo(f"state:   {path} ({found.size} bytes, written {_when(found)})")
        click.echo(f"holds:   {found.describe()}")
        if found.problems:
            for problem in found.problems[:10]:
                click.echo(f"  bad record {problem}")
            raise StateError(f"{path}: {len(found.problems)} record(s) do not load; `inboxagent state restore "
                             f"--force` goes back to the backup")
    if not backup.exists():
        click.echo(f"backup:  none yet ({backup} is written at the agent's first write after loading a state)")
        return
    try:
        saved = inspect_state(backup, "backup", hint=False)
    except StateError as exc:
        click.echo(f"backup:  unusable: {exc}")
        return
    bad = f"; {len(saved.problems)} record(s) do not load" if saved.problems else ""
    click.echo(f"backup:  {backup} (written {_when(saved)}): loads, {saved.describe()}{bad}")


@state.command("restore")
@click.option("--force", is_flag=True, help="Restore even though the state file loads (what changed since is lost).")
@common
def state_restore(ctx: Context, force: bool) -> None:
    """Replace a corrupt state file with its backup (<state>.bak); the replaced file is kept beside it."""
    from .store import restore_backup

    path = ctx.config.agent.state
    done = restore_backup(path, force=force)
    if done.kept is not None:
        click.echo(done.reason)
        click.echo(f"kept the replaced file as {done.kept}")
    click.echo(f"restored {path} from the backup of {_when(done.backup)}: {done.backup.describe()}")
    click.echo("the next `inboxagent run` reads the mail since the backup again")
