"""Stage 1: pages → events (see :func:`parse_page`)."""

from __future__ import annotations

import io
from pathlib import Path

from ..diagnostics import Problem, Reporter
from ..model import Item
from .badges import without_new_badge
from .coverage import as_coverage, is_coverage_title
from .dates.month_digit_slash_year import reading_slash_years
from .dates.month_two_digit_year import reading_years
from .dates.reading import all_readings, reading
from .inline import opening_text
from .item import to_item
from .month_year_lists import two_digit_years
from .more_links import more_link
from .page import Page, read_page
from .slash_year_lists import slash_years
from .undated_sections import undated_sections
from .yearless import with_yearless_years


def parse_page(
    path: Path,
    *,
    site_root: str = "",
    news_headings: list[str] | None = None,
    archive_headings: list[str] | None = None,
    reporter: Reporter | None = None,
    source: str | None = None,
    text: str | None = None,
    headless: bool = False,
    language: str = "en",
) -> tuple[Page, list[Item]]:
    """Read one page and return it with its news events, in page order.

    ``headless``: a page without a news heading is one news list (an archive page).
    ``language`` (the site's) reads ambiguous numeric dates when no date of the page
    can only be day first (:mod:`.dates.reading`).
    """
    from ..config import Settings

    defaults = Settings()
    reporter = reporter or Reporter(quiet=True)
    source = source or str(path)
    page = read_page(
        path,
        source,
        news_headings if news_headings is not None else defaults.news_headings,
        archive_headings if archive_headings is not None else defaults.archive_headings,
        reporter,
        text=text,
        headless=headless,
    )
    if not page.found_news:
        reporter.warn(
            source, None, "no news section found (a heading such as '### News')", code="no-news"
        )
    events = page_events(page, source, site_root, reporter, language)
    if page.news_heading is not None and not events:  # named: the section showing words
        heading, line = page.filled_section or page.news_heading
        heading = heading if len(heading) <= 60 else heading[:59] + "…"
        reporter.report(
            Problem(
                source,
                line,
                f"the news section {heading!r} yields no items (write them as a list, "
                "dated paragraphs or table rows)",
                "error",
                "no-items",
            )
        )
    return page, events


def page_events(
    page: Page, source: str, site_root: str, reporter: Reporter, language: str = "en"
) -> list[Item]:
    """The events of ``page``'s raw items, in page order: its numeric dates read as the
    page's dates say (day or month first), yearless leading dates given their year from
    the list, "more news" links kept as archive links."""
    texts = [tok.content for raw in page.items for tok in raw.tokens]
    said, dotted_day_first, unsaid = all_readings(texts, language := page.language or language)
    day_first, why = said or (unsaid, "")  # "(05.03)" in German
    if why:
        order = "day first (20/05)" if day_first else "month first (05/20)"
        reporter.info(source, None, f"numeric dates read {order}: {why}")
    openings = [opening_text(raw.tokens) for raw in page.items]  # for both list readings
    if years := two_digit_years(page.items, openings):
        reporter.info(source, None, f"dates read as months: {years}")
    unbadged = [without_new_badge(raw) for raw in page.items]  # "<tt>New!</tt> 11/25: …"
    if slashed := slash_years(page.items, openings, unbadged):
        reporter.info(source, None, f"dates read as months: {slashed}")
    read: list[tuple[int, Item]] = []
    sections = len(page.sections) > 1  # an undated one may be left out: its words held
    said = Reporter(stream=io.StringIO()) if sections else reporter
    with (
        reading(day_first, dotted_day_first),
        reading_years(bool(years)),
        reading_slash_years(bool(slashed)),
    ):
        for k, raw in enumerate(with_yearless_years(page.items)):  # "**12/3:** …": its year
            if (link := more_link(raw)) is not None:  # "More updates →": followed, not an item
                page.archive.append(link)
                continue
            bare = unbadged[k] if raw is page.items[k] else without_new_badge(raw)
            if (event := to_item(bare, site_root, said)) is not None:
                read.append((k, event))
    if sections:  # "#### News and Collaboration", undated, beside "## Latest News"
        left = undated_sections(page, read, reporter)
        where = {(page.items[k].source, page.items[k].line) for k in left}
        for problem in said.problems:  # what the items left out would have said: not said
            if (problem.source, problem.line) not in where:
                reporter.report(problem)
        read = [(k, event) for k, event in read if k not in left]
    events = [event for _, event in read]
    if is_coverage_title(page.title):  # "In the news": a paper named there is covered
        as_coverage(events)
    return events
