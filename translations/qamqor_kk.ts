<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
    <context>
        <name>Accounts</name>
        <message>
            <source>The password must have at least %1 characters.</source>
            <translation>Құпиясөз кемінде %1 таңбадан тұруы керек.</translation>
        </message>
        <message>
            <source>A user name has 2 to 32 Latin letters, digits, dots, dashes or underscores.</source>
            <translation>Пайдаланушы аты 2–32 латын әрпінен, цифрдан, нүктеден, сызықшадан немесе астыңғы сызықтан тұрады.</translation>
        </message>
        <message>
            <source>A branch code looks like KZ-ALA: country, dash, 2 to 6 letters or digits.</source>
            <translation>Филиал коды KZ-ALA түрінде болады: ел коды, сызықша, 2–6 әріп немесе цифр.</translation>
        </message>
        <message>
            <source>Give the branch a name.</source>
            <translation>Филиалдың атауын енгізіңіз.</translation>
        </message>
        <message>
            <source>This branch is already set up.</source>
            <translation>Бұл филиал бұрыннан бапталған.</translation>
        </message>
        <message>
            <source>The user name %1 is taken.</source>
            <translation>%1 пайдаланушы аты бұрыннан тіркелген.</translation>
        </message>
        <message>
            <source>There is no user %1.</source>
            <translation>%1 пайдаланушысы жоқ.</translation>
        </message>
        <message>
            <source>The branch needs at least one active administrator.</source>
            <translation>Филиалда кемінде бір белсенді әкімші болуы керек.</translation>
        </message>
        <message>
            <source>You cannot disable your own account.</source>
            <translation>Өз тіркелгіңізді өшіре алмайсыз.</translation>
        </message>
    </context>
    <context>
        <name>AddUserDialog</name>
        <message>
            <source>Add a staff account</source>
            <translation>Қызметкер тіркелгісін қосу</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;Пайдаланушы аты:</translation>
        </message>
        <message>
            <source>&amp;Display name:</source>
            <translation>&amp;Көрсетілетін аты:</translation>
        </message>
        <message>
            <source>R&amp;ole:</source>
            <translation>&amp;Рөлі:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Құпиясөз:</translation>
        </message>
        <message>
            <source>R&amp;epeat password:</source>
            <translation>Құпиясөзді қ&amp;айталау:</translation>
        </message>
        <message>
            <source>Latin letters, e.g. aigerim.n</source>
            <translation>Латын әріптерімен, мысалы aigerim.n</translation>
        </message>
        <message>
            <source>Give the password to the person yourself; they can change it in Settings.</source>
            <translation>Құпиясөзді қызметкерге өзіңіз беріңіз; ол оны Баптаулар бөлімінде өзгерте алады.</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Қосу</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Бас тарту</translation>
        </message>
        <message>
            <source>The two passwords differ. Type the same password twice.</source>
            <translation>Құпиясөздер сәйкес келмейді. Бір құпиясөзді екі рет теріңіз.</translation>
        </message>
    </context>
    <context>
        <name>AdministratorPage</name>
        <message>
            <source>The administrator</source>
            <translation>Әкімші</translation>
        </message>
        <message>
            <source>The first account. It adds the other staff accounts later.</source>
            <translation>Алғашқы тіркелгі. Кейін ол қалған қызметкерлердің тіркелгілерін қосады.</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;Пайдаланушы аты:</translation>
        </message>
        <message>
            <source>&amp;Display name:</source>
            <translation>&amp;Көрсетілетін аты:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Құпиясөз:</translation>
        </message>
        <message>
            <source>&amp;Repeat password:</source>
            <translation>Құпиясөзді қа&amp;йталау:</translation>
        </message>
        <message>
            <source>e.g. Aigerim Nurlanovna</source>
            <translation>мысалы, Айгерім Нұрланқызы</translation>
        </message>
        <message>
            <source>Nobody can recover a forgotten password: keep it where the branch keeps its keys. At least 8 characters.</source>
            <translation>Ұмытылған құпиясөзді ешкім қалпына келтіре алмайды: оны филиалдың кілттері сақталатын жерде сақтаңыз. Кемінде 8 таңба.</translation>
        </message>
        <message>
            <source>The two passwords differ. Type the same password twice.</source>
            <translation>Құпиясөздер сәйкес келмейді. Бір құпиясөзді екі рет теріңіз.</translation>
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <source>Something went wrong inside Qamqor; what you were doing may not have been saved. If it happens again, tell your administrator.</source>
            <translation>Qamqor бағдарламасында қате шықты; соңғы әрекетіңіз сақталмаған болуы мүмкін. Бұл қайталанса, әкімшіңізге хабарлаңыз.</translation>
        </message>
    </context>
    <context>
        <name>Areas</name>
        <message>
            <source>Visitors</source>
            <translation>Келушілер</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>Жолдамалар</translation>
        </message>
        <message>
            <source>Volunteers</source>
            <translation>Еріктілер</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Есептер</translation>
        </message>
        <message>
            <source>Exchange with HQ</source>
            <translation>Бас кеңсемен алмасу</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Баптаулар</translation>
        </message>
        <message>
            <source>Staff accounts</source>
            <translation>Қызметкер тіркелгілері</translation>
        </message>
        <message>
            <source>Registering walk-in visitors, finding returning ones by any spelling of their name, and logging each visit and its needs.</source>
            <translation>Келушілерді тіркеу, қайта келгендерді атының кез келген жазылуы бойынша табу, әр келуді және оның қажеттіліктерін есепке алу.</translation>
        </message>
        <message>
            <source>Referrals to clinics, legal aid, shelters and other services, their follow-up, and printed referral letters.</source>
            <translation>Емханаларға, заң көмегіне, баспаналарға және басқа қызметтерге жолдамалар, олардың нәтижесін қадағалау және жолдамаларды басып шығару.</translation>
        </message>
        <message>
            <source>The volunteer register, shifts and assignments, hours worked, and printed rosters.</source>
            <translation>Еріктілер тізілімі, ауысымдар мен тапсырмалар, жұмыс сағаттары және кестелерді басып шығару.</translation>
        </message>
        <message>
            <source>Counts of visitors, visits, referrals and volunteer hours for the branch and for headquarters.</source>
            <translation>Филиал және бас кеңсе үшін келушілер, келулер, жолдамалар мен еріктілер сағаттарының саны.</translation>
        </message>
        <message>
            <source>Encrypted bundles of the branch's records for headquarters, and the answers that come back.</source>
            <translation>Бас кеңсеге жіберілетін филиал жазбаларының шифрланған топтамалары және келген жауаптар.</translation>
        </message>
    </context>
    <context>
        <name>BranchPage</name>
        <message>
            <source>The branch</source>
            <translation>Филиал</translation>
        </message>
        <message>
            <source>Its code appears in every record number, e.g. KZ-ALA-2026-000123.</source>
            <translation>Оның коды әр жазбаның нөмірінде болады, мысалы KZ-ALA-2026-000123.</translation>
        </message>
        <message>
            <source>Branch &amp;code:</source>
            <translation>Филиал к&amp;оды:</translation>
        </message>
        <message>
            <source>Country, dash, 2 to 6 letters or digits (KZ-ALA, KZ-SHY, KZ-AST).</source>
            <translation>Ел коды, сызықша, 2–6 әріп немесе цифр (KZ-ALA, KZ-SHY, KZ-AST).</translation>
        </message>
        <message>
            <source>Branch &amp;name:</source>
            <translation>Филиал а&amp;тауы:</translation>
        </message>
    </context>
    <context>
        <name>ChangeRoleDialog</name>
        <message>
            <source>Change role</source>
            <translation>Рөлді өзгерту</translation>
        </message>
        <message>
            <source>The role decides what %1 (%2) may see and do.</source>
            <translation>%1 (%2) нені көріп, не істей алатынын рөл анықтайды.</translation>
        </message>
        <message>
            <source>R&amp;ole:</source>
            <translation>&amp;Рөлі:</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Бас тарту</translation>
        </message>
    </context>
    <context>
        <name>ComingLaterPage</name>
        <message>
            <source>This part of Qamqor is coming in a later version. Nothing here works yet.</source>
            <translation>Qamqor бағдарламасының бұл бөлімі келесі нұсқаларда қосылады. Мұнда әзірге ештеңе жұмыс істемейді.</translation>
        </message>
        <message>
            <source>Planned: %1</source>
            <translation>Жоспарда: %1</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <source>Qamqor — set up this branch</source>
            <translation>Qamqor — филиалды баптау</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Келесі</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Артқа</translation>
        </message>
        <message>
            <source>&amp;Create the branch</source>
            <translation>&amp;Филиалды құру</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Бас тарту</translation>
        </message>
    </context>
    <context>
        <name>Launcher</name>
        <message>
            <source>The branch's database was brought up to date for this version of Qamqor. A copy of the previous one was kept first in %1.</source>
            <translation>Филиал дерекқоры Qamqor бағдарламасының осы нұсқасына сай жаңартылды. Алдын ала бұрынғы дерекқордың көшірмесі мына қалтада сақталды: %1.</translation>
        </message>
    </context>
    <context>
        <name>LockPage</name>
        <message>
            <source>Locked — enter the password of %1</source>
            <translation>Құлыпталды — %1 құпиясөзін енгізіңіз</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Құлыпты ашу</translation>
        </message>
        <message>
            <source>Log out (another person can then log in)</source>
            <translation>Шығу (содан кейін басқа адам кіре алады)</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>Qamqor — log in</source>
            <translation>Qamqor — кіру</translation>
        </message>
        <message>
            <source>Qamqor</source>
            <translation>Qamqor</translation>
        </message>
        <message>
            <source>Log in with your user name and password.</source>
            <translation>Пайдаланушы атыңыз бен құпиясөзіңізді енгізіп кіріңіз.</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;Пайдаланушы аты:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Құпиясөз:</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Тіл:</translation>
        </message>
        <message>
            <source>Log in</source>
            <translation>Кіру</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Шығу</translation>
        </message>
        <message>
            <source>Enter your user name.</source>
            <translation>Пайдаланушы атын енгізіңіз.</translation>
        </message>
        <message>
            <source>Enter your password.</source>
            <translation>Құпиясөзді енгізіңіз.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Qamqor — %1</source>
            <translation>Qamqor — %1</translation>
        </message>
        <message>
            <source>%1 (Ctrl+%2)</source>
            <translation>%1 (Ctrl+%2)</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>Құлыптау</translation>
        </message>
        <message>
            <source>Branch %1 — %2</source>
            <translation>Филиал %1 — %2</translation>
        </message>
        <message>
            <source>Enter your password.</source>
            <translation>Құпиясөзді енгізіңіз.</translation>
        </message>
    </context>
    <context>
        <name>Permissions</name>
        <message>
            <source>Your role (%1) may not do this.</source>
            <translation>Сіздің рөліңізге (%1) бұл әрекетке рұқсат жоқ.</translation>
        </message>
    </context>
    <context>
        <name>ResetPasswordDialog</name>
        <message>
            <source>Set a new password</source>
            <translation>Жаңа құпиясөз орнату</translation>
        </message>
        <message>
            <source>A new password for %1 (%2). Their old password stops working.</source>
            <translation>%1 (%2) үшін жаңа құпиясөз. Ескі құпиясөзі бұдан былай жарамайды.</translation>
        </message>
        <message>
            <source>A new password for %1 (%2). This also enables the disabled account again.</source>
            <translation>%1 (%2) үшін жаңа құпиясөз. Бұл өшірілген тіркелгіні де қайта қосады.</translation>
        </message>
        <message>
            <source>&amp;New password:</source>
            <translation>&amp;Жаңа құпиясөз:</translation>
        </message>
        <message>
            <source>&amp;Repeat password:</source>
            <translation>Құпиясөзді қ&amp;айталау:</translation>
        </message>
        <message>
            <source>Set password</source>
            <translation>Құпиясөзді орнату</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Бас тарту</translation>
        </message>
        <message>
            <source>The two passwords differ. Type the same password twice.</source>
            <translation>Құпиясөздер сәйкес келмейді. Бір құпиясөзді екі рет теріңіз.</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>Receptionist</source>
            <translation>Тіркеуші</translation>
        </message>
        <message>
            <source>Caseworker</source>
            <translation>Әлеуметтік қызметкер</translation>
        </message>
        <message>
            <source>Coordinator</source>
            <translation>Үйлестіруші</translation>
        </message>
        <message>
            <source>Director</source>
            <translation>Директор</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>Әкімші</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>The idle lock must be between 1 and 60 minutes.</source>
            <translation>Әрекетсіз кезде құлыптау уақыты 1-ден 60 минутқа дейін болуы керек.</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Interface language</source>
            <translation>Интерфейс тілі</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Тіл:</translation>
        </message>
        <message>
            <source>Applies at once and is remembered on this computer.</source>
            <translation>Бірден қолданылады және осы компьютерде сақталады.</translation>
        </message>
        <message>
            <source>Lock when idle</source>
            <translation>Әрекетсіз кезде құлыптау</translation>
        </message>
        <message>
            <source>Lock after (&amp;minutes):</source>
            <translation>Құлыптау уақыты (&amp;минут):</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Сақтау</translation>
        </message>
        <message numerus="yes">
            <source>The window locks after %n minute(s) without use, and at once with Ctrl+L.</source>
            <translation>
                <numerusform>Терезе %n минут әрекетсіз тұрғаннан кейін, ал Ctrl+L басқанда бірден құлыпталады.</numerusform>
                <numerusform>Терезе %n минут әрекетсіз тұрғаннан кейін, ал Ctrl+L басқанда бірден құлыпталады.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your password</source>
            <translation>Құпиясөзіңіз</translation>
        </message>
        <message>
            <source>&amp;Current password:</source>
            <translation>&amp;Ағымдағы құпиясөз:</translation>
        </message>
        <message>
            <source>&amp;New password:</source>
            <translation>&amp;Жаңа құпиясөз:</translation>
        </message>
        <message>
            <source>&amp;Repeat new password:</source>
            <translation>Жаңа құпиясөзді қа&amp;йталау:</translation>
        </message>
        <message>
            <source>Change password</source>
            <translation>Құпиясөзді өзгерту</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Деректер</translation>
        </message>
        <message>
            <source>This branch's files (encrypted database, key file, backups) and this computer's settings are kept in:</source>
            <translation>Осы филиалдың файлдары (шифрланған дерекқор, кілт файлы, сақтық көшірмелер) және осы компьютердің баптаулары мына қалтада сақталады:</translation>
        </message>
        <message>
            <source>The records themselves are on the database server %1.</source>
            <translation>Жазбалардың өзі %1 дерекқор серверінде сақталады.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Сақталды.</translation>
        </message>
        <message>
            <source>Enter your current password.</source>
            <translation>Ағымдағы құпиясөзді енгізіңіз.</translation>
        </message>
        <message>
            <source>The two new passwords differ. Type the same password twice.</source>
            <translation>Жаңа құпиясөздер сәйкес келмейді. Бір құпиясөзді екі рет теріңіз.</translation>
        </message>
        <message>
            <source>Your password was changed. Use the new one from now on.</source>
            <translation>Құпиясөзіңіз өзгертілді. Енді жаңасын пайдаланыңыз.</translation>
        </message>
    </context>
    <context>
        <name>Staff</name>
        <message>
            <source>Disabled</source>
            <translation>Өшірілген</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Белсенді</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Пайдаланушы аты</translation>
        </message>
        <message>
            <source>Display name</source>
            <translation>Көрсетілетін аты</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Рөл</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Күйі</translation>
        </message>
    </context>
    <context>
        <name>StaffPage</name>
        <message>
            <source>Add a user…</source>
            <translation>Пайдаланушы қосу…</translation>
        </message>
        <message>
            <source>Set a new password…</source>
            <translation>Жаңа құпиясөз орнату…</translation>
        </message>
        <message>
            <source>Also enables a disabled account again.</source>
            <translation>Өшірілген тіркелгіні де қайта қосады.</translation>
        </message>
        <message>
            <source>Change role…</source>
            <translation>Рөлді өзгерту…</translation>
        </message>
        <message>
            <source>Disable…</source>
            <translation>Өшіру…</translation>
        </message>
        <message numerus="yes">
            <source>%n active user(s)</source>
            <translation>
                <numerusform>%n белсенді пайдаланушы</numerusform>
                <numerusform>%n белсенді пайдаланушы</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 can now log in as %2.</source>
            <translation>%1 енді %2 атымен кіре алады.</translation>
        </message>
        <message>
            <source>The password of %1 was changed.</source>
            <translation>%1 құпиясөзі өзгертілді.</translation>
        </message>
        <message>
            <source>Disable %1?</source>
            <translation>%1 тіркелгісін өшіру керек пе?</translation>
        </message>
        <message>
            <source>%1 (%2) will no longer be able to log in.

Qamqor then gives the database a new key: copies of the database made from now on cannot be opened with their password. You can enable the account again later by setting a new password.</source>
            <translation>%1 (%2) бұдан былай жүйеге кіре алмайды.

Содан кейін Qamqor дерекқорға жаңа кілт береді: осы сәттен бастап жасалған дерекқор көшірмелерін бұл пайдаланушының құпиясөзімен ашу мүмкін болмайды. Тіркелгіні кейін жаңа құпиясөз орнатып, қайта қосуға болады.</translation>
        </message>
        <message>
            <source>Disable</source>
            <translation>Өшіру</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Бас тарту</translation>
        </message>
        <message>
            <source>%1 was disabled; the database has a new key.</source>
            <translation>%1 тіркелгісі өшірілді; дерекқордың кілті жаңартылды.</translation>
        </message>
    </context>
    <context>
        <name>Storage</name>
        <message>
            <source>Wrong user name or password.</source>
            <translation>Пайдаланушы аты немесе құпиясөз қате.</translation>
        </message>
        <message>
            <source>Too many wrong passwords. This account is locked until %1.</source>
            <translation>Құпиясөз тым көп рет қате терілді. Тіркелгі бұғатталды, қайта кіруге болатын уақыт: %1.</translation>
        </message>
        <message>
            <source>The disk is full: %1 was not written. Free some space and try again.</source>
            <translation>Диск толы: %1 жазылмады. Орын босатып, қайталап көріңіз.</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>%1 жазу мүмкін болмады: %2</translation>
        </message>
        <message>
            <source>The key file of this branch is missing. Restore it from a backup.</source>
            <translation>Осы филиалдың кілт файлы жоқ. Оны сақтық көшірмеден қалпына келтіріңіз.</translation>
        </message>
        <message>
            <source>The key file of this branch is damaged. Restore it from a backup.</source>
            <translation>Осы филиалдың кілт файлы зақымдалған. Оны сақтық көшірмеден қалпына келтіріңіз.</translation>
        </message>
        <message>
            <source>The key file was made by a newer Qamqor. Install the newer version.</source>
            <translation>Кілт файлын Qamqor бағдарламасының жаңарақ нұсқасы жасаған. Жаңа нұсқасын орнатыңыз.</translation>
        </message>
        <message>
            <source>This branch has no escrow key.</source>
            <translation>Бұл филиалда бас кеңсенің резервтік кілті жоқ.</translation>
        </message>
        <message>
            <source>This escrow key does not open this branch.</source>
            <translation>Бұл резервтік кілт осы филиалды ашпайды.</translation>
        </message>
        <message>
            <source>This database was updated by a newer version of Qamqor (schema %1). Install the newer version; nothing was changed.</source>
            <translation>Бұл дерекқорды Qamqor бағдарламасының жаңарақ нұсқасы жаңартқан (%1 схемасы). Жаңа нұсқасын орнатыңыз; ештеңе өзгертілген жоқ.</translation>
        </message>
        <message>
            <source>The disk is full: nothing was saved. Free some space and try again.</source>
            <translation>Диск толы: ештеңе сақталмады. Орын босатып, қайталап көріңіз.</translation>
        </message>
        <message>
            <source>A branch already exists in %1.</source>
            <translation>Мына қалтада филиал бұрыннан бар: %1.</translation>
        </message>
        <message>
            <source>The database file is missing from %1.</source>
            <translation>Мына қалтада дерекқор файлы жоқ: %1.</translation>
        </message>
        <message>
            <source>The database does not open with this branch's key: the file is damaged or belongs to another key file. Restore both from a backup.</source>
            <translation>Дерекқор осы филиалдың кілтімен ашылмайды: файл зақымдалған немесе басқа кілт файлына тиесілі. Екеуін де сақтық көшірмеден қалпына келтіріңіз.</translation>
        </message>
        <message>
            <source>Could not copy the database aside before updating it: %1</source>
            <translation>Жаңарту алдында дерекқордың көшірмесін жасау мүмкін болмады: %1</translation>
        </message>
        <message>
            <source>Cannot reach the database server: %1</source>
            <translation>Дерекқор серверіне қосылу мүмкін емес: %1</translation>
        </message>
    </context>
    <context>
        <name>Visitors</name>
        <message>
            <source>“%1” is not a date: write it as 31.12.1990 or 1990-12-31.</source>
            <translation>“%1” — жарамсыз күн: 31.12.1990 немесе 1990-12-31 түрінде жазыңыз.</translation>
        </message>
        <message>
            <source>Give at least one name.</source>
            <translation>Кемінде бір есімді енгізіңіз.</translation>
        </message>
        <message>
            <source>Sex is female, male or not given.</source>
            <translation>Жынысы: әйел, ер немесе көрсетілмеген.</translation>
        </message>
        <message>
            <source>Give the sex or the age (a birth date or an estimated year of birth).</source>
            <translation>Жынысын немесе жасын көрсетіңіз (туған күнін не шамамен туған жылын).</translation>
        </message>
        <message>
            <source>The birth date cannot be in the future or before 1900.</source>
            <translation>Туған күні болашақта немесе 1900 жылдан бұрын бола алмайды.</translation>
        </message>
        <message>
            <source>The year of birth must be between 1900 and %1.</source>
            <translation>Туған жылы 1900 бен %1 аралығында болуы керек.</translation>
        </message>
        <message>
            <source>The arrival date cannot be in the future.</source>
            <translation>Келген күні болашақта бола алмайды.</translation>
        </message>
        <message>
            <source>A phone number has 7 to 15 digits, e.g. +7 701 234 56 78.</source>
            <translation>Телефон нөмірі 7–15 цифрдан тұрады, мысалы +7 701 234 56 78.</translation>
        </message>
        <message>
            <source>Unknown country code %1.</source>
            <translation>Белгісіз ел коды %1.</translation>
        </message>
        <message>
            <source>Unknown document type %1.</source>
            <translation>Белгісіз құжат түрі %1.</translation>
        </message>
        <message>
            <source>Document number “%1”: 4 to 20 letters and digits.</source>
            <translation>Құжат нөмірі “%1”: 4–20 әріп пен цифр.</translation>
        </message>
        <message>
            <source>Unknown language %1.</source>
            <translation>Белгісіз тіл %1.</translation>
        </message>
        <message>
            <source>A household member needs a name and a relation.</source>
            <translation>Отбасы мүшесінің аты мен туыстық қатынасы көрсетілуі керек.</translation>
        </message>
        <message>
            <source>Someone else changed this record meanwhile. Open it again to see their change.</source>
            <translation>Осы уақытта бұл жазбаны басқа біреу өзгертті. Өзгерісті көру үшін оны қайта ашыңыз.</translation>
        </message>
        <message>
            <source>This visitor's record no longer exists.</source>
            <translation>Бұл келушінің жазбасы енді жоқ.</translation>
        </message>
        <message>
            <source>Unknown need or service: %1</source>
            <translation>Белгісіз қажеттілік немесе қызмет: %1</translation>
        </message>
        <message>
            <source>Choose two different records to merge.</source>
            <translation>Біріктіру үшін екі түрлі жазбаны таңдаңыз.</translation>
        </message>
    </context>
    <context>
        <name>Vocab</name>
        <message>
            <source>Health</source>
            <translation>Денсаулық</translation>
        </message>
        <message>
            <source>Legal aid</source>
            <translation>Заң көмегі</translation>
        </message>
        <message>
            <source>Shelter</source>
            <translation>Баспана</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Құжаттар</translation>
        </message>
        <message>
            <source>Family links</source>
            <translation>Отбасылық байланыстар</translation>
        </message>
        <message>
            <source>Psychosocial support</source>
            <translation>Психоәлеуметтік қолдау</translation>
        </message>
        <message>
            <source>Food or cash</source>
            <translation>Азық-түлік немесе ақша</translation>
        </message>
        <message>
            <source>Employment</source>
            <translation>Жұмысқа орналасу</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Басқа</translation>
        </message>
        <message>
            <source>Information and advice</source>
            <translation>Ақпарат және кеңес</translation>
        </message>
        <message>
            <source>Food parcel</source>
            <translation>Азық-түлік жиынтығы</translation>
        </message>
        <message>
            <source>Hygiene kit</source>
            <translation>Гигиеналық жиынтық</translation>
        </message>
        <message>
            <source>Cash assistance</source>
            <translation>Ақшалай көмек</translation>
        </message>
        <message>
            <source>First aid</source>
            <translation>Алғашқы көмек</translation>
        </message>
        <message>
            <source>Psychosocial session</source>
            <translation>Психоәлеуметтік сессия</translation>
        </message>
        <message>
            <source>Phone call to family</source>
            <translation>Отбасына қоңырау шалу</translation>
        </message>
        <message>
            <source>Referral</source>
            <translation>Жолдама</translation>
        </message>
        <message>
            <source>Interpretation</source>
            <translation>Ауызша аударма</translation>
        </message>
        <message>
            <source>Passport</source>
            <translation>Төлқұжат</translation>
        </message>
        <message>
            <source>Identity card</source>
            <translation>Жеке куәлік</translation>
        </message>
        <message>
            <source>Residence permit</source>
            <translation>Тұруға ықтиярхат</translation>
        </message>
        <message>
            <source>Migration card</source>
            <translation>Көші-қон картасы</translation>
        </message>
        <message>
            <source>Work permit</source>
            <translation>Жұмысқа рұқсат</translation>
        </message>
        <message>
            <source>Birth certificate</source>
            <translation>Туу туралы куәлік</translation>
        </message>
        <message>
            <source>Refugee certificate</source>
            <translation>Босқын куәлігі</translation>
        </message>
        <message>
            <source>Tazkira</source>
            <translation>Тазкира</translation>
        </message>
        <message>
            <source>Other document</source>
            <translation>Басқа құжат</translation>
        </message>
        <message>
            <source>Spouse</source>
            <translation>Жұбайы</translation>
        </message>
        <message>
            <source>Child</source>
            <translation>Баласы</translation>
        </message>
        <message>
            <source>Parent</source>
            <translation>Ата-анасы</translation>
        </message>
        <message>
            <source>Brother or sister</source>
            <translation>Бауыры</translation>
        </message>
        <message>
            <source>Other relative</source>
            <translation>Басқа туысы</translation>
        </message>
        <message>
            <source>Keeping a record of the person</source>
            <translation>Адам туралы жазбаны сақтау</translation>
        </message>
        <message>
            <source>Sharing details with services on referral</source>
            <translation>Жолдама берілгенде деректерді қызметтерге беру</translation>
        </message>
        <message>
            <source>Contact by phone</source>
            <translation>Телефон арқылы байланысу</translation>
        </message>
        <message>
            <source>Anonymous statistics for headquarters</source>
            <translation>Бас кеңсеге арналған анонимді статистика</translation>
        </message>
        <message>
            <source>Labour migrant</source>
            <translation>Еңбек мигранты</translation>
        </message>
        <message>
            <source>Refugee</source>
            <translation>Босқын</translation>
        </message>
        <message>
            <source>Asylum seeker</source>
            <translation>Пана іздеуші</translation>
        </message>
        <message>
            <source>Stateless</source>
            <translation>Азаматтығы жоқ адам</translation>
        </message>
        <message>
            <source>Returning ethnic Kazakh (kandas)</source>
            <translation>Атажұртқа оралған қазақ (қандас)</translation>
        </message>
        <message>
            <source>Without valid status</source>
            <translation>Заңды мәртебесі жоқ</translation>
        </message>
        <message>
            <source>Citizen</source>
            <translation>Азамат</translation>
        </message>
        <message>
            <source>Native</source>
            <translation>Ана тілі</translation>
        </message>
        <message>
            <source>Good</source>
            <translation>Жақсы</translation>
        </message>
        <message>
            <source>Basic</source>
            <translation>Базалық</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Білмейді</translation>
        </message>
        <message>
            <source>Tuberculosis</source>
            <translation>Туберкулез</translation>
        </message>
        <message>
            <source>HIV</source>
            <translation>АИТВ</translation>
        </message>
        <message>
            <source>Chronic illness</source>
            <translation>Созылмалы ауру</translation>
        </message>
        <message>
            <source>Pregnancy</source>
            <translation>Жүктілік</translation>
        </message>
        <message>
            <source>Disability</source>
            <translation>Мүгедектік</translation>
        </message>
        <message>
            <source>Mental health</source>
            <translation>Психикалық денсаулық</translation>
        </message>
        <message>
            <source>Other medical need</source>
            <translation>Басқа медициналық қажеттілік</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Әйел</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Ер</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Welcome to Qamqor</source>
            <translation>Qamqor бағдарламасына қош келдіңіз</translation>
        </message>
        <message>
            <source>This computer has no branch yet. The next two steps set it up.</source>
            <translation>Бұл компьютерде әлі филиал жоқ. Келесі екі қадамда ол бапталады.</translation>
        </message>
        <message>
            <source>Qamqor keeps the register of visitors, referrals and volunteers of one branch office. Everything is stored encrypted; only staff with an account can open it.</source>
            <translation>Qamqor бір филиалдың келушілер, жолдамалар және еріктілер тізілімін жүргізеді. Барлық деректер шифрланып сақталады; оларды тек тіркелгісі бар қызметкерлер аша алады.</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Тіл:</translation>
        </message>
        <message>
            <source>The branch's data will be kept in:</source>
            <translation>Филиал деректері мына қалтада сақталады:</translation>
        </message>
    </context>
</TS>
