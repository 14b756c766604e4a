"""VuePress and VitePress sites: their pages are in the folder that holds ``.vuepress/``
(or ``.vitepress/``), often ``docs/`` or the repository's root; its ``README.md``
(VuePress; ``index.md`` in VitePress, either in VuePress 2) is the homepage. Given the
site's root, the tool reads that folder as the content folder and that page as the
homepage. The configuration (``config.js``…) is never run."""

from __future__ import annotations

from pathlib import Path

CONFIG_FOLDERS = (".vuepress", ".vitepress")
SOURCE_FOLDERS = ("", "docs", "src", "site", "content")  # where the config folder is looked for
HOMEPAGES = {".vuepress": ("README.md", "index.md"), ".vitepress": ("index.md", "README.md")}


def vue_press_home(site_dir: Path) -> tuple[Path, Path] | None:
    """(source folder, homepage) of a VuePress or VitePress site whose root is
    ``site_dir``; ``None`` when it is not one or its source folder has no homepage."""
    for name in SOURCE_FOLDERS:
        folder = site_dir / name if name else site_dir
        for config in CONFIG_FOLDERS:
            if not (folder / config).is_dir():
                continue
            for page in HOMEPAGES[config]:
                if (folder / page).is_file():
                    return folder, folder / page
    return None
