"""Simple LaTeX as readable Unicode: inline math (``\\ell_p`` → ``ℓp``), text-mode markup and
ordinals (``6$^\\mbox{th}$`` → ``6th``)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

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
    "|": "‖", "lVert": "‖", "rVert": "‖", "Vert": "‖", "lvert": "|", "rvert": "|",
    "left": "", "right": "", "big": "", "Big": "", "colon": ":", "prime": "′",
    "leftrightarrow": "↔", "mapsto": "↦", "equiv": "≡", "ll": "≪", "gg": "≫",
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
_COMMAND = re.compile(r"\\([A-Za-z]+|[%&_#${},;|])")
_ACCENTS = {
    "tilde": "\u0303", "widetilde": "\u0303", "hat": "\u0302", "widehat": "\u0302",
    "bar": "\u0304", "overline": "\u0305", "vec": "\u20d7", "dot": "\u0307",
    "ddot": "\u0308",
}  # fmt: skip
_ACCENT = re.compile(r"\\(" + "|".join(_ACCENTS) + r")\s*(?:\{([^{}]*)\}|([A-Za-z]))")
_SUPERSCRIPT = dict(zip("0123456789+-=()nikTa", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱᵏᵀᵃ", strict=True))
_SUP = re.compile(r"\^\s*(?:\{([^{}]*)\}|(\\?[^\s{}\\]))")
_TEXT_MODE = re.compile(
    r"\\(?:emph|textit|textbf|texttt|textsc|textrm|text|url|mbox)\s*\{([^{}]*)\}"
)


def _superscript(match: re.Match[str]) -> str:
    body = match.group(1) if match.group(1) is not None else match.group(2)
    if body and all(ch in _SUPERSCRIPT for ch in body):
        return "".join(_SUPERSCRIPT[ch] for ch in body)
    return f"^{body}" if len(body) == 1 else f"^({body})"


@lru_cache(maxsize=1024)  # each formula is read for the item's text and for its HTML
def latex_to_text(tex: str) -> str:
    """Readable Unicode for simple inline LaTeX: ``\\ell_p`` → ``ℓp``, ``\\infty`` → ``∞``,
    ``10^{-6}`` → ``10⁻⁶``, ``\\tilde{O}`` → ``Õ``, ``\\|x\\|_2`` → ``‖x‖2``."""
    out = _FRAC.sub(r"\1/\2", ordinals(tex))
    out = _BB.sub(lambda m: _BLACKBOARD.get(m.group(1), m.group(1)), out)
    for _ in range(3):
        out = _WRAPPER.sub(r"\1", out)
    out = _ACCENT.sub(lambda m: (m.group(2) or m.group(3) or "") + _ACCENTS[m.group(1)], out)
    out = _SUP.sub(_superscript, out)
    out = _COMMAND.sub(lambda m: _SYMBOLS.get(m.group(1), m.group(1)), out)
    out = out.replace("_", "").replace("{", "").replace("}", "").replace("~", " ")
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", out).strip())


def latex_in_text(text: str) -> str:
    """Readable Unicode for a plain text with LaTeX (an arXiv title or abstract): ``$…$``
    spans as :func:`latex_to_text`, and text-mode markup (``\\emph{x}``, ``\\%``, ``---``)."""
    out = re.sub(r"(?<!\\)\$\$?([^$]+?)(?<!\\)\$\$?", lambda m: latex_to_text(m.group(1)), text)
    for _ in range(2):
        out = _TEXT_MODE.sub(r"\1", out)
    out = re.sub(r"\\([%&#_$])", r"\1", out)
    out = out.replace("---", "—").replace("``", "“").replace("''", "”")
    return re.sub(r"(?<=\S)~(?=\S)", " ", out)


# An ordinal's suffix as a LaTeX superscript: 6$^\mbox{th}$, $5^{th}$, 21\textsuperscript{st}.
_ORDINAL = re.compile(
    r"(\d)\s*(\$)?\s*\^\s*(?:\{\s*)?(?:\\(?:mbox|text|textrm|rm|mathrm)\s*\{?\s*)?"
    r"(st|nd|rd|th|er|re|e|ème|eme|o|a|os|as)\s*\}*(?(2)\s*\$)"
    r"|(\d)\s*\\textsuperscript\s*\{\s*(st|nd|rd|th|er|re|e|ème|eme|o|a|os|as)\s*\}",
    re.IGNORECASE,
)


def ordinals(text: str) -> str:
    """LaTeX ordinals as a reader sees them: ``6$^\\mbox{th}$`` → ``6th``, ``1$^{er}$`` → 1er."""
    if "^" not in text and "textsuperscript" not in text:  # most texts: no ordinal to read
        return text
    text = re.sub(r"\$\s*(\d+)\s*(\^[^$]*)\$", r"\1$\2$", text)  # $5^{th}$ → 5$^{th}$
    return _ORDINAL.sub(lambda m: (m[1] or m[4]) + (m[3] or m[5]), text)
