"""A stand-in for Pillow in the frozen app: a PyInstaller runtime hook (build_installer.py).

reportlab imports ``PIL.Image`` when it loads (reportlab/lib/utils.py) but uses it only to
put raster images into a PDF, and the app's PDFs hold none: text in embedded TrueType
fonts, lines and vector drawings. Pillow's decoder and the libraries it links (JPEG,
TIFF, JPEG 2000, zstd, xcb) are 6 MB of the bundle, so build_installer.py leaves Pillow
out and this hook puts an empty ``PIL.Image`` in its place before the app starts.

reportlab's own checks still work: nothing is an instance of ``Image``, and opening an
image says why it cannot. tests/report/test_pillow_stub.py makes every PDF with this stub,
so a PDF that starts to need Pillow fails there, not in a user's installed app.
"""

from __future__ import annotations

import sys
import types

LEFT_OUT = ("Pillow is not in this bundle (build_installer.py leaves it out): "
            "the app's PDFs hold no raster images")


class _NoImage:
    """``PIL.Image.Image``: there are none, so ``isinstance(x, Image.Image)`` is False."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        raise ImportError(LEFT_OUT)


def _open(*args: object, **kwargs: object) -> None:
    raise ImportError(LEFT_OUT)


def install() -> None:
    """Register the empty ``PIL`` and ``PIL.Image``, unless a real Pillow is loaded already.

    Any other ``from PIL import ...`` (pypdf's optional image support) fails with
    ImportError, as if Pillow were not installed, which those libraries handle."""
    if "PIL" in sys.modules:
        return
    pil = types.ModuleType("PIL", "Stand-in for Pillow: see packaging/pillow_stub.py")
    pil.__path__ = []  # a package with no submodules of its own
    pil.__version__ = "none (stand-in)"  # type: ignore[attr-defined]  # pypdf reads it at import
    image = types.ModuleType("PIL.Image", "Stand-in for PIL.Image: see packaging/pillow_stub.py")
    image.Image = _NoImage  # type: ignore[attr-defined]
    image.open = _open  # type: ignore[attr-defined]
    pil.Image = image  # type: ignore[attr-defined]
    sys.modules["PIL"] = pil
    sys.modules["PIL.Image"] = image


install()
