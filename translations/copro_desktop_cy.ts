<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en">
<context>
    <name>AgreementRules</name>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We kept it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We changed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We retired it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brought back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change cannot be made: from “{current}” to “{wanted}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We listen when someone is speaking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone&apos;s experience counts the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is said here about people stays here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We can take a break at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We say if we do not understand, and we explain without jargon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We challenge ideas, not people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one has to speak, and everyone gets the chance to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We start and finish on time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementService</name>
    <message>
        <source>A retired agreement cannot be changed. Bring it back first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementsAudience</name>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisiting our agreements: {number} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We have not agreed anything yet. The group writes its agreements together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number}.  {agreement}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do we keep it, change it, or retire it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided: {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementsCommands</name>
    <message>
        <source>propose an agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move an agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a revisit answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finish revisiting the agreements</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementsModel</name>
    <message>
        <source>{agreement}    ({status})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementsPanel</name>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it as the group says it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New agreement, in the group&apos;&amp;s words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed b&amp;y (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;opose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark an agreement agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change words…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retire an agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bring back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bring an agreement back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;istory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show re&amp;tired agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show retired agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;visit our agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show e&amp;xample agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for a group that is stuck. These are prompts to start a conversation. Your agreements should come from the group, in its own words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group&apos;s own ground rules, in its own words. Every change is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisit our agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We &amp;kept it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We &amp;changed it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We &amp;retired it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish re&amp;visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop without finishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read each agreement aloud and ask the group. Record what the group decides. Press F5 to show the agreement to the room; while this panel is on the projector, the room sees each agreement as you go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisited at “{meeting}” on {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet revisited at “{meeting}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting chosen. Start or choose a meeting to revisit the agreements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement, in the group&apos;s words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change an agreement&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} at “{meeting}”: {change}: “{words}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} at “{meeting}”: {change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when}: {change}: “{words}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when}: {change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of this agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide e&amp;xample agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or choose a meeting first, so the revisit is recorded for that meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no agreed agreements to revisit yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We changed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new words, as the group agreed them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish revisit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only {answered} of {total} agreements have an answer. Finish the revisit anyway? The ones without an answer stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisit our agreements at “{meeting}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement {number} of {total}. {answered} of {total} answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided: {outcome}. New words: “{words}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided: {outcome}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementsPoster</name>
    <message>
        <source>Picture: OpenMoji, CC BY-SA 4.0. Typeface: Atkinson Hyperlegible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We have not agreed anything yet. The group writes its agreements together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our agreements: {group}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Copro Desktop is already open with this work, but that window is not answering yet. Wait a moment and look for it (it may be on another screen), or close it and start again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudienceView</name>
    <message>
        <source>Page {page} of {count}. It goes on over the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, continued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continued</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message numerus="yes">
        <source>%n group(s) ({names}).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest meeting: {title}, {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meetings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No agreements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy did not pass its check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest backup could not be made, because {why}. Your work itself is still saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BalanceAudience</name>
    <message>
        <source>Whose voices are heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one is here yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clock</name>
    <message>
        <source>{date} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Credits</name>
    <message>
        <source>Typeface: Atkinson Hyperlegible, by the Braille Institute of America, SIL Open Font License 1.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures: OpenMoji, the open-source emoji and icon project, licensed CC BY-SA 4.0.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message numerus="yes">
        <source>{what} was removed, also from %n backup(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{what} was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) could not be cleaned yet (is the disk full?); Copro Desktop will try again the next time it starts.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged file(s) kept in {folder} cannot be cleaned: delete them if you no longer need them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Your computer&apos;s disk is full, so the last change could not be saved. Everything before it is safe. Please free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copro Desktop is not allowed to save to its folder, so the last change was not saved. Everything before it is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program was using the saved work file, so the last change was not saved. Everything before it is safe. Please try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong and the last action did not finish. Your work up to then is saved. Details were written to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong and the last action did not finish. Your work up to then is saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Features</name>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agreements poster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group&apos;s own ground rules, in its own words. At the start of each meeting, revisit them together on the projector: keep, change or retire each one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group and meeting names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is in the group and their perspective. Access needs are private: never shown to the room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan, start and finish meetings, and record who came.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn-taking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose voices are heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Turn-taking cards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn-taking cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fair queue of who speaks next, with a timer for each turn. Type a name to raise a hand; press N for the next speaker. See each perspective&apos;s share of the talking beside its share of the room.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open to look at only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoingBack</name>
    <message>
        <source>Go back to a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone you removed is not yet removed from every backup (the disk may be full). Free some space on the disk, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups yet. Copro Desktop makes one when you close it, and every ten minutes while you are making changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your work goes back to how it was then. What you have now is kept as a backup first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to how your work was on {moment}? What you have now is kept as a backup first, so you can come back to it the same way for the next three months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy did not pass its check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you have now could not be kept as a backup first, because {why}. Nothing has changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupCommands</name>
    <message>
        <source>{name} is now part of other saved work (an agreement or who came), so adding them cannot be undone. To take them out of the group, use Remove member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the group&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change a member&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” now holds other saved work (who came, or agreements), so planning it cannot be undone. To remove it, use Remove meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change a meeting&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark that {name} came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark that {name} did not come</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupDialogs</name>
    <message>
        <source>Edit group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What the group is for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name they want to be called:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Perspective:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The experience this person brings to the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Access needs (private):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private. Never shown on the projector and never printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access needs are private: they are never shown on the projector or printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <comment>format of the meeting date box</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the meeting is &amp;for:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupRules</name>
    <message>
        <source>Lived experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carer or supporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional or staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Happening now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That member has been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That meeting has been removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupTables</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perspective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access needs noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A button with an underlined letter can also be pressed with Alt and that letter. Tab moves between controls; Enter presses the button that has the focus ring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where my work is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your work is kept in one file on this computer, in this folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change is saved the moment you make it. There is no Save button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are kept in the “backups” folder inside it. One is made when you close the app, every ten minutes while you are making changes, and before every update. Every backup from the last two days is kept, then one a day for two weeks, then one a week for three months. Each is checked when it is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To go back to one, choose File, then Go back to a backup. What you have now is kept as a backup first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you remove someone, they are removed from the backups too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no program to open folders with. The folder is the one named above.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Panels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show on projector (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the room the {panel} view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go &amp;back to a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;nels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;jector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show this panel on the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blank or unblank the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next page on the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous page on the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Larger text on the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;maller text on the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where my work is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the &amp;panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{group}: {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print: {document}, {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{document} - {group}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the projector window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a window for typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save what is typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That could not be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} {version}

For running co-production meetings: people with lived experience, carers and staff designing services together as equals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingAudience</name>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingChoices</name>
    <message>
        <source>No meeting chosen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <source>{title}, {date} (happening now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}, {date} (finished)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}, {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;lan a meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tart this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fini&amp;sh this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick each member who came. Press Space to tick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who came (to look at only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who came to {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finish a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the meeting “{title}”? Its attendance, its turns and its record of revisiting agreements are deleted for good, also from Copro Desktop&apos;s backups. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit group &amp;details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this gro&amp;up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {name} from the group? Their details, access needs and attendance are deleted for good, also from Copro Desktop&apos;s backups. Agreements they proposed and their turns in meetings stay, without their name. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the group “{group}”, with all its members, meetings and agreements? Everything in it is deleted for good, also from Copro Desktop&apos;s backups. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove the whole group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group “{group}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>Your saved work was made by a newer version of Copro Desktop. Please install the newest version to open it. Your file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your saved work needs a small update before this version can open it, but {why}. Nothing has been changed. To open it, {fix}, then start Copro Desktop again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copro Desktop cannot start, because {why}. To use it, {fix}, then start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open to look at only, because {why}. Everything saved before is safe, but nothing can be changed. To make changes, {fix}, then start Copro Desktop again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copro Desktop could not open your saved work because the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is using your saved work file right now, so Copro Desktop cannot open it. It may be a backup or file-sharing program. Wait a moment and try again, or close that program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copro Desktop cannot open your saved work because the computer&apos;s disk is full. Nothing has been changed.

Free some space on the disk, then start Copro Desktop again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copro Desktop is not allowed to read your saved work in {folder}. Nothing has been changed.

Ask whoever looks after this computer to give your user account access to that folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copro Desktop could not open your saved work. Nothing has been changed. Details were written to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last time, Copro Desktop was closed before it had finished setting up, so it has set up again. Nothing was lost: no work had been saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your saved work file is empty, but Copro Desktop has backups of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your saved work file is missing, but Copro Desktop has backups of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your saved work needs a small update, and Copro Desktop could not make a backup first, so it has changed nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copro Desktop could not update your saved work, so it has changed nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what_happened} Details were written to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {file} was not made by Copro Desktop, so it has not been opened or changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paper</name>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note about this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) on {paper} paper.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Some characters, such as emoji or letters from some alphabets, cannot be printed in this typeface and were left out: {characters}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF was not saved. {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be started. Check it is switched on and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>the computer&apos;s disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copro Desktop is not allowed to change the file {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not allowed to change the file {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copro Desktop is not allowed to save in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not allowed to save in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free some space on the disk (empty the rubbish bin, delete large files you do not need)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ask whoever looks after this computer to let your user account change that folder and the files in it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Projector</name>
    <message>
        <source>{app}: projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector blanked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank or unblank the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page on the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page on the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text on the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller text on the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the projector</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueAudience</name>
    <message>
        <source>Turn-taking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time this turn: {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose turn it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaking now: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to finish this turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No one is waiting to speak yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueBalance</name>
    <message>
        <source>Other perspectives</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueCommands</name>
    <message>
        <source>raise a hand for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdraw {name}&apos;s hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a pass for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call {name} to speak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end the turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resume the turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pause the turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move {name} in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change how the queue is ordered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueExport</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perspective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn in the round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the turns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or choose a meeting first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still speaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoke or passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file lists each turn: when it started, how long it was, its kind and the speaker&apos;s perspective. Add people&apos;s names too? A file with names says who spoke and for how long: keep it private. Even without names, someone who was there may tell who spoke from the times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Without names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With &amp;names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turns with names, {meeting}, {date}.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turns, {meeting}, {date}.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not saved. {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as {file}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>{number}. {name}, {kind}, {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn in the round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their turn in the round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in order of hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has not spoken yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (guest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>spoken %n time(s), {time}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{minutes} {seconds}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>Pau&amp;se</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;sume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each kind of hand in turn, then who raised a hand first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who have spoken least go first. Among equals, the perspective that has had less than its share of the talking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone here in turn; each can pass (S). Other hands wait until the round is over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn-taking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaking now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End &amp;turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaking now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order the queue &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order the queue by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to speak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;ithdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, or “someone”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Raise a hand for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A guest&apos;s perspecti&amp;ve:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;cess point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clarifying &amp;question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep&amp;ly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New p&amp;oint (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise a hand: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer and room displa&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose voices are heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Across meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loo&amp;k at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk by person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room sees each perspective&apos;s share, never one person&apos;s talk time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass, in a go-round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or resume the turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the chosen hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the chosen person up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the chosen person down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise a hand: type a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order the queue in order of hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order the queue by fair turns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go round everyone present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the balance by perspective to the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the turns as a spreadsheet file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting chosen. Start or choose a meeting to take turns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue for “{meeting}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s turn was still running when Copro Desktop stopped. The time up to {time} was kept. Resume it or end it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A turn was cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume the turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End the turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Ctrl+Enter to call the next speaker (or N, in the queue).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn in the round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}. This turn stopped when the app closed: resume it (P) or end it (E).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}. {state}. Time limit {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}. {state}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time}, time is up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meeting, by perspective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meeting, person by person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the balance to the room (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the turns as a spreadsheet file (Ctrl+Shift+E)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the queue from the name box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one is speaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time is up for this turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of this turn could not be saved just now (is the disk full?). The timer goes on; if the app stopped now, the last few minutes of this turn&apos;s time could be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{said} Then {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{said} No one else is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A guest called {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is part of a member&apos;s name. Who has a hand up?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or choose a meeting first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name can be up to 60 letters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name first, or “someone” for a person who prefers not to be named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was not marked as here. Now they are (Meetings, Who came).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {kind}, number {place} in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next speaker: {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s hand is withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} moved to number {place}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the go-round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave the round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue is now ordered by: {ordering}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueuePicture</name>
    <message>
        <source>{number}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one is here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one has spoken yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{name}: {people} of {present} people here ({people_share}), {talk_share} of the talking, %n turn(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: {people} of {present} people here ({people_share}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meetings to show yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{meeting}: no one was here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} {people_share} here, {talk_share} talking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} {people_share} here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{meeting}: {groups}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{meeting}: no one spoke; {groups}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here: people in the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking: time spent talking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking (thick bar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here (thin bar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one spoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose voices are heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose voices are heard, meeting by meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueRules</name>
    <message>
        <source>Process point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clarifying question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In order of hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair turns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go-round</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueSettings</name>
    <message>
        <source>Timer and room display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;timer to the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play a &amp;sound when time is up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room sees people&apos;s &amp;names as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft time &amp;limit for each turn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are the group&apos;s choices. They are kept for its next meetings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the time limit, the room sees a calm “Time to finish this turn”. Nothing stops the speaker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the timer and room display</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueTurns</name>
    <message>
        <source>Speaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped when the app closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names, as written in the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueVoices</name>
    <message>
        <source>{name}, {perspective}: has not spoken yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{name}, {perspective}: %n turn(s), {time}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perspective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Room</name>
    <message>
        <source>The projector is closed. Press F5 to show this panel to the room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room sees a blank screen. Press Ctrl+B to show it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room sees: {view}, page {page} of {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room sees: {view}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the room sees</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Copro Desktop could not open your saved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copro Desktop cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been deleted. If you go on, the damaged file is kept, unchanged, in {folder}, so that someone can try to rescue it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copro Desktop cannot repair it here: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is 1 good backup. The newest is from {moment}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>There are %n good backups. The newest is from {moment}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Use a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup to go back to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start again with no saved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Copro Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again with no saved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again with no saved work? Your backups stay in {folder}: you can go back to one later with File, Go back to a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started again with no saved work. The old file is kept in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started again with no saved work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one you choose replaces the file that could not be opened, which is kept in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That backup could not be used: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made when Copro Desktop was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made while you were working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made before an update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made before going back to an older backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{moment}, {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first. {what_happens}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That backup could not be used, so your work is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your work is back as it was on {moment}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{why}. To repair it, {fix}, then open Copro Desktop again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>something went wrong. Details were written to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <source>Press Ctrl+Enter to save, or Tab to reach OK.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextRules</name>
    <message>
        <source>The {what} has a character that cannot be saved. Please type it again without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write the {what} first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {what} is too long. Please make it shorter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {what} is too long: it has {length} characters and the most is {limit}. Please make it shorter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>venue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TurnCards</name>
    <message>
        <source>Hold this up to ask about how we are working, like a break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold this up if something is not clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold this up to answer the person speaking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold this up to say something new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures: OpenMoji, CC BY-SA 4.0. Typeface: Atkinson Hyperlegible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn-taking cards</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>“{change}” could not be undone. {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{change}” could not be done again. {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{change}” could not be done. {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n earlier change(s) that involved them can no longer be undone or redone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier change(s) that involved it can no longer be undone or redone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>For example: Recovery college design group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: to design the new peer support service together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What the group is for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Copro Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start by creating your group: the people who meet again and again to design a service together. Next you can add members and plan your first meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is saved on this computer as you go. You do not need the internet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
