"""A day in every script people in a Swedish room write: the demo session with notes,
names and commitments in the national minority languages and the languages of newer
Swedes (issue 21). Each line is short enough to stay on one line of the PDFs."""

from __future__ import annotations

import copy

from tillitworkshop.domain import Commitment, Note, Participant, Workshop

LINES = {
    "Swedish": "Brukarna möter en ny personal varje dag, säger Åsa.",
    "Northern Sami": "Mun in sáhte bargat dákko: áhčči, čuohti, đuoldda, ŋ, šaddu, ŧ, žiehtá.",
    "Lule Sami": "Ådå jage bargo, áhkko, ŋuolos, ájggeguovlo.",
    "Finnish": "Hoitajat eivät ehdi kuunnella asukkaita.",
    "Meänkieli": "Met tarvitema enämpi aikaa kuunnela väkeä.",
    "Romani chib": "Amen trubul te vakeras pala o šukar djives.",
    "Yiddish": "מיר דארפן מער צייט פאר די מענטשן",
    "Arabic": "نحتاج إلى مزيد من الوقت مع كبار السن",
    "Persian": "ما به زمان بیشتری برای گفتگو نیاز داریم",
    "Somali": "Waxaan u baahanahay waqti dheeraad ah oo aan la hadalno dadka.",
    "Tigrinya": "ንዓበይቲ ዝያዳ ግዜ የድልየና እዩ",
    "Kurdish (Latin)": "Em hewceyê wextê zêdetir in ji bo axaftinê.",
    "Kurdish (Sorani)": "ئێمە پێویستمان بە کاتی زیاترە",
    "Bosnian/Croatian/Serbian (Latin)": "Trebamo više vremena za razgovor: č ć đ š ž.",
    "Serbian (Cyrillic)": "Потребно нам је више времена: ђ ћ љ њ џ.",
    "Polish": "Potrzebujemy więcej czasu: ą ć ę ł ń ó ś ź ż.",
    "Vietnamese": "Chúng tôi cần thêm thời gian để lắng nghe người già.",
    "Turkish": "Yaşlılarla konuşmak için daha fazla zamana ihtiyacımız var: ğ ı İ ş.",
    "Arabic and Swedish": "Vi behöver 3 timmar till نحتاج 3 ساعات för samtal 2027.",
}
RLO_NAME = "Nadia \u202eAl-Karim"  # an override in a name: must not turn the line around
EMOJI = "Bra möte 👍🏽 tack"  # shown as U+FFFD, and said in the log
ZWJ = "Team 👩‍💻 och מיר"
ONLY_MARKS = "\u0301\u0308\u0323"


def scripts_day(demo: Workshop, *, big_arabic: bool = False) -> Workshop:
    """The demo session with a note per language in "the good meeting", an Arabic problem,
    a Tigrinya commitment and participants whose names are in Arabic and Hebrew script."""
    w = copy.deepcopy(demo)
    texts = [*LINES.values(), EMOJI, ZWJ, ONLY_MARKS]
    if big_arabic:
        texts.append(("نحتاج إلى مزيد من الوقت مع كبار السن. " * 30000)[:1_000_000])
    w.notes.extend(Note(id=f"scripts-{i}", phase="good_meeting", kind="value", text=t)
                   for i, t in enumerate(texts))
    role = w.participants[0].role
    w.participants.extend([
        Participant(id="p-ar", name="فاطمة الزهراء", role=role, consent=True),
        Participant(id="p-he", name="שרה כהן", role=role, consent=True),
        Participant(id="p-rlo", name=RLO_NAME, role=role, unit="Hemtjänst Väst", consent=True),
    ])
    problem = Note(id="scripts-problem", phase="problems", kind="problem",
                   text=LINES["Arabic"], obstacle=None, votes=9)
    w.notes.append(problem)
    w.commitments.append(Commitment(id="scripts-c", what=LINES["Tigrinya"],
                                    owner_participant_id="p-ar", due_date=w.date,
                                    first_step=LINES["Kurdish (Sorani)"],
                                    problem_ids=(problem.id,)))
    return w
