"""Splits a reply body into what the sender newly wrote, the quoted history, and the signature.

How the work is shared (numbers measured on the shared real-mail corpus, quotes/ and
quotes/bodies/: 71 plain-text fixtures and 18 HTML fixtures that carry an upstream expectation):

* quotequail finds reply attributions ("On ... wrote:", "Am ... schrieb ...:", ...) and forward
  separators in plain text (``quotequail.quote``), and cuts HTML replies (``unwrap_html``).
  On its own, ``unwrap()`` gets 39/71 plain-text fixtures and ``unwrap_html()`` 16/18 HTML ones.
  It misses what this module adds as its own rules: interleaved ``>`` replies (it stops at the
  first quote), Outlook header blocks without a separator line, attributions wrapped over three
  lines or in languages it lacks (Italian, Polish, Finnish, Russian, date+address lines),
  and signatures (it has no notion of them).
* mail-parser-reply is not used at runtime although it scores 40/71: it is the slowest (1.24 s
  on the 767 KB github fixture, quotequail 0.02 s) and its signature rules are greedy. Every
  line from "Thanks," / "Best," / "regards," or a "- item" list onwards is cut, so on payment
  replies written for this module it moved "Thanks, we will pay invoice 4711 on Friday." and a
  list of disputed invoices into the signature (5 of 6 sample sentences lost).
* Signatures are conservative own rules: the "-- " delimiter, device/app lines ("Sent from my
  iPhone", but not "Sent from my bank yesterday"), and a contact block after a sign-off such as
  "Regards," whose every line looks like a name, title, company, phone, address or URL.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass

import quotequail

from .htmltext import html_to_text, html_to_text_split

__all__ = ["ReplyParts", "split_reply"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ReplyParts:
    new: str  # what the sender wrote in this message, stripped of surrounding blank lines
    quoted: str  # quoted history / forwarded part below (or interleaved), '' if none
    signature: str  # the signature block removed from `new`, '' if none


EMPTY = ReplyParts("", "", "")

# Only the first characters of a line are looked at by the patterns: attribution and header
# lines are short, and this keeps every regex linear on pathological 700 KB lines.
_MATCH_CHARS = 1000
# Attributions wrap over at most this many lines ("On <date>, <name>\n<address>\nwrote:").
_MAX_WRAP = 3

# A '>' line is quoted, except the ">:" left over when a client wrapped "<address\n>:".
_QUOTED = re.compile(r"[ \t]{0,3}>(?![ \t]*[:：][ \t]*$)")
_INVISIBLE = re.compile("[\ufeff\u200b\u200e\u200f\u2060]")
_EMAIL = r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+"
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\b")
_HAS_DATE_OR_ADDRESS = re.compile(r"\d|@")

# --------------------------------------------------------------------------------------------
# Attribution lines ("On <date>, <name> wrote:") after wrapped lines are joined.
# Strong: they start the quoted history even when it is not '>'-quoted below (Outlook-style
# clients paste the original unquoted). They need a digit or an address, so a sentence such as
# "On the invoice you wrote:" is not taken for one unless a '>' block follows it.
_STRONG_ATTRIBUTION = re.compile(
    r"""^(?:[-=]{2,}\s*)?(?:
        On\s.+?(?:\bwrote|\bsent)\s*:?\s*(?:-{2,})?
      | Am\s.+\bschrieb\b.*:
      | .+\bschrieb\s+am\s.+:
      | Le\s.+\s(?:a\s+écrit|escribió)\s*:?
      | El\s.+\sescribió\s*:
      | Op\s.+\s(?:schreef|geschreven)\b.*:
      | (?:Den\s)?.+\sskrev\b.*:
      | (?:Il|In\s+data)\s.+\sha\s+scritto\s*:
      | Em\s.+\sescreveu\s*:
      | (?:Dnia|W\s+dniu)\s.+\s(?:napisał|napisała|napisał\(a\)|nadesłał)\s*:
      | Dne\s.+\snapsal(?:\(a\)|a)?\s*:
      | .+\s(?:kirjoitti|írta|написал|написала|написал\(а\)|пишет|yazdı|napisał\(a\))\s*:
      | .+(?:写道|寫道|작성하였습니다)\s*[:：]
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
# "<date/time> <name> <address>:" with no verb (Yandex, mail.ru, Gmail in some locales, ...).
_DATED_ADDRESS_ATTRIBUTION = re.compile(
    r"^.*" + _EMAIL + r"\s*(?:[>)\]]\s*){0,2}:\s*$"
)
# Weak: any line ending in a reply verb. Taken only when a '>' block follows it directly.
_WEAK_ATTRIBUTION = re.compile(
    r"""^.{1,300}?(?:\bwrote|\bwrites|\bschrieb|a\s+écrit|escribió|\bschreef|\bskrev
        |ha\s+scritto|escreveu|napisał(?:\(a\)|a)?|napsal(?:\(a\)|a)?|kirjoitti|írta
        |написал(?:\(а\)|а)?|пишет|yazdı)\b[^:\n]{0,80}[:：]\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
_ATTRIBUTION_START = re.compile(
    r"(?:[-=]{2,}\s*)?(?:On|Am|Le|El|Op|Den|Il|In\s+data|Em|Dnia|W\s+dniu|Dne)\s", re.IGNORECASE
)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_ATTRIBUTION_END = re.compile(r"(?:[:：]|\bwrote|-{2,})\s*$", re.IGNORECASE)

# "-----Original Message-----", "---------- Forwarded message ---------", "Begin forwarded
# message:" and their translations. Everything below them is history.
_SEPARATOR_NAMES = (
    r"original\s+message|forwarded\s+message|weitergeleitete\s+nachricht|ursprüngliche\s+nachricht"
    r"|message\s+d'origine|message\s+transféré|message\s+original|mensaje\s+original"
    r"|mensaje\s+reenviado|messaggio\s+originale|messaggio\s+inoltrato|oorspronkelijk\s+bericht"
    r"|origineel\s+bericht|doorgestuurd\s+bericht|oprindelig\s+meddelelse|oprindelig\s+besked"
    r"|videresendt\s+meddelelse|videresendt\s+besked|opprinnelig\s+melding|videresendt\s+melding"
    r"|ursprungligt\s+meddelande|vidarebefordrat\s+meddelande|alkuperäinen\s+viesti"
    r"|välitetty\s+viesti|wiadomość\s+oryginalna|przekazana\s+wiadomość|původní\s+zpráva"
    r"|přeposlaná\s+zpráva|eredeti\s+üzenet|továbbított\s+üzenet|mensagem\s+original"
    r"|mensagem\s+encaminhada|исходное\s+сообщение|пересылаемое\s+сообщение"
    r"|пересланное\s+сообщение"
)
# Tobit david's own quote header, seen in German business mail.
_DAVID_HEADER = re.compile(r"^\s*\[?original\s+message\s+processed\s+by\s+david", re.IGNORECASE)
_SEPARATOR = re.compile(
    r"^\s*(?:[-_=*~]{2,}\s*(?:" + _SEPARATOR_NAMES + r")\s*[-_=*~]{2,}"
    r"|(?:begin\s+forwarded\s+message|anfang\s+der\s+weitergeleiteten\s+(?:nachricht|e-mail)"
    r"|début\s+du\s+message\s+(?:réexpédié|transféré)|inicio\s+del\s+mensaje\s+reenviado"
    r"|begin\s+doorgestuurd\s+bericht|inizio\s+messaggio\s+inoltrato"
    r"|início\s+da\s+mensagem\s+reencaminhada|" + _SEPARATOR_NAMES + r")\s*:)\s*$",
    re.IGNORECASE,
)
# A line made only of rule characters ("____", "-----", "====") directly above a quote header
# belongs to the quote.
_RULE_LINE = re.compile(r"^\s*[-_=*~—–]{3,}\s*$")

# --------------------------------------------------------------------------------------------
# Outlook-style header blocks ("From: / Sent: / To: / Subject:") with no '>' quoting.
_HEADER_KINDS: dict[str, str] = {}
for _kind, _names in {
    "from": "from|von|de|fra|van|da|från|od|от|от кого|lähettäjä|feladó|kimden|mittente"
    "|remitente|afzender|avsändare|nadawca|发件人|寄件者|差出人|보낸 사람",
    "date": "sent|date|gesendet|datum|envoyé|envoyé le|sendt|dato|verzonden|inviato|data"
    "|enviado|enviado el|enviada|fecha|skickat|wysłano|отправлено|дата|lähetetty|päivämäärä"
    "|elküldve|dátum|tarih|gönderildi|发送时间|日付|送信日時|보낸 날짜|message du|sent at",
    "to": "to|an|à|a|til|aan|para|till|do|кому|vastaanottaja|címzett|kime|收件人|宛先|받는 사람"
    "|destinatario|per",
    "cc": "cc|kopie|copie à|cci|kopi|kopia|копия|dw|抄送|bcc",
    "subject": "subject|betreff|objet|sujet|emne|onderwerp|oggetto|asunto|ämne|temat|тема"
    "|aihe|tárgy|konu|主题|件名|제목|assunto|re",
    "reply-to": "reply-to|antwort an|répondre à|responder a|antwoord aan",
}.items():
    for _name in _names.split("|"):
        _HEADER_KINDS.setdefault(_name, _kind)
_HEADER_LINE = re.compile(
    r"^\s{0,8}\*{0,2}(?P<name>"
    + "|".join(sorted((re.escape(n).replace(r"\ ", r"\s+") for n in _HEADER_KINDS), key=len, reverse=True))
    + r")\*{0,2}\s{0,3}[:：]",
    re.IGNORECASE,
)
_KEY_VALUE = re.compile(r"^\s*[^\s:][^:]{0,40}:(?:\s|$)")

# --------------------------------------------------------------------------------------------
# Signatures.
_SIG_DELIMITER = re.compile(r"^--[ \t]*$")
_DEVICE_WORDS = re.compile(
    r"\b(?:iphone|ipad|ipod|android|blackberry|samsung|galaxy|mobile|phone|smartphone|handy"
    r"|portable|móvil|movil|celular|telefon|telefoon|mobiel|mobil|tablet|huawei|xiaomi|nokia"
    r"|motorola|sony|lg|htc|pixel|oneplus|oppo|honor|fairphone|kindle|verizon|sprint|at&t"
    r"|t-mobile|windows|outlook|mail|gmail|yahoo|apple|watch|device|appareil|gerät"
    r"|dispositivo|apparaat|enhed|enhet|surface|mac|ios|ipados|proton|protonmail|spark"
    r"|typeapp|bluemail|aol)\b",
    re.IGNORECASE,
)
_URL_TAIL = r"(?:\s*(?:<[^<>\s]*>|\([^()\s]*\)|\[[^\[\]\s]*\]))?"
_MOBILE_SIGNATURE = re.compile(
    r"""^\s*(?:
        (?:sent\s+from\s+my|sent\s+from|sent\s+(?:with|via|using)|get\s+outlook\s+for
          |envoyé\s+(?:de|depuis|à\s+partir\s+de|avec)(?:\s+mon|\s+ma)?|von\s+meinem
          |gesendet\s+(?:von|mit|aus|via)(?:\s+meinem|\s+meiner|\s+der)?
          |enviado\s+(?:desde|de|do|con)(?:\s+mi|\s+meu|\s+minha|\s+o)?
          |verzonden\s+(?:vanaf|met|via|van)(?:\s+mijn)?|sendt\s+fra(?:\s+min|\s+mit)?
          |skickat\s+från(?:\s+min)?|inviato\s+da(?:l\s+mio|l\s+mio)?|wysłano\s+z|отправлено\s+с
          |hent\s+outlook\s+til|scarica\s+outlook\s+per|obtenir\s+outlook\s+pour
          |outlook\s+für|descargar\s+outlook\s+para)
        \s+(?P<dev>[^\s,.!?;:<>()\[\]][^,!?;:<>()\[\]]{0,45}?)(?:\s+gesendet)?
    )""" + _URL_TAIL + r"\s*$",
    re.IGNORECASE | re.VERBOSE,
)
_SIGN_OFF = re.compile(
    r"""^\s*(?:
        (?:(?:with\s+)?(?:best|kind|warm|warmest|many|sincere|friendly)\s+)?(?:regards|wishes|thanks)
      | thanks\s*(?:&|and)\s*(?:best\s+)?regards | regards | rgds | br | kr
      | thanks(?:\s+again|\s+in\s+advance|\s+a\s+lot|\s+so\s+much)? | thank\s+you(?:\s+very\s+much)?
      | thx | cheers | best | all\s+the\s+best | sincerely | yours\s+(?:sincerely|truly|faithfully)
      | sincerely\s+yours | respectfully | cordially | take\s+care
      | mit\s+freundlichen\s+gr(?:ü|ue|u)(?:ß|ss)en | freundliche\s+gr(?:ü|ue)(?:ß|ss)e | mfg
      | (?:viele|beste|liebe|herzliche|schöne)\s+gr(?:ü|ue)(?:ß|ss)e | gr(?:ü|ue)(?:ß|ss)e | gru(?:ß|ss)
      | lg | vg | danke(?:\s+schön|\s+sehr)? | vielen\s+dank
      | (?:bien\s+)?cordialement | bien\s+à\s+vous | (?:sincères\s+)?salutations | merci(?:\s+beaucoup)?
      | bonne\s+journée | amicalement
      | (?:un\s+)?saludos?(?:\s+cordiales)? | atentamente | cordialmente | (?:muchas\s+)?gracias
      | (?:cordiali|distinti)\s+saluti | saluti | un\s+saluto | grazie(?:\s+mille)?
      | (?:met\s+)?vriendelijke\s+groet(?:en)? | hartelijke\s+groet(?:en)? | groet(?:en|jes)? | mvg
      | bedankt | dank\s+(?:u|je)(?:\s+wel)?
      | (?:med\s+)?(?:venlig|vennlig|vänlig|vänliga)\s+(?:hilsen|hälsning(?:ar)?) | hilsen
      | hälsningar | mvh | tack | tak | kh
      | pozdrawiam | z\s+(?:poważaniem|powazaniem) | dziękuję
      | atenciosamente | cumprimentos | obrigad[oa]
      | с\s+уважением | спасибо
    )\s*[,.!]*\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
# "-Abhishek Kona", "/John": a name signed with a dash or slash, alone at the end.
_DASH_NAME = re.compile(r"^\s*[-/–—](?=\w)[^\W\d_][\w.'-]*(?:\s+[^\W\d_][\w.'-]*){0,3}\s*$")
_URL_OR_EMAIL = re.compile(r"https?://|www\.|" + _EMAIL, re.IGNORECASE)
_PHONE = re.compile(r"(?:\+|\b)\d[\d\s().\-/]{6,}\d")
_CONTACT_LABEL = re.compile(
    r"^\s*(?:tel|phone|mobile|mob|cell|fax|direct|office|t|m|f|e|w|p|ph|email|e-mail|web)\.?\s*[:.]",
    re.IGNORECASE,
)
# Words that make a line a sentence rather than part of a name/title/company block.
_SENTENCE_WORDS = re.compile(
    r"\b(?:i|i'm|i'll|i've|we|we'll|we're|we've|you|he|she|they|it|will|would|can|could|should"
    r"|shall|may|might|must|please|pay|paid|paying|payment|transfer|transferred|send|sent|is"
    r"|are|was|were|am|have|has|had|do|does|did|not|don't|no|yes|this|that|these|those|my|our"
    r"|your|me|us|them|be|been|invoice|invoices|amount|due|today|tomorrow|yesterday|ich|wir"
    r"|sie|nous|vous|je|nosotros|noi|wij)\b",
    re.IGNORECASE,
)
_AMOUNT = re.compile(r"\d[\d.,]*\s*(?:€|\$|£|eur|usd|gbp|chf)\b|(?:€|\$|£)\s*\d", re.IGNORECASE)


# --------------------------------------------------------------------------------------------
def split_reply(text: str | None, html: str | None = None) -> ReplyParts:
    """Split a message body. Uses the plain text when it has content; otherwise the HTML
    (quote-aware: drop blockquotes / Outlook & Gmail quote containers before converting)."""
    try:
        if text is not None and text.replace("\x00", "").strip():
            return _split_text(text)
        if html:
            return _split_html(html)
    except Exception:  # never let one odd body stop the agent; keep the text unsplit
        log.exception("could not split a reply body; keeping it whole")
        try:
            whole = _normalise(text) if text and text.strip() else html_to_text(html or "")
            return ReplyParts(whole.strip(), "", "")
        except Exception:
            return EMPTY
    return EMPTY


# --------------------------------------------------------------------------------------------
def _normalise(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    return _INVISIBLE.sub("", text)


def _is_quoted(line: str) -> bool:
    return bool(_QUOTED.match(line))


def _is_blank(line: str) -> bool:
    return not line.strip()


def _join_wrapped(lines: Sequence[str]) -> str:
    """Rejoin an attribution the client wrapped; also undo a quoted-printable soft break."""
    joined = lines[0].strip()
    for line in lines[1:]:
        line = line.strip()
        if joined.endswith("="):  # "... w=" + "rote:" left over from undecoded QP
            joined = joined[:-1] + line
        elif joined.endswith(("<", "(", "[", '"', "'")) or line.startswith((">", ")", "]")):
            joined += line
        else:
            joined += " " + line
    return joined


def _strong_attribution(candidate: str) -> bool:
    if not _HAS_DATE_OR_ADDRESS.search(candidate):
        return False
    if _STRONG_ATTRIBUTION.match(candidate):
        return True
    # "<date, time>, <name> <address>:" needs a clock time; a sentence ending in an address
    # ("Please write to ap@example.com:") has none.
    return bool(_TIME.search(candidate) and _DATED_ADDRESS_ATTRIBUTION.match(candidate))


def _starts_like_attribution(line: str) -> bool:
    """The first line of a wrapped attribution: "On <date>, <name>", "<date> <time> <name>"."""
    head = line[:_MATCH_CHARS].strip()
    if _ATTRIBUTION_START.match(head):
        return True
    return bool(
        (_TIME.search(head) or _YEAR.search(head))
        and not head.endswith((".", "!", "?"))
        and not _SENTENCE_WORDS.search(head)
    )


def _attribution_at(lines: Sequence[str], k: int, end: int) -> tuple[int, bool] | None:
    """If an attribution starts at line k, return (end index, strong)."""
    for wrap in range(_MAX_WRAP):
        last = k + wrap
        if last >= end or _is_blank(lines[last]) or _is_quoted(lines[last]):
            return None
        if not _ATTRIBUTION_END.search(lines[last][-_MATCH_CHARS:]):
            continue
        candidate = _join_wrapped([line[:_MATCH_CHARS] for line in lines[k : last + 1]])
        strong = _strong_attribution(candidate)
        if not strong and not _WEAK_ATTRIBUTION.match(candidate):
            continue
        if wrap and not _starts_like_attribution(lines[k]):
            # "Thanks for the update\nJohn <john@example.com> wrote:": the attribution starts
            # on a later line and line k is still the sender's text.
            return None
        for later in range(k + 1, last + 1):
            if _ATTRIBUTION_START.match(lines[later][:_MATCH_CHARS].strip()) and _attribution_at(
                lines, later, last + 1
            ):
                return None  # "...nibh.\nOn Dec 15, ... wrote:" starts on its own line
        return last + 1, strong
    return None


def _header_block_at(lines: Sequence[str], k: int, end: int) -> int | None:
    """If an Outlook-style header block starts at line k, return its end index."""
    kinds: set[str] = set()
    i = k
    continuation = 0
    while i < end:
        line = lines[i][:_MATCH_CHARS]
        if _is_blank(line) or _is_quoted(line):
            break
        m = _HEADER_LINE.match(line)
        if m:
            kinds.add(_HEADER_KINDS.get(re.sub(r"\s+", " ", m.group("name").lower()), "?"))
            continuation = 0
        elif i > k and continuation < 2 and not _KEY_VALUE.match(line):
            continuation += 1  # a wrapped header value ("From: Name\n<address>")
        else:
            break
        i += 1
    if "from" in kinds and len(kinds) >= 3:
        return i
    return None


def _mobile_signature(line: str) -> bool:
    m = _MOBILE_SIGNATURE.match(line[:_MATCH_CHARS])
    if not m:
        return False
    device = m.group("dev").strip()
    words = device.split()
    if len(words) > 6:
        return False
    # "Sent from my iPhone" / "Sent from my Verizon Wireless BlackBerry" / "Gesendet von
    # Outlook für Android", but not "Sent from my bank yesterday": a device or app word, or a
    # product name written in capitals.
    return bool(_DEVICE_WORDS.search(device)) or all(w[:1].isupper() or w[:1].isdigit() for w in words)


def _find_cut(
    lines: Sequence[str], start: int, end: int, quote_follows: bool
) -> tuple[int, int, bool] | None:
    """First quote header in the unquoted run lines[start:end]: (begin, end, strong).

    A weak header (any "... wrote:" line) counts only when nothing but blank lines separates
    it from a '>' block, so a sentence ending in "wrote:" stays the sender's.
    """
    pattern_at = _quotequail_cut(lines, start, end)
    for k in range(start, end):
        line = lines[k]
        if _is_blank(line):
            continue
        head = line[:_MATCH_CHARS]
        if _SEPARATOR.match(head) or _DAVID_HEADER.match(head):
            return k, k + 1, True
        found = _attribution_at(lines, k, end)
        if found is not None:
            stop, strong = found
            if strong or (quote_follows and all(_is_blank(x) for x in lines[stop:end])):
                return k, stop, strong
        elif pattern_at is not None and pattern_at[0] == k:
            # A reply/forward line only quotequail knows (e.g. "Vidarebefordrat meddelande:").
            return k, max(pattern_at[1], k + 1), True
        block = _header_block_at(lines, k, end)
        if block is not None:
            return k, block, True
        if _mobile_signature(head):
            # Phones put their line at the very end of what the sender typed; any text below
            # it is the original message the app appended without a header.
            nxt = next((j for j in range(k + 1, end) if not _is_blank(lines[j])), None)
            if nxt is not None:
                return nxt, nxt, True
    return None


def _quotequail_cut(lines: Sequence[str], start: int, end: int) -> tuple[int, int] | None:
    """(first, end) lines of the reply/forward pattern quotequail sees in lines[start:end]."""
    run = [line[:_MATCH_CHARS] for line in lines[start:end]]
    if not any(_ATTRIBUTION_END.search(line) or line.rstrip().endswith(("-", "_")) for line in run):
        return None  # every quotequail pattern ends in ":", "wrote:", "---" or "____"
    try:
        begin = quotequail.quote("\n".join(run), limit=len(run) + 1, quote_intro_line=True)
        if len(begin) < 2:
            return None
        first = len(run) - len(begin[1][1].split("\n"))
        # Where the pattern ends: the same search again, but only from its first line (the
        # scan over every line is what costs; a pattern wraps over a few lines at most).
        head = run[first : first + _MAX_WRAP + 8]
        after = quotequail.quote("\n".join(head), limit=len(head) + 1, quote_intro_line=False)
    except Exception:
        return None
    if len(after) < 2:
        return None
    last = first + len(head) - len(after[1][1].split("\n"))
    return start + first, start + max(last, first + 1)


def _wrapped_quote_line(lines: Sequence[str], i: int, j: int) -> bool:
    """lines[i:j] sit between two '>' lines and are the tail of a quoted line the client
    re-wrapped without its '>' ("> ... Nullam pharetra d" / "ignissim odio?" / "> ...")."""
    if not (0 < i and j < len(lines) and j - i <= 2 and _is_quoted(lines[i - 1])):
        return False
    if any(_is_blank(line) for line in lines[i:j]):
        return False
    above = lines[i - 1][:_MATCH_CHARS].rstrip()
    first = lines[i].lstrip()[:1]
    if above.endswith("="):
        return True  # undecoded quoted-printable soft line break
    return first.islower() or (not first.isalnum() and len(lines[i].strip()) <= 3)


def _split_lines(lines: list[str]) -> tuple[list[list[str]], list[list[str]]]:
    """Walk the body: '>' lines and quote headers go to quoted, the rest is the sender's."""
    new: list[list[str]] = []
    quoted: list[list[str]] = []
    n = len(lines)
    i = 0
    while i < n:
        if _is_quoted(lines[i]):
            j = i
            while j < n and _is_quoted(lines[j]):
                j += 1
            quoted.append(lines[i:j])
            i = j
            continue
        j = i
        while j < n and not _is_quoted(lines[j]):
            j += 1
        if quoted and _wrapped_quote_line(lines, i, j):
            quoted[-1] = quoted[-1] + lines[i:j]
            i = j
            continue
        cut = _find_cut(lines, i, j, quote_follows=j < n)
        if cut is None:
            new.append(lines[i:j])
            i = j
            continue
        begin, stop, _strong = cut
        above = lines[i:begin]
        # Rule lines and blank lines right above the header belong to it ("_____\nFrom: ...").
        while above and (_is_blank(above[-1]) or _RULE_LINE.match(above[-1][:_MATCH_CHARS])):
            above.pop()
        begin = i + len(above)
        new.append(above)
        if j < n and all(_is_blank(line) for line in lines[stop:j]):
            # The header introduces the '>' block below it; whatever follows that block
            # unquoted is the sender again (an interleaved or bottom-posted reply).
            quoted.append(lines[begin:j])
            i = j
            continue
        quoted.append(lines[begin:])
        break
    return new, quoted


def _strip_block(lines: Sequence[str], rstrip: bool = True) -> list[str]:
    out = [line.rstrip() if rstrip else line for line in lines]
    while out and not out[0].strip():
        out.pop(0)
    while out and not out[-1].strip():
        out.pop()
    return out


def _join_segments(segments: Sequence[Sequence[str]], gap: str, rstrip: bool = True) -> str:
    blocks = ["\n".join(block) for block in (_strip_block(s, rstrip) for s in segments) if block]
    return gap.join(blocks)


def _contact_line(line: str) -> bool:
    text = line.strip()
    if not text or _RULE_LINE.match(text) or _mobile_signature(text):
        return True
    if _URL_OR_EMAIL.search(text) or _CONTACT_LABEL.match(text):
        return True
    if _PHONE.search(text) and not _AMOUNT.search(text) and len(text) <= 80:
        return not _SENTENCE_WORDS.search(_PHONE.sub(" ", text))
    if len(text) > 80 or _AMOUNT.search(text) or text.endswith(("?", ":")):
        return False
    words = text.split()
    if len(words) > 8 or (text.endswith(".") and len(words) > 3):
        return False
    return not _SENTENCE_WORDS.search(text)


def _name_line(line: str) -> bool:
    words = line.strip().split()
    if not 1 <= len(words) <= 5 or any(ch.isdigit() for ch in line):
        return False
    return all(w[:1].isupper() or not w[:1].isalpha() for w in words) and not _SENTENCE_WORDS.search(line)


def _signature_start(lines: list[str]) -> int | None:
    """Index of the first signature line in the sender's text, or None."""
    content = [i for i, line in enumerate(lines) if line.strip()]
    if not content:
        return None
    first = content[0]
    # 1. The "-- " delimiter (RFC 3676). Bare "--" only before a short block.
    for i in content:
        if i > first and _SIG_DELIMITER.match(lines[i]):
            below = [line for line in lines[i + 1 :] if line.strip()]
            if lines[i].startswith("-- ") or (len(below) <= 8 and all(len(x) <= 120 for x in below)):
                return i
    # 2. Device/app lines ("Sent from my iPhone") at the end, after the sender's text.
    tail = len(content)
    while tail > 0 and _mobile_signature(lines[content[tail - 1]]):
        tail -= 1
    if tail < len(content):
        return content[tail] if tail > 0 else content[0]
    # 3. A sign-off ("Regards,") followed only by a contact block; the sign-off stays in `new`.
    window = content[-10:]
    for pos, i in enumerate(window):
        if not _SIGN_OFF.match(lines[i][:_MATCH_CHARS]) or i == content[-1]:
            continue
        after = window[pos + 1 :]
        if len(after) <= 8 and _name_line(lines[after[0]]) and all(_contact_line(lines[j]) for j in after):
            return after[0]
    # 4. A name signed with a dash or slash ("-Abhishek Kona", "/John") ending the text.
    for pos, i in enumerate(content):
        if i == first or lines[i - 1].strip() or not _DASH_NAME.match(lines[i]):
            continue
        after = content[pos + 1 :]
        if len(after) <= 8 and all(_contact_line(lines[j]) for j in after):
            return i
    return None


def _finish(new_segments: list[list[str]], quoted_segments: list[list[str]], extra_quoted: str = "") -> ReplyParts:
    # Trailing blanks stay until the signature is found: "-- " differs from a bare "--".
    new_lines = _join_segments(new_segments, "\n\n", rstrip=False).split("\n")
    signature = ""
    start = _signature_start(new_lines)
    if start is not None:
        signature = "\n".join(_strip_block(new_lines[start:]))
        new_lines = new_lines[:start]
    new = "\n".join(_strip_block(new_lines))
    quoted = _join_segments(quoted_segments, "\n")
    if extra_quoted:
        quoted = f"{quoted}\n\n{extra_quoted}" if quoted else extra_quoted
    return ReplyParts(new=new, quoted=quoted, signature=signature)


def _split_text(text: str) -> ReplyParts:
    lines = _normalise(text).split("\n")
    new, quoted = _split_lines(lines)
    return _finish(new, quoted)


def _split_html(html: str) -> ReplyParts:
    html = html.replace("\x00", "")
    top_html, tail = html, ""
    unwrapped = _unwrap_html(html)
    if unwrapped is not None:
        # quotequail found the reply/forward line or Outlook header box: keep what is above
        # it, and what is below the quoted part (an inline reply or the sender's signature).
        top_html = unwrapped.get("html_top", "")
        bottom_html = unwrapped.get("html_bottom", "")
        if bottom_html:
            top_html = f"{top_html}<br><br>{bottom_html}" if top_html else bottom_html
        headers = "\n".join(
            f"{name.title()}: {unwrapped[name]}"
            for name in ("from", "date", "to", "cc", "subject")
            if unwrapped.get(name)
        )
        wrapped = html_to_text(unwrapped.get("html", ""))
        tail = "\n\n".join(part for part in (headers, wrapped) if part)
    # Our own pass catches what quotequail misses: blockquotes and Gmail/Yahoo/Thunderbird/
    # Outlook containers become quoted, the rest goes through the plain-text rules.
    text, cut_quoted = html_to_text_split(top_html) if top_html else ("", "")
    new, quoted = _split_lines(_normalise(text).split("\n"))
    return _finish(new, quoted, "\n\n".join(part for part in (cut_quoted, tail) if part))


def _unwrap_html(html: str) -> dict[str, str] | None:
    try:
        result = quotequail.unwrap_html(html)
    except Exception:  # lxml refuses some documents (empty, undeclared encodings)
        return None
    if not result:
        return None
    if result.get("type") == "forward":
        # quotequail also calls any two "Name: value" lines a forwarded header ("Date: ...",
        # "Subject: ..." in a payment advice). Trust it only for a real header: From + 2 more.
        found = [name for name in ("from", "to", "date", "subject", "cc") if result.get(name)]
        if "from" not in found or len(found) < 3:
            return None
    return dict(result)
