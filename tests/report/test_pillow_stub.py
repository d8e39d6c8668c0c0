"""The installer leaves Pillow out (packaging/pillow_stub.py stands in for it): every PDF
the app makes must come out without it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

# Run in a fresh interpreter: this test process has loaded the real Pillow through reportlab.
SCRIPT = """
import runpy, sys
from pathlib import Path
runpy.run_path(sys.argv[1])
stub = sys.modules["PIL"]
sys.path.insert(0, sys.argv[2])
from scripts_fixture import scripts_day
from tillitworkshop.cli import main
from tillitworkshop.report import export_pdf
from tillitworkshop.store import Library
from tillitworkshop.store.demo import add_demo
from tillitworkshop.store.read import load_workshop

out = Path(sys.argv[3])
with Library.open(out / "lib") as lib:
    day = scripts_day(load_workshop(lib, add_demo(lib).session_id))
written = []
for kind in ("summary", "cards", "followup"):
    written += export_pdf(day, kind, out / f"{kind}.pdf", lang="sv")
written += export_pdf(day, "handouts", out / "handouts", lang="en")
assert main(["rollup", str(out / "lib"), "-o", str(out / "r.sqlite"), "--pdf", str(out / "r.pdf")]) == 0
written.append(out / "r.pdf")
assert sys.modules["PIL"] is stub, "the real Pillow was loaded"
assert all(p.read_bytes().startswith(b"%PDF") for p in written)
print("PDFs:", len(written))
"""


def test_every_pdf_is_made_with_the_stand_in_for_pillow(tmp_path):
    """A PDF that starts to need Pillow (an image, say) fails here, before the bundle ships."""
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(REPO / "packaging" / "pillow_stub.py"),
         str(REPO / "tests" / "report"), str(tmp_path)],
        capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    assert int(result.stdout.split("PDFs:")[1]) >= 5, result.stdout


def test_the_stand_in_says_why_an_image_cannot_be_opened():
    result = subprocess.run(
        [sys.executable, "-c", "import runpy, sys; runpy.run_path(sys.argv[1]);"
         "from reportlab.lib.utils import ImageReader; ImageReader(sys.argv[2])",
         str(REPO / "packaging" / "pillow_stub.py"),
         str(REPO / "resources" / "icons" / "tillitworkshop.png")],
        capture_output=True, text=True, timeout=60)
    assert result.returncode != 0 and "Pillow is not in this bundle" in result.stderr
