"""The shared Markdown parser's shortcuts (:mod:`feeds.parse.markdown_speed`) change no
output: a link's URL reads as CommonMark's reference parser (markdown-it) writes it, and
every text gives the tokens of markdown-it-py's own defaults."""

from __future__ import annotations

import random

import pytest
from markdown_it import MarkdownIt
from markdown_it.parser_inline import _default_terminator_re

from feeds.parse.markdown import markdown, new_parser
from feeds.parse.markdown_speed import stop_text_only_for_rules

# (as written in [x](…), the href a link gets), the second written out by hand
HREFS = [
    ("https://arxiv.org/abs/2001.00001", "https://arxiv.org/abs/2001.00001"),
    ("http://www.cs.Example.edu/~ann/talk.pdf?v=2#p3", "http://www.cs.Example.edu/~ann/talk.pdf?v=2#p3"),
    ("talks/t1.pdf", "talks/t1.pdf"),
    ("/news/2024/", "/news/2024/"),
    ("#news", "#news"),
    ("slides/a:b.pdf", "slides/a:b.pdf"),
    ("https://a.org/%E2%9C%93", "https://a.org/%E2%9C%93"),  # escapes kept
    ("https://a.org/50%", "https://a.org/50%25"),  # a bare % is escaped
    ("https://a.org/%zz", "https://a.org/%25zz"),
    ("papers/ü.pdf", "papers/%C3%BC.pdf"),
    ("https://a.org/a|b", "https://a.org/a%7Cb"),
    ("https://a.org/{x}", "https://a.org/%7Bx%7D"),
    ("http://例え.jp/", "http://xn--r8jz45g.jp/"),  # a host name in punycode
    ("http://a!b:80/x", "http://a:80!b/x"),  # a host name cut at its odd character
    ("http://@host/", "http://host/"),  # and an empty user
    ("http://host:8080/x", "http://host:8080/x"),
    ("mailto:ann@example.org", "mailto:ann@example.org"),
    ("//cdn.example.org/a b", "//cdn.example.org/a%20b"),
    ("HTTPS://Example.ORG/", "HTTPS://Example.ORG/"),
    ("https://" + "a" * 64 + ".org/", "https://" + "a" * 64 + ".org/"),
]  # fmt: skip


@pytest.mark.parametrize(("written", "href"), HREFS)
def test_a_link_gets_the_href_commonmark_gives_it(written: str, href: str) -> None:
    destination = f"<{written}>" if " " in written else written  # [x](<a b>)
    link = markdown().parseInline(f"[x]({destination})")[0].children[0]
    assert link.attrs["href"] == href


# every character an inline rule of CommonMark or a plugin looks at, and some words
PIECES = list("\n !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~") + [
    "a", "b", "1", "ü", "  ", "](u)", "](https://a.org/x)", "[x]: /y", "<http://a.b>",
    "&amp;", "**", "~~", "$$", "\\$", "<b>", "![i](p.png)", "- ", "1. ", "| a |", "\n\n",
]  # fmt: skip


@pytest.mark.parametrize("tables", [False, True])
def test_random_texts_give_markdown_it_pys_own_tokens(tables: bool) -> None:
    rng = random.Random(11)
    md, stock = markdown(tables), new_parser(tables, shortcuts=False)
    for _ in range(3000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randrange(1, 40)))
        assert md.parse(text) == stock.parse(text), repr(text)


def test_a_rule_of_unknown_start_keeps_every_stop() -> None:
    md = MarkdownIt("commonmark")
    md.inline.ruler.push("mine", lambda state, silent: False)
    stop_text_only_for_rules(md)
    assert md.inline.terminator_re.pattern == _default_terminator_re().pattern
    plain = MarkdownIt("commonmark")
    stop_text_only_for_rules(plain)
    assert plain.inline.terminator_re.search("a:b-c#d%e=f") is None


def test_block_rules_skip_debug_lines_only_when_their_logger_hides_them(monkeypatch) -> None:
    import importlib
    import logging

    from feeds.parse.markdown_speed import quiet_block_debug

    hr_rule = importlib.import_module("markdown_it.rules_block.hr")
    list_rule = importlib.import_module("markdown_it.rules_block.list")

    hr_logger, list_logger = (
        logging.getLogger(hr_rule.__name__),
        logging.getLogger(list_rule.__name__),
    )
    monkeypatch.setattr(hr_rule, "LOGGER", hr_logger)
    monkeypatch.setattr(list_rule, "LOGGER", list_logger)
    monkeypatch.setattr(list_logger, "level", logging.DEBUG)  # someone wants list's lines
    list_logger.manager._clear_cache()
    seen: list[str] = []
    handler = logging.Handler(logging.DEBUG)
    handler.emit = lambda record: seen.append(record.getMessage())  # type: ignore[method-assign]
    monkeypatch.setattr(list_logger, "handlers", [handler])
    monkeypatch.setattr(hr_logger, "handlers", [handler])
    quiet_block_debug()
    assert hr_rule.LOGGER is not hr_logger and hr_rule.LOGGER.name == hr_logger.name
    assert list_rule.LOGGER is list_logger
    MarkdownIt("commonmark").parse("- one\n- two\n")
    assert any(line.startswith("entering list") for line in seen)
    assert not any(line.startswith("entering hr") for line in seen)
    list_logger.manager._clear_cache()
