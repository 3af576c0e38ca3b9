"""Reading the user's TOML rule files with errors that name the file, the line and the reason."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from .errors import RulesError


def line_of(text: str, needle: str) -> int | None:
    for n, line in enumerate(text.splitlines(), 1):
        if needle in line:
            return n
    return None


def read_toml(path: Path) -> tuple[dict[str, Any], str]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise RulesError(path, None, f"cannot read: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise RulesError(path, None, "not UTF-8 text") from None
    try:
        return tomllib.loads(text), text
    except tomllib.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", None)
        if line is None:
            m = re.search(r"line (\d+)", str(exc))
            line = int(m.group(1)) if m else None
        raise RulesError(path, line, f"not valid TOML: {str(exc).split(' (at line')[0]}") from None
