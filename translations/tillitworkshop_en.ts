<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
    <context>
        <name>AgendaEditor</name>
        <message>
            <location filename="../tillitworkshop/ui/phases/preparation/agenda.py" line="+43" />
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+67" />
            <source>Remove time box</source>
            <translation>Remove time box</translation>
        </message>
        <message>
            <location line="-66" />
            <source>New time box</source>
            <translation>New time box</translation>
        </message>
        <message>
            <location line="+0" />
            <source>New time box, e.g. Lunch</source>
            <translation>New time box, e.g. Lunch</translation>
        </message>
        <message>
            <location line="+5" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Minutes of the new time box</source>
            <translation>Minutes of the new time box</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Phase of the new time box</source>
            <translation>Phase of the new time box</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Break</source>
            <translation>Break</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+32" />
            <source>Add time box</source>
            <translation>Add time box</translation>
        </message>
        <message>
            <location line="-28" />
            <source>A&amp;genda</source>
            <translation>A&amp;genda</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Change time box</source>
            <translation>Change time box</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Name the time box first, then press Enter.</source>
            <translation>Name the time box first, then press Enter.</translation>
        </message>
        <message numerus="yes">
            <location line="+17" />
            <source>Remove %n time box(es)</source>
            <translation>
                <numerusform>Remove %n time box</numerusform>
                <numerusform>Remove %n time boxes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AgendaModel</name>
        <message>
            <location filename="../tillitworkshop/ui/phases/preparation/agenda_model.py" line="+33" />
            <source>Time box</source>
            <translation>Time box</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Minutes</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Actual</source>
            <translation>Actual</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start–end</source>
            <translation>Start–end</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Break</source>
            <translation>Break</translation>
        </message>
    </context>
    <context>
        <name>BoardBar</name>
        <message>
            <location filename="../tillitworkshop/ui/phases/problems/board_bar.py" line="+51" />
            <source>New problem</source>
            <translation>New problem</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A problem that hinders the good meeting? Type, Enter  (Alt+N)</source>
            <translation>A problem that hinders the good meeting? Type, Enter  (Alt+N)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Obstacle for the new problem</source>
            <translation>Obstacle for the new problem</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Not yet placed</source>
            <translation>Not yet placed</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Arises at: not said</source>
            <translation>Arises at: not said</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chain link where the new problem arises</source>
            <translation>Chain link where the new problem arises</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show: every link</source>
            <translation>Show: every link</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show the problems of one chain link</source>
            <translation>Show the problems of one chain link</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sort by dots</source>
            <translation>Sort by dots</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Dot budget</source>
            <translation>Dot budget</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Dots used</source>
            <translation>Dots used</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Whom the dot budget is for</source>
            <translation>Whom the dot budget is for</translation>
        </message>
        <message>
            <location line="+2" />
            <source>dots for the room</source>
            <translation>dots for the room</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Write the problem first, then press Enter.</source>
            <translation>Write the problem first, then press Enter.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Add problem</source>
            <translation>Add problem</translation>
        </message>
        <message>
            <location line="+27" />
            <source>dots per participant (× %1)</source>
            <translation>dots per participant (× %1)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 of %2 dots used</source>
            <translation>%1 of %2 dots used</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Change whom the dot budget is for</source>
            <translation>Change whom the dot budget is for</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Change the dot budget</source>
            <translation>Change the dot budget</translation>
        </message>
    </context>
    <context>
        <name>CardWidget</name>
        <message>
            <location filename="../tillitworkshop/ui/phases/principles/card_view.py" line="+25" />
            <location line="+7" />
            <source>Questions for the room</source>
            <translation>Questions for the room</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Principle</source>
            <translation>Principle</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The principle in the report's words</source>
            <translation>The principle in the report's words</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Card %1 of %2</source>
            <translation>Card %1 of %2</translation>
        </message>
    </context>
    <context>
        <name>CardsPane</name>
        <message>
            <location filename="../tillitworkshop/ui/phases/principles/page.py" line="+44" />
            <source>The principle cards</source>
            <translation>The principle cards</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Show &amp;large  (Ctrl+L)</source>
            <translation>Show &amp;large  (Ctrl+L)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show the card large</source>
            <translation>Show the card large</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Include the eighth card, %1 (SOU 2019:43)</source>
            <translation>Include the eighth card, %1 (SOU 2019:43)</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+78" />
            <source>Include the eighth card</source>
            <translation>Include the eighth card</translation>
        </message>
        <message>
            <location line="-74" />
            <source>A reflection on this card? Type, Enter</source>
            <translation>A reflection on this card? Type, Enter</translation>
        </message>
        <message>
            <location line="+3" />
            <source>An example from your work? Type, Enter</source>
            <translation>An example from your work? Type, Enter</translation>
        </message>
        <message>
            <location line="+71" />
            <source>Leave out the eighth card</source>
            <translation>Leave out the eighth card</translation>
        </message>
    </context>
    <context>
        <name>ChainLinkModel</name>
        <message>
            <location filename="../tillitworkshop/ui/phases/chain/chain_model.py" line="+131" />
            <source>%1, notes: %2</source>
            <translation>%1, notes: %2</translation>
        </message>
    </context>
    <context>
        <name>ChainPage</name>
        <message>
            <location filename="../tillitworkshop/ui/phases/chain/page.py" line="+252" />
            <source>Chain walk-through</source>
            <translation>Chain walk-through</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Links of the chain</source>
            <translation>Links of the chain</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trust relationships</source>
            <translation>Trust relationships</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show: %1</source>
            <translation>Show: %1</translation>
        </message>
    </context>
    <context>
        <name>ClosingPage</name>
        <message>
            <location filename="../tillitworkshop/ui/phases/closing/page.py" line="+53" />
            <location line="+44" />
            <source>What the day captured</source>
            <translation>What the day captured</translation>
        </message>
        <message>
            <location line="-43" />
            <source>Follow-up date</source>
            <translation>Follow-up date</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export session file (JSON)…</source>
            <translation>Export session file (JSON)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Without names (role pseudonyms, as in the PDFs)</source>
            <translation>Without names (role pseudonyms, as in the PDFs)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Summary PDF…</source>
            <translation>Summary PDF…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Handouts PDF…</source>
            <translation>Handouts PDF…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Principle cards PDF…</source>
            <translation>Principle cards PDF…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Follow-up PDF…</source>
            <translation>Follow-up PDF…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Summary (HTML, accessible)…</source>
            <translation>Summary (HTML, accessible)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tables for Excel (CSV)…</source>
            <translation>Tables for Excel (CSV)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export progress</source>
            <translation>Export progress</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location line="+4" />
            <source>What each export will contain</source>
            <translation>What each export will contain</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+37" />
            <source>Export log</source>
            <translation>Export log</translation>
        </message>
        <message>
            <location line="-27" />
            <source>Follow-up date:</source>
            <translation>Follow-up date:</translation>
        </message>
        <message>
            <location line="+17" />
            <location line="+114" />
            <source>Follow-up</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <location line="-111" />
            <source>Exports</source>
            <translation>Exports</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Good meeting: %1 notes</source>
            <translation>Good meeting: %1 notes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chain: %1 notes</source>
            <translation>Chain: %1 notes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Principle cards: %1 reflections and examples, %2 ratings</source>
            <translation>Principle cards: %1 reflections and examples, %2 ratings</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Problems: %1, of which %2 not yet placed; %3 dots</source>
            <translation>Problems: %1, of which %2 not yet placed; %3 dots</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Commitments: %1</source>
            <translation>Commitments: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>owner</source>
            <translation>owner</translation>
        </message>
        <message>
            <location line="+1" />
            <source>date</source>
            <translation>date</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 — no %2</source>
            <translation>%1 — no %2</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Not stored yet: press Enter to store it.</source>
            <translation>Not stored yet: press Enter to store it.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The room is open to phones. Close it when the day is done: Day → Close the room.</source>
            <translation>The room is open to phones. Close it when the day is done: Day → Close the room.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Session file: the whole session (%1 participants, %2 notes, %3 commitments), to open in Tillit Workshop on another computer.</source>
            <translation>Session file: the whole session (%1 participants, %2 notes, %3 commitments), to open in Tillit Workshop on another computer.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Summary: the whole day, every phase; %1 of the %2 participants appear as their role and a number (no consent to be named).</source>
            <translation>Summary: the whole day, every phase; %1 of the %2 participants appear as their role and a number (no consent to be named).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Handouts: one file for each of the %1 participants, and one with them all to print.</source>
            <translation>Handouts: one file for each of the %1 participants, and one with them all to print.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Principle cards: %1 cards, four to an A4 page: %2 pages to cut.</source>
            <translation>Principle cards: %1 cards, four to an A4 page: %2 pages to cut.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Follow-up: the %1 commitments with their status and history.</source>
            <translation>Follow-up: the %1 commitments with their status and history.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Write the date as YYYY-MM-DD, e.g. 2027-02-15.</source>
            <translation>Write the date as YYYY-MM-DD, e.g. 2027-02-15.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The follow-up comes after the day (%1).</source>
            <translation>The follow-up comes after the day (%1).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Set the follow-up date</source>
            <translation>Set the follow-up date</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Session file</source>
            <translation>Session file</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+2" />
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Handouts</source>
            <translation>Handouts</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Principle cards</source>
            <translation>Principle cards</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Tables</source>
            <translation>Tables</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Folder for the handouts</source>
            <translation>Folder for the handouts</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Folder for the CSV tables</source>
            <translation>Folder for the CSV tables</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <location line="+26" />
            <location line="+50" />
            <source>Written: %1</source>
            <translation>Written: %1</translation>
        </message>
        <message>
            <location line="-12" />
            <source>Export cancelled; nothing was written.</source>
            <translation>Export cancelled; nothing was written.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The files are written, but the folder could not be opened; find them in %1</source>
            <translation>The files are written, but the folder could not be opened; find them in %1</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Nothing exported from this session yet.</source>
            <translation>Nothing exported from this session yet.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Latest: %1</source>
            <translation>Latest: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>names participants</source>
            <translation>names participants</translation>
        </message>
        <message>
            <location line="+0" />
            <source>no names</source>
            <translation>no names</translation>
        </message>
    </context>
    <context>
        <name>CommitmentForm</name>
        <message>
            <location filename="../tillitworkshop/ui/phases/commitments/commitment_model.py" line="+23" />
            <source>Say what will be done.</source>
            <translation>Say what will be done.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Name an owner: a participant, a role of the chain, or both.</source>
            <translation>Name an owner: a participant, a role of the chain, or both.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Write the date as YYYY-MM-DD, e.g. 2027-03-31.</source>
            <translation>Write the date as YYYY-MM-DD, e.g. 2027-03-31.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The date is before the day of the session (%1).</source>
            <translation>The date is before the day of the session (%1).</translation>
        </message>
    </context>
    <context>
        <name>CommitmentListModel</name>
        <message>
            <location line="+39" />
            <source>no owner</source>
            <translation>no owner</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no date</source>
            <translation>no date</translation>
        </message>
    </context>
    <context>
        <name>CommitmentsPage</name>
        <message>
            <location filename="../tillitworkshop/ui/phases/commitments/page.py" line="+66" />
            <source>Top problems by dots</source>
            <translation>Top problems by dots</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+8" />
            <source>Commitments</source>
            <translation>Commitments</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Top problems</source>
            <translation>Top problems</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Add the commitment, or save its changes</source>
            <translation>Add the commitment, or save its changes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A new commitment</source>
            <translation>A new commitment</translation>
        </message>
        <message>
            <location line="+20" />
            <source>What will be done</source>
            <translation>What will be done</translation>
        </message>
        <message>
            <location line="+0" />
            <source>What will be done?</source>
            <translation>What will be done?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Owner: a participant</source>
            <translation>Owner: a participant</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Owner: a role of the chain</source>
            <translation>Owner: a role of the chain</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By when</source>
            <translation>By when</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The first step</source>
            <translation>The first step</translation>
        </message>
        <message>
            <location line="+0" />
            <source>The first step, and when</source>
            <translation>The first step, and when</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How we will know</source>
            <translation>How we will know</translation>
        </message>
        <message>
            <location line="+0" />
            <source>How will we know it worked?</source>
            <translation>How will we know it worked?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Problems it answers</source>
            <translation>Problems it answers</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Principles it builds on</source>
            <translation>Principles it builds on</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;What</source>
            <translation>&amp;What</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Owner</source>
            <translation>&amp;Owner</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Role</source>
            <translation>&amp;Role</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;By when</source>
            <translation>&amp;By when</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;First step</source>
            <translation>&amp;First step</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How we will &amp;know</source>
            <translation>How we will &amp;know</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Problems</source>
            <translation>&amp;Problems</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Prin&amp;ciples</source>
            <translation>Prin&amp;ciples</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+121" />
            <source>Add commitment  (Ctrl+Return)</source>
            <translation>Add commitment  (Ctrl+Return)</translation>
        </message>
        <message>
            <location line="-119" />
            <source>&amp;New  (Alt+N)</source>
            <translation>&amp;New  (Alt+N)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Delete</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The commitment</source>
            <translation>The commitment</translation>
        </message>
        <message>
            <location line="+25" />
            <location line="+4" />
            <source>Ten insights on building trust</source>
            <translation>Ten insights on building trust</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Check the ones this commitment draws on.</source>
            <translation>Check the ones this commitment draws on.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>no commitment yet</source>
            <translation>no commitment yet</translation>
        </message>
        <message numerus="yes">
            <location line="+11" />
            <source>%n of the three most-voted problems has no commitment yet.</source>
            <translation>
                <numerusform>%n of the three most-voted problems has no commitment yet.</numerusform>
                <numerusform>%n of the three most-voted problems have no commitment yet.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>No commitment yet from: %1.</source>
            <translation>No commitment yet from: %1.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>— no participant —</source>
            <translation>— no participant —</translation>
        </message>
        <message>
            <location line="+4" />
            <source>— no role —</source>
            <translation>— no role —</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Save changes  (Ctrl+Return)</source>
            <translation>Save changes  (Ctrl+Return)</translation>
        </message>
        <message>
            <location line="+107" />
            <source>Add commitment</source>
            <translation>Add commitment</translation>
        </message>
        <message>
            <location line="-83" />
            <location line="+27" />
            <location line="+59" />
            <source>Edit commitment</source>
            <translation>Edit commitment</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Delete commitment</source>
            <translation>Delete commitment</translation>
        </message>
    </context>
    <context>
        <name>DetailBar</name>
        <message>
            <location filename="../tillitworkshop/ui/phases/problems/board_bar.py" line="+21" />
            <source>Arises at: not said</source>
            <translation>Arises at: not said</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chain link where the problem arises</source>
            <translation>Chain link where the problem arises</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Take back a dot</source>
            <translation>Take back a dot</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Take back a dot you gave (phones take back their own)</source>
            <translation>Take back a dot you gave (phones take back their own)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Add a dot</source>
            <translation>Add a dot</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+76" />
            <source>Ungroup</source>
            <translation>Ungroup</translation>
        </message>
        <message>
            <location line="-65" />
            <source>Answered by:</source>
            <translation>Answered by:</translation>
        </message>
        <message>
            <location line="+20" />
            <location line="+44" />
            <source>Ungroup (+%1)</source>
            <translation>Ungroup (+%1)</translation>
        </message>
        <message>
            <location line="-32" />
            <source>Key %1 on the board</source>
            <translation>Key %1 on the board</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Answered by %1</source>
            <translation>Answered by %1</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Choose a problem on the board to place, vote and link it.</source>
            <translation>Choose a problem on the board to place, vote and link it.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 dots</source>
            <translation>%1 dots</translation>
        </message>
    </context>
    <context>
        <name>EntryLine</name>
        <message>
            <location filename="../tillitworkshop/ui/common/widgets.py" line="+77" />
            <source>e.g. %1</source>
            <translation>e.g. %1</translation>
        </message>
    </context>
    <context>
        <name>ErrorHook</name>
        <message>
            <location filename="../tillitworkshop/ui/shell/errors.py" line="+69" />
            <source>Something went wrong (%1). The window goes on and what is stored is safe, but the last step may not have been done.</source>
            <translation>Something went wrong (%1). The window goes on and what is stored is safe, but the last step may not have been done.</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <location filename="../tillitworkshop/ui/shell/find_bar.py" line="+87" />
            <source>Find in this session's notes</source>
            <translation>Find in this session's notes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Find in the notes (Enter: next, Shift+Enter: previous)</source>
            <translation>Find in the notes (Enter: next, Shift+Enter: previous)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Matches</source>
            <translation>Matches</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Previous</source>
            <translation>Previous</translation>
        </message>
        <message>
            <location line="-13" />
            <location line="+14" />
            <source>Previous match</source>
            <translation>Previous match</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next</source>
            <translation>Next</translation>
        </message>
        <message>
            <location line="-13" />
            <location line="+14" />
            <source>Next match</source>
            <translation>Next match</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <location line="-14" />
            <location line="+15" />
            <source>Close the find bar</source>
            <translation>Close the find bar</translation>
        </message>
        <message>
            <location line="+40" />
            <source>No note holds “%1”</source>
            <translation>No note holds “%1”</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%1 of %n</source>
            <translation>
                <numerusform>%1 of %n</numerusform>
                <numerusform>%1 of %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FirstDay</name>
        <message>
            <location filename="../tillitworkshop/ui/shell/first_day.py" line="+15" />
            <source>Prepare</source>
            <translation>Prepare</translation>
        </message>
        <message>
            <location line="+0" />
            <source>New session (Ctrl+N): organisation, sector and date. In Preparation, add the roster, each with their role in the chain, and adjust the agenda's time boxes.</source>
            <translation>New session (Ctrl+N): organisation, sector and date. In Preparation, add the roster, each with their role in the chain, and adjust the agenda's time boxes.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open the day</source>
            <translation>Open the day</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Connect the projector and open the presenter window on it (F7), go to The good meeting (Ctrl+PgDown) and start the time box (F5). Type what the room says, Enter after each note.</source>
            <translation>Connect the projector and open the presenter window on it (F7), go to The good meeting (Ctrl+PgDown) and start the time box (F5). Type what the room says, Enter after each note.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Walk the chain</source>
            <translation>Walk the chain</translation>
        </message>
        <message>
            <location line="+0" />
            <source>In The governance chain, take the links one by one: the signals each receives, what creates value, what hinders, what it needs from the link above.</source>
            <translation>In The governance chain, take the links one by one: the signals each receives, what creates value, what hinders, what it needs from the link above.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Principles, problems, commitments</source>
            <translation>Principles, problems, commitments</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Show each principle card large (Ctrl+L) and type the room's ratings; place the problems on the six obstacles and give out the dots; write the commitments for the top problems.</source>
            <translation>Show each principle card large (Ctrl+L) and type the room's ratings; place the problems on the six obstacles and give out the dots; write the commitments for the top problems.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <location line="+0" />
            <source>In Closing, set the follow-up date and export the summary and the handouts. Months later, record in Follow-up how each commitment went.</source>
            <translation>In Closing, set the follow-up date and export the summary and the handouts. Months later, record in Follow-up how each commitment went.</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+2" />
            <source>Your first day in five steps</source>
            <translation>Your first day in five steps</translation>
        </message>
    </context>
    <context>
        <name>FollowUpPage</name>
        <message>
            <location filename="../tillitworkshop/ui/phases/followup/page.py" line="+45" />
            <source>Commitments</source>
            <translation>Commitments</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Date of the status</source>
            <translation>Date of the status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location line="+0" />
            <source>What has happened? (optional)</source>
            <translation>What has happened? (optional)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record status  (Ctrl+Return)</source>
            <translation>Record status  (Ctrl+Return)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>History of the commitment</source>
            <translation>History of the commitment</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Status</source>
            <translation>&amp;Status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Date</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Note</source>
            <translation>&amp;Note</translation>
        </message>
        <message>
            <location line="+6" />
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Record the status</source>
            <translation>Record the status</translation>
        </message>
        <message>
            <location line="+23" />
            <source>No commitments yet.</source>
            <translation>No commitments yet.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Write the date as YYYY-MM-DD, e.g. 2027-02-15.</source>
            <translation>Write the date as YYYY-MM-DD, e.g. 2027-02-15.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Record status</source>
            <translation>Record status</translation>
        </message>
    </context>
    <context>
        <name>Forget</name>
        <message>
            <location filename="../tillitworkshop/ui/phases/preparation/forget.py" line="+26" />
            <source>Forget participant</source>
            <translation>Forget participant</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Forget %1?

Their name and unit are removed from this library, from every backup and from the undo history. What they said stays, shown under their chain role, and their ratings stay without their name.

This cannot be undone.</source>
            <translation>Forget %1?

Their name and unit are removed from this library, from every backup and from the undo history. What they said stays, shown under their chain role, and their ratings stay without their name.

This cannot be undone.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Forget</source>
            <translation>Forget</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete what they said too</source>
            <translation>Delete what they said too</translation>
        </message>
        <message>
            <location line="+15" />
            <source>This participant is already forgotten.</source>
            <translation>This participant is already forgotten.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Forgotten. Backups rewritten without them: %1.</source>
            <translation>Forgotten. Backups rewritten without them: %1.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Damaged backups that held them, deleted: %1.</source>
            <translation>Damaged backups that held them, deleted: %1.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Exports made before this that named them (delete or replace these files):</source>
            <translation>Exports made before this that named them (delete or replace these files):</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Export what is stored about them</source>
            <translation>Export what is stored about them</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Written: %1</source>
            <translation>Written: %1</translation>
        </message>
    </context>
    <context>
        <name>GapView</name>
        <message>
            <location filename="../tillitworkshop/ui/phases/principles/gap_view.py" line="+73" />
            <source>Gap view: mean rating per chain role and principle</source>
            <translation>Gap view: mean rating per chain role and principle</translation>
        </message>
        <message>
            <location line="+13" />
            <source>No ratings yet.</source>
            <translation>No ratings yet.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1: spread %2 (%3 %4, %5 %6)</source>
            <translation>%1: spread %2 (%3 %4, %5 %6)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No spread of %1 points or more between the chain's levels.</source>
            <translation>No spread of %1 points or more between the chain's levels.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>No ratings yet: rate the principles in the Ratings tab.</source>
            <translation>No ratings yet: rate the principles in the Ratings tab.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Spread in the chain</source>
            <translation>Spread in the chain</translation>
        </message>
        <message>
            <location line="+65" />
            <source>1 = far from it · 5 = we are there · outlined in red: the chain's levels differ by %1 points or more · dashed: outside the chain, not compared</source>
            <translation>1 = far from it · 5 = we are there · outlined in red: the chain's levels differ by %1 points or more · dashed: outside the chain, not compared</translation>
        </message>
    </context>
    <context>
        <name>GoodMeetingPage</name>
        <message>
            <location filename="../tillitworkshop/ui/phases/good_meeting/page.py" line="+22" />
            <source>What creates value in the meeting? Type and press Enter</source>
            <translation>What creates value in the meeting? Type and press Enter</translation>
        </message>
        <message>
            <location line="+5" />
            <source>What hinders it? Type and press Enter</source>
            <translation>What hinders it? Type and press Enter</translation>
        </message>
    </context>
    <context>
        <name>HintLabel</name>
        <message>
            <location filename="../tillitworkshop/ui/common/widgets.py" line="+10" />
            <source>Hint</source>
            <translation>Hint</translation>
        </message>
    </context>
    <context>
        <name>JoinCard</name>
        <message>
            <location filename="../tillitworkshop/ui/room/qr_widget.py" line="+68" />
            <source>Room %1</source>
            <translation>Room %1</translation>
        </message>
    </context>
    <context>
        <name>KeysSheet</name>
        <message>
            <location filename="../tillitworkshop/ui/shell/keys_sheet.py" line="+76" />
            <source>This page</source>
            <translation>This page</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Everywhere</source>
            <translation>Everywhere</translation>
        </message>
        <message>
            <location line="+12" />
            <location line="+3" />
            <source>Keyboard shortcuts</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keys</source>
            <translation>Keys</translation>
        </message>
        <message>
            <location line="+0" />
            <source>What it does</source>
            <translation>What it does</translation>
        </message>
    </context>
    <context>
        <name>LargeCard</name>
        <message>
            <location filename="../tillitworkshop/ui/phases/principles/card_view.py" line="+19" />
            <source>Principle card, shown large</source>
            <translation>Principle card, shown large</translation>
        </message>
        <message>
            <location line="+3" />
            <source>← → next card · Esc back to the page</source>
            <translation>← → next card · Esc back to the page</translation>
        </message>
    </context>
    <context>
        <name>LibraryView</name>
        <message>
            <location filename="../tillitworkshop/ui/shell/library_view.py" line="+59" />
            <source>Find a session</source>
            <translation>Find a session</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Find a session (Ctrl+F)</source>
            <translation>Find a session (Ctrl+F)</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+32" />
            <source>Sessions</source>
            <translation>Sessions</translation>
        </message>
        <message>
            <location line="-17" />
            <source>New session…</source>
            <translation>New session…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Duplicate as template</source>
            <translation>Duplicate as template</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Import…</source>
            <translation>Import…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export…</source>
            <translation>Export…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Delete session</source>
            <translation>Delete session</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Your first day in five steps…</source>
            <translation>Your first day in five steps…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Where is the library?</source>
            <translation>Where is the library?</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Library folder: %1</source>
            <translation>Library folder: %1</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Import a session</source>
            <translation>Import a session</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session files (*.tillit *.json)</source>
            <translation>Session files (*.tillit *.json)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>All files (*)</source>
            <translation>All files (*)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export the session</source>
            <translation>Export the session</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Portable session file (*.tillit)</source>
            <translation>Portable session file (*.tillit)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session as JSON (*.json)</source>
            <translation>Session as JSON (*.json)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Your library is empty</source>
            <translation>Your library is empty</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add the demo session to see a whole Besök Tillit day filled in, or create your own session.</source>
            <translation>Add the demo session to see a whole Besök Tillit day filled in, or create your own session.</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+2" />
            <source>Your first day in five steps</source>
            <translation>Your first day in five steps</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+2" />
            <location line="+62" />
            <source>Add the demo session</source>
            <translation>Add the demo session</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Duplicate session</source>
            <translation>Duplicate session</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Delete session “%1”</source>
            <translation>Delete session “%1”</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Deleted “%1”. Undo brings it back (Ctrl+Z).</source>
            <translation>Deleted “%1”. Undo brings it back (Ctrl+Z).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Import session</source>
            <translation>Import session</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Session file</source>
            <translation>Session file</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Could not export: %1</source>
            <translation>Could not export: %1</translation>
        </message>
    </context>
    <context>
        <name>LinksPane</name>
        <message>
            <location filename="../tillitworkshop/ui/phases/chain/page.py" line="-110" />
            <source>The governance chain</source>
            <translation>The governance chain</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Colours of the bars</source>
            <translation>Colours of the bars</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Which governance signal does this link receive? Type, Enter</source>
            <translation>Which governance signal does this link receive? Type, Enter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What creates value here? Type, Enter</source>
            <translation>What creates value here? Type, Enter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What hinders here? Type, Enter</source>
            <translation>What hinders here? Type, Enter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What does it need from the link above? Type, Enter</source>
            <translation>What does it need from the link above? Type, Enter</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Go to the links of the chain</source>
            <translation>Go to the links of the chain</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Move note to the link above</source>
            <translation>Move note to the link above</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move note to the link below</source>
            <translation>Move note to the link below</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Link: %1</source>
            <translation>Link: %1</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Move note to another link</source>
            <translation>Move note to another link</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../tillitworkshop/ui/shell/mainwindow.py" line="+63" />
            <location line="+195" />
            <source>Last stored</source>
            <translation>Last stored</translation>
        </message>
        <message>
            <location line="-133" />
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;New session…</source>
            <translation>&amp;New session…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Open session…</source>
            <translation>&amp;Open session…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Import session file…</source>
            <translation>&amp;Import session file…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Export session file…</source>
            <translation>&amp;Export session file…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Roll up sessions…</source>
            <translation>&amp;Roll up sessions…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export session file &amp;without names…</source>
            <translation>Export session file &amp;without names…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Keep &amp;backups for…</source>
            <translation>Keep &amp;backups for…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Find…</source>
            <translation>&amp;Find…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Day</source>
            <translation>&amp;Day</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Next phase</source>
            <translation>&amp;Next phase</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Previous phase</source>
            <translation>&amp;Previous phase</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Phase %1</source>
            <translation>Phase %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Start or pause the timer</source>
            <translation>&amp;Start or pause the timer</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Reset the timer</source>
            <translation>&amp;Reset the timer</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+142" />
            <location line="+179" />
            <source>Open the &amp;room…</source>
            <translation>Open the &amp;room…</translation>
        </message>
        <message>
            <location line="-320" />
            <source>Notes from &amp;phones</source>
            <translation>Notes from &amp;phones</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Finish the time box</source>
            <translation>&amp;Finish the time box</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Full screen</source>
            <translation>&amp;Full screen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Phase list</source>
            <translation>&amp;Phase list</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Keyboard shortcuts</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Names and &amp;timer</source>
            <translation>Names and &amp;timer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Numbers only</source>
            <translation>&amp;Numbers only</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Hidden</source>
            <translation>&amp;Hidden</translation>
        </message>
        <message>
            <location line="+32" />
            <source>The translation could not be loaded; the window stays in English.</source>
            <translation>The translation could not be loaded; the window stays in English.</translation>
        </message>
        <message>
            <location line="+39" />
            <location line="+221" />
            <source>Close the &amp;room</source>
            <translation>Close the &amp;room</translation>
        </message>
        <message>
            <location line="-97" />
            <source>The last edit was not stored</source>
            <translation>The last edit was not stored</translation>
        </message>
        <message>
            <location line="+11" />
            <source>All changes stored · %1</source>
            <translation>All changes stored · %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>All changes are stored as you make them</source>
            <translation>All changes are stored as you make them</translation>
        </message>
        <message>
            <location line="+26" />
            <source>No backup could be taken: %1</source>
            <translation>No backup could be taken: %1</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Open a session first: the room is a session's.</source>
            <translation>Open a session first: the room is a session's.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The room could not be opened on %1: %2</source>
            <translation>The room could not be opened on %1: %2</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../tillitworkshop/ui/common/messages.py" line="+38" />
            <source>%1… (%2 characters)</source>
            <translation>%1… (%2 characters)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Facilitators</source>
            <translation>Facilitators</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Follow-up date</source>
            <translation>Follow-up date</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The long-term card</source>
            <translation>The long-term card</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dot budget</source>
            <translation>Dot budget</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Whom the dot budget is for</source>
            <translation>Whom the dot budget is for</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>Phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chain role</source>
            <translation>Chain role</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consent</source>
            <translation>Consent</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind of note</source>
            <translation>Kind of note</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Link of the chain</source>
            <translation>Link of the chain</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Relationship</source>
            <translation>Relationship</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Principle</source>
            <translation>Principle</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Principles</source>
            <translation>Principles</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Obstacle</source>
            <translation>Obstacle</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Governance signal</source>
            <translation>Governance signal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dots</source>
            <translation>Dots</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rating</source>
            <translation>Rating</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trust</source>
            <translation>Trust</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What will be done</source>
            <translation>What will be done</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Owner's chain role</source>
            <translation>Owner's chain role</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By when</source>
            <translation>By when</translation>
        </message>
        <message>
            <location line="+1" />
            <source>First step</source>
            <translation>First step</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How we will know</source>
            <translation>How we will know</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Problems</source>
            <translation>Problems</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time box</source>
            <translation>Time box</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Minutes</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Grouping</source>
            <translation>Grouping</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participant</source>
            <translation>Participant</translation>
        </message>
        <message>
            <location line="+8" />
            <source>session</source>
            <translation>session</translation>
        </message>
        <message>
            <location line="+1" />
            <source>participant</source>
            <translation>participant</translation>
        </message>
        <message>
            <location line="+1" />
            <source>note</source>
            <translation>note</translation>
        </message>
        <message>
            <location line="+1" />
            <source>rating</source>
            <translation>rating</translation>
        </message>
        <message>
            <location line="+1" />
            <source>trust mark</source>
            <translation>trust mark</translation>
        </message>
        <message>
            <location line="+1" />
            <source>commitment</source>
            <translation>commitment</translation>
        </message>
        <message>
            <location line="+1" />
            <source>time box</source>
            <translation>time box</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 must not be empty.</source>
            <translation>%1 must not be empty.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 must be text.</source>
            <translation>%1 must be text.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is longer than %2 characters.</source>
            <translation>%1 is longer than %2 characters.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1: “%2” is not one of the choices; choose one of %3.</source>
            <translation>%1: “%2” is not one of the choices; choose one of %3.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1: “%2” is not a date; write it as YYYY-MM-DD, e.g. 2026-03-12.</source>
            <translation>%1: “%2” is not a date; write it as YYYY-MM-DD, e.g. 2026-03-12.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 must be a whole number.</source>
            <translation>%1 must be a whole number.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 must be between %2 and %3.</source>
            <translation>%1 must be between %2 and %3.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 must be yes or no.</source>
            <translation>%1 must be yes or no.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 must be a list of names.</source>
            <translation>%1 must be a list of names.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A note on a governance signal must say which signal it is.</source>
            <translation>A note on a governance signal must say which signal it is.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A rating belongs to a participant or to a role in the chain.</source>
            <translation>A rating belongs to a participant or to a role in the chain.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>That participant is not in this session (any more).</source>
            <translation>That participant is not in this session (any more).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>That problem is not in this session (any more).</source>
            <translation>That problem is not in this session (any more).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A note cannot be grouped under a note that is itself grouped.</source>
            <translation>A note cannot be grouped under a note that is itself grouped.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Notes of different sessions cannot be grouped together.</source>
            <translation>Notes of different sessions cannot be grouped together.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 cannot be changed here.</source>
            <translation>%1 cannot be changed here.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This note from a phone was already accepted or rejected.</source>
            <translation>This note from a phone was already accepted or rejected.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>This edit was not stored: the disk is full. Free some space (delete or move files), then try again; nothing stored before was lost. Library: %1</source>
            <translation>This edit was not stored: the disk is full. Free some space (delete or move files), then try again; nothing stored before was lost. Library: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This edit was not stored: the library cannot be written (read-only). Check the folder's permissions or choose another with --data-dir; nothing stored before was lost. Library: %1</source>
            <translation>This edit was not stored: the library cannot be written (read-only). Check the folder's permissions or choose another with --data-dir; nothing stored before was lost. Library: %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This edit was not stored: the disk reported an error (%1). Check the disk or save to another folder, then try again; nothing stored before was lost. Library: %2</source>
            <translation>This edit was not stored: the disk reported an error (%1). Check the disk or save to another folder, then try again; nothing stored before was lost. Library: %2</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The library %1 is already open in another Tillit Workshop. Close the other window first, or use --data-dir to work in another library folder.</source>
            <translation>The library %1 is already open in another Tillit Workshop. Close the other window first, or use --data-dir to work in another library folder.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The library %1 is already open (process %2 on %3). Close the other Tillit Workshop window first, or use --data-dir to work in another library folder.</source>
            <translation>The library %1 is already open (process %2 on %3). Close the other Tillit Workshop window first, or use --data-dir to work in another library folder.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 is cut short (%2 bytes): the file is damaged.</source>
            <translation>%1 is cut short (%2 bytes): the file is damaged.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 is damaged: %2.</source>
            <translation>%1 is damaged: %2.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Session %1 cannot be read: in table %2, record %3 is damaged (%4 is not UTF-8 text). Check the library, and go back to a good backup.</source>
            <translation>Session %1 cannot be read: in table %2, record %3 is damaged (%4 is not UTF-8 text). Check the library, and go back to a good backup.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 is missing, but its folder holds backups or copies of a library. Go back to the newest good backup, or move the backups folder and the library-replaced-/library-damaged- files away to start a new, empty library.</source>
            <translation>%1 is missing, but its folder holds backups or copies of a library. Go back to the newest good backup, or move the backups folder and the library-replaced-/library-damaged- files away to start a new, empty library.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 is empty (0 bytes), so it holds no sessions. Go back to a backup, or move the file away to start a new library.</source>
            <translation>%1 is empty (0 bytes), so it holds no sessions. Go back to a backup, or move the file away to start a new library.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 is not a Tillit Workshop library (it is not an SQLite file). Move it away, or point --data-dir at the folder that holds your library.</source>
            <translation>%1 is not a Tillit Workshop library (it is not an SQLite file). Move it away, or point --data-dir at the folder that holds your library.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 is an SQLite file of another program, not a Tillit Workshop library. It was left untouched; point --data-dir at another folder.</source>
            <translation>%1 is an SQLite file of another program, not a Tillit Workshop library. It was left untouched; point --data-dir at another folder.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 was written by a newer version of Tillit Workshop (library version %2, this app reads up to %3). It was left untouched: install the newer version to open it.</source>
            <translation>%1 was written by a newer version of Tillit Workshop (library version %2, this app reads up to %3). It was left untouched: install the newer version to open it.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Cannot create the library folder %1: %2. Choose another folder with --data-dir.</source>
            <translation>Cannot create the library folder %1: %2. Choose another folder with --data-dir.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Cannot write in %1: %2. Choose a folder you may write to with --data-dir.</source>
            <translation>Cannot write in %1: %2. Choose a folder you may write to with --data-dir.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 is a folder; give a file name.</source>
            <translation>%1 is a folder; give a file name.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cannot write in %1: %2.</source>
            <translation>Cannot write in %1: %2.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 exists and is not a regular file (a device, a pipe or a broken link); it was left as it is. Give another file name.</source>
            <translation>%1 exists and is not a regular file (a device, a pipe or a broken link); it was left as it is. Give another file name.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 exists and is not a folder; give a new or empty folder.</source>
            <translation>%1 exists and is not a folder; give a new or empty folder.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 already holds other files (%2); choose a new or empty folder.</source>
            <translation>%1 already holds other files (%2); choose a new or empty folder.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Cannot write %1: %2.</source>
            <translation>Cannot write %1: %2.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 exists; tick “Replace existing files” to replace it.</source>
            <translation>%1 exists; tick “Replace existing files” to replace it.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cannot write %1: the folder %2 does not exist.</source>
            <translation>Cannot write %1: the folder %2 does not exist.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 was not closed properly last time, and %2, which held its latest edits, is missing: the library may be older than your last edits.</source>
            <translation>%1 was not closed properly last time, and %2, which held its latest edits, is missing: the library may be older than your last edits.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The newest good backup is %1 (the current library is kept aside if you go back to it).</source>
            <translation>The newest good backup is %1 (the current library is kept aside if you go back to it).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 cannot be restored: %2.</source>
            <translation>%1 cannot be restored: %2.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not found: the %1 with id %2 (it may have been deleted).</source>
            <translation>Not found: the %1 with id %2 (it may have been deleted).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Could not undo or redo this change (%1): it clashes with what is stored now (%2). Nothing was changed; the step stays in the undo history.</source>
            <translation>Could not undo or redo this change (%1): it clashes with what is stored now (%2). Nothing was changed; the step stays in the undo history.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Could not undo or redo this change (%1): the library refused it (%2). Nothing was changed; the step stays in the undo history.</source>
            <translation>Could not undo or redo this change (%1): the library refused it (%2). Nothing was changed; the step stays in the undo history.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No good backup in %1.</source>
            <translation>No good backup in %1.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No backup “%1”. Backups in %2: %3.</source>
            <translation>No backup “%1”. Backups in %2: %3.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No session given: name a session id or the start of one.</source>
            <translation>No session given: name a session id or the start of one.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No session id starts with “%1”.</source>
            <translation>No session id starts with “%1”.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>“%1” matches %2 sessions; give more characters of the id.</source>
            <translation>“%1” matches %2 sessions; give more characters of the id.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>… and %1 more</source>
            <translation>… and %1 more</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1: not imported, nothing was changed.</source>
            <translation>%1: not imported, nothing was changed.</translation>
        </message>
        <message>
            <location line="-43" />
            <location line="+54" />
            <source>No good backup was found.</source>
            <translation>No good backup was found.</translation>
        </message>
        <message>
            <location line="-168" />
            <source>Only phones' dots are left (%1): a phone takes back its own.</source>
            <translation>Only phones' dots are left (%1): a phone takes back its own.</translation>
        </message>
        <message>
            <location line="+169" />
            <source>The newest good backup is %1 (the damaged file is kept aside if you go back to it).</source>
            <translation>The newest good backup is %1 (the damaged file is kept aside if you go back to it).</translation>
        </message>
    </context>
    <context>
        <name>ModerationQueue</name>
        <message>
            <location filename="../tillitworkshop/ui/room/moderation.py" line="+64" />
            <source>Notes from phones awaiting moderation</source>
            <translation>Notes from phones awaiting moderation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accept all notes as they come</source>
            <translation>Accept all notes as they come</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accept</source>
            <translation>Accept</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Merge…</source>
            <translation>Merge…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reject</source>
            <translation>Reject</translation>
        </message>
        <message numerus="yes">
            <location line="+48" />
            <source>From phones: %n note(s) to moderate</source>
            <translation>
                <numerusform>From phones: %n note to moderate</numerusform>
                <numerusform>From phones: %n notes to moderate</numerusform>
            </translation>
        </message>
        <message>
            <location line="+16" />
            <source>This note from a phone was already accepted or rejected.</source>
            <translation>This note from a phone was already accepted or rejected.</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+5" />
            <location line="+31" />
            <source>Accept a note from a phone</source>
            <translation>Accept a note from a phone</translation>
        </message>
        <message>
            <location line="-33" />
            <source>Edit the note</source>
            <translation>Edit the note</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Note:</source>
            <translation>Note:</translation>
        </message>
        <message>
            <location line="+8" />
            <source>There is no note of this kind to merge with yet.</source>
            <translation>There is no note of this kind to merge with yet.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Merge with a note</source>
            <translation>Merge with a note</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Merge with:</source>
            <translation>Merge with:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Merge a note from a phone</source>
            <translation>Merge a note from a phone</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Reject a note from a phone</source>
            <translation>Reject a note from a phone</translation>
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
            <translation>New session</translation>
        </message>
        <message>
            <location line="-59" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location line="+0" />
            <source>e.g. Lövhälla kommun</source>
            <translation>e.g. Lövhälla kommun</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Date of the day</source>
            <translation>Date of the day</translation>
        </message>
        <message>
            <location line="+0" />
            <source>YYYY-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Organisation</source>
            <translation>&amp;Organisation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Se&amp;ctor</source>
            <translation>Se&amp;ctor</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Date</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+26" />
            <source>Create</source>
            <translation>Create</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Create the session “%1”, or discard what you typed?</source>
            <translation>Create the session “%1”, or discard what you typed?</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Write the organisation's name.</source>
            <translation>Write the organisation's name.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>“%1” is not a date; write it as YYYY-MM-DD.</source>
            <translation>“%1” is not a date; write it as YYYY-MM-DD.</translation>
        </message>
    </context>
    <context>
        <name>NoteColumn</name>
        <message>
            <location filename="../tillitworkshop/ui/common/note_column.py" line="+47" />
            <source>New note: %1</source>
            <translation>New note: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Type a new note: %1</source>
            <translation>Type a new note: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Governance signal</source>
            <translation>Governance signal</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Said by</source>
            <translation>Said by</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Notes: %1</source>
            <translation>Notes: %1</translation>
        </message>
        <message>
            <location line="+31" />
            <location line="+88" />
            <source>Delete note</source>
            <translation>Delete note</translation>
        </message>
        <message>
            <location line="-87" />
            <source>Move note up</source>
            <translation>Move note up</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move note down</source>
            <translation>Move note down</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Said by: the room</source>
            <translation>Said by: the room</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Role: %1</source>
            <translation>Role: %1</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Write the note first, then press Enter.</source>
            <translation>Write the note first, then press Enter.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add note</source>
            <translation>Add note</translation>
        </message>
        <message>
            <location line="+10" />
            <source>A note cannot be empty; press Delete to remove it.</source>
            <translation>A note cannot be empty; press Delete to remove it.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Edit note</source>
            <translation>Edit note</translation>
        </message>
        <message numerus="yes">
            <location line="+14" />
            <source>Delete %n note(s)</source>
            <translation>
                <numerusform>Delete %n note</numerusform>
                <numerusform>Delete %n notes</numerusform>
            </translation>
        </message>
        <message>
            <location line="+26" />
            <source>Move note</source>
            <translation>Move note</translation>
        </message>
    </context>
    <context>
        <name>NoteDelegate</name>
        <message>
            <location filename="../tillitworkshop/ui/common/note_delegate.py" line="+54" />
            <source>Edit note</source>
            <translation>Edit note</translation>
        </message>
    </context>
    <context>
        <name>ParticipantModel</name>
        <message>
            <location filename="../tillitworkshop/ui/phases/preparation/participant_model.py" line="+37" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chain role</source>
            <translation>Chain role</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Named in handouts</source>
            <translation>Named in handouts</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Forgotten participant</source>
            <translation>Forgotten participant</translation>
        </message>
        <message>
            <location line="+8" />
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no</source>
            <translation>no</translation>
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
            <translation>&amp;Presenter window</translation>
        </message>
        <message>
            <location line="+1" />
            <source>S&amp;wap screens</source>
            <translation>S&amp;wap screens</translation>
        </message>
        <message>
            <location line="+1" />
            <source>F&amp;reeze the presenter</source>
            <translation>F&amp;reeze the presenter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Black out the presenter</source>
            <translation>&amp;Black out the presenter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Big &amp;clock on the presenter</source>
            <translation>Big &amp;clock on the presenter</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Presenter</source>
            <translation>Presenter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Presenter window</source>
            <translation>Presenter window</translation>
        </message>
        <message>
            <location line="+74" />
            <source>There is one screen: drag the presenter window to the projector.</source>
            <translation>There is one screen: drag the presenter window to the projector.</translation>
        </message>
    </context>
    <context>
        <name>PresenterWindow</name>
        <message>
            <location filename="../tillitworkshop/ui/presenter/window.py" line="+101" />
            <source>Presenter — %1</source>
            <translation>Presenter — %1</translation>
        </message>
    </context>
    <context>
        <name>PrinciplesPage</name>
        <message>
            <location filename="../tillitworkshop/ui/phases/principles/page.py" line="+49" />
            <source>Principle cards</source>
            <translation>Principle cards</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Cards</source>
            <translation>Cards</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ratings</source>
            <translation>Ratings</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Gaps in the chain</source>
            <translation>Gaps in the chain</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Show the card large</source>
            <translation>Show the card large</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next card</source>
            <translation>Next card</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Previous card</source>
            <translation>Previous card</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Show: %1</source>
            <translation>Show: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Go to the ratings grid</source>
            <translation>Go to the ratings grid</translation>
        </message>
    </context>
    <context>
        <name>ProblemBoardPage</name>
        <message>
            <location filename="../tillitworkshop/ui/phases/problems/page.py" line="+43" />
            <source>Not yet placed</source>
            <translation>Not yet placed</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Type a new problem</source>
            <translation>Type a new problem</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sort by dots</source>
            <translation>Sort by dots</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Go to the board</source>
            <translation>Go to the board</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Move to the obstacle on the left</source>
            <translation>Move to the obstacle on the left</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move to the obstacle on the right</source>
            <translation>Move to the obstacle on the right</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move to the chain link above</source>
            <translation>Move to the chain link above</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move to the chain link below</source>
            <translation>Move to the chain link below</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Group the selected duplicates</source>
            <translation>Group the selected duplicates</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+218" />
            <location line="+3" />
            <source>Ungroup</source>
            <translation>Ungroup</translation>
        </message>
        <message>
            <location line="-220" />
            <location line="+278" />
            <source>Delete problem</source>
            <translation>Delete problem</translation>
        </message>
        <message>
            <location line="-256" />
            <source>%1 dots</source>
            <translation>%1 dots</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 duplicates</source>
            <translation>%1 duplicates</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 problems · %2 dots</source>
            <translation>%1 problems · %2 dots</translation>
        </message>
        <message>
            <location line="+109" />
            <source>A problem cannot be empty; press Delete to remove it.</source>
            <translation>A problem cannot be empty; press Delete to remove it.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Edit problem</source>
            <translation>Edit problem</translation>
        </message>
        <message>
            <location line="+10" />
            <location line="+38" />
            <source>Move problem</source>
            <translation>Move problem</translation>
        </message>
        <message>
            <location line="-13" />
            <source>Move problem to another link</source>
            <translation>Move problem to another link</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Move problems</source>
            <translation>Move problems</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Select two or more duplicates (Shift+Up/Down), then Ctrl+G.</source>
            <translation>Select two or more duplicates (Shift+Up/Down), then Ctrl+G.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Group duplicates</source>
            <translation>Group duplicates</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Every dot is used. Take one back (−) or raise the budget.</source>
            <translation>Every dot is used. Take one back (−) or raise the budget.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Add a dot</source>
            <translation>Add a dot</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Take back a dot</source>
            <translation>Take back a dot</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Only phones' dots are left (%1): a phone takes back its own.</source>
            <translation>Only phones' dots are left (%1): a phone takes back its own.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Link principles</source>
            <translation>Link principles</translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>Delete %n problem(s)</source>
            <translation>
                <numerusform>Delete %n problem</numerusform>
                <numerusform>Delete %n problems</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>QrCode</name>
        <message>
            <location filename="../tillitworkshop/ui/room/qr_widget.py" line="-43" />
            <source>QR code of the room's address</source>
            <translation>QR code of the room's address</translation>
        </message>
    </context>
    <context>
        <name>RatingModel</name>
        <message>
            <location filename="../tillitworkshop/ui/phases/principles/rating_grid.py" line="+93" />
            <source>not rated</source>
            <translation>not rated</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Clear rating</source>
            <translation>Clear rating</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Rate %1</source>
            <translation>Rate %1</translation>
        </message>
    </context>
    <context>
        <name>RatingsPane</name>
        <message>
            <location filename="../tillitworkshop/ui/phases/principles/page.py" line="-69" />
            <source>Rate by</source>
            <translation>Rate by</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rate by participant</source>
            <translation>Rate by participant</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rate by chain role (one rating per group)</source>
            <translation>Rate by chain role (one rating per group)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Ratings: where are we today, 1 to 5</source>
            <translation>Ratings: where are we today, 1 to 5</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Where are we today? 1 = far from it, 5 = we are there. Type a digit and the cursor moves on; 0 or Delete clears.</source>
            <translation>Where are we today? 1 = far from it, 5 = we are there. Type a digit and the cursor moves on; 0 or Delete clears.</translation>
        </message>
    </context>
    <context>
        <name>Regions</name>
        <message>
            <location filename="../tillitworkshop/ui/shell/regions.py" line="+33" />
            <source>Go to the next region of the page</source>
            <translation>Go to the next region of the page</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Go to the previous region of the page</source>
            <translation>Go to the previous region of the page</translation>
        </message>
    </context>
    <context>
        <name>RelationshipModel</name>
        <message>
            <location filename="../tillitworkshop/ui/phases/chain/chain_model.py" line="+51" />
            <source>notes: %1</source>
            <translation>notes: %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>trust %1 of 5</source>
            <translation>trust %1 of 5</translation>
        </message>
        <message>
            <location line="+3" />
            <source>trust not marked</source>
            <translation>trust not marked</translation>
        </message>
    </context>
    <context>
        <name>RelationshipPane</name>
        <message>
            <location filename="../tillitworkshop/ui/phases/chain/relationships.py" line="+29" />
            <source>Trust relationships</source>
            <translation>Trust relationships</translation>
        </message>
        <message>
            <location line="+5" />
            <source>How strong is trust here?</source>
            <translation>How strong is trust here?</translation>
        </message>
        <message>
            <location line="+4" />
            <source>1 weak</source>
            <translation>1 weak</translation>
        </message>
        <message>
            <location line="+0" />
            <source>5 strong</source>
            <translation>5 strong</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Trust %1 of 5</source>
            <translation>Trust %1 of 5</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not marked</source>
            <translation>Not marked</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clear the trust mark</source>
            <translation>Clear the trust mark</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A note on this relationship. Type, Enter</source>
            <translation>A note on this relationship. Type, Enter</translation>
        </message>
        <message>
            <location line="+44" />
            <source>Mark trust</source>
            <translation>Mark trust</translation>
        </message>
    </context>
    <context>
        <name>Retention</name>
        <message>
            <location filename="../tillitworkshop/ui/shell/retention_dialog.py" line="+16" />
            <source>Keep backups for</source>
            <translation>Keep backups for</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Backups older than this many days are deleted when the library is opened (0: keep only the newest one). Backups hold everything the sessions held, also what was deleted or forgotten since.</source>
            <translation>Backups older than this many days are deleted when the library is opened (0: keep only the newest one). Backups hold everything the sessions held, also what was deleted or forgotten since.</translation>
        </message>
    </context>
    <context>
        <name>RoleDelegate</name>
        <message>
            <location filename="../tillitworkshop/ui/phases/preparation/page.py" line="-159" />
            <source>Chain role</source>
            <translation>Chain role</translation>
        </message>
    </context>
    <context>
        <name>RollupDialog</name>
        <message>
            <location filename="../tillitworkshop/ui/shell/rollup_dialog.py" line="+42" />
            <source>Roll up sessions</source>
            <translation>Roll up sessions</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add files…</source>
            <translation>Add files…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add folder…</source>
            <translation>Add folder…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <location line="+2" />
            <source>programme.sqlite</source>
            <translation>programme.sqlite</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Also write the programme report (PDF)</source>
            <translation>Also write the programme report (PDF)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Replace existing files</source>
            <translation>Replace existing files</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Roll up</source>
            <translation>Roll up</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Roll-up results</source>
            <translation>Roll-up results</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Session files, folders and library folders</source>
            <translation>Session files, folders and library folders</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+40" />
            <source>Roll-up database</source>
            <translation>Roll-up database</translation>
        </message>
        <message>
            <location line="-10" />
            <source>Session files</source>
            <translation>Session files</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Session files (*.json *.tillit)</source>
            <translation>Session files (*.json *.tillit)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A folder of sessions</source>
            <translation>A folder of sessions</translation>
        </message>
        <message>
            <location line="+8" />
            <source>SQLite database (*.sqlite)</source>
            <translation>SQLite database (*.sqlite)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Add session files or folders first.</source>
            <translation>Add session files or folders first.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose where to write the roll-up database.</source>
            <translation>Choose where to write the roll-up database.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Roll-up cancelled; nothing was written.</source>
            <translation>Roll-up cancelled; nothing was written.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>No sessions to roll up; nothing was written.</source>
            <translation>No sessions to roll up; nothing was written.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 sessions from %2 sites, %3 to %4; %5 inputs skipped.</source>
            <translation>%1 sessions from %2 sites, %3 to %4; %5 inputs skipped.</translation>
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
            <translation>The room</translation>
        </message>
        <message numerus="yes">
            <location line="+96" />
            <source>Room open · %n phone(s)</source>
            <translation>
                <numerusform>Room open · %n phone</numerusform>
                <numerusform>Room open · %n phones</numerusform>
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
            <translation>%1 (this computer only)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Open the room</source>
            <translation>Open the room</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phones join over the network of the room: choose the laptop's address on it (the travel router's or the hotspot's Wi-Fi).</source>
            <translation>Phones join over the network of the room: choose the laptop's address on it (the travel router's or the hotspot's Wi-Fi).</translation>
        </message>
    </context>
    <context>
        <name>Roster</name>
        <message>
            <location filename="../tillitworkshop/ui/phases/preparation/page.py" line="+16" />
            <source>Participant's name</source>
            <translation>Participant's name</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Participant's chain role</source>
            <translation>Participant's chain role</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chain role…</source>
            <translation>Chain role…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Participant's unit</source>
            <translation>Participant's unit</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Unit (optional)</source>
            <translation>Unit (optional)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>May be named in handouts</source>
            <translation>May be named in handouts</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consent to be named in handouts</source>
            <translation>Consent to be named in handouts</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+57" />
            <source>Add participant</source>
            <translation>Add participant</translation>
        </message>
        <message>
            <location line="-50" />
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <location line="+10" />
            <location line="+76" />
            <source>Remove participant</source>
            <translation>Remove participant</translation>
        </message>
        <message>
            <location line="-75" />
            <source>Forget participant…</source>
            <translation>Forget participant…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Export what is stored about them…</source>
            <translation>Export what is stored about them…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Roster</source>
            <translation>&amp;Roster</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Write the participant's name.</source>
            <translation>Write the participant's name.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose the participant's chain role.</source>
            <translation>Choose the participant's chain role.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>A participant needs a name; press Delete to remove them.</source>
            <translation>A participant needs a name; press Delete to remove them.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Edit participant</source>
            <translation>Edit participant</translation>
        </message>
        <message numerus="yes">
            <location line="+18" />
            <source>Remove %n participant(s)</source>
            <translation>
                <numerusform>Remove %n participant</numerusform>
                <numerusform>Remove %n participants</numerusform>
            </translation>
        </message>
        <message>
            <location line="+27" />
            <source>Participants: %1</source>
            <translation>Participants: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Nobody yet from: %1. The method wants the whole chain in the room.</source>
            <translation>Nobody yet from: %1. The method wants the whole chain in the room.</translation>
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
            <translation>e.g. Lövhälla kommun</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Date of the day</source>
            <translation>Date of the day</translation>
        </message>
        <message>
            <location line="+0" />
            <source>YYYY-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Where the day is held</source>
            <translation>Where the day is held</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Facilitators</source>
            <translation>Facilitators</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Names, separated by commas</source>
            <translation>Names, separated by commas</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Organisation</source>
            <translation>&amp;Organisation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Se&amp;ctor</source>
            <translation>Se&amp;ctor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Date</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Place</source>
            <translation>&amp;Place</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Facilitators</source>
            <translation>&amp;Facilitators</translation>
        </message>
        <message>
            <location line="+41" />
            <source>The day needs a date, as YYYY-MM-DD.</source>
            <translation>The day needs a date, as YYYY-MM-DD.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Change %1</source>
            <translation>Change %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The organisation needs a name.</source>
            <translation>The organisation needs a name.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Not stored yet: press Enter to store it.</source>
            <translation>Not stored yet: press Enter to store it.</translation>
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
            <translation>Sector</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Progress</source>
            <translation>Progress</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Participants: %1</source>
            <translation>Participants: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Notes: %1</source>
            <translation>Notes: %1</translation>
        </message>
    </context>
    <context>
        <name>SessionView</name>
        <message>
            <location filename="../tillitworkshop/ui/shell/session_view.py" line="+121" />
            <location line="+50" />
            <source>← All sessions</source>
            <translation>← All sessions</translation>
        </message>
        <message>
            <location line="-49" />
            <location line="+50" />
            <source>Back to all sessions</source>
            <translation>Back to all sessions</translation>
        </message>
        <message>
            <location line="-39" />
            <source>Phases of the day</source>
            <translation>Phases of the day</translation>
        </message>
        <message>
            <location line="+46" />
            <source>Show the phases as numbers only</source>
            <translation>Show the phases as numbers only</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show the phases' names</source>
            <translation>Show the phases' names</translation>
        </message>
    </context>
    <context>
        <name>Slides</name>
        <message>
            <location filename="../tillitworkshop/ui/presenter/slides.py" line="+195" />
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The day's agenda</source>
            <translation>The day's agenda</translation>
        </message>
        <message>
            <location line="+3" />
            <source>What creates value in the meeting?</source>
            <translation>What creates value in the meeting?</translation>
        </message>
        <message>
            <location line="+3" />
            <source>What hinders it?</source>
            <translation>What hinders it?</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The good meeting between citizen and employee</source>
            <translation>The good meeting between citizen and employee</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Trust relationships</source>
            <translation>Trust relationships</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Card %1 of %2</source>
            <translation>Card %1 of %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Questions for the room</source>
            <translation>Questions for the room</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Where are we today?</source>
            <translation>Where are we today?</translation>
        </message>
        <message>
            <location line="+0" />
            <source>No ratings yet.</source>
            <translation>No ratings yet.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Widest gaps between the chain's levels: %1</source>
            <translation>Widest gaps between the chain's levels: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Where are we today? The chain's gaps</source>
            <translation>Where are we today? The chain's gaps</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Not yet placed</source>
            <translation>Not yet placed</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Problems that hinder the good meeting</source>
            <translation>Problems that hinder the good meeting</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No problems on the board yet.</source>
            <translation>No problems on the board yet.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>What we will do</source>
            <translation>What we will do</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+19" />
            <source>No commitments yet.</source>
            <translation>No commitments yet.</translation>
        </message>
        <message>
            <location line="-18" />
            <source>Commitments</source>
            <translation>Commitments</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Where our commitments stand</source>
            <translation>Where our commitments stand</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 things said about the good meeting</source>
            <translation>%1 things said about the good meeting</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 notes along the chain</source>
            <translation>%1 notes along the chain</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 problems mapped</source>
            <translation>%1 problems mapped</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 commitments</source>
            <translation>%1 commitments</translation>
        </message>
        <message>
            <location line="+3" />
            <source>We meet again on %1</source>
            <translation>We meet again on %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Thank you for today</source>
            <translation>Thank you for today</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What the day gave</source>
            <translation>What the day gave</translation>
        </message>
    </context>
    <context>
        <name>Statuses</name>
        <message>
            <location filename="../tillitworkshop/ui/common/statuses.py" line="+10" />
            <source>Planned</source>
            <translation>Planned</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Started</source>
            <translation>Started</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dropped</source>
            <translation>Dropped</translation>
        </message>
    </context>
    <context>
        <name>StorageBanner</name>
        <message>
            <location filename="../tillitworkshop/ui/shell/banner.py" line="+30" />
            <source>Not stored</source>
            <translation>Not stored</translation>
        </message>
        <message>
            <location line="+5" />
            <source>What you typed is still in its field: once there is room, press Enter (or repeat the action) to store it.</source>
            <translation>What you typed is still in its field: once there is room, press Enter (or repeat the action) to store it.</translation>
        </message>
    </context>
    <context>
        <name>TimerPanel</name>
        <message>
            <location filename="../tillitworkshop/ui/shell/timer_panel.py" line="+40" />
            <location line="+98" />
            <source>Time left</source>
            <translation>Time left</translation>
        </message>
        <message>
            <location line="-93" />
            <source>Share of the time box used</source>
            <translation>Share of the time box used</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+98" />
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <location line="-96" />
            <source>Start or pause the timer</source>
            <translation>Start or pause the timer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reset</source>
            <translation>Reset</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reset the timer</source>
            <translation>Reset the timer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Finish this time box</source>
            <translation>Finish this time box</translation>
        </message>
        <message>
            <location line="+3" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time box in minutes</source>
            <translation>Time box in minutes</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Timer running in another phase</source>
            <translation>Timer running in another phase</translation>
        </message>
        <message>
            <location line="+50" />
            <source>Running: %1 · %2</source>
            <translation>Running: %1 · %2</translation>
        </message>
        <message>
            <location line="+14" />
            <source>No time box for this phase</source>
            <translation>No time box for this phase</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Over time</source>
            <translation>Over time</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resume</source>
            <translation>Resume</translation>
        </message>
        <message>
            <location line="+5" />
            <source>running</source>
            <translation>running</translation>
        </message>
        <message>
            <location line="+2" />
            <source>done</source>
            <translation>done</translation>
        </message>
        <message>
            <location line="+2" />
            <source>paused</source>
            <translation>paused</translation>
        </message>
        <message>
            <location line="+0" />
            <source>not started</source>
            <translation>not started</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 over the time box</source>
            <translation>%1 over the time box</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Pause timer</source>
            <translation>Pause timer</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Start timer</source>
            <translation>Start timer</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Reset timer</source>
            <translation>Reset timer</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Finish time box</source>
            <translation>Finish time box</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Change time box</source>
            <translation>Change time box</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <location filename="../tillitworkshop/ui/shell/app.py" line="+52" />
            <source>The library is damaged</source>
            <translation>The library is damaged</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+9" />
            <source>Go back to the newest good backup now?</source>
            <translation>Go back to the newest good backup now?</translation>
        </message>
        <message>
            <location line="-6" />
            <source>The latest edits may be missing</source>
            <translation>The latest edits may be missing</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+6" />
            <source>Tillit Workshop cannot open the library</source>
            <translation>Tillit Workshop cannot open the library</translation>
        </message>
        <message>
            <location line="-5" />
            <source>Open a library in another folder this time? To use that folder every time, start Tillit Workshop with --data-dir and the folder, or set TILLITWORKSHOP_DATA_DIR to it.</source>
            <translation>Open a library in another folder this time? To use that folder every time, start Tillit Workshop with --data-dir and the folder, or set TILLITWORKSHOP_DATA_DIR to it.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Folder for the library</source>
            <translation>Folder for the library</translation>
        </message>
    </context>
</TS>
