"""The words a Liquid loop ASSEMBLES for one data entry, as a reader sees them::

    {% for pair in site.data.news %}{% assign n = pair[1] %}
      {% if n.kind == "paper" %}<td>[{{ n.date }}]</td>
        <td>New paper <i>{{ n.title }}</i> at {{ n.venue }}!</td>
      {% elsif n.kind == "award" %}<td>[{{ n.date }}]</td><td>{{ n.text }}</td>{% endif %}
    {% endfor %}

The loop body is played for the entry: ``if``/``elsif``/``else``/``unless`` on its
fields (``==``, ``!=``, ``<``…, ``contains``, a field alone; ``and``/``or``) choose the
branch as Liquid does: only ``nil`` and ``false`` are false (``link: ""`` is true;
``!= ""`` and ``== empty`` tell it from a link), ``{{ n.field }}`` prints the field
(filters left out), other tags and outputs print nothing. The date field prints
nothing either (the item has its own date), nor the brackets around it. Links become
Markdown links, other markup is dropped. An entry the body prints no words for is one
the loop does not show.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from typing import Any

_TAG = re.compile(r"\{%-?\s*(\w+)(.*?)-?%\}|\{\{-?\s*(.*?)\s*-?\}\}", re.DOTALL)
_BRANCH = ("if", "unless", "elsif", "else", "endif", "endunless")
_COMPARE = re.compile(r"\s*(.+?)\s*(==|!=|<>|<=|>=|<|>|contains)\s*(.+?)\s*\Z")
_LINK = re.compile(r"<a\b[^>]*?\bhref\s*=\s*[\"']([^\"']*)[\"'][^>]*>(.*?)</a\s*>", re.I | re.S)
_MARKUP = re.compile(r"<[^>]+>")
_DATE_MARK = "\x00"
_AROUND_DATE = re.compile(r"[\s\[\](){}|:,;–—-]*\x00[\s\[\](){}|:,;–—-]*")


def assembles(body: str, variable: str) -> bool:
    """Whether the loop body chooses what it prints by the entry's fields (a branch
    comparing a field of ``variable`` with a value)."""
    name = re.escape(variable)
    return bool(re.search(rf"\{{%-?\s*(?:if|elsif|unless)\s+{name}\.\w+\s*(?:==|!=)", body))


def rendered_words(body: str, variable: str, entry: dict[Any, Any], date_field: str) -> str:
    """The words the loop body prints for ``entry`` (known as ``variable``); ``""``
    when it prints none."""
    fields = {str(k).lower(): v for k, v in entry.items()}
    out: list[str] = []
    stack: list[list[bool]] = []  # per open branch: [shown now, a branch was taken]
    pos = 0
    for tag in _TAG.finditer(body):
        if all(shown for shown, _ in stack):
            out.append(body[pos : tag.start()])
        pos = tag.end()
        name, rest, output = tag.group(1), tag.group(2) or "", tag.group(3)
        if output is not None:
            if all(shown for shown, _ in stack):
                out.append(_output(output, variable, fields, date_field))
        elif name in ("if", "unless"):
            truth = condition(rest, variable, fields)
            truth = not truth if name == "unless" else truth
            stack.append([truth, truth])
        elif name in ("elsif", "else") and stack:
            taken = stack[-1][1]
            truth = not taken and (name == "else" or condition(rest, variable, fields))
            stack[-1] = [truth, taken or truth]
        elif name in ("endif", "endunless") and stack:
            stack.pop()
    if all(shown for shown, _ in stack):
        out.append(body[pos:])
    text = _LINK.sub(lambda m: f"[{_plain(m.group(2))}]({m.group(1)})", "".join(out))
    text = html.unescape(_MARKUP.sub(" ", text))
    text = _AROUND_DATE.sub(" ", " ".join(text.split()), count=1).replace(_DATE_MARK, "")
    return " ".join(text.split())


def _output(output: str, variable: str, fields: dict[str, Any], date_field: str) -> str:
    found = re.match(rf"{re.escape(variable)}\.(\w+)", output.split("|")[0].strip())
    if found is None:
        return ""
    field = found.group(1).lower()
    if field == date_field:
        return _DATE_MARK
    value = fields.get(field)
    return "" if value is None or isinstance(value, dict | list) else str(value)


def condition(text: str, variable: str, fields: dict[str, Any]) -> bool:
    """Liquid's ``a or b and c``: evaluated from the right, as Liquid does."""
    parts = re.split(r"\s+(and|or)\s+", text.strip())
    truth = _term(parts[-1], variable, fields)
    for n in range(len(parts) - 3, -1, -2):
        left = _term(parts[n], variable, fields)
        truth = (left and truth) if parts[n + 1] == "and" else (left or truth)
    return truth


def _term(text: str, variable: str, fields: dict[str, Any]) -> bool:
    compared = _COMPARE.match(text)
    if compared is None:
        value = _value(text, variable, fields)
        return value is not None and value is not False and not isinstance(value, _Literal)
    left, how, right = compared.groups()
    a, b = _value(left, variable, fields), _value(right, variable, fields)
    literal = a if isinstance(a, _Literal) else b if isinstance(b, _Literal) else None
    if literal is not None:  # x == empty, x != blank
        same = _is_empty(b if literal is a else a, literal)
        return same if how == "==" else how in ("!=", "<>") and not same
    if how == "contains":
        return isinstance(a, str | list) and b is not None and str(b) in a
    if how in ("<", ">", "<=", ">="):
        return _ordered(a, how, b)
    same = a == b or (a is not None and b is not None and str(a) == str(b))
    return same if how == "==" else not same


def _ordered(a: Any, how: str, b: Any) -> bool:
    """``a < b`` (``>``, ``<=``, ``>=``) as Liquid compares them: numbers with numbers,
    texts with texts, dates with dates; other pairs hold no order (false)."""
    numbers = isinstance(a, int | float) and isinstance(b, int | float)
    same = type(a) is type(b) and isinstance(a, str | dt.date)
    if isinstance(a, bool) or isinstance(b, bool) or not (numbers or same):
        return False
    return {"<": a < b, ">": a > b, "<=": a <= b, ">=": a >= b}[how]


class _Literal(str):
    """Liquid's ``empty`` or ``blank``, which a value is compared with by asking it."""


def _is_empty(value: Any, literal: str) -> bool:
    """``value == empty``: an empty text, list or map (``nil`` is not); ``value ==
    blank`` is never true in the Liquid Jekyll runs (4.x: a value is asked whether it
    is ``blank?``, which plain Ruby values cannot answer)."""
    return literal == "empty" and isinstance(value, str | list | dict) and not value


def _value(text: str, variable: str, fields: dict[str, Any]) -> Any:
    text = text.strip()
    if text[:1] in ('"', "'") and text[-1:] == text[:1] and len(text) >= 2:
        return text[1:-1]
    if text in ("empty", "blank"):
        return _Literal(text)
    if text in ("nil", "null"):
        return None
    if text in ("true", "false"):
        return text == "true"
    if re.fullmatch(r"-?\d+(?:\.\d+)?", text):
        return float(text) if "." in text else int(text)
    found = re.fullmatch(rf"{re.escape(variable)}\.(\w+)", text)
    return fields.get(found.group(1).lower()) if found else None


def _plain(markup: str) -> str:
    return " ".join(_MARKUP.sub(" ", markup).split())
