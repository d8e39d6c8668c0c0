<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en_GB">
    <context>
        <name>AgendaEditor</name>
        <message>
            <location filename="../tillitworkshop/ui/phases/preparation/agenda.py" line="+43" />
            <source>Agenda</source>
            <translation>Dagordning</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+67" />
            <source>Remove time box</source>
            <translation>Ta bort tidsram</translation>
        </message>
        <message>
            <location line="-66" />
            <source>New time box</source>
            <translation>Ny tidsram</translation>
        </message>
        <message>
            <location line="+0" />
            <source>New time box, e.g. Lunch</source>
            <translation>Ny tidsram, t.ex. Lunch</translation>
        </message>
        <message>
            <location line="+5" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Minutes of the new time box</source>
            <translation>Minuter för den nya tidsramen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Phase of the new time box</source>
            <translation>Fas för den nya tidsramen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Break</source>
            <translation>Paus</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Add</source>
            <translation>Lägg till</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+32" />
            <source>Add time box</source>
            <translation>Lägg till tidsram</translation>
        </message>
        <message>
            <location line="-28" />
            <source>A&amp;genda</source>
            <translation>Dagord&amp;ning</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Change time box</source>
            <translation>Ändra tidsram</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Name the time box first, then press Enter.</source>
            <translation>Namnge tidsramen först och tryck sedan Retur.</translation>
        </message>
        <message numerus="yes">
            <location line="+17" />
            <source>Remove %n time box(es)</source>
            <translation>
                <numerusform>Ta bort %n tidsram</numerusform>
                <numerusform>Ta bort %n tidsramar</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AgendaModel</name>
        <message>
            <location filename="../tillitworkshop/ui/phases/preparation/agenda_model.py" line="+33" />
            <source>Time box</source>
            <translation>Tidsram</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phase</source>
            <translation>Fas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Minutes</source>
            <translation>Minuter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Actual</source>
            <translation>Faktisk tid</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start–end</source>
            <translation>Start–slut</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Break</source>
            <translation>Paus</translation>
        </message>
    </context>
    <context>
        <name>BoardBar</name>
        <message>
            <location filename="../tillitworkshop/ui/phases/problems/board_bar.py" line="+51" />
            <source>New problem</source>
            <translation>Nytt problem</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A problem that hinders the good meeting? Type, Enter  (Alt+N)</source>
            <translation>Ett problem som hindrar det goda mötet? Skriv, Enter  (Alt+N)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Obstacle for the new problem</source>
            <translation>Hinder för det nya problemet</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Not yet placed</source>
            <translation>Inte placerat än</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Arises at: not said</source>
            <translation>Uppstår i: inte angivet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chain link where the new problem arises</source>
            <translation>Länken i styrkedjan där det nya problemet uppstår</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show: every link</source>
            <translation>Visa: alla länkar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show the problems of one chain link</source>
            <translation>Visa problemen för en länk i styrkedjan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sort by dots</source>
            <translation>Sortera efter prickar</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Dot budget</source>
            <translation>Prickbudget</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Dots used</source>
            <translation>Använda prickar</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Whom the dot budget is for</source>
            <translation>Vem prickbudgeten gäller</translation>
        </message>
        <message>
            <location line="+2" />
            <source>dots for the room</source>
            <translation>prickar för hela rummet</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Write the problem first, then press Enter.</source>
            <translation>Skriv problemet först och tryck sedan Enter.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Add problem</source>
            <translation>Lägg till problem</translation>
        </message>
        <message>
            <location line="+27" />
            <source>dots per participant (× %1)</source>
            <translation>prickar per deltagare (× %1)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 of %2 dots used</source>
            <translation>%1 av %2 prickar använda</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Change whom the dot budget is for</source>
            <translation>Ändra vem prickbudgeten gäller</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Change the dot budget</source>
            <translation>Ändra prickbudgeten</translation>
        </message>
    </context>
    <context>
        <name>CardWidget</name>
        <message>
            <location filename="../tillitworkshop/ui/phases/principles/card_view.py" line="+25" />
            <location line="+7" />
            <source>Questions for the room</source>
            <translation>Frågor till rummet</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Principle</source>
            <translation>Princip</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The principle in the report's words</source>
            <translation>Principen med betänkandets ord</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Card %1 of %2</source>
            <translation>Kort %1 av %2</translation>
        </message>
    </context>
    <context>
        <name>CardsPane</name>
        <message>
            <location filename="../tillitworkshop/ui/phases/principles/page.py" line="+44" />
            <source>The principle cards</source>
            <translation>Principkorten</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Show &amp;large  (Ctrl+L)</source>
            <translation>Visa &amp;stort  (Ctrl+L)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show the card large</source>
            <translation>Visa kortet stort</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Include the eighth card, %1 (SOU 2019:43)</source>
            <translation>Ta med det åttonde kortet, %1 (SOU 2019:43)</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+78" />
            <source>Include the eighth card</source>
            <translation>Ta med det åttonde kortet</translation>
        </message>
        <message>
            <location line="-74" />
            <source>A reflection on this card? Type, Enter</source>
            <translation>En reflektion kring kortet? Skriv, Enter</translation>
        </message>
        <message>
            <location line="+3" />
            <source>An example from your work? Type, Enter</source>
            <translation>Ett exempel från ert arbete? Skriv, Enter</translation>
        </message>
        <message>
            <location line="+71" />
            <source>Leave out the eighth card</source>
            <translation>Ta bort det åttonde kortet</translation>
        </message>
    </context>
    <context>
        <name>ChainLinkModel</name>
        <message>
            <location filename="../tillitworkshop/ui/phases/chain/chain_model.py" line="+131" />
            <source>%1, notes: %2</source>
            <translation>%1, anteckningar: %2</translation>
        </message>
    </context>
    <context>
        <name>ChainPage</name>
        <message>
            <location filename="../tillitworkshop/ui/phases/chain/page.py" line="+252" />
            <source>Chain walk-through</source>
            <translation>Genomgång av styrkedjan</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Links of the chain</source>
            <translation>Styrkedjans länkar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trust relationships</source>
            <translation>Relationer för tillit</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show: %1</source>
            <translation>Visa: %1</translation>
        </message>
    </context>
    <context>
        <name>ClosingPage</name>
        <message>
            <location filename="../tillitworkshop/ui/phases/closing/page.py" line="+53" />
            <location line="+44" />
            <source>What the day captured</source>
            <translation>Det här fångade dagen</translation>
        </message>
        <message>
            <location line="-43" />
            <source>Follow-up date</source>
            <translation>Datum för uppföljning</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export session file (JSON)…</source>
            <translation>Exportera sessionsfil (JSON)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Without names (role pseudonyms, as in the PDFs)</source>
            <translation>Utan namn (rollpseudonymer, som i PDF-filerna)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Summary PDF…</source>
            <translation>Sammanfattning som PDF…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Handouts PDF…</source>
            <translation>Deltagarmaterial som PDF…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Principle cards PDF…</source>
            <translation>Principkort som PDF…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Follow-up PDF…</source>
            <translation>Uppföljning som PDF…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Summary (HTML, accessible)…</source>
            <translation>Sammanfattning (HTML, tillgänglig)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tables for Excel (CSV)…</source>
            <translation>Tabeller för Excel (CSV)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export progress</source>
            <translation>Exporten pågår</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <location line="+4" />
            <source>What each export will contain</source>
            <translation>Vad varje export kommer att innehålla</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+37" />
            <source>Export log</source>
            <translation>Exportlogg</translation>
        </message>
        <message>
            <location line="-27" />
            <source>Follow-up date:</source>
            <translation>Datum för uppföljning:</translation>
        </message>
        <message>
            <location line="+17" />
            <location line="+114" />
            <source>Follow-up</source>
            <translation>Uppföljning</translation>
        </message>
        <message>
            <location line="-111" />
            <source>Exports</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Good meeting: %1 notes</source>
            <translation>Det goda mötet: %1 anteckningar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chain: %1 notes</source>
            <translation>Styrkedjan: %1 anteckningar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Principle cards: %1 reflections and examples, %2 ratings</source>
            <translation>Principkort: %1 reflektioner och exempel, %2 skattningar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Problems: %1, of which %2 not yet placed; %3 dots</source>
            <translation>Problem: %1, varav %2 inte placerade än; %3 prickar</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Commitments: %1</source>
            <translation>Åtaganden: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>owner</source>
            <translation>ansvarig</translation>
        </message>
        <message>
            <location line="+1" />
            <source>date</source>
            <translation>datum</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 — no %2</source>
            <translation>%1 — saknar %2</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Not stored yet: press Enter to store it.</source>
            <translation>Inte sparat än: tryck på Enter för att spara.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The room is open to phones. Close it when the day is done: Day → Close the room.</source>
            <translation>Rummet är öppet för mobiler. Stäng det när dagen är slut: Dagen → Stäng rummet.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Session file: the whole session (%1 participants, %2 notes, %3 commitments), to open in Tillit Workshop on another computer.</source>
            <translation>Sessionsfil: hela sessionen (%1 deltagare, %2 anteckningar, %3 åtaganden), att öppna i Tillit Workshop på en annan dator.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Summary: the whole day, every phase; %1 of the %2 participants appear as their role and a number (no consent to be named).</source>
            <translation>Sammanfattning: hela dagen, alla faser; %1 av de %2 deltagarna visas med sin roll och ett nummer (inget samtycke till att namnges).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Handouts: one file for each of the %1 participants, and one with them all to print.</source>
            <translation>Deltagarmaterial: en fil för var och en av de %1 deltagarna, och en med alla för utskrift.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Principle cards: %1 cards, four to an A4 page: %2 pages to cut.</source>
            <translation>Principkort: %1 kort, fyra på varje A4-sida: %2 sidor att klippa.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Follow-up: the %1 commitments with their status and history.</source>
            <translation>Uppföljning: de %1 åtagandena med status och historik.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Write the date as YYYY-MM-DD, e.g. 2027-02-15.</source>
            <translation>Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2027-02-15.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The follow-up comes after the day (%1).</source>
            <translation>Uppföljningen kommer efter dagen (%1).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Set the follow-up date</source>
            <translation>Ange datum för uppföljning</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Session file</source>
            <translation>Sessionsfil</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+2" />
            <source>Summary</source>
            <translation>Sammanfattning</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Handouts</source>
            <translation>Deltagarmaterial</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Principle cards</source>
            <translation>Principkort</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Tables</source>
            <translation>Tabeller</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Folder for the handouts</source>
            <translation>Mapp för deltagarmaterialet</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Folder for the CSV tables</source>
            <translation>Mapp för CSV-tabellerna</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export</source>
            <translation>Exportera</translation>
        </message>
        <message>
            <location line="+26" />
            <location line="+50" />
            <source>Written: %1</source>
            <translation>Skrivet: %1</translation>
        </message>
        <message>
            <location line="-12" />
            <source>Export cancelled; nothing was written.</source>
            <translation>Exporten avbröts; ingenting skrevs.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The files are written, but the folder could not be opened; find them in %1</source>
            <translation>Filerna är sparade, men mappen kunde inte öppnas; du hittar dem i %1</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Nothing exported from this session yet.</source>
            <translation>Inget har exporterats från den här sessionen än.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Latest: %1</source>
            <translation>Senast: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>names participants</source>
            <translation>namnger deltagare</translation>
        </message>
        <message>
            <location line="+0" />
            <source>no names</source>
            <translation>inga namn</translation>
        </message>
    </context>
    <context>
        <name>CommitmentForm</name>
        <message>
            <location filename="../tillitworkshop/ui/phases/commitments/commitment_model.py" line="+23" />
            <source>Say what will be done.</source>
            <translation>Skriv vad som ska göras.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Name an owner: a participant, a role of the chain, or both.</source>
            <translation>Ange en ansvarig: en deltagare, en roll i styrkedjan eller båda.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Write the date as YYYY-MM-DD, e.g. 2027-03-31.</source>
            <translation>Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2027-03-31.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The date is before the day of the session (%1).</source>
            <translation>Datumet ligger före dagen för sessionen (%1).</translation>
        </message>
    </context>
    <context>
        <name>CommitmentListModel</name>
        <message>
            <location line="+39" />
            <source>no owner</source>
            <translation>ingen ansvarig</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no date</source>
            <translation>inget datum</translation>
        </message>
    </context>
    <context>
        <name>CommitmentsPage</name>
        <message>
            <location filename="../tillitworkshop/ui/phases/commitments/page.py" line="+66" />
            <source>Top problems by dots</source>
            <translation>De problem som fått flest prickar</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+8" />
            <source>Commitments</source>
            <translation>Åtaganden</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Top problems</source>
            <translation>Högst prioriterade problem</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Add the commitment, or save its changes</source>
            <translation>Lägg till åtagandet eller spara ändringarna</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A new commitment</source>
            <translation>Ett nytt åtagande</translation>
        </message>
        <message>
            <location line="+20" />
            <source>What will be done</source>
            <translation>Vad som ska göras</translation>
        </message>
        <message>
            <location line="+0" />
            <source>What will be done?</source>
            <translation>Vad ska göras?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Owner: a participant</source>
            <translation>Ansvarig: en deltagare</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Owner: a role of the chain</source>
            <translation>Ansvarig: en roll i styrkedjan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By when</source>
            <translation>Till när</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The first step</source>
            <translation>Det första steget</translation>
        </message>
        <message>
            <location line="+0" />
            <source>The first step, and when</source>
            <translation>Det första steget, och när</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How we will know</source>
            <translation>Hur vi vet att det fungerat</translation>
        </message>
        <message>
            <location line="+0" />
            <source>How will we know it worked?</source>
            <translation>Hur vet vi att det fungerade?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Problems it answers</source>
            <translation>Problem som det svarar mot</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Principles it builds on</source>
            <translation>Principer som det bygger på</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;What</source>
            <translation>&amp;Vad</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Owner</source>
            <translation>&amp;Ansvarig</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Role</source>
            <translation>&amp;Roll</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;By when</source>
            <translation>&amp;Till när</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;First step</source>
            <translation>&amp;Första steget</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How we will &amp;know</source>
            <translation>&amp;Hur vi vet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Problems</source>
            <translation>&amp;Problem</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Prin&amp;ciples</source>
            <translation>Prin&amp;ciper</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+121" />
            <source>Add commitment  (Ctrl+Return)</source>
            <translation>Lägg till åtagande  (Ctrl+Retur)</translation>
        </message>
        <message>
            <location line="-119" />
            <source>&amp;New  (Alt+N)</source>
            <translation>&amp;Nytt  (Alt+N)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Delete</source>
            <translation>Ta &amp;bort</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The commitment</source>
            <translation>Åtagandet</translation>
        </message>
        <message>
            <location line="+25" />
            <location line="+4" />
            <source>Ten insights on building trust</source>
            <translation>Tio insikter om att bygga tillit</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Check the ones this commitment draws on.</source>
            <translation>Kryssa i dem som åtagandet bygger på.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>no commitment yet</source>
            <translation>inget åtagande än</translation>
        </message>
        <message numerus="yes">
            <location line="+11" />
            <source>%n of the three most-voted problems has no commitment yet.</source>
            <translation>
                <numerusform>%n av de tre problem som fått flest prickar saknar åtagande.</numerusform>
                <numerusform>%n av de tre problem som fått flest prickar saknar åtagande.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>No commitment yet from: %1.</source>
            <translation>Inget åtagande än från: %1.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>— no participant —</source>
            <translation>— ingen deltagare —</translation>
        </message>
        <message>
            <location line="+4" />
            <source>— no role —</source>
            <translation>— ingen roll —</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Save changes  (Ctrl+Return)</source>
            <translation>Spara ändringarna  (Ctrl+Retur)</translation>
        </message>
        <message>
            <location line="+107" />
            <source>Add commitment</source>
            <translation>Lägg till åtagande</translation>
        </message>
        <message>
            <location line="-83" />
            <location line="+27" />
            <location line="+59" />
            <source>Edit commitment</source>
            <translation>Ändra åtagande</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Delete commitment</source>
            <translation>Ta bort åtagande</translation>
        </message>
    </context>
    <context>
        <name>DetailBar</name>
        <message>
            <location filename="../tillitworkshop/ui/phases/problems/board_bar.py" line="+21" />
            <source>Arises at: not said</source>
            <translation>Uppstår i: inte angivet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chain link where the problem arises</source>
            <translation>Länken i styrkedjan där problemet uppstår</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Take back a dot</source>
            <translation>Ta tillbaka en prick</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Take back a dot you gave (phones take back their own)</source>
            <translation>Ta tillbaka en prick som du har satt (mobilerna tar själva tillbaka sina)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Add a dot</source>
            <translation>Lägg till en prick</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+76" />
            <source>Ungroup</source>
            <translation>Dela upp gruppen</translation>
        </message>
        <message>
            <location line="-65" />
            <source>Answered by:</source>
            <translation>Besvaras av:</translation>
        </message>
        <message>
            <location line="+20" />
            <location line="+44" />
            <source>Ungroup (+%1)</source>
            <translation>Dela upp gruppen (+%1)</translation>
        </message>
        <message>
            <location line="-32" />
            <source>Key %1 on the board</source>
            <translation>Tangent %1 på tavlan</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Answered by %1</source>
            <translation>Besvaras av %1</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Choose a problem on the board to place, vote and link it.</source>
            <translation>Välj ett problem på tavlan för att placera det, prioritera det med prickar och koppla det till principer.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 dots</source>
            <translation>%1 prickar</translation>
        </message>
    </context>
    <context>
        <name>EntryLine</name>
        <message>
            <location filename="../tillitworkshop/ui/common/widgets.py" line="+77" />
            <source>e.g. %1</source>
            <translation>t.ex. %1</translation>
        </message>
    </context>
    <context>
        <name>ErrorHook</name>
        <message>
            <location filename="../tillitworkshop/ui/shell/errors.py" line="+69" />
            <source>Something went wrong (%1). The window goes on and what is stored is safe, but the last step may not have been done.</source>
            <translation>Något gick fel (%1). Fönstret fortsätter och det som är sparat är säkert, men det senaste steget kanske inte blev gjort.</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <location filename="../tillitworkshop/ui/shell/find_bar.py" line="+87" />
            <source>Find in this session's notes</source>
            <translation>Sök i sessionens anteckningar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Find in the notes (Enter: next, Shift+Enter: previous)</source>
            <translation>Sök i anteckningarna (Retur: nästa, Skift+Retur: föregående)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Matches</source>
            <translation>Träffar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Previous</source>
            <translation>Föregående</translation>
        </message>
        <message>
            <location line="-13" />
            <location line="+14" />
            <source>Previous match</source>
            <translation>Föregående träff</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next</source>
            <translation>Nästa</translation>
        </message>
        <message>
            <location line="-13" />
            <location line="+14" />
            <source>Next match</source>
            <translation>Nästa träff</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close</source>
            <translation>Stäng</translation>
        </message>
        <message>
            <location line="-14" />
            <location line="+15" />
            <source>Close the find bar</source>
            <translation>Stäng sökraden</translation>
        </message>
        <message>
            <location line="+40" />
            <source>No note holds “%1”</source>
            <translation>Ingen anteckning innehåller ”%1”</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%1 of %n</source>
            <translation>
                <numerusform>%1 av %n</numerusform>
                <numerusform>%1 av %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FirstDay</name>
        <message>
            <location filename="../tillitworkshop/ui/shell/first_day.py" line="+15" />
            <source>Prepare</source>
            <translation>Förbered</translation>
        </message>
        <message>
            <location line="+0" />
            <source>New session (Ctrl+N): organisation, sector and date. In Preparation, add the roster, each with their role in the chain, and adjust the agenda's time boxes.</source>
            <translation>Ny session (Ctrl+N): organisation, verksamhet och datum. Lägg i Förberedelse in deltagarlistan, var och en med sin roll i styrkedjan, och justera dagordningens tidsramar.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open the day</source>
            <translation>Öppna dagen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Connect the projector and open the presenter window on it (F7), go to The good meeting (Ctrl+PgDown) and start the time box (F5). Type what the room says, Enter after each note.</source>
            <translation>Koppla in projektorn och öppna presentationsfönstret på den (F7), gå till Det goda mötet (Ctrl+PgDown) och starta tidsramen (F5). Skriv det rummet säger, Enter efter varje anteckning.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Walk the chain</source>
            <translation>Gå igenom styrkedjan</translation>
        </message>
        <message>
            <location line="+0" />
            <source>In The governance chain, take the links one by one: the signals each receives, what creates value, what hinders, what it needs from the link above.</source>
            <translation>Ta i Styrkedjan länkarna en i taget: vilka styrsignaler länken tar emot, vad som skapar värde, vad som hindrar och vad den behöver från länken ovanför.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Principles, problems, commitments</source>
            <translation>Principer, problem, åtaganden</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Show each principle card large (Ctrl+L) and type the room's ratings; place the problems on the six obstacles and give out the dots; write the commitments for the top problems.</source>
            <translation>Visa varje principkort stort (Ctrl+L) och skriv in rummets skattningar; placera problemen på de sex hindren och dela ut prickarna; formulera åtaganden för de högst prioriterade problemen.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Close</source>
            <translation>Avsluta</translation>
        </message>
        <message>
            <location line="+0" />
            <source>In Closing, set the follow-up date and export the summary and the handouts. Months later, record in Follow-up how each commitment went.</source>
            <translation>Bestäm i Avslutning datum för uppföljning och exportera sammanfattningen och deltagarmaterialet. Några månader senare skriver du i Uppföljning hur det gick med varje åtagande.</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+2" />
            <source>Your first day in five steps</source>
            <translation>Din första dag i fem steg</translation>
        </message>
    </context>
    <context>
        <name>FollowUpPage</name>
        <message>
            <location filename="../tillitworkshop/ui/phases/followup/page.py" line="+45" />
            <source>Commitments</source>
            <translation>Åtaganden</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Date of the status</source>
            <translation>Datum för statusen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation>Anteckning</translation>
        </message>
        <message>
            <location line="+0" />
            <source>What has happened? (optional)</source>
            <translation>Vad har hänt? (frivilligt)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record status  (Ctrl+Return)</source>
            <translation>Spara status  (Ctrl+Retur)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>History of the commitment</source>
            <translation>Åtagandets historik</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Status</source>
            <translation>&amp;Status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Date</source>
            <translation>&amp;Datum</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Note</source>
            <translation>&amp;Anteckning</translation>
        </message>
        <message>
            <location line="+6" />
            <source>History</source>
            <translation>Historik</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Record the status</source>
            <translation>Spara statusen</translation>
        </message>
        <message>
            <location line="+23" />
            <source>No commitments yet.</source>
            <translation>Inga åtaganden än.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Write the date as YYYY-MM-DD, e.g. 2027-02-15.</source>
            <translation>Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2027-02-15.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Record status</source>
            <translation>Spara status</translation>
        </message>
    </context>
    <context>
        <name>Forget</name>
        <message>
            <location filename="../tillitworkshop/ui/phases/preparation/forget.py" line="+26" />
            <source>Forget participant</source>
            <translation>Glöm deltagaren</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Forget %1?

Their name and unit are removed from this library, from every backup and from the undo history. What they said stays, shown under their chain role, and their ratings stay without their name.

This cannot be undone.</source>
            <translation>Glömma %1?

Namn och enhet tas bort ur biblioteket, ur alla säkerhetskopior och ur ångrahistoriken. Det personen sa finns kvar, visat under personens roll i styrkedjan, och personens skattningar finns kvar utan namn.

Detta kan inte ångras.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Forget</source>
            <translation>Glöm</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete what they said too</source>
            <translation>Ta också bort det personen sa</translation>
        </message>
        <message>
            <location line="+15" />
            <source>This participant is already forgotten.</source>
            <translation>Den här deltagaren är redan glömd.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Forgotten. Backups rewritten without them: %1.</source>
            <translation>Glömd. Säkerhetskopior som skrivits om utan personen: %1.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Damaged backups that held them, deleted: %1.</source>
            <translation>Skadade säkerhetskopior med personen, borttagna: %1.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Exports made before this that named them (delete or replace these files):</source>
            <translation>Exporter gjorda före detta som namnger personen (ta bort eller ersätt filerna):</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Export what is stored about them</source>
            <translation>Exportera det som finns sparat om personen</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Written: %1</source>
            <translation>Skrivet: %1</translation>
        </message>
    </context>
    <context>
        <name>GapView</name>
        <message>
            <location filename="../tillitworkshop/ui/phases/principles/gap_view.py" line="+73" />
            <source>Gap view: mean rating per chain role and principle</source>
            <translation>Skillnader: medelvärde per roll i styrkedjan och princip</translation>
        </message>
        <message>
            <location line="+13" />
            <source>No ratings yet.</source>
            <translation>Inga skattningar än.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1: spread %2 (%3 %4, %5 %6)</source>
            <translation>%1: spridning %2 (%3 %4, %5 %6)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No spread of %1 points or more between the chain's levels.</source>
            <translation>Ingen spridning på %1 poäng eller mer mellan styrkedjans nivåer.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>No ratings yet: rate the principles in the Ratings tab.</source>
            <translation>Inga skattningar än: skatta principerna under fliken Skattningar.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Spread in the chain</source>
            <translation>Spridning i styrkedjan</translation>
        </message>
        <message>
            <location line="+65" />
            <source>1 = far from it · 5 = we are there · outlined in red: the chain's levels differ by %1 points or more · dashed: outside the chain, not compared</source>
            <translation>1 = långt därifrån · 5 = där är vi · rödmarkerat: styrkedjans nivåer skiljer sig med %1 poäng eller mer · streckad kant: utanför styrkedjan, jämförs inte</translation>
        </message>
    </context>
    <context>
        <name>GoodMeetingPage</name>
        <message>
            <location filename="../tillitworkshop/ui/phases/good_meeting/page.py" line="+22" />
            <source>What creates value in the meeting? Type and press Enter</source>
            <translation>Vad skapar värde i mötet? Skriv och tryck Enter</translation>
        </message>
        <message>
            <location line="+5" />
            <source>What hinders it? Type and press Enter</source>
            <translation>Vad hindrar det? Skriv och tryck Enter</translation>
        </message>
    </context>
    <context>
        <name>HintLabel</name>
        <message>
            <location filename="../tillitworkshop/ui/common/widgets.py" line="+10" />
            <source>Hint</source>
            <translation>Hjälptext</translation>
        </message>
    </context>
    <context>
        <name>JoinCard</name>
        <message>
            <location filename="../tillitworkshop/ui/room/qr_widget.py" line="+68" />
            <source>Room %1</source>
            <translation>Rum %1</translation>
        </message>
    </context>
    <context>
        <name>KeysSheet</name>
        <message>
            <location filename="../tillitworkshop/ui/shell/keys_sheet.py" line="+76" />
            <source>This page</source>
            <translation>Den här sidan</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Everywhere</source>
            <translation>Överallt</translation>
        </message>
        <message>
            <location line="+12" />
            <location line="+3" />
            <source>Keyboard shortcuts</source>
            <translation>Kortkommandon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keys</source>
            <translation>Tangenter</translation>
        </message>
        <message>
            <location line="+0" />
            <source>What it does</source>
            <translation>Vad den gör</translation>
        </message>
    </context>
    <context>
        <name>LargeCard</name>
        <message>
            <location filename="../tillitworkshop/ui/phases/principles/card_view.py" line="+19" />
            <source>Principle card, shown large</source>
            <translation>Principkort, visat stort</translation>
        </message>
        <message>
            <location line="+3" />
            <source>← → next card · Esc back to the page</source>
            <translation>← → nästa kort · Esc tillbaka till sidan</translation>
        </message>
    </context>
    <context>
        <name>LibraryView</name>
        <message>
            <location filename="../tillitworkshop/ui/shell/library_view.py" line="+59" />
            <source>Find a session</source>
            <translation>Sök en session</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Find a session (Ctrl+F)</source>
            <translation>Sök en session (Ctrl+F)</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+32" />
            <source>Sessions</source>
            <translation>Sessioner</translation>
        </message>
        <message>
            <location line="-17" />
            <source>New session…</source>
            <translation>Ny session…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open</source>
            <translation>Öppna</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Duplicate as template</source>
            <translation>Kopiera som mall</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete</source>
            <translation>Ta bort</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Import…</source>
            <translation>Importera…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export…</source>
            <translation>Exportera…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Delete session</source>
            <translation>Ta bort sessionen</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Your first day in five steps…</source>
            <translation>Din första dag i fem steg…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Where is the library?</source>
            <translation>Var finns biblioteket?</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Library folder: %1</source>
            <translation>Bibliotekets mapp: %1</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Import a session</source>
            <translation>Importera en session</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session files (*.tillit *.json)</source>
            <translation>Sessionsfiler (*.tillit *.json)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>All files (*)</source>
            <translation>Alla filer (*)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export the session</source>
            <translation>Exportera sessionen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Portable session file (*.tillit)</source>
            <translation>Portabel sessionsfil (*.tillit)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session as JSON (*.json)</source>
            <translation>Session som JSON (*.json)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Your library is empty</source>
            <translation>Biblioteket är tomt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add the demo session to see a whole Besök Tillit day filled in, or create your own session.</source>
            <translation>Lägg till demosessionen för att se en hel Besök Tillit-dag ifylld, eller skapa en egen session.</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+2" />
            <source>Your first day in five steps</source>
            <translation>Din första dag i fem steg</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+2" />
            <location line="+62" />
            <source>Add the demo session</source>
            <translation>Lägg till demosessionen</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Duplicate session</source>
            <translation>Kopiera sessionen</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Delete session “%1”</source>
            <translation>Ta bort sessionen ”%1”</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Deleted “%1”. Undo brings it back (Ctrl+Z).</source>
            <translation>”%1” togs bort. Ångra tar tillbaka den (Ctrl+Z).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Import session</source>
            <translation>Importera session</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Session file</source>
            <translation>Sessionsfil</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Could not export: %1</source>
            <translation>Kunde inte exportera: %1</translation>
        </message>
    </context>
    <context>
        <name>LinksPane</name>
        <message>
            <location filename="../tillitworkshop/ui/phases/chain/page.py" line="-110" />
            <source>The governance chain</source>
            <translation>Styrkedjan</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Colours of the bars</source>
            <translation>Staplarnas färger</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Which governance signal does this link receive? Type, Enter</source>
            <translation>Vilken styrsignal tar den här länken emot? Skriv, Enter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What creates value here? Type, Enter</source>
            <translation>Vad skapar värde här? Skriv, Enter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What hinders here? Type, Enter</source>
            <translation>Vad hindrar här? Skriv, Enter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What does it need from the link above? Type, Enter</source>
            <translation>Vad behöver den från länken ovanför? Skriv, Enter</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Go to the links of the chain</source>
            <translation>Gå till styrkedjans länkar</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Move note to the link above</source>
            <translation>Flytta anteckningen till länken ovanför</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move note to the link below</source>
            <translation>Flytta anteckningen till länken nedanför</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Link: %1</source>
            <translation>Länk: %1</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Move note to another link</source>
            <translation>Flytta anteckningen till en annan länk</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../tillitworkshop/ui/shell/mainwindow.py" line="+63" />
            <location line="+195" />
            <source>Last stored</source>
            <translation>Senast sparat</translation>
        </message>
        <message>
            <location line="-133" />
            <source>&amp;File</source>
            <translation>&amp;Arkiv</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;New session…</source>
            <translation>&amp;Ny session…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Open session…</source>
            <translation>&amp;Öppna session…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Import session file…</source>
            <translation>&amp;Importera sessionsfil…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Export session file…</source>
            <translation>&amp;Exportera sessionsfil…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Roll up sessions…</source>
            <translation>Sa&amp;mmanställ sessioner…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export session file &amp;without names…</source>
            <translation>Exportera sessionsfil &amp;utan namn…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Keep &amp;backups for…</source>
            <translation>Spara &amp;säkerhetskopior i…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Quit</source>
            <translation>A&amp;vsluta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit</source>
            <translation>&amp;Redigera</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Undo</source>
            <translation>&amp;Ångra</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Redo</source>
            <translation>&amp;Gör om</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Find…</source>
            <translation>&amp;Sök…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Day</source>
            <translation>&amp;Dagen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Next phase</source>
            <translation>&amp;Nästa fas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Previous phase</source>
            <translation>&amp;Föregående fas</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Phase %1</source>
            <translation>Fas %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Start or pause the timer</source>
            <translation>&amp;Starta eller pausa timern</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Reset the timer</source>
            <translation>Å&amp;terställ timern</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+142" />
            <location line="+179" />
            <source>Open the &amp;room…</source>
            <translation>Öppna &amp;rummet…</translation>
        </message>
        <message>
            <location line="-320" />
            <source>Notes from &amp;phones</source>
            <translation>Lappar från &amp;mobiler</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Finish the time box</source>
            <translation>&amp;Avsluta tidsramen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;View</source>
            <translation>&amp;Visa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Full screen</source>
            <translation>&amp;Helskärm</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Language</source>
            <translation>S&amp;pråk</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Phase list</source>
            <translation>&amp;Faslista</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Help</source>
            <translation>&amp;Hjälp</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Kortkommandon</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Names and &amp;timer</source>
            <translation>Namn och &amp;timer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Numbers only</source>
            <translation>&amp;Bara nummer</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Hidden</source>
            <translation>&amp;Dold</translation>
        </message>
        <message>
            <location line="+32" />
            <source>The translation could not be loaded; the window stays in English.</source>
            <translation>Översättningen kunde inte läsas in; fönstret visas på engelska.</translation>
        </message>
        <message>
            <location line="+39" />
            <location line="+221" />
            <source>Close the &amp;room</source>
            <translation>Stäng &amp;rummet</translation>
        </message>
        <message>
            <location line="-97" />
            <source>The last edit was not stored</source>
            <translation>Den senaste ändringen sparades inte</translation>
        </message>
        <message>
            <location line="+11" />
            <source>All changes stored · %1</source>
            <translation>Alla ändringar sparade · %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>All changes are stored as you make them</source>
            <translation>Alla ändringar sparas medan du gör dem</translation>
        </message>
        <message>
            <location line="+26" />
            <source>No backup could be taken: %1</source>
            <translation>Ingen säkerhetskopia kunde tas: %1</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Open a session first: the room is a session's.</source>
            <translation>Öppna en session först: rummet hör till en session.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The room could not be opened on %1: %2</source>
            <translation>Rummet kunde inte öppnas på %1: %2</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../tillitworkshop/ui/common/messages.py" line="+38" />
            <source>%1… (%2 characters)</source>
            <translation>%1… (%2 tecken)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sector</source>
            <translation>Sektor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Place</source>
            <translation>Plats</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Facilitators</source>
            <translation>Processledare</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Language</source>
            <translation>Språk</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Follow-up date</source>
            <translation>Datum för uppföljning</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The long-term card</source>
            <translation>Kortet om långsiktighet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dot budget</source>
            <translation>Prickbudget</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Whom the dot budget is for</source>
            <translation>Vem prickbudgeten gäller</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>Phase</source>
            <translation>Fas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chain role</source>
            <translation>Roll i styrkedjan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unit</source>
            <translation>Enhet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consent</source>
            <translation>Samtycke</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind of note</source>
            <translation>Typ av anteckning</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>Note</source>
            <translation>Anteckning</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Link of the chain</source>
            <translation>Länk i styrkedjan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Relationship</source>
            <translation>Relation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Principle</source>
            <translation>Princip</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Principles</source>
            <translation>Principer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Obstacle</source>
            <translation>Hinder</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Governance signal</source>
            <translation>Styrsignal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dots</source>
            <translation>Prickar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rating</source>
            <translation>Skattning</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trust</source>
            <translation>Tillit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What will be done</source>
            <translation>Vad som ska göras</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Owner</source>
            <translation>Ansvarig</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Owner's chain role</source>
            <translation>Den ansvarigas roll i styrkedjan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By when</source>
            <translation>Till när</translation>
        </message>
        <message>
            <location line="+1" />
            <source>First step</source>
            <translation>Första steget</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How we will know</source>
            <translation>Hur vi vet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Problems</source>
            <translation>Problem</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time box</source>
            <translation>Tidsram</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Minutes</source>
            <translation>Minuter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Grouping</source>
            <translation>Gruppering</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participant</source>
            <translation>Deltagare</translation>
        </message>
        <message>
            <location line="+8" />
            <source>session</source>
            <translation>session</translation>
        </message>
        <message>
            <location line="+1" />
            <source>participant</source>
            <translation>deltagare</translation>
        </message>
        <message>
            <location line="+1" />
            <source>note</source>
            <translation>anteckning</translation>
        </message>
        <message>
            <location line="+1" />
            <source>rating</source>
            <translation>skattning</translation>
        </message>
        <message>
            <location line="+1" />
            <source>trust mark</source>
            <translation>markering för tillit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>commitment</source>
            <translation>åtagande</translation>
        </message>
        <message>
            <location line="+1" />
            <source>time box</source>
            <translation>tidsram</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 must not be empty.</source>
            <translation>%1 måste fyllas i.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 must be text.</source>
            <translation>%1 måste vara text.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is longer than %2 characters.</source>
            <translation>%1 är längre än %2 tecken.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1: “%2” is not one of the choices; choose one of %3.</source>
            <translation>%1: ”%2” är inte ett av alternativen; välj ett av %3.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1: “%2” is not a date; write it as YYYY-MM-DD, e.g. 2026-03-12.</source>
            <translation>%1: ”%2” är inget datum; skriv det som ÅÅÅÅ-MM-DD, t.ex. 2026-03-12.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 must be a whole number.</source>
            <translation>%1 måste vara ett heltal.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 must be between %2 and %3.</source>
            <translation>%1 måste vara mellan %2 och %3.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 must be yes or no.</source>
            <translation>%1 måste vara ja eller nej.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 must be a list of names.</source>
            <translation>%1 måste vara en lista med namn.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A note on a governance signal must say which signal it is.</source>
            <translation>En anteckning om en styrsignal måste ange vilken signal det gäller.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A rating belongs to a participant or to a role in the chain.</source>
            <translation>En skattning hör till en deltagare eller till en roll i styrkedjan.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>That participant is not in this session (any more).</source>
            <translation>Deltagaren finns inte (längre) i den här sessionen.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>That problem is not in this session (any more).</source>
            <translation>Problemet finns inte (längre) i den här sessionen.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A note cannot be grouped under a note that is itself grouped.</source>
            <translation>En anteckning kan inte grupperas under en anteckning som själv är grupperad.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Notes of different sessions cannot be grouped together.</source>
            <translation>Anteckningar från olika sessioner kan inte grupperas ihop.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 cannot be changed here.</source>
            <translation>%1 kan inte ändras här.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This note from a phone was already accepted or rejected.</source>
            <translation>Den här lappen från en mobil är redan godtagen eller avvisad.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>This edit was not stored: the disk is full. Free some space (delete or move files), then try again; nothing stored before was lost. Library: %1</source>
            <translation>Ändringen sparades inte: disken är full. Frigör utrymme (ta bort eller flytta filer) och försök igen; inget som sparats tidigare har gått förlorat. Bibliotek: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This edit was not stored: the library cannot be written (read-only). Check the folder's permissions or choose another with --data-dir; nothing stored before was lost. Library: %1</source>
            <translation>Ändringen sparades inte: det går inte att skriva i biblioteket (skrivskyddat). Kontrollera mappens behörigheter eller välj en annan med --data-dir; inget som sparats tidigare har gått förlorat. Bibliotek: %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This edit was not stored: the disk reported an error (%1). Check the disk or save to another folder, then try again; nothing stored before was lost. Library: %2</source>
            <translation>Ändringen sparades inte: disken rapporterade ett fel (%1). Kontrollera disken eller spara i en annan mapp och försök igen; inget som sparats tidigare har gått förlorat. Bibliotek: %2</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The library %1 is already open in another Tillit Workshop. Close the other window first, or use --data-dir to work in another library folder.</source>
            <translation>Biblioteket %1 är redan öppet i en annan Tillit Workshop. Stäng det andra fönstret först, eller använd --data-dir för att arbeta i en annan biblioteksmapp.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The library %1 is already open (process %2 on %3). Close the other Tillit Workshop window first, or use --data-dir to work in another library folder.</source>
            <translation>Biblioteket %1 är redan öppet (process %2 på %3). Stäng det andra Tillit Workshop-fönstret först, eller använd --data-dir för att arbeta i en annan biblioteksmapp.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 is cut short (%2 bytes): the file is damaged.</source>
            <translation>%1 är avkortad (%2 byte): filen är skadad.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 is damaged: %2.</source>
            <translation>%1 är skadad: %2.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Session %1 cannot be read: in table %2, record %3 is damaged (%4 is not UTF-8 text). Check the library, and go back to a good backup.</source>
            <translation>Sessionen %1 kan inte läsas: i tabellen %2 är posten %3 skadad (%4 är inte UTF-8-text). Kontrollera biblioteket och gå tillbaka till en felfri säkerhetskopia.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 is missing, but its folder holds backups or copies of a library. Go back to the newest good backup, or move the backups folder and the library-replaced-/library-damaged- files away to start a new, empty library.</source>
            <translation>%1 saknas, men mappen innehåller säkerhetskopior eller kopior av ett bibliotek. Gå tillbaka till den senaste felfria säkerhetskopian, eller flytta mappen backups och filerna library-replaced-/library-damaged- för att börja ett nytt, tomt bibliotek.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 is empty (0 bytes), so it holds no sessions. Go back to a backup, or move the file away to start a new library.</source>
            <translation>%1 är tom (0 byte) och innehåller alltså inga sessioner. Gå tillbaka till en säkerhetskopia, eller flytta undan filen för att börja ett nytt bibliotek.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 is not a Tillit Workshop library (it is not an SQLite file). Move it away, or point --data-dir at the folder that holds your library.</source>
            <translation>%1 är inget Tillit Workshop-bibliotek (det är ingen SQLite-fil). Flytta undan den, eller peka --data-dir mot mappen där ditt bibliotek finns.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 is an SQLite file of another program, not a Tillit Workshop library. It was left untouched; point --data-dir at another folder.</source>
            <translation>%1 är en SQLite-fil från ett annat program, inte ett Tillit Workshop-bibliotek. Den lämnades orörd; peka --data-dir mot en annan mapp.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 was written by a newer version of Tillit Workshop (library version %2, this app reads up to %3). It was left untouched: install the newer version to open it.</source>
            <translation>%1 skrevs av en nyare version av Tillit Workshop (biblioteksversion %2, den här appen läser upp till %3). Den lämnades orörd: installera den nyare versionen för att öppna den.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Cannot create the library folder %1: %2. Choose another folder with --data-dir.</source>
            <translation>Kan inte skapa biblioteksmappen %1: %2. Välj en annan mapp med --data-dir.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Cannot write in %1: %2. Choose a folder you may write to with --data-dir.</source>
            <translation>Kan inte skriva i %1: %2. Välj en mapp som du får skriva i med --data-dir.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 is a folder; give a file name.</source>
            <translation>%1 är en mapp; ange ett filnamn.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cannot write in %1: %2.</source>
            <translation>Kan inte skriva i %1: %2.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 exists and is not a regular file (a device, a pipe or a broken link); it was left as it is. Give another file name.</source>
            <translation>%1 finns redan och är inte en vanlig fil (en enhet, ett rör eller en bruten länk); den lämnades orörd. Ange ett annat filnamn.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 exists and is not a folder; give a new or empty folder.</source>
            <translation>%1 finns redan och är inte en mapp; ange en ny eller tom mapp.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 already holds other files (%2); choose a new or empty folder.</source>
            <translation>%1 innehåller redan andra filer (%2); välj en ny eller tom mapp.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Cannot write %1: %2.</source>
            <translation>Kan inte skriva %1: %2.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 exists; tick “Replace existing files” to replace it.</source>
            <translation>%1 finns redan; kryssa i ”Ersätt befintliga filer” för att ersätta den.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cannot write %1: the folder %2 does not exist.</source>
            <translation>Kan inte skriva %1: mappen %2 finns inte.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 was not closed properly last time, and %2, which held its latest edits, is missing: the library may be older than your last edits.</source>
            <translation>%1 stängdes inte ordentligt förra gången, och %2, som höll de senaste ändringarna, saknas: biblioteket kan vara äldre än dina senaste ändringar.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The newest good backup is %1 (the current library is kept aside if you go back to it).</source>
            <translation>Den senaste felfria säkerhetskopian är %1 (det nuvarande biblioteket sparas undan om du går tillbaka till den).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 cannot be restored: %2.</source>
            <translation>%1 kan inte återställas: %2.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not found: the %1 with id %2 (it may have been deleted).</source>
            <translation>Hittades inte: %1 med id %2 (kan ha tagits bort).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Could not undo or redo this change (%1): it clashes with what is stored now (%2). Nothing was changed; the step stays in the undo history.</source>
            <translation>Ändringen (%1) kunde inte ångras eller göras om: den krockar med det som nu är sparat (%2). Inget ändrades; steget finns kvar i ångrahistoriken.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Could not undo or redo this change (%1): the library refused it (%2). Nothing was changed; the step stays in the undo history.</source>
            <translation>Ändringen (%1) kunde inte ångras eller göras om: biblioteket vägrade (%2). Inget ändrades; steget finns kvar i ångrahistoriken.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No good backup in %1.</source>
            <translation>Ingen felfri säkerhetskopia i %1.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No backup “%1”. Backups in %2: %3.</source>
            <translation>Ingen säkerhetskopia ”%1”. Säkerhetskopior i %2: %3.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No session given: name a session id or the start of one.</source>
            <translation>Ingen session angiven: ange ett sessions-id eller början av ett.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No session id starts with “%1”.</source>
            <translation>Inget sessions-id börjar med ”%1”.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>“%1” matches %2 sessions; give more characters of the id.</source>
            <translation>”%1” passar in på %2 sessioner; ange fler tecken av id:t.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>… and %1 more</source>
            <translation>… och %1 till</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1: not imported, nothing was changed.</source>
            <translation>%1: importerades inte, inget ändrades.</translation>
        </message>
        <message>
            <location line="-43" />
            <location line="+54" />
            <source>No good backup was found.</source>
            <translation>Ingen felfri säkerhetskopia hittades.</translation>
        </message>
        <message>
            <location line="-168" />
            <source>Only phones' dots are left (%1): a phone takes back its own.</source>
            <translation>Bara mobilernas prickar är kvar (%1): en mobil tar själv tillbaka sina.</translation>
        </message>
        <message>
            <location line="+169" />
            <source>The newest good backup is %1 (the damaged file is kept aside if you go back to it).</source>
            <translation>Den senaste felfria säkerhetskopian är %1 (den skadade filen sparas undan om du går tillbaka till den).</translation>
        </message>
    </context>
    <context>
        <name>ModerationQueue</name>
        <message>
            <location filename="../tillitworkshop/ui/room/moderation.py" line="+64" />
            <source>Notes from phones awaiting moderation</source>
            <translation>Lappar från mobiler som väntar på granskning</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accept all notes as they come</source>
            <translation>Godta alla lappar direkt när de kommer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accept</source>
            <translation>Godta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit…</source>
            <translation>Redigera…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Merge…</source>
            <translation>Slå ihop…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reject</source>
            <translation>Avvisa</translation>
        </message>
        <message numerus="yes">
            <location line="+48" />
            <source>From phones: %n note(s) to moderate</source>
            <translation>
                <numerusform>Från mobiler: %n lapp att granska</numerusform>
                <numerusform>Från mobiler: %n lappar att granska</numerusform>
            </translation>
        </message>
        <message>
            <location line="+16" />
            <source>This note from a phone was already accepted or rejected.</source>
            <translation>Den här lappen från en mobil är redan godtagen eller avvisad.</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+5" />
            <location line="+31" />
            <source>Accept a note from a phone</source>
            <translation>Godta en lapp från en mobil</translation>
        </message>
        <message>
            <location line="-33" />
            <source>Edit the note</source>
            <translation>Redigera lappen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Note:</source>
            <translation>Lapp:</translation>
        </message>
        <message>
            <location line="+8" />
            <source>There is no note of this kind to merge with yet.</source>
            <translation>Det finns ännu ingen lapp av det här slaget att slå ihop med.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Merge with a note</source>
            <translation>Slå ihop med en lapp</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Merge with:</source>
            <translation>Slå ihop med:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Merge a note from a phone</source>
            <translation>Slå ihop en lapp från en mobil</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Reject a note from a phone</source>
            <translation>Avvisa en lapp från en mobil</translation>
        </message>
    </context>
    <context>
        <name>NewSessionDialog</name>
        <message>
            <location filename="../tillitworkshop/ui/shell/new_session.py" line="+39" />
            <location line="+20" />
            <location line="+18" />
            <location line="+22" />
            <source>New session</source>
            <translation>Ny session</translation>
        </message>
        <message>
            <location line="-59" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location line="+0" />
            <source>e.g. Lövhälla kommun</source>
            <translation>t.ex. Lövhälla kommun</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sector</source>
            <translation>Sektor</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Date of the day</source>
            <translation>Datum för dagen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>YYYY-MM-DD</source>
            <translation>ÅÅÅÅ-MM-DD</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Organisation</source>
            <translation>&amp;Organisation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Se&amp;ctor</source>
            <translation>&amp;Sektor</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Date</source>
            <translation>&amp;Datum</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+26" />
            <source>Create</source>
            <translation>Skapa</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Create the session “%1”, or discard what you typed?</source>
            <translation>Skapa sessionen ”%1”, eller kasta det du har skrivit?</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Write the organisation's name.</source>
            <translation>Skriv organisationens namn.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>“%1” is not a date; write it as YYYY-MM-DD.</source>
            <translation>”%1” är inget datum; skriv det som ÅÅÅÅ-MM-DD.</translation>
        </message>
    </context>
    <context>
        <name>NoteColumn</name>
        <message>
            <location filename="../tillitworkshop/ui/common/note_column.py" line="+47" />
            <source>New note: %1</source>
            <translation>Ny anteckning: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Type a new note: %1</source>
            <translation>Skriv en ny anteckning: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Governance signal</source>
            <translation>Styrsignal</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Said by</source>
            <translation>Sagt av</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Notes: %1</source>
            <translation>Anteckningar: %1</translation>
        </message>
        <message>
            <location line="+31" />
            <location line="+88" />
            <source>Delete note</source>
            <translation>Ta bort anteckningen</translation>
        </message>
        <message>
            <location line="-87" />
            <source>Move note up</source>
            <translation>Flytta upp anteckningen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move note down</source>
            <translation>Flytta ner anteckningen</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Said by: the room</source>
            <translation>Sagt av: rummet</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Role: %1</source>
            <translation>Roll: %1</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Write the note first, then press Enter.</source>
            <translation>Skriv anteckningen först och tryck sedan Enter.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add note</source>
            <translation>Lägg till anteckning</translation>
        </message>
        <message>
            <location line="+10" />
            <source>A note cannot be empty; press Delete to remove it.</source>
            <translation>En anteckning kan inte vara tom; tryck Delete för att ta bort den.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Edit note</source>
            <translation>Ändra anteckning</translation>
        </message>
        <message numerus="yes">
            <location line="+14" />
            <source>Delete %n note(s)</source>
            <translation>
                <numerusform>Ta bort %n anteckning</numerusform>
                <numerusform>Ta bort %n anteckningar</numerusform>
            </translation>
        </message>
        <message>
            <location line="+26" />
            <source>Move note</source>
            <translation>Flytta anteckning</translation>
        </message>
    </context>
    <context>
        <name>NoteDelegate</name>
        <message>
            <location filename="../tillitworkshop/ui/common/note_delegate.py" line="+54" />
            <source>Edit note</source>
            <translation>Ändra anteckning</translation>
        </message>
    </context>
    <context>
        <name>ParticipantModel</name>
        <message>
            <location filename="../tillitworkshop/ui/phases/preparation/participant_model.py" line="+37" />
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chain role</source>
            <translation>Roll i styrkedjan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unit</source>
            <translation>Enhet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Named in handouts</source>
            <translation>Namnges i utskick</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Forgotten participant</source>
            <translation>Glömd deltagare</translation>
        </message>
        <message>
            <location line="+8" />
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no</source>
            <translation>nej</translation>
        </message>
    </context>
    <context>
        <name>PreparationPage</name>
        <message>
            <location filename="../tillitworkshop/ui/phases/preparation/page.py" line="+210" />
            <source>Session</source>
            <translation>Session</translation>
        </message>
    </context>
    <context>
        <name>Presenter</name>
        <message>
            <location filename="../tillitworkshop/ui/presenter/controller.py" line="+57" />
            <source>&amp;Presenter window</source>
            <translation>&amp;Presentationsfönster</translation>
        </message>
        <message>
            <location line="+1" />
            <source>S&amp;wap screens</source>
            <translation>&amp;Byt skärm</translation>
        </message>
        <message>
            <location line="+1" />
            <source>F&amp;reeze the presenter</source>
            <translation>F&amp;rys presentationsfönstret</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Black out the presenter</source>
            <translation>&amp;Släck presentationsfönstret</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Big &amp;clock on the presenter</source>
            <translation>Stor &amp;klocka i presentationsfönstret</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Presenter</source>
            <translation>Presentation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Presenter window</source>
            <translation>Presentationsfönster</translation>
        </message>
        <message>
            <location line="+74" />
            <source>There is one screen: drag the presenter window to the projector.</source>
            <translation>Det finns bara en skärm: dra presentationsfönstret till projektorn.</translation>
        </message>
    </context>
    <context>
        <name>PresenterWindow</name>
        <message>
            <location filename="../tillitworkshop/ui/presenter/window.py" line="+101" />
            <source>Presenter — %1</source>
            <translation>Presentation — %1</translation>
        </message>
    </context>
    <context>
        <name>PrinciplesPage</name>
        <message>
            <location filename="../tillitworkshop/ui/phases/principles/page.py" line="+49" />
            <source>Principle cards</source>
            <translation>Principkort</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Cards</source>
            <translation>Korten</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ratings</source>
            <translation>Skattningar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Gaps in the chain</source>
            <translation>Skillnader i styrkedjan</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Show the card large</source>
            <translation>Visa kortet stort</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next card</source>
            <translation>Nästa kort</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Previous card</source>
            <translation>Föregående kort</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Show: %1</source>
            <translation>Visa: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Go to the ratings grid</source>
            <translation>Gå till skattningarna</translation>
        </message>
    </context>
    <context>
        <name>ProblemBoardPage</name>
        <message>
            <location filename="../tillitworkshop/ui/phases/problems/page.py" line="+43" />
            <source>Not yet placed</source>
            <translation>Inte placerat än</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Type a new problem</source>
            <translation>Skriv ett nytt problem</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sort by dots</source>
            <translation>Sortera efter prickar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Go to the board</source>
            <translation>Gå till tavlan</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Move to the obstacle on the left</source>
            <translation>Flytta till hindret till vänster</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move to the obstacle on the right</source>
            <translation>Flytta till hindret till höger</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move to the chain link above</source>
            <translation>Flytta till länken ovanför i styrkedjan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move to the chain link below</source>
            <translation>Flytta till länken nedanför i styrkedjan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Group the selected duplicates</source>
            <translation>Gruppera de valda dubbletterna</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+218" />
            <location line="+3" />
            <source>Ungroup</source>
            <translation>Dela upp gruppen</translation>
        </message>
        <message>
            <location line="-220" />
            <location line="+278" />
            <source>Delete problem</source>
            <translation>Ta bort problemet</translation>
        </message>
        <message>
            <location line="-256" />
            <source>%1 dots</source>
            <translation>%1 prickar</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 duplicates</source>
            <translation>%1 dubbletter</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 problems · %2 dots</source>
            <translation>%1 problem · %2 prickar</translation>
        </message>
        <message>
            <location line="+109" />
            <source>A problem cannot be empty; press Delete to remove it.</source>
            <translation>Ett problem kan inte vara tomt; tryck Delete för att ta bort det.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Edit problem</source>
            <translation>Ändra problem</translation>
        </message>
        <message>
            <location line="+10" />
            <location line="+38" />
            <source>Move problem</source>
            <translation>Flytta problem</translation>
        </message>
        <message>
            <location line="-13" />
            <source>Move problem to another link</source>
            <translation>Flytta problemet till en annan länk</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Move problems</source>
            <translation>Flytta problem</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Select two or more duplicates (Shift+Up/Down), then Ctrl+G.</source>
            <translation>Markera två eller fler dubbletter (Skift+Upp/Ned) och tryck sedan Ctrl+G.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Group duplicates</source>
            <translation>Gruppera dubbletter</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Every dot is used. Take one back (−) or raise the budget.</source>
            <translation>Alla prickar är använda. Ta tillbaka en (−) eller höj budgeten.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Add a dot</source>
            <translation>Lägg till en prick</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Take back a dot</source>
            <translation>Ta tillbaka en prick</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Only phones' dots are left (%1): a phone takes back its own.</source>
            <translation>Bara mobilernas prickar är kvar (%1): en mobil tar själv tillbaka sina.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Link principles</source>
            <translation>Koppla principer</translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>Delete %n problem(s)</source>
            <translation>
                <numerusform>Ta bort %n problem</numerusform>
                <numerusform>Ta bort %n problem</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>QrCode</name>
        <message>
            <location filename="../tillitworkshop/ui/room/qr_widget.py" line="-43" />
            <source>QR code of the room's address</source>
            <translation>QR-kod med rummets adress</translation>
        </message>
    </context>
    <context>
        <name>RatingModel</name>
        <message>
            <location filename="../tillitworkshop/ui/phases/principles/rating_grid.py" line="+93" />
            <source>not rated</source>
            <translation>ej skattad</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Clear rating</source>
            <translation>Ta bort skattningen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Rate %1</source>
            <translation>Skatta %1</translation>
        </message>
    </context>
    <context>
        <name>RatingsPane</name>
        <message>
            <location filename="../tillitworkshop/ui/phases/principles/page.py" line="-69" />
            <source>Rate by</source>
            <translation>Skatta per</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rate by participant</source>
            <translation>Skatta per deltagare</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rate by chain role (one rating per group)</source>
            <translation>Skatta per roll i styrkedjan (en skattning per grupp)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Ratings: where are we today, 1 to 5</source>
            <translation>Skattningar: var står vi i dag, 1 till 5</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Where are we today? 1 = far from it, 5 = we are there. Type a digit and the cursor moves on; 0 or Delete clears.</source>
            <translation>Var står vi i dag? 1 = långt därifrån, 5 = där är vi. Skriv en siffra så flyttas markören vidare; 0 eller Delete tar bort.</translation>
        </message>
    </context>
    <context>
        <name>Regions</name>
        <message>
            <location filename="../tillitworkshop/ui/shell/regions.py" line="+33" />
            <source>Go to the next region of the page</source>
            <translation>Gå till nästa del av sidan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Go to the previous region of the page</source>
            <translation>Gå till föregående del av sidan</translation>
        </message>
    </context>
    <context>
        <name>RelationshipModel</name>
        <message>
            <location filename="../tillitworkshop/ui/phases/chain/chain_model.py" line="+51" />
            <source>notes: %1</source>
            <translation>anteckningar: %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>trust %1 of 5</source>
            <translation>tillit %1 av 5</translation>
        </message>
        <message>
            <location line="+3" />
            <source>trust not marked</source>
            <translation>tillit inte markerad</translation>
        </message>
    </context>
    <context>
        <name>RelationshipPane</name>
        <message>
            <location filename="../tillitworkshop/ui/phases/chain/relationships.py" line="+29" />
            <source>Trust relationships</source>
            <translation>Relationer för tillit</translation>
        </message>
        <message>
            <location line="+5" />
            <source>How strong is trust here?</source>
            <translation>Hur stark är tilliten här?</translation>
        </message>
        <message>
            <location line="+4" />
            <source>1 weak</source>
            <translation>1 svag</translation>
        </message>
        <message>
            <location line="+0" />
            <source>5 strong</source>
            <translation>5 stark</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Trust %1 of 5</source>
            <translation>Tillit %1 av 5</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not marked</source>
            <translation>Inte markerad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clear the trust mark</source>
            <translation>Ta bort markeringen för tillit</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A note on this relationship. Type, Enter</source>
            <translation>En anteckning om relationen. Skriv, Enter</translation>
        </message>
        <message>
            <location line="+44" />
            <source>Mark trust</source>
            <translation>Markera tillit</translation>
        </message>
    </context>
    <context>
        <name>Retention</name>
        <message>
            <location filename="../tillitworkshop/ui/shell/retention_dialog.py" line="+16" />
            <source>Keep backups for</source>
            <translation>Spara säkerhetskopior i</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Backups older than this many days are deleted when the library is opened (0: keep only the newest one). Backups hold everything the sessions held, also what was deleted or forgotten since.</source>
            <translation>Säkerhetskopior som är äldre än så här många dagar tas bort när biblioteket öppnas (0: spara bara den senaste). Säkerhetskopiorna innehåller allt som sessionerna innehöll, även det som har tagits bort eller glömts sedan dess.</translation>
        </message>
    </context>
    <context>
        <name>RoleDelegate</name>
        <message>
            <location filename="../tillitworkshop/ui/phases/preparation/page.py" line="-159" />
            <source>Chain role</source>
            <translation>Roll i styrkedjan</translation>
        </message>
    </context>
    <context>
        <name>RollupDialog</name>
        <message>
            <location filename="../tillitworkshop/ui/shell/rollup_dialog.py" line="+42" />
            <source>Roll up sessions</source>
            <translation>Sammanställ sessioner</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add files…</source>
            <translation>Lägg till filer…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add folder…</source>
            <translation>Lägg till mapp…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove</source>
            <translation>Ta bort</translation>
        </message>
        <message>
            <location line="+2" />
            <source>programme.sqlite</source>
            <translation>program.sqlite</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose…</source>
            <translation>Välj…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Also write the programme report (PDF)</source>
            <translation>Skriv också programrapporten (PDF)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Replace existing files</source>
            <translation>Ersätt befintliga filer</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Roll up</source>
            <translation>Sammanställ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close</source>
            <translation>Stäng</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Roll-up results</source>
            <translation>Sammanställningens resultat</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Session files, folders and library folders</source>
            <translation>Sessionsfiler, mappar och biblioteksmappar</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+40" />
            <source>Roll-up database</source>
            <translation>Sammanställningens databas</translation>
        </message>
        <message>
            <location line="-10" />
            <source>Session files</source>
            <translation>Sessionsfiler</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Session files (*.json *.tillit)</source>
            <translation>Sessionsfiler (*.json *.tillit)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A folder of sessions</source>
            <translation>En mapp med sessioner</translation>
        </message>
        <message>
            <location line="+8" />
            <source>SQLite database (*.sqlite)</source>
            <translation>SQLite-databas (*.sqlite)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Add session files or folders first.</source>
            <translation>Lägg först till sessionsfiler eller mappar.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose where to write the roll-up database.</source>
            <translation>Välj var sammanställningens databas ska skrivas.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Roll-up cancelled; nothing was written.</source>
            <translation>Sammanställningen avbröts; inget skrevs.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>No sessions to roll up; nothing was written.</source>
            <translation>Inga sessioner att sammanställa; inget skrevs.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 sessions from %2 sites, %3 to %4; %5 inputs skipped.</source>
            <translation>%1 sessioner från %2 platser, %3 till %4; %5 filer eller mappar hoppades över.</translation>
        </message>
    </context>
    <context>
        <name>RoomController</name>
        <message>
            <location filename="../tillitworkshop/ui/room/controller.py" line="+52" />
            <location line="+6" />
            <location line="+16" />
            <location line="+1" />
            <source>The room</source>
            <translation>Rummet</translation>
        </message>
        <message numerus="yes">
            <location line="+96" />
            <source>Room open · %n phone(s)</source>
            <translation>
                <numerusform>Rummet är öppet · %n mobil</numerusform>
                <numerusform>Rummet är öppet · %n mobiler</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RoomDialog</name>
        <message>
            <location filename="../tillitworkshop/ui/room/open_dialog.py" line="+16" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 (this computer only)</source>
            <translation>%1 (bara den här datorn)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Open the room</source>
            <translation>Öppna rummet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phones join over the network of the room: choose the laptop's address on it (the travel router's or the hotspot's Wi-Fi).</source>
            <translation>Mobilerna ansluter via rummets nätverk: välj datorns adress på det (reseroutern eller surfzonen).</translation>
        </message>
    </context>
    <context>
        <name>Roster</name>
        <message>
            <location filename="../tillitworkshop/ui/phases/preparation/page.py" line="+16" />
            <source>Participant's name</source>
            <translation>Deltagarens namn</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Participant's chain role</source>
            <translation>Deltagarens roll i styrkedjan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chain role…</source>
            <translation>Roll i styrkedjan…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Participant's unit</source>
            <translation>Deltagarens enhet</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Unit (optional)</source>
            <translation>Enhet (frivilligt)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>May be named in handouts</source>
            <translation>Får namnges i deltagarmaterialet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consent to be named in handouts</source>
            <translation>Samtycker till att namnges i deltagarmaterialet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add</source>
            <translation>Lägg till</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+57" />
            <source>Add participant</source>
            <translation>Lägg till deltagare</translation>
        </message>
        <message>
            <location line="-50" />
            <source>Participants</source>
            <translation>Deltagare</translation>
        </message>
        <message>
            <location line="+10" />
            <location line="+76" />
            <source>Remove participant</source>
            <translation>Ta bort deltagaren</translation>
        </message>
        <message>
            <location line="-75" />
            <source>Forget participant…</source>
            <translation>Glöm deltagaren…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Export what is stored about them…</source>
            <translation>Exportera det som finns sparat om personen…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Roster</source>
            <translation>De&amp;ltagarlista</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Write the participant's name.</source>
            <translation>Skriv deltagarens namn.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose the participant's chain role.</source>
            <translation>Välj deltagarens roll i styrkedjan.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>A participant needs a name; press Delete to remove them.</source>
            <translation>En deltagare måste ha ett namn; tryck Delete för att ta bort deltagaren.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Edit participant</source>
            <translation>Ändra deltagare</translation>
        </message>
        <message numerus="yes">
            <location line="+18" />
            <source>Remove %n participant(s)</source>
            <translation>
                <numerusform>Ta bort %n deltagare</numerusform>
                <numerusform>Ta bort %n deltagare</numerusform>
            </translation>
        </message>
        <message>
            <location line="+27" />
            <source>Participants: %1</source>
            <translation>Deltagare: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Nobody yet from: %1. The method wants the whole chain in the room.</source>
            <translation>Ingen än från: %1. Metoden vill ha hela styrkedjan i rummet.</translation>
        </message>
    </context>
    <context>
        <name>SessionForm</name>
        <message>
            <location filename="../tillitworkshop/ui/phases/preparation/session_form.py" line="+29" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location line="+0" />
            <source>e.g. Lövhälla kommun</source>
            <translation>t.ex. Lövhälla kommun</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sector</source>
            <translation>Sektor</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Date of the day</source>
            <translation>Datum för dagen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>YYYY-MM-DD</source>
            <translation>ÅÅÅÅ-MM-DD</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Place</source>
            <translation>Plats</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Where the day is held</source>
            <translation>Var dagen hålls</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Facilitators</source>
            <translation>Processledare</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Names, separated by commas</source>
            <translation>Namn, åtskilda med kommatecken</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Organisation</source>
            <translation>&amp;Organisation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Se&amp;ctor</source>
            <translation>&amp;Sektor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Date</source>
            <translation>&amp;Datum</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Place</source>
            <translation>&amp;Plats</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Facilitators</source>
            <translation>Pro&amp;cessledare</translation>
        </message>
        <message>
            <location line="+41" />
            <source>The day needs a date, as YYYY-MM-DD.</source>
            <translation>Dagen behöver ett datum, som ÅÅÅÅ-MM-DD.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Change %1</source>
            <translation>Ändra %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The organisation needs a name.</source>
            <translation>Organisationen behöver ett namn.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Not stored yet: press Enter to store it.</source>
            <translation>Inte sparat än: tryck på Enter för att spara.</translation>
        </message>
    </context>
    <context>
        <name>SessionListModel</name>
        <message>
            <location filename="../tillitworkshop/ui/shell/session_model.py" line="+32" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sector</source>
            <translation>Sektor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Progress</source>
            <translation>Läge</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Participants: %1</source>
            <translation>Deltagare: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Notes: %1</source>
            <translation>Anteckningar: %1</translation>
        </message>
    </context>
    <context>
        <name>SessionView</name>
        <message>
            <location filename="../tillitworkshop/ui/shell/session_view.py" line="+121" />
            <location line="+50" />
            <source>← All sessions</source>
            <translation>← Alla sessioner</translation>
        </message>
        <message>
            <location line="-49" />
            <location line="+50" />
            <source>Back to all sessions</source>
            <translation>Tillbaka till alla sessioner</translation>
        </message>
        <message>
            <location line="-39" />
            <source>Phases of the day</source>
            <translation>Dagens faser</translation>
        </message>
        <message>
            <location line="+46" />
            <source>Show the phases as numbers only</source>
            <translation>Visa faserna som bara nummer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show the phases' names</source>
            <translation>Visa fasernas namn</translation>
        </message>
    </context>
    <context>
        <name>Slides</name>
        <message>
            <location filename="../tillitworkshop/ui/presenter/slides.py" line="+195" />
            <source>Today</source>
            <translation>I dag</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The day's agenda</source>
            <translation>Dagens program</translation>
        </message>
        <message>
            <location line="+3" />
            <source>What creates value in the meeting?</source>
            <translation>Vad skapar värde i mötet?</translation>
        </message>
        <message>
            <location line="+3" />
            <source>What hinders it?</source>
            <translation>Vad hindrar det?</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The good meeting between citizen and employee</source>
            <translation>Det goda mötet mellan medborgare och medarbetare</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Trust relationships</source>
            <translation>Relationer för tillit</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Card %1 of %2</source>
            <translation>Kort %1 av %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Questions for the room</source>
            <translation>Frågor till rummet</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Where are we today?</source>
            <translation>Var står vi i dag?</translation>
        </message>
        <message>
            <location line="+0" />
            <source>No ratings yet.</source>
            <translation>Inga skattningar ännu.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Widest gaps between the chain's levels: %1</source>
            <translation>Störst skillnad mellan styrkedjans nivåer: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Where are we today? The chain's gaps</source>
            <translation>Var står vi i dag? Skillnaderna i styrkedjan</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Not yet placed</source>
            <translation>Ännu inte placerade</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Problems that hinder the good meeting</source>
            <translation>Problem som hindrar det goda mötet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No problems on the board yet.</source>
            <translation>Inga problem på tavlan ännu.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>What we will do</source>
            <translation>Det här gör vi</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+19" />
            <source>No commitments yet.</source>
            <translation>Inga åtaganden ännu.</translation>
        </message>
        <message>
            <location line="-18" />
            <source>Commitments</source>
            <translation>Åtaganden</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Where our commitments stand</source>
            <translation>Så går det med våra åtaganden</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 things said about the good meeting</source>
            <translation>%1 saker sagda om det goda mötet</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 notes along the chain</source>
            <translation>%1 anteckningar längs styrkedjan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 problems mapped</source>
            <translation>%1 kartlagda problem</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 commitments</source>
            <translation>%1 åtaganden</translation>
        </message>
        <message>
            <location line="+3" />
            <source>We meet again on %1</source>
            <translation>Vi ses igen den %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Thank you for today</source>
            <translation>Tack för i dag</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What the day gave</source>
            <translation>Det här gav dagen</translation>
        </message>
    </context>
    <context>
        <name>Statuses</name>
        <message>
            <location filename="../tillitworkshop/ui/common/statuses.py" line="+10" />
            <source>Planned</source>
            <translation>Planerat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Started</source>
            <translation>Påbörjat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Done</source>
            <translation>Klart</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dropped</source>
            <translation>Avbrutet</translation>
        </message>
    </context>
    <context>
        <name>StorageBanner</name>
        <message>
            <location filename="../tillitworkshop/ui/shell/banner.py" line="+30" />
            <source>Not stored</source>
            <translation>Inte sparat</translation>
        </message>
        <message>
            <location line="+5" />
            <source>What you typed is still in its field: once there is room, press Enter (or repeat the action) to store it.</source>
            <translation>Det du skrev finns kvar i sitt fält: när det finns plats, tryck Retur (eller gör om åtgärden) för att spara det.</translation>
        </message>
    </context>
    <context>
        <name>TimerPanel</name>
        <message>
            <location filename="../tillitworkshop/ui/shell/timer_panel.py" line="+40" />
            <location line="+98" />
            <source>Time left</source>
            <translation>Tid kvar</translation>
        </message>
        <message>
            <location line="-93" />
            <source>Share of the time box used</source>
            <translation>Andel av tidsramen som har gått</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+98" />
            <source>Start</source>
            <translation>Starta</translation>
        </message>
        <message>
            <location line="-96" />
            <source>Start or pause the timer</source>
            <translation>Starta eller pausa timern</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reset</source>
            <translation>Återställ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reset the timer</source>
            <translation>Återställ timern</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Done</source>
            <translation>Klar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Finish this time box</source>
            <translation>Avsluta den här tidsramen</translation>
        </message>
        <message>
            <location line="+3" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time box in minutes</source>
            <translation>Tidsram i minuter</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Timer running in another phase</source>
            <translation>Timern går i en annan fas</translation>
        </message>
        <message>
            <location line="+50" />
            <source>Running: %1 · %2</source>
            <translation>Pågår: %1 · %2</translation>
        </message>
        <message>
            <location line="+14" />
            <source>No time box for this phase</source>
            <translation>Ingen tidsram för den här fasen</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Over time</source>
            <translation>Över tiden</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Pause</source>
            <translation>Pausa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resume</source>
            <translation>Fortsätt</translation>
        </message>
        <message>
            <location line="+5" />
            <source>running</source>
            <translation>pågår</translation>
        </message>
        <message>
            <location line="+2" />
            <source>done</source>
            <translation>klar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>paused</source>
            <translation>pausad</translation>
        </message>
        <message>
            <location line="+0" />
            <source>not started</source>
            <translation>inte startad</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 over the time box</source>
            <translation>%1 över tidsramen</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Pause timer</source>
            <translation>Pausa timern</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Start timer</source>
            <translation>Starta timern</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Reset timer</source>
            <translation>Återställ timern</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Finish time box</source>
            <translation>Avsluta tidsramen</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Change time box</source>
            <translation>Ändra tidsram</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <location filename="../tillitworkshop/ui/shell/app.py" line="+52" />
            <source>The library is damaged</source>
            <translation>Biblioteket är skadat</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+9" />
            <source>Go back to the newest good backup now?</source>
            <translation>Gå tillbaka till den senaste felfria säkerhetskopian nu?</translation>
        </message>
        <message>
            <location line="-6" />
            <source>The latest edits may be missing</source>
            <translation>De senaste ändringarna kan saknas</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+6" />
            <source>Tillit Workshop cannot open the library</source>
            <translation>Tillit Workshop kan inte öppna biblioteket</translation>
        </message>
        <message>
            <location line="-5" />
            <source>Open a library in another folder this time? To use that folder every time, start Tillit Workshop with --data-dir and the folder, or set TILLITWORKSHOP_DATA_DIR to it.</source>
            <translation>Öppna ett bibliotek i en annan mapp den här gången? För att använda den mappen varje gång, starta Tillit Workshop med --data-dir och mappen, eller sätt TILLITWORKSHOP_DATA_DIR till den.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Folder for the library</source>
            <translation>Mapp för biblioteket</translation>
        </message>
    </context>
</TS>
