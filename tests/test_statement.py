"""`inboxagent statement CUSTOMER [--csv FILE]` through the real command line, on imported
invoices: open items with due dates and lateness, payments received, promises and their
status, totals per currency, the customer's locale, statutory interest when enabled; and a
final notice the cadence files in a real Dovecot showing the interest line."""

from __future__ import annotations

import csv
import email
import email.policy
import io
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

from click.testing import CliRunner, Result

from conftest import Account, write_config
import mailfactory as mf
from inboxagent.cli import main
from inboxagent.records import Promise
from inboxagent.store import Store

INVOICES = """\
number,customer,email,amount,currency,issued,due,status,balance,contact_name,locale
INV-40001,Acme Fabrication Ltd,ap@acme-fab.example,5000.00,GBP,2026-10-01,2026-10-31,open,,Dana Whitfield,
INV-40002,Acme Fabrication Ltd,ap@acme-fab.example,1250.00,GBP,2026-10-10,2026-11-09,open,750.00,Dana Whitfield,
INV-40003,Acme Fabrication Ltd,ap@acme-fab.example,300.00,EUR,2026-11-01,2026-12-09,open,,Dana Whitfield,
INV-40004,Acme Fabrication Ltd,ap@acme-fab.example,200.00,GBP,2026-09-10,2026-10-09,paid,,Dana Whitfield,
INV-40010,Baumann Werkzeuge GmbH,buchhaltung@baumann.example,1250.00,EUR,2026-10-01,2026-10-31,open,,Petra Baumann,de_DE
INV-40020,Kyoto Imports,kyoto@kyoto-imports.example,125000,JPY,2026-10-02,2026-11-01,open,,,
"""
NOW = "2026-11-30T10:00:00+00:00"


def invoke(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def setup(tmp_path: Path, account: Account | None = None, interest: bool = False, chasing: bool = False) -> Path:
    if account is None:
        config = tmp_path / "inboxagent.toml"
        config.write_text('[imap]\nhost = "127.0.0.1"\nusername = "u"\npassword_env = "UNUSED"\nsecurity = "none"\n\n'
                          '[agent]\nfrom = "Northwind Accounts <accounts@northwind-supplies.example>"\n'
                          'state = "state.json"\ntimezone = "Europe/London"\n\n'
                          '[company]\nname = "Northwind Supplies Ltd"\npayment_details = "Sort code 20-00-00, account 12345678"\n')
    else:
        config = write_config(tmp_path, account, chasing=chasing)
    if interest:
        (tmp_path / "rules").mkdir(exist_ok=True)
        (tmp_path / "rules" / "interest.toml").write_text(mf.UK_ON)
    (tmp_path / "invoices.csv").write_text(INVOICES)
    result = invoke("invoices", "import", str(tmp_path / "invoices.csv"), "--config", str(config))
    assert result.exit_code == 0, result.output
    return config


def statement(config: Path, *args: str) -> str:
    result = invoke("statement", *args, "--config", str(config), "--now", NOW)
    assert result.exit_code == 0, result.output + result.stderr
    return result.stdout


def test_statement_lists_open_items_payments_promises_and_totals(tmp_path: Path) -> None:
    config = setup(tmp_path)
    store = Store(tmp_path / "state.json")
    with store.hold():
        store.put_account(replace(store.account("INV-40002"), hold="promise", hold_until=date(2026, 12, 6), promise=Promise(
            made_on=date(2026, 11, 20), due=date(2026, 12, 4), dated=True, message="<m1@acme>",
            amount=Decimal("750.00"), currency="GBP")))
        store.put_account(replace(store.account("INV-40001"), promise=Promise(
            made_on=date(2026, 11, 2), due=date(2026, 11, 13), dated=True, message="<m0@acme>", status="broken")))

    out = statement(config, "Acme Fabrication Ltd")
    assert out.startswith("Subject: Statement of account: Acme Fabrication Ltd, Monday 30 November 2026\n\nDear Dana Whitfield,\n")
    assert "Please find below your statement of account with Northwind Supplies Ltd as of Monday 30 November 2026." in out
    items = out.split("Open items:\n\n", 1)[1].split("\n\n", 1)[0].splitlines()
    assert items[0] == "  - INV-40001: £5,000.00, due Saturday 31 October 2026 (30 days overdue)"
    assert items[1].startswith("  - INV-40002: £750.00") and "£1,250.00" in items[1] and "(21 days overdue)" in items[1]
    assert items[2] == "  - INV-40003: €300.00, due Wednesday 9 December 2026"
    assert "INV-40004" not in "\n".join(items), "a paid invoice is not an open item"
    assert "Total outstanding: €300.00 and £5,750.00" in out, "one total per currency"
    payments = out.split("Payments received, thank you:\n\n", 1)[1].split("\n\n", 1)[0].splitlines()
    assert payments == ["  - INV-40004: £200.00, paid in full",
                        "  - INV-40002: £500.00 of £1,250.00, £750.00 still outstanding"]
    arrangements = out.split("Payment arrangements:\n\n", 1)[1].split("\n\n", 1)[0].splitlines()
    assert arrangements == [
        "  - INV-40001: payment by Friday 13 November 2026, as you let us know on 2 November: not received by that date",
        "  - INV-40002: payment of £750.00 by Friday 4 December 2026, as you let us know on 20 November: expected"]
    assert "Sort code 20-00-00, account 12345678" in out
    assert "interest" not in out.lower(), "statutory interest is off by default"
    assert "\n\n\n" not in out and "{{" not in out


def test_statement_csv_and_lookup(tmp_path: Path) -> None:
    config = setup(tmp_path)
    target = tmp_path / "acme-statement.csv"
    result = invoke("statement", "INV-40002", "--csv", str(target), "--config", str(config), "--now", NOW)
    assert result.exit_code == 0, result.output
    assert f"wrote {target}" in result.stderr and "wrote" not in result.stdout, "stdout is the email body only"
    assert "attached as a spreadsheet file (acme-statement.csv)" in result.stdout
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert [r["number"] for r in rows] == ["INV-40001", "INV-40002", "INV-40003", "INV-40004"], "open first, then paid"
    second = rows[1]
    assert (second["amount"], second["received"], second["balance"], second["days_overdue"], second["status"]) == (
        "1250.00", "500.00", "750.00", "21", "open")
    assert (rows[3]["received"], rows[3]["balance"], rows[3]["status"]) == ("200.00", "0.00", "paid")
    assert rows[0]["interest"] == "" and rows[0]["compensation"] == ""

    missing = invoke("statement", "Nobody Ltd", "--config", str(config), "--now", NOW)
    assert missing.exit_code == 1 and "no customer 'Nobody Ltd'" in missing.stderr
    close = invoke("statement", "Acme", "--config", str(config), "--now", NOW)
    assert close.exit_code == 1 and "did you mean 'Acme Fabrication Ltd'" in close.stderr


def test_statement_in_the_customer_locale_and_minor_units(tmp_path: Path) -> None:
    config = setup(tmp_path)
    baumann = statement(config, "Baumann Werkzeuge GmbH")
    assert "  - INV-40010: 1.250,00 €, due Saturday 31 October 2026 (30 days overdue)" in baumann, "de_DE from the CSV"
    kyoto = statement(config, "kyoto imports")
    assert "  - INV-40020: JP¥125,000, due Sunday 1 November 2026 (29 days overdue)" in kyoto, "JPY has no minor units"
    assert "\n\nHello,\n\n" in kyoto, "no contact name on file: no invented one"


def test_statement_shows_statutory_interest_when_enabled(tmp_path: Path) -> None:
    config = setup(tmp_path, interest=True)
    target = tmp_path / "s.csv"
    out = statement(config, "Acme Fabrication Ltd", "--csv", str(target))
    assert "Under the Late Payment of Commercial Debts (Interest) Act 1998, we are entitled to claim statutory " \
           "interest and fixed compensation on late payment. As of Monday 30 November 2026, the amounts are:" in out
    # £5,000 30 days late at 13% (8% over the 5% base rate): 53.42, plus £70; £750 21 days late: 5.61, plus £40.
    assert "  - INV-40001: interest of £53.42 (30 days late, at 13% a year), and fixed compensation of £70.00\n" in out
    assert "  - INV-40002: interest of £5.61 (21 days late, at 13% a year), and fixed compensation of £40.00\n" in out
    assert "Together this comes to £169.03, which is in addition to the balance above and not included in it." in out
    assert "Total outstanding: €300.00 and £5,750.00" in out, "the balance is never silently increased"
    assert "INV-40003: interest" not in out, "not yet due; and EUR is not under the UK rules"
    rows = {r["number"]: r for r in csv.DictReader(io.StringIO(target.read_text(encoding="utf-8")))}
    assert (rows["INV-40001"]["interest"], rows["INV-40001"]["compensation"]) == ("53.42", "70.00")
    assert rows["INV-40001"]["balance"] == "5000.00"
    assert rows["INV-40003"]["interest"] == ""


def test_a_final_notice_filed_by_the_cadence_shows_the_interest_line(account: Account, tmp_path: Path) -> None:
    config = setup(tmp_path, account, interest=True, chasing=True)
    preview = invoke("preview", "Acme Fabrication Ltd", "--config", str(config), "--now", NOW)
    assert preview.exit_code == 0 and "next: reminder final (final), now" in preview.stdout, preview.output
    assert "  - INV-40001: interest of £53.42 (30 days late, at 13% a year), and fixed compensation of £70.00" in preview.stdout
    result = invoke("run", "--once", "--config", str(config), "--now", NOW)
    assert result.exit_code == 0, result.output
    drafts = {}
    with account._client() as c:
        c.select_folder("Drafts", readonly=True)
        uids = c.search(["ALL"])
        for item in (c.fetch(uids, ["BODY.PEEK[]"]) if uids else {}).values():
            msg = email.message_from_bytes(item[b"BODY[]"], policy=email.policy.default)
            drafts[str(msg["To"])] = msg
    acme = drafts["ap@acme-fab.example"]
    assert str(acme["Subject"]) == "Final reminder: INV-40001", "30 days late: the final stage"
    part = acme.get_body(("plain",))
    assert part is not None
    text = str(part.get_content())
    assert "  - INV-40001: £5,000.00, due Saturday 31 October 2026 (30 days overdue)" in text
    assert "  - INV-40001: interest of £53.42 (30 days late, at 13% a year), and fixed compensation of £70.00" in text
    assert "Together this comes to £123.42, which is in addition to the balance above and not included in it." in text
    # Baumann's EUR invoice is as late, but the EU rules are off: its final notice has no interest line.
    baumann = drafts["buchhaltung@baumann.example"]
    part = baumann.get_body(("plain",))
    assert part is not None and "1.250,00 €" in str(part.get_content())
    assert "interest" not in str(part.get_content()).lower()


def test_an_invoice_in_query_is_listed_but_bears_no_interest(tmp_path: Path) -> None:
    config = setup(tmp_path, interest=True)
    store = Store(tmp_path / "state.json")
    with store.hold():
        store.put_account(replace(store.account("INV-40001"), hold="dispute"))
    out = statement(config, "Acme Fabrication Ltd")
    assert "  - INV-40001: £5,000.00, due Saturday 31 October 2026 (30 days overdue)" in out
    assert "INV-40001 is under query: we have put reminders for it on hold while we look into it." in out
    assert "INV-40001: interest" not in out
    assert "  - INV-40002: interest of £5.61 (21 days late, at 13% a year), and fixed compensation of £40.00\n" in out
    assert "Together this comes to £45.61" in out
