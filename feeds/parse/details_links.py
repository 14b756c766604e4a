"""Link words that send the reader to an item's own page, at the end of its text.

A news entry often ends with a link to the story: ``… [Read more](…)``, ``[View
details](…)``, ``<a href="…">阅读全文 →</a>``, ``[查看详情](…)``, ``詳しくは``, ``more »``.
Those words are the link's, not the news: they are no part of the item's title (its
text and links keep them). Only a link's whole text counts, and only at the end of the
item (after it: punctuation, arrows, emoji, or more such links); "see" or "click here
for" pointing to it goes with it. The words, in our languages, are the table below.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# The whole text of such a link (lower-cased, without the arrows and brackets around it).
DETAILS_WORDS = frozenset({
    # English
    "more", "read more", "more info", "more information", "more details", "details",
    "view details", "see details", "full details", "learn more", "see more", "view more",
    "find out more", "continue reading", "read on", "full story", "read the full story",
    "read full story", "full article", "read the full article", "read the article",
    "read article",
    # Chinese
    "查看详情", "详情", "详细", "详细信息", "详细内容", "更多详情", "阅读全文", "查看全文", "全文",
    "阅读更多", "了解更多", "更多", "查看更多", "点击查看", "点击查看详情", "详见", "阅读原文",
    "查看原文", "原文", "原文链接", "詳情", "閱讀全文", "閱讀更多", "瞭解更多", "查看詳情",
    "微信报道", "相关报道", "媒体报道", "新闻报道", "微信推文", "報導", "相關報導",
    # Japanese
    "詳しくは", "詳しくはこちら", "詳細", "詳細はこちら", "詳細を見る", "続きを読む", "もっと見る",
    "もっと読む", "記事を読む",
    # Korean
    "자세히", "자세히 보기", "자세한 내용", "더 보기", "더보기", "더 읽기",
    # Spanish, French, German, Portuguese, Italian
    "leer más", "más información", "ver más", "seguir leyendo", "ver detalles", "detalles",
    "lire la suite", "en savoir plus", "plus d'infos", "plus d'informations", "voir plus",
    "lire plus", "détails", "suite", "weiterlesen", "mehr", "mehr erfahren", "mehr lesen",
    "mehr infos", "zum artikel", "leia mais", "saiba mais", "ver mais", "continue lendo",
    "mais informações", "detalhes", "leggi di più", "scopri di più", "continua a leggere",
    "leggi tutto", "dettagli",
})  # fmt: skip

_AROUND = " \t\u00a0→⟶➔➜»›>.…·:()[]【】（）「」<«‹!！。"
# After the link's words are gone: what pointed to them ("see", "click here for", "查看").
_POINTING = re.compile(
    r"(?:[\s,;:–—-]*(?:(?:please\s+)?(?:see|click(?:\s+here)?(?:\s+for)?|check(?:\s+out)?"
    r"|view|read|find)|请?(?:点击)?查看|详见))\s*$",
    re.IGNORECASE,
)
# Words that join the link's words to the sentence: they are its own ("and more").
_JOINED = re.compile(
    r"(?:(?<![^\W\d_])(?:and|or|much|many|some|the|a|an|und|oder|et|ou|y|o|e)|[&+和及与或])\s*\Z",
    re.IGNORECASE,
)
_SEPARATORS = " \t\u00a0,;:、，；：|/·–—-([（【"
_TRAILING = re.compile(r"[\W_]+\Z")  # punctuation, arrows, emoji, spaces


def is_details_text(text: str) -> bool:
    """Whether a link's whole ``text`` is words sending the reader to the item's page."""
    return " ".join(text.strip(_AROUND).split()).lower() in DETAILS_WORDS


def without_details_links(body: str, link_texts: Iterable[str]) -> str:
    """``body`` (an item's title text) without the details links ending it, nor what
    pointed to them; ``body`` itself when none ends it or nothing would be left."""
    cores = {t.strip(_AROUND) for t in link_texts if is_details_text(t)}
    words = sorted(cores, key=len, reverse=True)
    cut, found = body, False
    while words:
        rest = _TRAILING.sub("", cut)  # the link's arrow, an emoji after it, a stop
        word = next((w for w in words if _ends_with(rest, w)), None)
        if word is None:
            break
        cut, found = rest[: -len(word)], True
    if not found or _JOINED.search(cut):  # "… KDD & [more]": the list's, not a link's
        return body
    cut = _POINTING.sub("", cut.rstrip(_SEPARATORS)).rstrip(_SEPARATORS)
    return cut if re.search(r"\w", cut) else body


def _ends_with(text: str, word: str) -> bool:
    """``text`` ends with the link's ``word``, not inside a longer word of letters."""
    if not word or not text.endswith(word):
        return False
    before = text[: -len(word)][-1:]
    return not (before.isascii() and before.isalnum() and word[:1].isascii())
