"""The intent commands of the command line: classify, explain, evaluate and train."""

from __future__ import annotations

import json
import time
from datetime import datetime
from pathlib import Path

import click

from typing import TYPE_CHECKING

from .cli import Context, common, main

if TYPE_CHECKING:
    from .nlp.classify import IntentClassifier


def _has_config(ctx: Context) -> bool:
    return ctx.config_given or ctx.config_path.exists()


def _user_rules(ctx: Context) -> Path | None:
    """The config's rules/ when there is a config, else the packaged defaults."""
    return ctx.config.agent.rules if _has_config(ctx) else None


def _classifier(ctx: Context) -> "IntentClassifier":
    from .wiring import build_classifier

    return build_classifier(_user_rules(ctx), ctx.config.agent.model if _has_config(ctx) else None)


def _now(ctx: Context) -> datetime | None:
    return ctx.clock()() if ctx.fixed_now else None


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line (the labels.jsonl fields).")
@common
def classify(ctx: Context, files: tuple[Path, ...], as_json: bool) -> None:
    """Classify .eml files by intent and extract date, amount and invoice numbers.

    A file that cannot be read or parsed gets an "error" in its row; the command goes on and exits 0.
    Dates such as "Friday" are resolved against each message's own Date header (or --now).
    """
    from .wiring import classify_files

    classifier = _classifier(ctx)
    for result in classify_files(classifier, list(files), _now(ctx)):
        if as_json:
            click.echo(json.dumps(result, ensure_ascii=False))
        elif "error" in result:
            click.echo(f"{result['file']}: error: {result['error']}")
        else:
            extras = [f"{k}={result[k]}" for k in ("promised_date", "amount", "currency", "return_date") if result.get(k)]
            if result["invoice_refs"]:
                extras.append("invoices=" + ",".join(result["invoice_refs"]))
            flags = " needs_review" if result["needs_review"] else ""
            flags += " auto_reply" if result["auto_reply"] else ""
            click.echo(f"{result['file']}: {result['intent']} ({result['confidence']:.2f}){flags} {' '.join(extras)}".rstrip())


@main.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@common
def explain(ctx: Context, file: Path) -> None:
    """Show why FILE got its intent: the new text read, rule matches, model scores, extracted fields."""
    from .mail.parse import parse_message

    try:
        raw = file.read_bytes()
    except OSError as exc:
        raise click.ClickException(f"{file}: cannot read: {exc.strerror or exc}") from None
    msg = parse_message(raw)
    e = _classifier(ctx).explain(msg, _now(ctx))
    c = e.classification
    click.echo(f"file:        {file}")
    click.echo(f"from:        {msg.from_name} <{msg.from_addr}>" if msg.from_name else f"from:        {msg.from_addr}")
    click.echo(f"subject:     {msg.subject}")
    click.echo(f"date:        {msg.date.isoformat() if msg.date else '(none)'}")
    if e.machine:
        click.echo(f"headers:     machine mail ({e.machine}): ignore, never answered")
    click.echo("new text:")
    for line in (e.new_text or "(empty)").splitlines() or ["(empty)"]:
        click.echo(f"  | {line}")
    if not e.machine:
        click.echo("rule matches:" + ("" if e.hits else " none"))
        for hit in e.hits:
            click.echo(f"  - {hit.explain()}")
        click.echo(f"{'scores':<20}{'model':>8}{'rules':>8}{'final':>8}")
        for intent in sorted(e.final_scores, key=lambda k: -e.final_scores[k]):
            click.echo(f"  {intent:<18}{e.model_scores[intent]:>8.3f}{e.rule_scores[intent]:>8.2f}{e.final_scores[intent]:>8.3f}")
    review = " (needs review: below the threshold)" if c.needs_review else ""
    click.echo(f"intent:      {c.intent}, confidence {c.confidence:.2f}{review}")
    click.echo(f"promised:    {c.promised_date.isoformat() if c.promised_date else '-'}")
    amount = f"{c.amount} {c.currency or '(no currency)'}" if c.amount is not None else "-"
    click.echo(f"amount:      {amount}")
    click.echo(f"invoices:    {', '.join(c.invoice_refs) or '-'}")
    if c.return_date:
        click.echo(f"back on:     {c.return_date.isoformat()}")


@main.command()
@click.argument("directory", type=click.Path(file_okay=False, exists=True, path_type=Path))
@click.option("--misses", is_flag=True, help="Also list every misclassified file.")
@click.option("--json", "as_json", is_flag=True, help="The figures as one JSON object.")
@common
def evaluate(ctx: Context, directory: Path, misses: bool, as_json: bool) -> None:
    """Score classify against DIRECTORY/labels.jsonl: per-intent P/R/F1, macro-F1, confusion, field accuracy."""
    import dataclasses

    from .nlp.evaluation import render, score
    from .nlp.training import read_labels
    from .wiring import classify_files

    labels = read_labels(directory)
    classifier = _classifier(ctx)
    started = time.perf_counter()
    rows = list(classify_files(classifier, [directory / str(row["file"]) for row in labels], _now(ctx)))
    elapsed = time.perf_counter() - started
    report = score(labels, {Path(r["file"]).name: r for r in rows})
    if as_json:
        data = dataclasses.asdict(report)
        data["seconds"] = round(elapsed, 3)
        click.echo(json.dumps(data, ensure_ascii=False))
        return
    click.echo(render(report))
    click.echo(f"\nclassified in {elapsed:.2f} s ({len(rows) / elapsed if elapsed else 0:.0f} messages/s)")
    if misses and report.misses:
        click.echo("\nmisclassified (labelled -> predicted):")
        for name, gold, got in report.misses:
            click.echo(f"  {name}: {gold} -> {got}")


def _project_data() -> Path:
    return Path(__file__).resolve().parents[1] / "data" / "labelled"


@main.command()
@click.argument("sets", nargs=-1, type=click.Path(file_okay=False, exists=True, path_type=Path))
@click.option("--out", "out", type=click.Path(file_okay=False, path_type=Path),
              help="Where to write the model (default: the one shipped in the package).")
@click.option("--dev", "dev", default="dev", show_default=True,
              help="The development set, never trained on and scored after training: a folder, "
                   "or the name of a set in data/labelled.")
@click.option("--seed", default=None, type=int, help="Random seed (fixed by default, so training is reproducible).")
@click.option("--epochs", default=None, type=int, help="Passes over the training data.")
@common
def train(ctx: Context, sets: tuple[Path, ...], out: Path | None, dev: str, seed: int | None, epochs: int | None) -> None:
    """Rebuild the intent model from labelled sets (default: the project's data/labelled/*, except the dev set).

    Each set is a folder of .eml files with labels.jsonl. The same data, rules and seed give the same model.
    """
    from .nlp.evaluation import render, score
    from .nlp.model import MODEL_DIR
    from .nlp.rulematch import RuleMatcher
    from .nlp.training import EPOCHS, SEED, load_set, texts_for
    from .nlp.training import train as train_model
    from .rules import load_rules
    from .wiring import classification_row

    folders = list(sets)
    root = _project_data()
    candidates = [c for c in (Path(dev), root / dev) if (c / "labels.jsonl").is_file()]
    dev_folder = candidates[0] if candidates else None
    if not folders:
        if not root.is_dir():
            raise click.ClickException(f"no labelled sets given and no project data at {root}")
        folders = sorted(p for p in root.iterdir() if (p / "labels.jsonl").is_file() and p.name != dev)
    if dev_folder is not None and any(f.resolve() == dev_folder.resolve() for f in folders):
        raise click.ClickException(f"{dev_folder} is the development set: it is never trained on")
    rules = load_rules(_user_rules(ctx))
    import spacy

    matcher = RuleMatcher(rules, spacy.blank("en"))
    items = [item for folder in folders for item in load_set(folder)]
    click.echo(f"training on {len(items)} messages from {', '.join(f.name for f in folders)}")
    model = train_model(texts_for(items, matcher), [i.intent for i in items],
                        seed=SEED if seed is None else seed, epochs=EPOCHS if epochs is None else epochs,
                        progress=lambda n, loss: click.echo(f"  epoch {n:>2}: loss {loss:.3f}"))
    target = out or MODEL_DIR
    model.save(target)
    click.echo(f"wrote {target}")
    if dev_folder is not None:
        from .nlp.classify import IntentClassifier

        classifier = IntentClassifier(rules, model)
        dev_items = load_set(dev_folder)
        results = classifier.classify_many([i.message for i in dev_items])
        report = score([i.label for i in dev_items],
                       {i.path.name: classification_row(i.path, c) for i, c in zip(dev_items, results)})
        click.echo(f"\ndevelopment set {dev_folder.name} (never trained on):")
        click.echo(render(report))
