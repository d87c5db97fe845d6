<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>Accounts</name>
        <message>
            <source>The password must have at least %1 characters.</source>
            <translation />
        </message>
        <message>
            <source>A user name has 2 to 32 Latin letters, digits, dots, dashes or underscores.</source>
            <translation />
        </message>
        <message>
            <source>A branch code looks like KZ-ALA: country, dash, 2 to 6 letters or digits.</source>
            <translation />
        </message>
        <message>
            <source>Give the branch a name.</source>
            <translation />
        </message>
        <message>
            <source>This branch is already set up.</source>
            <translation />
        </message>
        <message>
            <source>The user name %1 is taken.</source>
            <translation />
        </message>
        <message>
            <source>There is no user %1.</source>
            <translation />
        </message>
        <message>
            <source>The branch needs at least one active administrator.</source>
            <translation />
        </message>
        <message>
            <source>You cannot disable your own account.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>AddUserDialog</name>
        <message>
            <source>Add a staff account</source>
            <translation />
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation />
        </message>
        <message>
            <source>&amp;Display name:</source>
            <translation />
        </message>
        <message>
            <source>R&amp;ole:</source>
            <translation />
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation />
        </message>
        <message>
            <source>R&amp;epeat password:</source>
            <translation />
        </message>
        <message>
            <source>Latin letters, e.g. aigerim.n</source>
            <translation />
        </message>
        <message>
            <source>Give the password to the person yourself; they can change it in Settings.</source>
            <translation />
        </message>
        <message>
            <source>Add</source>
            <translation />
        </message>
        <message>
            <source>Cancel</source>
            <translation />
        </message>
        <message>
            <source>The two passwords differ. Type the same password twice.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>AdministratorPage</name>
        <message>
            <source>The administrator</source>
            <translation />
        </message>
        <message>
            <source>The first account. It adds the other staff accounts later.</source>
            <translation />
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation />
        </message>
        <message>
            <source>&amp;Display name:</source>
            <translation />
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation />
        </message>
        <message>
            <source>&amp;Repeat password:</source>
            <translation />
        </message>
        <message>
            <source>e.g. Aigerim Nurlanovna</source>
            <translation />
        </message>
        <message>
            <source>Nobody can recover a forgotten password: keep it where the branch keeps its keys. At least 8 characters.</source>
            <translation />
        </message>
        <message>
            <source>The two passwords differ. Type the same password twice.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <source>Something went wrong inside Qamqor; what you were doing may not have been saved. If it happens again, tell your administrator.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>Areas</name>
        <message>
            <source>Visitors</source>
            <translation />
        </message>
        <message>
            <source>Referrals</source>
            <translation />
        </message>
        <message>
            <source>Volunteers</source>
            <translation />
        </message>
        <message>
            <source>Reports</source>
            <translation />
        </message>
        <message>
            <source>Exchange with HQ</source>
            <translation />
        </message>
        <message>
            <source>Settings</source>
            <translation />
        </message>
        <message>
            <source>Staff accounts</source>
            <translation />
        </message>
        <message>
            <source>Registering walk-in visitors, finding returning ones by any spelling of their name, and logging each visit and its needs.</source>
            <translation />
        </message>
        <message>
            <source>Referrals to clinics, legal aid, shelters and other services, their follow-up, and printed referral letters.</source>
            <translation />
        </message>
        <message>
            <source>The volunteer register, shifts and assignments, hours worked, and printed rosters.</source>
            <translation />
        </message>
        <message>
            <source>Counts of visitors, visits, referrals and volunteer hours for the branch and for headquarters.</source>
            <translation />
        </message>
        <message>
            <source>Encrypted bundles of the branch's records for headquarters, and the answers that come back.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>BranchPage</name>
        <message>
            <source>The branch</source>
            <translation />
        </message>
        <message>
            <source>Its code appears in every record number, e.g. KZ-ALA-2026-000123.</source>
            <translation />
        </message>
        <message>
            <source>Branch &amp;code:</source>
            <translation />
        </message>
        <message>
            <source>Country, dash, 2 to 6 letters or digits (KZ-ALA, KZ-SHY, KZ-AST).</source>
            <translation />
        </message>
        <message>
            <source>Branch &amp;name:</source>
            <translation />
        </message>
    </context>
    <context>
        <name>ChangeRoleDialog</name>
        <message>
            <source>Change role</source>
            <translation />
        </message>
        <message>
            <source>The role decides what %1 (%2) may see and do.</source>
            <translation />
        </message>
        <message>
            <source>R&amp;ole:</source>
            <translation />
        </message>
        <message>
            <source>Cancel</source>
            <translation />
        </message>
    </context>
    <context>
        <name>ComingLaterPage</name>
        <message>
            <source>This part of Qamqor is coming in a later version. Nothing here works yet.</source>
            <translation />
        </message>
        <message>
            <source>Planned: %1</source>
            <translation />
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <source>Qamqor — set up this branch</source>
            <translation />
        </message>
        <message>
            <source>&amp;Next</source>
            <translation />
        </message>
        <message>
            <source>&amp;Back</source>
            <translation />
        </message>
        <message>
            <source>&amp;Create the branch</source>
            <translation />
        </message>
        <message>
            <source>Cancel</source>
            <translation />
        </message>
    </context>
    <context>
        <name>Launcher</name>
        <message>
            <source>The branch's database was brought up to date for this version of Qamqor. A copy of the previous one was kept first in %1.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>LockPage</name>
        <message>
            <source>Locked — enter the password of %1</source>
            <translation />
        </message>
        <message>
            <source>Unlock</source>
            <translation />
        </message>
        <message>
            <source>Log out (another person can then log in)</source>
            <translation />
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>Qamqor — log in</source>
            <translation />
        </message>
        <message>
            <source>Qamqor</source>
            <translation />
        </message>
        <message>
            <source>Log in with your user name and password.</source>
            <translation />
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation />
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation />
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation />
        </message>
        <message>
            <source>Log in</source>
            <translation />
        </message>
        <message>
            <source>Quit</source>
            <translation />
        </message>
        <message>
            <source>Enter your user name.</source>
            <translation />
        </message>
        <message>
            <source>Enter your password.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Qamqor — %1</source>
            <translation />
        </message>
        <message>
            <source>%1 (Ctrl+%2)</source>
            <translation />
        </message>
        <message>
            <source>Lock</source>
            <translation />
        </message>
        <message>
            <source>Branch %1 — %2</source>
            <translation />
        </message>
        <message>
            <source>Enter your password.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>Permissions</name>
        <message>
            <source>Your role (%1) may not do this.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>ResetPasswordDialog</name>
        <message>
            <source>Set a new password</source>
            <translation />
        </message>
        <message>
            <source>A new password for %1 (%2). Their old password stops working.</source>
            <translation />
        </message>
        <message>
            <source>A new password for %1 (%2). This also enables the disabled account again.</source>
            <translation />
        </message>
        <message>
            <source>&amp;New password:</source>
            <translation />
        </message>
        <message>
            <source>&amp;Repeat password:</source>
            <translation />
        </message>
        <message>
            <source>Set password</source>
            <translation />
        </message>
        <message>
            <source>Cancel</source>
            <translation />
        </message>
        <message>
            <source>The two passwords differ. Type the same password twice.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>Receptionist</source>
            <translation />
        </message>
        <message>
            <source>Caseworker</source>
            <translation />
        </message>
        <message>
            <source>Coordinator</source>
            <translation />
        </message>
        <message>
            <source>Director</source>
            <translation />
        </message>
        <message>
            <source>Administrator</source>
            <translation />
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>The idle lock must be between 1 and 60 minutes.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Interface language</source>
            <translation />
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation />
        </message>
        <message>
            <source>Applies at once and is remembered on this computer.</source>
            <translation />
        </message>
        <message>
            <source>Lock when idle</source>
            <translation />
        </message>
        <message>
            <source>Lock after (&amp;minutes):</source>
            <translation />
        </message>
        <message>
            <source>Save</source>
            <translation />
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
            <translation />
        </message>
        <message>
            <source>&amp;Current password:</source>
            <translation />
        </message>
        <message>
            <source>&amp;New password:</source>
            <translation />
        </message>
        <message>
            <source>&amp;Repeat new password:</source>
            <translation />
        </message>
        <message>
            <source>Change password</source>
            <translation />
        </message>
        <message>
            <source>Data</source>
            <translation />
        </message>
        <message>
            <source>This branch's files (encrypted database, key file, backups) and this computer's settings are kept in:</source>
            <translation />
        </message>
        <message>
            <source>The records themselves are on the database server %1.</source>
            <translation />
        </message>
        <message>
            <source>Saved.</source>
            <translation />
        </message>
        <message>
            <source>Enter your current password.</source>
            <translation />
        </message>
        <message>
            <source>The two new passwords differ. Type the same password twice.</source>
            <translation />
        </message>
        <message>
            <source>Your password was changed. Use the new one from now on.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>Staff</name>
        <message>
            <source>Disabled</source>
            <translation />
        </message>
        <message>
            <source>Active</source>
            <translation />
        </message>
        <message>
            <source>User name</source>
            <translation />
        </message>
        <message>
            <source>Display name</source>
            <translation />
        </message>
        <message>
            <source>Role</source>
            <translation />
        </message>
        <message>
            <source>State</source>
            <translation />
        </message>
    </context>
    <context>
        <name>StaffPage</name>
        <message>
            <source>Add a user…</source>
            <translation />
        </message>
        <message>
            <source>Set a new password…</source>
            <translation />
        </message>
        <message>
            <source>Also enables a disabled account again.</source>
            <translation />
        </message>
        <message>
            <source>Change role…</source>
            <translation />
        </message>
        <message>
            <source>Disable…</source>
            <translation />
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
            <translation />
        </message>
        <message>
            <source>The password of %1 was changed.</source>
            <translation />
        </message>
        <message>
            <source>Disable %1?</source>
            <translation />
        </message>
        <message>
            <source>%1 (%2) will no longer be able to log in.

Qamqor then gives the database a new key: copies of the database made from now on cannot be opened with their password. You can enable the account again later by setting a new password.</source>
            <translation />
        </message>
        <message>
            <source>Disable</source>
            <translation />
        </message>
        <message>
            <source>Cancel</source>
            <translation />
        </message>
        <message>
            <source>%1 was disabled; the database has a new key.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>Storage</name>
        <message>
            <source>Wrong user name or password.</source>
            <translation />
        </message>
        <message>
            <source>Too many wrong passwords. This account is locked until %1.</source>
            <translation />
        </message>
        <message>
            <source>The disk is full: %1 was not written. Free some space and try again.</source>
            <translation />
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation />
        </message>
        <message>
            <source>The key file of this branch is missing. Restore it from a backup.</source>
            <translation />
        </message>
        <message>
            <source>The key file of this branch is damaged. Restore it from a backup.</source>
            <translation />
        </message>
        <message>
            <source>The key file was made by a newer Qamqor. Install the newer version.</source>
            <translation />
        </message>
        <message>
            <source>This branch has no escrow key.</source>
            <translation />
        </message>
        <message>
            <source>This escrow key does not open this branch.</source>
            <translation />
        </message>
        <message>
            <source>This database was updated by a newer version of Qamqor (schema %1). Install the newer version; nothing was changed.</source>
            <translation />
        </message>
        <message>
            <source>The disk is full: nothing was saved. Free some space and try again.</source>
            <translation />
        </message>
        <message>
            <source>A branch already exists in %1.</source>
            <translation />
        </message>
        <message>
            <source>The database file is missing from %1.</source>
            <translation />
        </message>
        <message>
            <source>The database does not open with this branch's key: the file is damaged or belongs to another key file. Restore both from a backup.</source>
            <translation />
        </message>
        <message>
            <source>Could not copy the database aside before updating it: %1</source>
            <translation />
        </message>
        <message>
            <source>Cannot reach the database server: %1</source>
            <translation />
        </message>
    </context>
    <context>
        <name>Visitors</name>
        <message>
            <source>“%1” is not a date: write it as 31.12.1990 or 1990-12-31.</source>
            <translation />
        </message>
        <message>
            <source>Give at least one name.</source>
            <translation />
        </message>
        <message>
            <source>Sex is female, male or not given.</source>
            <translation />
        </message>
        <message>
            <source>Give the sex or the age (a birth date or an estimated year of birth).</source>
            <translation />
        </message>
        <message>
            <source>The birth date cannot be in the future or before 1900.</source>
            <translation />
        </message>
        <message>
            <source>The year of birth must be between 1900 and %1.</source>
            <translation />
        </message>
        <message>
            <source>The arrival date cannot be in the future.</source>
            <translation />
        </message>
        <message>
            <source>A phone number has 7 to 15 digits, e.g. +7 701 234 56 78.</source>
            <translation />
        </message>
        <message>
            <source>Unknown country code %1.</source>
            <translation />
        </message>
        <message>
            <source>Unknown document type %1.</source>
            <translation />
        </message>
        <message>
            <source>Document number “%1”: 4 to 20 letters and digits.</source>
            <translation />
        </message>
        <message>
            <source>Unknown language %1.</source>
            <translation />
        </message>
        <message>
            <source>A household member needs a name and a relation.</source>
            <translation />
        </message>
        <message>
            <source>Someone else changed this record meanwhile. Open it again to see their change.</source>
            <translation />
        </message>
        <message>
            <source>This visitor's record no longer exists.</source>
            <translation />
        </message>
        <message>
            <source>Unknown need or service: %1</source>
            <translation />
        </message>
        <message>
            <source>Choose two different records to merge.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>Vocab</name>
        <message>
            <source>Health</source>
            <translation />
        </message>
        <message>
            <source>Legal aid</source>
            <translation />
        </message>
        <message>
            <source>Shelter</source>
            <translation />
        </message>
        <message>
            <source>Documents</source>
            <translation />
        </message>
        <message>
            <source>Family links</source>
            <translation />
        </message>
        <message>
            <source>Psychosocial support</source>
            <translation />
        </message>
        <message>
            <source>Food or cash</source>
            <translation />
        </message>
        <message>
            <source>Employment</source>
            <translation />
        </message>
        <message>
            <source>Other</source>
            <translation />
        </message>
        <message>
            <source>Information and advice</source>
            <translation />
        </message>
        <message>
            <source>Food parcel</source>
            <translation />
        </message>
        <message>
            <source>Hygiene kit</source>
            <translation />
        </message>
        <message>
            <source>Cash assistance</source>
            <translation />
        </message>
        <message>
            <source>First aid</source>
            <translation />
        </message>
        <message>
            <source>Psychosocial session</source>
            <translation />
        </message>
        <message>
            <source>Phone call to family</source>
            <translation />
        </message>
        <message>
            <source>Referral</source>
            <translation />
        </message>
        <message>
            <source>Interpretation</source>
            <translation />
        </message>
        <message>
            <source>Passport</source>
            <translation />
        </message>
        <message>
            <source>Identity card</source>
            <translation />
        </message>
        <message>
            <source>Residence permit</source>
            <translation />
        </message>
        <message>
            <source>Migration card</source>
            <translation />
        </message>
        <message>
            <source>Work permit</source>
            <translation />
        </message>
        <message>
            <source>Birth certificate</source>
            <translation />
        </message>
        <message>
            <source>Refugee certificate</source>
            <translation />
        </message>
        <message>
            <source>Tazkira</source>
            <translation />
        </message>
        <message>
            <source>Other document</source>
            <translation />
        </message>
        <message>
            <source>Spouse</source>
            <translation />
        </message>
        <message>
            <source>Child</source>
            <translation />
        </message>
        <message>
            <source>Parent</source>
            <translation />
        </message>
        <message>
            <source>Brother or sister</source>
            <translation />
        </message>
        <message>
            <source>Other relative</source>
            <translation />
        </message>
        <message>
            <source>Keeping a record of the person</source>
            <translation />
        </message>
        <message>
            <source>Sharing details with services on referral</source>
            <translation />
        </message>
        <message>
            <source>Contact by phone</source>
            <translation />
        </message>
        <message>
            <source>Anonymous statistics for headquarters</source>
            <translation />
        </message>
        <message>
            <source>Labour migrant</source>
            <translation />
        </message>
        <message>
            <source>Refugee</source>
            <translation />
        </message>
        <message>
            <source>Asylum seeker</source>
            <translation />
        </message>
        <message>
            <source>Stateless</source>
            <translation />
        </message>
        <message>
            <source>Returning ethnic Kazakh (kandas)</source>
            <translation />
        </message>
        <message>
            <source>Without valid status</source>
            <translation />
        </message>
        <message>
            <source>Citizen</source>
            <translation />
        </message>
        <message>
            <source>Native</source>
            <translation />
        </message>
        <message>
            <source>Good</source>
            <translation />
        </message>
        <message>
            <source>Basic</source>
            <translation />
        </message>
        <message>
            <source>None</source>
            <translation />
        </message>
        <message>
            <source>Tuberculosis</source>
            <translation />
        </message>
        <message>
            <source>HIV</source>
            <translation />
        </message>
        <message>
            <source>Chronic illness</source>
            <translation />
        </message>
        <message>
            <source>Pregnancy</source>
            <translation />
        </message>
        <message>
            <source>Disability</source>
            <translation />
        </message>
        <message>
            <source>Mental health</source>
            <translation />
        </message>
        <message>
            <source>Other medical need</source>
            <translation />
        </message>
        <message>
            <source>Female</source>
            <translation />
        </message>
        <message>
            <source>Male</source>
            <translation />
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Welcome to Qamqor</source>
            <translation />
        </message>
        <message>
            <source>This computer has no branch yet. The next two steps set it up.</source>
            <translation />
        </message>
        <message>
            <source>Qamqor keeps the register of visitors, referrals and volunteers of one branch office. Everything is stored encrypted; only staff with an account can open it.</source>
            <translation />
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation />
        </message>
        <message>
            <source>The branch's data will be kept in:</source>
            <translation />
        </message>
    </context>
</TS>
