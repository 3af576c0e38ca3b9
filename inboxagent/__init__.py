"""inboxagent: an email-native accounts-receivable agent.

It watches a shared accounts mailbox over IMAP, threads debtors' replies to the invoices
they concern, classifies what each reply means and writes the follow-up a careful AR
clerk would write, as a threaded draft for the team to review.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("inboxagent")
except PackageNotFoundError:  # running from a checkout that is not installed
    __version__ = "0.0.0+checkout"

__all__ = ["__version__"]
