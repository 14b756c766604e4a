"""A hand-written news page whose posts are headings, each over a paragraph that opens with
its date (alone, ``3rd of May:``, or before the text, ``March 10th: Ana receives …``), as
an R Markdown distill site's ``news.Rmd`` (no ``listing:``) writes it beside a blog of
``_posts/`` that its navbar names "Blog". Each post is one item titled by its heading; a
date without a year takes it from the posts around it (newest first). The blog's listing
is not the news. Sites written here in our own words; expectations from the input.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .hugo_sites import listed, summary, write

SITE_YML = """
name: "lab"
output_dir: "docs"
navbar:
  right:
    - text: "Home"
      href: index.html
    - text: "News"
      href: news.html
    - text: "Blog"
      href: posts.html
"""
INDEX = '---\ntitle: "The Loom Lab"\n---\n\nWe study looms.\n'
POSTS_PAGE = '---\ntitle: "Essays"\nlisting: posts\n---\n\n# News and views from the lab\n'
ESSAY = '---\ntitle: "Why weaving is hard"\ndate: 2025-01-10\n---\n\nAn essay.\n'
NEWS = """
---
title: "News from the lab"
output: distill::distill_article
---

## Lab retreat

3rd of May:

We spent two days at the coast.

```{r, echo = FALSE}
knitr::include_graphics("images/retreat.jpg")
```

---

## Marie Curie fellowship for Ana

March 10th: Ana receives a Marie Curie fellowship, congratulations!

---

## Open Science news

Thursday November 27th:

Two events today: Bo joined the lab and gave a workshop.

## Welcome Bo

17th of January 2025:

Bo joins the lab as a postdoc.

## The web app is live

Try our new app.

## Merging of two labs

20/04/2023

The two labs joined forces.

## New lab member: Cy

01/03/2023

Cy starts her PhD.
"""
EXPECTED = [
    ("Lab retreat", "2026-05-03", "day"),  # newest first: after November 2025
    ("Marie Curie fellowship for Ana", "2026-03-10", "day"),
    ("Open Science news", "2025-11-27", "day"),  # above January 2025: the same year
    ("Welcome Bo", "2025-01-17", "day"),
    ("The web app is live", None, None),
    ("Merging of two labs", "2023-04-20", "day"),
    ("New lab member: Cy", "2023-03-01", "day"),  # day first, as 20/04/2023 says
]


def _site(news: str) -> dict[str, str]:
    return {
        "_site.yml": SITE_YML,
        "index.Rmd": INDEX,
        "news.Rmd": news,
        "posts.Rmd": POSTS_PAGE,
        "_posts/2025-01-10-essay/essay.Rmd": ESSAY,
        # what knitr left of an earlier render that stopped: a build step, no page
        "news.knit.md": '---\ntitle: "News from the lab"\n---\n\n'
        + "".join(f"## Draft {n}\n\n{n} May 2024:\n\nWords.\n\n" for n in range(1, 9)),
    }


def test_each_heading_over_a_date_paragraph_is_one_post(tmp_path: Path) -> None:
    items, ran = listed(write(tmp_path / "site", _site(NEWS)))
    assert [s[:3] for s in summary(items)] == EXPECTED
    assert "Why weaving is hard" not in [i["title"] for i in items]  # the blog is no news
    words = " ".join(str(i.get("note")) for i in items)
    assert "knitr" not in words and "include_graphics" not in words
    assert "news.Rmd:36: warning: no date found" in ran.stderr  # "The web app is live"


NOT_POSTS = {  # read as written: headings over dated lines, or too few posts
    "year headings over dated bullets": (
        "---\ntitle: News\n---\n\n## 2025\n\n- May 3, 2025: Gave a talk at Example U.\n\n"
        "## 2024\n\n- Mar 1, 2024: Joined the lab.\n\n## 2023\n\n- Jan 5, 2023: A grant.\n",
        ["Gave a talk at Example U", "Joined the lab", "A grant"],
    ),
    "two dated headings only": (
        "---\ntitle: News\n---\n\n"
        "## Lab retreat\n\n3rd of May 2025:\n\nWe went.\n\n"
        "## Grant\n\n1st of May:\n\nWe won one.\n",
        ["We went"],
    ),  # the date paragraph with a year and the text after it, as any news page's
}


@pytest.mark.parametrize("case", NOT_POSTS, ids=list(NOT_POSTS))
def test_other_forms_are_not_heading_posts(tmp_path: Path, case: str) -> None:
    text, titles = NOT_POSTS[case]
    items, _ = listed(write(tmp_path / "site", {"news.md": text}))
    assert [i["title"] for i in items] == titles


def test_a_news_listing_page_keeps_its_listing(tmp_path: Path) -> None:
    """The navbar's News page with ``listing: posts`` (not hand-written): its posts."""
    files = _site('---\ntitle: "News"\nlisting: posts\n---\n')
    del files["posts.Rmd"]
    items, _ = listed(write(tmp_path / "site", files))
    assert [i["title"] for i in items] == ["Why weaving is hard"]
