"""Sentence boundaries for CV and ad text, where lines and bullets matter as much as full stops."""

from __future__ import annotations

import bisect
from itertools import compress

import numpy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from skillgap.documents.sections import BULLET_MARKS
from skillgap.nlp.doc_data import doc_text, starts_inside_a_line, token_strings

_BULLETS = frozenset(BULLET_MARKS)
_TERMINAL = frozenset(".!?;")


@Language.factory("skillgap_sentencizer", assigns=["token.is_sent_start"])
def make_sentencizer(nlp: Language, name: str) -> LineSentencizer:
    return LineSentencizer()


class LineSentencizer:
    """Sentence boundaries for CV and ad text, where lines and bullets matter as much as full stops.

    A new sentence starts after `.`, `!`, `?`, `;` when the next word is capitalised or a bullet
    ("Python is essential; Kubernetes would be a plus" holds two requirements); at a bullet
    that opens a line; at a line that follows a blank line, a heading-like line (no final punctuation and
    capitalised continuation) or a line ending in `:`. A line that starts in lower case continues the
    sentence of the line before (a wrapped paragraph). A heading inside a line (a section of the Document that
    starts mid-line: "... strong SQL Job benefits: ...") starts a sentence.
    """

    def __call__(self, doc: Doc) -> Doc:
        # Decided on plain strings and written with one `from_array`: touching every Token object is what makes
        # Python loops slow here.
        texts, spaces = token_strings(doc)
        if not texts:
            return doc
        # Every token decided: 1 starts a sentence, -1 does not (as uint64, the type `from_array` takes).
        flags = numpy.full(len(texts), -1, dtype="int64")
        flags[self.sentence_starts(texts, spaces)] = 1
        flags[_inline_heading_starts(doc)] = 1
        doc.from_array([SENT_START], flags.astype("uint64").reshape(-1, 1))
        return doc

    @staticmethod
    def sentence_starts(texts: list[str], whitespace: list[str]) -> list[int]:
        """The tokens that start a sentence; `texts`, `whitespace`: the Doc's token texts and what follows each."""
        if not texts:
            return []
        # Only a word after a line break or a terminal mark, or a bullet, can start one: those few tokens are found
        # with C-level scans, and only they are decided in Python. (A token's whitespace is a space at most: the
        # tokenizer makes every other run of whitespace, line breaks included, a token of its own.)
        positions = range(len(texts))
        spaces = list(compress(positions, map(str.isspace, texts)))
        marks = list(compress(positions, map(_MARKS.__contains__, texts)))
        candidates = {i + 1 for i in spaces if "\n" in texts[i]}
        candidates.update(i + 1 if texts[i] in _TERMINAL else i for i in marks)  # after a mark, or a bullet itself
        candidates.discard(0)
        candidates.discard(len(texts))
        space_set = set(spaces)
        starts = [0]
        for i in sorted(candidates):
            if i in space_set:
                continue
            last_word = i - 1  # the last word before it: the token before, past any whitespace tokens
            while last_word >= 0 and last_word in space_set:
                last_word -= 1
            previous_word = texts[last_word] if last_word >= 0 else None
            abbreviated = texts[i - 1] == "." and i >= 2 and texts[i - 2].lower() in _ABBREVIATIONS
            if not abbreviated and _starts_sentence(texts[i], texts[i - 1], previous_word, glued=not whitespace[i - 1]):
                starts.append(i)
        return starts


def _inline_heading_starts(doc: Doc) -> list[int]:
    """Tokens that open a heading inside a line (a section range of the Document that starts mid-line): the text
    after "... strong SQL Job benefits:" is no longer the sentence of the requirements before it."""
    ranges = doc._.line_sections
    if not ranges:
        return []
    text = doc_text(doc)
    starts = [start for start, _, _ in ranges if starts_inside_a_line(text, start)]
    if not starts:
        return []
    token_starts = doc.to_array(IDX).tolist()
    return [
        index for index in (bisect.bisect_left(token_starts, start) for start in starts) if index < len(token_starts)
    ]


def _starts_sentence(text: str, previous: str, last_word: str | None, glued: bool) -> bool:
    """Whether token `text` starts a sentence after token `previous` (`glued`: with no whitespace between) and the
    last word before it, `last_word`."""
    previous_is_space = previous.isspace()
    if previous_is_space and "\n" in previous:  # the token opens a line
        if text in _BULLETS or text.isdigit():
            return True
        if previous_is_space and previous.count("\n") >= 2:  # after a blank line
            return True
        if last_word is None or last_word in _TERMINAL or last_word == ":":
            return True
        # A wrapped line continues in lower case; a capitalised line after an unpunctuated one is new.
        return not text[:1].islower()
    if previous in _TERMINAL:
        if glued and not text[1:2].islower():
            return False  # a mark inside one written word: "Vue.JS", "ASP.NET" (not a space lost in "2019.Then")
        return text[:1].isupper() or text in _BULLETS
    return text in _INLINE_BULLETS and not _is_punct(previous)


_INLINE_BULLETS = frozenset("•·▪●►▸‣")
# Abbreviations written with a stop that CVs and ads use inside a sentence, never to end one (spaCy's tokenizer
# keeps the stop apart): "Full licence, cat. B since 2014", "approx. 40 staff".
_ABBREVIATIONS = frozenset({"cat", "approx", "incl", "dept", "tel", "mob", "cert", "quals", "exp", "dip"})
_MARKS = _TERMINAL | _INLINE_BULLETS  # the tokens that may start a sentence or the word after them


def _is_punct(text: str) -> bool:
    return bool(text) and all(not ch.isalnum() for ch in text)
