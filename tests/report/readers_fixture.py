"""A day written by every kind of reader and by an attacker, for the HTML summary and the
CSV tables: notes in several scripts, a right-to-left override in a name, HTML and CSV
injection in every field a user types."""

from __future__ import annotations

from tillitworkshop.domain import (
    AgendaItem,
    Commitment,
    Note,
    Participant,
    Rating,
    RelationshipMark,
    StatusChange,
    Workshop,
)

HTML_ATTACK = '<script>alert("x")</script><img src=x onerror=alert(1)>&amp;"\''
CSV_ATTACKS = ("=HYPERLINK(\"http://evil\",\"klick\")", "+1+1", "-2+3", "@SUM(A1:A9)",
               "\tflik", "\rretur")
RLO_NAME = "Amir \u202eetsniM"  # shows as "Amir Minste" but must not turn the rest around

MANY_SCRIPTS = {
    "ar": "نحتاج إلى وقت أطول مع كل مواطن",
    "fa": "ما به زمان بیشتری برای هر شهروند نیاز داریم",
    "he": "אנחנו צריכים יותר זמן עם כל תושב",
    "yi": "מיר דאַרפֿן מער צײַט",
    "ti": "ንዝያዳ ግዜ ምስ ነፍሲ ወከፍ ዜጋ ንደሊ",
    "se": "Mii dárbbašit eanet áiggi juohke olbmui: č đ ŋ š ŧ ž",
    "smj": "Mij dárbbaj ienep ájge juohkka ulmutjij",
    "fi": "Tarvitsemme enemmän aikaa jokaiselle asukkaalle",
    "fit": "Met tarvittema enämpi aikaa joka ihmiselle",
    "rom": "Amen trebul amen maj but vrjama",
    "so": "Waxaan u baahanahay waqti dheeraad ah",
    "kmr": "Em hewcedarê demeke zêdetir in",
    "ckb": "ئێمە پێویستمان بە کاتی زیاترە",
    "bs": "Trebamo više vremena za svakog građanina",
    "pl": "Potrzebujemy więcej czasu dla każdego mieszkańca",
    "vi": "Chúng tôi cần thêm thời gian cho mỗi người dân",
    "tr": "Her vatandaş için daha fazla zamana ihtiyacımız var",
    "sr": "Потребно нам је више времена",
    "mixed": "Vi behöver tolk på عربي tre gånger i veckan, 3 av 5 dagar",
    "marks": "\u0301\u0308\u0327",  # only combining marks
    "zwj": "Familjen 👨\u200d👩\u200d👧 och 🙂",  # a zero-width joiner sequence, emoji
}


def readers_workshop(attack: str = HTML_ATTACK, big_note: str | None = None) -> Workshop:
    """A small day with ``attack`` in every text field (and the notes of ``MANY_SCRIPTS``,
    the CSV attacks, and ``big_note`` when given, as notes)."""
    people = [
        Participant("p1", f"Sara {attack}", "enhetschef", unit=f"Skola {attack}", consent=True),
        Participant("p2", RLO_NAME, "medarbetare", consent=True),
        Participant("p3", f"Dold {attack}", "medarbetare", consent=False),
        Participant("p4", "Nils", "politik", consent=True),
    ]
    notes = [
        Note("n1", "preparation", "note", f"Syfte {attack}"),
        Note("n2", "good_meeting", "value", f"Värde {attack}", participant_id="p1"),
        Note("n3", "good_meeting", "hinder", f"Hinder {attack}", participant_id="p3"),
        Note("n4", "chain", "signal", f"Signal {attack}", chain_link="enhetschef",
             signal="ledarskap"),
        Note("n5", "chain", "need", f"Behov {attack}", chain_link="medarbetare"),
        Note("n6", "chain", "relationship", f"Relation {attack}",
             relationship="inom_forvaltning"),
        Note("n7", "principles", "reflection", f"Reflektion {attack}", principle="tillit"),
        Note("n8", "problems", "problem", f"Problem {attack}", obstacle="detaljstyrning",
             chain_link="medarbetare", votes=4, principles=("tillit", "stod")),
        Note("n9", "problems", "problem", f"Grupperat {attack}", obstacle="detaljstyrning",
             chain_link="medarbetare", votes=1, group_id="n8"),
        Note("n10", "commitments", "note", f"Åtagandenot {attack}"),
        Note("n11", "closing", "note", f"Avslutning {attack}"),
    ]
    for i, text in enumerate(MANY_SCRIPTS.values()):
        notes.append(Note(f"s{i}", "good_meeting", "value", text, role="medarbetare"))
    for i, text in enumerate(CSV_ATTACKS):
        notes.append(Note(f"c{i}", "closing", "note", text))
    if big_note is not None:
        notes.append(Note("big", "closing", "note", big_note))
    ratings = [Rating("r1", "tillit", 4, participant_id="p1"),
               Rating("r2", "tillit", 2, participant_id="p2"),
               Rating("r3", "tillit", 1, participant_id="p3"),
               Rating("r4", "stod", 3, role="politik"),
               Rating("r5", "stod", 4, participant_id="p4")]
    commitment = Commitment(
        "k1", f"Gör {attack}", owner_participant_id="p2", owner_role="medarbetare",
        due_date="2026-12-01", first_step=f"Steg {attack}", indicator=f"Mått {attack}",
        problem_ids=("n8",), principles=("tillit",),
        history=[StatusChange("started", "2026-11-02", note=f"Not {attack}")])
    return Workshop(
        "w1", f"Kommun {attack}", "omsorg", "2026-10-15", place=f"Plats {attack}",
        facilitators=[f"Ledare {attack}", RLO_NAME], follow_up_date="2027-02-01",
        participants=people,
        agenda=[AgendaItem("a1", "good_meeting", f"Punkt {attack}", 30),
                AgendaItem("a2", None, f"Fika {attack}", 15)],
        notes=notes, ratings=ratings,
        relationship_marks=[RelationshipMark("inom_forvaltning", 3)],
        commitments=[commitment])
