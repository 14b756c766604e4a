"""A Docusaurus site whose news is a blog (session 25's brief): a second instance of the
blog plugin (``'@docusaurus/plugin-content-blog', {id: 'news', path: 'news',
routeBasePath: 'news'}``) or the classic preset's ``blog`` routed at ``news``, its
folder holding dated posts (``news/2026-03-02-grant.md``). Each post is an item, dated
by its ``date:`` else its file or folder name, titled by its ``title:``, else its
heading; linked where Docusaurus publishes it (``/news/2026/03/02/grant``, or the
``slug:``); drafts, unlisted posts and ``_``-files are left out. A blog named only
"Blog" is not news, nor one commented out. The homepage is a React component
(``src/pages/index.js``): the blog is the news. Sites written here in our own words;
``feeds list --json`` read back.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .cli_run import feeds
from .hugo_sites import NOW, write

PLUGIN_CONFIG = """\
// @ts-check
// If you aren't using GitHub pages, you don't need these.
const config = {
  title: 'Tide Lab',
  url: 'https://lab.example.org',
  baseUrl: '/site/',
  plugins: [
    [
      '@docusaurus/plugin-content-blog',
      {
        id: 'news',
        routeBasePath: 'news',
        path: './news',
        blogTitle: 'Lab News',
        feedOptions: { type: [], title: 'Not the blog\\'s title' },
      },
    ],
  ],
  presets: [['classic', { docs: { sidebarPath: false }, blog: { showReadingTime: true } }]],
};
export default config;
"""

PRESET_CONFIG = """\
module.exports = {
  title: 'Tide Lab',
  url: 'https://lab.example.org',
  baseUrl: '/site/',
  presets: [
    [
      'classic',
      ({
        docs: false,
        blog: {
          // Don't show reading times: "it's news"
          path: 'blog',
          routeBasePath: 'news',
          blogSidebarTitle: 'All posts',
        },
      }),
    ],
  ],
  // plugins: [['@docusaurus/plugin-content-blog', {id: 'news', path: 'drafts'}]],
};
"""

POSTS = {
    "2026-03-02-grant.md": "---\ntitle: We received a seed grant\n---\n\nFor sensors.\n",
    "2025-11-20-harbour-talk/index.md": (
        "---\ndate: 2025-11-21\nauthors: [ana]\n---\n\n"
        "# Invited talk at the Harbour Symposium\n\nSlides online.\n"
    ),
    "2024-06-01-old-site.mdx": (
        "---\ntitle: Our paper on tidal sensors was accepted at CONF 2024\n"
        "slug: /moved-paper\n---\n\nimport X from '@site/x';\n"
    ),
    "2025-01-01-secret.md": "---\ntitle: A draft we keep\ndraft: true\n---\n",
    "2025-02-01-quiet.md": "---\ntitle: A post that is not listed\nunlisted: true\n---\n",
    "_template.md": "---\ntitle: Template for new posts\ndate: 2025-05-05\n---\n",
    "authors.yml": "ana:\n  name: Ana\n",
}

LOCAL_PLUGIN_CONFIG = """\
module.exports = {
  title: 'Tide Lab',
  url: 'https://lab.example.org',
  baseUrl: '/site/',
  presets: [['@docusaurus/preset-classic', ({ docs: { routeBasePath: '/' }, blog: false })]],
  plugins: [
    ['./plugins/sidebar-links', { id: 'links', path: 'drafts', routeBasePath: 'news' }],
    [
      "./plugins/blog-with-home-feed",
      {
        id: "news",
        path: 'news',
        routeBasePath: 'news',
        blogTitle: 'Tide Lab News',
        feedOptions: { type: 'all', title: 'Blog' },
      },
    ],
  ],
};
"""

HOME = "import Layout from '@theme/Layout';\nexport default function Home() { return <Layout/>; }\n"

SITES = {
    "a second blog plugin, id news": (PLUGIN_CONFIG, "news"),
    "the preset's blog routed at news": (PRESET_CONFIG, "blog"),
    "a local wrapper of the blog plugin, given a blog's options": (LOCAL_PLUGIN_CONFIG, "news"),
}


def _site(root: Path, config: str, folder: str) -> Path:
    files = {"docusaurus.config.js": config, "src/pages/index.js": HOME, "package.json": "{}"}
    files["drafts/2025-04-04-unfinished.md"] = "---\ntitle: A blog commented out\n---\n"
    files.update({f"{folder}/{name}": text for name, text in POSTS.items()})
    return write(root, files)


@pytest.mark.parametrize(("config", "folder"), SITES.values(), ids=SITES)
def test_the_news_blog_posts_are_the_items(tmp_path: Path, config: str, folder: str) -> None:
    site = _site(tmp_path / "site", config, folder)
    ran = feeds("list", "--json", "--content", str(site), "--now", NOW)
    assert ran.returncode == 0, ran.stderr
    items = json.loads(ran.stdout)
    root = "https://lab.example.org/site/news"
    assert [(i["start"], i["title"], i["links"][0]["url"], i["line"]) for i in items] == [
        ("2026-03-02", "We received a seed grant", f"{root}/2026/03/02/grant", 1),
        (
            "2025-11-21",
            "Invited talk at the Harbour Symposium",
            f"{root}/2025/11/20/harbour-talk",
            6,
        ),
        (
            "2024-06-01",
            "Our paper on tidal sensors was accepted at CONF 2024",
            f"{root}/moved-paper",
            1,
        ),
    ]
    assert [i["type"] for i in items] == ["award", "talk", "paper"]


def test_a_blog_named_only_blog_is_no_news(tmp_path: Path) -> None:
    config = PRESET_CONFIG.replace("routeBasePath: 'news'", "routeBasePath: 'blog'")
    site = _site(tmp_path / "site", config, "blog")
    ran = feeds("list", "--json", "--content", str(site), "--now", NOW)
    assert ran.returncode == 1
    assert "no homepage found" in ran.stderr


def test_a_local_plugin_without_a_blogs_options_is_no_blog(tmp_path: Path) -> None:
    config = LOCAL_PLUGIN_CONFIG.replace("blogTitle: 'Tide Lab News',", "").replace(
        "feedOptions: { type: 'all', title: 'Blog' },", "sidebarPath: './sidebars.js',"
    )
    site = _site(tmp_path / "site", config, "news")
    ran = feeds("list", "--json", "--content", str(site), "--now", NOW)
    assert ran.returncode == 1
    assert "no homepage found" in ran.stderr


MDX_HOME = """\
---
title: Ana Person
---
import Link from '@docusaurus/Link';
export const year = 2026;

# Ana Person

I study tides {year > 2025 ? 'still' : 'again'}.

## News

- **2026-01-02**: Our paper on tidal sensors was accepted at CONF 2026.
- **2025-11-03**: I gave a talk at the <Link to="/harbour">Harbour</Link> symposium.
- **2025-10-01**: We wrote a guide to `{braces}` in sensor logs.
{/* - **2025-09-01**: an item hidden in an MDX comment */}

<ul>{ moreNews.map(n => <li><b>{n.date}</b>: {n.text}</li>) }</ul>
"""


def test_a_docusaurus_mdx_homepage_reads_its_markdown_news(tmp_path: Path) -> None:
    site = write(
        tmp_path / "site",
        {
            "docusaurus.config.js": "module.exports = {\n  url: 'https://ana.example.org',\n};\n",
            "package.json": "{}",
            "src/pages/index.mdx": MDX_HOME,
        },
    )
    ran = feeds("list", "--json", "--content", str(site), "--now", NOW)
    assert ran.returncode == 0, ran.stderr
    items = json.loads(ran.stdout)
    assert [(i["start"], i["line"], i["title"]) for i in items] == [
        ("2026-01-02", 13, "Our paper on tidal sensors was accepted at CONF 2026"),
        ("2025-11-03", 14, "I gave a talk at the Harbour symposium"),
        ("2025-10-01", 15, "We wrote a guide to {braces} in sensor logs"),
    ]


def test_a_news_list_mapped_by_jsx_publishes_no_code(tmp_path: Path) -> None:
    home = "## News\n\n<ul>{news.map(n => <li><b>{n.date}</b>: {n.text}</li>)}</ul>\n"
    site = write(
        tmp_path / "site",
        {"docusaurus.config.js": "module.exports = {};\n", "src/pages/index.mdx": home},
    )
    ran = feeds("list", "--json", "--content", str(site), "--now", NOW)
    assert ran.returncode == 1
    assert "n.date" not in ran.stdout + ran.stderr
    assert "yields no items" in ran.stderr
