<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AddUserDialog</name>
    <message numerus="yes">
        <source>At least %Ln characters.</source>
        <translation>
            <numerusform>At least %Ln character.</numerusform>
            <numerusform>At least %Ln characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApprovalsPage</name>
    <message numerus="yes">
        <source>Returned for revision %Ln time(s)</source>
        <translation>
            <numerusform>Returned for revision %Ln time</numerusform>
            <numerusform>Returned for revision %Ln times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %Ln day(s)</source>
        <translation>
            <numerusform>Overdue by %Ln day</numerusform>
            <numerusform>Overdue by %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting for approval: %Ln</source>
        <translation>
            <numerusform>Waiting for approval: %Ln</numerusform>
            <numerusform>Waiting for approval: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>past the decision deadline: %Ln</source>
        <translation>
            <numerusform>past the decision deadline: %Ln</numerusform>
            <numerusform>past the decision deadline: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message numerus="yes">
        <source>Entries: %Ln</source>
        <translation>
            <numerusform>Entries: %Ln</numerusform>
            <numerusform>Entries: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✔ Audit chain intact: %Ln entries checked</source>
        <translation>
            <numerusform>✔ Audit chain intact: %Ln entry checked</numerusform>
            <numerusform>✔ Audit chain intact: %Ln entries checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries exported to {file}.</source>
        <translation>
            <numerusform>%Ln entry exported to {file}.</numerusform>
            <numerusform>%Ln entries exported to {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckinDialog</name>
    <message numerus="yes">
        <source>Cases: %Ln</source>
        <translation>
            <numerusform>Cases: %Ln</numerusform>
            <numerusform>Cases: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New petitions registered on the laptop: %Ln (they get their own numbers now)</source>
        <translation>
            <numerusform>New petitions registered on the laptop: %Ln (they get their own numbers now)</numerusform>
            <numerusform>New petitions registered on the laptop: %Ln (they get their own numbers now)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Entries of the laptop&apos;s audit trail: %Ln</source>
        <translation>
            <numerusform>Entries of the laptop&apos;s audit trail: %Ln</numerusform>
            <numerusform>Entries of the laptop&apos;s audit trail: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Values changed on both sides: %Ln — you choose each one before the check-in.</source>
        <translation>
            <numerusform>Values changed on both sides: %Ln — you choose each one before the check-in.</numerusform>
            <numerusform>Values changed on both sides: %Ln — you choose each one before the check-in.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked in: %Ln case(s).</source>
        <translation>
            <numerusform>Checked in: %Ln case.</numerusform>
            <numerusform>Checked in: %Ln cases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Values chosen on the conflict screen: %Ln</source>
        <translation>
            <numerusform>Values chosen on the conflict screen: %Ln</numerusform>
            <numerusform>Values chosen on the conflict screen: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckoutDialog</name>
    <message numerus="yes">
        <source>Checked out %Ln case(s) to the laptop “{device}” of {user}, until {until}.</source>
        <translation>
            <numerusform>Checked out %Ln case to the laptop “{device}” of {user}, until {until}.</numerusform>
            <numerusform>Checked out %Ln cases to the laptop “{device}” of {user}, until {until}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckoutsPanel</name>
    <message numerus="yes">
        <source>{date} — overdue by %Ln day(s)</source>
        <translation>
            <numerusform>{date} — overdue by %Ln day</numerusform>
            <numerusform>{date} — overdue by %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cases out on laptops: %Ln</source>
        <translation>
            <numerusform>Cases out on laptops: %Ln</numerusform>
            <numerusform>Cases out on laptops: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue: %Ln</source>
        <translation>
            <numerusform>overdue: %Ln</numerusform>
            <numerusform>overdue: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictScreen</name>
    <message numerus="yes">
        <source>{done} of %Ln value(s) decided</source>
        <translation>
            <numerusform>{done} of %Ln value decided</numerusform>
            <numerusform>{done} of %Ln values decided</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message numerus="yes">
        <source>Errors since this message opened: %Ln. The log has them too.</source>
        <translation>
            <numerusform>Errors since this message opened: %Ln. The log has them too.</numerusform>
            <numerusform>Errors since this message opened: %Ln. The log has them too.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message numerus="yes">
        <source>overdue by %Ln day(s)</source>
        <translation>
            <numerusform>overdue by %Ln day</numerusform>
            <numerusform>overdue by %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln day(s)</source>
        <translation>
            <numerusform>in %Ln day</numerusform>
            <numerusform>in %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deadlines: %Ln</source>
        <translation>
            <numerusform>Deadlines: %Ln</numerusform>
            <numerusform>Deadlines: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecisionSection</name>
    <message numerus="yes">
        <source>overdue by %Ln day(s)</source>
        <translation>
            <numerusform>overdue by %Ln day</numerusform>
            <numerusform>overdue by %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln day(s)</source>
        <translation>
            <numerusform>in %Ln day</numerusform>
            <numerusform>in %Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExpiringPage</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Certificates ending within %Ln day(s): {count}</source>
        <translation>
            <numerusform>Certificates ending within %Ln day: {count}</numerusform>
            <numerusform>Certificates ending within %Ln days: {count}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No certificate ends within %Ln day(s).</source>
        <translation>
            <numerusform>No certificate ends within %Ln day.</numerusform>
            <numerusform>No certificate ends within %Ln days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message numerus="yes">
        <source>Read: %Ln column(s). Go on to see the first rows.</source>
        <translation>
            <numerusform>Read: %Ln column. Go on to see the first rows.</numerusform>
            <numerusform>Read: %Ln columns. Go on to see the first rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message numerus="yes">
        <source>The first %Ln row(s) are shown.</source>
        <translation>
            <numerusform>The first %Ln row are shown.</numerusform>
            <numerusform>The first %Ln rows are shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportRunPage</name>
    <message numerus="yes">
        <source>Nothing was imported: %Ln row(s) fail now, as the register changed since the check. Close the wizard and import the file again to see why.</source>
        <translation>
            <numerusform>Nothing was imported: %Ln row fails now, as the register changed since the check. Close the wizard and import the file again to see why.</numerusform>
            <numerusform>Nothing was imported: %Ln rows fail now, as the register changed since the check. Close the wizard and import the file again to see why.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) imported. Their numbers:</source>
        <translation>
            <numerusform>%Ln case imported. Their numbers:</numerusform>
            <numerusform>%Ln cases imported. Their numbers:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) imported.</source>
        <translation>
            <numerusform>%Ln case imported.</numerusform>
            <numerusform>%Ln cases imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentListModel</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln evidence item(s) linked</source>
        <translation>
            <numerusform>%Ln evidence item linked</numerusform>
            <numerusform>%Ln evidence items linked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterviewRecorder</name>
    <message numerus="yes">
        <source>%Ln question(s)</source>
        <translation>
            <numerusform>%Ln question</numerusform>
            <numerusform>%Ln questions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LaptopTexts</name>
    <message numerus="yes">
        <source>%Ln case(s) arrived from “{office}”: {numbers}.</source>
        <translation>
            <numerusform>%Ln case arrived from “{office}”: {numbers}.</numerusform>
            <numerusform>%Ln cases arrived from “{office}”: {numbers}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You may register %Ln new petition(s) on this laptop.</source>
        <translation>
            <numerusform>You may register %Ln new petition on this laptop.</numerusform>
            <numerusform>You may register %Ln new petitions on this laptop.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) held</source>
        <translation>
            <numerusform>%Ln case held</numerusform>
            <numerusform>%Ln cases held</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) held, overdue since {date}</source>
        <translation>
            <numerusform>%Ln case held, overdue since {date}</numerusform>
            <numerusform>%Ln cases held, overdue since {date}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) held, back by {date}</source>
        <translation>
            <numerusform>%Ln case held, back by {date}</numerusform>
            <numerusform>%Ln cases held, back by {date}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{used} of %Ln new petition(s) used</source>
        <translation>
            <numerusform>{used} of %Ln new petition used</numerusform>
            <numerusform>{used} of %Ln new petitions used</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) handed back and removed from this laptop: {numbers}.</source>
        <translation>
            <numerusform>%Ln case handed back and removed from this laptop: {numbers}.</numerusform>
            <numerusform>%Ln cases handed back and removed from this laptop: {numbers}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new petition(s) got their permanent numbers: {pairs}.</source>
        <translation>
            <numerusform>%Ln new petition got their permanent numbers: {pairs}.</numerusform>
            <numerusform>%Ln new petitions got their permanent numbers: {pairs}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln case</numerusform>
            <numerusform>%Ln cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file holds {cases} and %Ln new petition(s).</source>
        <translation>
            <numerusform>The file holds {cases} and %Ln new petition.</numerusform>
            <numerusform>The file holds {cases} and %Ln new petitions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) go back to the office; changed on this laptop: {changed}.</source>
        <translation>
            <numerusform>%Ln case go back to the office; changed on this laptop: {changed}.</numerusform>
            <numerusform>%Ln cases go back to the office; changed on this laptop: {changed}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new petition(s) get their permanent numbers.</source>
        <translation>
            <numerusform>%Ln new petition get their permanent numbers.</numerusform>
            <numerusform>%Ln new petitions get their permanent numbers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) were changed both on this laptop and at the office: choose which to keep before checking in.</source>
        <translation>
            <numerusform>%Ln value was changed both on this laptop and at the office: choose which to keep before checking in.</numerusform>
            <numerusform>%Ln values were changed both on this laptop and at the office: choose which to keep before checking in.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln value(s) decided.</source>
        <translation>
            <numerusform>All %Ln value decided.</numerusform>
            <numerusform>All %Ln values decided.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your cases on the server (%Ln):</source>
        <translation>
            <numerusform>Your cases on the server (%Ln):</numerusform>
            <numerusform>Your cases on the server (%Ln):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message numerus="yes">
        <source>At least %Ln characters.</source>
        <translation>
            <numerusform>At least %Ln character.</numerusform>
            <numerusform>At least %Ln characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message numerus="yes">
        <source>Waiting to be printed: %Ln</source>
        <translation>
            <numerusform>Waiting to be printed: %Ln</numerusform>
            <numerusform>Waiting to be printed: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>selected: %Ln</source>
        <translation>
            <numerusform>selected: %Ln</numerusform>
            <numerusform>selected: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message numerus="yes">
        <source>Documents: %Ln</source>
        <translation>
            <numerusform>Documents: %Ln</numerusform>
            <numerusform>Documents: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting… rows written: %Ln</source>
        <translation>
            <numerusform>Exporting… rows written: %Ln</numerusform>
            <numerusform>Exporting… rows written: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegistryPage</name>
    <message numerus="yes">
        <source>Showing the first %Ln matches; type more to narrow the search.</source>
        <translation>
            <numerusform>Showing the first %Ln matches; type more to narrow the search.</numerusform>
            <numerusform>Showing the first %Ln matches; type more to narrow the search.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cases: %Ln</source>
        <translation>
            <numerusform>Cases: %Ln</numerusform>
            <numerusform>Cases: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting… rows written: %Ln</source>
        <translation>
            <numerusform>Exporting… rows written: %Ln</numerusform>
            <numerusform>Exporting… rows written: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewText</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln evidence item(s) linked</source>
        <translation>
            <numerusform>%Ln evidence item linked</numerusform>
            <numerusform>%Ln evidence items linked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message numerus="yes">
        <source>Users: %Ln</source>
        <translation>
            <numerusform>Users: %Ln</numerusform>
            <numerusform>Users: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>disabled: %Ln</source>
        <translation>
            <numerusform>disabled: %Ln</numerusform>
            <numerusform>disabled: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>locked: %Ln</source>
        <translation>
            <numerusform>locked: %Ln</numerusform>
            <numerusform>locked: %Ln</numerusform>
        </translation>
    </message>
</context>
</TS>
