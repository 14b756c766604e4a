"""Whether a ``config.toml``/``config.yaml`` at a site's root is Hugo's.

Hugo's configuration may be named ``config.*`` (its older name), a name other tools use
too: a site's own Python generator keeps ``config.yaml`` beside ``content/`` and
``templates/`` (``template_dir:``, ``content_dir:``, ``build_dir:``, ``pages:``). A
``config.*`` file that sets none of Hugo's settings (``baseURL``, ``title``, ``theme``,
``params``, ``menu``, ``languages``, ``module``…, in any case) is not Hugo's, and the
site is not read as a Hugo site for it. One that cannot be read, or sets nothing at all,
is still taken as Hugo's (as before); ``hugo.*`` always is.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..diagnostics import BuildError
from ..parse.settings_files import settings_file

HUGO_SETTINGS = frozenset((
    "baseurl", "title", "theme", "themesdir", "languagecode", "defaultcontentlanguage",
    "defaultcontentlanguageinsubdir", "languages", "params", "menu", "menus", "markup",
    "taxonomies", "module", "paginate", "pagination", "outputs", "outputformats", "mediatypes",
    "permalinks", "publishdir", "contentdir", "datadir", "layoutdir", "staticdir", "assetdir",
    "archetypedir", "resourcedir", "build", "related", "sitemap", "copyright", "author",
    "services", "googleanalytics", "enableemoji", "enablerobotstxt", "enablegitinfo",
    "disablekinds", "summarylength", "timeout", "buildfuture", "builddrafts", "buildexpired",
    "canonifyurls", "relativeurls", "uglyurls", "removepathaccents", "ignorefiles", "minify",
    "imaging", "security", "caches", "frontmatter", "hascjklanguage", "mainsections",
    "rsslimit", "pygmentsusecss", "pygmentscodefences", "cascade", "deployment", "segments",
    "enableinlineshortcodes", "footnotereturnlinkcontents", "disablepathtolower",
    "newcontenteditor",
))  # fmt: skip


def sets_hugo_settings(path: Path) -> bool:
    """Whether ``path`` (a ``config.*`` file) may be Hugo's configuration."""
    try:
        stat = path.stat()
    except OSError:
        return True
    return _sets_hugo_settings(path, stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=64)
def _sets_hugo_settings(path: Path, _mtime: int, _size: int) -> bool:
    try:
        data = settings_file(path)
    except BuildError:
        return True  # said elsewhere (site_config.config_problems)
    if not isinstance(data, dict) or not data:
        return True
    return any(str(key).lower() in HUGO_SETTINGS for key in data)
