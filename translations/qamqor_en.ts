<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Accounts</name>
    <message>
        <source>A user name has 2 to 32 Latin letters, digits, dots, dashes or underscores.</source>
        <translation></translation>
    </message>
    <message>
        <source>A branch code looks like KZ-ALA: country, dash, 2 to 6 letters or digits.</source>
        <extracomment>a password hash no password matches: recovered accounts wait for a new one</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Give the branch a name.</source>
        <translation></translation>
    </message>
    <message>
        <source>This branch is already set up.</source>
        <translation></translation>
    </message>
    <message>
        <source>The user name %1 is taken.</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>The branch needs at least one active administrator.</source>
        <translation></translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a staff account</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation></translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation></translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation></translation>
    </message>
    <message>
        <source>Latin letters, e.g. aigerim.n</source>
        <translation></translation>
    </message>
    <message>
        <source>Give the password to the person yourself; they can change it in Settings.</source>
        <translation></translation>
    </message>
    <message>
        <source>Add</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation></translation>
    </message>
    <message>
        <source>Saving the account…</source>
        <translation></translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>AdministratorPage</name>
    <message>
        <source>The administrator</source>
        <translation></translation>
    </message>
    <message>
        <source>The first account. It adds the other staff accounts later.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation></translation>
    </message>
    <message>
        <source>e.g. Aigerim Nurlanovna</source>
        <translation></translation>
    </message>
    <message>
        <source>Nobody can recover a forgotten password: keep it where the branch keeps its keys. At least 10 characters, without the user name or the branch&apos;s name; a few words that belong together only for you are easy to remember and hard to guess.</source>
        <translation></translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Something went wrong inside Qamqor; what you were doing may not have been saved. If it happens again, tell your administrator and give them the file %1 (it says where in the program the error happened, and holds no personal data).</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <source>Visitors</source>
        <translation></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation></translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation></translation>
    </message>
    <message>
        <source>Exchange with HQ</source>
        <translation></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation></translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>AssignmentTableModel</name>
    <message>
        <source>Rules overridden (%1): %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Hours set by hand: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation></translation>
    </message>
    <message>
        <source>Number</source>
        <translation></translation>
    </message>
    <message>
        <source>Status</source>
        <translation></translation>
    </message>
    <message>
        <source>In</source>
        <translation></translation>
    </message>
    <message>
        <source>Out</source>
        <translation></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation></translation>
    </message>
    <message>
        <source>Note</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message numerus="yes">
        <source>%n visitor(s)</source>
        <translation>
            <numerusform>%n visitor</numerusform>
            <numerusform>%n visitors</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer and the second folder</source>
        <translation></translation>
    </message>
    <message>
        <source>Second folder</source>
        <translation></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation></translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation></translation>
    </message>
    <message>
        <source>Yes, %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation></translation>
    </message>
    <message>
        <source>Made</source>
        <translation></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation></translation>
    </message>
    <message>
        <source>Size</source>
        <translation></translation>
    </message>
    <message>
        <source>Records</source>
        <translation></translation>
    </message>
    <message>
        <source>Where</source>
        <translation></translation>
    </message>
    <message>
        <source>Checked</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>BackupWarning</name>
    <message>
        <source>Open Backups</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The database in the backup %1 does not open with its key: the backup is damaged.</source>
        <translation></translation>
    </message>
    <message>
        <source>SQLite found errors in its database</source>
        <translation></translation>
    </message>
    <message>
        <source>its database does not hold what its manifest says</source>
        <translation></translation>
    </message>
    <message>
        <source>The backup %1 is damaged (%2). Nothing was changed; use another backup.</source>
        <translation></translation>
    </message>
    <message>
        <source>The backup %1 is damaged. Nothing was changed; use another backup.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is not a Qamqor backup.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>it ends too early</source>
        <translation></translation>
    </message>
    <message>
        <source>The backup %1 was made by a newer Qamqor. Install the newer version to use it.</source>
        <translation></translation>
    </message>
    <message>
        <source>its size is not the one it records</source>
        <translation></translation>
    </message>
    <message>
        <source>This branch&apos;s records are on a PostgreSQL server: its administrator backs them up with the server&apos;s own tools (see the README). Qamqor makes backups of branches kept on this computer.</source>
        <translation></translation>
    </message>
    <message>
        <source>Stopped. Nothing was written and nothing was changed.</source>
        <translation></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose a folder other than the branch&apos;s own backups folder: the copy is there so that one broken disk does not take every backup.</source>
        <translation></translation>
    </message>
    <message>
        <source>The second folder %1 cannot be found (is the USB stick in?).</source>
        <translation></translation>
    </message>
    <message>
        <source>SQLite found errors in the branch&apos;s database, so no backup was made (the backups made before are kept). Restore the newest backup, or ask for help before you go on.</source>
        <translation></translation>
    </message>
    <message>
        <source>The key file does not hold the database&apos;s key right now (another program is changing it). Try the backup again in a moment.</source>
        <translation></translation>
    </message>
    <message>
        <source>The backup %1 is of branch %2, not of this branch. Nothing was changed.</source>
        <translation></translation>
    </message>
    <message>
        <source>This password opens the key file of the backup, but not its database: the backup is damaged.</source>
        <translation></translation>
    </message>
    <message>
        <source>This backup was made with an earlier key of the database, which your account did not have. Give the user name and password of someone who had an account when it was made (in the window: under your password; on the command line: --backup-user and QAMQOR_BACKUP_PASSWORD).</source>
        <translation></translation>
    </message>
    <message>
        <source>Type your password to restore a backup.</source>
        <translation></translation>
    </message>
    <message>
        <source>The records could not be kept aside before the restore (%1). Nothing was changed.</source>
        <translation></translation>
    </message>
    <message>
        <source>There is a branch in %1 already. Log in to it to restore a backup, or, if it no longer opens, restore with --replace-damaged (its files are kept aside).</source>
        <translation></translation>
    </message>
    <message>
        <source>Only an administrator who had an account when the backup was made may restore it here.</source>
        <translation></translation>
    </message>
    <message>
        <source>The backup %1 was made by a newer version of Qamqor (schema %2). Install that version to restore it; nothing was changed.</source>
        <translation></translation>
    </message>
    <message>
        <source>The backup lacks the table %1 even after it was brought up to date; nothing was changed.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot write into the folder %1: %2. Choose another folder.</source>
        <translation></translation>
    </message>
    <message>
        <source>The disk of %1 is full: no backup was written. Free some space (or remove old backups) and try again.</source>
        <translation></translation>
    </message>
    <message>
        <source>Could not write the backup into %1: %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>%1 GB</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation></translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation></translation>
    </message>
    <message>
        <source>Kept before a restore</source>
        <translation></translation>
    </message>
    <message>
        <source>Kept before an update</source>
        <translation></translation>
    </message>
    <message>
        <source>today</source>
        <translation></translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no backup of this branch yet.</source>
        <translation></translation>
    </message>
    <message>
        <source>The newest backup was made %1 (%2).</source>
        <translation></translation>
    </message>
    <message>
        <source>Make one now: a branch should never be more than two days without one.</source>
        <translation></translation>
    </message>
    <message>
        <source>The last backup failed (%1): %2</source>
        <translation></translation>
    </message>
    <message>
        <source>No copy went to the second folder: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>A backup is one encrypted file holding all the branch&apos;s records. Qamqor makes one when the window closes (once a day) and keeps the last 7 days, 4 weeks and 12 months of them. It opens only with the password of someone who had an account when it was made. Keep a copy away from this computer too: a second folder on a USB stick.</source>
        <translation></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Make a backup now</source>
        <translation></translation>
    </message>
    <message>
        <source>C&amp;heck the chosen one</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Restore the chosen one…</source>
        <translation></translation>
    </message>
    <message>
        <source>Second folder (a USB stick)</source>
        <translation></translation>
    </message>
    <message>
        <source>Every backup is copied here too and read back. Choose a folder on a USB stick and keep the stick in another place, so that a stolen or broken computer does not take every copy.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose a &amp;folder…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Stop copying there</source>
        <translation></translation>
    </message>
    <message>
        <source>None chosen: backups stay on this computer only.</source>
        <translation></translation>
    </message>
    <message>
        <source>Stopped. No backup was written.</source>
        <translation></translation>
    </message>
    <message>
        <source>The backup %1 was written and checked (%2, %3).</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
    <message>
        <source>A copy is in the second folder.</source>
        <translation></translation>
    </message>
    <message>
        <source>Making the backup…</source>
        <translation></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation></translation>
    </message>
    <message>
        <source>The backup %1 is whole: every byte reads back as written and its database opens and holds %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>Reading the backup and checking its database…</source>
        <translation></translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation></translation>
    </message>
    <message>
        <source>The branch&apos;s records are those of the backup made %1. The records it replaced are kept in %2. Everyone logs in again now.</source>
        <translation></translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation></translation>
    </message>
    <message>
        <source>Checking the backup, then replacing the records…</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose the second folder for backups</source>
        <translation></translation>
    </message>
    <message>
        <source>From now on every backup is copied to %1 as well. Make one now to have a copy there at once.</source>
        <translation></translation>
    </message>
    <message>
        <source>Backups are no longer copied to a second folder.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>BranchPage</name>
    <message>
        <source>The branch</source>
        <translation></translation>
    </message>
    <message>
        <source>Its code appears in every record number, e.g. KZ-ALA-2026-000123.</source>
        <translation></translation>
    </message>
    <message>
        <source>Branch &amp;code:</source>
        <translation></translation>
    </message>
    <message>
        <source>Country, dash, 2 to 6 letters or digits (KZ-ALA, KZ-SHY, KZ-AST).</source>
        <translation></translation>
    </message>
    <message>
        <source>Branch &amp;name:</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CandidateTableModel</name>
    <message>
        <source>none</source>
        <translation></translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation></translation>
    </message>
    <message>
        <source>Number</source>
        <translation></translation>
    </message>
    <message>
        <source>Can fill</source>
        <translation></translation>
    </message>
    <message>
        <source>Hours, last 4 weeks</source>
        <translation></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CertificateTableModel</name>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>In %n day</numerusform>
            <numerusform>In %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeRoleDialog</name>
    <message>
        <source>Change role</source>
        <translation></translation>
    </message>
    <message>
        <source>The role decides what %1 (%2) may see and do.</source>
        <translation></translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ClosingBackupDialog</name>
    <message>
        <source>Making today&apos;s backup of the branch before Qamqor closes…</source>
        <translation></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Cannot read the password file: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Give %1 in a file (--password-file) or in the %2 variable.</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no branch here yet: run qamqor init first.</source>
        <translation></translation>
    </message>
    <message>
        <source>Give your user name with --user (or QAMQOR_USER).</source>
        <translation></translation>
    </message>
    <message>
        <source>your password</source>
        <translation></translation>
    </message>
    <message>
        <source>the administrator&apos;s password</source>
        <translation></translation>
    </message>
    <message>
        <source>Branch %1 is set up in %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>the database server</source>
        <translation></translation>
    </message>
    <message>
        <source>The number of visitors cannot be negative.</source>
        <translation></translation>
    </message>
    <message>
        <source>A demo branch was made in %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Referrals and volunteers are added only to a demo branch that qamqor demo made itself.</source>
        <translation></translation>
    </message>
    <message>
        <source>Demo log-in: user %1, password %2 (other roles: %3).</source>
        <translation></translation>
    </message>
    <message>
        <source>holds the health key</source>
        <translation></translation>
    </message>
    <message>
        <source>waits for the health key</source>
        <translation></translation>
    </message>
    <message>
        <source>active</source>
        <translation></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 holds no age key.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 now holds the key to restricted health information (from their next log-in).</source>
        <translation></translation>
    </message>
    <message>
        <source>the new password</source>
        <translation></translation>
    </message>
    <message>
        <source>User %1 added.</source>
        <translation></translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation></translation>
    </message>
    <message>
        <source>User %1 was disabled; the database has a new key.</source>
        <translation></translation>
    </message>
    <message>
        <source>Nobody at the branch holds the key to restricted health information any more: only HQ&apos;s escrow key does (qamqor users grant-health USER --escrow-key FILE).</source>
        <translation></translation>
    </message>
    <message>
        <source>audit event %1 was altered</source>
        <translation></translation>
    </message>
    <message>
        <source>audit event %1 is missing</source>
        <translation></translation>
    </message>
    <message>
        <source>audit event %1 does not follow the one before it</source>
        <translation></translation>
    </message>
    <message>
        <source>audit event %1 is missing: the backup %2 (made %3) saw the trail reach event %4</source>
        <translation></translation>
    </message>
    <message>
        <source>audit events %1 to %2 are missing: the backup %3 (made %4) saw the trail reach event %5</source>
        <translation></translation>
    </message>
    <message>
        <source>audit event %1 is not the one the backup %2 (made %3) recorded: events up to it were rewritten</source>
        <translation></translation>
    </message>
    <message>
        <source>audit event %1 is missing: HQ&apos;s return bundle %2 (applied %3) says the trail reached event %4</source>
        <translation>audit event %1 is missing: HQ&apos;s return bundle %2 (applied %3) says the trail reached event %4</translation>
    </message>
    <message>
        <source>audit events %1 to %2 are missing: HQ&apos;s return bundle %3 (applied %4) says the trail reached event %5</source>
        <translation>audit events %1 to %2 are missing: HQ&apos;s return bundle %3 (applied %4) says the trail reached event %5</translation>
    </message>
    <message>
        <source>audit event %1 is not the one HQ&apos;s return bundle %2 (applied %3) recorded: events up to it were rewritten</source>
        <translation>audit event %1 is not the one HQ&apos;s return bundle %2 (applied %3) recorded: events up to it were rewritten</translation>
    </message>
    <message>
        <source>It still holds event %1 as HQ&apos;s return bundle %2 recorded it.</source>
        <translation>It still holds event %1 as HQ&apos;s return bundle %2 recorded it.</translation>
    </message>
    <message>
        <source>There is no backup to compare the trail&apos;s end with.</source>
        <translation></translation>
    </message>
    <message>
        <source>It still holds event %1 as the backup %2 recorded it.</source>
        <translation></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Row %1: already registered as %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Row %1: registered as %2; may be %3, registered with another document number: check</source>
        <translation></translation>
    </message>
    <message>
        <source>The number of results must be at least 1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Letter languages are one to three of kk, ru, en.</source>
        <translation></translation>
    </message>
    <message>
        <source>Letter %1 written to %2 (marked COPY).</source>
        <translation></translation>
    </message>
    <message>
        <source>Letter %1 written to %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no week %1: write it like 2026-W48.</source>
        <translation></translation>
    </message>
    <message>
        <source>The roster of week %1 was written to %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no day %1: write it like 2026-11-24.</source>
        <translation></translation>
    </message>
    <message>
        <source>The sign-in sheet of %1 was written to %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>Give both --from and --to, or --period.</source>
        <translation></translation>
    </message>
    <message>
        <source>The report is written to a .pdf, .xlsx or .csv file, not %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>The period %1 has not begun yet: there is nothing to report.</source>
        <translation></translation>
    </message>
    <message>
        <source>This branch has no visits or referrals yet: the figures are zeros.</source>
        <translation></translation>
    </message>
    <message>
        <source>The branch&apos;s records begin on %1, after this period: the figures are zeros.</source>
        <translation></translation>
    </message>
    <message>
        <source>The report for %1 was written to %2 (exact figures).</source>
        <translation></translation>
    </message>
    <message>
        <source>The report for %1 was written to %2 (small counts withheld as &lt;5).</source>
        <translation></translation>
    </message>
    <message>
        <source>NOT GENUINE: this code was not made by this branch for this letter, or the letter was altered.</source>
        <translation></translation>
    </message>
    <message>
        <source>Genuine letter %1, issued %2: %3 (%4), status %5.</source>
        <translation></translation>
    </message>
    <message>
        <source>damaged</source>
        <translation></translation>
    </message>
    <message>
        <source>checked</source>
        <translation></translation>
    </message>
    <message>
        <source>not checked</source>
        <translation></translation>
    </message>
    <message>
        <source>Backup written and checked: %1 (%2, %3).</source>
        <translation></translation>
    </message>
    <message>
        <source>Copy in the second folder: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>No copy in the second folder: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>The backup %1 is whole: made %2, %3, schema %4.</source>
        <translation></translation>
    </message>
    <message>
        <source>The branch here does not open (%1). To put the backup in its place, run the restore again with --replace-damaged: the branch&apos;s files are kept aside.</source>
        <translation></translation>
    </message>
    <message>
        <source>the password of --backup-user</source>
        <translation></translation>
    </message>
    <message>
        <source>The branch&apos;s records are those of the backup made %1 (%2).</source>
        <translation></translation>
    </message>
    <message>
        <source>The records it replaced are kept in %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>The next bundle for HQ says that the branch was restored, so HQ does not take it for a second computer.</source>
        <translation></translation>
    </message>
    <message>
        <source>Everything held about %1 was written to %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 was anonymised: names, contacts, documents and notes are gone; HQ gets the change with the next bundle.</source>
        <translation></translation>
    </message>
    <message>
        <source>Give --reason to place a legal hold.</source>
        <translation></translation>
    </message>
    <message>
        <source>The legal hold on %1 was released.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is under a legal hold: kept whole until a director releases it.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n visitor(s) added.</source>
        <translation>
            <numerusform>%n visitor added.</numerusform>
            <numerusform>%n visitors added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n event(s) checked.</source>
        <translation>
            <numerusform>The audit trail is intact: %n event checked.</numerusform>
            <numerusform>The audit trail is intact: %n events checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Records are now kept %n month(s) after their last activity.</source>
        <translation>
            <numerusform>Records are now kept %n month after their last activity.</numerusform>
            <numerusform>Records are now kept %n months after their last activity.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) due for anonymisation: no activity for %1 months.</source>
        <translation>
            <numerusform>%n person due for anonymisation: no activity for %1 months.</numerusform>
            <numerusform>%n people due for anonymisation: no activity for %1 months.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) anonymised.</source>
        <translation>
            <numerusform>%n person anonymised.</numerusform>
            <numerusform>%n people anonymised.</numerusform>
        </translation>
    </message>
    <message>
        <source>an unexpected error stopped the command (%1); what it was doing may be unfinished. Where it happened is written in %2 (without any personal data); --debug shows the whole report.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ConsentWording</name>
    <message>
        <source>The Red Crescent keeps a record of you here so that we can help you when you come again: your name, date of birth, citizenship, contacts and documents, your visits and the help you received. It is kept encrypted and goes to no one outside the Red Crescent without your agreement. You may ask to see it, to correct it or to have it removed.</source>
        <extracomment>What the person is told before they agree, per purpose and version, as (catalogue context, source text). A consent records the version it was given under, so the person&apos;s page can show the very words they heard; a changed wording is a new version, added last (the newest is asked from then on), never an edit of an old one. Version 1 was the form&apos;s check box alone, before these wordings existed.</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>When we refer you to another service (a clinic, legal aid, a shelter and the like), the referral letter gives that service your name and only the other details you agree to, such as your date of birth, phone or document. The letter names the service you need, never a diagnosis. You may withdraw this consent at any time; letters already handed over cannot be taken back.</source>
        <translation></translation>
    </message>
    <message>
        <source>We may call you or send you a message on the phone number you gave us, about your case or your referral. Tell us if you would rather not be called.</source>
        <translation></translation>
    </message>
    <message>
        <source>Your visits are counted, without your name or contacts, in the figures the branch sends to Red Crescent headquarters. Nobody can tell from these figures who you are.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CopyWeekDialog</name>
    <message>
        <source>Copy the week</source>
        <translation></translation>
    </message>
    <message>
        <source>Copies every shift of %1 (not who is on it) to another week, at the same times. A shift already there is not copied twice.</source>
        <translation></translation>
    </message>
    <message>
        <source>Copy &amp;to the week of:</source>
        <translation></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose another week to copy to.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source> (%1%)</source>
        <comment>a change in per cent</comment>
        <translation></translation>
    </message>
    <message>
        <source>This month</source>
        <translation></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation></translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation></translation>
    </message>
    <message>
        <source>This year</source>
        <translation></translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation></translation>
    </message>
    <message>
        <source>People</source>
        <translation></translation>
    </message>
    <message>
        <source>Visits and needs</source>
        <translation></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation></translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>DateRangeDialog</name>
    <message>
        <source>Apply the weekly shifts</source>
        <translation></translation>
    </message>
    <message>
        <source>Makes the shifts of every weekly template on these days. A shift already made from a template is not made twice.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation></translation>
    </message>
    <message>
        <source>Make shifts</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation></translation>
    </message>
    <message>
        <source>The last day cannot be before the first.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>This branch was not made as a demo, or its demo passwords were changed. Give your user name (--user) and password to add demo visitors in your name.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>DocumentOutput</name>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <extracomment>Makes the document on the pool thread: ``make(ctx, preview)``. Makes a batch on the pool thread, reporting its progress on ``ctx``.</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation></translation>
    </message>
    <message>
        <source>No program to show PDF files was found. Save it as PDF instead.</source>
        <translation></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation></translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Print</source>
        <translation></translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Save the document as PDF, or ask for a printer to be installed.</source>
        <translation></translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Stopped; nothing was printed.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <source>Whole page</source>
        <translation></translation>
    </message>
    <message>
        <source>Larger</source>
        <translation></translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Print…</source>
        <translation></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation></translation>
    </message>
    <message>
        <source>Close</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Roster %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Sign-in sheet %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Service record %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Volunteer hours %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Everything held %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation></translation>
    </message>
    <message>
        <source>A letter is in one to three of kk, ru, en.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>Already registered?</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) registered before may be the one you are registering. Check with the visitor; if one of them is the same person, open that record instead of making a second one.</source>
        <translation>
            <numerusform>%n person registered before may be the one you are registering. Check with the visitor; if they are the same person, open that record instead of making a second one.</numerusform>
            <numerusform>%n people registered before may be the one you are registering. Check with the visitor; if one of them is the same person, open that record instead of making a second one.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open this person</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Save as a new person</source>
        <translation></translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase at the person&apos;s request</source>
        <translation></translation>
    </message>
    <message>
        <source>Erasing %1 removes their names, contacts, identity documents and every note from this record at once, and from headquarters with the next bundle. Their visits and referrals stay only as numbers in the statistics. Give them their record first if they want it (Everything held…).</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Why (who asked, when, how; kept in the audit trail):</source>
        <translation></translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation></translation>
    </message>
    <message>
        <source>Say why the record is erased.</source>
        <translation></translation>
    </message>
    <message>
        <source>Erase this record?</source>
        <translation></translation>
    </message>
    <message>
        <source>The names, contacts, documents and notes of %1 will be removed for good. This cannot be undone.</source>
        <translation></translation>
    </message>
    <message>
        <source>Erase</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>Check the key set with HQ first: give the fingerprint HQ reads out by phone with --hq-fingerprint (this file&apos;s fingerprint is %1). Nothing was installed.</source>
        <translation></translation>
    </message>
    <message>
        <source>The fingerprint HQ read out is not this file&apos;s (%1): the file may have been changed. Nothing was installed.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>HQ key set version %1 installed. Fingerprint (check it with HQ by phone): %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Enrolment file written to %1. Fingerprint (read it to HQ by phone): %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 written: bundle %2 with %3.</source>
        <translation></translation>
    </message>
    <message>
        <source>HQ acknowledged the changes through %1. %2 removed from the waiting list.</source>
        <translation></translation>
    </message>
    <message>
        <source>This return bundle was applied before; nothing changed.</source>
        <translation></translation>
    </message>
    <message>
        <source>Rejected change %1 (%2 %3): %4</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent change(s)</source>
        <translation>
            <numerusform>%n sent change</numerusform>
            <numerusform>%n sent changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service provider(s) updated.</source>
        <translation>
            <numerusform>%n service provider updated.</numerusform>
            <numerusform>%n service providers updated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>HQ could not apply %n change(s):</source>
        <translation>
            <numerusform>HQ could not apply %n change:</numerusform>
            <numerusform>HQ could not apply %n changes:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) that the restored backup lacked came back from HQ.</source>
        <translation>
            <numerusform>%n record that the restored backup lacked came back from HQ.</numerusform>
            <numerusform>%n records that the restored backup lacked came back from HQ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) from HQ were left out: their numbers are used here by other records since the restore. HQ keeps them.</source>
        <translation>
            <numerusform>%n record from HQ was left out: its number is used here by another record since the restore. HQ keeps it.</numerusform>
            <numerusform>%n records from HQ were left out: their numbers are used here by other records since the restore. HQ keeps them.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file is not a Qamqor bundle.</source>
        <translation></translation>
    </message>
    <message>
        <source>This return bundle is for branch %1, not for this branch (%2).</source>
        <translation></translation>
    </message>
    <message>
        <source>A recipient key in the HQ key set is not valid.</source>
        <translation></translation>
    </message>
    <message>
        <source>The decryption key is not a valid age identity.</source>
        <translation></translation>
    </message>
    <message>
        <source>This bundle is not addressed to this key: it cannot be decrypted here.</source>
        <translation></translation>
    </message>
    <message>
        <source>The bundle is damaged or was altered (truncated or changed bytes): refused.</source>
        <translation></translation>
    </message>
    <message>
        <source>This bundle has format version %1, which this program does not know: update Qamqor.</source>
        <translation></translation>
    </message>
    <message>
        <source>The bundle&apos;s signature does not match the sender&apos;s key: refused.</source>
        <translation></translation>
    </message>
    <message>
        <source>The bundle&apos;s contents do not match its manifest: refused.</source>
        <translation></translation>
    </message>
    <message>
        <source>The bundle member %1 does not match its manifest: refused.</source>
        <translation></translation>
    </message>
    <message>
        <source>Branch %1 is already enrolled with other keys: refused.</source>
        <translation></translation>
    </message>
    <message>
        <source>Branch %1 is not enrolled at HQ: run qamqor-hq enrol with its enrolment file first.</source>
        <translation></translation>
    </message>
    <message>
        <source>This bundle of branch %1 is signed by the computer HQ revoked on %2, when the branch was rebuilt from HQ&apos;s records (the computer was lost or stolen): refused; nothing was merged. Tell the branch and whoever brought the bundle.</source>
        <translation>This bundle of branch %1 is signed by the computer HQ revoked on %2, when the branch was rebuilt from HQ&apos;s records (the computer was lost or stolen): refused; nothing was merged. Tell the branch and whoever brought the bundle.</translation>
    </message>
    <message>
        <source>The bundle is not signed with the enrolled key of branch %1: refused.</source>
        <translation></translation>
    </message>
    <message>
        <source>FORK: branch %1 sent two different bundles numbered %2 (a restored or copied computer?). Refused; nothing was merged. Call the branch.</source>
        <translation></translation>
    </message>
    <message>
        <source>FORK: bundle %2 of branch %1 does not follow the bundle %3 HQ already has. Refused; nothing was merged. Call the branch.</source>
        <translation></translation>
    </message>
    <message>
        <source>Bundle %2 of branch %1 starts at change %3 but HQ has applied only through %4: changes are missing. Refused.</source>
        <translation></translation>
    </message>
    <message>
        <source>Bundle %2 of branch %1 could not be applied (%3); nothing was changed.</source>
        <translation></translation>
    </message>
    <message>
        <source>Bundle %2 of branch %1: its audit trail ends at event %3, but an earlier bundle showed HQ the trail reaching event %4. Events %5 to %4 were removed at the branch. Refused; nothing was merged. Call the branch.</source>
        <translation>Bundle %2 of branch %1: its audit trail ends at event %3, but an earlier bundle showed HQ the trail reaching event %4. Events %5 to %4 were removed at the branch. Refused; nothing was merged. Call the branch.</translation>
    </message>
    <message>
        <source>Bundle %2 of branch %1: audit event %3 is no longer the one an earlier bundle showed HQ (the trail was rewritten or deleted up to there). Refused; nothing was merged. Call the branch.</source>
        <translation>Bundle %2 of branch %1: audit event %3 is no longer the one an earlier bundle showed HQ (the trail was rewritten or deleted up to there). Refused; nothing was merged. Call the branch.</translation>
    </message>
    <message>
        <source>Bundle %2 of branch %1 was made before the branch was restored from a backup (it belongs to an earlier state of the branch): refused; the branch&apos;s newer bundles carry everything.</source>
        <translation></translation>
    </message>
    <message>
        <source>Branch %1 is not enrolled at HQ.</source>
        <extracomment>the audit action of a recovery at HQ
----------
the audit action of records sent back to a restored branch</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>This recovery request is for branch %1, not for %2.</source>
        <translation>This recovery request is for branch %1, not for %2.</translation>
    </message>
    <message>
        <source>This request carries the key HQ already holds for branch %1: make a new recovery request on the new computer.</source>
        <translation>This request carries the key HQ already holds for branch %1: make a new recovery request on the new computer.</translation>
    </message>
    <message>
        <source>This request carries a key HQ revoked before: make a new recovery request on the new computer.</source>
        <translation>This request carries a key HQ revoked before: make a new recovery request on the new computer.</translation>
    </message>
    <message>
        <source>There is no conflict %1.</source>
        <extracomment>the audit action of a resolved conflict; its detail names the fields and the choice</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Conflict %1 is already resolved.</source>
        <translation></translation>
    </message>
    <message>
        <source>The branch sent newer values of these fields since conflict %1: resolve conflict %2 instead.</source>
        <translation></translation>
    </message>
    <message>
        <source>Conflict %1 is about an unknown kind of record (%2).</source>
        <translation></translation>
    </message>
    <message>
        <source>This file is not a %1 file.</source>
        <translation></translation>
    </message>
    <message>
        <source>The HQ key set&apos;s signature does not verify: it was altered or not made by HQ.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 already exists: HQ keys are never overwritten.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot read the HQ keys in %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>The HQ signing key in %1 does not belong to its key set.</source>
        <translation></translation>
    </message>
    <message>
        <source>The enrolment file&apos;s signature does not verify: it was altered.</source>
        <translation></translation>
    </message>
    <message>
        <source>Give the HQ database with --db URL (or QAMQOR_HQ_DB).</source>
        <translation></translation>
    </message>
    <message>
        <source>This needs the HQ keys: give their folder with --keys.</source>
        <translation></translation>
    </message>
    <message>
        <source>The report is written to a .xlsx or .csv file, not %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>HQ keys written to %1. Keep hq-primary.agekey, hq-escrow.agekey and hq-signing.key secret; give hq-keyset.json to the branches.</source>
        <translation></translation>
    </message>
    <message>
        <source>Key set fingerprint (read it out by phone): %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Branch %1 (%2) enrolled; fingerprint %3.</source>
        <translation></translation>
    </message>
    <message>
        <source>Branch %1 (%2) was already enrolled with these keys; fingerprint %3.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 was restored from a backup: its bundles from %2 on are a new epoch (%3).</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 bundle %2: imported before; nothing changed (%3 already present).</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 bundle %2: older than what HQ has; nothing changed (%3 already present).</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 bundle %2: %3 applied, %4 already present, %5 conflicts, %6 rejected.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>The report of %n branch(es) for %1 was written to %2 (exact figures).</source>
        <translation>
            <numerusform>The report of %n branch for %1 was written to %2 (exact figures).</numerusform>
            <numerusform>The report of %n branches for %1 was written to %2 (exact figures).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The report of %n branch(es) for %1 was written to %2 (small counts withheld as &lt;5).</source>
        <translation>
            <numerusform>The report of %n branch for %1 was written to %2 (small counts withheld as &lt;5).</numerusform>
            <numerusform>The report of %n branches for %1 was written to %2 (small counts withheld as &lt;5).</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: return bundle %2 acknowledges changes through %3 (%4 rejected).</source>
        <translation></translation>
    </message>
    <message>
        <source>HQ holds the branch&apos;s changes through change %1, from its bundle %2 (imported %3). Whatever the lost computer recorded after that bundle was never sent, and is not in the recovery.</source>
        <translation>HQ holds the branch&apos;s changes through change %1, from its bundle %2 (imported %3). Whatever the lost computer recorded after that bundle was never sent, and is not in the recovery.</translation>
    </message>
    <message>
        <source>HQ never received a bundle from this branch: the recovery holds only HQ&apos;s directory of services.</source>
        <translation>HQ never received a bundle from this branch: the recovery holds only HQ&apos;s directory of services.</translation>
    </message>
    <message>
        <source>The lost computer&apos;s key (%1) is revoked: bundles it signs are refused from now on.</source>
        <translation>The lost computer&apos;s key (%1) is revoked: bundles it signs are refused from now on.</translation>
    </message>
    <message>
        <source>No conflicts to review.</source>
        <translation></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation></translation>
    </message>
    <message>
        <source>open</source>
        <translation></translation>
    </message>
    <message>
        <source>    %1: HQ has %2; the branch sent %3</source>
        <translation></translation>
    </message>
    <message>
        <source>Conflict %1 resolved: HQ keeps its values of %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>Conflict %1 resolved: the branch&apos;s values of %2 are now HQ&apos;s.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%1: recovery bundle for branch %2 with %n record(s).</source>
        <translation>
            <numerusform>%1: recovery bundle for branch %2 with %n record.</numerusform>
            <numerusform>%1: recovery bundle for branch %2 with %n records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 was restored from a backup: this return bundle brings back %n record(s) HQ holds that the backup may lack.</source>
        <translation>
            <numerusform>%1 was restored from a backup: this return bundle brings back %n record HQ holds that the backup may lack.</numerusform>
            <numerusform>%1 was restored from a backup: this return bundle brings back %n records HQ holds that the backup may lack.</numerusform>
        </translation>
    </message>
    <message>
        <source>This HQ key set (version %1) is not newer than the one installed (version %2).</source>
        <translation></translation>
    </message>
    <message>
        <source>The export was cancelled. Nothing was written.</source>
        <translation></translation>
    </message>
    <message>
        <source>Install the HQ key set first (qamqor keys install-hq FILE).</source>
        <translation></translation>
    </message>
    <message>
        <source>HQ acknowledges changes through %1, but this branch sent only through %2: is this database restored from an old backup? Nothing was changed.</source>
        <translation></translation>
    </message>
    <message>
        <source>HQ&apos;s return bundle carries a record this program cannot read: nothing was changed. Ask HQ whether the branch needs a newer Qamqor.</source>
        <translation></translation>
    </message>
    <message>
        <source>HQ&apos;s return bundle brings back records that do not fit with this branch&apos;s: nothing was changed. Tell HQ.</source>
        <translation></translation>
    </message>
    <message>
        <source>Could not write the bundle %1: %2. Nothing was lost: the changes stay waiting for the next export. Check the stick (full, read-only or pulled out) and export again.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot write into the folder %1: %2. Choose another folder or stick.</source>
        <translation></translation>
    </message>
    <message>
        <source>The bundle written to %1 does not read back as written: use another stick.</source>
        <translation></translation>
    </message>
    <message>
        <source>This file is not a Qamqor recovery bundle.</source>
        <translation>This file is not a Qamqor recovery bundle.</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>Visitor</source>
        <translation></translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation></translation>
    </message>
    <message>
        <source>Visitor&apos;s language</source>
        <translation></translation>
    </message>
    <message>
        <source>Household member</source>
        <translation></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation></translation>
    </message>
    <message>
        <source>Health flag</source>
        <translation></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation></translation>
    </message>
    <message>
        <source>Referral step</source>
        <translation></translation>
    </message>
    <message>
        <source>Service provider</source>
        <translation></translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation></translation>
    </message>
    <message>
        <source>Volunteer&apos;s language</source>
        <translation></translation>
    </message>
    <message>
        <source>Volunteer&apos;s training</source>
        <translation></translation>
    </message>
    <message>
        <source>Volunteer&apos;s availability</source>
        <translation></translation>
    </message>
    <message>
        <source>Volunteer&apos;s blocked dates</source>
        <translation></translation>
    </message>
    <message>
        <source>Site</source>
        <translation></translation>
    </message>
    <message>
        <source>Shift</source>
        <translation></translation>
    </message>
    <message>
        <source>Shift template</source>
        <translation></translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation></translation>
    </message>
    <message>
        <source>Check-in or check-out</source>
        <translation></translation>
    </message>
    <message>
        <source>Change</source>
        <translation></translation>
    </message>
    <message>
        <source>Record type</source>
        <translation></translation>
    </message>
    <message>
        <source>Record</source>
        <translation></translation>
    </message>
    <message>
        <source>HQ&apos;s reason</source>
        <translation></translation>
    </message>
    <message>
        <source>The branch&apos;s records travel to HQ as encrypted files on a USB stick or by e-mail. Each file carries every change HQ has not yet acknowledged, so a lost stick loses nothing: export again.</source>
        <translation></translation>
    </message>
    <message>
        <source>HQ key set</source>
        <translation></translation>
    </message>
    <message>
        <source>Read this fingerprint to HQ by phone: it must match theirs, group by group.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Install HQ key set…</source>
        <translation></translation>
    </message>
    <message>
        <source>Write &amp;enrolment file…</source>
        <translation></translation>
    </message>
    <message>
        <source>Sending to HQ</source>
        <translation></translation>
    </message>
    <message>
        <source>Changes waiting:</source>
        <translation></translation>
    </message>
    <message>
        <source>Last bundle written:</source>
        <translation></translation>
    </message>
    <message>
        <source>E&amp;xport for HQ…</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation></translation>
    </message>
    <message>
        <source>Answers from HQ</source>
        <translation></translation>
    </message>
    <message>
        <source>Last acknowledgement:</source>
        <translation></translation>
    </message>
    <message>
        <source>Import HQ&apos;s &amp;answer…</source>
        <translation></translation>
    </message>
    <message>
        <source>Not installed yet. HQ sends the file hq-keyset.json; install it before the first export.</source>
        <translation></translation>
    </message>
    <message>
        <source>Version %1, installed %2. Fingerprint:</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet acknowledged by HQ</source>
        <translation>
            <numerusform>%n change not yet acknowledged by HQ</numerusform>
            <numerusform>%n changes not yet acknowledged by HQ</numerusform>
        </translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 — bundle %2, %3</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>written %1 into %2</source>
        <translation></translation>
    </message>
    <message>
        <source>written %1</source>
        <translation></translation>
    </message>
    <message>
        <source>No answer from HQ yet.</source>
        <translation></translation>
    </message>
    <message>
        <source>Changes through %1 — answer %2, applied %3</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>HQ could not apply %n change(s). Correct these records here; the corrections travel in the next bundle.</source>
        <translation>
            <numerusform>HQ could not apply %n change. Correct these records here; the corrections travel in the next bundle.</numerusform>
            <numerusform>HQ could not apply %n changes. Correct these records here; the corrections travel in the next bundle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Install the HQ key set first.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose the HQ key set</source>
        <translation></translation>
    </message>
    <message>
        <source>HQ key set (*.json);;All files (*)</source>
        <translation></translation>
    </message>
    <message>
        <source>Check the fingerprint with HQ</source>
        <translation></translation>
    </message>
    <message>
        <source>HQ key set version %1.

Fingerprint:
%2

Phone HQ and have them read out their fingerprint. Install the key set only if every group matches.</source>
        <translation></translation>
    </message>
    <message>
        <source>It matches: install</source>
        <translation></translation>
    </message>
    <message>
        <source>HQ key set version %1 is installed.</source>
        <translation></translation>
    </message>
    <message>
        <source>Save the enrolment file into</source>
        <translation></translation>
    </message>
    <message>
        <source>The enrolment file was saved as %1.

Send it to HQ on the stick or by e-mail. Then phone HQ and read out this fingerprint, so they know the file is this branch&apos;s:
%2

HQ can read this branch&apos;s bundles once it has registered the file.</source>
        <translation></translation>
    </message>
    <message>
        <source>Enrolment file</source>
        <translation></translation>
    </message>
    <message>
        <source>Export for HQ into (the USB stick)</source>
        <translation></translation>
    </message>
    <message>
        <source>The export was cancelled. Nothing was written.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 was written: bundle %2 with %3.</source>
        <translation></translation>
    </message>
    <message>
        <source>Collecting the changes…</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose HQ&apos;s answer</source>
        <translation></translation>
    </message>
    <message>
        <source>HQ&apos;s answers (*.qmr);;All files (*)</source>
        <translation></translation>
    </message>
    <message>
        <source>This answer from HQ was applied before; nothing changed.</source>
        <translation></translation>
    </message>
    <message>
        <source>HQ acknowledged the changes through %1. %2 removed from the waiting list.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n sent change(s)</source>
        <translation>
            <numerusform>%n sent change</numerusform>
            <numerusform>%n sent changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>HQ could not apply %n change(s): see the list below.</source>
        <translation>
            <numerusform>HQ could not apply %n change: see the list below.</numerusform>
            <numerusform>HQ could not apply %n changes: see the list below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) that the restored backup lacked came back from HQ.</source>
        <translation>
            <numerusform>%n record that the restored backup lacked came back from HQ.</numerusform>
            <numerusform>%n records that the restored backup lacked came back from HQ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) from HQ were left out: their numbers are used here by other records since the restore. HQ keeps them.</source>
        <translation>
            <numerusform>%n record from HQ was left out: its number is used here by another record since the restore. HQ keeps it.</numerusform>
            <numerusform>%n records from HQ were left out: their numbers are used here by other records since the restore. HQ keeps them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking and applying HQ&apos;s answer…</source>
        <translation></translation>
    </message>
    <message>
        <source>Writing the bundle and reading it back…</source>
        <translation></translation>
    </message>
    <message>
        <source>Collecting the changes: %1 of %2…</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Family name</source>
        <translation></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation></translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation></translation>
    </message>
    <message>
        <source>Latin spelling</source>
        <translation></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation></translation>
    </message>
    <message>
        <source>Address</source>
        <translation></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation></translation>
    </message>
    <message>
        <source>Document number</source>
        <translation></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation></translation>
    </message>
    <message>
        <source>Household member&apos;s name</source>
        <translation></translation>
    </message>
    <message>
        <source>Health note</source>
        <translation></translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation></translation>
    </message>
    <message>
        <source>Emergency phone</source>
        <translation></translation>
    </message>
    <message>
        <source>Reason for the unavailable days</source>
        <translation></translation>
    </message>
    <message>
        <source>Name in Kazakh</source>
        <translation></translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation></translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation></translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation></translation>
    </message>
    <message>
        <source>Reason for referral</source>
        <translation></translation>
    </message>
    <message>
        <source>Note</source>
        <translation></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation></translation>
    </message>
    <message>
        <source>Site name</source>
        <translation></translation>
    </message>
    <message>
        <source>Title</source>
        <translation></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation></translation>
    </message>
    <message>
        <source>Branch name</source>
        <translation></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation></translation>
    </message>
    <message>
        <source>Why the hours are set by hand</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%1: at most %n characters; this one has %2.</source>
        <translation>
            <numerusform>%1: at most %n character; this one has %2.</numerusform>
            <numerusform>%1: at most %n characters; this one has %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: at most %n characters; the rest was not taken.</source>
        <translation>
            <numerusform>%1: at most %n character; the rest was not taken.</numerusform>
            <numerusform>%1: at most %n characters; the rest was not taken.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Qamqor — set up this branch</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Create the branch</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up</source>
        <translation></translation>
    </message>
    <message>
        <source>Follow up &amp;on:</source>
        <translation></translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation></translation>
    </message>
    <message>
        <source>Save</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation></translation>
    </message>
    <message>
        <source>Write the date as dd.mm.yyyy.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>A sealed health field does not open: it is damaged or was moved from another record.</source>
        <translation></translation>
    </message>
    <message>
        <source>This health information was sealed with another key than this branch&apos;s: the key file and the database do not belong together. Restore them together from one backup.</source>
        <translation></translation>
    </message>
    <message>
        <source>HQ holds no key to the health information of branch %1 that this escrow key opens.</source>
        <translation></translation>
    </message>
    <message>
        <source>Your account has not been given the key to restricted health information yet. A director or caseworker who holds it gives it to you in Settings; then log in again.</source>
        <translation></translation>
    </message>
    <message>
        <source>The key file does not hold the key this database&apos;s health information was sealed with. Restore the key file and the database together from one backup.</source>
        <translation></translation>
    </message>
    <message>
        <source>HQ&apos;s escrow key holds no key to health information for this branch.</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no active account %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>The role of %1 may not see health information: change the role first.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 has no key slot in this branch: the administrator sets a new password first.</source>
        <translation></translation>
    </message>
    <message>
        <source>The key to health information in the key file is damaged. Restore the key file from a backup.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>HealthAccessBox</name>
    <message>
        <source>Access to restricted health information</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Give the key</source>
        <translation></translation>
    </message>
    <message>
        <source>Recorded in the audit trail.</source>
        <translation></translation>
    </message>
    <message>
        <source>Your account has not been given the key to restricted health information yet. A director or caseworker who holds it gives it to you on their Settings page; then log in again.</source>
        <translation></translation>
    </message>
    <message>
        <source>You hold the key to restricted health information. These colleagues&apos; roles may see it, but they have not been given the key yet. Give it only to colleagues you know: the administrator makes accounts, but cannot give the key.</source>
        <translation></translation>
    </message>
    <message>
        <source>You hold the key to restricted health information, as does every colleague whose role may see it.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 now holds the key (from their next log-in).</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>HoursDialog</name>
    <message>
        <source>Hours by hand</source>
        <translation></translation>
    </message>
    <message>
        <source>The hours credited to %1 for this shift.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation></translation>
    </message>
    <message>
        <source>Save</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation></translation>
    </message>
    <message>
        <source>Say why the hours are set by hand.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>HqKeySetPage</name>
    <message>
        <source>The HQ key set</source>
        <translation></translation>
    </message>
    <message>
        <source>Optional: the keys that lock this branch&apos;s bundles so that only HQ can open them.</source>
        <translation></translation>
    </message>
    <message>
        <source>HQ sends a file named hq-keyset.json. Choose it, then phone HQ and compare the fingerprint shown here with theirs, group by group.</source>
        <translation></translation>
    </message>
    <message>
        <source>C&amp;hoose the key set file…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Skip for now</source>
        <translation></translation>
    </message>
    <message>
        <source>HQ read out the same fingerprint by phone</source>
        <translation></translation>
    </message>
    <message>
        <source>Without the key set the branch works as usual; the administrator installs it later in Exchange with HQ.</source>
        <translation></translation>
    </message>
    <message>
        <source>Version %1 of the HQ key set. Fingerprint:</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose the HQ key set</source>
        <translation></translation>
    </message>
    <message>
        <source>HQ key set (*.json);;All files (*)</source>
        <translation></translation>
    </message>
    <message>
        <source>Compare the fingerprint with HQ by phone and tick the box, or skip this step for now.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Cannot read “%1”: save the register from Excel as .xlsx or .csv.</source>
        <translation></translation>
    </message>
    <message>
        <source>“%1” is %2 MB; a register of up to %3 MB can be imported at once. Save it as several smaller files (a year each, for instance) and import them one after another.</source>
        <translation></translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation></translation>
    </message>
    <message>
        <source>a cell holds more than %1 characters</source>
        <translation></translation>
    </message>
    <message>
        <source>a quotation mark (&quot;) opened in it is never closed, so every row after it would run into one cell</source>
        <translation></translation>
    </message>
    <message>
        <source>Row %1 of “%2” cannot be read: %3. Nothing was imported; correct the file and try again.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot read the text of “%1”: save it from Excel as “CSV UTF-8”.</source>
        <translation></translation>
    </message>
    <message>
        <source>“%1” is not an Excel workbook that can be read (.xlsx).</source>
        <translation></translation>
    </message>
    <message>
        <source>“%1” is not a date: write it like 31.12.2019.</source>
        <translation></translation>
    </message>
    <message>
        <source>“%1” is a year, not the date of a visit: write it like 31.12.2019.</source>
        <translation></translation>
    </message>
    <message>
        <source>A visit date cannot be in the future.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is too long ago for a visit: check the year.</source>
        <translation></translation>
    </message>
    <message>
        <source>Column “%1”: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>“%1” is not a sex: write F or M (Ж or М, Ә or Е).</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown country “%1”: write its name or its two-letter code (UZ, TJ, KG).</source>
        <translation></translation>
    </message>
    <message>
        <source>Needs as written in the register: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>No column holds names. Head the name columns Фамилия / Тегі / family_name, Имя / Аты / given_name, or ФИО / Аты-жөні / full_name for the whole name.</source>
        <translation></translation>
    </message>
    <message>
        <source>Needs are recorded with a visit: choose the column with the visit dates too.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) imported.</source>
        <translation>
            <numerusform>%n row imported.</numerusform>
            <numerusform>%n rows imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped.</source>
        <translation>
            <numerusform>%n duplicate skipped.</numerusform>
            <numerusform>%n duplicates skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors.</source>
        <translation>
            <numerusform>%n row with errors.</numerusform>
            <numerusform>%n rows with errors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) recorded.</source>
        <translation>
            <numerusform>%n visit recorded.</numerusform>
            <numerusform>%n visits recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) were recorded already and skipped.</source>
        <translation>
            <numerusform>%n visit was recorded already and skipped.</numerusform>
            <numerusform>%n visits were recorded already and skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) registered</source>
        <translation>
            <numerusform>%n person registered</numerusform>
            <numerusform>%n people registered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n imported row(s) to check: the same name and birth date as a person registered with another document number.</source>
        <translation>
            <numerusform>%n imported row to check: the same name and birth date as a person registered with another document number.</numerusform>
            <numerusform>%n imported rows to check: the same name and birth date as a person registered with another document number.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; the rows imported before that are kept.</source>
        <translation></translation>
    </message>
    <message>
        <source>The disk is full: nothing of the register was saved. Free some space and import it again.</source>
        <translation></translation>
    </message>
    <message>
        <source>The disk is full. Rows %1 to %2 of the register were saved (%3, %4); nothing from row %5 on. Free some space and import the file again: what was saved is recognised and skipped.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>— not imported —</source>
        <translation></translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Row</source>
        <translation></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation></translation>
    </message>
    <message>
        <source>Already registered as</source>
        <translation></translation>
    </message>
    <message>
        <source>Registered as, and the person it may repeat</source>
        <translation></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation></translation>
    </message>
    <message>
        <source>Import a register</source>
        <translation></translation>
    </message>
    <message>
        <source>Bring in the visitors of a register the branch kept before Qamqor: an Excel workbook (.xlsx) or a CSV file whose first row names the columns. Nothing is saved until you have checked the columns and pressed Import. People already registered are skipped and listed.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Choose a file…</source>
        <translation></translation>
    </message>
    <message>
        <source>Which column holds what? Qamqor guessed from the column names; correct what it got wrong. Columns left “not imported” are ignored.</source>
        <translation></translation>
    </message>
    <message>
        <source>1. Choose the file</source>
        <translation></translation>
    </message>
    <message>
        <source>2. Check the columns</source>
        <translation></translation>
    </message>
    <message>
        <source>3. Importing</source>
        <translation></translation>
    </message>
    <message>
        <source>4. Report</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation></translation>
    </message>
    <message>
        <source>Close</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation></translation>
    </message>
    <message>
        <source>Stopping after the rows being saved now…</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose the register to import</source>
        <translation></translation>
    </message>
    <message>
        <source>Registers (*.xlsx *.csv);;All files (*)</source>
        <translation></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation></translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) below the column names.</source>
        <translation>
            <numerusform>%1: %n row below the column names.</numerusform>
            <numerusform>%1: %n rows below the column names.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s) as they will be read.</source>
        <translation>
            <numerusform>The first %n row as it will be read.</numerusform>
            <numerusform>The first %n rows as they will be read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them cannot be imported as they are (see Problems); the others can.</source>
        <translation>
            <numerusform>%n of them cannot be imported as it is (see Problems); the others can.</numerusform>
            <numerusform>%n of them cannot be imported as they are (see Problems); the others can.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation></translation>
    </message>
    <message>
        <source>Importing: %1 of %2 rows done…</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) repeat people already registered; they were not registered again:</source>
        <translation>
            <numerusform>%n row repeats a person already registered; they were not registered again:</numerusform>
            <numerusform>%n rows repeat people already registered; they were not registered again:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have the name and birth date of a person already registered with another document number (a renewed passport, or a namesake). They were registered; open both records and merge them if they are one person:</source>
        <translation>
            <numerusform>%n row has the name and birth date of a person already registered with another document number (a renewed passport, or a namesake). It was registered; open both records and merge them if they are one person:</numerusform>
            <numerusform>%n rows have the name and birth date of a person already registered with another document number (a renewed passport, or a namesake). They were registered; open both records and merge them if they are one person:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) could not be read; correct them in the file and import it again (rows already imported are then skipped):</source>
        <translation>
            <numerusform>%n row could not be read; correct it in the file and import it again (rows already imported are then skipped):</numerusform>
            <numerusform>%n rows could not be read; correct them in the file and import it again (rows already imported are then skipped):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>The branch&apos;s database was brought up to date for this version of Qamqor. A copy of the previous one was kept first in %1.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>LegalHoldDialog</name>
    <message>
        <source>Legal hold</source>
        <translation></translation>
    </message>
    <message>
        <source>A legal hold keeps the record of %1 whole: retention passes it by and it cannot be erased, even at the person&apos;s request, until a director releases the hold.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Why (a court case, an investigation; the administrator sees it):</source>
        <translation></translation>
    </message>
    <message>
        <source>Place the hold</source>
        <translation></translation>
    </message>
    <message>
        <source>A legal hold keeps the record of %1 whole. Placed by %2 on %3: %4</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Why it is released (optional):</source>
        <translation></translation>
    </message>
    <message>
        <source>Release the hold</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Letter</name>
    <message>
        <source>Tuberculosis clinic</source>
        <translation></translation>
    </message>
    <message>
        <source>HIV / AIDS centre</source>
        <translation></translation>
    </message>
    <message>
        <source>Legal aid</source>
        <translation></translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation></translation>
    </message>
    <message>
        <source>Migration service centre</source>
        <translation></translation>
    </message>
    <message>
        <source>Psychosocial support</source>
        <translation></translation>
    </message>
    <message>
        <source>Restoring family links</source>
        <translation></translation>
    </message>
    <message>
        <source>Other service</source>
        <translation></translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation></translation>
    </message>
    <message>
        <source>Routine</source>
        <translation></translation>
    </message>
    <message>
        <source>Emergency: within 24 hours</source>
        <translation></translation>
    </message>
    <message>
        <source>Urgent: within 72 hours</source>
        <translation></translation>
    </message>
    <message>
        <source>Routine: within 2 weeks</source>
        <translation></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation></translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation></translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation></translation>
    </message>
    <message>
        <source>Address</source>
        <translation></translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation></translation>
    </message>
    <message>
        <source>Director</source>
        <translation></translation>
    </message>
    <message>
        <source>Acting director</source>
        <translation></translation>
    </message>
    <message>
        <source>Deputy director</source>
        <translation></translation>
    </message>
    <message>
        <source>Service provided</source>
        <translation></translation>
    </message>
    <message>
        <source>Referred elsewhere</source>
        <translation></translation>
    </message>
    <message>
        <source>Service not provided</source>
        <translation></translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation></translation>
    </message>
    <message>
        <source>Referral letter</source>
        <translation></translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation></translation>
    </message>
    <message>
        <source>Preview</source>
        <extracomment>Across a letter shown on screen before it is printed: not the original, not a copy.</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>%1 is this page&apos;s number, %2 the number of pages.</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Check code</source>
        <translation></translation>
    </message>
    <message>
        <source>Referring organisation</source>
        <translation></translation>
    </message>
    <message>
        <source>Receiving organisation</source>
        <translation></translation>
    </message>
    <message>
        <source>Tel.</source>
        <translation></translation>
    </message>
    <message>
        <source>Branch code</source>
        <translation></translation>
    </message>
    <message>
        <source>Person referred</source>
        <translation></translation>
    </message>
    <message>
        <source>Service requested</source>
        <translation></translation>
    </message>
    <message>
        <source>Service</source>
        <translation></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation></translation>
    </message>
    <message>
        <source>Please receive the person by</source>
        <translation></translation>
    </message>
    <message>
        <source>Reason for referral</source>
        <translation></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation></translation>
    </message>
    <message>
        <source>The person named above has agreed that the facts in this letter be shared with %1 for this referral only. Please keep this letter confidential: do not copy it or pass it on.</source>
        <extracomment>%1 is the receiving organisation&apos;s name.</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation></translation>
    </message>
    <message>
        <source>Stamp</source>
        <translation></translation>
    </message>
    <message>
        <source>Date</source>
        <translation></translation>
    </message>
    <message>
        <source>I agree to this referral</source>
        <translation></translation>
    </message>
    <message>
        <source>Cut here</source>
        <translation></translation>
    </message>
    <message>
        <source>Feedback slip</source>
        <translation></translation>
    </message>
    <message>
        <source>Please fill in and return to the branch</source>
        <translation></translation>
    </message>
    <message>
        <source>Date the person was seen</source>
        <translation></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation></translation>
    </message>
    <message>
        <source>Name and position</source>
        <translation></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>Locked — enter the password of %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation></translation>
    </message>
    <message>
        <source>Log out (another person can then log in)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Qamqor — log in</source>
        <translation></translation>
    </message>
    <message>
        <source>Qamqor</source>
        <translation></translation>
    </message>
    <message>
        <source>Branch %1 — %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Log in with your user name and password.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation></translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>LongWork</name>
    <message>
        <source>Cancel</source>
        <translation></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Qamqor — %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation></translation>
    </message>
    <message>
        <source>Lock the window until your password is entered (Ctrl+L)</source>
        <translation></translation>
    </message>
    <message>
        <source>Log out</source>
        <translation></translation>
    </message>
    <message>
        <source>Log out, so that another person can log in</source>
        <translation></translation>
    </message>
    <message>
        <source>Branch %1 — %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation></translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>MakeReferralDialog</name>
    <message>
        <source>Make a referral</source>
        <translation></translation>
    </message>
    <message>
        <source>Edit the draft referral</source>
        <translation></translation>
    </message>
    <message>
        <source>Referral for %1</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation></translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation></translation>
    </message>
    <message>
        <source>Due by:</source>
        <translation></translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation></translation>
    </message>
    <message>
        <source>Why the person needs this service, in a few words. No diagnosis: the letter names only the service.</source>
        <translation></translation>
    </message>
    <message>
        <source>No provider of this service is in the directory yet. Add one under Referrals → Service directory.</source>
        <translation></translation>
    </message>
    <message>
        <source>What the letter may say about the person</source>
        <translation></translation>
    </message>
    <message>
        <source>Tick only what the person agreed to share with this provider. The name is always on the letter.</source>
        <translation></translation>
    </message>
    <message>
        <source>Make referral</source>
        <translation></translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation></translation>
    </message>
    <message>
        <source>Their consent is recorded.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose the provider.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge with another record</source>
        <translation></translation>
    </message>
    <message>
        <source>Find the other record of %1 (%2). Its visits, documents and the rest move to this record, and its number keeps finding this person.</source>
        <translation></translation>
    </message>
    <message>
        <source>Name in any script, phone, document or registration number</source>
        <translation></translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation></translation>
    </message>
    <message>
        <source>Merge two records?</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (%2) will be merged into %3 (%4), the record open now. Everything it holds moves there, and %2 will find %4. This cannot be undone.</source>
        <translation></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>NeedRowEditor</name>
    <message>
        <source>Anyone</source>
        <translation></translation>
    </message>
    <message>
        <source>Skill or training</source>
        <translation></translation>
    </message>
    <message>
        <source>Language</source>
        <translation></translation>
    </message>
    <message>
        <source> volunteer(s)</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove this need</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>NoExchangeAccessPage</name>
    <message>
        <source>Only the administrator exchanges records with HQ, because a bundle carries every record of the branch. Your role (%1) cannot open this part; ask the administrator to send the bundle.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>NoReferralAccessPage</name>
    <message>
        <source>Your role (%1) has no access to referrals. They are kept for caseworkers and directors, because a referral tells which service a person needs.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>NoReportsAccessPage</name>
    <message>
        <source>Your role (%1) has no access to the branch&apos;s figures. Directors and administrators see them; caseworkers see the referral figures.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>NoVisitorAccessPage</name>
    <message>
        <source>Your role (%1) has no access to visitors&apos; records. They are kept for receptionists, caseworkers and directors, so that people who keep volunteers or accounts do not see anyone&apos;s case.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>NoVolunteerAccessPage</name>
    <message>
        <source>Your role (%1) has no access to volunteers. The register and the shifts are kept by the coordinator; the desk checks volunteers in and out; the director reads them.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>OK</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation></translation>
    </message>
    <message>
        <source>This cannot be left empty.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>OpenPlacesModel</name>
    <message>
        <source>Site</source>
        <translation></translation>
    </message>
    <message>
        <source>Day</source>
        <translation></translation>
    </message>
    <message>
        <source>Time</source>
        <translation></translation>
    </message>
    <message>
        <source>Need</source>
        <translation></translation>
    </message>
    <message>
        <source>Open</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Move the shift despite the rules?</source>
        <translation></translation>
    </message>
    <message>
        <source>At the new time or site, the volunteers on this shift break these rules:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Why go ahead anyway? The reason is kept in the audit trail.</source>
        <translation></translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation></translation>
    </message>
    <message>
        <source>Assign despite the rules?</source>
        <translation></translation>
    </message>
    <message>
        <source>Putting %1 on this shift breaks these rules:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Why go ahead anyway? The reason is kept with the assignment.</source>
        <translation></translation>
    </message>
    <message>
        <source>Assign anyway</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Passwords</name>
    <message>
        <source>The password must have at least %1 characters. A few words that belong together only for you (not a saying or a song) are easy to remember and hard to guess.</source>
        <translation></translation>
    </message>
    <message>
        <source>The password must not contain the user name: it is the first thing anyone would try.</source>
        <translation></translation>
    </message>
    <message>
        <source>The password must not contain the branch&apos;s name or code: everyone at the branch knows them.</source>
        <translation></translation>
    </message>
    <message>
        <source>This password is one of the most common leaked passwords, which are tried first. Choose another: a few unusual words together work well.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Your role (%1) may not do this.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <source>Date</source>
        <translation></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation></translation>
    </message>
    <message>
        <source>Services given</source>
        <translation></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation></translation>
    </message>
    <message>
        <source>When</source>
        <translation></translation>
    </message>
    <message>
        <source>Who</source>
        <translation></translation>
    </message>
    <message>
        <source>What</source>
        <translation></translation>
    </message>
    <message>
        <source>Fields changed</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>PersonRights</name>
    <message>
        <source>Everything &amp;held…</source>
        <translation></translation>
    </message>
    <message>
        <source>Everything the branch holds about this person, to give them: print, save as PDF or preview, in Kazakh, Russian or English</source>
        <translation></translation>
    </message>
    <message>
        <source>Legal &amp;hold…</source>
        <translation></translation>
    </message>
    <message>
        <source>Erase at their request…</source>
        <translation></translation>
    </message>
    <message>
        <source>Legal hold: kept whole until a director releases it. Placed by %1 on %2: %3</source>
        <translation></translation>
    </message>
    <message>
        <source>Legal hold: kept whole until a director releases it (placed by %1 on %2).</source>
        <translation></translation>
    </message>
    <message>
        <source>A legal hold stands: a director must release it first.</source>
        <translation></translation>
    </message>
    <message>
        <source>Everything held about a person</source>
        <translation></translation>
    </message>
    <message>
        <source>Everything the branch holds about %1, to give to them: their details, visits, referrals, the letters issued and who saw their restricted information. Choose the language they read.</source>
        <translation></translation>
    </message>
    <message>
        <source>Everything held %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>PersonView</name>
    <message>
        <source>← Back to the search (Esc)</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Log visit… (Ctrl+Shift+V)</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Merge with another record…</source>
        <translation></translation>
    </message>
    <message>
        <source>Personal details</source>
        <translation></translation>
    </message>
    <message>
        <source>Family name:</source>
        <translation></translation>
    </message>
    <message>
        <source>Given name:</source>
        <translation></translation>
    </message>
    <message>
        <source>Patronymic:</source>
        <translation></translation>
    </message>
    <message>
        <source>Latin spelling:</source>
        <translation></translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation></translation>
    </message>
    <message>
        <source>Born:</source>
        <translation></translation>
    </message>
    <message>
        <source>Citizenship:</source>
        <translation></translation>
    </message>
    <message>
        <source>Country of origin:</source>
        <translation></translation>
    </message>
    <message>
        <source>Arrival date:</source>
        <translation></translation>
    </message>
    <message>
        <source>Migration status:</source>
        <translation></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation></translation>
    </message>
    <message>
        <source>Languages, documents, household and consent</source>
        <translation></translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation></translation>
    </message>
    <message>
        <source>Identity documents:</source>
        <translation></translation>
    </message>
    <message>
        <source>Household:</source>
        <translation></translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation></translation>
    </message>
    <message>
        <source>Also registered as:</source>
        <translation></translation>
    </message>
    <message>
        <source>Restricted health information</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Show health information</source>
        <translation></translation>
    </message>
    <message>
        <source>Your viewing is recorded in the audit trail.</source>
        <translation></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation></translation>
    </message>
    <message>
        <source>Make &amp;referral…</source>
        <translation></translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation></translation>
    </message>
    <message>
        <source>No visits logged yet.</source>
        <translation></translation>
    </message>
    <message>
        <source>Anonymised record</source>
        <translation></translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Visits (%n)</source>
        <translation>
            <numerusform>Visits (%n)</numerusform>
            <numerusform>Visits (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Referrals are kept for caseworkers and directors.</source>
        <translation></translation>
    </message>
    <message>
        <source>No referrals yet.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Referrals (%n)</source>
        <translation>
            <numerusform>Referrals (%n)</numerusform>
            <numerusform>Referrals (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>interpreter needed</source>
        <translation></translation>
    </message>
    <message>
        <source>, issued by %1</source>
        <translation></translation>
    </message>
    <message>
        <source>, valid until %1</source>
        <translation></translation>
    </message>
    <message>
        <source>, born %1</source>
        <translation></translation>
    </message>
    <message>
        <source>given on %1 by %2 (wording version %3)</source>
        <translation></translation>
    </message>
    <message>
        <source>withdrawn on %1 by %2 (wording version %3)</source>
        <translation></translation>
    </message>
    <message>
        <source>Restricted health information is recorded.</source>
        <translation></translation>
    </message>
    <message>
        <source>No restricted health information is recorded.</source>
        <translation></translation>
    </message>
    <message>
        <source>Restricted health information is recorded, but your account has not been given the key to it yet. A director or caseworker who holds it gives it to you in Settings; then log in again.</source>
        <translation></translation>
    </message>
    <message>
        <source>Restricted health information is recorded. Show it only when the person&apos;s care needs it.</source>
        <translation></translation>
    </message>
    <message>
        <source>Recorded (your viewing is in the audit trail):</source>
        <translation></translation>
    </message>
    <message>
        <source>The changes were saved.</source>
        <translation></translation>
    </message>
    <message>
        <source>The referral was saved as a draft. A director issues its letter under Referrals.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 was merged into this record.</source>
        <translation></translation>
    </message>
    <message>
        <source>The record was anonymised: names, contacts, documents and notes are gone, here at once and at headquarters with the next bundle. It is kept for the statistics only.</source>
        <translation></translation>
    </message>
    <message>
        <source>The legal hold was placed.</source>
        <translation></translation>
    </message>
    <message>
        <source>The legal hold was released.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>PrintPagesDialog</name>
    <message>
        <source>Page &amp;language:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Send to:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Copies:</source>
        <translation></translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation></translation>
    </message>
    <message>
        <source>A PDF file…</source>
        <translation></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>PrinterDialog</name>
    <message>
        <source>Print</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Printer:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Copies:</source>
        <translation></translation>
    </message>
    <message>
        <source>Save as PDF files in a folder…</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The system&apos;s print command (lp) is missing; save the letter as PDF instead.</source>
        <translation></translation>
    </message>
    <message>
        <source>The printer %1 did not take the letter: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>The printer did not take the letter: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The letter could not be shown: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ProviderDialog</name>
    <message>
        <source>Edit provider</source>
        <translation></translation>
    </message>
    <message>
        <source>Add a provider</source>
        <translation></translation>
    </message>
    <message>
        <source>Name in &amp;Kazakh:</source>
        <translation></translation>
    </message>
    <message>
        <source>Name in &amp;Russian:</source>
        <translation></translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Languages spoken:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Cost:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Opening hours:</source>
        <translation></translation>
    </message>
    <message>
        <source>Ca&amp;pacity:</source>
        <translation></translation>
    </message>
    <message>
        <source>Last &amp;verified:</source>
        <translation></translation>
    </message>
    <message>
        <source>In use:</source>
        <translation></translation>
    </message>
    <message>
        <source>Language codes, e.g. kk, ru, uz</source>
        <translation></translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation></translation>
    </message>
    <message>
        <source>not known</source>
        <translation></translation>
    </message>
    <message>
        <source>Offer this provider for new referrals</source>
        <translation></translation>
    </message>
    <message>
        <source>Save</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation></translation>
    </message>
    <message>
        <source>Write the date as dd.mm.yyyy.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Providers</name>
    <message>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <source>Service</source>
        <translation></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation></translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ProvidersPage</name>
    <message>
        <source>Filter the directory</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Add provider…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation></translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 was saved.</source>
        <translation></translation>
    </message>
    <message>
        <source>Import the service directory</source>
        <translation></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation></translation>
    </message>
    <message>
        <source>Added %1, updated %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were not imported:</source>
        <translation>
            <numerusform>%n row was not imported:</numerusform>
            <numerusform>%n rows were not imported:</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the service directory</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) exported.</source>
        <translation>
            <numerusform>%n provider exported.</numerusform>
            <numerusform>%n providers exported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>A branch is rebuilt from HQ onto a computer&apos;s own data folder; a branch on a database server is restored by the server&apos;s administrator.</source>
        <translation>A branch is rebuilt from HQ onto a computer&apos;s own data folder; a branch on a database server is restored by the server&apos;s administrator.</translation>
    </message>
    <message>
        <source>Recovery request written to %1. Send it to HQ and read this fingerprint to HQ by phone: %2</source>
        <translation>Recovery request written to %1. Send it to HQ and read this fingerprint to HQ by phone: %2</translation>
    </message>
    <message>
        <source>HQ answers with a recovery bundle; then run qamqor init --recover FILE here with the same password.</source>
        <translation>HQ answers with a recovery bundle; then run qamqor init --recover FILE here with the same password.</translation>
    </message>
    <message>
        <source>HQ&apos;s copy holds the branch&apos;s changes through change %1, from bundle %2 (it reached HQ %3). What the lost computer recorded after that bundle never reached HQ and is not here.</source>
        <translation>HQ&apos;s copy holds the branch&apos;s changes through change %1, from bundle %2 (it reached HQ %3). What the lost computer recorded after that bundle never reached HQ and is not here.</translation>
    </message>
    <message>
        <source>Nobody here holds the key to health information yet: once a director or caseworker has a password, give it to them with qamqor users grant-health USER --escrow-key FILE (HQ&apos;s escrow key).</source>
        <translation>Nobody here holds the key to health information yet: once a director or caseworker has a password, give it to them with qamqor users grant-health USER --escrow-key FILE (HQ&apos;s escrow key).</translation>
    </message>
    <message>
        <source>The next bundle for HQ follows the last one HQ accepted; the lost computer&apos;s bundles are refused at HQ.</source>
        <translation>The next bundle for HQ follows the last one HQ accepted; the lost computer&apos;s bundles are refused at HQ.</translation>
    </message>
    <message numerus="yes">
        <source>Branch %1 is rebuilt in %2 from HQ&apos;s records: %n record(s).</source>
        <translation>
            <numerusform>Branch %1 is rebuilt in %2 from HQ&apos;s records: %n record.</numerusform>
            <numerusform>Branch %1 is rebuilt in %2 from HQ&apos;s records: %n records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n staff account(s) came back disabled: %1. Set a new password for each (qamqor users passwd USER).</source>
        <translation>
            <numerusform>%n staff account came back disabled: %1. Set a new password for it (qamqor users passwd USER).</numerusform>
            <numerusform>%n staff accounts came back disabled: %1. Set a new password for each (qamqor users passwd USER).</numerusform>
        </translation>
    </message>
    <message>
        <source>A branch already exists in %1: a branch is rebuilt only on a computer (or in a data folder) that has none.</source>
        <translation>A branch already exists in %1: a branch is rebuilt only on a computer (or in a data folder) that has none.</translation>
    </message>
    <message>
        <source>There is no recovery request in %1: run qamqor recovery-request here first and send its file to HQ.</source>
        <translation>There is no recovery request in %1: run qamqor recovery-request here first and send its file to HQ.</translation>
    </message>
    <message>
        <source>The recovery request here was made with another password: give the same one.</source>
        <translation>The recovery request here was made with another password: give the same one.</translation>
    </message>
    <message>
        <source>The recovery request here is for branch %1, not %2.</source>
        <translation>The recovery request here is for branch %1, not %2.</translation>
    </message>
    <message>
        <source>This recovery bundle was made for another request than the one made here: ask HQ for the bundle of this computer&apos;s request.</source>
        <translation>This recovery bundle was made for another request than the one made here: ask HQ for the bundle of this computer&apos;s request.</translation>
    </message>
    <message>
        <source>The recovery bundle holds records of a kind this program does not know (%1): update Qamqor.</source>
        <translation>The recovery bundle holds records of a kind this program does not know (%1): update Qamqor.</translation>
    </message>
</context>
<context>
    <name>ReferralDetail</name>
    <message>
        <source>Person:</source>
        <translation></translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation></translation>
    </message>
    <message>
        <source>Service:</source>
        <translation></translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation></translation>
    </message>
    <message>
        <source>Due by:</source>
        <translation></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation></translation>
    </message>
    <message>
        <source>May be disclosed:</source>
        <translation></translation>
    </message>
    <message>
        <source>Follow up on:</source>
        <translation></translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation></translation>
    </message>
    <message>
        <source>History</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose a referral in the list.</source>
        <translation></translation>
    </message>
    <message>
        <source>Draft referral</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 — %2, by %3</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Referrals</name>
    <message>
        <source>TB clinic</source>
        <translation></translation>
    </message>
    <message>
        <source>HIV / AIDS centre</source>
        <translation></translation>
    </message>
    <message>
        <source>Legal aid</source>
        <translation></translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation></translation>
    </message>
    <message>
        <source>Migration service centre</source>
        <translation></translation>
    </message>
    <message>
        <source>Psychosocial support</source>
        <translation></translation>
    </message>
    <message>
        <source>Restoring family links</source>
        <translation></translation>
    </message>
    <message>
        <source>Other service</source>
        <translation></translation>
    </message>
    <message>
        <source>Emergency (24 hours)</source>
        <translation></translation>
    </message>
    <message>
        <source>Urgent (72 hours)</source>
        <translation></translation>
    </message>
    <message>
        <source>Normal (2 weeks)</source>
        <translation></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation></translation>
    </message>
    <message>
        <source>Did not attend</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation></translation>
    </message>
    <message>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation></translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation></translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation></translation>
    </message>
    <message>
        <source>Address</source>
        <translation></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation></translation>
    </message>
    <message>
        <source>Person %1 has not agreed to share their details with services on referral. Ask them, and record their answer first.</source>
        <translation></translation>
    </message>
    <message>
        <source>Person %1 withdrew their consent to share their details with services on referral (%2). A referral needs it: ask them again, and record their answer first.</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown service category %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Give the provider a name in at least one language.</source>
        <translation></translation>
    </message>
    <message>
        <source>Capacity cannot be negative.</source>
        <translation></translation>
    </message>
    <message>
        <source>This provider no longer exists.</source>
        <translation></translation>
    </message>
    <message>
        <source>The person or the provider no longer exists.</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown priority %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown fact %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>A letter must at least name the person; ask for their consent to share the name.</source>
        <translation></translation>
    </message>
    <message>
        <source>Only a draft can be changed; this letter is issued.</source>
        <translation></translation>
    </message>
    <message>
        <source>Someone else changed this referral meanwhile. Open it again.</source>
        <translation></translation>
    </message>
    <message>
        <source>This referral no longer exists.</source>
        <translation></translation>
    </message>
    <message>
        <source>A letter is issued by the director&apos;s own act.</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown status %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>A referral that is “%1” cannot become “%2”.</source>
        <translation></translation>
    </message>
    <message>
        <source>Give the reason the provider declined.</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no issued letter %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <extracomment>What makes Excel, LibreOffice and Google Sheets read a cell as a formula.</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Row %1 of %2 cannot be read (%3). Nothing was imported; correct the file and try again.</source>
        <translation></translation>
    </message>
    <message>
        <source>This is not a provider list: the columns %1 are missing.</source>
        <translation></translation>
    </message>
    <message>
        <source>Capacity must be a whole number.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <source>Overdue</source>
        <translation></translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation></translation>
    </message>
    <message>
        <source>Awaiting feedback</source>
        <translation></translation>
    </message>
    <message>
        <source>All</source>
        <translation></translation>
    </message>
    <message>
        <source>Accepted by the provider</source>
        <translation></translation>
    </message>
    <message>
        <source>Declined…</source>
        <translation></translation>
    </message>
    <message>
        <source>Completed…</source>
        <translation></translation>
    </message>
    <message>
        <source>Did not attend</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel referral…</source>
        <translation></translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation></translation>
    </message>
    <message>
        <source>Overdue: due %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation></translation>
    </message>
    <message>
        <source>Reg. number</source>
        <translation></translation>
    </message>
    <message>
        <source>Person</source>
        <translation></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation></translation>
    </message>
    <message>
        <source>Service</source>
        <translation></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation></translation>
    </message>
    <message>
        <source>Status</source>
        <translation></translation>
    </message>
    <message>
        <source>Due</source>
        <translation></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation></translation>
    </message>
    <message>
        <source>Service directory</source>
        <translation></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation></translation>
    </message>
    <message>
        <source>Record follow-up…</source>
        <translation></translation>
    </message>
    <message>
        <source>Issue letter…</source>
        <translation></translation>
    </message>
    <message>
        <source>Issue and print…</source>
        <translation></translation>
    </message>
    <message>
        <source>Issues the letter, then asks which printer prints it.</source>
        <translation></translation>
    </message>
    <message>
        <source>Edit draft…</source>
        <translation></translation>
    </message>
    <message>
        <source>Fixes the letter number and signs the letter with the branch key.</source>
        <translation></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation></translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation></translation>
    </message>
    <message>
        <source>Letter in:</source>
        <translation></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation></translation>
    </message>
    <message>
        <source>Print today&apos;s issued letters…</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Drafts to issue (%n)</source>
        <translation>
            <numerusform>Drafts to issue (%n)</numerusform>
            <numerusform>Drafts to issue (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The draft was saved.</source>
        <translation></translation>
    </message>
    <message>
        <source>Issue and print</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s)</source>
        <translation>
            <numerusform>%n referral</numerusform>
            <numerusform>%n referrals</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is now “%2”.</source>
        <translation></translation>
    </message>
    <message>
        <source>Declined by the provider</source>
        <translation></translation>
    </message>
    <message>
        <source>Why did the provider decline? This is kept with the referral.</source>
        <translation></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation></translation>
    </message>
    <message>
        <source>What was the outcome for the person?</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel this referral? It cannot be reopened.</source>
        <translation></translation>
    </message>
    <message>
        <source>Record that the person did not attend? This closes the referral.</source>
        <translation></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation></translation>
    </message>
    <message>
        <source>Keep it open</source>
        <translation></translation>
    </message>
    <message>
        <source>The follow-up was saved.</source>
        <translation></translation>
    </message>
    <message>
        <source>Issue the letter?</source>
        <translation></translation>
    </message>
    <message>
        <source>Issuing gives the referral of %1 to %2 its letter number and signs it with the branch key. What the letter says cannot change afterwards.</source>
        <translation></translation>
    </message>
    <message>
        <source>Issue and sign</source>
        <translation></translation>
    </message>
    <message>
        <source>Letter %1 was issued.</source>
        <translation></translation>
    </message>
    <message>
        <source>Save the letter as PDF</source>
        <translation></translation>
    </message>
    <message>
        <source>Letter %1 was saved as %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>Letter %1 was sent to %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>No letters were issued today.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Print %n letter(s) issued today.</source>
        <translation>
            <numerusform>Print %n letter issued today.</numerusform>
            <numerusform>Print %n letters issued today.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save today&apos;s letters into</source>
        <translation></translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 letters.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) printed.</source>
        <translation>
            <numerusform>%n letter printed.</numerusform>
            <numerusform>%n letters printed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) saved.</source>
        <translation>
            <numerusform>%n letter saved.</numerusform>
            <numerusform>%n letters saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportOptionsDialog</name>
    <message>
        <source>Report &amp;language:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation></translation>
    </message>
    <message>
        <source>PDF (pages to print or send)</source>
        <translation></translation>
    </message>
    <message>
        <source>Excel workbook (a sheet per table, with charts)</source>
        <translation></translation>
    </message>
    <message>
        <source>Figures:</source>
        <translation></translation>
    </message>
    <message>
        <source>Small counts withheld as “&lt;5” (for HQ, donors, anyone outside the branch)</source>
        <translation></translation>
    </message>
    <message>
        <source>Exact figures (stays in the branch; recorded in the audit trail)</source>
        <translation></translation>
    </message>
    <message>
        <source>Exact small counts can point to the very people counted. Do not send this report outside the branch.</source>
        <translation></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>&amp;Period:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Staff member:</source>
        <translation></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation></translation>
    </message>
    <message>
        <source>Service &amp;given:</source>
        <translation></translation>
    </message>
    <message>
        <source>Any service</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Referred to:</source>
        <translation></translation>
    </message>
    <message>
        <source>Report preview…</source>
        <translation></translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation></translation>
    </message>
    <message>
        <source>Print report…</source>
        <translation></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation></translation>
    </message>
    <message>
        <source>Totals</source>
        <translation></translation>
    </message>
    <message>
        <source>Overdue referrals now</source>
        <translation></translation>
    </message>
    <message>
        <source>Show the overdue referrals</source>
        <translation></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation></translation>
    </message>
    <message>
        <source>This period</source>
        <translation></translation>
    </message>
    <message>
        <source>New</source>
        <translation></translation>
    </message>
    <message>
        <source>Returning</source>
        <translation></translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation></translation>
    </message>
    <message>
        <source>Change</source>
        <translation></translation>
    </message>
    <message>
        <source>A year before</source>
        <translation></translation>
    </message>
    <message>
        <source>%1. Compared with %2.</source>
        <translation></translation>
    </message>
    <message>
        <source> and </source>
        <translation></translation>
    </message>
    <message>
        <source>This period has not begun yet: its figures are zeros.</source>
        <translation></translation>
    </message>
    <message>
        <source>The branch has no visits or referrals yet.</source>
        <translation></translation>
    </message>
    <message>
        <source>The branch&apos;s records begin on %1, after this period.</source>
        <translation></translation>
    </message>
    <message>
        <source>Median days to completion</source>
        <translation></translation>
    </message>
    <message>
        <source>Open places on shifts</source>
        <translation></translation>
    </message>
    <message>
        <source>Migrants who became volunteers</source>
        <translation></translation>
    </message>
    <message>
        <source>Referrals issued or accepted whose due date has passed, today.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1, month by month</source>
        <translation></translation>
    </message>
    <message>
        <source>Month</source>
        <translation></translation>
    </message>
    <message>
        <source>Category</source>
        <translation></translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation></translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation></translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation></translation>
    </message>
    <message>
        <source>The report of %1, with the filters chosen on this screen.</source>
        <translation></translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The report was saved as %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>The report was sent to %1.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Set a new password</source>
        <translation></translation>
    </message>
    <message>
        <source>A new password for %1 (%2). Their old password stops working.</source>
        <translation></translation>
    </message>
    <message>
        <source>A new password for %1 (%2). This also enables the disabled account again.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation></translation>
    </message>
    <message>
        <source>Set password</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation></translation>
    </message>
    <message>
        <source>Saving the password…</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation></translation>
    </message>
    <message>
        <source>The branch&apos;s records will be those of the backup made %1 (%2). Everything saved since then is replaced; it is first kept aside as a backup of its own, which you can restore again.

Staff accounts, the audit trail and what was sent to HQ stay as they are. Afterwards everyone logs in again.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
    <message>
        <source>Your &amp;password:</source>
        <translation></translation>
    </message>
    <message>
        <source>Only if Qamqor says that the backup is older than your key: the account of someone who had one when it was made.</source>
        <translation></translation>
    </message>
    <message>
        <source>Their &amp;user name:</source>
        <translation></translation>
    </message>
    <message>
        <source>Their pass&amp;word:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation></translation>
    </message>
    <message>
        <source>Type your password to restore a backup.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>This record was anonymised on %1: it is kept for the statistics only and cannot be changed.</source>
        <translation></translation>
    </message>
    <message>
        <source>The retention period must be between %1 and %2 months.</source>
        <extracomment>What anonymising changes, for the views: people (and other people&apos;s household lines), their visits&apos; notes, their referrals; not named one by one.</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Retention period over</source>
        <translation></translation>
    </message>
    <message>
        <source>At the person&apos;s request</source>
        <translation></translation>
    </message>
    <message>
        <source>Applied at headquarters</source>
        <translation></translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation></translation>
    </message>
    <message>
        <source>Hold placed by</source>
        <translation></translation>
    </message>
    <message>
        <source>On</source>
        <translation></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation></translation>
    </message>
    <message>
        <source>When</source>
        <translation></translation>
    </message>
    <message>
        <source>Why</source>
        <translation></translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation></translation>
    </message>
    <message>
        <source>People</source>
        <translation></translation>
    </message>
    <message>
        <source>Records changed</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <source>Retention of people&apos;s records</source>
        <translation></translation>
    </message>
    <message>
        <source>A person with no activity (no visit, no referral, no change to their record) for the retention period is anonymised once you confirm: their names, contacts, identity documents and notes are removed here and, with the next bundle, at headquarters. What the statistics count stays. Backups older than the period are deleted, so an anonymised person leaves every copy within that time. People under a legal hold are kept; a director places and releases holds.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Keep a record for</source>
        <translation></translation>
    </message>
    <message>
        <source>months after its last activity</source>
        <translation></translation>
    </message>
    <message>
        <source>Save</source>
        <translation></translation>
    </message>
    <message>
        <source>Due for anonymisation</source>
        <translation></translation>
    </message>
    <message>
        <source>Kept by a legal hold</source>
        <translation></translation>
    </message>
    <message>
        <source>Anonymised before</source>
        <translation></translation>
    </message>
    <message>
        <source>The purge log: what was anonymised and when, never whom.</source>
        <translation></translation>
    </message>
    <message>
        <source>Reading when each person&apos;s record was last used…</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) had no activity since before %1. Their registration numbers and dates are listed; the names stay in the case records.</source>
        <translation>
            <numerusform>%n person had no activity since before %1. Their registration number and dates are listed; the name stays in the case records.</numerusform>
            <numerusform>%n people had no activity since before %1. Their registration numbers and dates are listed; the names stay in the case records.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is due: everyone had some activity since %1.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n person(s)…</source>
        <translation>
            <numerusform>Anonymise %n person…</numerusform>
            <numerusform>Anonymise %n people…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept by a legal hold (%n)</source>
        <translation>
            <numerusform>Kept by a legal hold (%n)</numerusform>
            <numerusform>Kept by a legal hold (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Records are now kept %n month(s) after their last activity.</source>
        <translation>
            <numerusform>Records are now kept %n month after their last activity.</numerusform>
            <numerusform>Records are now kept %n months after their last activity.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymise these records?</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>The names, contacts, documents and notes of the %n person(s) listed will be removed for good, here and at headquarters with the next bundle. Anyone who came back since this list was made is left as they are. This cannot be undone.</source>
        <translation>
            <numerusform>The names, contacts, documents and notes of the %n person listed will be removed for good, here and at headquarters with the next bundle. If they came back since this list was made, they are left as they are. This cannot be undone.</numerusform>
            <numerusform>The names, contacts, documents and notes of the %n people listed will be removed for good, here and at headquarters with the next bundle. Anyone who came back since this list was made is left as they are. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation></translation>
    </message>
    <message>
        <source>Anonymising…</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) anonymised.</source>
        <translation>
            <numerusform>%n person anonymised.</numerusform>
            <numerusform>%n people anonymised.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rights</name>
    <message>
        <source>There is no visitor %1.</source>
        <extracomment>Audit actions that are a viewing of what a person&apos;s record restricts.</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Say why the record must be kept (a court case, an investigation).</source>
        <translation></translation>
    </message>
    <message>
        <source>This record was anonymised: there is nothing left to hold.</source>
        <translation></translation>
    </message>
    <message>
        <source>A legal hold already stands on this record.</source>
        <translation></translation>
    </message>
    <message>
        <source>No legal hold stands on this record.</source>
        <translation></translation>
    </message>
    <message>
        <source>Say why the record is erased (for example: the person asked on 12.03.2026).</source>
        <translation></translation>
    </message>
    <message>
        <source>This record was anonymised on %1 already.</source>
        <translation></translation>
    </message>
    <message>
        <source>A legal hold keeps this record whole: %1 (placed by %2 on %3). A director must release it before the record can be erased.</source>
        <translation></translation>
    </message>
    <message>
        <source>This person is also volunteer %1, whose record reads their name from this one. Ask the coordinator to remove the volunteer first.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Receptionist</source>
        <translation></translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation></translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation></translation>
    </message>
    <message>
        <source>Director</source>
        <translation></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <source>Hours by volunteer and month</source>
        <translation></translation>
    </message>
    <message>
        <source>Completed shifts</source>
        <translation></translation>
    </message>
    <message>
        <source>Total</source>
        <translation></translation>
    </message>
    <message>
        <source>not yet confirmed</source>
        <translation></translation>
    </message>
    <message>
        <source>declined</source>
        <translation></translation>
    </message>
    <message>
        <source>completed</source>
        <translation></translation>
    </message>
    <message>
        <source>did not come</source>
        <translation></translation>
    </message>
    <message>
        <source>Weekly roster</source>
        <translation></translation>
    </message>
    <message>
        <source>Daily sign-in sheet</source>
        <translation></translation>
    </message>
    <message>
        <source>Volunteer service record</source>
        <translation></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>%1 is this page&apos;s number, %2 the number of pages.</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Week %1</source>
        <extracomment>%1 is the ISO week, e.g. 2026-W48.</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Site</source>
        <translation></translation>
    </message>
    <message>
        <source>continued</source>
        <extracomment>Beside a site&apos;s name on the page its row runs over to.</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>No shifts planned this week.</source>
        <translation></translation>
    </message>
    <message>
        <source>No shifts planned on this day.</source>
        <translation></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation></translation>
    </message>
    <message>
        <source>places nobody fills yet: find a volunteer</source>
        <translation></translation>
    </message>
    <message>
        <source>how many volunteers with this skill or language the shift needs</source>
        <translation></translation>
    </message>
    <message>
        <source>volunteer assigned who has not confirmed yet</source>
        <translation></translation>
    </message>
    <message>
        <source>volunteers who declined or did not come leave the place open</source>
        <translation></translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <extracomment>%1 is a date.</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>No.</source>
        <translation></translation>
    </message>
    <message>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation></translation>
    </message>
    <message>
        <source>Time in</source>
        <translation></translation>
    </message>
    <message>
        <source>Time out</source>
        <translation></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation></translation>
    </message>
    <message>
        <source>Volunteers who came without being planned: write them in the empty rows.</source>
        <translation></translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation></translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation></translation>
    </message>
    <message>
        <source>Period</source>
        <translation></translation>
    </message>
    <message>
        <source>Date</source>
        <translation></translation>
    </message>
    <message>
        <source>Task</source>
        <translation></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation></translation>
    </message>
    <message>
        <source>Total hours</source>
        <translation></translation>
    </message>
    <message>
        <source>No completed shifts in this period.</source>
        <translation></translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation></translation>
    </message>
    <message>
        <source>Training</source>
        <translation></translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 gave volunteer service to %2 in the period shown and completed the shifts listed below.</source>
        <extracomment>%1 is the volunteer&apos;s name, %2 the branch&apos;s.</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Director</source>
        <translation></translation>
    </message>
    <message>
        <source>Stamp</source>
        <translation></translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) open</source>
        <translation>
            <numerusform>%n place open</numerusform>
            <numerusform>%n places open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shift(s)</source>
        <translation>
            <numerusform>%n shift</numerusform>
            <numerusform>%n shifts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The idle lock must be between 1 and 60 minutes.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Interface language</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation></translation>
    </message>
    <message>
        <source>Applies at once and is remembered on this computer.</source>
        <translation></translation>
    </message>
    <message>
        <source>Lock when idle</source>
        <translation></translation>
    </message>
    <message>
        <source>Lock after (&amp;minutes):</source>
        <translation></translation>
    </message>
    <message>
        <source>Save</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>The window locks after %n minute(s) without use, and at once with Ctrl+L.</source>
        <translation>
            <numerusform>The window locks after %n minute without use, and at once with Ctrl+L.</numerusform>
            <numerusform>The window locks after %n minutes without use, and at once with Ctrl+L.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your password</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation></translation>
    </message>
    <message>
        <source>Data</source>
        <translation></translation>
    </message>
    <message>
        <source>This branch&apos;s files (encrypted database, key file, backups) and this computer&apos;s settings are kept in:</source>
        <translation></translation>
    </message>
    <message>
        <source>The records themselves are on the database server %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation></translation>
    </message>
    <message>
        <source>The two new passwords differ. Type the same password twice.</source>
        <translation></translation>
    </message>
    <message>
        <source>Your password was changed. Use the new one from now on.</source>
        <translation></translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>SharingConsentDialog</name>
    <message>
        <source>Consent to share details</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>SharingConsentPanel</name>
    <message>
        <source>Person %1 has not been asked whether their details may be shared with services on referral. A referral needs their consent.</source>
        <translation></translation>
    </message>
    <message>
        <source>Person %1 withdrew their consent to share their details with services on referral on %2 (recorded by %3). A referral needs it: ask them again.</source>
        <translation></translation>
    </message>
    <message>
        <source>Person %1 agreed to share their details on referral.</source>
        <translation></translation>
    </message>
    <message>
        <source>Read this to the person (wording version %1):</source>
        <translation></translation>
    </message>
    <message>
        <source>The person &amp;agrees</source>
        <translation></translation>
    </message>
    <message>
        <source>The person does &amp;not agree</source>
        <translation></translation>
    </message>
    <message>
        <source>Their consent is recorded.</source>
        <translation></translation>
    </message>
    <message>
        <source>Their answer is recorded: no referral can be made without it.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ShiftChooser</name>
    <message>
        <source>New shift here…</source>
        <translation></translation>
    </message>
    <message>
        <source>Open</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <source>New shift</source>
        <translation></translation>
    </message>
    <message>
        <source>Shift — %1, %2, %3</source>
        <translation></translation>
    </message>
    <message>
        <source>Shift</source>
        <translation></translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation></translation>
    </message>
    <message>
        <source>Save the shift first.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation></translation>
    </message>
    <message>
        <source>Tit&amp;le:</source>
        <translation></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation></translation>
    </message>
    <message>
        <source>e.g. Registration desk, morning</source>
        <translation></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation></translation>
    </message>
    <message>
        <source>Who the shift needs: anyone, a skill or certificate, or someone who speaks a language; and how many of each.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Add a need</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;People on this shift:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Confirmed</source>
        <translation></translation>
    </message>
    <message>
        <source>D&amp;eclined</source>
        <translation></translation>
    </message>
    <message>
        <source>Co&amp;mpleted</source>
        <translation></translation>
    </message>
    <message>
        <source>Did &amp;not come</source>
        <translation></translation>
    </message>
    <message>
        <source>Check &amp;in</source>
        <translation></translation>
    </message>
    <message>
        <source>Check &amp;out</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Hours…</source>
        <translation></translation>
    </message>
    <message>
        <source>Assign a volunteer</source>
        <translation></translation>
    </message>
    <message>
        <source>Find any active volunteer: name, number or phone</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation></translation>
    </message>
    <message>
        <source>Save</source>
        <translation></translation>
    </message>
    <message>
        <source>Close</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose the site. Sites are added with “Sites…” on the week plan.</source>
        <translation></translation>
    </message>
    <message>
        <source>The shift must end at another time than it starts.</source>
        <translation></translation>
    </message>
    <message>
        <source>Add at least one need: how many volunteers the shift needs.</source>
        <translation></translation>
    </message>
    <message>
        <source>The same need is there twice: put it once, with the total number.</source>
        <translation></translation>
    </message>
    <message>
        <source>ends the next day</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 of %2 volunteers</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) not filled</source>
        <translation>
            <numerusform>%n place not filled</numerusform>
            <numerusform>%n places not filled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) open</source>
        <translation>
            <numerusform>%n place open</numerusform>
            <numerusform>%n places open</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation></translation>
    </message>
    <message>
        <source>night shift</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is now “%2”.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 checked in at %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 checked out at %2: %3 h.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 h credited to %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>Active volunteers matching “%1”:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Suggested for the open places (best first):</source>
        <translation></translation>
    </message>
    <message>
        <source>The shift is full. &amp;Suggested all the same:</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is on the shift.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ShiftMessages</name>
    <message>
        <source>Hello, %1! Your coming Red Crescent shifts:</source>
        <translation></translation>
    </message>
    <message>
        <source>Hello, %1! You have no Red Crescent shifts planned for now.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 %2, %3–%4, %5</source>
        <translation></translation>
    </message>
    <message>
        <source>If you cannot come, please tell the coordinator.</source>
        <translation></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ShiftRules</name>
    <message>
        <source>Volunteer not active</source>
        <extracomment>proficiencies good enough to work in a language (a language need, language cover) every rule by its code, with a label for lists and the audit view</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Already on this shift</source>
        <translation></translation>
    </message>
    <message>
        <source>Shift already full</source>
        <translation></translation>
    </message>
    <message>
        <source>Overlapping shifts</source>
        <translation></translation>
    </message>
    <message>
        <source>Too little rest between shifts</source>
        <translation></translation>
    </message>
    <message>
        <source>Too many hours in a day</source>
        <translation></translation>
    </message>
    <message>
        <source>Too many hours in a week</source>
        <translation></translation>
    </message>
    <message>
        <source>Outside the volunteer&apos;s availability</source>
        <translation></translation>
    </message>
    <message>
        <source>On a date the volunteer cannot come</source>
        <translation></translation>
    </message>
    <message>
        <source>Required training missing or expired</source>
        <translation></translation>
    </message>
    <message>
        <source>Under 18 on a night shift</source>
        <translation></translation>
    </message>
    <message>
        <source>Under 18 with no adult on the shift</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is not active at the moment (paused or left).</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is already on this shift.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is already on another shift at that time (%2).</source>
        <translation></translation>
    </message>
    <message>
        <source>Less than %1 hours&apos; rest between this shift and the one of %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>More than %1 hours on %2: %3 hours with this shift.</source>
        <translation></translation>
    </message>
    <message>
        <source>More than %1 hours in the week of %2: %3 hours with this shift.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is not available at this time on %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 has marked %2 as a day they cannot come.</source>
        <translation></translation>
    </message>
    <message>
        <source>This shift needs %1; the certificate of %2 expired on %3.</source>
        <translation></translation>
    </message>
    <message>
        <source>This shift needs %1, and %2 has no valid certificate for it.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is under 18 and this is a night shift.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is under 18 and no adult is on this shift yet.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>This shift already has the %n volunteer(s) it needs.</source>
        <translation>
            <numerusform>This shift already has the %n volunteer it needs.</numerusform>
            <numerusform>This shift already has the %n volunteers it needs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShiftTextDialog</name>
    <message>
        <source>Shifts of %1 as text</source>
        <translation></translation>
    </message>
    <message>
        <source>The coming two weeks&apos; shifts, ready to paste into an SMS or a messenger. Choose the language the volunteer reads.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Language of the text:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation></translation>
    </message>
    <message>
        <source>Close</source>
        <translation></translation>
    </message>
    <message>
        <source>Copied. Paste it into the message to the volunteer.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Shifts</name>
    <message>
        <source>Assigned</source>
        <translation></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation></translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation></translation>
    </message>
    <message>
        <source>A shift needs at least one volunteer.</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown need %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Each need is for 1 to 99 volunteers.</source>
        <translation></translation>
    </message>
    <message>
        <source>Hours a day: 1 to 24; a week: 1 to 168; rest: 0 to 24.</source>
        <translation></translation>
    </message>
    <message>
        <source>Give the site a name.</source>
        <translation></translation>
    </message>
    <message>
        <source>This site no longer exists.</source>
        <translation></translation>
    </message>
    <message>
        <source>A shift must end after it starts.</source>
        <translation></translation>
    </message>
    <message>
        <source>A shift cannot be longer than %1 hours.</source>
        <translation></translation>
    </message>
    <message>
        <source>This shift no longer exists.</source>
        <translation></translation>
    </message>
    <message>
        <source>Someone else changed this shift meanwhile. Open it again.</source>
        <translation></translation>
    </message>
    <message>
        <source>Volunteers have completed this shift; it stays for their hours.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose a day of the week.</source>
        <translation></translation>
    </message>
    <message>
        <source>This weekly shift no longer exists.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose a period of at most a year.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancelled: no shift was made from the templates.</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no such week.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose another week to copy to.</source>
        <translation></translation>
    </message>
    <message>
        <source>This volunteer&apos;s record no longer exists.</source>
        <translation></translation>
    </message>
    <message>
        <source>This assignment no longer exists.</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown status %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>An assignment that is “%1” cannot become “%2”.</source>
        <translation></translation>
    </message>
    <message>
        <source>This shift starts at %1: it cannot be “%2” before it has started.</source>
        <translation></translation>
    </message>
    <message>
        <source>An assignment that is “%1” cannot be checked in.</source>
        <translation></translation>
    </message>
    <message>
        <source>Already checked in at %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Check the volunteer in first.</source>
        <translation></translation>
    </message>
    <message>
        <source>Check-out cannot be before check-in.</source>
        <translation></translation>
    </message>
    <message>
        <source>Hours must be between 0 and %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Say why the hours are set by hand.</source>
        <translation></translation>
    </message>
    <message>
        <source>A declined assignment has no hours.</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown language %1.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <source>Edit site</source>
        <translation></translation>
    </message>
    <message>
        <source>Add a site</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation></translation>
    </message>
    <message>
        <source>In use: offer it for new shifts</source>
        <translation></translation>
    </message>
    <message>
        <source>Save</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>SiteTableModel</name>
    <message>
        <source>yes</source>
        <translation></translation>
    </message>
    <message>
        <source>no</source>
        <translation></translation>
    </message>
    <message>
        <source>Site</source>
        <translation></translation>
    </message>
    <message>
        <source>Address</source>
        <translation></translation>
    </message>
    <message>
        <source>In use</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>SitesDialog</name>
    <message>
        <source>Sites</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Add site…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation></translation>
    </message>
    <message>
        <source>Close</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 was saved.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>Disabled</source>
        <translation></translation>
    </message>
    <message>
        <source>Active</source>
        <translation></translation>
    </message>
    <message>
        <source>Holds the key</source>
        <translation></translation>
    </message>
    <message>
        <source>Waiting for the key</source>
        <translation></translation>
    </message>
    <message>
        <source>A director or caseworker who holds the key to restricted health information gives it on their Settings page. The administrator cannot.</source>
        <translation></translation>
    </message>
    <message>
        <source>User name</source>
        <translation></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation></translation>
    </message>
    <message>
        <source>Role</source>
        <translation></translation>
    </message>
    <message>
        <source>State</source>
        <translation></translation>
    </message>
    <message>
        <source>Health information</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Add a user…</source>
        <translation></translation>
    </message>
    <message>
        <source>Set a new password…</source>
        <translation></translation>
    </message>
    <message>
        <source>Also enables a disabled account again.</source>
        <translation></translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation></translation>
    </message>
    <message>
        <source>Disable…</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n active user(s)</source>
        <translation>
            <numerusform>%n active user</numerusform>
            <numerusform>%n active users</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 can now log in as %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation></translation>
    </message>
    <message>
        <source>Disable %1?</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (%2) will no longer be able to log in.

Qamqor then gives the database a new key: copies of the database made from now on cannot be opened with their password. You can enable the account again later by setting a new password.</source>
        <translation></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 was disabled; the database has a new key.</source>
        <translation></translation>
    </message>
    <message>
        <source>Nobody at the branch holds the key to restricted health information any more: only HQ&apos;s escrow key does. Ask HQ to give it to the new director (qamqor users grant-health).</source>
        <translation></translation>
    </message>
    <message>
        <source>Disabling %1 and giving the database a new key…</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>Figures across branches</source>
        <translation></translation>
    </message>
    <message>
        <source>Totals</source>
        <translation></translation>
    </message>
    <message>
        <source>All branches</source>
        <translation></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation></translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Counts from 1 to 4 are withheld and shown as “&lt;5”.</source>
        <translation></translation>
    </message>
    <message>
        <source>Exact figures: small counts are not withheld. Do not send this report outside headquarters.</source>
        <translation></translation>
    </message>
    <message>
        <source>How the figures are counted</source>
        <translation></translation>
    </message>
    <message>
        <source>Countries, statuses, needs and services are named by their codes, as in every branch&apos;s CSV report.</source>
        <translation></translation>
    </message>
    <message>
        <source>The period ends (%2) before it starts (%1).</source>
        <extracomment>referral statuses a made (issued) referral can have now</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>There is no period %1: write a month like 2026-11, a quarter like 2026-Q4 or a year like 2026.</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown service %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown service category %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Age bands need at least two ages, each older than the one before, from 0 to 120.</source>
        <translation></translation>
    </message>
    <message>
        <source>People reached</source>
        <translation></translation>
    </message>
    <message>
        <source>New people</source>
        <translation></translation>
    </message>
    <message>
        <source>Returning people</source>
        <translation></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation></translation>
    </message>
    <message>
        <source>Referrals made</source>
        <translation></translation>
    </message>
    <message>
        <source>Referrals completed</source>
        <translation></translation>
    </message>
    <message>
        <source>Active volunteers (8 hours or more)</source>
        <translation></translation>
    </message>
    <message>
        <source>Volunteer hours</source>
        <translation></translation>
    </message>
    <message>
        <source>Total</source>
        <translation></translation>
    </message>
    <message>
        <source>By sex</source>
        <translation></translation>
    </message>
    <message>
        <source>By age</source>
        <translation></translation>
    </message>
    <message>
        <source>By age (FDRS bands)</source>
        <translation></translation>
    </message>
    <message>
        <source>By citizenship</source>
        <translation></translation>
    </message>
    <message>
        <source>By migration status</source>
        <translation></translation>
    </message>
    <message>
        <source>By need</source>
        <translation></translation>
    </message>
    <message>
        <source>By service</source>
        <translation></translation>
    </message>
    <message>
        <source>By status</source>
        <translation></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation></translation>
    </message>
    <message>
        <source>Female</source>
        <translation></translation>
    </message>
    <message>
        <source>Male</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;5</source>
        <translation></translation>
    </message>
    <message>
        <source>This period</source>
        <translation></translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation></translation>
    </message>
    <message>
        <source>A year before</source>
        <translation></translation>
    </message>
    <message>
        <source>By month</source>
        <translation></translation>
    </message>
    <message>
        <source>People by sex</source>
        <translation></translation>
    </message>
    <message>
        <source>People by age</source>
        <translation></translation>
    </message>
    <message>
        <source>People by citizenship</source>
        <translation></translation>
    </message>
    <message>
        <source>People by status</source>
        <translation></translation>
    </message>
    <message>
        <source>People by service</source>
        <translation></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation></translation>
    </message>
    <message>
        <source>Referrals by service</source>
        <translation></translation>
    </message>
    <message>
        <source>Referrals by status</source>
        <translation></translation>
    </message>
    <message>
        <source>Completed by service</source>
        <translation></translation>
    </message>
    <message>
        <source>Volunteers by sex</source>
        <translation></translation>
    </message>
    <message>
        <source>Volunteers by age</source>
        <translation></translation>
    </message>
    <message>
        <source>Hours by sex</source>
        <translation></translation>
    </message>
    <message>
        <source>Hours by age</source>
        <translation></translation>
    </message>
    <message>
        <source>A person is reached in a period when at least one of their visits falls on a day of the period; each person is counted once, however often they came.</source>
        <extracomment>&quot;How figures are counted&quot;: the report&apos;s note, a paragraph each (services/statistics.py says the same).</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>A person reached is new when they had never visited the branch before the period, and returning when they had.</source>
        <translation></translation>
    </message>
    <message>
        <source>Ages are on the last day of the period, from the date of birth or, where only an estimated year of birth is known, from that year.</source>
        <translation></translation>
    </message>
    <message>
        <source>A visit may bring several needs, and a person may be given several services: those figures do not add up to the total.</source>
        <translation></translation>
    </message>
    <message>
        <source>A referral is made when its letter is issued; it is completed in the period in which it was marked completed, whenever it was made. Statuses are as they stand today.</source>
        <translation></translation>
    </message>
    <message>
        <source>A volunteer is active with 8 hours or more on completed shifts in the period; hours count every volunteer&apos;s time.</source>
        <translation></translation>
    </message>
    <message>
        <source>“&lt;5” marks a figure withheld to protect the people counted: a count from 1 to 4, or another figure withheld so that such a count cannot be worked out from the totals.</source>
        <translation></translation>
    </message>
    <message>
        <source>Exact figures: small counts are not withheld. Do not send this report outside the branch.</source>
        <extracomment>bars that add up over the months of a period (people do not: one person, many months)</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Visits and needs</source>
        <translation></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation></translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation></translation>
    </message>
    <message>
        <source>Branch figures</source>
        <translation></translation>
    </message>
    <message>
        <source>Staff member: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Service given: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Referred to: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Month</source>
        <translation></translation>
    </message>
    <message>
        <source>Category</source>
        <translation></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Median days to completion</source>
        <translation></translation>
    </message>
    <message>
        <source>Open places on shifts</source>
        <translation></translation>
    </message>
    <message>
        <source>Migrants who became volunteers</source>
        <translation></translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown language %1: use kk, ru or en.</source>
        <extracomment>None when it is the previous period (a year&apos;s previous period is the year before)</extracomment>
        <translation></translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation></translation>
    </message>
    <message>
        <source>Your key was removed from this branch&apos;s key file (the account was disabled or its password reset). Log in again.</source>
        <translation></translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation></translation>
    </message>
    <message>
        <source>Too many wrong passwords. This account is locked until %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>The disk is full: %1 was not written. Free some space and try again.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>The key file of this branch is missing. Restore it from a backup.</source>
        <translation></translation>
    </message>
    <message>
        <source>The key file of this branch is damaged. Restore it from a backup.</source>
        <translation></translation>
    </message>
    <message>
        <source>The key file was made by a newer Qamqor. Install the newer version.</source>
        <translation></translation>
    </message>
    <message>
        <source>The key file changed while you were working. Log in again and repeat.</source>
        <translation></translation>
    </message>
    <message>
        <source>This branch has no escrow key.</source>
        <translation></translation>
    </message>
    <message>
        <source>This escrow key does not open this branch.</source>
        <translation></translation>
    </message>
    <message>
        <source>This database was updated by a newer version of Qamqor (schema %1). Install the newer version; nothing was changed.</source>
        <translation></translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation></translation>
    </message>
    <message>
        <source>Another Qamqor program has been writing to this branch for more than %1 seconds, so nothing was saved. Try again when it has finished.</source>
        <translation></translation>
    </message>
    <message>
        <source>The database file cannot be read: it is damaged. Restore it from a backup.</source>
        <translation></translation>
    </message>
    <message>
        <source>A branch already exists in %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>The database file is missing from %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>The database does not open with this branch&apos;s key: the file is damaged or belongs to another key file. Restore both from a backup.</source>
        <translation></translation>
    </message>
    <message>
        <source>Could not copy the database aside before updating it: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot reach the database server: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The record of wrong passwords beside the key file was removed or damaged, so every account of this branch waits until %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Another Qamqor program has kept %1 busy for more than %2 seconds. Try again in a moment.</source>
        <translation></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Qamqor is already open for this branch on this computer (program %1). Switch to that window: a branch&apos;s folder can be open in one window at a time.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>SubjectAccess</name>
    <message>
        <source>Everything held about a person</source>
        <translation></translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>%1 is this page&apos;s number, %2 the number of pages.</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>This is everything the %1 branch holds about the person below in Qamqor on %2, given to them at their request. Made by %3.</source>
        <extracomment>%1 the branch&apos;s name, %2 a date, %3 the director&apos;s name.</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Personal details</source>
        <translation></translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation></translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation></translation>
    </message>
    <message>
        <source>Latin spelling</source>
        <translation></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation></translation>
    </message>
    <message>
        <source>Born</source>
        <translation></translation>
    </message>
    <message>
        <source>about %1</source>
        <extracomment>An estimated year of birth; %1 is the year.</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation></translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation></translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation></translation>
    </message>
    <message>
        <source>Migration status</source>
        <translation></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation></translation>
    </message>
    <message>
        <source>Address</source>
        <translation></translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation></translation>
    </message>
    <message>
        <source>Also registered as</source>
        <translation></translation>
    </message>
    <message>
        <source>Anonymised on</source>
        <translation></translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation></translation>
    </message>
    <message>
        <source>placed by %1 on %2: %3</source>
        <extracomment>%1 who placed the hold, %2 when, %3 why.</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation></translation>
    </message>
    <message>
        <source>Language</source>
        <translation></translation>
    </message>
    <message>
        <source>How well</source>
        <translation></translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation></translation>
    </message>
    <message>
        <source>yes</source>
        <translation></translation>
    </message>
    <message>
        <source>no</source>
        <translation></translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation></translation>
    </message>
    <message>
        <source>Document</source>
        <translation></translation>
    </message>
    <message>
        <source>Number</source>
        <translation></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation></translation>
    </message>
    <message>
        <source>Household</source>
        <translation></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation></translation>
    </message>
    <message>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation></translation>
    </message>
    <message>
        <source>given</source>
        <translation></translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation></translation>
    </message>
    <message>
        <source>Date</source>
        <translation></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation></translation>
    </message>
    <message>
        <source>Restricted health information</source>
        <translation></translation>
    </message>
    <message>
        <source>What</source>
        <translation></translation>
    </message>
    <message>
        <source>Note</source>
        <translation></translation>
    </message>
    <message>
        <source>Now</source>
        <translation></translation>
    </message>
    <message>
        <source>current</source>
        <translation></translation>
    </message>
    <message>
        <source>no longer</source>
        <translation></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation></translation>
    </message>
    <message>
        <source>When</source>
        <translation></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation></translation>
    </message>
    <message>
        <source>Services given</source>
        <translation></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation></translation>
    </message>
    <message>
        <source>Made on</source>
        <translation></translation>
    </message>
    <message>
        <source>Service</source>
        <translation></translation>
    </message>
    <message>
        <source>To</source>
        <translation></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation></translation>
    </message>
    <message>
        <source>Status</source>
        <translation></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation></translation>
    </message>
    <message>
        <source>Shared with the service</source>
        <translation></translation>
    </message>
    <message>
        <source>What happened to each referral</source>
        <translation></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation></translation>
    </message>
    <message>
        <source>By</source>
        <translation></translation>
    </message>
    <message>
        <source>Referral letters issued</source>
        <translation></translation>
    </message>
    <message>
        <source>Letter number</source>
        <translation></translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation></translation>
    </message>
    <message>
        <source>Printed or saved</source>
        <translation></translation>
    </message>
    <message>
        <source>Who saw restricted information, and when</source>
        <translation></translation>
    </message>
    <message>
        <source>Every time a staff member opened the restricted health information, looked the person up for the volunteer register, or printed or saved a copy of this record.</source>
        <translation></translation>
    </message>
    <message>
        <source>Who</source>
        <translation></translation>
    </message>
    <message>
        <source>opened the restricted health information</source>
        <translation></translation>
    </message>
    <message>
        <source>made this record of everything held</source>
        <translation></translation>
    </message>
    <message>
        <source>printed the record of everything held</source>
        <translation></translation>
    </message>
    <message>
        <source>saved the record of everything held to a file</source>
        <translation></translation>
    </message>
    <message>
        <source>looked the person up for the volunteer register</source>
        <translation></translation>
    </message>
    <message>
        <source>Changes to the record</source>
        <translation></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation></translation>
    </message>
    <message>
        <source>None.</source>
        <translation></translation>
    </message>
    <message>
        <source>Copies and how long they are kept</source>
        <translation></translation>
    </message>
    <message>
        <source>The branch sends its records to the national headquarters in encrypted bundles; headquarters holds the same record. The services named above received the referral letters listed, with only the details the person agreed to share.</source>
        <translation></translation>
    </message>
    <message>
        <source>A record is kept %1 months after the last thing done with it. Unless something is done with it before, this record will be anonymised after %2: names, contacts, documents and notes will be removed, here and at headquarters, and backups that still hold them are deleted within the same period.</source>
        <extracomment>%1 a number of months, %2 a date.</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>A legal hold keeps this record whole until a director releases it.</source>
        <translation></translation>
    </message>
    <message>
        <source>This record was anonymised: names, contacts, documents and notes were removed. What remains is counted in the branch&apos;s statistics and can name no one.</source>
        <translation></translation>
    </message>
    <message>
        <source>The person may ask for this record to be erased. A director does it at once, unless a legal hold stands.</source>
        <translation></translation>
    </message>
    <message>
        <source>personal details</source>
        <translation></translation>
    </message>
    <message>
        <source>identity document</source>
        <translation></translation>
    </message>
    <message>
        <source>language</source>
        <translation></translation>
    </message>
    <message>
        <source>household member</source>
        <translation></translation>
    </message>
    <message>
        <source>consent</source>
        <translation></translation>
    </message>
    <message>
        <source>restricted health information</source>
        <translation></translation>
    </message>
    <message>
        <source>visit</source>
        <translation></translation>
    </message>
    <message>
        <source>referral</source>
        <translation></translation>
    </message>
    <message>
        <source>referral status</source>
        <translation></translation>
    </message>
    <message>
        <source>legal hold</source>
        <translation></translation>
    </message>
    <message>
        <source>added</source>
        <translation></translation>
    </message>
    <message>
        <source>changed</source>
        <translation></translation>
    </message>
    <message>
        <source>removed</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayDesk</name>
    <message>
        <source>Check &amp;in (Ctrl+I)</source>
        <translation></translation>
    </message>
    <message>
        <source>Check &amp;out (Ctrl+Shift+I)</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Print today&apos;s sign-in sheet…</source>
        <translation></translation>
    </message>
    <message>
        <source>Check in</source>
        <translation></translation>
    </message>
    <message>
        <source>Check out</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter checks the chosen volunteer in, or out once they are in.</source>
        <translation></translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation></translation>
    </message>
    <message>
        <source>No shifts today.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n shift(s)</source>
        <translation>
            <numerusform>%n shift</numerusform>
            <numerusform>%n shifts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n volunteer(s) expected</source>
        <translation>
            <numerusform>%n volunteer expected</numerusform>
            <numerusform>%n volunteers expected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n here now</source>
        <translation>
            <numerusform>%n here now</numerusform>
            <numerusform>%n here now</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 checked in at %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 checked out at %2: %3 h.</source>
        <translation></translation>
    </message>
    <message>
        <source>Print today&apos;s sign-in sheet</source>
        <translation></translation>
    </message>
    <message>
        <source>The shifts of %1 with their volunteers, and room to sign in and out by hand.</source>
        <translation></translation>
    </message>
    <message>
        <source>Sign-in sheet %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The sign-in sheet was sent to the printer.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>TodayTableModel</name>
    <message>
        <source>nobody yet</source>
        <translation></translation>
    </message>
    <message>
        <source>on shift</source>
        <translation></translation>
    </message>
    <message>
        <source>Time</source>
        <translation></translation>
    </message>
    <message>
        <source>Site</source>
        <translation></translation>
    </message>
    <message>
        <source>Shift</source>
        <translation></translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation></translation>
    </message>
    <message>
        <source>Number</source>
        <translation></translation>
    </message>
    <message>
        <source>Status</source>
        <translation></translation>
    </message>
    <message>
        <source>In</source>
        <translation></translation>
    </message>
    <message>
        <source>Out</source>
        <translation></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Log a visit</source>
        <translation></translation>
    </message>
    <message>
        <source>Visit of %1 (%2), now.</source>
        <translation></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation></translation>
    </message>
    <message>
        <source>Services given</source>
        <translation></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation></translation>
    </message>
    <message>
        <source>Log visit</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>VisitorForm</name>
    <message>
        <source>Write the year with four digits, e.g. 1985.</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove this row</source>
        <translation></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Language</source>
        <translation></translation>
    </message>
    <message>
        <source>Proficiency</source>
        <translation></translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation></translation>
    </message>
    <message>
        <source>needed</source>
        <translation></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation></translation>
    </message>
    <message>
        <source>Add a language</source>
        <translation></translation>
    </message>
    <message>
        <source>No languages recorded.</source>
        <translation></translation>
    </message>
    <message>
        <source>Type</source>
        <translation></translation>
    </message>
    <message>
        <source>Number</source>
        <translation></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation></translation>
    </message>
    <message>
        <source>31.12.2030</source>
        <translation></translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation></translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation></translation>
    </message>
    <message>
        <source>No documents recorded.</source>
        <translation></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation></translation>
    </message>
    <message>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation></translation>
    </message>
    <message>
        <source>Household</source>
        <translation></translation>
    </message>
    <message>
        <source>Add a household member</source>
        <translation></translation>
    </message>
    <message>
        <source>No household members recorded.</source>
        <translation></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation></translation>
    </message>
    <message>
        <source>Tick what the person agreed to after it was explained to them.</source>
        <translation></translation>
    </message>
    <message>
        <source>Restricted health information</source>
        <translation></translation>
    </message>
    <message>
        <source>Seen only by caseworkers and directors; every viewing is recorded. Record only what the person needs help with.</source>
        <translation></translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation></translation>
    </message>
    <message>
        <source>Name as written</source>
        <translation></translation>
    </message>
    <message>
        <source>Latin spelling</source>
        <translation></translation>
    </message>
    <message>
        <source>Born</source>
        <translation></translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation></translation>
    </message>
    <message>
        <source>Same as typed</source>
        <translation></translation>
    </message>
    <message>
        <source>Not the same</source>
        <translation></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation></translation>
    </message>
    <message>
        <source>New visitor</source>
        <translation></translation>
    </message>
    <message>
        <source>Edit %1 (%2)</source>
        <translation></translation>
    </message>
    <message>
        <source>Only a name and the sex or the age are required; everything else can stay empty. Enter saves, Esc cancels.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Patronymic:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Latin spelling:</source>
        <translation></translation>
    </message>
    <message>
        <source>as the visitor writes it, in any script</source>
        <translation></translation>
    </message>
    <message>
        <source>as in the passport, e.g. ABDULLAEV RUSTAM</source>
        <translation></translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation></translation>
    </message>
    <message>
        <source>or estimated &amp;year of birth:</source>
        <translation></translation>
    </message>
    <message>
        <source>31.12.1990 or 1990-12-31</source>
        <translation></translation>
    </message>
    <message>
        <source>e.g. 1985</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Citizenship:</source>
        <translation></translation>
    </message>
    <message>
        <source>Country of &amp;origin:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Arrival date:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Migration status:</source>
        <translation></translation>
    </message>
    <message>
        <source>type to find a country</source>
        <translation></translation>
    </message>
    <message>
        <source>31.12.2025</source>
        <translation></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation></translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation></translation>
    </message>
    <message>
        <source>The person</source>
        <translation></translation>
    </message>
    <message>
        <source>Other details</source>
        <translation></translation>
    </message>
    <message>
        <source>+7 701 234 56 78</source>
        <translation></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation></translation>
    </message>
    <message>
        <source>Save</source>
        <translation></translation>
    </message>
    <message>
        <source>Register</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose a country from the list.</source>
        <translation></translation>
    </message>
    <message>
        <source>Checking whether this person is already registered…</source>
        <translation></translation>
    </message>
    <message>
        <source>Discard what was typed?</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing of this form has been saved. Close it and lose what was typed?</source>
        <translation></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>VisitorTable</name>
    <message>
        <source>Number</source>
        <translation></translation>
    </message>
    <message>
        <source>Name as written</source>
        <translation></translation>
    </message>
    <message>
        <source>Latin spelling</source>
        <translation></translation>
    </message>
    <message>
        <source>Born</source>
        <translation></translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation></translation>
    </message>
    <message>
        <source>Found by</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>VisitorText</name>
    <message>
        <source>≈ %1</source>
        <comment>an estimated year of birth</comment>
        <translation></translation>
    </message>
    <message>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation></translation>
    </message>
    <message>
        <source>Document</source>
        <translation></translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation></translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation></translation>
    </message>
    <message>
        <source>Latin spelling</source>
        <translation></translation>
    </message>
    <message>
        <source>Whole name (family, given, patronymic)</source>
        <translation></translation>
    </message>
    <message>
        <source>Document number</source>
        <translation></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation></translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation></translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation></translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation></translation>
    </message>
    <message>
        <source>Address</source>
        <translation></translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation></translation>
    </message>
    <message>
        <source>Migration status</source>
        <translation></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation></translation>
    </message>
    <message>
        <source>Merged into another record</source>
        <translation></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation></translation>
    </message>
    <message>
        <source>Moved from a merged record</source>
        <translation></translation>
    </message>
    <message>
        <source>Document type</source>
        <translation></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation></translation>
    </message>
    <message>
        <source>Language</source>
        <translation></translation>
    </message>
    <message>
        <source>Proficiency</source>
        <translation></translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation></translation>
    </message>
    <message>
        <source>Registered household member</source>
        <translation></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation></translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation></translation>
    </message>
    <message>
        <source>Date</source>
        <translation></translation>
    </message>
    <message>
        <source>Wording version</source>
        <translation></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation></translation>
    </message>
    <message>
        <source>Visit time</source>
        <translation></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation></translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation></translation>
    </message>
    <message>
        <source>Services</source>
        <translation></translation>
    </message>
    <message>
        <source>Personal details</source>
        <translation></translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation></translation>
    </message>
    <message>
        <source>Household member</source>
        <translation></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation></translation>
    </message>
    <message>
        <source>Restricted health information</source>
        <translation></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation></translation>
    </message>
    <message>
        <source>added</source>
        <translation></translation>
    </message>
    <message>
        <source>changed</source>
        <translation></translation>
    </message>
    <message>
        <source>removed</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a record type and what happened to it</comment>
        <translation></translation>
    </message>
</context>
<context>
    <name>Visitors</name>
    <message>
        <source>“%1” is not a date: write it as 31.12.1990 or 1990-12-31.</source>
        <translation></translation>
    </message>
    <message>
        <source>Give at least one name.</source>
        <translation></translation>
    </message>
    <message>
        <source>Sex is female, male or not given.</source>
        <translation></translation>
    </message>
    <message>
        <source>Give the sex or the age (a birth date or an estimated year of birth).</source>
        <translation></translation>
    </message>
    <message>
        <source>The birth date cannot be in the future or before 1900.</source>
        <translation></translation>
    </message>
    <message>
        <source>The year of birth must be between 1900 and %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>The arrival date cannot be in the future.</source>
        <translation></translation>
    </message>
    <message>
        <source>A phone number has 7 to 15 digits, e.g. +7 701 234 56 78.</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown country code %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown document type %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Document number “%1”: 4 to 20 letters and digits.</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown language %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>A household member needs a name and a relation.</source>
        <translation></translation>
    </message>
    <message>
        <source>Someone else changed this record meanwhile. Open it again to see their change.</source>
        <translation></translation>
    </message>
    <message>
        <source>This visitor&apos;s record no longer exists.</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown purpose of consent %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown need or service: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose two different records to merge.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>VisitorsPage</name>
    <message>
        <source>Find a visitor: name in any script, phone, document or registration number (Ctrl+F)</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;New visitor… (Ctrl+N)</source>
        <translation></translation>
    </message>
    <message>
        <source>Log &amp;visit… (Ctrl+Shift+V)</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Import a register…</source>
        <translation></translation>
    </message>
    <message>
        <source>Load the list</source>
        <translation></translation>
    </message>
    <message>
        <source>Find a visitor</source>
        <translation></translation>
    </message>
    <message>
        <source>New visitor</source>
        <translation></translation>
    </message>
    <message>
        <source>Log visit</source>
        <translation></translation>
    </message>
    <message>
        <source>Loading the visitor list for searching: %1 of %2…</source>
        <translation></translation>
    </message>
    <message>
        <source>Loading the visitor list for searching…</source>
        <translation></translation>
    </message>
    <message>
        <source>The visitor list was not loaded, so searching waits until it is.</source>
        <translation></translation>
    </message>
    <message>
        <source>The visitor list could not be loaded: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Still searching for “%1”. Choose the person when the list shows.</source>
        <translation></translation>
    </message>
    <message>
        <source>Type a name in any script (Cyrillic, Latin or Arabic), a phone number, a document number or a registration number. If the person is not found, register them with Ctrl+N.</source>
        <translation></translation>
    </message>
    <message>
        <source>The search runs as soon as the visitor list is loaded.</source>
        <translation></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n visitor(s) found</source>
        <translation>
            <numerusform>%n visitor found</numerusform>
            <numerusform>%n visitors found</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody matches “%1”. Try another spelling, the phone or a document number; or register a new visitor with Ctrl+N.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>The best %n matches</source>
        <translation>
            <numerusform>The best %n match</numerusform>
            <numerusform>The best %n matches</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter opens the selected person; the arrow keys choose another.</source>
        <translation></translation>
    </message>
    <message>
        <source>Registered as %1. Log today&apos;s visit with Ctrl+Shift+V.</source>
        <translation></translation>
    </message>
    <message>
        <source>Already registered as %1: this is that record. Log today&apos;s visit with Ctrl+Shift+V.</source>
        <translation></translation>
    </message>
    <message>
        <source>Find the visitor first, then choose them in the list.</source>
        <translation></translation>
    </message>
    <message>
        <source>Visit logged for %1 (%2).</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Vocab</name>
    <message>
        <source>Health</source>
        <translation></translation>
    </message>
    <message>
        <source>Legal aid</source>
        <translation></translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation></translation>
    </message>
    <message>
        <source>Family links</source>
        <translation></translation>
    </message>
    <message>
        <source>Psychosocial support</source>
        <translation></translation>
    </message>
    <message>
        <source>Food or cash</source>
        <translation></translation>
    </message>
    <message>
        <source>Employment</source>
        <translation></translation>
    </message>
    <message>
        <source>Other</source>
        <translation></translation>
    </message>
    <message>
        <source>Information and advice</source>
        <translation></translation>
    </message>
    <message>
        <source>Food parcel</source>
        <translation></translation>
    </message>
    <message>
        <source>Hygiene kit</source>
        <translation></translation>
    </message>
    <message>
        <source>Cash assistance</source>
        <translation></translation>
    </message>
    <message>
        <source>First aid</source>
        <translation></translation>
    </message>
    <message>
        <source>Psychosocial session</source>
        <translation></translation>
    </message>
    <message>
        <source>Phone call to family</source>
        <translation></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation></translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation></translation>
    </message>
    <message>
        <source>Passport</source>
        <translation></translation>
    </message>
    <message>
        <source>Identity card</source>
        <translation></translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation></translation>
    </message>
    <message>
        <source>Migration card</source>
        <translation></translation>
    </message>
    <message>
        <source>Work permit</source>
        <translation></translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <translation></translation>
    </message>
    <message>
        <source>Refugee certificate</source>
        <translation></translation>
    </message>
    <message>
        <source>Tazkira</source>
        <translation></translation>
    </message>
    <message>
        <source>Other document</source>
        <translation></translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation></translation>
    </message>
    <message>
        <source>Child</source>
        <translation></translation>
    </message>
    <message>
        <source>Parent</source>
        <translation></translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation></translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation></translation>
    </message>
    <message>
        <source>Keeping a record of the person</source>
        <translation></translation>
    </message>
    <message>
        <source>Sharing details with services on referral</source>
        <translation></translation>
    </message>
    <message>
        <source>Contact by phone</source>
        <translation></translation>
    </message>
    <message>
        <source>Anonymous statistics for headquarters</source>
        <translation></translation>
    </message>
    <message>
        <source>Labour migrant</source>
        <translation></translation>
    </message>
    <message>
        <source>Refugee</source>
        <translation></translation>
    </message>
    <message>
        <source>Asylum seeker</source>
        <translation></translation>
    </message>
    <message>
        <source>Stateless</source>
        <translation></translation>
    </message>
    <message>
        <source>Returning ethnic Kazakh (kandas)</source>
        <translation></translation>
    </message>
    <message>
        <source>Without valid status</source>
        <translation></translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation></translation>
    </message>
    <message>
        <source>Native</source>
        <translation></translation>
    </message>
    <message>
        <source>Good</source>
        <translation></translation>
    </message>
    <message>
        <source>Basic</source>
        <translation></translation>
    </message>
    <message>
        <source>None</source>
        <translation></translation>
    </message>
    <message>
        <source>Tuberculosis</source>
        <translation></translation>
    </message>
    <message>
        <source>HIV</source>
        <translation></translation>
    </message>
    <message>
        <source>Chronic illness</source>
        <translation></translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation></translation>
    </message>
    <message>
        <source>Disability</source>
        <translation></translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation></translation>
    </message>
    <message>
        <source>Other medical need</source>
        <translation></translation>
    </message>
    <message>
        <source>Female</source>
        <translation></translation>
    </message>
    <message>
        <source>Male</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>VolunteerForm</name>
    <message>
        <source>Monday</source>
        <translation></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation></translation>
    </message>
    <message>
        <source>Language</source>
        <translation></translation>
    </message>
    <message>
        <source>Proficiency</source>
        <translation></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation></translation>
    </message>
    <message>
        <source>Add a language</source>
        <translation></translation>
    </message>
    <message>
        <source>No languages recorded.</source>
        <translation></translation>
    </message>
    <message>
        <source>Training or certificate</source>
        <translation></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation></translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation></translation>
    </message>
    <message>
        <source>Expires soon</source>
        <translation></translation>
    </message>
    <message>
        <source>Trainings and certificates</source>
        <translation></translation>
    </message>
    <message>
        <source>Add a training</source>
        <translation></translation>
    </message>
    <message>
        <source>No trainings recorded.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose the training.</source>
        <translation></translation>
    </message>
    <message>
        <source>Day</source>
        <translation></translation>
    </message>
    <message>
        <source>From</source>
        <translation></translation>
    </message>
    <message>
        <source>To</source>
        <translation></translation>
    </message>
    <message>
        <source>00:00 means until midnight</source>
        <translation></translation>
    </message>
    <message>
        <source>Available every week</source>
        <translation></translation>
    </message>
    <message>
        <source>Add a time</source>
        <translation></translation>
    </message>
    <message>
        <source>No weekly times recorded.</source>
        <translation></translation>
    </message>
    <message>
        <source>Note</source>
        <translation></translation>
    </message>
    <message>
        <source>Not available on these dates</source>
        <translation></translation>
    </message>
    <message>
        <source>Add dates</source>
        <translation></translation>
    </message>
    <message>
        <source>No dates recorded.</source>
        <translation></translation>
    </message>
    <message>
        <source>New volunteer</source>
        <translation></translation>
    </message>
    <message>
        <source>Volunteer %1 (%2)</source>
        <translation></translation>
    </message>
    <message>
        <source>You may read this record; only the coordinator changes it. Esc closes.</source>
        <translation></translation>
    </message>
    <message>
        <source>A name and the volunteer&apos;s consent are required; everything else can stay empty. Enter saves, Esc cancels.</source>
        <translation></translation>
    </message>
    <message>
        <source>Only a name is required. Enter saves, Esc cancels.</source>
        <translation></translation>
    </message>
    <message>
        <source>Former visitor</source>
        <translation></translation>
    </message>
    <message>
        <source>e.g. KZ-ALA-2026-000123</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Link visitor</source>
        <translation></translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation></translation>
    </message>
    <message>
        <source>Name and contact</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Latin spelling:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Emergency contact:</source>
        <translation></translation>
    </message>
    <message>
        <source>Emergency &amp;phone:</source>
        <translation></translation>
    </message>
    <message>
        <source>as in the passport, e.g. IVANOVA ANNA</source>
        <translation></translation>
    </message>
    <message>
        <source>31.12.1990 or 1990-12-31</source>
        <translation></translation>
    </message>
    <message>
        <source>If the volunteer came to the branch as a visitor, type the registration number and the birth date from their card. Their name, birth date and phone are then taken from that record; nothing else of it is shown.</source>
        <translation></translation>
    </message>
    <message>
        <source>Bo&amp;rn:</source>
        <translation></translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation></translation>
    </message>
    <message>
        <source>+7 701 234 56 78</source>
        <translation></translation>
    </message>
    <message>
        <source>who to call, e.g. a parent</source>
        <translation></translation>
    </message>
    <message>
        <source>Status and consent</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation></translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation></translation>
    </message>
    <message>
        <source>Consent &amp;date:</source>
        <translation></translation>
    </message>
    <message>
        <source>The volunteer agreed that the branch keeps this record</source>
        <translation></translation>
    </message>
    <message>
        <source>today, if left empty</source>
        <translation></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation></translation>
    </message>
    <message>
        <source>Space ticks or unticks the skill chosen</source>
        <translation></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation></translation>
    </message>
    <message>
        <source>Register</source>
        <translation></translation>
    </message>
    <message>
        <source>Save</source>
        <translation></translation>
    </message>
    <message>
        <source>Close</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation></translation>
    </message>
    <message>
        <source>Type the registration number from the visitor&apos;s card.</source>
        <translation></translation>
    </message>
    <message>
        <source>Type the birth date from the visitor&apos;s card too.</source>
        <translation></translation>
    </message>
    <message>
        <source>Linked to visitor %1: name, birth date and phone come from that record.</source>
        <translation></translation>
    </message>
    <message>
        <source>Linked to a visitor&apos;s record: name, birth date and phone come from that record.</source>
        <translation></translation>
    </message>
    <message>
        <source>A volunteer is registered only with their consent: ask them, then tick the box.</source>
        <translation></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Discard what was typed?</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing of this form has been saved. Close it and lose what was typed?</source>
        <translation></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>VolunteerLists</name>
    <message>
        <source>Open places</source>
        <translation></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation></translation>
    </message>
    <message>
        <source>Language cover</source>
        <translation></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation></translation>
    </message>
    <message>
        <source>Site</source>
        <translation></translation>
    </message>
    <message>
        <source>Day</source>
        <translation></translation>
    </message>
    <message>
        <source>Time</source>
        <translation></translation>
    </message>
    <message>
        <source>Needed</source>
        <translation></translation>
    </message>
    <message>
        <source>Places open</source>
        <translation></translation>
    </message>
    <message>
        <source>Number</source>
        <translation></translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation></translation>
    </message>
    <message>
        <source>State</source>
        <translation></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation></translation>
    </message>
    <message>
        <source>Expires today</source>
        <translation></translation>
    </message>
    <message>
        <source>Language</source>
        <translation></translation>
    </message>
    <message>
        <source>Visitors who needed an interpreter</source>
        <translation></translation>
    </message>
    <message>
        <source>Volunteers on next week&apos;s shifts</source>
        <translation></translation>
    </message>
    <message>
        <source>Cover</source>
        <translation></translation>
    </message>
    <message>
        <source>Covered</source>
        <translation></translation>
    </message>
    <message>
        <source>NOT COVERED</source>
        <translation></translation>
    </message>
    <message>
        <source>Month</source>
        <translation></translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation></translation>
    </message>
    <message>
        <source>Limits</source>
        <translation></translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Places still open on the shifts of the next %n day(s), soonest first. Those within two days are marked.</source>
        <translation>
            <numerusform>Places still open on the shifts of the next %n day, soonest first. Those within two days are marked.</numerusform>
            <numerusform>Places still open on the shifts of the next %n days, soonest first. Those within two days are marked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every place on the coming shifts is filled.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Certificates that expire within %n day(s), and those that have expired and were not renewed.</source>
        <translation>
            <numerusform>Certificates that expire within %n day, and those that have expired and were not renewed.</numerusform>
            <numerusform>Certificates that expire within %n days, and those that have expired and were not renewed.</numerusform>
        </translation>
    </message>
    <message>
        <source>No certificate expires soon.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Languages visitors needed an interpreter for in the last %n day(s) (how many people, no names), against the volunteers speaking them well on next week&apos;s shifts.</source>
        <translation>
            <numerusform>Languages visitors needed an interpreter for in the last %n day (how many people, no names), against the volunteers speaking them well on next week&apos;s shifts.</numerusform>
            <numerusform>Languages visitors needed an interpreter for in the last %n days (how many people, no names), against the volunteers speaking them well on next week&apos;s shifts.</numerusform>
        </translation>
    </message>
    <message>
        <source>No visitor needed an interpreter in this time.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation></translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation></translation>
    </message>
    <message>
        <source>The branch&apos;s working-time limits. Assigning a volunteer beyond them asks for a reason first.</source>
        <translation></translation>
    </message>
    <message>
        <source>The branch&apos;s working-time limits. Only the coordinator changes them.</source>
        <translation></translation>
    </message>
    <message>
        <source>Hours a &amp;day at most:</source>
        <translation></translation>
    </message>
    <message>
        <source>Hours a &amp;week at most:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Rest between shifts at least (hours):</source>
        <translation></translation>
    </message>
    <message>
        <source>Save limits</source>
        <translation></translation>
    </message>
    <message>
        <source>No volunteer on next week&apos;s shifts speaks: %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Give the first and the last day of the period.</source>
        <translation></translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation></translation>
    </message>
    <message>
        <source>Counting the hours…</source>
        <translation></translation>
    </message>
    <message>
        <source>Hours in all: %1 (%2)</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n volunteer(s)</source>
        <translation>
            <numerusform>%n volunteer</numerusform>
            <numerusform>%n volunteers</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the hours to Excel</source>
        <translation></translation>
    </message>
    <message>
        <source>The hours were saved as %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>The limits were saved. They apply to assignments from now on.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>VolunteerPages</name>
    <message>
        <source>language: %1</source>
        <extracomment>A shift&apos;s need for volunteers who work in a language; %1 is the language&apos;s own name.</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>VolunteerRegister</name>
    <message>
        <source>%1 expired on %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 expires on %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation></translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation></translation>
    </message>
    <message>
        <source>yes</source>
        <translation></translation>
    </message>
    <message>
        <source>Came to the branch as a visitor first</source>
        <translation></translation>
    </message>
    <message>
        <source>Number</source>
        <translation></translation>
    </message>
    <message>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <source>Age</source>
        <translation></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation></translation>
    </message>
    <message>
        <source>Status</source>
        <translation></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation></translation>
    </message>
    <message>
        <source>Former visitor</source>
        <translation></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation></translation>
    </message>
    <message>
        <source>Find a volunteer: name, number or phone</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;New volunteer… (Ctrl+N)</source>
        <translation></translation>
    </message>
    <message>
        <source>New volunteer</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;View…</source>
        <translation></translation>
    </message>
    <message>
        <source>Service &amp;record</source>
        <translation></translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation></translation>
    </message>
    <message>
        <source>Shifts as &amp;text…</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n volunteer(s)</source>
        <translation>
            <numerusform>%n volunteer</numerusform>
            <numerusform>%n volunteers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) expire within 30 days or have expired:</source>
        <translation>
            <numerusform>%n certificate expires within 30 days or has expired:</numerusform>
            <numerusform>%n certificates expire within 30 days or have expired:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more (see Lists).</source>
        <translation>
            <numerusform>and %n more (see Lists).</numerusform>
            <numerusform>and %n more (see Lists).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was registered as %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>The record of %1 (%2) was saved.</source>
        <translation></translation>
    </message>
    <message>
        <source>The service record of %1 was sent to %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>Service record %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Save the service record as PDF</source>
        <translation></translation>
    </message>
    <message>
        <source>The service record of %1 was saved as %2.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Volunteers</name>
    <message>
        <source>Interpreting</source>
        <translation></translation>
    </message>
    <message>
        <source>First aid</source>
        <translation></translation>
    </message>
    <message>
        <source>Psychosocial support</source>
        <translation></translation>
    </message>
    <message>
        <source>Registration desk</source>
        <translation></translation>
    </message>
    <message>
        <source>Distribution of aid</source>
        <translation></translation>
    </message>
    <message>
        <source>Child-friendly space</source>
        <translation></translation>
    </message>
    <message>
        <source>Driving</source>
        <translation></translation>
    </message>
    <message>
        <source>Cooking</source>
        <translation></translation>
    </message>
    <message>
        <source>Warehouse and logistics</source>
        <translation></translation>
    </message>
    <message>
        <source>Computers and phones</source>
        <translation></translation>
    </message>
    <message>
        <source>Restoring family links</source>
        <translation></translation>
    </message>
    <message>
        <source>First aid certificate</source>
        <extracomment>Trainings and certificates. A shift need of kind &quot;skill&quot; whose code is one of these asks for a certificate valid on the shift&apos;s date.</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Psychological first aid</source>
        <translation></translation>
    </message>
    <message>
        <source>Child safeguarding</source>
        <translation></translation>
    </message>
    <message>
        <source>Red Crescent induction</source>
        <translation></translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation></translation>
    </message>
    <message>
        <source>Food hygiene</source>
        <translation></translation>
    </message>
    <message>
        <source>Restoring family links training</source>
        <translation></translation>
    </message>
    <message>
        <source>Active</source>
        <translation></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation></translation>
    </message>
    <message>
        <source>Left</source>
        <translation></translation>
    </message>
    <message>
        <source>Basic</source>
        <translation></translation>
    </message>
    <message>
        <source>Working</source>
        <translation></translation>
    </message>
    <message>
        <source>Fluent</source>
        <translation></translation>
    </message>
    <message>
        <source>Give at least one name.</source>
        <translation></translation>
    </message>
    <message>
        <source>Sex is F, M or not given.</source>
        <translation></translation>
    </message>
    <message>
        <source>The birth date cannot be in the future or before 1900.</source>
        <translation></translation>
    </message>
    <message>
        <source>A phone number has 7 to 15 digits, e.g. +7 701 234 56 78.</source>
        <translation></translation>
    </message>
    <message>
        <source>The consent date cannot be in the future.</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown skill %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown language %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown training %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: the certificate cannot expire before it was obtained.</source>
        <translation></translation>
    </message>
    <message>
        <source>An available time needs a day of the week and a start before its end.</source>
        <translation></translation>
    </message>
    <message>
        <source>A period cannot end before it starts.</source>
        <translation></translation>
    </message>
    <message>
        <source>This volunteer&apos;s record no longer exists.</source>
        <translation></translation>
    </message>
    <message>
        <source>Someone else changed this volunteer meanwhile. Open the record again.</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown status %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>No visitor has this registration number and birth date. Check both on the card.</source>
        <translation></translation>
    </message>
    <message>
        <source>This visitor&apos;s record no longer exists.</source>
        <translation></translation>
    </message>
    <message>
        <source>This person is already registered as volunteer %1.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>VolunteersPage</name>
    <message>
        <source>Week plan</source>
        <translation></translation>
    </message>
    <message>
        <source>Today</source>
        <translation></translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation></translation>
    </message>
    <message>
        <source>Lists</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>WeekGridModel</name>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message>
        <source>night shift</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 of %2 volunteers</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) open</source>
        <translation>
            <numerusform>%n place open</numerusform>
            <numerusform>%n places open</numerusform>
        </translation>
    </message>
    <message>
        <source>full</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n not filled</source>
        <translation>
            <numerusform>%n not filled</numerusform>
            <numerusform>%n not filled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>over; %n place(s) not filled</source>
        <translation>
            <numerusform>over; %n place not filled</numerusform>
            <numerusform>over; %n places not filled</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation></translation>
    </message>
    <message>
        <source>No shift here. Press Insert to make one.</source>
        <translation></translation>
    </message>
    <message>
        <source>Today</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>WeekPlanView</name>
    <message>
        <source>◀ &amp;Previous week</source>
        <translation></translation>
    </message>
    <message>
        <source>T&amp;his week</source>
        <translation></translation>
    </message>
    <message>
        <source>Ne&amp;xt week ▶</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;New shift… (Insert)</source>
        <translation></translation>
    </message>
    <message>
        <source>Apply &amp;templates…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Copy week to…</source>
        <translation></translation>
    </message>
    <message>
        <source>S&amp;ites…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation></translation>
    </message>
    <message>
        <source>The week&apos;s &amp;roster…</source>
        <translation></translation>
    </message>
    <message>
        <source>A day&apos;s &amp;sign-in sheet…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Open places this week</source>
        <translation></translation>
    </message>
    <message>
        <source>Arrows move between days and sites. Enter opens the shift, Insert makes a new one, Delete removes an empty one. Page Up and Page Down change the week.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 places open   %2 full   %3 night shift   grey: over, places not filled</source>
        <translation></translation>
    </message>
    <message>
        <source>No sites yet. A shift belongs to a site: add the branch&apos;s sites first (Sites…).</source>
        <translation></translation>
    </message>
    <message>
        <source>No sites yet.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (this week)</source>
        <translation></translation>
    </message>
    <message>
        <source>No shifts this week yet.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n shift(s)</source>
        <translation>
            <numerusform>%n shift</numerusform>
            <numerusform>%n shifts</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 places filled</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) open</source>
        <translation>
            <numerusform>%n place open</numerusform>
            <numerusform>%n places open</numerusform>
        </translation>
    </message>
    <message>
        <source>The shift of %1, %2 was saved.</source>
        <translation></translation>
    </message>
    <message>
        <source>Which shift?</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove which shift?</source>
        <translation></translation>
    </message>
    <message>
        <source>%1, %2 at %3</source>
        <translation></translation>
    </message>
    <message>
        <source>The shift of %1 has volunteers on it. Open it to change who is on it; only an empty shift is removed here.</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove the shift?</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove the shift of %1?</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation></translation>
    </message>
    <message>
        <source>The shift of %1 was removed.</source>
        <translation></translation>
    </message>
    <message>
        <source>Making the shifts of the weekly templates…</source>
        <translation></translation>
    </message>
    <message>
        <source>Stopped: no shift was made from the templates.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n shift(s) made from the weekly templates.</source>
        <translation>
            <numerusform>%n shift made from the weekly templates.</numerusform>
            <numerusform>%n shifts made from the weekly templates.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 copied to %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>Print the roster</source>
        <translation></translation>
    </message>
    <message>
        <source>The roster of %1: every site and day, who is on each shift and the places still open.</source>
        <translation></translation>
    </message>
    <message>
        <source>Roster %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The roster was sent to the printer.</source>
        <translation></translation>
    </message>
    <message>
        <source>Print a sign-in sheet</source>
        <translation></translation>
    </message>
    <message>
        <source>The day&apos;s shifts with their volunteers, and room to sign in and out by hand.</source>
        <translation></translation>
    </message>
    <message>
        <source>Sign-in sheet %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The sign-in sheet was sent to the printer.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Qamqor</source>
        <translation></translation>
    </message>
    <message>
        <source>This computer has no branch yet. The next steps set it up.</source>
        <translation></translation>
    </message>
    <message>
        <source>Qamqor keeps the register of visitors, referrals and volunteers of one branch office. Everything is stored encrypted; only staff with an account can open it.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation></translation>
    </message>
    <message>
        <source>The branch&apos;s data will be kept in:</source>
        <translation></translation>
    </message>
</context>
</TS>
