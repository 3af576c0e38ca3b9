"""The rules/ files as the daemon sees them: reloaded when edited, the last good set kept when an edit breaks them."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Generic, TypeVar

from .errors import InboxAgentError
from .rules import Rules, load_rules

log = logging.getLogger("inboxagent")
T = TypeVar("T")


def _stamp(paths: list[Path]) -> tuple[tuple[str, int, int], ...]:
    out = []
    for path in paths:
        try:
            st = path.stat()
            out.append((str(path), st.st_mtime_ns, st.st_size))
        except OSError:
            out.append((str(path), -1, -1))
    return tuple(out)


class LiveRules(Generic[T]):
    """Loads rules/ (and what is built from them, e.g. the classifier) and reloads them on change.

    The first load raises on a bad file, so the daemon does not start on broken rules. A
    later edit that breaks a file is logged with the file, line and reason, and the last
    good rules stay in use until the file is fixed.
    """

    def __init__(self, user_dir: Path | None, build: Callable[[Rules], T],
                 on_error: Callable[[InboxAgentError], None] | None = None) -> None:
        self.user_dir = user_dir
        self.build = build
        self.on_error = on_error
        self.rules = load_rules(user_dir)
        self.built = build(self.rules)
        self.error: InboxAgentError | None = None
        self._seen = _stamp(self._watched())

    def _watched(self) -> list[Path]:
        files = list(self.rules.files)
        if self.user_dir is not None and self.user_dir.is_dir():
            files += sorted(p for p in self.user_dir.glob("*.toml") if p not in files)
        return files

    def current(self) -> tuple[Rules, T]:
        """The rules in force, reloading them first if a file changed since the last look."""
        stamp = _stamp(self._watched())
        if stamp != self._seen:
            self._seen = stamp
            try:
                rules = load_rules(self.user_dir)
                built = self.build(rules)
            except InboxAgentError as exc:
                self.error = exc
                log.error("event=rules_invalid error=%s: keeping the last good rules", exc)
                if self.on_error is not None:
                    self.on_error(exc)
            else:
                self.rules, self.built, self.error = rules, built, None
                self._seen = _stamp(self._watched())
                log.info("event=rules_reloaded files=%s", ",".join(p.name for p in rules.files))
        return self.rules, self.built
