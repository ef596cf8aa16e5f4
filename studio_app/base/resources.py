"""The files shipped with the program: fonts, icons, translations and the user guide.

They live in the top-level ``resources/`` folder of the checkout, which setuptools installs as
the package ``studio_app.resources`` (``package-dir`` in pyproject.toml), and are found with
``importlib.resources``: the same call works from the editable install, an installed wheel and
the PyInstaller bundle (``packaging/bundle_data.py`` puts them at ``studio_app/resources/``).
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

PACKAGE = "studio_app.resources"
KINDS = ("fonts", "icons", "translations", "guide", "lexicon")


def folder(kind: str) -> Path:
    """The folder of one kind of resource (``KINDS``), a real folder on disk: Qt and reportlab
    open the files by their path."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind of resource: {kind!r}")
    root = files(PACKAGE)
    if not isinstance(root, Path):
        # A zip import, or a stale studio_app/resources/ folder (no __init__.py) in a checkout,
        # which Python takes for a namespace package ahead of the installed mapping.
        raise RuntimeError(f"{PACKAGE} is not one folder on disk: {root!r}")
    return root / kind
