"""What an item is: ``talk``, ``paper``, ``award``, ``service``, ``position``, ``event``, ``news``.

A leading label that names a type wins (``**Talk**``, ``**Paper release**``). Without one,
the item's words decide, from one table of words per language (a module each):

- the sentence's **main verb** wins over other words: ``presented our accepted paper at X``
  is a talk, ``paper accepted as an oral presentation`` a paper. The main verb is the first
  verb of the tables that is not an adjective (``our accepted paper``), the last one in
  a language that puts its verb last (Japanese). Some verbs take the type of their object
  (``gave a talk``, ``gave an interview``, ``received the best paper award``), some of
  their subject (``our paper was accepted``, ``our workshop was accepted``); of nouns
  that stand together the last one is the head (``the presentation award``: an award).
  A verb whose object says nothing (``announced that …``) leaves it to the next verb;
  a verb form describing a noun (``a workshop organised by X``) is not the main verb;
  a talk the person gives in a second clause wins (``chaired a session and gave a talk``);
- without a verb, the first word of a type (``Invited talk on our paper``: a talk);
- an arXiv link makes a paper of what the words leave news; anything else is news.

Paper titles (the text of links to papers, and quoted titles) are not read for words, so
a paper called "Talking heads" stays a paper. Words added in ``feeds.toml`` (``[types]``
``talk = ["Vortragsreihe"]``) come before the tables. Each item is read in one pass of
precompiled patterns, tried only where a word begins.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache, lru_cache

from ...model import Item
from ..dates.venue_tag import venue_year
from ..italic import italic_titles
from .asides import main_type
from .calls import called
from .en_phrases import (
    MEDIA_APPEARANCE,
    MEDIA_TALK,
    NEW_WORK_LABEL,
    PRESS_PIECE,
    PUBLISHED_PIECE,
    SHARED_CODE,
    SOFTWARE_RELEASE,
    WRITTEN_PIECE,
)
from .mask import ATTACHMENT_TEXT, accepted_titles, mask
from .sentence import decide
from .words import NOUN, TYPES, hits

__all__ = ["TYPES", "classify", "retype", "type_of"]

_PAPER_LINK = re.compile(
    r"arxiv\.org|doi\.org|openreview\.net|huggingface\.co/papers/|aclanthology|proceedings"
    r"|papers\.nips|dl\.acm\.org|ieeexplore|springer|sciencedirect|biorxiv|\.pdf$",
    re.IGNORECASE,
)
# A DOI link links a paper, unless it is a data or software archive's (Zenodo, figshare…);
# so do a paper's OpenReview page and its Hugging Face paper page, and a journal's article
# page at Nature (its research articles ``s…``, not its news and comment ``d41586``).
_PAPER_PAGE = re.compile(
    r"doi\.org/10\.(?!5281/|6084/|5061/|1594/|17632/|7910/)|openreview\.net/(?:forum|pdf)\?"
    r"|huggingface\.co/papers/|nature\.com/articles/s\d",
    re.IGNORECASE,
)

# The site's own page of one paper (academicpages, Hugo Academic: ``/publication/<name>``):
# a paper when the words say nothing else ("Ana built [Tool](/publication/tool)").
_OWN_PAPER_PAGE = re.compile(  # (or its place on the list: "/publications#doe2025toy")
    r"/publications?/[\w%.-]{3,}|/publications?(?:\.html|/)?#[\w%.:-]{3,}", re.IGNORECASE
)
# A journal's article page named by its DOI in the publisher's own path, a ScienceDirect
# ``pii``, an RSC article page: a paper too when the words say nothing else (its link text
# may name anything: "[Student Paper Award](…/doi/full/10.1086/…)", not read as a title).
_ARTICLE_PAGE = re.compile(
    r"(?:/doi/(?:(?:abs|full|pdf|epdf|epub)/)?|/article/|[?&](?:id|doi|target)=)"
    r"10\.(?!5281/|6084/|5061/|1594/|17632/|7910/)\d{4,9}/"
    r"|sciencedirect\.com/science/article/(?:abs/)?pii/|pubs\.rsc\.org/en/content/article",
    re.IGNORECASE,
)


@lru_cache(maxsize=1024)
def _label_type(label: str) -> str | None:
    """The type a label names (``Invited Talk``: talk), ``None`` for ``News``, ``Misc``…

    A label is a noun phrase: its first typed noun decides (``Paper release``: paper),
    then its words as a sentence would."""
    lowered = label.lower()
    if _NEW_WORK.fullmatch(lowered):  # "New survey", "New benchmark"
        return "paper"
    nouns = [h for h in hits(lowered) if h.role == NOUN]
    return nouns[0].type if nouns else decide(lowered)


_NEW_WORK = re.compile(NEW_WORK_LABEL)
# labels that name no one type but are the news's own words ("News", "Update")
_GENERIC_LABELS = re.compile(r"(?:news|events?|announcements?|updates?|highlights?|misc|others?)")


def names_a_type(label: str) -> bool:
    """Whether ``label`` is a type word (``paper``, ``Invited talk``, ``award``, ``News``),
    not a key the page uses for something else (an icon's name: ``rabbit``, ``star``)."""
    words = label.strip().lower()
    generic = _GENERIC_LABELS.fullmatch(words) is not None
    return bool(words) and (generic or _label_type(words) is not None)


@cache
def _user_words(extra: tuple[tuple[str, tuple[str, ...]], ...]) -> re.Pattern[str] | None:
    """One pattern for the words a site adds (``[types]`` in ``feeds.toml``)."""
    parts = [
        (rf"(?<!\w){re.escape(word.lower())}(?!\w)", type_)
        for type_, words in extra
        for word in words
        if word.strip()
    ]
    if not parts:
        return None
    parts.sort(key=lambda part: -len(part[0]))
    named = "|".join(f"(?P<{type_}_{i}>{p})" for i, (p, type_) in enumerate(parts))
    return re.compile(named)


def classify(
    text: str,
    label: str = "",
    *,
    arxiv: bool = False,
    titles: Iterable[str] = (),
    extra: Mapping[str, Iterable[str]] | None = None,
    attachments: Iterable[str] = (),
    default: str = "news",
    paper_page: bool = False,
) -> str:
    """The type of an item whose plain text is ``text`` and leading label ``label``.

    ``arxiv``: the item links a paper (on arXiv, or by its DOI). ``titles``: link texts
    that are paper titles. ``extra``: words per type that the site adds; they come before
    the tables. ``attachments``: link texts that may name attachments (``slides``).
    ``default``: the type when nothing says one (``paper`` under a ``Publications`` heading).
    ``paper_page``: the item links the site's own page of a paper; a paper when no word
    says a type (a word saying news, ``featured on``, still wins, unlike an arXiv link).
    """
    if label and (found := _label_type(label)):
        return found
    if extra:
        user = _user_words(tuple((t, tuple(w)) for t, w in sorted(extra.items())))
        if user and (match := user.search(text.lower())):
            return str(match.lastgroup).rsplit("_", 1)[0]
    masked = mask(text, titles, attachments)
    found = _decide_headed(read := masked.lower())
    if found is None and masked != text:  # the title was all there was: read it after all
        found = _decide_headed(read := mask(text, (), attachments).lower())  # (attachments never)
    found = main_type(found, read, _decide_headed, arxiv or paper_page)  # "(applying to …)"
    covered = found == "news" and _COVERAGE.search(masked.lower()) is not None
    released = found in (None, "news") and _SOFTWARE.search(masked.lower()) is not None
    linked = arxiv or default == "paper"  # "[ICASSP 2025] A new variant of X is released."
    if released:  # "X updated to v0.3.0", "X updated: …": software, whatever paper it links
        return "news"
    if (found in (None, "news") and linked and not covered) or (found is None and paper_page):
        return "paper"  # "Released [Title](arXiv link)", "Ana built [Tool](/publication/…)"
    return found or default


# The press covering a work: news about it, whatever it links ("[Title](arXiv) featured in X",
# a press release on it: "Press release on [Title](arXiv)", プレスリリース「…」を発表, being
# in the news talking about "our [work](doi)"); so is a piece written for readers ("a blog
# post on what [our study](doi) means", "A list of datasets …"), and so is
# code shared in the item's first sentence ("We share the notebook for X. … [our study](doi)";
# not "New release: [X](arXiv). … We open-source the code": the paper's)
_COVERAGE = re.compile(
    r"(?<!\w)(?:(?:featured|interviewed|profiled|covered|reported|highlighted|spotlighted)"
    r" (?:by|in|on)\s"
    r"|(?:receiv|g[eo]t|attract|dr[ae]w)\w* (?:[\w-]+ ){0,4}?(?:media|press|news) (?:coverage"
    r"|attention)(?!\w)"
    rf"|press releases?(?!\w)|{PRESS_PIECE}|{PUBLISHED_PIECE}|{MEDIA_TALK}|{MEDIA_APPEARANCE}"
    rf"|(?<!\w)(?:{WRITTEN_PIECE})(?!\w)"
    rf"|^[^.!?]{{0,120}}?{SHARED_CODE})|プレスリリース"
)

_SOFTWARE = re.compile(SOFTWARE_RELEASE)

# A short phrase before a colon opening the item: "New role:", "Our new work:".
_HEADLINE = re.compile(r"\s*([^:.!?,]{1,40}?)\s*:\s+(?=\S)")  # not "My paper, X: …"


def _decide_headed(lowered: str) -> str | None:
    """The type of ``lowered``; a headline without a verb (``new role: editor of X``) says
    what the rest is about: the rest's words decide first, the headline when they do not."""
    at, headlines = 0, []
    while (found := _HEADLINE.match(lowered, at)) and _is_headline(found.group(1)):
        headlines.append(found.group(1))
        at = found.end()
    if headlines and all(h.role == NOUN for line in headlines for h in hits(line)):
        said = decide(lowered[at:])
        if said in (None, "news"):  # "our new work: [title]: [subtitle] is out"
            return next(filter(None, map(_label_type, headlines)), None) or said or decide(lowered)
        return said
    return decide(lowered)


def _is_headline(phrase: str) -> bool:
    """Whether ``phrase`` before a colon is a short headline, not the opening of a title
    in brackets ("Our paper [Dataset: X of Y](…) was presented at Z")."""
    return len(phrase.split()) <= 5 and phrase.count("[") <= phrase.count("]")


def type_of(event: Item, extra: Mapping[str, Iterable[str]] | None = None) -> str:
    """The type of an item: its label (``kind``), its words, its links; a call for papers
    opening it is news or an event (:mod:`.calls`)."""
    return called(event.kind, event.text, _type_of(event, extra))


def _type_of(event: Item, extra: Mapping[str, Iterable[str]] | None = None) -> str:
    """The type of an item: its label (``kind``), its words, its links."""
    labelled = _label_type(event.kind)  # before looking for paper titles
    if labelled == "news" and _NEWS_OF.fullmatch(event.kind.strip()):
        labelled = None  # "本院新闻" (the school's news): the list's name, as "News" is
    if labelled and labelled not in ("news", "event"):
        return labelled
    titles = [
        link.text
        for link in event.links
        if link.attachment is None
        and len(link.text) >= 12
        and (_PAPER_LINK.search(link.url) or _OWN_PAPER_PAGE.search(link.url))
    ]
    titles += accepted_titles(  # "[Winners Take All](url) is accepted at X": the work's title
        event.text, [link.text for link in event.links if link.attachment is None]
    )
    linked = {" ".join(link.text.split()) for link in event.links}  # the link rules decide
    titles += [t for t in italic_titles(event.html) if t not in linked]  # "<i>Defending X</i>"
    attachments = [
        link.text
        for link in event.links
        if link.attachment is not None or ATTACHMENT_TEXT.fullmatch(link.text)
    ]
    paper_link = bool(event.arxiv) or any(
        link.attachment is None and _PAPER_PAGE.search(link.url) for link in event.links
    )
    papers = _PAPERS_SECTION.search(event.section) and event.section.count("-") < 4  # not a menu
    tag = _VENUE_TAG.match(event.text) or _PAREN_VENUE.match(event.text)  # "(CVPR 2025) X"
    default = "paper" if papers or (tag and venue_year(tag["body"])) else "news"
    if default == "news" and _TALKS_SECTION.search(event.section) and event.section.count("-") < 4:
        default = "talk"  # "- 25.06.2026 – Ana Doe" under "Upcoming talks": a talk
    text, at = event.text, event.text.find(event.kind) if labelled else -1
    if 0 <= at <= 40:  # a news label: the words after it (and after the date before it)
        text = text[at + len(event.kind) :]
    said = classify(
        text,
        arxiv=paper_link,
        titles=titles,
        extra=extra,
        attachments=attachments,
        default=default,
        paper_page=any(
            link.attachment is None
            and (_OWN_PAPER_PAGE.search(link.url) or _ARTICLE_PAGE.search(link.url))
            for link in event.links
        ),
    )
    # a news label (媒体报道, Press) keeps the item news, unless it tells of a talk given;
    # an event label (Conference, Workshop) names where: what the words say was done there
    if labelled == "event":
        return said if said not in ("news", "event") else "event"
    return "news" if labelled == "news" and said != "talk" else said


# A category naming whose news it is ("本院新闻", "业界新闻", "实验室动态"), not press coverage.
_NEWS_OF = re.compile(r"(?:(?!媒体|报道|采访)[\u4e00-\u9fff]){0,5}(?:新闻|动态|消息)")

# A venue tag in brackets opening the item, after its date: the work is at that venue.
_VENUE_TAG = re.compile(r"[^\[\]\n]{0,24}?\[(?P<body>[^\[\]\n]{3,48})\]")
# or in parentheses, after a badge too: "(Oral) (CVPR 2025) Learning to see …"
_PAREN_VENUE = re.compile(
    r"[^()\[\]\n]{0,24}?(?:\([^()\d\n]{1,30}\)\s*)?\((?P<body>[^()\n]{3,48})\)"
)

# A section that lists papers (its slug): "Publications", "Recent preprints", "论文", "論文発表".
_PAPERS_SECTION = re.compile(
    r"papers?|publications?|preprints?|articles|论文|論文|publicaciones|artigos|articoli"
    r"|veröffentlichungen|publikationen"
)

# A section that lists talks (its slug): "Upcoming talks", "Coffee Lectures", "Vorträge".
_TALKS_SECTION = re.compile(
    r"(?:^|-)(?:talks?|lectures?|presentations?|vortr(?:ä|ae|a)ge?|charlas)(?:-|$)"
)


def retype(events: Iterable[Item], extra: Mapping[str, Iterable[str]]) -> None:
    """Type ``events`` again with the words a site adds (``[types]`` in ``feeds.toml``)."""
    if any(words for words in extra.values()):
        for event in events:
            event.type = type_of(event, extra)
