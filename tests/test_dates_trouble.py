"""The "impossible date" and "misspelt month" warnings, word for word, at their limits.

The messages are checked as an author reads them (``home.md:LINE: warning: …``) and the
thresholds one case either side: the last real day of a month and the day after, month
12 and 13, a misspelt month written with and without a capital.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from feeds.diagnostics import Reporter
from feeds.parse import parse_page
from feeds.parse.dates.trouble import date_trouble

HINT = "(end the item with a date such as '(Nov 18, 2022)'); published undated"


def safe_id(value: object) -> str:
    """An ASCII test id: mutmut names tests on a command line."""
    return re.sub(r"[^A-Za-z0-9]+", "_", str(value))[:40]


def warnings_of(text: str) -> list[str]:
    reporter = Reporter(quiet=True)
    parse_page(Path("home.md"), site_root="https://example.org/", reporter=reporter, text=text)
    return [str(p) for p in reporter.warnings]


def test_the_warnings_as_an_author_reads_them():
    assert warnings_of(
        "## News\n"
        "- **Feb 30, 2022**: Won an award\n"
        "- **Talk** at Simons (New York, Sepember 21, 2022)\n"
        "- **Talk** at MIT (Boston, Apr 31 2022)\n"
        "- 2023-13 — a new group\n"
        "- Visited Paris (Feb 29) and more\n"
        "\n"
        "### 2023\n"
        "- **Talk** at Simons (Feb 30)\n"
        "- Moved on Feb 31\n"
        "- **Talk** at Simons (Jan 12)\n"
    ) == [
        f"home.md:2: warning: 'Feb 30, 2022' is not a real date {HINT}",
        "home.md:3: warning: 'Sepember 21, 2022' looks like a date with a misspelt month"
        " (September?); dated 2022 only",
        f"home.md:4: warning: 'Apr 31 2022' is not a real date {HINT}",
        f"home.md:5: warning: '2023-13' is not a real date {HINT}",
        # Feb 29 without a year may be real (a leap year): nothing to say but "no date".
        f"home.md:6: warning: no date found in news item {HINT}",
        # Under a year heading an impossible day is not taken as "some day of 2023".
        f"home.md:9: warning: 'Feb 30' is not a real date {HINT}",
        f"home.md:10: warning: 'Feb 31' is not a real date {HINT}",
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        # Each month's last day is real, the day after is not (2023: not a leap year).
        ("Jan 31, 2023", None),
        ("Jan 32, 2023", "'Jan 32, 2023' is not a real date"),
        ("Feb 28, 2023", None),
        ("Feb 29, 2023", "'Feb 29, 2023' is not a real date"),
        ("Feb 29, 2024", None),
        ("Feb 29", None),  # no year: it may be a leap year
        ("Feb 30", "'Feb 30' is not a real date"),
        ("Apr 30 2023", None),
        ("Apr 31 2023", "'Apr 31 2023' is not a real date"),
        ("31 Apr 2023", "'31 Apr 2023' is not a real date"),
        ("30 Apr 2023", None),
        ("Jan 0, 2023", "'Jan 0, 2023' is not a real date"),
        ("Jan 1, 2023", None),
        ("Dec 31, 2023", None),
        ("September 31, 2022", "'September 31, 2022' is not a real date"),
        ("Sept 31, 2022", "'Sept 31, 2022' is not a real date"),
        ("Sep 31, 2022", "'Sep 31, 2022' is not a real date"),
        ("Sept. 30, 2022", None),
        # The phrase is quoted without the comma or space after it.
        ("Feb 30, at MIT", "'Feb 30' is not a real date"),
        ("at MIT, Feb 30,", "'Feb 30' is not a real date"),
        # A real date does not end the search: the impossible one after it is named.
        ("Jan 5, 2022 and Feb 30, 2022", "'Feb 30, 2022' is not a real date"),
        ("2022-01-05 or Feb 30, 2022", "'Feb 30, 2022' is not a real date"),
        ("30 Jan 2022 and 30 Feb 2022", "'30 Feb 2022' is not a real date"),
        # Numeric dates: month 1..12, the month's days.
        ("2023-12-31", None),
        ("2023-12-32", "'2023-12-32' is not a real date"),
        ("2023-01-01", None),
        ("2023-00-10", "'2023-00-10' is not a real date"),
        ("2023-02-29", "'2023-02-29' is not a real date"),
        ("2024-02-29", None),
        ("2023.04.31", "'2023.04.31' is not a real date"),
        ("2023-13", "'2023-13' is not a real date"),
        ("2023-12", None),
        ("13/2022", "'13/2022' is not a real date"),
        ("12/2022", None),
        ("1/2022", None),
        ("0/2022", "'0/2022' is not a real date"),
        # A misspelt month: close to a month's full name, written with a capital.
        ("Sepember 2023", "'Sepember 2023' looks like a date with a misspelt month (September?)"),
        ("sepember 2023", None),
        ("Sepember", None),  # no day, no year: not date-like
        ("Octobr 3", "'Octobr 3' looks like a date with a misspelt month (October?)"),
        ("Jne 2023", "'Jne 2023' looks like a date with a misspelt month (June?)"),
        ("Marc 5, 2022", "'Marc 5, 2022' looks like a date with a misspelt month (March?)"),
        ("Maj 31, 2023", None),  # not close enough to "May"
        # Close means 80% alike (difflib): "Agst" is (0.8), "Nvmbr" is not (0.77).
        ("Agst 2023", "'Agst 2023' looks like a date with a misspelt month (August?)"),
        ("Nvmbr 2023", None),
        ("Xjuly 2023", "'Xjuly 2023' looks like a date with a misspelt month (July?)"),
        ("Talks 2023", None),
        (
            "Setember 2023 and Feb 30, 2022",
            "'Setember 2023' looks like a date with a misspelt month (September?)",
        ),
        ("Nothing here", None),
    ],
    ids=safe_id,
)
def test_date_trouble(text, message):
    assert date_trouble(text) == message
