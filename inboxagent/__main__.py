"""`python -m inboxagent` runs the command line."""

from .cli import main

main()
