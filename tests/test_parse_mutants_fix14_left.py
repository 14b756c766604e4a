"""Unit rows for the small functions session 23's fix14-left added (issue 14: their
mutants): the Roman month rule, table rows, the page's language, the yearless reading,
a role after a date, a heading's date markup. Expectations written out from the input."""

from __future__ import annotations

import datetime as dt

import pytest

from feeds.model import Precision
from feeds.parse.blocks import paragraph_tokens
from feeds.parse.date_paragraphs import bare_date_text
from feeds.parse.date_roles import with_date_role
from feeds.parse.dates import DateMatch, parse_date
from feeds.parse.dates.reading import unsaid_day_first
from feeds.parse.describe import Described
from feeds.parse.html_tree import parse_html
from feeds.parse.locate import trailing_details
from feeds.parse.page_language import page_language
from feeds.parse.row_items import dated_table, is_row, row_items, row_tokens, undated_note

D = dt.date


@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        ("1.I.2020", D(2020, 1, 1), D(2020, 1, 1), Precision.DAY),
        ("31.XII.2021", D(2021, 12, 31), D(2021, 12, 31), Precision.DAY),
        ("29 II 2024", D(2024, 2, 29), D(2024, 2, 29), Precision.DAY),
        ("XII 2021", D(2021, 12, 1), D(2021, 12, 31), Precision.MONTH),
        ("XI/2021", D(2021, 11, 1), D(2021, 11, 30), Precision.MONTH),
        ("IX-2019", D(2019, 9, 1), D(2019, 9, 30), Precision.MONTH),
        ("III. 1999", D(1999, 3, 1), D(1999, 3, 31), Precision.MONTH),
        ("VII.2023", D(2023, 7, 1), D(2023, 7, 31), Precision.MONTH),
    ],
)
def test_roman_month_dates(text, start, end, precision):
    span = parse_date(text)
    assert span is not None
    assert (span.start, span.end, span.precision, span.ranged) == (start, end, precision, False)


@pytest.mark.parametrize(
    "text", ["29 II 2023", "31.IV.2024", "0.IV.2024", "Iv 2024", "IIV 2024", "IV 1899", "IVa 2024"]
)
def test_no_roman_month_date(text):
    assert parse_date(text) is None


def test_row_tokens_are_marked_rows():
    tokens = row_tokens(["**May 2024** Talk"], 7)
    assert [t.type for t in tokens] == ["paragraph_open", "inline", "paragraph_close"]
    assert tokens[0].map == [6, 7]
    assert (
        is_row(tokens[1]) and undated_note(tokens[1]) == "news table row has no date; not published"
    )
    plain = paragraph_tokens(["Talk"], 3)
    assert not is_row(plain[1]) and not is_row(None)
    assert undated_note(plain[1]) == "news paragraph has no date; not published"
    assert undated_note(None) == "news paragraph has no date; not published"


def test_row_items_marks_rows_of_a_dated_table_only():
    dated = row_items([(3, "**May 2024** Talk", True), (4, "Undated", False)])
    assert [(line, is_row(tokens[1]), tokens[1].content) for line, tokens in dated] == [
        (3, True, "**May 2024** Talk"),
        (4, True, "Undated"),
    ]
    assert [tokens[0].map for _, tokens in dated] == [[2, 3], [3, 4]]  # each row's line
    undated = row_items([(3, "a", False), (4, "b", False)])
    assert [(line, is_row(tokens[1])) for line, tokens in undated] == [(3, False), (4, False)]
    assert row_items([]) == []


@pytest.mark.parametrize(
    ("html", "dated"),
    [
        ("<table><tr><td>x</td><td>May 2024</td></tr></table>", True),
        ("<table><tr><th>2021-01-05</th></tr><tr><td>x</td></tr></table>", True),
        ("<table><tr><td>slides</td></tr><tr><td>code</td></tr></table>", False),
        ("<table><tr>May 2024<td>x</td></tr></table>", False),  # text outside a cell
        ("<table></table>", False),
    ],
)
def test_dated_table(html, dated):
    table = next(e for e in parse_html(html).children if getattr(e, "tag", "") == "table")
    rows = [r for r in table.children if getattr(r, "tag", "") == "tr"]
    for part in table.children:
        if getattr(part, "tag", "") == "tbody":
            rows += [r for r in part.children if getattr(r, "tag", "") == "tr"]
    assert dated_table(rows) is dated


@pytest.mark.parametrize(
    ("meta", "text", "language"),
    [
        ({"lang": "de"}, "", "de"),
        ({"lang": " fr-CA "}, "", "fr-CA"),
        ({"language": "pl"}, "", "pl"),
        ({"locale": "pt_BR"}, "", "pt_BR"),
        ({"lang": "de", "locale": "en_US"}, "", "de"),
        ({"lang": ""}, "", ""),
        ({"lang": "Deutsch!"}, "", ""),  # no language code
        ({"lang": 3}, "", ""),
        ({"lang": "x"}, '<html lang="it">', "it"),
        ({}, '<!doctype html>\n<HTML class="a" LANG=nl-BE>', "nl-BE"),
        ({}, "<html><body lang='es'>", ""),
        ({}, "<htmlx lang='es'>", ""),
        ({}, " " * 20_000 + '<html lang="it">', ""),  # only the page's start is looked at
        ({}, " " * (20_000 - len('<html lang="it')) + '<html lang="it">', "it"),  # its end
        ({}, " " * (20_001 - len('<html lang="it')) + '<html lang="it">', ""),
        ({}, "", ""),
    ],
)
def test_page_language(meta, text, language):
    assert page_language(meta, text) == language


@pytest.mark.parametrize(
    ("texts", "language", "day_first"),
    [
        (["Talk (05.03)"], "de", True),
        (["Talk (05.03)"], "de_AT", True),
        (["Talk (05.03)"], " en-GB ", True),
        (["Talk (05.03)"], "EN", False),
        (["Talk (05.03)"], "en-US", False),
        (["Talk (05.03)"], "en_US", False),  # a locale's underscore: the same region
        (["Talk (05.03)"], "", False),
        (["Talk (12/31/2020)", "x"], "de", False),  # a date can only be month first
        (["Talk (31/12/2020)"], "en", True),  # a date can only be day first
        (["Talk (31/12/2020)", "(12/31/2020)"], "en", True),
    ],
)
def test_unsaid_day_first(texts, language, day_first):
    assert unsaid_day_first(texts, language) is day_first


def _date(text: str, end: int, aside: str = "") -> DateMatch:
    span = parse_date("Nov 2022")
    assert span is not None
    return DateMatch(span, 0, end, aside)


@pytest.mark.parametrize(
    ("text", "end", "aside", "new_aside", "start"),
    [
        ("(Nov 2022)-(invited) Talk", 10, "", "invited", 21),
        ("(Nov 2022) [Keynote]: Talk", 10, "", "Keynote", 22),
        ("(Nov 2022) | (ORAL) | Talk", 10, "", "ORAL", 22),
        ("[Nov 2022, Korea] (virtual) Talk", 17, "Korea", "Korea, virtual", 28),
        ("(Nov 2022) (in person) Talk", 10, "", "in person", 23),
        ("(Nov 2022) (in-person) Talk", 10, "", "in-person", 23),
        ("(Nov 2022) (invited)", 10, "", "", 10),  # the bracket is all the item says
        ("(Nov 2022) (invited talk) Talk", 10, "", "", 10),
        ("(Nov 2022) (Toy workshop) Talk", 10, "", "", 10),
        ("(Nov 2022) Talk (invited)", 10, "", "", 10),
        ("(Nov 2022) (invited] Talk", 10, "", "", 10),
    ],
)
def test_with_date_role(text, end, aside, new_aside, start):
    date, at = with_date_role(text, _date(text, end, aside))
    assert (date.aside, at, date.end, date.start) == (new_aside, start, end, 0)


@pytest.mark.parametrize(
    ("heading", "bare"),
    [
        ("2021 {#y2021}", "2021"),
        ("2021 {: #y .year}", "2021"),
        ("2021 {:.year}", "2021"),
        ("2021 {.year}  ", "2021"),
        ("2021 {x}", "2021 {x"),  # no attribute list: kept
        ('<a name="y2021"></a>2021', "2021"),
        ("<span>March 2021</span>", "March 2021"),
        ("[2021](#2021)", "2021"),
        ("[2021](/news/2021/)", "2021"),
        ("🎉 **2024** 🎉", "2024"),
        ("2021 {#a} 2022", "2021 {#a} 2022"),  # not at the end: kept
    ],
)
def test_bare_date_text(heading, bare):
    assert bare_date_text(heading) == bare


@pytest.mark.parametrize(
    ("text", "details", "cut"),
    [
        ("Talk (virtual) x,(invited)", Described(role="invited"), (17, 26)),  # "x," breaks it
        ("Talk (virtual) ,(invited)", Described(location="Virtual", role="invited"), (5, 25)),
        ("Talk (virtual)-(invited)", Described(location="Virtual", role="invited"), (5, 24)),
        ("Talk (virtual) – (invited)", Described(location="Virtual", role="invited"), (5, 26)),
    ],
)
def test_a_dash_links_a_chain(text, details, cut):
    """``locate._chain_end``: a dash links two parentheticals as a comma does."""
    assert trailing_details(text, 0) == (details, cut)


def test_only_td_and_th_are_a_rows_cells(tmp_path):
    """``html_items._Walker.table``: an element of a ``<tr>`` that is no cell (a stray
    ``<span>``) is not read as one of the row's cells."""
    import json

    from tests.cli_run import feeds

    page = tmp_path / "news.html"
    page.write_text(
        "<h2>News</h2>\n<table>\n<tr><td>May 2024</td><td>Gave a talk</td>"
        "<span>and more</span></tr>\n<tr><td>Apr 2024</td><td>Joined a lab</td></tr>\n"
        "</table>\n",
        encoding="utf-8",
    )
    ran = feeds("list", "--json", "--now", "2024-06-01", "--content", str(page))
    assert ran.returncode == 0, ran.stderr
    found = [(i["start"], i["title"]) for i in json.loads(ran.stdout)]
    assert found == [("2024-05", "Gave a talk"), ("2024-04", "Joined a lab")]


def test_a_layout_tables_cells_keep_the_heading_year(tmp_path):
    """``html_items._Walker.table``: the cells of a layout table (a cell holds a list) are
    read in the year of the heading above the table."""
    import json

    from tests.cli_run import feeds

    page = tmp_path / "news.html"
    page.write_text(
        "<h2>News</h2>\n<h3>2021</h3>\n<table>\n<tr><td><ul><li>Mar 3: Gave a talk</li>"
        "</ul></td></tr>\n</table>\n",
        encoding="utf-8",
    )
    ran = feeds("list", "--json", "--now", "2024-06-01", "--content", str(page))
    assert ran.returncode == 0, ran.stderr
    assert [(i["start"], i["title"]) for i in json.loads(ran.stdout)] == [
        ("2021-03-03", "Gave a talk")
    ]
