"""New-text extraction against real client fixtures with upstream expectations, plus hand-written cases.

The shared corpus (quotes/ and quotes/bodies/) carries `NAME.expected.txt` files: the exact
string an upstream library's test asserts as the new text. The libraries disagree on
conventions, so each source is compared with the normalisation its own test uses
(PROVENANCE.md, MANIFEST.tsv):

* talon: removes quotations only, never signatures ("Hello\\n\\nSent from my iPhone",
  "Thanks,\\nAlex"): compared with our new text *plus* the signature we split off. Its
  plain-text tests compare exactly (after .strip()); its HTML tests compare with all
  whitespace removed, and two HTML expectations are talon's output HTML, rendered to text
  first.
* quotequail: the expectation is `html_top`, HTML; rendered to text and compared with all
  whitespace removed. It has no notion of signatures and keeps a device line ("Sent from my
  iPhone") in html_top, which we strip: trailing device lines are removed from the
  expectation.
* github / zapier email_reply_parser: strip quotes and signatures ("-- " blocks, "Sent from
  my ..."): compared with our new text, trimmed, line ends LF, trailing spaces ignored.
* alfonsrv/mail-parser-reply: keeps a trailing "------------------------------" rule line:
  removed from the expectation, otherwise as github.
* crisp: `.trim()` with LF line ends: as github.

Plain-text comparisons also collapse runs of blank lines into one (a client's blank-line
padding is not content). Everything else must match exactly.
"""

from __future__ import annotations

import email
import email.iterators
import email.message
import re
from pathlib import Path

import pytest

from conftest import CORPUS, corpus_dir
from inboxagent.mail.htmltext import html_to_text
from inboxagent.mail.parse import parse_message
from inboxagent.mail.quotes import ReplyParts, split_reply

# Fixtures where our output honestly differs from the upstream expectation. Strict xfail:
# if a change makes one of them pass, the test fails until it is moved out of this dict.
KNOWN_DIFFERENCES: dict[str, str] = {
    "erp-crisp__email_with_regards": (
        "by design the sign-off 'Regards,' stays in the new text and only the contact block "
        "below it ('John Doe / CEO @ Acme !') is the signature; crisp cuts from 'Regards,'"
    ),
    "talon__reply-separated-by-hr": (
        "talon drops the whole <div> that holds the <hr>, including the sender's own 'Bob' "
        "above the rule; we keep what the sender wrote above the quoted header"
    ),
}

SIGNATURE_KEEPERS = {"talon"}  # sources whose expectation includes the signature


def _expected_files() -> list[Path]:
    """Every NAME.expected.txt of quotes/ and quotes/bodies/ (empty when the corpus is absent)."""
    folder = CORPUS / "quotes"
    if not folder.is_dir():
        return []
    return sorted([*folder.glob("*.expected.txt"), *(folder / "bodies").glob("*.expected.txt")])


def _stem(path: Path) -> str:
    return path.name[: -len(".expected.txt")]


def _params() -> list[object]:
    files = _expected_files()
    if not files:  # still one test, which skips with corpus_dir()'s clear reason
        return [pytest.param(None, id="corpus-missing")]
    params: list[object] = []
    for path in files:
        stem = _stem(path)
        marks = []
        if stem in KNOWN_DIFFERENCES:
            marks.append(pytest.mark.xfail(reason=KNOWN_DIFFERENCES[stem], strict=True))
        params.append(pytest.param(path, id=stem, marks=marks))
    return params


# ---- normalisation ------------------------------------------------------------------------

def plain(text: str) -> str:
    """LF line ends, no trailing spaces, one blank line at most between blocks, trimmed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def no_whitespace(text: str) -> str:
    return re.sub(r"\s+", "", text)


_TRAILING_DEVICE_LINES = re.compile(r"(?:\n[ \t]*Sent (?:from|with) my [^\n]*)+\s*\Z", re.IGNORECASE)
_TRAILING_RULE_LINES = re.compile(r"(?:\n[ \t]*[-_=]{3,}[ \t]*)+\s*\Z")


def ours(parts: ReplyParts, source: str) -> str:
    if source in SIGNATURE_KEEPERS and parts.signature:
        return f"{parts.new}\n\n{parts.signature}"
    return parts.new


def first_plain_part(raw: bytes) -> str:
    """The first text/plain part, decoded: what talon's test_standard_replies feeds its parser."""
    msg = email.message_from_bytes(raw)
    part = next(email.iterators.typed_subpart_iterator(msg, "text", "plain"))
    payload = part.get_payload(decode=True)
    assert isinstance(payload, bytes)
    return payload.decode(part.get_content_charset() or "utf-8", errors="replace")


@pytest.mark.parametrize("expected_file", _params())
def test_new_text_matches_upstream_expectation(expected_file: Path | None) -> None:
    corpus_dir("quotes")  # skips with a clear reason when ../shared is absent
    assert expected_file is not None
    stem = _stem(expected_file)
    source = stem.split("__", 1)[0]
    fixture = next(p for p in expected_file.parent.glob(f"{stem}.*") if not p.name.endswith(".expected.txt"))
    expected = expected_file.read_text(encoding="utf-8")

    if fixture.suffix == ".eml":
        raw = fixture.read_bytes()
        parts = split_reply(first_plain_part(raw))
        # The whole message through the parser gives the same new text as its body alone.
        assert parse_message(raw).new_text == parts.new
    elif fixture.suffix == ".html":
        parts = split_reply(None, fixture.read_text(encoding="utf-8"))
    else:
        parts = split_reply(fixture.read_bytes().decode("utf-8"))

    got = ours(parts, source)
    assert got.strip(), f"{stem}: no new text found at all"
    if fixture.suffix == ".html":
        if expected.lstrip().startswith("<"):  # quotequail's html_top, talon's output HTML
            expected = html_to_text(expected)
        if source == "quotequail":
            expected = _TRAILING_DEVICE_LINES.sub("", "\n" + plain(expected))
        assert no_whitespace(got) == no_whitespace(expected), f"{stem}:\n--- ours\n{got}\n--- upstream\n{expected}"
        return
    if source == "mpr-alfonsrv":
        expected = _TRAILING_RULE_LINES.sub("", "\n" + expected)
    assert plain(got) == plain(expected), f"{stem}:\n--- ours\n{got}\n--- upstream\n{expected}"


def test_known_differences_name_real_fixtures() -> None:
    corpus_dir("quotes")
    stems = {_stem(p) for p in _expected_files()}
    assert set(KNOWN_DIFFERENCES) <= stems, set(KNOWN_DIFFERENCES) - stems
    assert len(stems) >= 89, "the corpus lost expected-text fixtures"


def test_quoted_history_never_leaks_into_new_text_of_talon_replies() -> None:
    """The talon replies all answer a message that said "Hi" or "Hello ..."; none of it is new."""
    for path in sorted(corpus_dir("quotes").glob("talon__*.eml")):
        msg = parse_message(path.read_bytes())
        assert msg.quoted_text.strip(), f"{path.name}: the quoted history was not found"
        assert "wrote:" not in msg.new_text and "\n>" not in msg.new_text, path.name


# ---- hand-written cases for the forms issue 2 names ---------------------------------------

REPLY = "We will pay invoice INV-20431 on Friday."


def test_gt_quoted_lines_are_history() -> None:
    parts = split_reply(f"{REPLY}\n\n> Dear Dana,\n> invoice INV-20431 is overdue.\n>> older\n")
    assert parts.new == REPLY
    assert "invoice INV-20431 is overdue." in parts.quoted and "older" in parts.quoted


def test_interleaved_reply_keeps_every_answer() -> None:
    text = (
        "> Could you confirm the amount?\n"
        "Yes, 1,250.00 GBP.\n"
        "\n"
        "> And the date?\n"
        "Friday 6 November.\n"
    )
    parts = split_reply(text)
    assert "Yes, 1,250.00 GBP." in parts.new and "Friday 6 November." in parts.new
    assert "Could you confirm" not in parts.new and "And the date?" not in parts.new


@pytest.mark.parametrize("attribution", [
    "On Tue, 3 Nov 2026 at 10:00, Northwind Accounts <accounts@northwind-supplies.example> wrote:",
    "On 3 Nov 2026, at 10:00, Northwind Accounts <accounts@northwind-supplies.example>\nwrote:",
    "Am 03.11.2026 um 10:00 schrieb Northwind Accounts <accounts@northwind-supplies.example>:",
    "Le mar. 3 nov. 2026 à 10:00, Northwind Accounts <accounts@northwind-supplies.example> a écrit :",
])
def test_on_date_wrote_attribution_starts_the_history(attribution: str) -> None:
    parts = split_reply(f"{REPLY}\n\n{attribution}\n> Dear Dana,\n> INV-20431 is overdue.\n")
    assert parts.new == REPLY
    assert "INV-20431 is overdue." in parts.quoted
    assert "Northwind Accounts" in parts.quoted and "Northwind Accounts" not in parts.new


def test_attribution_with_unquoted_original_below() -> None:
    """Some clients paste the original under "On ... wrote:" without any '>'."""
    text = (
        f"{REPLY}\n\n"
        "On Tue, 3 Nov 2026 at 10:00, Northwind Accounts <accounts@northwind-supplies.example> wrote:\n\n"
        "Dear Dana,\nOur records show that invoice INV-20431 is still open.\n"
    )
    parts = split_reply(text)
    assert parts.new == REPLY
    assert "Our records show" in parts.quoted


def test_outlook_original_message_separator_without_quoting() -> None:
    text = (
        f"{REPLY}\n\n"
        "-----Original Message-----\n"
        "From: Northwind Accounts [mailto:accounts@northwind-supplies.example]\n"
        "Sent: Tuesday, November 3, 2026 10:00 AM\n"
        "To: Dana Whitfield\n"
        "Subject: Payment reminder: INV-20431 now overdue\n\n"
        "Dear Dana,\nOur records show that invoice INV-20431 is still open.\n"
    )
    parts = split_reply(text)
    assert parts.new == REPLY
    assert parts.quoted.startswith("-----Original Message-----")
    assert "Our records show" in parts.quoted


def test_outlook_header_block_without_separator_or_quoting() -> None:
    text = (
        f"{REPLY}\n"
        "________________________________\n"
        "From: Northwind Accounts <accounts@northwind-supplies.example>\n"
        "Sent: 03 November 2026 10:00\n"
        "To: Dana Whitfield <ap@acme-fab.example>\n"
        "Subject: Payment reminder: INV-20431 now overdue\n\n"
        "Dear Dana,\nOur records show that invoice INV-20431 is still open.\n"
    )
    parts = split_reply(text)
    assert parts.new == REPLY, "the rule line and the header block belong to the quote"
    assert parts.quoted.splitlines()[:2] == [
        "________________________________", "From: Northwind Accounts <accounts@northwind-supplies.example>"]
    assert "Our records show" in parts.quoted


def test_outlook_header_block_directly_under_the_text() -> None:
    text = (
        f"{REPLY}\n"
        "From: Northwind Accounts <accounts@northwind-supplies.example>\n"
        "Sent: 03 November 2026 10:00\n"
        "To: Dana Whitfield\n"
        "Subject: Payment reminder\n\n"
        "Invoice INV-20431 is still open.\n"
    )
    parts = split_reply(text)
    assert parts.new == REPLY
    assert parts.quoted.startswith("From: Northwind Accounts")


def test_a_sentence_starting_with_from_is_not_a_header_block() -> None:
    text = "From: our side everything is fine.\nSent: yesterday, by bank transfer.\nRegards, Dana\n"
    assert split_reply(text).new == text.strip()


@pytest.mark.parametrize("separator", [
    "---------- Forwarded message ---------",
    "Begin forwarded message:",
    "-------- Weitergeleitete Nachricht --------",
])
def test_forwarded_part_is_not_new_text(separator: str) -> None:
    text = (
        "Please see below - our AP team says this was paid.\n\n"
        f"{separator}\n"
        "From: Jo Soto <j.soto@birchwood-dental.example>\n"
        "Date: Thu, 5 Nov 2026 at 09:00\n"
        "Subject: Invoice INV-20501\n"
        "To: <accounts@northwind-supplies.example>\n\n"
        "We paid this one on 2 November by bank transfer.\n"
    )
    parts = split_reply(text)
    assert parts.new == "Please see below - our AP team says this was paid."
    assert "We paid this one on 2 November" in parts.quoted


def test_forward_with_nothing_added_has_no_new_text() -> None:
    text = (
        "---------- Forwarded message ---------\n"
        "From: Jo Soto <j.soto@birchwood-dental.example>\n"
        "Date: Thu, 5 Nov 2026 at 09:00\n"
        "Subject: Invoice INV-20501\n\n"
        "We paid this one on 2 November.\n"
    )
    parts = split_reply(text)
    assert parts.new == ""
    assert "We paid this one" in parts.quoted


def test_dash_dash_space_signature() -> None:
    text = f"{REPLY}\n\nDana\n-- \nDana Whitfield | Accounts Payable\nAcme Fabrication Ltd\n+44 20 7946 0000\n"
    parts = split_reply(text)
    assert parts.new == f"{REPLY}\n\nDana"
    assert parts.signature.startswith("--")
    assert "Acme Fabrication Ltd" in parts.signature and "+44 20 7946 0000" in parts.signature


def test_signature_then_quote() -> None:
    text = (
        f"{REPLY}\n-- \nDana Whitfield\n\n"
        "On Tue, 3 Nov 2026 at 10:00, Northwind Accounts <accounts@northwind-supplies.example> wrote:\n"
        "> INV-20431 is overdue.\n"
    )
    parts = split_reply(text)
    assert parts.new == REPLY
    assert "Dana Whitfield" in parts.signature
    assert "INV-20431 is overdue." in parts.quoted


@pytest.mark.parametrize("device", [
    "Sent from my iPhone",
    "Sent from my Samsung Galaxy smartphone.",
    "Get Outlook for Android",
    "Von meinem iPhone gesendet",
])
def test_device_line_is_a_signature(device: str) -> None:
    parts = split_reply(f"{REPLY}\n\n{device}\n\n> INV-20431 is overdue.\n")
    assert parts.new == REPLY
    assert parts.signature == device


def test_sent_from_in_a_sentence_is_kept() -> None:
    text = "The payment was sent from my bank yesterday.\nReference BDC-7781."
    parts = split_reply(text)
    assert parts.new == text
    assert parts.signature == ""


def test_text_after_a_device_line_is_the_appended_original() -> None:
    """Phone apps put their line under what was typed and paste the original below it, unmarked."""
    text = "Paid today.\n\nSent from my iPhone\n\nDear Dana, invoice INV-20431 is overdue.\n"
    parts = split_reply(text)
    assert parts.new == "Paid today."
    assert "INV-20431 is overdue" in parts.quoted


def test_sentence_ending_in_wrote_is_not_an_attribution() -> None:
    text = "About the invoice you wrote:\nthe amount is wrong, it should be 480.00."
    parts = split_reply(text)
    assert parts.new == text
    assert parts.quoted == ""


def test_html_only_reply_with_blockquote() -> None:
    html = (
        "<html><body><div>We will pay on Friday.</div>"
        "<div>On Tue, 3 Nov 2026 at 10:00, Northwind Accounts wrote:</div>"
        "<blockquote>Invoice INV-20431 is overdue.</blockquote></body></html>"
    )
    parts = split_reply(None, html)
    assert parts.new == "We will pay on Friday."
    assert "INV-20431 is overdue" in parts.quoted


def test_whole_message_new_text_through_parse_message() -> None:
    raw = (
        "From: Dana Whitfield <ap@acme-fab.example>\r\n"
        "To: accounts@northwind-supplies.example\r\n"
        "Subject: RE: Payment reminder: INV-20431\r\n"
        "Message-ID: <q1@acme-fab.example>\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n"
        "\r\n"
        f"{REPLY}\r\n\r\nSent from my iPhone\r\n\r\n"
        "-----Original Message-----\r\n"
        "From: Northwind Accounts\r\nSent: Tuesday\r\nTo: Dana\r\nSubject: Payment reminder\r\n\r\n"
        "Invoice INV-20431 is overdue.\r\n"
    ).encode()
    msg = parse_message(raw)
    assert msg.new_text == REPLY
    assert "Invoice INV-20431 is overdue." in msg.quoted_text
    assert "Invoice INV-20431 is overdue." in msg.text, "the full text keeps everything"
