"""LaTeX made readable (homepage math and arXiv abstracts), shortening, sentences."""

from __future__ import annotations

import pytest

from feeds.latex_text import latex_in_text, latex_to_text
from feeds.text import emojize, first_sentence, shorten


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


# German ordinals are no sentence's end; a year's or a sentence's full stop still is
ORDINALS = {
    "a day before its month": (
        "Online-Workshop am 15. Juli 2025 mit drei Vorträgen. Anmeldung per Mail.",
        "Online-Workshop am 15. Juli 2025 mit drei Vorträgen.",
    ),
    "two days joined": (
        "Treffen der Gruppe vom 18. und 19. November 2025 in Kiel. Programm folgt.",
        "Treffen der Gruppe vom 18. und 19. November 2025 in Kiel.",
    ),
    "a range of days": (
        "Tagung der Gruppe 3. - 7. März 2025 in Bonn. Alle sind willkommen.",
        "Tagung der Gruppe 3. - 7. März 2025 in Bonn.",
    ),
    "a numbered meeting after its article": (
        "Die Gruppe auf der 114. Jahrestagung in Berlin. Danach Kaffee.",
        "Die Gruppe auf der 114. Jahrestagung in Berlin.",
    ),
    "an English year ends the sentence": (
        "We won the poster award in 2024. Then we went home.",
        "We won the poster award in 2024.",
    ),
    "an English number ends the sentence": (
        "Our team finished the race in place 12. Next year again.",
        "Our team finished the race in place 12.",
    ),
}


@pytest.mark.parametrize(("text", "sentence"), ORDINALS.values(), ids=ORDINALS.keys())
def test_first_sentence_reads_german_ordinals(text: str, sentence: str) -> None:
    assert first_sentence(text) == sentence


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
