"""`inboxagent init` and `inboxagent invoices import|list` through the real command line (CliRunner)."""

from __future__ import annotations

import filecmp
import textwrap
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

import mailfactory as mf
from inboxagent.cli import main
from inboxagent.config import load_config
from inboxagent.resources import default_dir
from inboxagent.store import Store

HEADER = "number,customer,email,amount,currency,issued,due"
ROW = "INV-1,Acme Fabrication Ltd,ap@acme-fab.example,1250.00,GBP,2026-10-01,2026-10-31"


def invoke(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def ok(*args: str) -> str:
    result = invoke(*args)
    assert result.exit_code == 0, result.output
    return result.output


# ---- init ---------------------------------------------------------------------------------

def default_files(name: str) -> list[Path]:
    source = default_dir(name)
    return sorted(p.relative_to(source) for p in source.rglob("*")
                  if p.is_file() and not p.name.startswith(".") and "__pycache__" not in p.parts)


def test_init_writes_a_commented_config_and_copies_of_rules_and_templates(tmp_path: Path) -> None:
    target = tmp_path / "ar"
    output = ok("init", str(target))
    config = target / "inboxagent.toml"
    text = config.read_text(encoding="utf-8")
    assert text.lstrip().startswith("#"), "the starter file explains itself"
    assert sum(1 for line in text.splitlines() if line.lstrip().startswith("#")) >= 10
    for section in ("[imap]", "[agent]"):
        assert section in text
    assert "password_command" in text and "password_env" in text
    assert "\npassword =" not in text, "the starter never suggests a plain-text password"
    assert f"wrote {config}" in output

    for name in ("rules", "templates"):
        files = default_files(name)
        assert files, f"no default {name}/ found"
        for rel in files:
            copy = target / name / rel
            assert copy.is_file(), f"{copy} was not written"
            assert filecmp.cmp(copy, default_dir(name) / rel, shallow=False), f"{copy} differs from the default"
            assert f"wrote {copy}" in output
    assert (target / "templates" / "reply" / "promise_to_pay.txt").is_file()


def test_the_written_config_loads(tmp_path: Path) -> None:
    ok("init", str(tmp_path))
    cfg = load_config(tmp_path / "inboxagent.toml")
    assert cfg.imap.security == "tls" and cfg.imap.port == 993
    assert cfg.imap.password.command, "the starter reads the password from a command"
    assert cfg.agent.mode == "draft"
    assert cfg.agent.rules == tmp_path / "rules" and cfg.agent.rules.is_dir()
    assert cfg.agent.templates == tmp_path / "templates" and cfg.agent.templates.is_dir()
    assert cfg.smtp is None


def test_commands_accept_the_written_config(tmp_path: Path) -> None:
    ok("init", str(tmp_path))
    config = str(tmp_path / "inboxagent.toml")
    output = ok("status", "--config", config)
    assert "invoices:    0 open" in output
    assert ok("invoices", "list", "--config", config).strip() == "no open invoices"


def test_second_init_keeps_every_edited_file_without_force(tmp_path: Path) -> None:
    ok("init", str(tmp_path))
    config = tmp_path / "inboxagent.toml"
    policy = tmp_path / "rules" / "policy.toml"
    template = tmp_path / "templates" / "reply" / "dispute.txt"
    config.write_text("# my own settings\n", encoding="utf-8")
    policy.write_text("# my own policy\n", encoding="utf-8")
    template.write_text("my own words\n", encoding="utf-8")
    (tmp_path / "templates" / "_signature.txt").unlink()  # a file the user removed comes back

    output = ok("init", str(tmp_path))
    assert config.read_text() == "# my own settings\n"
    assert policy.read_text() == "# my own policy\n"
    assert template.read_text() == "my own words\n"
    assert f"kept existing {config}" in output
    assert f"wrote {config}" not in output and f"wrote {policy}" not in output
    assert (tmp_path / "templates" / "_signature.txt").is_file()
    assert f"wrote {tmp_path / 'templates' / '_signature.txt'}" in output

    ok("init", "--force", str(tmp_path))
    assert config.read_text() != "# my own settings\n"
    load_config(config)
    assert filecmp.cmp(policy, default_dir("rules") / "policy.toml", shallow=False)
    assert filecmp.cmp(template, default_dir("templates") / "reply" / "dispute.txt", shallow=False)


def test_init_defaults_to_the_current_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    ok("init")
    assert (tmp_path / "inboxagent.toml").is_file() and (tmp_path / "rules" / "intents.toml").is_file()


# ---- invoices import ----------------------------------------------------------------------

@pytest.fixture
def config(tmp_path: Path) -> Path:
    """A config with a state file of its own; no mail server is needed for these commands."""
    path = tmp_path / "inboxagent.toml"
    path.write_text(textwrap.dedent("""\
        [imap]
        host = "imap.example.com"
        username = "accounts@northwind-supplies.example"
        password_env = "INBOXAGENT_TEST_UNUSED"

        [agent]
        from = "Northwind Accounts <accounts@northwind-supplies.example>"
        state = "state.json"
        timezone = "Europe/London"
        """))
    return path


def csv_file(tmp_path: Path, text: str, name: str = "invoices.csv") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def import_(config: Path, csv: Path) -> Result:
    return invoke("invoices", "import", str(csv), "--config", str(config))


def state(config: Path) -> Store:
    return Store(config.parent / "state.json")


def test_import_creates_invoices_and_customers(tmp_path: Path, config: Path) -> None:
    csv = csv_file(tmp_path, mf.INVOICES_CSV)
    result = import_(config, csv)
    assert result.exit_code == 0, result.output
    assert result.output.strip() == f"{csv}: 6 new, 0 updated, 0 unchanged invoices for 3 customer(s)"
    store = state(config)
    inv = store.invoice("INV-20431")
    assert inv is not None
    assert (inv.customer_name, inv.emails, inv.amount, inv.currency) == (
        "Acme Fabrication Ltd", ("ap@acme-fab.example",), Decimal("1250.00"), "GBP")
    assert inv.contact_name == "Dana Whitfield"
    assert store.invoice("INV-19990").status == "paid"  # type: ignore[union-attr]
    customer = store.customer("acme-fabrication-ltd")
    assert customer is not None and customer.emails == ("ap@acme-fab.example",)
    assert customer.domains == ("acme-fab.example",)


def test_import_twice_with_a_changed_amount_upserts_by_number(tmp_path: Path, config: Path) -> None:
    first = csv_file(tmp_path, f"{HEADER}\n{ROW}\nINV-2,Acme Fabrication Ltd,ap@acme-fab.example,80.00,GBP,2026-10-02,2026-11-01\n")
    assert import_(config, first).exit_code == 0
    second = csv_file(tmp_path, f"{HEADER}\n{ROW.replace('1250.00', '1300.00')}\n"
                      "INV-2,Acme Fabrication Ltd,ap@acme-fab.example,80.00,GBP,2026-10-02,2026-11-01\n", "again.csv")
    result = import_(config, second)
    assert result.exit_code == 0, result.output
    assert "0 new, 1 updated, 1 unchanged" in result.output
    invoices = state(config).invoices()
    assert sorted(i.number for i in invoices) == ["INV-1", "INV-2"]
    assert state(config).invoice("INV-1").amount == Decimal("1300.00")  # type: ignore[union-attr]
    # An invoice missing from a later file is kept: import upserts, it does not replace.
    third = csv_file(tmp_path, f"{HEADER}\nINV-3,Birchwood Dental Care,office@birchwood-dental.example,5.00,EUR,2026-10-02,2026-11-01\n", "third.csv")
    assert import_(config, third).exit_code == 0
    assert sorted(i.number for i in state(config).invoices()) == ["INV-1", "INV-2", "INV-3"]


def test_optional_columns(tmp_path: Path, config: Path) -> None:
    (tmp_path / "pdfs").mkdir()
    (tmp_path / "pdfs" / "INV-1.pdf").write_bytes(b"%PDF-1.4\n")
    csv = csv_file(tmp_path, """\
        number,customer,email,amount,currency,issued,due,status,balance,contact_name,pdf
        INV-1,Acme Fabrication Ltd,AP@acme-fab.example; dana@acme-fab.example ;ap@acme-fab.example,1250.00,GBP,2026-10-01,2026-10-31,open,250.00,Dana Whitfield,pdfs/INV-1.pdf
        INV-2,Acme Fabrication Ltd,ap@acme-fab.example,80,GBP,2026-10-02,2026-11-01,PAID,,,
        INV-3,Kyoto Imports,kyoto@example.jp,125000,JPY,2026-10-02,2026-11-01,,,,
        """)
    result = import_(config, csv)
    assert result.exit_code == 0, result.output
    store = state(config)
    one = store.invoice("INV-1")
    assert one is not None
    assert one.emails == ("ap@acme-fab.example", "dana@acme-fab.example"), "split on ';', trimmed, lower-cased, no repeats"
    assert one.balance == Decimal("250.00") and one.open_balance == Decimal("250.00")
    assert one.contact_name == "Dana Whitfield"
    assert one.pdf == str((tmp_path / "pdfs" / "INV-1.pdf").resolve()), "pdf relative to the CSV file"
    two = store.invoice("INV-2")
    assert two is not None and two.status == "paid" and not two.is_open
    assert two.amount == Decimal("80.00") and two.balance is None and two.contact_name is None and two.pdf is None
    three = store.invoice("INV-3")
    assert three is not None and three.status == "open" and three.amount == Decimal("125000")
    customer = store.customer("acme-fabrication-ltd")
    assert customer is not None and customer.emails == ("ap@acme-fab.example", "dana@acme-fab.example")


BAD_ROWS = [
    ("INV-1,Acme,ap@acme-fab.example,1250.00,GBP,2026-13-01,2026-10-31", "issued '2026-13-01' is not a date YYYY-MM-DD"),
    ("INV-1,Acme,ap@acme-fab.example,1250.00,GBP,01/10/2026,2026-10-31", "issued '01/10/2026' is not a date YYYY-MM-DD"),
    ("INV-1,Acme,ap@acme-fab.example,1250.00,GBP,2026-10-31,2026-10-01", "due 2026-10-01 is before issued 2026-10-31"),
    ("INV-1,Acme,ap@acme-fab.example,\"1,250.00\",GBP,2026-10-01,2026-10-31", "amount '1,250.00' is not a plain decimal number"),
    ("INV-1,Acme,ap@acme-fab.example,£1250,GBP,2026-10-01,2026-10-31", "amount '£1250' is not a plain decimal number"),
    ("INV-1,Acme,ap@acme-fab.example,-5.00,GBP,2026-10-01,2026-10-31", "amount -5.00 must be greater than zero"),
    ("INV-1,Acme,ap@acme-fab.example,12.345,GBP,2026-10-01,2026-10-31", "amount 12.345 has more decimals than GBP allows (2)"),
    ("INV-1,Acme,ap@acme-fab.example,1250.00,pounds,2026-10-01,2026-10-31", "currency 'pounds' is not a three-letter ISO 4217 code"),
    ("INV-1,Acme,not-an-address,1250.00,GBP,2026-10-01,2026-10-31", "email 'not-an-address' is not an email address"),
    ("INV-1,Acme,ap@acme-fab.example,1250.00,GBP,2026-10-01", "expected 7 fields, found 6"),
    (",Acme,ap@acme-fab.example,1250.00,GBP,2026-10-01,2026-10-31", "number is empty"),
    ("INV-1,,ap@acme-fab.example,1250.00,GBP,2026-10-01,2026-10-31", "customer is empty"),
    ("INV-1,Acme,,1250.00,GBP,2026-10-01,2026-10-31", "email is empty"),
    ("INV-1,Acme,ap@acme-fab.example,,GBP,2026-10-01,2026-10-31", "amount '' is not a plain decimal number"),
    ("INV-1,Acme,ap@acme-fab.example,1250.00,GBP,,2026-10-31", "issued '' is not a date"),
]


@pytest.mark.parametrize("row, reason", BAD_ROWS, ids=[r for _, r in BAD_ROWS])
def test_a_bad_row_is_reported_with_file_line_and_reason(tmp_path: Path, config: Path, row: str, reason: str) -> None:
    csv = csv_file(tmp_path, f"{HEADER}\nINV-0,Acme,ap@acme-fab.example,1.00,GBP,2026-10-01,2026-10-31\n{row}\n")
    result = import_(config, csv)
    assert result.exit_code == 1
    assert f"{csv}:3: {reason}" in result.output, result.output
    assert state(config).invoices() == [], "a file with an error imports nothing, not even its good rows"


def test_every_bad_row_is_reported_and_nothing_is_imported(tmp_path: Path, config: Path) -> None:
    assert import_(config, csv_file(tmp_path, mf.INVOICES_CSV, "good.csv")).exit_code == 0
    before = (tmp_path / "state.json").read_bytes()
    csv = csv_file(tmp_path, f"""\
        {HEADER}
        INV-20431,Acme Fabrication Ltd,ap@acme-fab.example,9999.00,GBP,2026-10-01,2026-10-31
        INV-A,Acme,ap@acme-fab.example,10.00,GBP,2026-02-30,2026-10-31

        INV-B,Acme,ap@acme-fab.example,ten,GBP,2026-10-01,2026-10-31
        INV-C,Acme,ap@acme-fab.example,10.00,GBP,2026-10-01,2026-09-01
        INV-20431,Acme Fabrication Ltd,ap@acme-fab.example,1.00,GBP,2026-10-01,2026-10-31
        INV-D,,ap@acme-fab.example,10.00,GBP,2026-10-01
        """, "bad.csv")
    result = import_(config, csv)
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert lines[0].startswith("inboxagent: ")
    lines[0] = lines[0].removeprefix("inboxagent: ")
    assert lines == [
        f"{csv}:3: issued '2026-02-30' is not a date YYYY-MM-DD",
        f"{csv}:5: amount 'ten' is not a plain decimal number (like 1250.00)",
        f"{csv}:6: due 2026-09-01 is before issued 2026-10-01",
        f"{csv}:7: invoice INV-20431 repeats line 2",
        f"{csv}:8: expected 7 fields, found 6",
    ]
    assert (tmp_path / "state.json").read_bytes() == before, "the store is unchanged"
    assert state(config).invoice("INV-20431").amount == Decimal("1250.00")  # type: ignore[union-attr]


@pytest.mark.parametrize("header, reason", [
    ("number,customer,email,amount,currency,issued", "missing column(s) due"),
    ("number,customer,amount,currency,issued,due", "missing column(s) email"),
    (HEADER + ",notes", "unknown column(s) notes"),
])
def test_a_bad_header_is_reported_on_line_1(tmp_path: Path, config: Path, header: str, reason: str) -> None:
    csv = csv_file(tmp_path, f"{header}\n{ROW}\n")
    result = import_(config, csv)
    assert result.exit_code == 1
    assert f"{csv}:1: {reason}" in result.output
    assert not (tmp_path / "state.json").exists()


def test_columns_in_any_order_and_a_bom(tmp_path: Path, config: Path) -> None:
    csv = tmp_path / "excel.csv"
    csv.write_bytes("\ufeffDue,Issued,Currency,Amount,Email,Customer,Number\r\n2026-10-31,2026-10-01,gbp,1250.00,ap@acme-fab.example,Acme,INV-1\r\n".encode())
    result = import_(config, csv)
    assert result.exit_code == 0, result.output
    inv = state(config).invoice("INV-1")
    assert inv is not None and inv.currency == "GBP" and str(inv.due) == "2026-10-31"


def test_missing_or_empty_file(tmp_path: Path, config: Path) -> None:
    missing = import_(config, tmp_path / "nope.csv")
    assert missing.exit_code == 1 and f"{tmp_path / 'nope.csv'}: file not found" in missing.output
    empty = import_(config, csv_file(tmp_path, "", "empty.csv"))
    assert empty.exit_code == 1 and "empty file" in empty.output


# ---- invoices list ------------------------------------------------------------------------

def test_list_shows_the_open_invoices(tmp_path: Path, config: Path) -> None:
    assert import_(config, csv_file(tmp_path, mf.INVOICES_CSV)).exit_code == 0
    output = ok("invoices", "list", "--config", str(config), "--now", "2026-11-07T09:00:00+00:00")
    lines = output.strip().splitlines()
    assert lines[0].split() == ["number", "customer", "balance", "due", "status", "overdue"]
    rows = {line.split()[0]: line for line in lines[1:]}
    assert list(rows) == ["INV-20501", "INV-20431", "INV-20610", "INV-20432", "INV-20502"], "sorted by due date"
    assert "INV-19990" not in rows, "paid invoices are hidden"
    acme = rows["INV-20431"]
    assert "Acme Fabrication Ltd" in acme and "£1,250.00" in acme and "2026-10-31" in acme and "open" in acme
    assert acme.rstrip().endswith("7d"), "7 days overdue on 7 November"
    assert not rows["INV-20502"].rstrip().endswith("d"), "not due yet"
    assert "€2,200.00" in rows["INV-20501"] and "$640.00" in rows["INV-20610"]

    everything = ok("invoices", "list", "--all", "--config", str(config), "--now", "2026-11-07T09:00:00+00:00")
    paid = next(line for line in everything.splitlines() if line.startswith("INV-19990"))
    assert "paid" in paid

    status = ok("status", "--config", str(config), "--now", "2026-11-07T09:00:00+00:00")
    assert "invoices:    5 open (3 overdue), 1 paid/closed" in status
    assert "ageing:      current: 2 (€310.00, £480.00), 1-30: 3 (€2,200.00, £1,250.00, US$640.00), 31-60: 0, 61-90: 0, 90+: 0" in status  # en_GB (Babel, CLDR): a British reader is told which dollar


def test_list_shows_the_balance_not_the_amount(tmp_path: Path, config: Path) -> None:
    csv = csv_file(tmp_path, f"{HEADER},balance\n{ROW},250.00\n")
    assert import_(config, csv).exit_code == 0
    output = ok("invoices", "list", "--config", str(config), "--now", "2026-11-07T09:00:00+00:00")
    assert "£250.00" in output and "£1,250.00" not in output


def test_list_with_no_invoices(config: Path) -> None:
    assert ok("invoices", "list", "--config", str(config)).strip() == "no open invoices"
    assert ok("invoices", "list", "--all", "--config", str(config)).strip() == "no invoices"
