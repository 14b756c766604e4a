"""LaTeX made readable (homepage math and arXiv abstracts), shortening, sentences."""

from __future__ import annotations

import pytest

from feeds.text import emojize, first_sentence, latex_in_text, latex_to_text, shorten


@pytest.mark.parametrize(
    ("tex", "text"),
    [
        (r"\ell_p", "ℓp"),
        (r"\ell_\infty", "ℓ∞"),
        (r"10^{-6}", "10⁻⁶"),
        (r"O(n^2)", "O(n²)"),
        (r"\|x\|_2", "‖x‖2"),
        (r"\tilde{O}(d)", "Õ(d)"),
        (r"\hat{x}", "x̂"),
        (r"\mathbb{R}^n", "ℝⁿ"),
        (r"x^{1/2}", "x^(1/2)"),
        (r"\frac{1}{2}\alpha", "1/2α"),
        (r"\mathcal{O}(\log n)", "O(log n)"),
    ],
)
def test_latex_to_text(tex, text):
    assert latex_to_text(tex) == text


def test_latex_in_abstracts():
    abstract = (
        r"We \emph{prove} a \$5 bound --- with 50\% rate, $\ell_p$ norms and $10^{-6}$ "
        r"error, ``quoted'' \textbf{bold}."
    )
    assert latex_in_text(abstract) == (
        "We prove a $5 bound — with 50% rate, ℓp norms and 10⁻⁶ error, “quoted” bold."
    )


def test_first_sentence_keeps_abbreviations():
    text = "Work with Indiana U. and Emory U. went live. Second sentence."
    assert first_sentence(text) == "Work with Indiana U. and Emory U. went live."


def test_shorten_cuts_at_a_word():
    assert shorten("alpha beta gamma delta epsilon", 20) == "alpha beta gamma…"
    assert shorten("short", 20) == "short"


@pytest.mark.parametrize(
    ("text", "unknown", "expected"),
    [
        (":loud_sound::scroll: Talk", None, "🔊📜 Talk"),  # GitHub names, run together
        ("Great :+1: and :-1:", None, "Great 👍 and 👎"),
        ("at 10:30:00 and a:b: c", None, "at 10:30:00 and a:b: c"),  # not shortcodes
        (":no_such_name: kept", None, ":no_such_name: kept"),
        (":no_such_name: dropped", "", " dropped"),
    ],
)
def test_emojize(text: str, unknown: str | None, expected: str) -> None:
    assert emojize(text, unknown=unknown) == expected
