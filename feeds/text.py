"""Small text helpers: slugs, simple LaTeX to Unicode, first sentences, shortening."""

from __future__ import annotations

import re
import unicodedata

_SYMBOLS = {
    "ell": "ℓ", "infty": "∞", "le": "≤", "leq": "≤", "ge": "≥", "geq": "≥", "ne": "≠",
    "neq": "≠", "times": "×", "cdot": "·", "pm": "±", "mp": "∓", "to": "→",
    "rightarrow": "→", "leftarrow": "←", "Rightarrow": "⇒", "in": "∈", "notin": "∉",
    "subset": "⊂", "subseteq": "⊆", "cup": "∪", "cap": "∩", "sum": "∑", "prod": "∏",
    "int": "∫", "approx": "≈", "sim": "∼", "propto": "∝", "partial": "∂", "nabla": "∇",
    "forall": "∀", "exists": "∃", "emptyset": "∅", "ldots": "…", "cdots": "⋯", "dots": "…",
    "star": "⋆", "circ": "∘", "langle": "⟨", "rangle": "⟩", "mid": "|", "log": "log",
    "min": "min", "max": "max", "sqrt": "√", "%": "%", "&": "&", "_": "_", "#": "#",
    "$": "$", "{": "{", "}": "}", ",": " ", ";": " ", "quad": " ", "qquad": " ",
    "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε",
    "varepsilon": "ε", "zeta": "ζ", "eta": "η", "theta": "θ", "iota": "ι", "kappa": "κ",
    "lambda": "λ", "mu": "μ", "nu": "ν", "xi": "ξ", "pi": "π", "rho": "ρ", "sigma": "σ",
    "tau": "τ", "upsilon": "υ", "phi": "φ", "varphi": "φ", "chi": "χ", "psi": "ψ",
    "omega": "ω", "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ",
    "Pi": "Π", "Sigma": "Σ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω",
}  # fmt: skip
_BLACKBOARD = {"R": "ℝ", "N": "ℕ", "Z": "ℤ", "Q": "ℚ", "C": "ℂ", "E": "𝔼", "P": "ℙ"}
_FRAC = re.compile(r"\\d?frac\s*\{([^{}]*)\}\s*\{([^{}]*)\}")
_BB = re.compile(r"\\mathbb\s*\{?\s*([A-Z])\s*\}?")
_WRAPPER = re.compile(
    r"\\(?:mathrm|mathbf|mathit|mathcal|mathsf|mathtt|text|textrm|textbf|textit|emph|"
    r"operatorname|boldsymbol|bm)\s*\{([^{}]*)\}"
)
_COMMAND = re.compile(r"\\([A-Za-z]+|[%&_#${},;])\s?")


def latex_to_text(tex: str) -> str:
    """Readable Unicode for simple inline LaTeX: ``\\ell_p`` → ``ℓp``, ``\\infty`` → ``∞``."""
    out = _FRAC.sub(r"\1/\2", tex)
    out = _BB.sub(lambda m: _BLACKBOARD.get(m.group(1), m.group(1)), out)
    for _ in range(3):
        out = _WRAPPER.sub(r"\1", out)
    out = _COMMAND.sub(lambda m: _SYMBOLS.get(m.group(1), m.group(1)), out)
    out = re.sub(r"[_^]", "", out).replace("{", "").replace("}", "").replace("~", " ")
    return re.sub(r"\s+", " ", out).strip()


def latex_in_text(text: str) -> str:
    """Turn ``$…$`` spans of a plain text (e.g. an arXiv abstract) into readable Unicode."""
    return re.sub(r"\$\$?([^$]+?)\$\$?", lambda m: latex_to_text(m.group(1)), text)


def slugify(text: str) -> str:
    """``Paper release`` → ``paper-release``; non-ASCII letters are kept."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = re.sub(r"[^\w]+", "-", text, flags=re.UNICODE).strip("-_")
    return text or "news"


def squash(text: str) -> str:
    """Collapse runs of white space."""
    return " ".join(text.split())


_ABBREV = re.compile(
    r"(?:\b[A-Z]|\be\.g|\bi\.e|\bvs|\bet al|\bDr|\bProf|\bMr|\bMs|\bMrs|\bSt|\bNo|\bInc|\bJr|"
    r"\bSr|\bDept|\bUniv|\bapprox|\betc|\bFig|\bEq|\bVol|\bpp|\bU\.S|\bPh\.D)\.$"
)


def first_sentence(text: str) -> str:
    """The text up to the end of its first sentence (abbreviations such as ``U.`` kept)."""
    for match in re.finditer(r"[.!?](?=\s+[^\s])", text):
        head = text[: match.end()]
        if match.group() == "." and _ABBREV.search(head):
            continue
        return head.strip()
    return text.strip()


def shorten(text: str, limit: int = 120) -> str:
    """At most ``limit`` characters, cut at a word boundary with an ellipsis."""
    text = squash(text)
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:-–—") + "…"
