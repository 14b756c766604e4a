"""The list entries of a news section that a reader takes as items but the section reader
(:mod:`.sections`) did not read: the net under markup it cannot see as items (a Markdown
list inside raw HTML, which CommonMark shows as text; entries in a code block).

A list entry is a line opening with a Markdown bullet or number, or an HTML ``<li>``. It
is accounted for when the reader walked it as part of a Markdown list or table, or an item
was read on its line; an entry inside one accounted for is a detail of that item (its
sub-bullets; not so under a date alone, ``- 2024``), and one holding an entry accounted
for is the head of a group. Of the rest,
a reader takes as items the outermost entries and the dated ones nested in them; never a
link alone or a "more news" line (``- [Older news](/news/)``), nor an entry under a
subheading that names a part of the page that is no news (``### Selected publications``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass

from .blocks import whole_date
from .dates import match_prefix, match_suffix
from .more_links import says_more

# an entry: a Markdown bullet or number opening a line, or an HTML <li>
_ENTRY = re.compile(r"^([ \t]*)(?:[-*+]|\d{1,3}[.)])[ \t]+(?=\S)|<li(?=[\s>])", re.M | re.I)
_LISTS = re.compile(r"<(/?)(?:ul|ol|menu)(?=[\s>])", re.I)
_TAG = re.compile(r"<[^>]*>")
_ENTRY_END = re.compile(
    r"<(?:/?li|/?ul|/?ol|/?menu)(?=[\s>])|\n[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]", re.I
)
# a subheading: a Markdown heading, an HTML one, or a line that is all bold
_SUBHEADING = re.compile(
    r"^[ \t]*(?:#{1,6}[ \t]+(?P<md>.+)|(?:<p[^>]*>\s*)?<(?:h[1-6]|b|strong)[^>]*>(?P<html>.+?)"
    r"</(?:h[1-6]|b|strong)>\s*(?:</p>)?|\*\*(?P<bold>[^*\n]+)\*\*:?)[ \t]*$",
    re.M | re.I,
)
# Words of a subheading naming a part of an academic page that is no news list (not
# "Papers", "New members", "Projects": a lab's news page divides its news so).
_NOT_NEWS = frozenset((
    "publications", "publication", "preprints", "students", "alumni", "education",
    "experience", "teaching", "courses", "links", "resources", "software", "datasets",
    "contact", "sponsors", "funding", "collaborators", "bibliography", "references",
))  # fmt: skip
_UNINDENTED = re.compile(r"^[^\s]", re.M)  # a line of text that is not indented
_LINK_ALONE = re.compile(r"[^\w\[]*(?:\[[^\]]*\]\([^)]*\)|<a\s[^>]*>.*?</a>)[^\w]*", re.I | re.S)


@dataclass
class _Entry:
    line: int
    depth: int
    text: str  # its own words (up to the next entry), Markdown or HTML
    parent: int | None = None
    shown: bool = True  # not under a subheading naming a part that is no news
    accounted: bool = False


def unread_entries(
    lines: list[str], first: int, seen: list[tuple[int, int]], read: list[int]
) -> list[int]:
    """The lines of the entries of a news section a reader takes as items that were not
    read: ``lines`` are the section's text, the first numbered ``first``; ``seen`` the
    (first, last) lines of the Markdown lists and tables the reader walked; ``read`` the
    line of each item read."""
    text = "\n".join(lines)
    entries = _entries(text, first)
    left = Counter(read)  # an item read on a line accounts for one entry there
    seen = sorted(seen)  # blocks of the page: none inside another
    starts = [a for a, _ in seen]
    for entry in entries:
        k = bisect_right(starts, entry.line) - 1
        inside = k >= 0 and entry.line <= seen[k][1]
        if inside or left[entry.line] > 0:
            left[entry.line] -= not inside
            entry.accounted = True
    for entry in entries:  # a detail of an item accounted for (entries come in page order)
        parent = entries[entry.parent] if entry.parent is not None else None
        if parent is not None and parent.accounted and not whole_date(_plain(parent.text)):
            entry.accounted = True  # (not an entry of a group "- 2024" read as one item)
    for entry in reversed(entries):  # the head of a group whose entries were read
        if entry.accounted and entry.parent is not None:
            entries[entry.parent].accounted = True
    return [
        e.line
        for e in entries
        if not e.accounted
        and e.shown
        and (e.parent is None or _dated(e.text))
        and not _more_or_link(e.text)
    ]


def _entries(text: str, first: int) -> list[_Entry]:
    """The entries of ``text`` in order, each with its parent (by indentation or by how
    many HTML lists are open) and whether a subheading above it names a part no news."""
    headings = [(m.start(), not _names_no_news(m)) for m in _SUBHEADING.finditer(text)]
    lists = [(m.start(), -1 if m.group(1) else 1) for m in _LISTS.finditer(text)]
    entries: list[_Entry] = []
    stacks: dict[bool, list[int]] = {True: [], False: []}
    depth, k, shown, h, after = 0, 0, True, 0, 0  # after: the end of the last bullet's line
    line, at = first, 0  # the line at offset ``at``
    for match in _ENTRY.finditer(text):
        while k < len(lists) and lists[k][0] < match.start():
            depth, k = max(0, depth + lists[k][1]), k + 1
        while h < len(headings) and headings[h][0] <= match.start():
            shown, h = headings[h][1], h + 1
        html = match.group(1) is None
        level = depth if html else len(match.group(1).expandtabs(4))
        end = _ENTRY_END.search(text, match.end())
        own = text[match.end() : end.start() if end else len(text)]
        own = own.split(">", 1)[-1] if html else own  # after the tag's attributes
        stack = stacks[html]
        if not html:
            if _UNINDENTED.search(text, after, match.start()):
                stack.clear()  # text that is not indented ends a Markdown list
            after = text.find("\n", match.end()) % (len(text) + 1)
        while stack and entries[stack[-1]].depth >= level:
            stack.pop()
        line, at = line + text.count("\n", at, match.start()), match.start()
        entries.append(_Entry(line, level, own, stack[-1] if stack else None, shown))
        stack.append(len(entries) - 1)
    return entries


def _names_no_news(match: re.Match[str]) -> bool:
    """Whether a subheading names a part no news (``Selected publications``, not ``News
    and publications``)."""
    said = _TAG.sub(" ", match["md"] or match["html"] or match["bold"]).lower()
    words = set(re.findall(r"[^\W\d_]+", said))
    return bool(words & _NOT_NEWS) and "news" not in words


def shows_words(lines: list[str]) -> bool:
    """Whether ``lines`` show words to a reader (not only tags and blank lines; comments
    are blanked before the page is read)."""
    text = _TAG.sub(" ", "\n".join(lines))
    return re.search(r"[^\W_]", text) is not None


def _plain(text: str) -> str:
    return " ".join(re.sub(r"[*_`]", "", _TAG.sub(" ", text)).split()).strip(" -–—:|·")


def _dated(text: str) -> bool:
    plain = re.sub(r"\]\([^)]*\)|[\[\]]", " ", _plain(text)).strip()
    return bool(plain) and (match_prefix(plain) is not None or match_suffix(plain) is not None)


def _more_or_link(text: str) -> bool:
    """A link alone (a list of links) or a few words saying "more news"."""
    words = _plain(text)
    if not words:
        return True
    linked = ("[" in text or "<a" in text.lower()) and _LINK_ALONE.fullmatch(text.strip())
    return bool(linked) or (words.count(" ") < 6 and says_more(words))
