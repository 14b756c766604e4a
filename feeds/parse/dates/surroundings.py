"""What stands around a date in a text: a word of when before it ("Early 2024"), what opens
an item before a leading date and what closes it (a bracket, a delimiter, a space), and an
open end after it ("Jan 2024 – present")."""

from __future__ import annotations

from ._common import DASH

# A leading date ends at a bracket, a delimiter (``:``, a fullwidth ``：``, ``，`` or ``、``,
# ``|``, a dash), a ``.`` or ``,`` before a space ("June'18. I am …", "Feb'18, CVPR …")
# or a space; a bare year before a space, ``.`` or ``,`` is not taken ("2021 AAAI …",
# "2020, a year …"). A place may share the date's bracket: "[Apr 2026, Korea]".
# A word of when in the period before a date: "Early 2024", "mid-May 2024", "end of 2023".
WITHIN = r"(?:(?:early|mid|late|(?:the\s+)?(?:end|beginning|start)\s+of)(?:-|\s+))?"
LEAD = rf"^[\W_]*?[\[(*]*{WITHIN}"
_ASIDE = r"(?:\s*[,;]\s*(?P<aside>[^\[\]()*\n]{1,60}?)\s*)?"
# A CJK date needs no space before the words after its comma: "6 月 26 日，…",
# "2022年4月1日起，…" (from); not "2021年12月に開催された…" (held in: part of the sentence).
# A word of "from" ends it alone: "4月1日から着任", "9月1日起加入", "4/1から1年間".
_CJK_END = (
    r"(?<=[日月일월号號])\s*(?:起|开始|開始|から)?\s*[，,、：:；;]\s*(?=\S)"
    r"|(?:(?<=[日月号號])|(?<=\d/\d)|(?<=\d/\d\d))(?:起|开始|開始|から|より)[，,、]?\s*(?=\S)"
)
LEAD_END = (
    rf"(?:{_ASIDE}[\])*]+\s*[:：|–—-]*\s*|\s*[:：，、；|–—-]+\s*(?!\d)|(?P<ws>[.,]?\s+)(?=\S)"
    rf"|{_CJK_END})"
)


# An open end after a date: "Jan 2024 – present", "2022 - now", "2023年9月至今": the start is
# the date (in an item's opening, only before a delimiter: "Jan 2024 - Now we …" is words).
ONGOING = (
    rf"(?:(?:{DASH}|\s*(?:至|～)\s*)(?:present|now|today|ongoing|current|heute|présent|presente"
    r"|actualidad|atualmente|oggi|至今|现在|現在|今))"
)
