"""A commitment shows where it came from (issue 21): the problems it answers and the
principles it draws on, in the summary, the handouts and the follow-up report."""

from __future__ import annotations

from conftest import REPORT_DAY
from report_helpers import normalised, text_of

from tillitworkshop.report import export_pdf, render_pdf


def test_commitments_name_the_problems_they_answer_everywhere(demo, tmp_path):
    c = next(c for c in demo.commitments if c.problem_ids and c.owner_participant_id)
    problem = next(n for n in demo.notes if n.id == c.problem_ids[0])
    start = normalised(problem.text)[:30]
    texts = [text_of(render_pdf(demo, kind, "sv", today=REPORT_DAY))
             for kind in ("summary", "followup")]
    written = export_pdf(demo, "handouts", tmp_path / "h", lang="sv", today=REPORT_DAY)
    owner = next(p for p in demo.participants if p.id == c.owner_participant_id)
    texts += [text_of(p.read_bytes()) for p in written
              if not p.name.startswith("00-") and owner.name in text_of(p.read_bytes())]
    assert len(texts) == 3
    for text in texts:
        assert "Svarar på:" in text and start in text
        assert "Principer:" in text
