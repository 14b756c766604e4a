"""Small text helpers: unsafe characters, slugs, simple LaTeX to Unicode, first sentences,
shortening."""

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


def latex_to_text(tex: str) -> str:
    """Readable Unicode for simple inline LaTeX: ``\\ell_p`` → ``ℓp``, ``\\infty`` → ``∞``,
    ``10^{-6}`` → ``10⁻⁶``, ``\\tilde{O}`` → ``Õ``, ``\\|x\\|_2`` → ``‖x‖2``."""
    out = _FRAC.sub(r"\1/\2", tex)
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


# Characters no output may carry: C0/C1 controls but tab and newline, bidi embeddings,
# overrides and isolates (they reorder what a reader shows: "evil\u202etxt.exe"), the
# non-characters U+FFFE/U+FFFF, and lone surrogates (invalid in UTF-8 and in XML).
_UNSAFE_CHARS = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufffe\uffff\ud800-\udfff]"
)


def clean_text(text: str) -> str:
    """``text`` fit for every output: CR and CRLF become LF; the characters above go."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _UNSAFE_CHARS.sub("", text)


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
    """The text up to the end of its first sentence (abbreviations such as ``U.`` kept,
    and a quoted title's own ``?`` or ``.``)."""
    for match in re.finditer(r"[.!?](?=\s+[^\s])", text):
        head = text[: match.end()]
        if (match.group() == "." and _ABBREV.search(head)) or open_quote(head) is not None:
            continue
        return head.strip()
    return text.strip()


_QUOTES = (('"', '"'), ("“", "”"), ("«", "»"), ("「", "」"))


def open_quote(text: str) -> int | None:
    """Where the quotation still open at the end of ``text`` begins, or ``None``."""
    found: int | None = None
    for opening, closing in _QUOTES:
        if opening == closing:
            if text.count(opening) % 2:
                at = text.rindex(opening)
                found = at if found is None else min(found, at)
        elif text.count(opening) > text.count(closing):
            at = text.rindex(opening)
            found = at if found is None else min(found, at)
    return found


def shorten(text: str, limit: int = 120) -> str:
    """At most ``limit`` characters, cut at a word boundary with an ellipsis, never in a
    quotation: before it, or after it when it opens early and closes soon after ``limit``."""
    text = squash(text)
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rindex(" ")]
    if cut.count("(") > cut.count(")") and cut.rindex("(") > limit // 2:
        cut = cut[: cut.rindex("(")]  # not in the middle of a parenthesis
    quote = open_quote(cut)
    if quote is not None:
        whole = _quotation_end(text, quote)
        if quote < limit // 3 and whole is not None and whole <= limit * 3 // 2:
            cut = text[:whole]  # 'Our paper "A Long Title…" has been accepted' keeps the title
            if len(cut) == len(text):
                return text
        else:
            cut = cut[:quote]
    return _DANGLING.sub("", cut).rstrip(" ,;:-–—") + "…"


# A word that leads into what was cut off: "… on…", "… the…".
_DANGLING = re.compile(
    r"\s+(?:on|about|titled|entitled|called|named|of|at|in|for|to|with|and|or|by|from|the|an?)"
    r"\s*$",
    re.IGNORECASE,
)


def _quotation_end(text: str, at: int) -> int | None:
    """The end of the quotation that opens at ``text[at]``."""
    closing = dict(_QUOTES).get(text[at], text[at])
    end = text.find(closing, at + 1)
    return None if end < 0 else end + 1


_SHORTCODE = re.compile(r"(?<![\w:]):([a-z0-9_+-]+):(?![\w:])")
EMOJI = {  # jemoji shortcodes common in al-folio pages; others are left as written
    "sparkles": "✨", "tada": "🎉", "confetti_ball": "🎊", "partying_face": "🥳",
    "trophy": "🏆", "medal_sports": "🏅", "rocket": "🚀", "star": "⭐", "fire": "🔥",
    "mega": "📣", "loudspeaker": "📢", "books": "📚", "page_facing_up": "📄", "memo": "📝",
    "newspaper": "📰", "microphone": "🎤", "mortar_board": "🎓", "school": "🏫",
    "computer": "💻", "bulb": "💡", "smile": "😄", "smiley": "😃", "blush": "😊",
    "heart": "❤️", "+1": "👍", "thumbsup": "👍", "clap": "👏", "wave": "👋",
    "airplane": "✈️", "earth_americas": "🌎", "calendar": "📆", "link": "🔗",
}  # fmt: skip


def emojize(text: str) -> str:
    """jemoji shortcodes as emoji: ``:trophy:`` → 🏆 (unknown ones left as written)."""
    return _SHORTCODE.sub(lambda m: EMOJI.get(m.group(1), m.group(0)), text)
