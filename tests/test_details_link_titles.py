"""A news entry that ends with a link to its story ("Read more", "View details",
"查看详情", "阅读全文 →", "詳しくは", "more »") is titled without those words: they are the
link's, not the news (c30/c32's Hugo news pages, c7's hand-written cards). The item keeps
its link. A link whose words are the sentence's ("… KDD & [more]") or the news itself
stays. Every entry is written for this test; titles read back with ``feeds list --json``.
"""

from __future__ import annotations

import pytest

from .cli_run import bullets_listed

URL = "https://press.example.org/story"

ENTRIES = [
    # (the entry after its date, its title)
    (f"Our grant was renewed. [Read more]({URL})", "Our grant was renewed"),
    (f"Our grant was renewed [(more)]({URL})", "Our grant was renewed"),
    (f"Our grant was renewed. [more »]({URL})", "Our grant was renewed"),
    (f"Our grant was renewed, see [details]({URL}).", "Our grant was renewed"),
    (f"Our grant was renewed. Click here for [details]({URL}).", "Our grant was renewed"),
    (f"Our grant was renewed. [View details]({URL}) 🎉", "Our grant was renewed"),
    (f"团队成果获专题报道！ [查看详情]({URL}) 🎉🎉", "团队成果获专题报道！"),
    (f"团队成果获专题报道！ [查看详情]({URL})、[查看详情]({URL}/2)", "团队成果获专题报道！"),
    (f'祝贺李同学获得奖学金！ <a href="{URL}">阅读全文 →</a>', "祝贺李同学获得奖学金！"),
    (f"研究費が採択されました。[詳しくは]({URL})", "研究費が採択されました。"),
    (f"Nous avons reçu un prix. [Lire la suite]({URL})", "Nous avons reçu un prix"),
    # left whole: the link's words belong to the sentence, or are the only words
    (f"Papers at CHI, KDD & [more]({URL})", "Papers at CHI, KDD & more"),
    (f"Papers at CHI, KDD and [more]({URL})", "Papers at CHI, KDD and more"),
    (f"[Read more]({URL})", "Read more"),
    (
        f"We released the [details]({URL}) of the benchmark",
        "We released the details of the benchmark",
    ),
    ("团队成果获专题报道！ 查看详情", "团队成果获专题报道！ 查看详情"),  # no link: the words stay
]


@pytest.mark.parametrize(("entry", "title"), ENTRIES)
def test_a_details_link_ending_an_entry_is_not_its_title(tmp_path, entry: str, title: str) -> None:
    (item,) = bullets_listed(tmp_path, [f"**2024-03-05** {entry}"])
    assert (item["title"], item["start"]) == (title, "2024-03-05")
    assert URL in {link["url"] for link in item["links"]} or URL not in entry
