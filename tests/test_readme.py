"""The README documents every setting and every date form (it fails when one is missing)."""

from __future__ import annotations

import dataclasses
import re

from feeds.config import Settings

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
DATES = ROOT / "feeds" / "parse" / "dates"


def settings_table() -> set[str]:
    """Keys in the first column of the README's settings table, as ``feeds.toml`` spells
    them (``calendar.kinds`` is the table ``[calendar]``, key ``kinds``)."""
    lines = README.split("\n| setting |", 1)[1].split("\n\n", 1)[0].splitlines()[2:]
    names = set()
    for line in lines:
        first = line.split("|")[1]
        names.update(re.findall(r"`([a-z_.]+)`", first))
    return names


def test_every_setting_is_in_the_readme_table() -> None:
    documented = {name.replace(".", "_") for name in settings_table()}
    fields = {f.name for f in dataclasses.fields(Settings)}
    assert fields - documented == set(), "settings missing from README.md"
    assert documented - fields == set(), "README.md documents settings that do not exist"


def test_every_date_form_module_is_named_in_the_readme() -> None:
    forms = [
        path.stem
        for path in sorted(DATES.glob("*.py"))
        if re.search(r"^PATTERN\s*=", text := path.read_text(encoding="utf-8"), re.M)
        and re.search(r"^def build\(", text, re.M)
    ]
    assert len(forms) >= 10  # the folder really holds the forms
    section = README.split("## How the news list is read", 1)[1].split("\n## ", 1)[0]
    missing = [form for form in forms if f"`{form}`" not in section]
    assert missing == [], "date forms missing from README.md"
