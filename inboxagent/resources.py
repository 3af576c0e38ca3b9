"""Finds the default rules/ and templates/ shipped with the package (or beside it in a checkout)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def default_dir(name: str) -> Path:
    """The packaged default folder `name` ("rules" or "templates").

    A wheel carries them as inboxagent/defaults/<name>; an editable install or a checkout
    has them at the top level of the project, which is where users edit their own copies.
    """
    packaged = Path(str(resources.files("inboxagent"))) / "defaults" / name
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parent.parent / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"the default {name}/ folder is not installed with inboxagent")


def find_file(kind: str, user_dir: Path | None, relative: str) -> Path:
    """The file `relative` of `kind` (rules/templates) from the user's folder, else the default."""
    if user_dir is not None:
        candidate = user_dir / relative
        if candidate.is_file():
            return candidate
    return default_dir(kind) / relative
