"""Readable plain text from HTML mail bodies, optionally marking quoted containers for quotes.py.

Built on the standard library's ``html.parser`` rather than html2text. html2text writes
Markdown: measured on the 20 HTML fixtures of the shared corpus it escapes "-------- Forwarded
Message --------" to "\\-------- ...", turns "1. Invoice" into "1\\. Invoice" and "- 250.00"
into "\\- 250.00", renders header tables with "| ---|---" rows and <hr> as "* * *", and ends
<br> lines with Markdown hard-break spaces. Those artefacts break the forward/header patterns
quotes.py looks for and put backslashes into invoice numbers and amounts. A small tag-stack
converter gives exactly what the agent needs: text, line breaks, "> " quoting, nothing else.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

__all__ = ["html_to_text"]

# Content that is never shown to the reader.
_SKIP_TAGS = frozenset({"script", "style", "head", "title", "template", "xml", "svg", "object"})
# Elements that start and end a line of text.
_BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "caption", "center", "dd", "details", "dialog",
    "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
    "h4", "h5", "h6", "header", "hr", "legend", "li", "main", "menu", "nav", "ol", "p", "pre",
    "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul",
})
# Paragraph-like elements get a blank line around them (unless styled as a plain line).
_PARAGRAPH_TAGS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "pre"})
_VOID_TAGS = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
    "source", "track", "wbr", "basefont", "frame", "keygen", "isindex",
})
_VALID_TAG = re.compile(r"[a-z][a-z0-9]*(?:[:_-][a-z0-9]+)*\Z")
_WS = re.compile(r"[ \t\n\r\f\v]+")
# Invisible characters that only get in the way of pattern matching (BOM, ZWSP, LRM/RLM).
_INVISIBLE = re.compile("[\ufeff\u200b\u200e\u200f\u2060\u00ad]")
# Outlook's zero-margin paragraphs are lines, not paragraphs.
_LINE_PARAGRAPH = re.compile(r"MsoNormal|MsoPlainText|margin(?:-bottom)?\s*:\s*0(?:[a-z]{2})?\s*(?:;|$)", re.I)

# Quote containers, used only by split_reply's quote-aware conversion (see quotes.py).
# "region": the element's own content is quoted history (rendered as "> " lines).
# "cut": this element starts the quoted history; it and everything after it is quoted.
_OUTLOOK_BORDER = re.compile(
    r"border-top\s*:\s*solid\s+#(?:B5C4DF|E1E1E1)\s+1(?:\.0)?pt", re.I
)


def _container_kind(tag: str, attrs: dict[str, str]) -> str | None:
    ident = attrs.get("id", "")
    cls = attrs.get("class", "")
    if ident in ("divRplyFwdMsg", "appendonsend") or ident.startswith("x_divRplyFwdMsg"):
        return "cut"  # Outlook (web/new) reply header; the quoted body follows as siblings
    if tag == "hr" and ident == "stopSpelling":
        return "cut"  # Hotmail/Outlook.com
    if tag == "div" and _OUTLOOK_BORDER.search(attrs.get("style", "")):
        return "cut"  # desktop Outlook: header box drawn with a top border, body follows
    if ident == "OLK_SRC_BODY_SECTION":
        return "region"  # Outlook for Mac wraps the whole quoted message
    classes = cls.split()
    if any("yahoo_quoted" in c for c in classes):
        return "region"
    if "moz-cite-prefix" in classes or "moz-forward-container" in classes:
        return "region"  # Thunderbird attribution line / forwarded message
    if tag == "div" and ("gmail_quote" in classes or "gmail_quote_container" in classes):
        return "gmail"  # quoted until its first blockquote ends (inline replies may follow)
    return None


class _Frame:
    __slots__ = ("tag", "quote", "skip", "pre", "ordered", "counter", "gmail_open", "blank")

    def __init__(self, tag: str) -> None:
        self.tag = tag
        self.quote = False  # this element adds one "> " level
        self.skip = False
        self.pre = False
        self.ordered = False
        self.counter = 0
        self.gmail_open = False  # a Gmail quote container still quoting its attribution
        self.blank = False  # a paragraph: blank line before and after


class _Converter(HTMLParser):
    def __init__(self, quote_aware: bool) -> None:
        super().__init__(convert_charrefs=True)
        self.quote_aware = quote_aware
        self.stack: list[_Frame] = []
        self.lines: list[tuple[int, str]] = []  # finished lines: (quote depth, text)
        self.cur: list[str] = []
        self.cur_depth = 0
        self.pending_blank = False  # a blank line is owed before the next text
        self.cut_at: int | None = None  # index in self.lines where quoted history starts

    # -- state ---------------------------------------------------------------------------
    def _depth(self) -> int:
        return sum(1 for frame in self.stack if frame.quote or frame.gmail_open)

    def _skipping(self) -> bool:
        return any(frame.skip for frame in self.stack)

    def _in_pre(self) -> bool:
        return any(frame.pre for frame in self.stack)

    # -- output --------------------------------------------------------------------------
    def _flush(self) -> None:
        text = "".join(self.cur)
        self.cur = []
        if text.strip(" "):  # a line of plain spaces is layout, not content; nbsp counts
            self.lines.append((self.cur_depth, text))

    def _break(self, blank: bool = False) -> None:
        if self.cur:
            self._flush()
        if blank and self.lines:
            self.pending_blank = True

    def _emit(self, text: str) -> None:
        if not text:
            return
        if not self.cur:
            depth = self._depth()
            if self.pending_blank and self.lines:
                self.lines.append((min(depth, self.lines[-1][0]), ""))
            self.pending_blank = False
            self.cur_depth = depth
        self.cur.append(text)

    def _br(self) -> None:
        if not self.cur:
            self._emit("\u00a0")  # <br> on an empty line: an empty line of its own
        self._flush()

    # -- parser callbacks ----------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not _VALID_TAG.match(tag):
            # "<jane@example.com>" written unescaped into the HTML: it is text, not a tag.
            self.handle_data(self.get_starttag_text() or "")
            return
        amap = {k.lower(): (v or "") for k, v in attrs}
        if tag == "body":
            for frame in self.stack:  # a <head> that was never closed must not hide the body
                frame.skip = False
        kind = _container_kind(tag, amap) if self.quote_aware else None
        skipping = self._skipping()
        blank = tag in _PARAGRAPH_TAGS and not _LINE_PARAGRAPH.search(
            amap.get("class", "") + ";" + amap.get("style", "")
        )
        if not skipping and (tag in _BLOCK_TAGS or kind is not None):
            self._break(blank=blank)
        if kind == "cut" and self.cut_at is None:
            self.cut_at = len(self.lines)
        if tag == "br":
            if not skipping:
                self._br()
            return
        if tag in _VOID_TAGS:
            return
        frame = _Frame(tag)
        frame.skip = tag in _SKIP_TAGS
        frame.pre = tag in ("pre", "textarea", "plaintext", "listing", "xmp")
        frame.quote = tag == "blockquote" or kind == "region"
        frame.gmail_open = kind == "gmail"
        frame.blank = blank
        frame.ordered = tag == "ol"
        if tag == "blockquote":
            # A Gmail container quotes its attribution line up to its first blockquote; text
            # after that blockquote inside the container is the sender's inline reply.
            for outer in reversed(self.stack):
                if outer.gmail_open:
                    outer.gmail_open = False
                    break
        if tag == "li" and not skipping:
            parent = next((f for f in reversed(self.stack) if f.tag in ("ol", "ul")), None)
            if parent is not None and parent.ordered:
                parent.counter += 1
                self._emit(f"{parent.counter}. ")
            else:
                self._emit("- ")
        if tag in ("td", "th") and self.cur and not self.cur[-1].endswith(" "):
            self._emit(" ")
        self.stack.append(frame)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID_TAGS and _VALID_TAG.match(tag):
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if not any(frame.tag == tag for frame in self.stack):
            if tag in ("p", "br") and not self._skipping():
                self._break()  # "</p>" or "</br>" without an opening tag: browsers break here
            return
        while self.stack:
            frame = self.stack.pop()
            if not self._skipping() and (frame.tag in _BLOCK_TAGS or frame.quote or frame.gmail_open):
                self._break(blank=frame.blank)
            if frame.tag == tag:
                break
        if tag in ("td", "th") and self.cur and not self._skipping():
            self._emit(" ")

    def handle_data(self, data: str) -> None:
        if not data or self._skipping():
            return
        data = _INVISIBLE.sub("", data)
        if self._in_pre():
            for i, part in enumerate(data.split("\n")):
                if i:
                    self._br()
                self._emit(part.replace("\t", "    "))
            return
        text = _WS.sub(" ", data)
        if not self.cur or self.cur[-1].endswith(" "):
            text = text.lstrip(" ")
        self._emit(text)

    def handle_comment(self, data: str) -> None:
        return

    def unknown_decl(self, data: str) -> None:
        return

    # -- result --------------------------------------------------------------------------
    def result(self) -> tuple[str, str]:
        self._break()
        cut = len(self.lines) if self.cut_at is None else self.cut_at
        return _render(self.lines[:cut]), _render(self.lines[cut:])


def _render(lines: list[tuple[int, str]]) -> str:
    out: list[str] = []
    blanks = 0
    for depth, text in lines:
        text = text.replace("\u00a0", " ").rstrip()
        if depth:
            text = ("> " * depth + text).rstrip()
            blanks = 0
        elif not text:
            blanks += 1
            if blanks > 2:
                continue
        else:
            blanks = 0
        out.append(text)
    return "\n".join(out).strip("\n")


def _fallback(html: str) -> str:
    """Last resort when the parser gives up: drop tags, decode entities."""
    import html as htmllib

    text = re.sub(r"(?is)<(script|style|head)\b.*?</\1\s*>", " ", html)
    text = re.sub(r"(?i)<br\s*/?>|</(?:p|div|tr|li|h[1-6])\s*>", "\n", text)
    text = htmllib.unescape(re.sub(r"<[^>]*>", "", text))
    lines = [_WS.sub(" ", line).strip() for line in text.split("\n")]
    return re.sub(r"\n{4,}", "\n\n\n", "\n".join(lines)).strip("\n")


def _convert(html: str | None, quote_aware: bool) -> tuple[str, str]:
    if not html:
        return "", ""
    html = html.replace("\x00", "")
    parser = _Converter(quote_aware)
    try:
        parser.feed(html)
        parser.close()
        return parser.result()
    except Exception:  # html.parser is lenient, but a mail body must never break the agent
        try:
            return parser.result()
        except Exception:
            return _fallback(html), ""


def html_to_text(html: str) -> str:
    """Readable plain text from an HTML mail body: no scripts/styles, links as their text, paragraphs and <br> as newlines, blockquotes kept as '> ' quoted lines, entities decoded, no runs of >2 blank lines."""
    text, _ = _convert(html, quote_aware=False)
    return text


def html_to_text_split(html: str) -> tuple[str, str]:
    """Quote-aware conversion for split_reply: (text, quoted history cut off by a container).

    Gmail, Yahoo, Thunderbird and Outlook-for-Mac quote containers come out as "> " lines like
    blockquotes, so the plain-text splitter sees them as quoted; an Outlook/Hotmail reply
    header box starts the quoted history, and everything from it on is returned separately.
    """
    return _convert(html, quote_aware=True)
