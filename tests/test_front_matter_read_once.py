"""Front matter read again in one build (load_yaml keeps what it parsed): every caller
still gets the document as written, whatever an earlier caller did with its copy."""

from __future__ import annotations

import pytest

from feeds.parse.front_matter import YamlError, load_yaml

TEXT = "title: Me\ntags: [a, b]\nprofile:\n  name: X\n  since: 2019-05-01\n"


def test_a_document_read_again_is_the_document_as_written():
    first = load_yaml(TEXT)
    first["tags"].append("c")
    first["profile"]["name"] = "Y"
    first["new"] = 1
    again = load_yaml(TEXT)
    assert again["tags"] == ["a", "b"] and again["profile"]["name"] == "X"
    assert sorted(again) == ["profile", "tags", "title"]
    assert str(again["profile"]["since"]) == "2019-05-01"


def test_a_document_that_cannot_be_read_says_so_every_time():
    for _ in range(2):
        with pytest.raises(YamlError):
            load_yaml("title: [unclosed\n")
