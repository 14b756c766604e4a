"""Small text helpers: unsafe characters, slugs, first sentences, shortening, emoji
shortcodes (simple LaTeX to Unicode: :mod:`feeds.latex_text`)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from .lazy_pattern import beyond, lazy

# Characters no output may carry: C0/C1 controls but tab and newline, bidi embeddings,
# overrides and isolates (they reorder what a reader shows: "evil\u202etxt.exe"), the
# non-characters U+FFFE/U+FFFF, and lone surrogates (invalid in UTF-8 and in XML).
_UNSAFE_CHARS = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufffe\uffff\ud800-\udfff]"
)


def clean_text(text: str) -> str:
    """``text`` fit for every output: CR and CRLF become LF; the characters above go."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _UNSAFE_CHARS.sub("", text)


def without_accents(text: str) -> str:
    """``Notícias`` → ``Noticias``: compatibility forms decomposed, combining marks dropped."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def slugify(text: str) -> str:
    """``Paper release`` → ``paper-release``; non-ASCII letters are kept."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = re.sub(r"[^\w]+", "-", text, flags=re.UNICODE).strip("-_")
    return text or "news"


def squash(text: str) -> str:
    """Collapse runs of white space."""
    return " ".join(text.split())


_ABBREV = re.compile(
    r"(?:\b[A-Z]|\b[A-Za-z]{1,2}\.[A-Za-z]{1,4}|"  # U., M.Sc., B.Eng., Ph.D.
    r"(?i:\be\.g|\bi\.e|\bvs|\bet al|\bDr|\bProf|\bMr|\bMs|\bMrs|\bSt|\bNo|\bInc|"
    r"\bJr|\bSr|\bDept|\bUniv|\bapprox|\betc|\bFig|\bEq|\bVol|\bpp|\bU\.S|\bPh\.D))\.$"
)


def first_sentence(text: str) -> str:
    """The text up to the end of its first sentence (abbreviations such as ``U.`` kept,
    and a quoted title's own ``?`` or ``.``). A sentence too short to stand alone
    ("Hooray!!", a one-word "Presentation.") runs on into the next. Linear in the text's
    length: words and quotation marks are counted piece by piece."""
    words, done = 0, 0
    marks = dict.fromkeys(_MARKS, 0)
    quotes = _MARK.search(text) is not None  # (without one, no quotation is open)
    for match in _STOP.finditer(text):
        piece, done = text[done : match.end()], match.end()
        words += len((_WORD if beyond(piece, "\u3040") else _PLAIN_WORD).findall(piece))
        if quotes:
            for mark in marks:
                marks[mark] += piece.count(mark)
        abbreviation = match.group() == "." and (
            _ABBREV.search(text, max(0, done - 12), done) or _ordinal(text, done)
        )
        if abbreviation or (quotes and _quoting(marks)) or words < _STANDS_ALONE:
            continue
        return text[:done].strip()
    return text.strip()


def _ordinal(text: str, done: int) -> bool:
    """Whether the ``.`` ending ``text[:done]`` writes a German ordinal number, no sentence's
    end: after an article or preposition (``am 15.``, ``der 114. Tagung``), or a day's
    number before its month or the next day (``15. Juli``, ``18. und 19. November``)."""
    if _ORDINAL_AFTER.search(text, max(0, done - 12), done):
        return True
    return bool(_DAY_DOT.search(text, max(0, done - 4), done) and _DAY_NEXT.match(text, done))


# "am 15.", "der 114.": an article or preposition before the number
_ORDINAL_AFTER = re.compile(
    r"\b(?:am|der|die|das|den|dem|des|zum|zur|vom|im|beim|bis|ab|seit)\s+\d{1,3}\.$"
)
_DAY_DOT = re.compile(r"(?<![\d.])\d{1,2}\.$")
_DAY_NEXT = re.compile(  # the month (German names) or a second day after "15."
    r"\s+(?:Jan|Feb|Mär|Apr|Mai|Jun|Jul|Aug|Sep|Okt|Nov|Dez|und\s+\d|bis\s+\d|[–-]\s*\d)"
)


def _quoting(marks: dict[str, int]) -> bool:
    """Whether the quotation marks counted in ``marks`` leave a quotation open."""
    return any(marks[a] % 2 if a == b else marks[a] > marks[b] for a, b in _QUOTES)


_STANDS_ALONE = 3  # words
# A word: a run of letters, or two characters of a script written without spaces (a
# Chinese or Japanese sentence of ten characters is no one-word "Hooray!").
_WORD = lazy(r"[\u3040-\u30ff\u3400-\u9fff]{1,2}|[^\W\u3040-\u30ff\u3400-\u9fff]+")
_PLAIN_WORD = re.compile(r"\w+")  # the same words in a text without those scripts


_QUOTES = (('"', '"'), ("“", "”"), ("«", "»"), ("「", "」"))
_MARKS = "".join(dict.fromkeys("".join(a + b for a, b in _QUOTES)))  # each mark once
_MARK = re.compile(f"[{re.escape(_MARKS)}]")
_STOP = re.compile(r"[.!?](?=\s+[^\s])")  # where a sentence may end


def open_quote(text: str) -> int | None:
    """Where the quotation still open at the end of ``text`` begins, or ``None``."""
    found: int | None = None
    for opening, closing in _QUOTES:
        if opening == closing:
            if text.count(opening) % 2:
                at = text.rindex(opening)
                found = at if found is None else min(found, at)
        elif text.count(opening) > text.count(closing):
            at = text.rindex(opening)
            found = at if found is None else min(found, at)
    return found


def shorten(text: str, limit: int = 120, whole: Iterable[str] = ()) -> str:
    """At most ``limit`` characters, cut at a word boundary with an ellipsis, never in a
    quotation: before it, or after it when it opens early and closes soon after ``limit``;
    one of the ``whole`` phrases (a paper's name) that opens early and closes soon after
    ``limit`` is kept whole too."""
    text = squash(text)
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rindex(" ")]
    if cut.count("(") > cut.count(")") and cut.rindex("(") > limit // 2:
        cut = cut[: cut.rindex("(")]  # not in the middle of a parenthesis
    span, quoted = None, (quote := open_quote(cut)) is not None
    if quote is not None:
        span = (quote, _quotation_end(text, quote))
    else:
        span = _phrase_around(text, len(cut), whole)
    if span is not None:
        start, end = span
        if start < limit // 3 and end is not None and end <= limit * 3 // 2:
            cut = text[:end]  # 'Our paper "A Long Title…" has been accepted' keeps the title
            if not text[end:].strip(" .!,;:"):
                return text
        elif quoted:  # a name (a link's text) that does not fit is cut as any text
            cut = cut[:start]
    return _DANGLING.sub("", cut).rstrip(" ,;:-–—") + "…"


def _phrase_around(text: str, at: int, phrases: Iterable[str]) -> tuple[int, int] | None:
    """The span of the first of ``phrases`` in ``text`` that ``at`` falls inside."""
    for phrase in phrases:
        start = text.find(phrase)
        if start >= 0 and start < at < start + len(phrase):
            return start, start + len(phrase)
    return None


# Words that lead into what was cut off: "… on…", "… at the…".
_DANGLING = re.compile(
    r"(?:\s+(?:on|about|titled|entitled|called|named|of|at|in|for|to|with|and|or|by|from|the"
    r"|an?))+\s*$",
    re.IGNORECASE,
)


def _quotation_end(text: str, at: int) -> int | None:
    """The end of the quotation that opens at ``text[at]``."""
    closing = dict(_QUOTES).get(text[at], text[at])
    end = text.find(closing, at + 1)
    return None if end < 0 else end + 1


# A run of shortcodes, ``:loud_sound:`` or ``:loud_sound::scroll:``, not inside a word or a
# time ("10:30:00").
_SHORTCODES = re.compile(r"(?<![\w:])(?::[a-z0-9_+-]+:)+(?![\w:])")
_SHORTCODE = re.compile(r":([a-z0-9_+-]+):")
EMOJI = {  # jemoji shortcodes common in al-folio pages (the rest come from `emoji`)
    "sparkles": "✨", "tada": "🎉", "confetti_ball": "🎊", "partying_face": "🥳",
    "trophy": "🏆", "medal_sports": "🏅", "rocket": "🚀", "star": "⭐", "fire": "🔥",
    "mega": "📣", "loudspeaker": "📢", "books": "📚", "page_facing_up": "📄", "memo": "📝",
    "newspaper": "📰", "microphone": "🎤", "mortar_board": "🎓", "school": "🏫",
    "computer": "💻", "bulb": "💡", "smile": "😄", "smiley": "😃", "blush": "😊",
    "heart": "❤️", "+1": "👍", "thumbsup": "👍", "clap": "👏", "wave": "👋",
    "airplane": "✈️", "earth_americas": "🌎", "calendar": "📆", "link": "🔗",
}  # fmt: skip


def _emoji_named(name: str) -> str | None:
    """The emoji GitHub (jemoji, gemoji) calls ``name``, or ``None``. The ``emoji`` library
    (imported only when a page uses a name outside :data:`EMOJI`) knows GitHub's aliases."""
    if name in EMOJI:
        return EMOJI[name]
    import emoji  # ~50 ms to load its tables: only for pages that need them

    found = emoji.emojize(f":{name}:", language="alias")
    return None if found == f":{name}:" else found


def emojize(text: str, unknown: str | None = None) -> str:
    """jemoji shortcodes as emoji: ``:trophy:`` → 🏆. A name no emoji has is left as written,
    or replaced by ``unknown`` (``""`` for a title: never "Loud_sound: …")."""

    def one(match: re.Match[str]) -> str:
        found = _emoji_named(match.group(1))
        if found is not None:
            return found
        return match.group(0) if unknown is None else unknown

    if ":" not in text:
        return text
    return _SHORTCODES.sub(lambda run: _SHORTCODE.sub(one, run.group(0)), text)
