"""Saved web pages (.html, .htm): the main text of a job-ad page, without the page around it.

Only the standard library's `html.parser`. The page is parsed into a light element tree (with the implied
end tags browsers add for <p>, <li>, table cells and <head>), then:

- the content root is the page's <main> (or role="main") element, else its <article> (one that holds the
  <h1> or 30 % of the page's text, not a card of another job); the one with the most text if there are
  several; else the whole page;
- dropped everywhere: scripts, styles, forms' controls, embedded media, hidden elements (`hidden`,
  `display: none`, `visibility: hidden`, screen-reader-only classes), <nav>, <aside>, <footer>, <dialog>
  and elements with a navigation/banner/footer/sidebar/search/dialog role;
- dropped unless they wrap the content (they contain the <h1> or the content root, or 80 % of the page's
  text): elements whose id, class or aria-label names a cookie/consent/GDPR banner, navigation, menu,
  breadcrumb, sidebar, share or social links, a newsletter, a modal or a skip link; `aria-hidden` elements;
  <form>s;
- the site header (<header>, role="banner", a "header" id or class) is dropped outside the content root, but
  an article's own header (which holds the job title) is kept; headings (h1-h6) are never dropped by name.

Block elements become lines, <li> items "• " lines, table cells are joined with " | ", h1-h6 are marked as
headings. The encoding comes from a BOM, else <meta charset> (or an XML declaration), else UTF-8, with
Windows-1252 as the fallback for bytes that are not UTF-8.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable
from html.parser import HTMLParser
from pathlib import Path

from skillgap.documents.model import Document, RawLine
from skillgap.documents.text import _BINARY_SIGNATURES, _BOMS
from skillgap.errors import CorruptFileError, EmptyDocumentError, WrongContentError


def _names(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Elements whose content is never text of the page (or is never shown as such).
_INERT_TAGS = _names(
    "script style noscript template svg math iframe frame frameset object embed applet canvas video audio "
    "map button select option optgroup datalist textarea head title dialog"
)
# Page furniture by element name: dropped wherever it is.
_FURNITURE_TAGS = frozenset({"nav", "aside", "footer", "menu"})
_FURNITURE_ROLES = frozenset(
    {"navigation", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu", "menubar"}
)
_VOID_TAGS = _names("area base basefont bgsound br col embed hr img input keygen link meta param source track wbr")
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_BLOCK_TAGS = _names(
    "address article aside blockquote body caption center dd details dir div dl dt fieldset figcaption "
    "figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li listing main menu nav ol p "
    "plaintext pre section summary table tbody tfoot thead tr ul xmp"
)
# A start tag of one of these closes an open <p> (what browsers do).
_CLOSES_P = _BLOCK_TAGS - {"body", "html", "caption", "tbody", "tfoot", "thead", "tr", "li", "dd", "dt"}
_HEAD_TAGS = frozenset({"meta", "link", "title", "style", "script", "base", "noscript", "template"})
# For tags that end the previous sibling implicitly: the tags that bound the search for it.
_IMPLIED_END = {
    "li": ({"li"}, {"ul", "ol", "menu", "dir"}),
    "dt": ({"dt", "dd"}, {"dl"}),
    "dd": ({"dt", "dd"}, {"dl"}),
    "tr": ({"tr"}, {"table", "tbody", "thead", "tfoot"}),
    "td": ({"td", "th"}, {"tr", "table"}),
    "th": ({"td", "th"}, {"tr", "table"}),
    "tbody": ({"tbody", "thead", "tfoot"}, {"table"}),
    "thead": ({"tbody", "thead", "tfoot"}, {"table"}),
    "tfoot": ({"tbody", "thead", "tfoot"}, {"table"}),
}
# Words in an id, class or aria-label that name page furniture. Cookie banners are matched inside words too
# ("CybotCookiebotDialog", "onetrust-consent-sdk").
_BANNER_WORDS = ("cookie", "consent", "gdpr")
_FURNITURE_WORDS = _names(
    "nav navbar navigation menu menubar breadcrumb breadcrumbs sidebar share sharing social socials "
    "newsletter modal popup skip skiplink skipnav"
)
# "header"/"footer" in a name mean the site's header or footer when they come first ("header-inner") or
# after one of these ("site-header"); "card-header" or "job-header" are part of the content.
_SITE_PREFIXES = frozenset({"site", "page", "global", "main", "top", "bottom", "primary", "app", "layout", "c", "l"})
_HIDDEN_CLASSES = frozenset({"sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text"})
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden")
_WORD_SPLIT = re.compile(r"[^a-z0-9]+")
_CAMEL = re.compile(r"([a-z0-9])([A-Z])")
# Share of the page's text above which an element is taken to wrap the content rather than sit beside it.
_WRAPPER_SHARE = 0.8
# Share of the page's text an <article> without the page's <h1> must hold to be taken as the content.
_ARTICLE_SHARE = 0.3

_META_CHARSET = re.compile(rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:\-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml\b[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:\-]+)""", re.IGNORECASE)
# Declared encodings a web page means as another one (the WHATWG encoding standard's labels); a declared
# UTF-16/32 without a BOM means UTF-8 there too.
_ENCODING_ALIASES = {"iso8859-1": "cp1252", "ascii": "cp1252"}
_NOT_PAGE_ENCODINGS = frozenset({"idna", "punycode", "raw-unicode-escape", "unicode-escape", "undefined", "utf-7"})
_MAX_CONTROL_SHARE = 0.02

_WHITESPACE = re.compile(r"\s+")
_INVISIBLE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\u00ad\u200b-\u200d\u2060\ufeff]")
_BULLETS = ("•", "◦", "▪", "‣", "·", "- ", "– ", "* ")
_BREAK = object()  # <br>, <hr>
# A markup declaration (with a DTD's internal subset in brackets) or marked section: "<!DOCTYPE x [...]>",
# "<![if !IE]>", "<![CDATA[...]]>".
_DECLARATION = re.compile(r"<!(?!--)(?:[^<>\[]*\[[^<\]]*\]\]?)?[^<>]*>?")  # stops at "<": linear time


def read_html(path: Path, display_path: str) -> Document:
    text = decode_html(path.read_bytes(), display_path)
    try:
        lines = html_lines(text)
    except AssertionError:  # html.parser's answer to a few malformed declarations ("<![ ...")
        raise CorruptFileError(
            "this web page's markup is too damaged to read; open it in a browser and save it again, or copy its "
            "text into a .txt file",
            display_path,
        ) from None
    if not lines:
        raise EmptyDocumentError(
            "this web page has no readable main text (pages that need JavaScript to show it are saved empty); "
            "save the page after it has loaded, or copy its text into a .txt file",
            display_path,
        )
    return Document.from_lines(display_path, "html", lines)


def decode_html(data: bytes, display_path: str) -> str:
    """Text of a web page: by its BOM, else its declared charset, else UTF-8, else Windows-1252."""
    for signature, what in _BINARY_SIGNATURES:
        if data.startswith(signature):
            raise WrongContentError(f"this is not a web page, it looks like {what}", display_path)
    text = _decode(data)
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\t\n\r\f\v")
    if text and controls / len(text) > _MAX_CONTROL_SHARE:
        raise WrongContentError("this does not look like a web page (it contains binary data)", display_path)
    return text


def _decode(data: bytes) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    declared = _declared_encoding(data[:4096])
    if declared is not None:
        try:
            return data.decode(declared)
        except (UnicodeError, LookupError):
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Mostly UTF-8 with a few bad bytes (a cut character) stays UTF-8; otherwise it is Windows-1252.
    lenient = data.decode("utf-8", errors="replace")
    replaced = lenient.count("\ufffd")
    if replaced < sum(1 for c in lenient if ord(c) > 0x7F) - replaced:
        return lenient
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return lenient


def _declared_encoding(head: bytes) -> str | None:
    match = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    if match is None:
        return None
    try:
        name = codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeError, ValueError):
        return None
    if name in _NOT_PAGE_ENCODINGS or name.startswith(("utf-16", "utf-32")):
        return None
    return _ENCODING_ALIASES.get(name, name)


class _Element:
    __slots__ = ("children", "drop", "has_h1", "has_root", "inert", "parent", "rank", "tag", "text_len")

    def __init__(self, tag: str, parent: _Element | None, drop: str = "", rank: int = 0, inert: bool = False):
        self.tag = tag
        self.parent = parent
        self.children: list[object] = []
        self.drop = drop  # "", "always", "header", "unless-wrapper", "cookie"
        self.rank = rank  # 2: <main> or role="main", 1: <article>, 0: anything else
        self.inert = inert  # never shown: no text is kept inside
        self.text_len = 0
        self.has_h1 = tag == "h1"
        self.has_root = False  # a <main>/<article> inside


def _classify(tag: str, attributes: dict[str, str]) -> tuple[str, int, bool]:
    """(drop rule, content-root rank, hidden) of an element."""
    classes = attributes.get("class", "")
    style = attributes.get("style", "").lower()
    hidden = tag not in ("html", "body") and (  # a page hidden until its scripts run shows in a browser
        attributes.get("hidden", "until-found").lower() != "until-found"  # "until-found": find-in-page shows it
        or attributes.get("type", "").lower() == "hidden"
        or bool(_HIDDEN_STYLE.search(style))
        or any(name.lower() in _HIDDEN_CLASSES for name in classes.split())
    )
    roles = set(attributes.get("role", "").lower().split())
    rank = 2 if tag == "main" or "main" in roles else (1 if tag == "article" else 0)
    if tag in _FURNITURE_TAGS or roles & _FURNITURE_ROLES:
        return "always", rank, hidden
    if tag == "header" or "banner" in roles:
        return "header", rank, hidden
    if tag in _HEADINGS or tag in ("html", "body", "main", "article") or rank:
        return "", rank, hidden
    names = " ".join(attributes.get(key, "") for key in ("id", "class", "aria-label"))
    lowered = names.lower()
    if any(word in lowered for word in _BANNER_WORDS):
        return "cookie", rank, hidden
    words = [word for word in _WORD_SPLIT.split(_CAMEL.sub(r"\1 \2", names).lower()) if word]
    if any(word in _FURNITURE_WORDS for word in words):
        return "unless-wrapper", rank, hidden
    for index, word in enumerate(words):
        if word in ("header", "footer", "masthead") and (index == 0 or words[index - 1] in _SITE_PREFIXES):
            return ("unless-wrapper" if word == "footer" else "header"), rank, hidden
    if attributes.get("aria-hidden", "").lower() == "true" or tag == "form":
        return "unless-wrapper", rank, hidden
    return "", rank, hidden


class _TreeBuilder(HTMLParser):
    """Builds the element tree, closing elements the way browsers imply it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.document = _Element("#document", None)
        self.stack: list[_Element] = [self.document]
        self.open_counts: dict[str, int] = {}
        self.candidates: list[_Element] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.open_counts.get("head") and tag not in _HEAD_TAGS:
            self._close("head")
        if tag in _IMPLIED_END:
            ends, bounds = _IMPLIED_END[tag]
            self._close_implied(ends, bounds)
        if tag in _CLOSES_P and self.stack[-1].tag == "p":
            self._pop()
        top = self.stack[-1]
        if tag in _VOID_TAGS:
            if tag in ("br", "hr") and not top.inert:
                top.children.append(_BREAK)
            return
        attributes = {name.lower(): value or "" for name, value in attrs}
        drop, rank, hidden = _classify(tag, attributes)
        inert = top.inert or hidden or tag in _INERT_TAGS
        element = _Element(tag, top, drop, rank, inert)
        top.children.append(element)
        self.stack.append(element)
        self.open_counts[tag] = self.open_counts.get(tag, 0) + 1
        if rank and not inert:
            self.candidates.append(element)

    def handle_endtag(self, tag: str) -> None:
        if tag == "br":  # browsers read </br> as <br>
            if not self.stack[-1].inert:
                self.stack[-1].children.append(_BREAK)
            return
        if self.open_counts.get(tag):
            self._close(tag)

    def handle_data(self, data: str) -> None:
        if self.stack[-1].tag == "head" and data.strip():  # text ends the <head>, as in browsers
            self._close("head")
        top = self.stack[-1]
        if not top.inert:
            top.children.append(data)
            top.text_len += len(data.strip())

    def close(self) -> None:
        super().close()
        while len(self.stack) > 1:
            self._pop()

    def _close(self, tag: str) -> None:
        while len(self.stack) > 1:
            if self._pop().tag == tag:
                return

    def _close_implied(self, ends: set[str], bounds: set[str]) -> None:
        for index in range(len(self.stack) - 1, 0, -1):
            tag = self.stack[index].tag
            if tag in bounds:
                return
            if tag in ends:
                while len(self.stack) > index:
                    self._pop()
                return

    def _pop(self) -> _Element:
        element = self.stack.pop()
        self.open_counts[element.tag] -= 1
        parent = element.parent or self.document  # (the document itself is never popped)
        parent.text_len += element.text_len
        parent.has_h1 = parent.has_h1 or element.has_h1
        parent.has_root = parent.has_root or element.has_root or element.rank > 0
        return element


def html_lines(text: str) -> list[RawLine]:
    """The main text of a page as lines. Raises AssertionError on markup html.parser cannot take."""
    try:
        builder = _parse(text)
    except AssertionError:
        # Declarations html.parser rejects ("<![if !IE]>", broken doctypes): drop them and try once more.
        builder = _parse(_DECLARATION.sub("", text))
    document = builder.document
    root = _content_root(builder.candidates, document.text_len)
    if root is not None:
        lines = _walk(root, root.text_len, in_content=True)
        if lines:
            return lines
    return _walk(document, document.text_len, in_content=False)


def _parse(text: str) -> _TreeBuilder:
    builder = _TreeBuilder()
    builder.feed(text)
    builder.close()
    return builder


def _content_root(candidates: Iterable[_Element], page_len: int) -> _Element | None:
    """The page's <main> (else <article>) that is not inside page furniture, the one with the most text.

    An <article> must hold the page's <h1> or a good part of its text: pages also use <article> for the cards
    of other jobs, next to an ad that is not an <article> itself.
    """
    usable = [
        c
        for c in candidates
        if c.text_len
        and (c.rank == 2 or c.has_h1 or c.text_len >= _ARTICLE_SHARE * page_len)
        and not _inside_furniture(c)
    ]
    if not usable:
        return None
    return max(usable, key=lambda c: (c.rank, c.text_len))


def _inside_furniture(element: _Element) -> bool:
    node = element.parent
    while node is not None:
        if node.drop == "always":
            return True
        node = node.parent
    return False


def _dropped(element: _Element, page_len: int, in_content: bool) -> bool:
    rule = element.drop
    if element.inert or rule == "always":
        return True
    if not rule:
        return False
    wraps = element.has_h1 or element.has_root
    if rule == "header":  # the site's header; an article's header, or one with the job title, is content
        return not (in_content or wraps)
    if rule == "cookie":
        return not wraps
    return not (wraps or element.text_len >= _WRAPPER_SHARE * page_len)  # "unless-wrapper"


def _walk(root: _Element, page_len: int, *, in_content: bool) -> list[RawLine]:
    out = _LineBuilder()
    stack: list[tuple[object, bool]] = [(child, in_content) for child in reversed(root.children)]
    while stack:
        node, inside = stack.pop()
        if isinstance(node, str):
            out.data(node)
        elif node is _BREAK:
            out.flush()
        elif isinstance(node, tuple):  # the end of an element
            out.end(node[0])
        elif isinstance(node, _Element) and not _dropped(node, page_len, inside):
            out.start(node.tag)
            stack.append(((node.tag,), inside))
            inner = inside or node.rank > 0
            stack.extend((child, inner) for child in reversed(node.children))
    out.flush()
    return out.lines


class _LineBuilder:
    def __init__(self) -> None:
        self.lines: list[RawLine] = []
        self.parts: list[str] = []
        self.has_text = False
        self.cell = False  # a table cell started after text on this line: " | " before its text
        self.bullet = False
        self.headings = 0
        self.pre = 0

    def start(self, tag: str) -> None:
        if tag in _BLOCK_TAGS:
            self.flush()
        if tag == "li":
            self.bullet = True
        elif tag in _HEADINGS:
            self.headings += 1
        elif tag == "pre":
            self.pre += 1
        elif tag in ("td", "th"):
            self.cell = self.has_text

    def end(self, tag: str) -> None:
        if tag in _BLOCK_TAGS:
            self.flush()
        if tag == "li":
            self.bullet = False
        elif tag in _HEADINGS:
            self.headings -= 1
        elif tag == "pre":
            self.pre -= 1

    def data(self, text: str) -> None:
        if self.pre:
            first, *rest = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
            self._add(first)
            for part in rest:
                self.flush()
                self._add(part)
        else:
            self._add(text)

    def _add(self, text: str) -> None:
        if self.cell and text.strip():
            self.parts.append(" | ")
            self.cell = False
        self.parts.append(text)
        self.has_text = self.has_text or bool(text.strip())

    def flush(self) -> None:
        text = _WHITESPACE.sub(" ", _INVISIBLE.sub("", "".join(self.parts))).strip()
        self.parts.clear()
        self.has_text = self.cell = False
        if not text:
            return
        heading = self.headings > 0
        if self.bullet and not heading and not text.startswith(_BULLETS):
            text = f"• {text}"
        self.bullet = False
        self.lines.append(RawLine(text, heading_style=heading))
