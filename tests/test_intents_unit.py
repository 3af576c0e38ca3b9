"""Intent classification pieces without a mail server: rules, negation, features, the shipped model, scoring."""

from __future__ import annotations

import shutil
from datetime import date, datetime, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import pytest

from inboxagent.errors import RulesError
from inboxagent.liverules import LiveRules
from inboxagent.mail.parse import parse_message
from inboxagent.nlp.classify import IntentClassifier
from inboxagent.nlp.evaluation import score
from inboxagent.nlp.features import mask, model_text, negation_marks
from inboxagent.nlp.rulematch import RuleMatcher, rule_scores
from inboxagent.nlp.training import train
from inboxagent.records import INTENTS, MailMessage
from inboxagent.resources import default_dir
from inboxagent.rules import load_rules

WEDNESDAY = datetime(2026, 11, 4, 10, 30, tzinfo=timezone.utc)


def mail(body: str, subject: str = "Re: Payment reminder: INV-20431", headers: dict[str, str] | None = None,
         sent: datetime = WEDNESDAY) -> MailMessage:
    msg = EmailMessage()
    msg["From"] = "Dana Whitfield <ap@acme-fab.example>"
    msg["To"] = "accounts@northwind-supplies.example"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = f"<t{abs(hash(body))}@acme-fab.example>"
    for name, value in (headers or {}).items():
        msg[name] = value
    msg.set_content(body)
    return parse_message(msg.as_bytes())


@pytest.fixture(scope="module")
def classifier() -> IntentClassifier:
    return IntentClassifier(load_rules(None))


@pytest.fixture
def user_rules(tmp_path: Path) -> Path:
    folder = tmp_path / "rules"
    shutil.copytree(default_dir("rules"), folder)
    return folder


# ---- rules and negation -----------------------------------------------------------------

def test_a_negated_promise_does_not_count_as_one() -> None:
    matcher = RuleMatcher(load_rules(None))
    refused = matcher.hits("We are not going to pay until the damaged pallets are credited.")
    assert [h.negated for h in refused if h.intent == "promise_to_pay"] == [True]
    assert rule_scores(refused)["promise_to_pay"] == 0
    # A negation in an earlier sentence does not reach the promise in the next one.
    later = matcher.hits("We won't be late again. We will pay on Friday.")
    assert any(h.intent == "promise_to_pay" and not h.negated for h in later)


def test_a_bad_token_pattern_is_reported_with_file_line_and_reason(user_rules: Path) -> None:
    path = user_rules / "intents.toml"
    text = path.read_text()
    text = text.replace("[dispute]\n", '[dispute]\npatterns = [[{LOWR = "wrong"}, {LOWER = "price"}]]\n', 1)
    path.write_text(text)
    with pytest.raises(RulesError) as err:
        load_rules(user_rules)
    line = next(n for n, l in enumerate(text.splitlines(), 1) if "LOWR" in l)
    assert str(err.value).startswith(f"{path}:{line}: [dispute] bad token pattern")
    assert "LOWR" in str(err.value)


def test_an_unknown_intent_table_is_refused(user_rules: Path) -> None:
    path = user_rules / "intents.toml"
    path.write_text(path.read_text() + '\n[promise]\nphrases = ["will pay"]\n')
    with pytest.raises(RulesError, match=r"intents.toml:\d+: unknown intent \[promise\]"):
        load_rules(user_rules)


def test_live_rules_keep_the_last_good_set_when_an_edit_breaks_a_file(user_rules: Path) -> None:
    errors: list[str] = []
    live = LiveRules(user_rules, lambda r: r.review_threshold, lambda exc: errors.append(str(exc)))
    path = user_rules / "intents.toml"
    good = path.read_text()
    path.write_text(good.replace("review_threshold = 0.6", "review_threshold = 0.75"))
    assert live.current()[1] == 0.75
    path.write_text(good.replace("review_threshold = 0.6", "review_threshold = 0.75\n[oops"))
    rules, threshold = live.current()
    assert threshold == 0.75 and rules.review_threshold == 0.75, "the last good rules stay in force"
    assert errors and "intents.toml" in errors[0] and live.error is not None
    assert live.current()[1] == 0.75 and len(errors) == 1, "a broken file is reported once, not every pass"
    path.write_text(good.replace("review_threshold = 0.6", "review_threshold = 0.5"))
    assert live.current()[1] == 0.5 and live.error is None


# ---- what the model reads ------------------------------------------------------------------

def test_figures_become_placeholders_and_negations_get_twins() -> None:
    text = mask("Will pay £1,250.00 for INV-20431 on 15/11, ref #88123")
    assert "zmoney" in text and "zinvoice" in text and "1250" not in text and "88123" not in text
    assert negation_marks("we will not pay this. thanks") == "not_pay not_this"
    features = model_text("RE: [EXTERNAL] Dispute INV-20431", "We dispute this.", attachments=["photos.zip"])
    assert "dispute" in features and "zatt_photos" in features and "re:" not in features and "external" not in features


# ---- the shipped classifier -------------------------------------------------------------

@pytest.mark.parametrize("body, intent", [
    ("Thanks for the reminder. Accounts have it in Thursday's payment run, so it will be with you by Friday.", "promise_to_pay"),
    ("Money is tight after a slow month. Could we pay this in three monthly instalments instead?", "extension_request"),
    ("This invoice is wrong: we were quoted £950, not £1,250. Please send a corrected invoice.", "dispute"),
    ("We paid this by bank transfer last Tuesday, reference ACME-7781. Please check your account.", "already_paid"),
    ("Could you send us a copy of the invoice with our PO number on it? Our system rejects it without one.", "question"),
    ("Thanks, received.", "ignore"),
])
def test_plain_messages_of_each_intent(classifier: IntentClassifier, body: str, intent: str) -> None:
    result = classifier.classify(mail(body))
    assert result.intent == intent, result.reasons


def test_headers_decide_before_any_text(classifier: IntentClassifier) -> None:
    ooo = mail("I am out of the office until Monday 9 November. Payments will be made when I return.",
               subject="Automatic reply: Payment reminder", headers={"Auto-Submitted": "auto-replied"})
    result = classifier.classify(ooo)
    assert (result.intent, result.auto_reply, result.confidence) == ("ignore", True, 1.0)
    assert result.return_date == date(2026, 11, 9)


def test_a_refusal_is_not_a_promise(classifier: IntentClassifier) -> None:
    result = classifier.classify(mail("We will NOT pay until you credit the two damaged pallets."))
    assert result.intent == "dispute"


def test_low_confidence_is_marked_for_review(classifier: IntentClassifier) -> None:
    results = classifier.classify_many([mail(b) for b in ("ok", "hmm", "see attached", "will do", "?")])
    for r in results:
        assert r.needs_review == (r.confidence < classifier.rules.review_threshold)
    assert any(r.needs_review for r in results), "one-word replies cannot all be confident"


def test_promise_fields_are_extracted_against_the_message_date(classifier: IntentClassifier) -> None:
    result = classifier.classify(mail("I'll transfer the £1,250.00 on Friday, sorry for the wait."))
    assert result.intent == "promise_to_pay"
    assert result.promised_date == date(2026, 11, 6)  # the first Friday after Wednesday 4 November
    assert (result.amount, result.currency) == (pytest.approx(1250), "GBP")
    assert result.invoice_refs == ("INV-20431",)


def test_explain_shows_model_and_rule_scores(classifier: IntentClassifier) -> None:
    e = classifier.explain(mail("We have already paid this, remittance attached."))
    assert e.classification.intent == "already_paid"
    assert abs(sum(e.model_scores.values()) - 1) < 1e-6 and abs(sum(e.final_scores.values()) - 1) < 1e-6
    assert any(h.intent == "already_paid" for h in e.hits) and e.rule_scores["already_paid"] > 0
    assert "zrule_already_paid" in e.model_input


# ---- training and scoring ------------------------------------------------------------------

TINY = [
    ("we will pay on friday", "promise_to_pay"), ("payment goes out tomorrow", "promise_to_pay"),
    ("can we have more time", "extension_request"), ("could we split it into instalments", "extension_request"),
    ("the price is wrong", "dispute"), ("goods arrived damaged", "dispute"),
    ("we paid last week", "already_paid"), ("transfer was made yesterday", "already_paid"),
    ("please send a copy of the invoice", "question"), ("what are your bank details", "question"),
    ("out of office", "ignore"), ("thanks noted", "ignore"),
]


def test_training_is_reproducible_with_a_fixed_seed() -> None:
    texts, intents = [t for t, _ in TINY], [i for _, i in TINY]
    first = train(texts, intents, epochs=3).scores(texts)
    second = train(texts, intents, epochs=3).scores(texts)
    assert first == second
    assert set(first[0]) == set(INTENTS)


def test_scoring_counts_precision_recall_and_fields() -> None:
    labels = [
        {"file": "a", "intent": "promise_to_pay", "promised_date": "2026-11-06", "amount": "100.00", "currency": "GBP"},
        {"file": "b", "intent": "promise_to_pay", "promised_date": "2026-11-07", "amount": None, "currency": None},
        {"file": "c", "intent": "dispute", "promised_date": None, "amount": "5", "currency": "EUR"},
        {"file": "d", "intent": "question", "promised_date": None, "amount": None, "currency": None},
    ]
    predictions = {
        "a": {"intent": "promise_to_pay", "promised_date": "2026-11-06", "amount": "100", "currency": "GBP"},
        "b": {"intent": "dispute", "promised_date": None, "amount": None, "currency": None},
        "c": {"intent": "dispute", "promised_date": None, "amount": "5.00", "currency": "EUR"},
        "d": {"error": "cannot parse"},
    }
    report = score(labels, predictions)
    assert report.intents["promise_to_pay"].precision == 1.0 and report.intents["promise_to_pay"].recall == 0.5
    assert report.intents["dispute"].precision == 0.5 and report.intents["dispute"].recall == 1.0
    assert report.confusion["promise_to_pay"]["dispute"] == 1 and report.confusion["question"]["ignore"] == 1
    assert report.promised_date.accuracy == 0.5 and report.amount.accuracy == 1.0
    assert report.errors == ["d: cannot parse"] and report.accuracy == 0.5
    f1 = [2 / 3, 2 / 3, 0.0]  # promise, dispute, question (no support elsewhere)
    assert report.macro_f1 == pytest.approx(sum(f1) / 3)


def test_a_token_pattern_needing_a_tagger_is_refused(user_rules: Path) -> None:
    path = user_rules / "intents.toml"
    path.write_text(path.read_text().replace("[dispute]\n", '[dispute]\npatterns = [[{LEMMA = "overcharge"}]]\n', 1))
    with pytest.raises(RulesError, match="LEMMA needs a tagger"):
        load_rules(user_rules)


def test_curly_apostrophes_count_as_straight_ones() -> None:
    matcher = RuleMatcher(load_rules(None))
    assert any(h.intent == "promise_to_pay" and not h.negated for h in matcher.hits("We’ll pay on Friday."))
    assert all(h.negated for h in matcher.hits("We won’t be going to pay this.") if h.intent == "promise_to_pay")
