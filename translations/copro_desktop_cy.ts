<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en">
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
        <source>Every button can also be pressed with Alt and its underlined letter. Tab moves between controls; Enter presses the button that has the focus ring.</source>
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
        <source>No meeting chosen</source>
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
        <source>In the projector window</source>
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
    <name>Meetings</name>
    <message>
        <source>{title}, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}, {date} ({status})</source>
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
    <name>Room</name>
    <message>
        <source>The projector is closed. Press F5 to show this panel to the room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room sees a blank screen. Press B to show it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room sees: {view}, {page}.</source>
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
</TS>
