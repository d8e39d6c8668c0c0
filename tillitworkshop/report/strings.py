"""The fixed texts of the PDFs: English keys, a Swedish table, and the injected translator.

Every export takes a ``Translator``, a callable ``tr(text) -> str`` given the
English text. The command line uses ``translator(lang)`` from here; the window
may pass its own (say, one backed by Qt's translations) without this package
knowing about Qt. Texts with ``{placeholders}`` are formatted after
translation.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str], str]

LANGUAGES = ("sv", "en")

SWEDISH: dict[str, str] = {
    # Shared
    "Besök Tillit": "Besök Tillit",
    "Besök Tillit · SOU 2018:47": "Besök Tillit · SOU 2018:47",
    "BESÖK TILLIT · SOU 2018:47": "BESÖK TILLIT · SOU 2018:47",
    "BESÖK TILLIT · {date}": "BESÖK TILLIT · {date}",
    "Page {page} of {pages}": "Sida {page} av {pages}",
    "Nothing was recorded.": "Inget antecknades.",
    "Notes": "Anteckningar",
    "Total": "Totalt",
    "Principles": "Principer",
    "Insights on building trust": "Insikter om tillitsbyggande",
    "Who": "Vem",
    "By when": "Klart senast",
    "Status": "Status",
    "First step": "Första steg",
    "How we will know": "Så vet vi att vi lyckats",
    "not decided": "inte bestämt",
    "no date": "inget datum",
    "Planned": "Planerat",
    "Started": "Påbörjat",
    "Done": "Genomfört",
    "Dropped": "Avbrutet",
    "Late": "Försenat",
    "1 vote": "1 röst",
    "{n} votes": "{n} röster",
    "Principles that answer it:": "Principer som svarar mot problemet:",
    "We meet again on {date} to follow up the commitments.":
        "Vi ses igen den {date} för att följa upp åtagandena.",
    "Sector": "Sektor",
    "Date": "Datum",
    "Place": "Plats",
    "Facilitators": "Processledare",
    "Follow-up": "Uppföljning",
    # Summary
    "Summary": "Sammanfattning",
    "Besök Tillit – summary": "Besök Tillit – sammanfattning",
    "Summary of the Besök Tillit day on {date}": "Sammanfattning av Besök Tillit-dagen den {date}",
    "Summary of the dialogue day, {date}": "Sammanfattning av dialogdagen den {date}",
    "Purpose of the day": "Syftet med dagen",
    "Participants": "Deltagare",
    "Chain role": "Roll i styrkedjan",
    "Participants who did not agree to be named are shown by their role and a number.":
        "Deltagare som inte har samtyckt till att nämnas vid namn visas med sin roll och "
        "ett nummer.",
    "The day's programme": "Dagens program",
    "Each item of the programme with its planned time box and the time it actually took.":
        "Varje programpunkt med den tid som var planerad och den tid den faktiskt tog.",
    "Item": "Programpunkt",
    "Ran": "Klockslag",
    "Took": "Faktisk tid",
    "Difference": "Avvikelse",
    "Whole day": "Hela dagen",
    "The day began with the meeting between citizen and employee that everything else is "
    "there to serve: what creates value in it, and what hinders it?":
        "Dagen började i mötet mellan medborgare och medarbetare, som allt annat finns till "
        "för: vad skapar värde i mötet, och vad hindrar det?",
    "The chain was walked link by link: the governance signals each link receives, what "
    "creates value, what hinders, and what it needs from the link above.":
        "Styrkedjan gicks igenom länk för länk: vilka styrsignaler länken tar emot, vad som "
        "skapar värde, vad som hindrar och vad länken behöver från länken ovanför.",
    "The chain as a whole": "Styrkedjan som helhet",
    "Relationships for trust": "Relationer för tillit",
    "How strong trust is in each of the five relationships, as the room judged it "
    "(1 = weak, 5 = strong), and what was said about them.":
        "Hur stark tilliten är i var och en av de fem relationerna, så som deltagarna "
        "bedömde den (1 = svag, 5 = stark), och vad som sades om dem.",
    "Other notes on relationships": "Övrigt om relationerna",
    "Where are we today? Each chain level's average rating, 1 (not at all) to 5 (fully), per "
    "principle. Where the levels differ, they see the same organisation differently, and "
    "that is worth a conversation.":
        "Var står vi i dag? Varje nivås genomsnittliga skattning per princip, från 1 (inte "
        "alls) till 5 (helt och hållet). Där nivåerna skiljer sig åt ser de samma "
        "organisation på olika sätt – och det är värt ett samtal.",
    "No ratings were recorded.": "Inga skattningar registrerades.",
    "Spread (highest − lowest)": "Skillnad (högst − lägst)",
    "Average rating:": "Genomsnitt:",
    "spread of 1 point or more (light) and of 2 or more (dark); framed: the largest spread":
        "skillnad på minst 1 poäng (ljus) och minst 2 (mörk); med ram: störst skillnad",
    "Average rating {avg} ({n} ratings)": "Genomsnittlig skattning {avg} ({n} skattningar)",
    "Reflections": "Reflektioner",
    "Examples": "Exempel",
    "Every problem the room raised, placed on one of the six obstacles that hinder the good "
    "meeting and on the link of the chain where it arises.":
        "Alla problem som kom upp under dagen, placerade på ett av de sex hinder som står i "
        "vägen för det goda mötet och på den länk i styrkedjan där problemet uppstår.",
    "Below, the problems under each obstacle, the most votes first; problems grouped "
    "together on the board are shown under the first one.":
        "Nedan följer problemen under varje hinder, de med flest röster först; problem som "
        "grupperades tillsammans visas under det första i gruppen.",
    "No obstacle": "Inget hinder",
    "No link": "Ingen länk",
    "Problems without an obstacle": "Problem utan hinder",
    "What will be done, by whom and by when: {n} commitments, the earliest first.":
        "Vad som ska göras, av vem och när: {n} åtaganden, det som ska vara klart först "
        "står först.",
    "Insights and follow-up": "Insikter och uppföljning",
    "Ten insights on building trust": "Tio insikter om tillitsbyggande",
    "What matters when building trust, as summarised by the Trust Delegation's research "
    "director (Bringselius 2018, in SOU 2018:47): guidance for the road ahead.":
        "Det som är viktigt vid tillitsbyggande, så som Tillitsdelegationens "
        "forskningsledare sammanfattar det (Bringselius 2018, i SOU 2018:47): vägledning "
        "för arbetet framåt.",
    "From the closing round": "Från avslutningsrundan",
    "No follow-up date has been set yet.": "Inget datum för uppföljningen är bestämt ännu.",
    # HTML summary (report/html)
    "Contents": "Innehåll",
    "{value} of 5": "{value} av 5",
    "Relationship": "Relation",
    "Strength": "Styrka",
    "Strength of trust per relationship (1 = weak, 5 = strong)":
        "Tillitens styrka i varje relation (1 = svag, 5 = stark)",
    "Average rating per chain level and principle":
        "Genomsnittlig skattning per nivå i styrkedjan och princip",
    "the largest spread": "störst skillnad",
    "Problems per obstacle and chain link": "Problem per hinder och länk i styrkedjan",
    "Obstacle": "Hinder",
    # CSV tables (report/csv_export.py, docs/csv.md)
    "Phase": "Fas",
    "Kind": "Typ",
    "Text": "Text",
    "Chain link": "Länk i styrkedjan",
    "Principle": "Princip",
    "Governance signal": "Styrsignal",
    "Votes": "Röster",
    "Participant": "Deltagare",
    "Role": "Roll",
    "Problem": "Problem",
    "Group votes": "Röster i gruppen",
    "Grouped under": "Grupperat under",
    "Average": "Medelvärde",
    "Number of ratings": "Antal skattningar",
    "Rating": "Skattning",
    "Problems it answers": "Problem som åtagandet svarar mot",
    "Status since": "Status sedan",
    # Handouts
    "Handout": "Deltagarblad",
    "Besök Tillit – handout": "Besök Tillit – deltagarblad",
    "Handout from the Besök Tillit day on {date}": "Deltagarblad från Besök Tillit-dagen den {date}",
    "all participants": "alla deltagare",
    "all-participants": "alla-deltagare",
    "Thank you for taking part in the Besök Tillit day at {organisation}. Here is what the day "
    "means for you: your commitments, what the room found most important, and the principles "
    "we work by.":
        "Tack för att du deltog i Besök Tillit hos {organisation}. Här är vad dagen betyder "
        "för dig: dina åtaganden, det som deltagarna såg som viktigast och principerna vi "
        "arbetar efter.",
    "Your commitments": "Dina åtaganden",
    "You carry no commitment of your own from the day.": "Du har inget eget åtagande från dagen.",
    "Commitments of your role ({role})": "Åtaganden för din roll ({role})",
    "The day's top problems": "Dagens viktigaste problem",
    "The problems that received the most votes.": "De problem som fick flest röster.",
    "The {n} principles in short": "De {n} principerna i korthet",
    "seven": "sju",
    "eight": "åtta",
    "The date of the follow-up will be sent out later.": "Datum för uppföljningen meddelas senare.",
    # Principle cards
    "Principle cards": "Principkort",
    "Besök Tillit – principle cards": "Besök Tillit – principkort",
    "The principle cards of SOU 2018:47 to print and cut, four A6 cards per A4 page":
        "Principkorten från SOU 2018:47 att skriva ut och klippa, fyra A6-kort per A4-sida",
    "PRINCIPLE CARD {n}/{total}": "PRINCIPKORT {n}/{total}",
    "Questions for the room": "Frågor att samtala om",
    "Source: {source}": "Källa: {source}",
    "Cut along the marks: four A6 cards": "Klipp längs markeringarna: fyra kort i A6",
    # Follow-up report
    "Besök Tillit – follow-up": "Besök Tillit – uppföljning",
    "Follow-up of the commitments from the Besök Tillit day on {date}":
        "Uppföljning av åtagandena från Besök Tillit-dagen den {date}",
    "BESÖK TILLIT · FOLLOW-UP": "BESÖK TILLIT · UPPFÖLJNING",
    "Follow-up of the commitments from the dialogue day, {date}":
        "Uppföljning av åtagandena från dialogdagen den {date}",
    "Status as of {date}.": "Läget den {date}.",
    "Overview": "Översikt",
    "{done} of {n} commitments are done. Late: {late}.":
        "{done} av {n} åtaganden är genomförda. Försenade: {late}.",
    "On the day": "På dagen",
    "Now": "Nu",
    "Commitment": "Åtagande",
    "No commitments were made on the day.": "Inga åtaganden gjordes under dagen.",
    "Each commitment": "Åtagandena ett och ett",
    "{days} days overdue": "{days} dagar efter utsatt datum",
    "History": "Historik",
    "Notes from the follow-up": "Anteckningar från uppföljningen",
}


def translator(lang: str) -> Translator:
    """The built-in translator for ``lang`` ("sv" or "en"); unknown texts stay English."""
    if lang == "en":
        return _english
    if lang == "sv":
        return _swedish
    raise ValueError(f"unknown language {lang!r}; expected one of {', '.join(LANGUAGES)}")


def _english(text: str) -> str:
    return text


def _swedish(text: str) -> str:
    return SWEDISH.get(text, text)
